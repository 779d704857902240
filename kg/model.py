"""The records every stage passes on: mentions, entities, relations and their evidence.

These are plain dataclasses so that they pickle across processes, compare by value and
turn into the JSON lines of ``entities.jsonl`` / ``relations.jsonl`` without a schema
library. The JSON shape is the contract in ``../shared/gold/score.py``.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

#: Entity types that the graph exposes (and the gold scores).
ENTITY_TYPES: tuple[str, ...] = ("PERSON", "ORG", "PLACE", "PROJECT", "MEETING")
#: Relation types, named as in the gold annotation guide and the ontology.
RELATION_TYPES: tuple[str, ...] = (
    "located_in",
    "chaired",
    "attended",
    "invested_amount",
    "invests_in",
    "holds_position",
    "works_for",
)
#: Relations whose object is a value (a dict in ``Relation.value``), not an entity.
VALUE_RELATIONS: frozenset[str] = frozenset({"invested_amount", "holds_position"})


@dataclass(frozen=True, order=True)
class Mention:
    """One occurrence of an entity: character offsets into the *original* document text."""

    doc: str
    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        # Spelled out: dataclasses.asdict deep-copies field by field, and there are millions.
        return {"doc": self.doc, "start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True)
class Evidence:
    """Where a fact was read: the sentence (original text) and its offsets in the document."""

    doc: str
    text: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"doc": self.doc, "text": self.text, "start": self.start, "end": self.end}


@dataclass
class Entity:
    """One real-world thing after resolution.

    ``attributes`` holds type-specific data: ``admin_code``/``admin_level`` for places from
    the gazetteer, ``date``/``place`` for meetings, ``kind`` (government, company, zone);
    and what resolution decided: ``resolution`` (why the mentions are one entity: records
    ``rule``, ``shared`` or ``names``, ``docs``, ``n_docs``) and ``possible_same`` (entities
    it may be but was kept apart from for lack of evidence: ``id``, ``reason``), see
    :mod:`kg.resolve`.
    """

    id: str
    type: str
    label: str
    aliases: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    attributes: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "type": self.type,
            "label": self.label,
            "aliases": list(self.aliases),
            "mentions": [m.to_dict() for m in self.mentions],
            "attributes": dict(self.attributes),
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Entity:
        return cls(
            id=d["id"],
            type=d["type"],
            label=d["label"],
            aliases=list(d.get("aliases") or []),
            mentions=[Mention(**m) for m in d.get("mentions") or []],
            attributes=dict(d.get("attributes") or {}),
        )


@dataclass
class Relation:
    """A fact: ``head`` -[type]-> ``tail`` (an entity id) or ``value`` (a dict).

    ``confidence`` is the extractor's estimate that the fact is stated by the evidence
    (see README, "Confidence"); ``rule`` names the pattern or component that found it;
    ``inferred`` marks facts derived from other facts rather than read in the text.
    """

    id: str
    type: str
    head: str
    tail: str | None = None
    value: dict[str, Any] | None = None
    evidence: list[Evidence] = field(default_factory=list)
    confidence: float = 1.0
    rule: str = ""
    inferred: bool = False

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"id": self.id, "type": self.type, "head": self.head}
        if self.tail is not None:
            d["tail"] = self.tail
        if self.value is not None:
            d["value"] = dict(self.value)
        d["evidence"] = [e.to_dict() for e in self.evidence]
        d["confidence"] = round(self.confidence, 3)
        d["rule"] = self.rule
        d["inferred"] = self.inferred
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Relation:
        return cls(
            id=d["id"],
            type=d["type"],
            head=d["head"],
            tail=d.get("tail"),
            value=d.get("value"),
            evidence=[Evidence(**e) for e in d.get("evidence") or []],
            confidence=float(d.get("confidence", 1.0)),
            rule=d.get("rule", ""),
            inferred=bool(d.get("inferred", False)),
        )


@dataclass
class DocumentInfo:
    """A source document as the graph records it (one node per document in RDF)."""

    id: str
    path: str = ""
    title: str = ""
    sha256: str = ""
    chars: int = 0
    date: str | None = None
    url: str | None = None
    source: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {k: v for k, v in asdict(self).items() if v not in (None, "")}
