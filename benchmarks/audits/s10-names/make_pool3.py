"""Write the s10-names round-3 pool E from raw search excerpts (blocks '@@URL' + text).

Claims each URL in /work/wt/claimed-urls.txt (skipping excluded or already-claimed
ones) and numbers the kept pages from 400. Round 3 has one unseen half, E, measured once.
"""

import subprocess
import sys
from pathlib import Path

RAW = Path("/work/wt/pools/s10-names3/raw")
POOL = Path("/work/wt/pools/s10-names3")
EXCLUDE = set(Path("/work/wt/exclude-urls.txt").read_text().split())


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
    for d in ("all", "E"):
        (POOL / d).mkdir(parents=True, exist_ok=True)
    rows = []
    for i, (url, text) in enumerate(kept):
        name = f"{400 + i:03d}.txt"  # round 3 numbers from 400
        (POOL / "all" / name).write_text(text)
        (POOL / "E" / name).write_text(text)
        rows.append(f"{400 + i:03d}\t{url}\tE")
    (POOL / "SOURCES.tsv").write_text("\n".join(rows) + "\n")
    print(len(kept), "pages")


if __name__ == "__main__":
    main()
