"""Write the s10-names round-2 pool (halves C, D) from raw search excerpts (blocks '@@URL' + text).

Claims each URL in /work/wt/claimed-urls.txt (skipping excluded or already-claimed
ones), numbers the kept pages, splits them by site into halves C and D.
"""

import random
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

RAW = Path("/work/wt/pools/s10-names2/raw")
POOL = Path("/work/wt/pools/s10-names2")
EXCLUDE = set(Path("/work/wt/exclude-urls.txt").read_text().split())
SECOND = {"com", "gov", "org", "net", "edu"}


def site(url: str) -> str:
    host = urlsplit(url).hostname or url
    parts = host.split(".")
    if parts[-1].isdigit():
        return ".".join(parts[-4:]) if "netvigator" not in host else "netvigator.com"
    if len(parts) >= 3 and parts[-2] in SECOND and len(parts[-1]) == 2:
        return ".".join(parts[-3:])
    return ".".join(parts[-2:])


def claim(url: str) -> bool:
    cmd = 'grep -qxF "$U" /work/wt/claimed-urls.txt && echo TAKEN || (echo "$U" >> /work/wt/claimed-urls.txt; echo OK)'
    out = subprocess.run(
        ["flock", "/work/wt/claimed-urls.txt", "-c", cmd],
        env={"U": url, "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
    ).stdout.strip()
    return out == "OK"


def main() -> None:
    pages: list[tuple[str, str]] = []
    for f in sorted(RAW.glob("b*.txt")):
        for block in f.read_text().split("@@")[1:]:
            url, _, text = block.partition("\n")
            pages.append((url.strip(), text.strip("\n") + "\n"))
    mine = POOL / "mine.txt"
    already = set(mine.read_text().split()) if mine.exists() else set()
    kept = []
    for url, text in pages:
        if url in EXCLUDE:
            print("excluded", url, file=sys.stderr)
            continue
        if url not in already:
            if not claim(url):
                print("taken", url, file=sys.stderr)
                continue
            already.add(url)
            with mine.open("a") as fh:
                fh.write(url + "\n")
        kept.append((url, text))
    sites: dict[str, list[int]] = {}
    for i, (url, _) in enumerate(kept):
        sites.setdefault(site(url), []).append(i)
    order = sorted(sites)
    random.Random(0).shuffle(order)
    half = {}
    count = {"C": 0, "D": 0}
    for s in sorted(order, key=lambda s: -len(sites[s])):
        h = "C" if count["C"] <= count["D"] else "D"
        for i in sites[s]:
            half[i] = h
        count[h] += len(sites[s])
    for d in ("all", "C", "D"):
        (POOL / d).mkdir(parents=True, exist_ok=True)
    rows = []
    for i, (url, text) in enumerate(kept):
        name = f"{200 + i:03d}.txt"  # round 2 numbers from 200
        (POOL / "all" / name).write_text(text)
        (POOL / half[i] / name).write_text(text)
        rows.append(f"{200 + i:03d}\t{url}\t{half[i]}")
    (POOL / "SOURCES.tsv").write_text("\n".join(rows) + "\n")
    print(len(kept), "pages", count, len(sites), "sites")


if __name__ == "__main__":
    main()
