"""Gold pages to train on: the sets declared in ``ontology/training/sets.toml``, read as
texts with their document-level gold, and gold names found back in their text.

Gold (``../shared/gold/GUIDE.md``) names entities per document, without offsets; a model
that learns spans needs them, so :func:`find_mentions` finds every occurrence of a gold
name or alias, compared the way the scorer compares names (NFKC, traditional folded to
simplified, spaces and quotes ignored), and reports offsets into the original text.

>>> [(s, e) for s, e, _ in find_mentions("在張 強主持下，张强说", ["张强"])]
[(1, 4), (8, 10)]
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from kg.normalize import normalize
from kg.patterns import data_file
from kg.resources import ontology_path

#: What the scorer ignores inside a name (``../shared/gold/score.py``'s ``_STRIP``).
_IGNORED = re.compile(r"[\s\u3000\"'“”‘’「」『』《》〈〉·•]")

#: The sets no model may train on: they measure what kg does on pages nobody tuned on.
HELD_OUT = (
    "../shared/dev-real/check",
    "tests/fixtures/real-pages-3",
    "tests/fixtures/real-pages-4",
    "tests/fixtures/real-pages-8",
    "tests/fixtures/real-pages-9",
)


@dataclass(frozen=True)
class TrainingSet:
    """One gold set: where its texts and gold are, and which types its gold covers fully."""

    name: str
    texts: Path
    gold: Path
    entities: frozenset[str]
    relations: frozenset[str]
    written: bool


@dataclass(frozen=True)
class GoldPage:
    """One document of a set: its text and its gold entities and relations (score.py format)."""

    set: str
    doc: str
    text: str
    entities: tuple[dict, ...]
    relations: tuple[dict, ...]
    entity_types: frozenset[str]
    relation_types: frozenset[str]


def repository_root() -> Path:
    """The checkout that holds ``ontology/`` (paths in ``sets.toml`` are relative to it)."""
    return Path(__file__).resolve().parents[2]


def _resolve(root: Path, rel: str) -> Path:
    """A path of ``sets.toml`` resolved against ``root``; ``../shared/…`` against the
    ``KG_SHARED_DIR`` environment variable when it is set (a worktree beside no shared/)."""
    shared = os.environ.get("KG_SHARED_DIR")
    if shared and rel.startswith("../shared/"):
        return (Path(shared) / rel.removeprefix("../shared/")).resolve()
    return (root / rel).resolve()


def training_sets(
    path: Path | None = None, root: Path | None = None, include_unread: bool = False
) -> list[TrainingSet]:
    """The declared training sets, with paths resolved against ``root``.

    A set declared ``unread = true`` is a fresh measure kept unread for a while (its gold is
    new, nobody has read kg's errors on it): no model trains on it and no fold is made of it
    unless ``include_unread`` asks for it.

    >>> [s.name for s in training_sets()][:3]
    ['seeds', 'dev', 'dev2']
    """
    path = path or ontology_path("training", "sets.toml")
    root = root or repository_root()
    table = data_file(path)
    sets = []
    for entry in table.get("set", []):
        if entry.get("unread", False) and not include_unread:
            continue
        texts, gold = _resolve(root, entry["texts"]), _resolve(root, entry["gold"])
        for held in HELD_OUT:
            if _resolve(root, held) in (texts, gold, texts.parent, gold.parent):
                raise ValueError(f"{path}: set {entry['name']!r} is held out ({held}); no model trains on it")
        sets.append(
            TrainingSet(
                name=entry["name"],
                texts=texts,
                gold=gold,
                entities=frozenset(entry.get("entities", ())),
                relations=frozenset(entry.get("relations", ())),
                written=bool(entry.get("written", False)),
            )
        )
    return sets


def read_pages(sets: Iterable[TrainingSet]) -> Iterator[GoldPage]:
    """Every document of ``sets`` with its gold, in set order then file-name order.

    A set whose directory is missing (``../shared`` not beside the clone) is an error that
    names the directory.
    """
    for s in sets:
        if not s.gold.is_dir() or not s.texts.is_dir():
            raise FileNotFoundError(f"training set {s.name!r}: {s.gold if not s.gold.is_dir() else s.texts} is missing")
        for gold_file in sorted(s.gold.glob("*.json")):
            gold = json.loads(gold_file.read_text(encoding="utf-8"))
            text_file = s.texts / gold["doc"]
            if not text_file.is_file():
                raise FileNotFoundError(f"{gold_file}: its document {text_file} is missing")
            yield GoldPage(
                set=s.name,
                doc=gold["doc"],
                text=text_file.read_text(encoding="utf-8"),
                entities=tuple(gold.get("entities", ())),
                relations=tuple(gold.get("relations", ())),
                entity_types=s.entities,
                relation_types=s.relations,
            )


def entity_types(entity: dict) -> tuple[str, ...]:
    """A gold entity's types (gold gives one type or a list of them)."""
    kind = entity["type"]
    return tuple(kind) if isinstance(kind, list) else (kind,)


def _comparable(text: str) -> tuple[str, list[int]]:
    """``text`` folded as the scorer folds names, with each character's original offset."""
    folded, origin = normalize(text)
    kept = [(ch, at) for ch, at in zip(folded, origin, strict=True) if not _IGNORED.match(ch)]
    return "".join(ch for ch, _ in kept), [at for _, at in kept]


def name_key(name: str) -> str:
    """A name as the scorer compares names: NFKC, simplified, spaces and quotes ignored.

    >>> name_key("「張 強」")
    '张强'
    """
    return _comparable(name)[0]


def find_mentions(text: str, names: Iterable[str]) -> list[tuple[int, int, str]]:
    """Non-overlapping occurrences of ``names`` in ``text``, longest name first:
    ``(start, end, name)`` with offsets into ``text``.

    >>> find_mentions("大同市和大同", ["大同", "大同市"])
    [(0, 3, '大同市'), (4, 6, '大同')]
    """
    folded, origin = _comparable(text)
    taken = [False] * len(folded)
    found = []
    for name in sorted({n for n in names if n}, key=lambda n: (-len(name_key(n)), n)):
        key = name_key(name)
        if not key:
            continue
        for m in re.finditer(re.escape(key), folded):
            i, j = m.start(), m.end()
            if any(taken[i:j]):
                continue
            taken[i:j] = [True] * (j - i)
            found.append((origin[i], origin[j - 1] + 1, name))
    return sorted(found)
