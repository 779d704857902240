"""Resolution benchmark: do mentions of one thing across documents become one entity, and
mentions of two things (namesakes) two?

    python benchmarks/resolution/bench_resolve.py [--cost 10,100] [--json]

Corpus: the five seed pages (大同), the two written dev sets (长治, 晋中, 太原, 朔州, 运城,
大同, 晋城, Inner Mongolia, 宁夏) and the twelve real pages of ``dev-real/tune`` (copied into
``texts/`` with their gold in ``gold/``: Hebei, Henan, Anhui, Shandong, Shaanxi, Inner
Mongolia and Shanxi), 26 documents with hand-made per-document gold.

Gold clusters (see README.md here): the items are the non-optional gold entities of every
document; two items of two documents are one thing when they have a type and a name in
common, except names relative to a place ("市委", "县政府", "我市"), which are one thing
only within one city, county or province (``places.json``, read by hand from the texts).

Homonym cases (a standard perturbation): in every document not about 大同, one person's
name is replaced in the text by the name of a 大同 person of the seeds (张强, 郝雨 …);
the gold keeps the two apart. That corpus (the originals with the perturbed documents in
place of theirs) measures the precision of person merges.

Scores are over the gold items the extractor found (matched as ``score.py`` matches
entities: a name of the entity's mentions in that document, then its label or aliases);
B-cubed and pairwise precision / recall / F1.

``--cost``: resolution alone on synthetic corpora of N MB, made by copying the analysed
documents under new names with their persons renamed (blocks of namesakes grow as in a
large corpus); the NLP runs once on the real documents, not on N MB.
"""

from __future__ import annotations

import argparse
import copy
import json
import random
import re
import sys
import time
import unicodedata
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
SETS = [
    (ROOT / "seeds", FIXTURES / "gold"),
    (FIXTURES / "dev" / "texts", FIXTURES / "dev" / "gold"),
    (FIXTURES / "dev2" / "texts", FIXTURES / "dev2" / "gold"),
    (HERE / "texts", HERE / "gold"),
]
_STRIP = re.compile(r"[\s\u3000\"'“”‘’「」『』《》〈〉·•]")
RELATIVE = ("我市", "本市", "全市", "该市", "全县", "该县")


def norm(name: str) -> str:
    from kg.ingest import to_simplified

    return _STRIP.sub("", to_simplified(unicodedata.normalize("NFKC", name or "")))


def _types(t) -> tuple[str, ...]:
    return tuple(t) if isinstance(t, list) else (t,)


def load_corpus() -> tuple[dict[str, str], dict[str, dict]]:
    """Texts and gold of the 26 documents: ``{doc: text}``, ``{doc: gold}``."""
    texts, golds = {}, {}
    for tdir, gdir in SETS:
        for g in sorted(gdir.glob("*.json")):
            gold = json.loads(g.read_text(encoding="utf-8"))
            path = tdir / gold["doc"]
            if path.exists():
                texts[gold["doc"]] = path.read_text(encoding="utf-8")
                golds[gold["doc"]] = gold
    return texts, golds


def _scope(name: str, place: dict, doc: str) -> str | None:
    """The place a relative name holds in ("市委" -> the document's city), None if absolute."""
    if name in RELATIVE or name.startswith(("全市", "我市", "本市")):
        return place.get("city") or doc
    if len(name) >= 2 and name[0] in "市县区旗省":
        level = {"市": "city", "省": "province"}.get(name[0], "county")
        return place.get(level) or doc
    return None


def gold_clusters(golds: dict[str, dict], places: dict[str, dict], apart: dict | None = None) -> dict:
    """``(doc, gold id) -> cluster``: items sharing a type and a (scoped) name are one.
    ``apart``: items forced into a cluster of their own (the renamed persons)."""
    apart = apart or {}
    parent: dict = {}

    def find(x):
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    owner: dict[tuple, tuple] = {}
    for doc, gold in sorted(golds.items()):
        for e in gold["entities"]:
            if e.get("optional"):
                continue
            item = (doc, e["id"])
            find(item)
            if item in apart:
                continue
            for n in {norm(x) for x in [e["name"], *e.get("aliases", [])]} - {""}:
                scope = _scope(n, places.get(doc, {}), doc)
                key = (_types(e["type"])[0], n, scope)
                if key in owner:
                    parent[find(item)] = find(owner[key])
                else:
                    owner[key] = item
    return {item: find(item) for item in parent}


