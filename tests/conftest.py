"""Shared fixtures: kg's pipeline, the seed texts, the gold, and a graph made from the gold.

The gold graph lets exporter tests run on realistic data (real names, real evidence,
every relation type) without depending on the quality of the extractor.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from kg.graph import to_graph
from kg.model import DocumentInfo, Entity, Evidence, Mention, Relation
from kg.nlp.words import Word

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
GOLD = Path(__file__).resolve().parent / "fixtures" / "gold"


@pytest.fixture(scope="session")
def nlp():
    """kg's pipeline with the packaged segmenter, made once for every test module that reads
    text with it (none changes it)."""
    from kg.nlp.pipeline import make_pipeline

    return make_pipeline()


def run_kg_build(inputs: Path, out: Path, jobs: int = 1, **kwargs) -> subprocess.CompletedProcess:
    """``python -m kg build INPUTS --out OUT --jobs N`` in a process of its own, as a user runs it."""
    return subprocess.run(
        [sys.executable, "-m", "kg", "build", str(inputs), "--out", str(out), "--jobs", str(jobs)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=600,
        **kwargs,
    )


def gold_records(doc_names: list[str] | None = None) -> tuple[list[Entity], list[Relation], list[DocumentInfo]]:
    """Entities and relations of the gold files, with offsets found in the seed texts."""
    entities: list[Entity] = []
    relations: list[Relation] = []
    documents: list[DocumentInfo] = []
    for gpath in sorted(GOLD.glob("*.json")):
        gold = json.loads(gpath.read_text(encoding="utf-8"))
        doc = gold["doc"]
        if doc_names and doc not in doc_names:
            continue
        text = (SEEDS / doc).read_text(encoding="utf-8")
        documents.append(DocumentInfo(id=doc, path=f"seeds/{doc}", chars=len(text)))
        prefix = doc.split("_")[0]
        for g in gold["entities"]:
            mentions = []
            for name in [g["name"], *g.get("aliases", [])]:
                i = text.find(name)
                if i >= 0:
                    mentions.append(Mention(doc, i, i + len(name), name))
            types = g["type"] if isinstance(g["type"], list) else [g["type"]]
            entities.append(Entity(f"d{prefix}-{g['id']}", types[0], g["name"], list(g.get("aliases", [])), mentions))
        for i, r in enumerate(gold["relations"]):
            ev = r.get("evidence", "")
            s = max(text.find(ev), 0)
            value = None
            if r["type"] == "invested_amount":
                value = {"amount": r["amount"], "currency": "CNY", "qualifier": r.get("qualifier", "exact")}
            elif r["type"] == "holds_position":
                value = {"position": r["position"]}
                if r.get("org"):
                    value["org"] = f"d{prefix}-{r['org']}"
            relations.append(
                Relation(
                    id=f"d{prefix}-r{i}",
                    type=r["type"],
                    head=f"d{prefix}-{r['head']}",
                    tail=f"d{prefix}-{r['tail']}" if r.get("tail") else None,
                    value=value,
                    evidence=[Evidence(doc, ev, s, s + len(ev))],
                    confidence=0.9,
                    rule="gold",
                )
            )
    return entities, relations, documents


@pytest.fixture(scope="session")
def gold_graph():
    """A MultiDiGraph built from the gold annotations of all five seeds."""
    return to_graph(*gold_records())


#: The qualifiers of an invested_amount in gold (../shared/gold/GUIDE.md).
QUALIFIERS = {"exact", "approx", "at_least", "planned"}


def check_gold_file(gold: dict, text: str, scorer) -> None:
    """Assert that one gold file is well formed against its text: ids unique, types the
    scorer's, every name, alias and evidence found in the (normalised) text, relations
    pointing at the file's entities, amounts and positions filled in."""
    text = scorer.norm(text)
    ids = set()
    for e in gold["entities"]:
        assert e["id"] not in ids, e
        ids.add(e["id"])
        assert set(scorer.types_of(e["type"])) <= set(scorer.ENTITY_TYPES), e
        for n in [e["name"], *e["aliases"]]:
            assert scorer.norm(n) in text, (e["id"], n)
    for r in gold["relations"]:
        assert r["type"] in scorer.RELATION_TYPES, r
        assert scorer.norm(r["evidence"]) in text, r
        for key in ("head", "tail", "org"):
            if key in r:
                assert r[key] in ids, r
        if r["type"] == "invested_amount":
            assert r["amount"] > 0 and r["qualifier"] in QUALIFIERS, r
        elif r["type"] == "holds_position":
            assert r["position"], r
        else:
            assert "tail" in r, r


