"""Which words modify classes of projects rather than name what is built: counted over the
read pages of the pool (round 2 of the s10-proj audit).

A phrase before 项目/工程 is a *class phrase* when a count, a quantifier or a total stands
with it: "22个重大产业项目", "一批招商引资项目", "社会事业项目29个", "这些…项目". Every
phrase before 项目/工程 is counted too. For each word (kg's segmenter, LAC, on the text as kg
normalises it) the pages and sites where it stands in a class phrase and in any phrase; a word
is a class word when it stands in class phrases on many pages of many sites and mostly there.

    python class_words.py DIR... [--min-sites N] [--min-share F]

Each DIR holds NNN.txt pages; the site of a page comes from the SOURCES.tsv above DIR.
Prints one candidate a line: word, class pages, class sites, all pages, share, in generic.
"""

import argparse
import re
import sys
from collections import defaultdict
from pathlib import Path
from urllib.parse import urlparse

from kg.nlp.entities.lexicon_data import gazetteer_regex, lexicon
from kg.nlp.segmenters import make_segmenter
from kg.normalize import to_simplified

NUM = "[0-9０-９.一二三四五六七八九十百千两几]+"
HEAD = "(?:项目|工程)"
SPAN = '[^,，。;；:：、的和与及“”"()（）\\s]{1,14}?'
CLASS = [
    # "22个重大产业项目", "5大类项目", "百大项目": a count before the phrase
    re.compile(f"{NUM}[余多]?(?:个|项|大|宗|批|类)(?P<mod>{SPAN}){HEAD}"),
    # "社会事业项目29个", "产业项目有77项": a count after it
    re.compile(f"(?P<mod>{SPAN}){HEAD}(?:有|共|共有)?{NUM}[余多]?(?:个|项|宗)"),
    # "一批招商引资项目", "这些…项目", "全市…项目"
    re.compile(f"(?:一批|这批|这些|各类|各项|所有|其他|其余|全市|全省|全县|全区|全州)(?P<mod>{SPAN}){HEAD}"),
]
ANY = re.compile(f"(?P<mod>{SPAN}){HEAD}")
SKIP_TAGS = {"LOC", "ORG", "PER", "TIME", "m", "w", "", "q", "u", "p", "c", "xc"}


def site_of(u: str) -> str:
    host = urlparse(u).hostname or u
    if host.endswith((".gov.cn", ".com.cn", ".org.cn")):
        return ".".join(host.split(".")[-3:])
    return ".".join(host.split(".")[-2:])


def pages(dirs: list[Path]):
    for d in dirs:
        src = {}
        for line in (d.parent / "SOURCES.tsv").read_text().splitlines():
            n, u, _h = line.split("\t")
            src[n] = u
        for p in sorted(d.glob("*.txt")):
            yield f"{d.name}/{p.stem}", site_of(src[p.stem]), to_simplified(p.read_text())


def words_in(spans, words):
    """The words of the segmentation within ``spans``, a word that reaches out of its span cut
    to it ("招商引资项目" read as one word gives 招商引资)."""
    out = []
    for s, e in set(spans):
        for ws, we, w, t in words:
            piece = w[max(s, ws) - ws : min(e, we) - ws]
            if we > s and ws < e and t not in SKIP_TAGS and len(piece) > 1 and not re.fullmatch(NUM, piece):
                out.append(piece)
    return out


EDGE_TAGS = {"v", "p", "u", "c", "w", "xc", "", "PER", "TIME"}


def phrase_words(words, head_start):
    """The words of the phrase that ends at a head word starting at ``head_start``: walking left
    while the words can belong to a name (no verb, preposition, particle, conjunction or
    punctuation), at most 6 words."""
    i = next((k for k, w in enumerate(words) if w[0] == head_start), None)
    out = []
    while i is not None and i > 0 and len(out) < 6:
        i -= 1
        _ws, _we, w, t = words[i]
        if t in EDGE_TAGS or re.search("[，,。;；:：、“”()（）]", w):
            break
        out.append(words[i])
    return out[::-1]


def companions(words, text, generic):
    """Per phrase before 项目/工程: the words that are not already class vocabulary (generic
    words, places, counts), and whether a generic word stands beside them."""
    for m in re.finditer(HEAD, text):
        ph = phrase_words(words, m.start())
        rest, has_generic = [], False
        for _ws, _we, w, t in ph:
            if w in generic:
                has_generic = True
            elif not (
                t in ("LOC", "m", "q") or re.fullmatch(NUM + "[个项家批座条大]?", w) or gazetteer_regex().fullmatch(w)
            ):
                rest.append(w)  # places and counts are class vocabulary already
        yield rest, has_generic


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("dirs", nargs="+", type=Path)
    ap.add_argument("--min-sites", type=int, default=5)
    ap.add_argument("--min-share", type=float, default=0.5)
    a = ap.parse_args()
    seg = make_segmenter("lac")
    generic = set(lexicon().patterns["project"]["generic"])
    cls_pages, cls_sites, any_pages, any_sites = (defaultdict(set) for _ in range(4))
    cls_n, any_n = defaultdict(int), defaultdict(int)
    alone_pages, alone_sites, named_pages = defaultdict(set), defaultdict(set), defaultdict(set)
    n_pages, sites = 0, set()
    for page, site, text in pages(a.dirs):
        n_pages += 1
        sites.add(site)
        words, pos = [], 0
        for w, t in seg.segment(text):
            words.append((pos, pos + len(w), w, t))
            pos += len(w)
        cls = [m.span("mod") for rx in CLASS for m in rx.finditer(text)]
        for w in words_in(cls, words):
            cls_pages[w].add(page)
            cls_sites[w].add(site)
            cls_n[w] += 1
        for w in words_in([m.span("mod") for m in ANY.finditer(text)], words):
            any_pages[w].add(page)
            any_sites[w].add(site)
            any_n[w] += 1
        for rest, has_generic in companions(words, text, generic):
            if len(rest) == 1 and has_generic:
                # "重大|招商引资|项目": its only companions are class words
                alone_pages[rest[0]].add(page)
                alone_sites[rest[0]].add(site)
            elif len(rest) > 1:
                for w in rest:
                    named_pages[w].add(page)
    print(f"# {n_pages} pages, {len(sites)} sites", file=sys.stderr)
    # a word's class evidence: pages where it stands in a counted or quantified phrase, or
    # beside class words only; its naming evidence: pages where it stands beside another word
    # that is no class word (a name's own words)
    rows = []
    for w in set(cls_pages) | set(alone_pages):
        cp, cs = cls_pages[w] | alone_pages[w], cls_sites[w] | alone_sites[w]
        share = len(cp) / len(cp | named_pages[w])
        if len(cs) >= a.min_sites and share >= a.min_share:
            rows.append((len(cs), w, len(cp), len(named_pages[w] - cp), share))
    print("word\tclass_pages\tclass_sites\tnamed_pages\tshare\tin_generic")
    for ns, w, npg, nnamed, share in sorted(rows, key=lambda r: (-r[0], r[1])):
        print(f"{w}\t{npg}\t{ns}\t{nnamed}\t{share:.2f}\t{'generic' if w in generic else 'NEW'}")


if __name__ == "__main__":
    main()
