"""What a build reports while it runs and when it ends: the :class:`BuildReport` (documents,
problems, counts, seconds per stage) and the progress shown on a terminal or as lines.

>>> r = BuildReport(documents=2)
>>> r.documents, sorted(r.stages)
(2, ['export', 'graph', 'ingest', 'nlp', 'resolve'])
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import IO

from kg.io import terminal_safe
from kg.nlp.document import DocumentResult
from kg.sources import InputProblem

#: Stages whose seconds a build records (``BuildReport.stages``).
STAGES: tuple[str, ...] = ("ingest", "nlp", "resolve", "graph", "export")


@dataclass
class BuildReport:
    """What a build did: documents (and how many came from the cache), problems, counts, seconds.

    ``stages`` holds the seconds of each stage: ``ingest`` is reading and decoding the inputs
    (main process), ``nlp`` the analysis of the documents not found in the cache (article
    segmentation included; summed over worker processes, so it can exceed the wall time),
    then ``resolve``, ``graph`` and ``export``.
    """

    documents: int = 0
    reused: int = 0
    chars: int = 0
    problems: list[str] = field(default_factory=list)
    entities: Counter = field(default_factory=Counter)
    relations: Counter = field(default_factory=Counter)
    seconds: float = 0.0
    stages: dict[str, float] = field(default_factory=lambda: dict.fromkeys(STAGES, 0.0))

    def summary(self) -> str:
        ents = ", ".join(f"{k} {v}" for k, v in sorted(self.entities.items()))
        rels = ", ".join(f"{k} {v}" for k, v in sorted(self.relations.items()))
        return (
            f"documents: {self.documents}\n"
            f"reused: {self.reused}\n"
            f"entities: {sum(self.entities.values())} ({ents})\n"
            f"relations: {sum(self.relations.values())} ({rels})\n"
            f"problems: {len(self.problems)}\n"
            f"seconds: {self.seconds:.1f}\n"
            f"stages: {', '.join(f'{k} {v:.2f}s' for k, v in self.stages.items())}\n"
            f"chars: {self.chars}"
        )


# ----------------------------------------------------------------- progress


class Progress:
    """How a build reports as it goes; this base class says nothing.

    :func:`build_graph` calls :meth:`problem` for every input problem and :meth:`document`
    for every document analysed or reused, in input order.
    """

    def problem(self, problem: InputProblem) -> None:
        """An input that could not be read (or was read with a warning)."""

    def document(self, result: DocumentResult, reused: bool) -> None:
        """One document done."""

    def close(self) -> None:
        """The build is over."""


def record_problem(problem: InputProblem, report: BuildReport, progress: Progress) -> None:
    """An input problem goes into the build's report and is shown as the build goes."""
    report.problems.append(str(problem))
    progress.problem(problem)


def analysis_failed(path: str, error: str | None, report: BuildReport, progress: Progress) -> None:
    """A bug met on one document: an input problem that says which document was left out;
    the build goes on with the others."""
    record_problem(InputProblem(path, None, f"analysis failed ({error}); document left out"), report, progress)


def problem_line(problem: InputProblem) -> str:
    """The stderr line for an input problem.

    >>> problem_line(InputProblem("a/b.txt", None, "empty file"))
    'kg: skipped: a/b.txt: empty file'
    """
    return f"kg: {'skipped' if problem.skipped else 'warning'}: {terminal_safe(str(problem))}"


class LineProgress(Progress):
    """One line of text per problem and per document, given to ``say`` (a ``print``-like function).

    >>> p = LineProgress(print)
    >>> p.document(DocumentResult("a.txt", [], [], 1), reused=True)
    kg: [1] a.txt: 0 mentions, 0 facts (reused)
    """

    def __init__(self, say: Callable[[str], object], documents: bool = True) -> None:
        self.say = say
        self.documents = documents
        self.done = 0

    def problem(self, problem: InputProblem) -> None:
        self.say(problem_line(problem))

    def document(self, result: DocumentResult, reused: bool) -> None:
        self.done += 1
        if self.documents:
            counts = f"{len(result.mentions)} mentions, {len(result.relations)} facts"
            self.say(f"kg: [{self.done}] {terminal_safe(result.doc)}: {counts}{' (reused)' if reused else ''}")


class BarProgress(Progress):
    """A tqdm progress bar (documents done, reused, rate) on ``stream``; problems above it.

    The number of documents is unknown until the inputs are read (they are read as the
    build goes), so the bar counts up without a total.
    """

    def __init__(self, stream: IO[str] | None = None, notebook: bool = False, total: int | None = None) -> None:
        self.stream = stream or sys.stderr
        self.reused = 0
        # Problems go above the bar: on its stream in a terminal, to the cell's output in Jupyter.
        self.problems_to: IO[str] | None = None if notebook else self.stream
        if notebook:
            # tqdm.auto: a widget in Jupyter, text elsewhere (kg.build).
            from tqdm.auto import tqdm

            self.bar = tqdm(total=total, unit="doc", desc="kg.build", leave=False)
        else:
            from tqdm import tqdm

            self.bar = tqdm(file=self.stream, unit="doc", desc="kg build", dynamic_ncols=True, leave=False)

    def problem(self, problem: InputProblem) -> None:
        self.bar.write(problem_line(problem), file=self.problems_to)

    def document(self, result: DocumentResult, reused: bool) -> None:
        self.reused += reused
        if reused:
            self.bar.set_postfix(reused=self.reused, refresh=False)
        self.bar.update(1)

    def close(self) -> None:
        self.bar.close()


def terminal_progress(stream: IO[str] | None = None) -> Progress:
    """A bar when ``stream`` (default stderr) is a terminal; else problems only, no line per document."""
    stream = stream or sys.stderr
    if stream.isatty():
        return BarProgress(stream)
    return LineProgress(lambda msg: print(msg, file=stream), documents=False)
