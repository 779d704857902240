"""Ingest raw search batches into the pool: claim URLs, number pages, split by site."""

import subprocess
import sys
from pathlib import Path
from urllib.parse import urlparse

ROOT = Path("/work/wt/pools/s10-proj3")
CLAIMS = "/work/wt/claimed-urls.txt"
EXCLUDE = {u.strip() for u in Path("/work/wt/exclude-urls.txt").read_text().splitlines() if u.strip()}
KEPT = ROOT / "kept.tsv"
ROUND1 = Path("/work/wt/pools/s10-proj/SOURCES.tsv")


def records(path: Path):
    url, lines = None, []
    for line in path.read_text().split("\n"):
        if line.startswith("@@URL "):
            if url:
                yield url, "\n".join(lines).strip("\n") + "\n"
            url, lines = line[6:].strip(), []
        else:
            lines.append(line)
    if url:
        yield url, "\n".join(lines).strip("\n") + "\n"


def claim(url: str) -> bool:
    q = url.replace("'", "'\\''")
    cmd = f"if grep -qxF '{q}' {CLAIMS}; then exit 1; else echo '{q}' >> {CLAIMS}; fi"
    return subprocess.run(["flock", CLAIMS, "-c", cmd]).returncode == 0


def ingest() -> None:
    kept = {}
    if KEPT.exists():
        for line in KEPT.read_text().splitlines():
            n, u = line.split("\t")
            kept[u] = n
    (ROOT / "all").mkdir(exist_ok=True)
    for batch in sorted((ROOT / "raw").glob("batch*.txt")):
        for url, text in records(batch):
            if url in kept or url in EXCLUDE:
                continue
            if site_of(url) in OLD_SITES:
                print("site of an earlier round, skipped", url)
                continue
            if len(text) < 150:
                print("short, skipped", url)
                continue
            if not claim(url):
                print("claimed by another, skipped", url)
                continue
            n = f"{len(kept) + 1:03d}"
            kept[url] = n
            (ROOT / "all" / f"{n}.txt").write_text(text)
            with KEPT.open("a") as f:
                f.write(f"{n}\t{url}\n")
    print(len(kept), "pages kept")


def site_of(u: str) -> str:
    host = urlparse(u).hostname or u
    if host.endswith((".gov.cn", ".com.cn", ".org.cn")):
        return ".".join(host.split(".")[-3:])
    return ".".join(host.split(".")[-2:])


OLD_SITES = {
    site_of(line.split("\t")[1])
    for f in ("/work/wt/pools/s10-proj/SOURCES.tsv", "/work/wt/pools/s10-proj2/SOURCES.tsv")
    for line in Path(f).read_text().splitlines()
}


def split() -> None:
    # round 3: every page is unseen (E); sites of A-D were skipped at ingest
    (ROOT / "E").mkdir(exist_ok=True)
    kept = [line.split("\t") for line in KEPT.read_text().splitlines()]
    with (ROOT / "SOURCES.tsv").open("w") as f:
        for n, u in kept:
            f.write(f"r3-{n}\t{u}\tE\n")
            (ROOT / "E" / f"{n}.txt").write_text((ROOT / "all" / f"{n}.txt").read_text())
    print(len(kept), "pages in E,", len({site_of(u) for _, u in kept}), "sites")


if __name__ == "__main__":
    split() if sys.argv[1:] == ["split"] else ingest()
