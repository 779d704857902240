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

_ITEM = re.compile(r"^[\u4e00-\u9fff]{2,10}$")


@cache
def _closing() -> re.Pattern[str]:
    return re.compile(lexicon().patterns["org"]["listed_bodies"]["closing"])


def listed_bodies(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """``candidates`` with the unrecognised items of lists of bodies added as ORG candidates.

    A list is items joined by "、" that ends in the closing class word ("等单位", "等15家单位");
    at least ``min_bodies`` of its items are ORG candidates already and at least ``min_items``
    items make it. Its first item starts after a conjunction ("与|某某城控"). An item is added
    only where it ends in an organisation's head word; items that another type's candidate
    covers (a person, a place) stay as they are.

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
    orgs = {(c.start, c.end) for c in candidates if c.label == "ORG"}
    others = [(c.start, c.end) for c in candidates if c.label != "ORG"]
    added = []
    for m in _closing().finditer(text):
        lo = max((text.rfind(ch, 0, m.start()) for ch in conf["clause_marks"]), default=-1) + 1
        items, pos = [], lo
        for piece in text[lo : m.start()].split("、"):
            items.append((pos, pos + len(piece)))
            pos += len(piece) + 1
        if len(items) < conf["min_items"]:
            continue
        a, b = items[0]
        cut = max((text.rfind(c, a, b) + len(c) for c in conjunctions if text.rfind(c, a, b) >= 0), default=a)
        items[0] = (cut, b)
        if sum(item in orgs for item in items) < conf["min_bodies"]:
            continue
        for a, b in items:
            name = text[a:b]
            if (a, b) in orgs or not _ITEM.match(name) or any(s < b and a < e for s, e in others):
                continue
            if not name.endswith(suffixes) or _is_generic(name, name[-1:], generic):
                continue  # "施工、监理等单位": roles of a works, no bodies
            added.append(Candidate(a, b, "ORG", "head_words", 0.6, {"head": "listed"}))
    return candidates + added
