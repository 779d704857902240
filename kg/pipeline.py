"""The build, as a list of steps: ``ingest -> nlp -> resolve -> graph -> export``.

>>> from pathlib import Path
>>> G = build_graph([Path("seeds/004_109dd10dde93b1b5.txt")])   # doctest: +SKIP
>>> sorted({d["type"] for _, d in G.nodes(data=True)})           # doctest: +SKIP
['AMOUNT', 'MEETING', 'ORG', 'PERSON', 'PLACE', 'POSITION', 'PROJECT']
"""

from __future__ import annotations

import hashlib
import os
import sys
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx

from kg.export import DEFAULT_EXPORTERS, export
from kg.graph import to_graph
from kg.model import DocumentInfo
from kg.nlp.document import DocumentResult, analyse_document
from kg.resolve import resolve
from kg.sources import InputProblem, SourceDocument, iter_sources


@dataclass
class BuildReport:
    """What a build did: documents, problems, counts, seconds."""

    documents: int = 0
    problems: list[str] = field(default_factory=list)
    entities: Counter = field(default_factory=Counter)
    relations: Counter = field(default_factory=Counter)
    seconds: float = 0.0

    def summary(self) -> str:
        ents = ", ".join(f"{k} {v}" for k, v in sorted(self.entities.items()))
        rels = ", ".join(f"{k} {v}" for k, v in sorted(self.relations.items()))
        return (
            f"documents: {self.documents}\n"
            f"entities: {sum(self.entities.values())} ({ents})\n"
            f"relations: {sum(self.relations.values())} ({rels})\n"
            f"problems: {len(self.problems)}\n"
            f"seconds: {self.seconds:.1f}"
        )


# ----------------------------------------------------------------- workers

_NLP = None


def _worker_init(options: dict) -> None:
    global _NLP
    from kg.nlp.pipeline import make_pipeline

    _NLP = make_pipeline(**options)


def _analyse(src: SourceDocument) -> DocumentResult:
    assert _NLP is not None
    return analyse_document(_NLP, src.id, src.text, src.date)


def analyse_sources(
    sources: Iterable[SourceDocument], jobs: int = 1, segmenter: str = "lac", **segmenter_options
) -> Iterator[DocumentResult]:
    """Run ingest + NLP over documents, in ``jobs`` processes; results in input order."""
    options = {"segmenter": segmenter, **segmenter_options}
    if jobs <= 1:
        _worker_init(options)
        for src in sources:
            yield _analyse(src)
        return
    with ProcessPoolExecutor(max_workers=jobs, initializer=_worker_init, initargs=(options,)) as pool:
        yield from pool.map(_analyse, sources, chunksize=1)


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def build_graph(
    inputs: Iterable[Path],
    jobs: int = 1,
    segmenter: str = "lac",
    report: BuildReport | None = None,
    progress=None,
    **segmenter_options,
) -> nx.MultiDiGraph:
    """Build the knowledge graph of the documents under ``inputs``."""
    report = report if report is not None else BuildReport()
    documents: list[DocumentInfo] = []
    sources: list[SourceDocument] = []
    for item in iter_sources(inputs):
        if isinstance(item, InputProblem):
            report.problems.append(str(item))
            if progress:
                progress(f"kg: {'skipped' if item.skipped else 'warning'}: {item}")
            continue
        sources.append(item)
        documents.append(
            DocumentInfo(
                id=item.id,
                path=item.path,
                title=item.title,
                sha256=content_hash(item.text),
                chars=len(item.text),
                date=item.date,
                url=item.url,
                source=item.source,
            )
        )
    results = []
    for i, res in enumerate(analyse_sources(sources, jobs, segmenter, **segmenter_options), 1):
        results.append(res)
        if progress:
            progress(f"kg: [{i}/{len(sources)}] {res.doc}: {len(res.mentions)} mentions, {len(res.relations)} facts")
    entities, relations = resolve(results)
    report.documents = len(results)
    report.entities = Counter(e.type for e in entities)
    report.relations = Counter(r.type for r in relations)
    return to_graph(entities, relations, documents)


def build_command(args) -> int:
    """``kg build``: see ``kg build --help``."""
    start = time.perf_counter()
    report = BuildReport()
    jobs = args.jobs or os.cpu_count() or 1
    options = {}
    if args.segmenter == "pkuseg":
        if not args.pkuseg_model:
            print("kg build: --segmenter pkuseg needs --pkuseg-model DIR", file=sys.stderr)
            return 2
        options["model_dir"] = str(args.pkuseg_model)

    def say(msg: str) -> None:
        print(msg, file=sys.stderr)

    G = build_graph(args.inputs, jobs=jobs, segmenter=args.segmenter, report=report, progress=say, **options)
    if report.problems and args.strict:
        say(f"kg build: {len(report.problems)} input problem(s) and --strict: nothing written")
        return 1
    if report.documents == 0:
        say("kg build: no document could be read; nothing written")
        return 1
    written = export(G, args.out, DEFAULT_EXPORTERS)
    report.seconds = time.perf_counter() - start
    for p in written:
        say(f"kg: wrote {p}")
    print(report.summary())
    return 0