def check_names_are_new(gold_files: list[Path], earlier_texts: list[Path], scorer) -> None:
    """Assert that no person, company or project of ``gold_files`` occurs in ``earlier_texts``
    (the texts, not only their gold, so a name an annotator left out counts too): a set
    measures generalisation only if no rule could already know its names. Optional
    entities are generic phrases (二期项目) and are left out."""
    earlier = [scorer.norm(p.read_text(encoding="utf-8")) for p in earlier_texts]
    for gpath in gold_files:
        for e in json.loads(gpath.read_text(encoding="utf-8"))["entities"]:
            types = scorer.types_of(e["type"])
            if e.get("optional") or not ("PERSON" in types or "PROJECT" in types or "公司" in e["name"]):
                continue
            for n in [e["name"], *e["aliases"]]:
                assert not any(scorer.norm(n) in text for text in earlier), (gpath.name, n)


def without_party_leader(gold_files: list[Path], into: Path) -> list[Path]:
    """Copies of ``gold_files`` in ``into`` without the party leader named in the set phrase
    "习近平总书记" (he is in every kind of text, so no set's names could be new without him):
    the input of :func:`check_names_are_new` for a held-out set."""
    kept = []
    for gpath in gold_files:
        gold = json.loads(gpath.read_text(encoding="utf-8"))
        leaders = {r["head"] for r in gold["relations"] if r.get("position") == "总书记"}
        gold["entities"] = [e for e in gold["entities"] if e["id"] not in leaders]
        kept.append(into / gpath.name)
        kept[-1].write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    return kept


def written_texts() -> list[Path]:
    """The texts written for the project (seeds, dev, dev2): a real-page set's names must not
    already occur in them (:func:`check_names_are_new`)."""
    fixtures = Path(__file__).resolve().parent / "fixtures"
    dev, dev2 = fixtures / "dev" / "texts", fixtures / "dev2" / "texts"
    return [*SEEDS.glob("*.txt"), *dev.glob("*.txt"), *dev2.glob("*.txt")]


def check_page_set(root: Path, n_pages: int, min_traditional: int) -> list[list[str]]:
    """Assert that a set of real pages (``texts/``, ``gold/``, ``SOURCES.tsv``) is whole:
    ``n_pages`` texts, one gold file and one source row each, at least ``min_traditional``
    of them in traditional characters. Returns the source rows (header left out)."""
    texts = sorted(p.name for p in (root / "texts").glob("*.txt"))
    assert len(texts) == n_pages
    golds = [json.loads(p.read_text(encoding="utf-8"))["doc"] for p in (root / "gold").glob("*.json")]
    assert texts == sorted(golds)
    rows = [line.split("\t") for line in (root / "SOURCES.tsv").read_text(encoding="utf-8").splitlines()[1:]]
    assert sorted(f"{row[0]}.txt" for row in rows) == texts
    assert sum(row[4] == "traditional" for row in rows) >= min_traditional
    return rows


def score_build(texts: Path, gold: Path, out: Path, scorer_dir: Path = GOLD) -> dict:
    """Build ``texts`` into ``out`` as a user does (``--jobs 2``) and score it against ``gold``."""
    from kg.evaluate import evaluate

    proc = run_kg_build(texts, out, jobs=2)
    assert proc.returncode == 0, proc.stderr
    report, _, _ = evaluate(gold, out, scorer_dir=scorer_dir)
    return report


def below_floors(report: dict, floors: dict[tuple[str, str], float]) -> dict[str, tuple[float, float]]:
    """The rows of a score report under their F1 floor: ``"table/row" -> (F1, floor)``."""
    return {
        f"{table}/{row}": (report[table][row]["f1"], floor)
        for (table, row), floor in floors.items()
        if report[table][row]["f1"] < floor
    }


