"""Ingest raw search batches into the pool: claim URLs, number pages, split by site."""

import subprocess
import sys
from pathlib import Path
from urllib.parse import urlparse

ROOT = Path("/work/wt/pools/s10-proj2")
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


def split() -> None:
    kept = [line.split("\t") for line in KEPT.read_text().splitlines()]
    by_site: dict[str, list[str]] = {}
    for n, u in kept:
        by_site.setdefault(site_of(u), []).append(n)
    # round 2: C is read (statistics), D stays unseen; a site already in round 1's
    # pool (A and B, both read by now) goes to C, so D holds only sites nobody read
    old = {site_of(line.split("\t")[1]) for line in ROUND1.read_text().splitlines()}
    half = {}
    counts = {"C": 0, "D": 0}
    for site, ns in sorted(by_site.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        h = "C" if site in old or counts["C"] <= counts["D"] else "D"
        counts[h] += len(ns)
        for n in ns:
            half[n] = h
    for h in "CD":
        (ROOT / h).mkdir(exist_ok=True)
    with (ROOT / "SOURCES.tsv").open("w") as f:
        for n, u in kept:
            f.write(f"{n}\t{u}\t{half[n]}\n")
            (ROOT / half[n] / f"{n}.txt").write_text((ROOT / "all" / f"{n}.txt").read_text())
    print(counts, len(by_site), "sites")


if __name__ == "__main__":
    split() if sys.argv[1:] == ["split"] else ingest()
