"""The user's say: a file of decisions, and the possible-same pairs written out for review.

A decisions file is CSV with a header; the columns ``decision``, ``a`` and ``b`` are read,
any other column is ignored (so the review file that :func:`write_review_csv` writes, with
its ``decision`` column filled in, is a decisions file). ``decision`` is ``same`` or
``different`` (an empty cell is no decision); ``a`` and ``b`` each hold one or more
references, separated by ``;`` (a cluster):

* ``张强@a.txt``: the mentions of 张强 in document ``a.txt``;
* ``张强@大同市``: the mentions of 张强 in documents about 大同市 (their city);
* ``张强``: every mention of 张强; ``PERSON:张强@a.txt`` restricts to a type;
* ``a.txt:120-122``: the mention at those offsets of ``a.txt`` (a mention id, as in
  ``entities.jsonl``).

References name documents and names, never entity ids, so a decision holds in every
rebuild. ``different`` wins over ``same``: a ``same`` that would join units declared
different is left out with a warning.

>>> rows = parse_decisions(["decision,a,b", "same,市长张强@a.txt,张强@b.txt", ",x,y"], "d.csv")
>>> rows
[Decision(kind='same', a=['市长张强@a.txt'], b=['张强@b.txt'], where='d.csv:2')]
"""

from __future__ import annotations

import csv
import logging
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from kg.model import Entity
from kg.resolve.keys import clean

log = logging.getLogger("kg.resolve")
_MENTION_ID = re.compile(r"^(?P<doc>.+):(?P<start>\d+)-(?P<end>\d+)$")
REVIEW_COLUMNS = ("decision", "a", "b", "type", "label_a", "label_b", "id_a", "id_b", "reason")


@dataclass
class Decision:
    kind: str  # "same" | "different"
    a: list[str]
    b: list[str]
    where: str  # file:line


def parse_decisions(lines: Iterable[str], source: str) -> list[Decision]:
    """The decisions of a CSV text (``source`` names it in errors); ``#`` lines are comments."""
    rows = [line for line in lines if not line.lstrip().startswith("#")]
    reader = csv.reader(rows)
    header = next(reader, None)
    if header is None:
        return []
    names = [h.strip().lower() for h in header]
    missing = [c for c in ("decision", "a", "b") if c not in names]
    if missing:
        raise ValueError(f"{source}: the header lacks the column(s) {', '.join(missing)} (need decision,a,b)")
    col = {c: names.index(c) for c in ("decision", "a", "b")}
    out = []
    for n, row in enumerate(reader, 2):
        if not any(cell.strip() for cell in row):
            continue
        cells = [row[col[c]].strip() if col[c] < len(row) else "" for c in ("decision", "a", "b")]
        kind = cells[0].lower()
        if not kind:
            continue
        if kind not in ("same", "different"):
            raise ValueError(f"{source}:{n}: decision {cells[0]!r} is neither 'same' nor 'different'")
        a, b = ([r.strip() for r in c.split(";") if r.strip()] for c in cells[1:])
        if not a or not b:
            raise ValueError(f"{source}:{n}: a decision needs references in both columns a and b")
        out.append(Decision(kind, a, b, f"{source}:{n}"))
    return out