def recognised(text: str, label: str) -> set[str]:
    """The spans of ``label`` the entity stage finds in one sentence (LAC's words)."""
    from kg.nlp.entities import recognise
    from kg.nlp.segmenters import make_segmenter
    from kg.nlp.words import words_of

    words = words_of(make_segmenter("lac").segment(text))
    return {text[c.start : c.end] for c in recognise(text, words) if c.label == label}


def typed(nlp, text: str) -> set[tuple[str, str]]:
    """``(mention as written, type)`` of a page's mentions."""
    from kg.nlp.document import analyse_document

    result = analyse_document(nlp, "t.txt", text)
    return {(m.text, m.label) for m in result.mentions}


def normed_mentions_and_facts(nlp, text: str) -> tuple[set[tuple[str, str]], set[tuple[str, str, str]]]:
    """A page's ``(type, normalised name)`` mentions and its ``(relation, head, tail)`` facts
    between mentions, names normalised (traditional pages read in simplified characters)."""
    from kg.nlp.document import analyse_document

    result = analyse_document(nlp, "t.txt", text)
    mentions = {(m.label, m.norm) for m in result.mentions}
    facts = {
        (r.type, result.mentions[r.head].norm, result.mentions[r.tail].norm)
        for r in result.relations
        if isinstance(r.tail, int)
    }
    return mentions, facts


def normed_names(nlp, text: str) -> set[str]:
    """The normalised names of a page's mentions, whatever their type."""
    mentions, _ = normed_mentions_and_facts(nlp, text)
    return {name for _label, name in mentions}


def meetings_and_event_facts(nlp, text: str) -> tuple[set[str], set[tuple[str, str, str]]]:
    """The MEETING spans of a text's articles and their ``(chaired|attended, person, meeting)``
    facts, as written (before resolution)."""
    from kg.ingest import segment_document
    from kg.nlp.pipeline import analyse_article

    meetings, facts = set(), set()
    for art in segment_document("t.txt", text):
        doc = analyse_article(nlp, art)
        ms, t = doc._.mentions, art.text
        meetings |= {t[m.start : m.end] for m in ms if m.label == "MEETING"}
        for r in doc._.relations:
            if r.type in ("chaired", "attended") and r.tail is not None:
                head, tail = ms[r.head], ms[r.tail]
                facts.add((r.type, t[head.start : head.end], t[tail.start : tail.end]))
    return meetings, facts


def invested_amounts(nlp, text: str) -> set[tuple[str, float]]:
    """``(project as written, amount)`` of the ``invested_amount`` facts of one article."""
    from kg.ingest import segment_document
    from kg.nlp.pipeline import analyse_article

    (art,) = segment_document("t.txt", text)
    doc = analyse_article(nlp, art)
    ms = doc._.mentions
    return {
        (art.text[ms[r.head].start : ms[r.head].end], r.value["amount"])
        for r in doc._.relations
        if r.type == "invested_amount"
    }


def located_pairs(nlp, text: str, home_city: str | None = None, admin_names: bool = False) -> set[tuple[str, str]]:
    """``(head as written, tail as written)`` of the ``located_in`` facts the relation stage finds
    in one article (before resolution), the paper's city ``home_city`` given; with
    ``admin_names`` a division is named by its full name (``admin_name``) where it has one."""
    from kg.ingest import segment_document
    from kg.nlp.pipeline import analyse_article

    (art,) = segment_document("t.txt", text)
    doc = analyse_article(nlp, art, home_city=home_city)
    ms = doc._.mentions

    def name(i: int) -> str:
        written = art.text[ms[i].start : ms[i].end]
        return (ms[i].attrs.get("admin_name") or written) if admin_names else written

    return {(name(r.head), name(r.tail)) for r in doc._.relations if r.type == "located_in"}


def built_located(text: str) -> set[tuple[str, str]]:
    """``(head label, tail label)`` of the ``located_in`` facts of the graph ``kg.build`` makes of
    one text (after resolution)."""
    import kg

    G = kg.build(text, progress=False)
    rel = G.relations[G.relations.type == "located_in"]
    return set(zip(rel.head_label, rel.tail_label, strict=True))


