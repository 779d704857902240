"""The decomposed resolve: map -> global key merge -> shuffle by key -> reduce per key -> finish
equals ``resolve()`` exactly, whatever the order of the documents and however they are
partitioned, on the real results of the seeds and the dev sets and on copies of them
under other names with their persons renamed (many persons of one name in many places).
"""

from __future__ import annotations

import dataclasses
import random
import zlib
from collections import defaultdict
from pathlib import Path

import pytest

from kg.model import Evidence
from kg.nlp.document import DocumentResult
from kg.pipeline import analyse_sources
from kg.resolve import (
    document_keys,
    finish,
    join_roots,
    merge_keys,
    partition_of,
    reduce_block,
    resolve,
)
from kg.sources import SourceDocument, iter_sources

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SETS = {"seeds": ROOT / "seeds", "dev": FIXTURES / "dev" / "texts", "dev2": FIXTURES / "dev2" / "texts"}
# Few names for many persons: a renamed corpus has one name in several cities and bodies.
NAMES = ("张伟", "王芳", "李强")


def _renamed(r: DocumentResult, doc: str, rename_persons: bool) -> DocumentResult:
    """``r`` as the result of document ``doc``, its persons renamed to one of ``NAMES``."""

    def person(name: str) -> str:
        return NAMES[zlib.crc32(name.encode("utf-8")) % len(NAMES)]

    mentions = [
        dataclasses.replace(m, text=person(m.text), norm=person(m.norm))
        if rename_persons and m.label == "PERSON"
        else m
        for m in r.mentions
    ]
    relations = [
        dataclasses.replace(rel, evidence=Evidence(doc, rel.evidence.text, rel.evidence.start, rel.evidence.end))
        for rel in r.relations
    ]
    return dataclasses.replace(r, doc=doc, mentions=mentions, relations=relations)


@pytest.fixture(scope="module")
def real() -> list[DocumentResult]:
    """Every document of the seeds and the dev sets, analysed once (named ``set/doc``)."""
    out = []
    for name, path in SETS.items():
        sources = [s for s in iter_sources([path]) if isinstance(s, SourceDocument)]
        out += [_renamed(r, f"{name}/{r.doc}", False) for r in analyse_sources(sources)]
    assert len(out) >= 12
    return out


@pytest.fixture(scope="module")
def renamed(real) -> list[DocumentResult]:
    """The real documents, and twice again under other names with their persons renamed."""
    copies = [_renamed(r, f"copy{n}-{r.doc.replace('/', '-')}", True) for n in (1, 2) for r in real]
    return real + copies


def decomposed(results: list[DocumentResult], partitions: int, seed: int):
    """``resolve()`` as map, merge, shuffle and reduce, on shuffled documents in partitions."""
    results = list(results)
    random.Random(seed).shuffle(results)
    parts = [results[i::partitions] for i in range(partitions)]
    mapped = [[document_keys(r) for r in part] for part in parts]  # map, per document
    roots = join_roots(merge_keys(docs) for docs in mapped)  # global merge of keys
    buckets: list[dict] = [defaultdict(list) for _ in range(partitions)]
    for docs in reversed(mapped):  # shuffle by key, in yet another order
        for dk in docs:
            for u in reversed(dk.units):
                root = roots[u.root]
                buckets[partition_of(root, partitions)][root].append(u)
    reduced = {root: reduce_block(root, units) for b in reversed(buckets) for root, units in b.items()}
    return finish(reversed(results), [dk for docs in mapped for dk in docs], reduced)


def test_join_roots_of_partitions_is_merge_keys_of_all(renamed):
    docs = [document_keys(r) for r in renamed]
    parts = [merge_keys(docs[i::5]) for i in range(5)]
    whole = merge_keys(docs)
    assert join_roots(parts) == whole
    # the join does some work: a key whose partition's root is not its root in the whole
    assert any(p[k] != whole[k] for p in parts for k in p)


@pytest.mark.parametrize("corpus", ["real", "renamed"])
@pytest.mark.parametrize(("partitions", "seed"), [(1, 0), (3, 1), (7, 2)])
def test_decomposed_resolve_equals_resolve(request, corpus, partitions, seed):
    results = request.getfixturevalue(corpus)
    expected = resolve(results)
    entities, relations = decomposed(results, partitions, seed)
    assert [e.to_dict() for e in entities] == [e.to_dict() for e in expected[0]]
    assert [r.to_dict() for r in relations] == [r.to_dict() for r in expected[1]]
    assert entities == expected[0] and relations == expected[1]


def test_renamed_corpus_exercises_the_person_reduce(renamed):
    # The comparison above means something: persons of one name in many documents, some
    # joined across documents, some kept apart (several groups of one name).
    docs = [document_keys(r) for r in renamed]
    roots = merge_keys(docs)
    persons: dict[str, list] = defaultdict(list)
    for dk in docs:
        for u in dk.units:
            if u.type == "PERSON":
                persons[roots[u.root]].append(u)
    groups = {root: reduce_block(root, units) for root, units in persons.items()}
    assert any(len(gs) > 1 for gs in groups.values())
    assert any(len({u.doc for u in g.units}) > 1 for gs in groups.values() for g in gs)
    # A block reduced from its units in another order (as a shuffle delivers them) gives
    # the same groups: the same keys (which group keeps the bare name), the same units.
    for root, units in persons.items():
        again = reduce_block(root, list(reversed(units)))
        assert [(g.key, [(u.doc, u.root) for u in g.units]) for g in again] == [
            (g.key, [(u.doc, u.root) for u in g.units]) for g in groups[root]
        ]