def load_decisions(path: str | Path) -> list[Decision]:
    """Read a decisions file (see the module docstring); errors name the file and line."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise ValueError(f"{path}: cannot read the decisions file ({exc})") from exc
    return parse_decisions(text.splitlines(), str(path))


def _fold(name: str) -> str:
    from kg.normalize import to_simplified

    return clean(to_simplified(unicodedata.normalize("NFKC", name)))


class UnitIndex:
    """Find the units a reference names: by mention id, by name (+ type) in a document or city."""

    def __init__(self) -> None:
        self.by_name: dict[str, list[tuple[str, tuple[str, str], str, str]]] = defaultdict(list)
        self.by_span: dict[tuple[str, int, int], tuple[str, str]] = {}

    def add(self, unit_id: tuple[str, str], kind: str, names: Iterable[str], city: str | None) -> None:
        for name in set(names):
            self.by_name[name].append((kind, unit_id, unit_id[0], city or ""))

    def add_span(self, doc: str, start: int, end: int, unit_id: tuple[str, str]) -> None:
        self.by_span[(doc, start, end)] = unit_id

    def match(self, ref: str) -> set[tuple[str, str]]:
        m = _MENTION_ID.match(ref)
        if m and (m["doc"], int(m["start"]), int(m["end"])) in self.by_span:
            return {self.by_span[(m["doc"], int(m["start"]), int(m["end"]))]}
        kind = ""
        if re.match(r"^[A-Z]+:", ref):
            kind, ref = ref.split(":", 1)
        name, _, scope = ref.partition("@")
        name = _fold(name)
        found = set()
        for k, unit_id, doc, city in self.by_name.get(name, ()):
            if kind and k != kind:
                continue
            if scope and scope not in (doc, city):
                continue
            found.add(unit_id)
        return found


def apply_decisions(
    decisions: Sequence[Decision], index: UnitIndex
) -> tuple[dict[tuple[str, str], set[tuple[str, str]]], list[tuple[set[tuple[str, str]], str]]]:
    """``cannot`` (unit -> units it must not join) and the ``same`` clusters with their source."""
    cannot: dict[tuple[str, str], set[tuple[str, str]]] = defaultdict(set)
    same: list[tuple[set[tuple[str, str]], str]] = []
    for d in decisions:
        a = set().union(*(index.match(r) for r in d.a))
        b = set().union(*(index.match(r) for r in d.b))
        if not a or not b:
            refs = d.a if not a else d.b
            log.warning("%s: no mention matches %s; decision left out", d.where, "; ".join(refs))
            continue
        if d.kind == "different":
            for x in a:
                for y in b:
                    if x != y:
                        cannot[x].add(y)
                        cannot[y].add(x)
        else:
            same.append((a | b, d.where))
    return cannot, same


def review_pairs(entities: Iterable[Entity]) -> list[dict[str, str]]:
    """The possible-same pairs of a graph's entities, one row each, ready for a decision.

    >>> from kg.model import Entity, Mention
    >>> link = lambda other: {"possible_same": [{"id": other, "reason": "r"}]}
    >>> a = Entity("p1", "PERSON", "张强", [], [Mention("a.txt", 0, 2, "张强")], link("p2"))
    >>> b = Entity("p2", "PERSON", "张强", [], [Mention("b.txt", 5, 7, "张强")], link("p1"))
    >>> [(r["a"], r["b"]) for r in review_pairs([a, b])]
    [('PERSON:张强@a.txt', 'PERSON:张强@b.txt')]
    """
    by_id = {e.id: e for e in entities}
    rows = []
    for e in sorted(by_id.values(), key=lambda e: e.id):
        for link in e.attributes.get("possible_same") or []:
            other = by_id.get(link["id"])
            if other is None or other.id < e.id:
                continue
            rows.append(
                {
                    "decision": "",
                    "a": _reference(e),
                    "b": _reference(other),
                    "type": e.type,
                    "label_a": e.label,
                    "label_b": other.label,
                    "id_a": e.id,
                    "id_b": other.id,
                    "reason": link.get("reason", ""),
                }
            )
    return rows


def _reference(e: Entity) -> str:
    """A reference to an entity that survives a rebuild: its first mention's name in its document."""
    if not e.mentions:
        return e.label
    m = min(e.mentions)
    return f"{e.type}:{clean(m.text)}@{m.doc}"


def write_review_csv(source, path: str | Path) -> int:
    """Write the possible-same pairs to ``path`` (CSV, UTF-8 with BOM for spreadsheets); fill
    the ``decision`` column with ``same`` / ``different`` and pass the file to
    ``kg build --resolutions``. Returns the number of pairs.

    ``source``: a :class:`kg.KnowledgeGraph`, a graph of :mod:`kg.graph`, the output
    directory of ``kg build``, or entities.
    """
    import networkx as nx

    from kg.graph import from_graph

    if isinstance(source, (str, Path)):
        from kg.export.jsonl import read_jsonl

        source = read_jsonl(Path(source))
    if hasattr(source, "to_networkx"):
        source = source.to_networkx()
    if isinstance(source, nx.MultiDiGraph):
        source = from_graph(source)[0]
    rows = review_pairs(source)
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.DictWriter(f, fieldnames=REVIEW_COLUMNS)
        w.writeheader()
        w.writerows(rows)
    return len(rows)
