"""Bodies named in a list of bodies that ends in a class word ("县民政局、卫计局、教育局等单位",
"与某某城控、某某集团、某某建设等15家单位"): an item no source recognised is a body too, where
the list's other items are bodies. The list's shape is data (``org.listed_bodies`` of
``ontology/patterns/entities.toml``).
"""

from __future__ import annotations

import re
from functools import cache

from kg.nlp.entities.candidate import Candidate
from kg.nlp.entities.lexicon_data import lexicon
from kg.nlp.entities.shapes import _is_generic
from kg.nlp.words import Word
from kg.normalize import to_simplified

_ITEM = re.compile(r"^[\u4e00-\u9fff]{2,10}$")


@cache
def _business_words() -> frozenset[str]:
    """The business words that end a firm's short name ("食品", "科技"): alone, no firm."""
    pats = lexicon().patterns
    words = set(pats["org"]["brand_tails"]) | set(pats["person"]["firm_tails"])
    return frozenset(words | set(pats["org"]["listed_firms"]["tails"]))


@cache
def _closing() -> re.Pattern[str]:
    return re.compile(lexicon().patterns["org"]["listed_bodies"]["closing"])


def listed_bodies(text: str, candidates: list[Candidate], words: list[Word] | None = None) -> list[Candidate]:
    """``candidates`` with the unrecognised items of lists of bodies added as ORG candidates.

    A list is items joined by "、" that ends in the closing class word ("等单位", "等15家单位");
    at least ``min_bodies`` of its items are ORG candidates already and at least ``min_items``
    items make it. Its first item starts after a conjunction ("与|某某城控"). An item is added
    only where it ends in an organisation's head word; items that another type's candidate
    covers (a person, a place) stay as they are. In a list closed by a class word of firms
    (``firm_classes``: "等10家企业") an item needs no head word, and its first item starts after
    the last verb, particle or preposition of ``words`` in it ("考察了|某某汽车").

    >>> t = "县民政局、卫计局、教育局、科技局等单位负责同志汇报"
    >>> named = ("县民政局", "卫计局", "科技局")
    >>> cs = [Candidate(t.index(n), t.index(n) + len(n), "ORG", "statistical", 0.6) for n in named]
    >>> [t[c.start:c.end] for c in listed_bodies(t, cs)][3:]
    ['教育局']
    """
    conf = lexicon().patterns["org"]["listed_bodies"]
    generic = frozenset(lexicon().patterns["org"]["generic"]) - frozenset(conf["not_generic"])
    conjunctions = tuple(conf["conjunctions"])
    suffixes = lexicon().org_suffixes
    firm_classes = tuple(conf["firm_classes"])
    orgs = {(c.start, c.end) for c in candidates if c.label == "ORG"}
    others = [(c.start, c.end, c.label) for c in candidates if c.label != "ORG"]
    added = []
    for m in _closing().finditer(text):
        lo = max((text.rfind(ch, 0, m.start()) for ch in conf["clause_marks"]), default=-1) + 1
        items, pos = [], lo
        for piece in text[lo : m.start()].split("、"):
            items.append((pos, pos + len(piece)))
            pos += len(piece) + 1
        firms = m.group(0).endswith(firm_classes)  # "等10家企业": items are firms by short names
        if len(items) < conf["firm_min_items" if firms else "min_items"]:
            continue
        a, b = items[0]
        cut = max((text.rfind(c, a, b) + len(c) for c in conjunctions if text.rfind(c, a, b) >= 0), default=a)
        items[0] = (cut, b)
        a, b = items[0]
        if (
            words is not None
            and (a, b) not in orgs
            and (firms and not text[a:b].endswith(suffixes) or _holds_body(a, b, orgs))
        ):
            items[0] = (_after_verbs(words, a, b), b)  # "考察了|某某汽车、…", "邀请|某某常委会、…"
        if sum(item in orgs for item in items) < conf["firm_min_bodies" if firms else "min_bodies"]:
            continue
        for a, b in items:
            name = text[a:b]
            if (a, b) in orgs or not _ITEM.match(name) or any(_hides(a, b, o, firms) for o in others):
                continue
            if firms and to_simplified(name) in _business_words():
                continue  # "考察了开创|食品": a business word alone is the cut end of a firm's name
            if firms and to_simplified(name).endswith(lexicon().titles):
                continue  # "某区政协副主席、…": a post, not a firm
            if firms and not name.endswith(suffixes) and name not in generic:
                added.append(Candidate(a, b, "ORG", "head_words", 0.6, {"head": "listed"}))
                continue  # "某某汽车、某某家居": a firm's short name
            if not name.endswith(suffixes) or _is_generic(name, name[-1:], generic):
                continue  # "施工、监理等单位": roles of a works, no bodies
            added.append(Candidate(a, b, "ORG", "head_words", 0.6, {"head": "listed"}))
    return candidates + added


def _hides(a: int, b: int, other: tuple[int, int, str], firms: bool) -> bool:
    """Whether another type's candidate ``other`` keeps item ``a:b`` from being a body: any
    overlap does, but in a list of firms a place that opens the item is the firm's own ("某地上机"), and
    so is a person read inside an item that goes on past it ("某某某|模塑")."""
    s, e, label = other
    if not (s < b and a < e):
        return False
    if firms and label == "PERSON" and a <= s and e < b:
        return False  # "某某某|模塑、": the tagger read the brand of a firm's short name as a person
    return not (firms and label == "PLACE" and s == a and e < b)


def _holds_body(a: int, b: int, orgs: set[tuple[int, int]]) -> bool:
    """Whether an ORG candidate ends item ``a:b`` and starts inside it ("邀请|某某常委会")."""
    return any(a < s and e == b for s, e in orgs)


_NOT_NAME_TAGS = ("v", "vd", "u", "p", "d", "ad", "c", "r", "f", "m", "q", "w")


def _after_verbs(words: list[Word], a: int, b: int) -> int:
    """The start of the first list item ``a:b`` past the verbs and particles that open its
    clause ("考察拜访了|某某汽车", "吸引|某某"): the end of the last such word inside it."""
    start = a
    for w in words:
        if w.start >= b:
            break
        if w.start >= a and w.end < b and w.tag in _NOT_NAME_TAGS:
            start = w.end
    return start