def match_items(golds: dict[str, dict], entities: list[dict]) -> dict[tuple, str]:
    """``(doc, gold id) -> predicted entity id`` for the gold items the extractor found."""
    by_doc: dict[str, list[dict]] = defaultdict(list)
    for e in entities:
        for d in sorted({m["doc"] for m in e["mentions"]}):
            by_doc[d].append(e)
    out = {}
    for doc, gold in golds.items():
        for g in gold["entities"]:
            if g.get("optional"):
                continue
            names = {norm(x) for x in [g["name"], *g.get("aliases", [])]}
            cands = [e for e in by_doc[doc] if e["type"] in _types(g["type"])]
            hit = [e for e in cands if {norm(m["text"]) for m in e["mentions"] if m["doc"] == doc} & names]
            hit = hit or [e for e in cands if {norm(x) for x in [e["label"], *e["aliases"]]} & names]
            if hit:
                out[(doc, g["id"])] = min(hit, key=lambda e: e["id"])["id"]
    return out


def scores(gold: dict, pred: dict, types: dict | None = None, only: str | None = None) -> dict:
    """B-cubed and pairwise P/R/F1 of ``pred`` (item -> entity) against ``gold`` (item -> cluster)."""
    items = sorted(i for i in pred if i in gold and (only is None or (types or {}).get(i) == only))
    gc, pc = defaultdict(set), defaultdict(set)
    for i in items:
        gc[gold[i]].add(i)
        pc[pred[i]].add(i)
    bp = sum(len(pc[pred[i]] & gc[gold[i]]) / len(pc[pred[i]]) for i in items) / max(len(items), 1)
    br = sum(len(pc[pred[i]] & gc[gold[i]]) / len(gc[gold[i]]) for i in items) / max(len(items), 1)

    def pairs(clusters):
        return {(a, b) for c in clusters.values() for a in c for b in c if a < b}

    gp, pp = pairs(gc), pairs(pc)
    tp = len(gp & pp)
    out = {
        "items": len(items),
        "bcubed": _prf(bp, br),
        "pairwise": _prf(tp / len(pp) if pp else 1.0, tp / len(gp) if gp else 1.0),
    }
    out["pairwise"].update({"pred_pairs": len(pp), "gold_pairs": len(gp), "tp": tp})
    return out