def test_resolve_on_a_dask_client_equals_resolve(renamed):
    distributed = pytest.importorskip("distributed")
    from kg.resolve.distributed import resolve_on

    expected = resolve(renamed)
    shuffled = list(renamed)
    random.Random(3).shuffle(shuffled)
    with distributed.Client(processes=False, n_workers=2, threads_per_worker=1, dashboard_address=None) as client:
        # the results as plain objects, and as futures already on the workers
        assert resolve_on(client, shuffled, partitions=3) == expected
        futures = client.scatter(shuffled[::-1], hash=False)
        with distributed.get_task_stream(client) as stream:
            assert resolve_on(client, futures, partitions=5) == expected
    # map and reduce ran as tasks on the workers: five of each
    names = [str(t["key"][0] if isinstance(t["key"], tuple) else t["key"]) for t in stream.data]
    assert sum(n.startswith("map_documents-") for n in names) == 5
    assert sum(n.startswith("reduce_bucket-") for n in names) == 5


@pytest.mark.parametrize("corpus", ["real", "renamed"])
@pytest.mark.parametrize(("parts", "buckets", "seed"), [(1, 1, 0), (3, 4, 1), (5, 2, 2)])
def test_flat_resolve_equals_resolve(request, corpus, parts, buckets, seed):
    # kg.resolve.flat, the steps --sharded --dask runs as tasks, with every entity and fact
    # made in a bucket of records from what parts of the documents send it.
    from kg.resolve.flat import id_bucket, resolve_flat

    results = list(request.getfixturevalue(corpus))
    expected = resolve(results)
    random.Random(seed).shuffle(results)
    entities, relations = resolve_flat([results[i::parts] for i in range(parts)], buckets)
    assert [e.to_dict() for e in entities] == [e.to_dict() for e in expected[0]]
    assert [r.to_dict() for r in relations] == [r.to_dict() for r in expected[1]]
    if buckets > 1:  # the records were spread over the buckets
        assert len({id_bucket(e.id, buckets) for e in entities}) == buckets
    if corpus == "renamed":  # the comparison covers possible-same links, joins, meetings, derived facts
        assert any(e.attributes.get("possible_same") for e in entities)
        assert any(e.attributes.get("resolution") for e in entities)
        assert any(e.type == "MEETING" and e.attributes.get("date") for e in entities)
        assert any(r.rule == "admin_hierarchy" for r in relations)


def _decisions(entities):
    """Decisions a user could write after reading a build: a possible-same pair declared the
    same, another declared different, persons of two names (two blocks) declared one, and an
    organisation named by a mention id declared one with another organisation."""
    from kg.resolve.keys import clean
    from kg.resolve.review import Decision, review_pairs

    def ref(e):
        m = min(e.mentions)
        return f"{e.type}:{clean(m.text)}@{m.doc}"

    pairs = review_pairs(entities)
    persons = sorted((e for e in entities if e.type == "PERSON" and e.mentions), key=lambda e: e.id)
    other = next(p for p in persons if p.label != persons[0].label)
    orgs = sorted((e for e in entities if e.type == "ORG" and e.mentions), key=lambda e: e.id)
    m = min(orgs[0].mentions)
    return [
        Decision("same", [pairs[0]["a"]], [pairs[0]["b"]], "d.csv:2"),
        Decision("different", [pairs[1]["a"]], [pairs[1]["b"]], "d.csv:3"),
        Decision("same", [ref(persons[0])], [ref(other)], "d.csv:4"),
        Decision("same", [f"{m.doc}:{m.start}-{m.end}"], [ref(orgs[1])], "d.csv:5"),
    ]


@pytest.mark.parametrize(("parts", "buckets", "seed"), [(1, 1, 0), (3, 4, 1), (5, 2, 2)])
def test_flat_resolve_with_decisions_equals_resolve(renamed, parts, buckets, seed):
    # --resolutions on --sharded --dask: the references are matched per part, the blocks a
    # 'same' joins are sent to one reduce bucket and joined there; the result is resolve()'s.
    from kg.resolve.flat import resolve_flat

    results = list(renamed)
    decisions = _decisions(resolve(results)[0])
    expected = resolve(results, decisions)
    assert expected != resolve(results)  # the decisions change the graph
    joined = [e for e in expected[0] if any(x["rule"] == "decision.same" for x in e.attributes.get("resolution", []))]
    assert {e.type for e in joined} == {"PERSON", "ORG"}
    random.Random(seed).shuffle(results)
    entities, relations = resolve_flat([results[i::parts] for i in range(parts)], buckets, decisions)
    assert [e.to_dict() for e in entities] == [e.to_dict() for e in expected[0]]
    assert [r.to_dict() for r in relations] == [r.to_dict() for r in expected[1]]
