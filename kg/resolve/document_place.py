"""Where a document is: the city it is about and the county or district it names most, which
bare bodies of its text ("县委", "区委") and its local names belong to."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from kg.nlp.gazetteer import load_gazetteer

if TYPE_CHECKING:  # kg.nlp.document loads spaCy: this needs only its record types
    from kg.nlp.document import DocumentResult


@dataclass
class DocumentPlace:
    """The city a document is about and the one county or district it names most.

    ``city`` is the paper's own city (我市) when the text shows it, else the city its place
    mentions name most (a county counts for its city); ``by_level`` maps a level character
    (``市``, ``县``, ``区``) to the division a bare "县委" or "区委" of the text belongs to.
    """

    city: str | None = None
    city_code: str | None = None
    by_level: dict[str, str] = field(default_factory=dict)


def _dominant(counts: Counter) -> str | None:
    """The most frequent item if it is strictly the most frequent.

    >>> _dominant(Counter({"a": 2, "b": 1})), _dominant(Counter({"a": 1, "b": 1}))
    ('a', None)
    """
    ranked = sorted(counts.items(), key=lambda x: (-x[1], x[0]))
    if not ranked or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


def document_place(doc: DocumentResult) -> DocumentPlace:
    """Where a document is: its city and its most-named county and district.

    >>> from kg.nlp.document import DocumentResult, MentionRecord
    >>> ms = [MentionRecord(0, 0, 3, "肥西县", "肥西县", "PLACE", "gazetteer", 1.0, {"admin_code": "340123"})]
    >>> p = document_place(DocumentResult("d.txt", ms, [], 1))
    >>> p.city, p.by_level["县"]
    ('合肥市', '肥西县')
    """
    gaz = load_gazetteer()
    cities: Counter = Counter()
    counties: dict[str, Counter] = defaultdict(Counter)
    for m in doc.mentions:
        code = m.attrs.get("admin_code") if m.label == "PLACE" else None
        d = gaz.divisions.get(code) if code else None
        if d is None:
            continue
        if d.level == "city":
            cities[d.name] += 1
        elif d.level == "county":
            counties[d.name[-1]][d.name] += 1
            parent = gaz.parent(d)
            if parent is not None and parent.level == "city":
                cities[parent.name] += 1
    city = doc.home_city or _dominant(cities)
    place = DocumentPlace(city=city)
    if city:
        found = [d for d in gaz.lookup(city) if d.name == city]
        place.city_code = found[0].code if found else None
        if city.endswith("市"):
            place.by_level["市"] = city
    for level, counts in counties.items():
        main = _dominant(counts)
        if main:
            place.by_level[level] = main
    return place