def _prf(p: float, r: float) -> dict:
    return {"p": round(p, 4), "r": round(r, 4), "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0}


def homonyms(texts: dict[str, str], golds: dict[str, dict], places: dict) -> tuple[dict, dict, dict]:
    """Texts and gold with one person of every non-大同 document renamed after a 大同 person;
    and the renamed items (kept apart in the gold)."""
    datong = [d for d in sorted(golds) if places.get(d, {}).get("city") == "大同市"]
    donors = sorted(
        {
            e["name"]
            for d in datong
            for e in golds[d]["entities"]
            if e["type"] == "PERSON" and not e.get("optional") and len(e["name"]) >= 2
        }
    )
    texts2, golds2, apart = dict(texts), copy.deepcopy(golds), {}
    k = 0
    for doc in sorted(golds):
        if doc in datong or not donors:
            continue
        persons = [
            e
            for e in golds2[doc]["entities"]
            if e["type"] == "PERSON"
            and not e.get("optional")
            and len(e["name"]) >= 2
            and e["name"] in texts[doc]
            and e["name"] not in donors
        ]
        if not persons:
            continue
        q = sorted(persons, key=lambda e: e["name"])[0]
        p = donors[k % len(donors)]
        k += 1
        texts2[doc] = texts[doc].replace(q["name"], p)
        for e in golds2[doc]["entities"]:
            e["name"] = e["name"].replace(q["name"], p)
            e["aliases"] = [a.replace(q["name"], p) for a in e.get("aliases", [])]
        apart[(doc, q["id"])] = True
    return texts2, golds2, apart


def analyse(texts: dict[str, str]) -> list:
    from kg.nlp.document import analyse_document
    from kg.nlp.pipeline import make_pipeline

    nlp = make_pipeline()
    return [analyse_document(nlp, doc, text) for doc, text in sorted(texts.items())]


def evaluate(results: list, golds: dict, clusters: dict) -> dict:
    from kg.resolve import resolve

    entities, _ = resolve(results)
    records = [e.to_dict() for e in entities]
    pred = match_items(golds, records)
    types = {(doc, e["id"]): _types(e["type"])[0] for doc, g in golds.items() for e in g["entities"]}
    return {
        "all": scores(clusters, pred),
        "PERSON": scores(clusters, pred, types, "PERSON"),
        "found": len(pred),
        "gold_items": len(clusters),
    }


def run() -> dict:
    places = json.loads((HERE / "places.json").read_text(encoding="utf-8"))["documents"]
    texts, golds = load_corpus()
    out = {"documents": len(texts)}
    cpu = time.process_time()
    results = analyse(texts)
    out["_chars"] = sum(len(t) for t in texts.values())
    out["_nlp_cpu_per_char"] = (time.process_time() - cpu) / out["_chars"]
    out["real"] = evaluate(results, golds, gold_clusters(golds, places))
    texts2, golds2, apart = homonyms(texts, golds, places)
    changed = {d: t for d, t in texts2.items() if t != texts[d]}
    results2 = [r for r in results if r.doc not in changed] + analyse(changed)
    out["homonyms"] = evaluate(results2, golds2, gold_clusters(golds2, places, apart))
    out["homonyms"]["renamed"] = len(apart)
    out["_results"] = results
    return out


def synthetic(results: list, megabytes: float, chars: int, seed: int = 16) -> list:
    """Copies of the analysed documents under new names, persons renamed from a pool of
    surnames and given names (namesakes recur across documents as in a large corpus), until
    the copies stand for ``megabytes`` of UTF-8 text (``chars`` of the real documents)."""
    from kg.patterns import word_list

    rng = random.Random(seed)
    surnames = sorted({ch for line in word_list("surnames") for ch in line.split() if len(ch) == 1})
    given = sorted({ch for r in results for m in r.mentions if m.label == "PERSON" for ch in m.norm[1:]})
    # a pool of 5000 full names: common names recur across documents as they do in the news
    pool = sorted({rng.choice(surnames[:100]) + "".join(rng.sample(given, 2)) for _ in range(5000)})
    copies = max(1, round(megabytes * 1e6 / (3 * chars)))
    out = []
    for n in range(copies):
        for r in results:
            c = copy.deepcopy(r)
            c.doc = f"{n:05d}/{r.doc}"
            rename = {}
            for m in c.mentions:
                if m.label == "PERSON" and len(m.norm) >= 2:
                    new = rename.setdefault(m.norm, rng.choice(pool))
                    m.norm = m.text = new
            for rel in c.relations:
                rel.evidence = type(rel.evidence)(c.doc, rel.evidence.text, rel.evidence.start, rel.evidence.end)
            out.append(c)
    return out


def cost(results: list, sizes: list[float], chars: int, nlp_per_char: float) -> list[dict]:
    """Resolution alone on N MB; the analysis of N MB is estimated from the CPU time the
    analysis of the real documents took (model loading included, so it flatters resolution's
    share less than it seems)."""
    from kg.resolve import resolve

    rows = []
    for mb in sizes:
        corpus = synthetic(results, mb, chars)
        mentions = sum(len(r.mentions) for r in corpus)
        start, cpu = time.perf_counter(), time.process_time()
        entities, relations = resolve(corpus)
        seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
        rows.append(
            {
                "mb": mb,
                "documents": len(corpus),
                "mentions": mentions,
                "entities": len(entities),
                "seconds": round(seconds, 1),
                "cpu_seconds": round(cpu, 1),
                "us_per_mention": round(1e6 * cpu / mentions, 1),
                "nlp_cpu_estimate": round(nlp_per_char * mb * 1e6 / 3),
            }
        )
        rows[-1]["resolve_share"] = round(cpu / (cpu + rows[-1]["nlp_cpu_estimate"]), 3)
        print(
            f"# {mb} MB: {len(corpus)} documents, {mentions} mentions, {len(entities)} entities, "
            f"resolve {seconds:.1f} s, CPU {cpu:.1f} s ({1e6 * cpu / mentions:.1f} CPU us/mention)",
            file=sys.stderr,
        )
        del corpus
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cost", default="", help="comma-separated corpus sizes in MB for the cost run (e.g. 10,100)")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    out = run()
    results = out.pop("_results")
    chars, per_char = out.pop("_chars"), out.pop("_nlp_cpu_per_char")
    if args.cost:
        out["cost"] = cost(results, [float(x) for x in args.cost.split(",")], chars, per_char)
    if args.json:
        print(json.dumps(out, ensure_ascii=False, indent=1))
        return 0
    print(f"resolution benchmark: {out['documents']} documents")
    for name in ("real", "homonyms"):
        r = out[name]
        renamed = f", {r['renamed']} persons renamed" if "renamed" in r else ""
        print(f"{name}: {r['found']} of {r['gold_items']} gold items found by the extractor{renamed}")
        for part in ("all", "PERSON"):
            s = r[part]
            b, p = s["bcubed"], s["pairwise"]
            print(
                f"  {part:7s} items {s['items']:4d}  B-cubed P {b['p']:.3f} R {b['r']:.3f} F1 {b['f1']:.3f}"
                f"  pairwise P {p['p']:.3f} R {p['r']:.3f} F1 {p['f1']:.3f} ({p['pred_pairs']} pairs)"
            )
    for row in out.get("cost", []):
        print(
            f"cost {row['mb']:g} MB: {row['documents']} documents, {row['mentions']} mentions, "
            f"resolve {row['seconds']} s, CPU {row['cpu_seconds']} s, {row['us_per_mention']} CPU us/mention; "
            f"analysis estimated {row['nlp_cpu_estimate']} CPU s: "
            f"resolution {100 * row['resolve_share']:.1f}% of the build"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