def document_part_shares(results: list, per_part: int, buckets: int, runs: Path, kind: str = "entities") -> list:
    """The document_part shares of each entity (``kind`` "entities") or relation bucket
    ("relations"), long runs spilled to ``runs``, as a cluster's entity_part or
    relation_part tasks load them (the steps of kg.resolve.flat.resolve_flat, up to
    document_part)."""
    import pickle

    from kg.resolve import flat
    from kg.resolve.corpus import join_roots
    from kg.resolve.flat_mentions import spill_runs

    parts = [results[i : i + per_part] for i in range(0, len(results), per_part)]
    outcomes = [[[(r,)] for r in part] for part in parts]
    mapped = [flat.map_part(*o) for o in outcomes]
    roots = join_roots(flat.merge_of(m) for m in mapped)
    splits = [flat.split_part(i, m, roots, buckets) for i, m in enumerate(mapped)]
    tables = [flat.group_tables(flat.reduce_part(b, *splits), len(parts), buckets) for b in range(buckets)]
    shares: list[list[dict]] = [[] for _ in range(buckets)]
    field = {"entities": {}, "relations": {"field": "ev"}}[kind]
    for i, m in enumerate(mapped):
        d = flat.document_part(buckets, m, [t["units"][i] for t in tables], *outcomes[i])
        for b, share in enumerate(d[kind]):
            spill_runs(share, f"{runs}/{kind}-{i}-{b}.runs", **field)
            shares[b].append(pickle.loads(pickle.dumps(share)))  # as the task loads it
    return shares


def project_names(nlp, text: str) -> set[str]:
    """The PROJECT mentions kg finds on a page, as written."""
    from kg.nlp.document import analyse_document

    return {m.text for m in analyse_document(nlp, "t.txt", text).mentions if m.label == "PROJECT"}


def relation_pairs(nlp, text: str, kind: str) -> set[tuple[str, object]]:
    """A page's facts of one relation type: ``(head, tail)`` as written, or ``(head, amount)``
    for a fact whose tail is a value (invested_amount)."""
    from kg.nlp.document import analyse_document

    r = analyse_document(nlp, "t.txt", text)
    out: set[tuple[str, object]] = set()
    for x in r.relations:
        if x.type != kind:
            continue
        if x.value is not None:
            out.add((r.mentions[x.head].text, x.value["amount"]))
        else:
            out.add((r.mentions[x.head].text, r.mentions[x.tail].text))
    return out


def page_unit_keys(nlp, page: str) -> dict[str, str]:
    """Each "LABEL:normalised name" of a page's mentions -> the key of its unit after
    within-document resolution. ``page`` is "SET:doc": a tuning set of tests/fixtures,
    "seeds", or "tune" (dev-real/tune in ../shared; skipped where it is not on this machine)."""
    from kg.nlp.document import analyse_document
    from kg.resolve.document import document_keys
    from kg.resolve.keys import clean

    s, doc = page.split(":")
    roots = {"seeds": SEEDS, "tune": ROOT.parent / "shared" / "dev-real" / "tune" / "texts"}
    path = roots.get(s, ROOT / "tests" / "fixtures" / s / "texts") / doc
    if not path.exists():
        pytest.skip(f"{path} is not on this machine")
    r = analyse_document(nlp, doc, path.read_text(encoding="utf-8"))
    dk = document_keys(r)
    return {f"{m.label}:{clean(m.norm)}": k for m, k in zip(r.mentions, dk.keys, strict=True)}


def tagger_words(text: str, cuts: list[tuple[str, str]]) -> list[Word]:
    """The tagger's words of ``text``, written out as (word, tag) pairs that must cover it: a
    test of a rule over the tagger's reading states that reading rather than hoping for it."""
    out, at = [], 0
    for w, tag in cuts:
        assert text[at : at + len(w)] == w
        out.append(Word(at, at + len(w), w, tag))
        at += len(w)
    assert at == len(text)
    return out
