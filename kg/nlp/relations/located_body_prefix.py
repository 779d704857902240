"""``located_in`` of a level's body named by its place in one mention with no nested place:
"广东省委", "延庆县委", "湖北宜昌市委", "横山镇委", "郊区委".

The tagger reads "广东/LOC 省委书记/n" or "延庆/LOC 县委书记/n": the body's mention is built
across the two words, so the gazetteer offers no full name at its start ("广东省" ends inside a
word) and the entity stage nests no place in it; a town's body ("横山镇委/ORG") has no division
to offer at all. Yet a full place-name prefix places a body (GUIDE.md, "located_in for bodies":
临汾市委 is scored). The place is read off the name: a division's full name (after a province's
short form, "湖北|宜昌市|委"; or under its level word before a reform, "延庆县" now 延庆区), or
a town's name of two characters or more before 镇/乡, then a level's body of
``located_in.cut_level_bodies`` that opens with the level character.
"""

from __future__ import annotations

from kg.nlp.entities.candidate import ALL_CJK
from kg.nlp.entities.lexicon_data import lexicon
from kg.nlp.gazetteer import Division, load_gazetteer
from kg.nlp.relations.table import fact
from kg.nlp.relations.view import ArticleView, RawRelation, triggers
from kg.normalize import simplified_aligned


def _body_after(name: str, cut: int) -> bool:
    """A level's body opens ``name`` at its level character ``name[cut - 1]``: "广东省|委" is
    "省委" after 广东省; not a department's own word ("某市|场监管局" is no body of 某市场)."""
    return name.startswith(tuple(triggers()["located_in"]["cut_level_bodies"]), cut - 1)


def _division_at(name: str, pos: int) -> tuple[int, Division] | None:
    """The longest division's full name the gazetteer lists at ``pos`` of ``name`` (two
    characters or more) that a level's body follows: its end and the division."""
    gaz = load_gazetteer()
    old = tuple(lexicon().patterns["place"]["old_level_heads"])
    for end in range(min(len(name) - 1, pos + 8), pos + 1, -1):
        word = name[pos:end]
        found = [d for d in gaz.lookup(word) if d.name == word]
        if not found and end - pos >= 3 and word.endswith(old):
            # "延庆县委": the county under its level word before a reform (now 延庆区)
            found = [d for d in gaz.lookup(word[:-1]) if d.level == "county" and d.name[:-1] == word[:-1]]
        if found and _body_after(name, end):
            return end, found[0]
    return None


def _province_short(name: str) -> int:
    """The length of a province's short form opening ``name`` ("湖北宜昌市委": 2), 0 for none."""
    gaz = load_gazetteer()
    for n in (3, 2):
        if any(d.level == "province" and d.name != name[:n] for d in gaz.lookup(name[:n])):
            return n
    return 0


def _town_at(name: str) -> int | None:
    """The end of a town's name opening ``name`` right before its body ("横山镇|委", "某某乡|
    政府"): two to four characters, none of them a level word, then 镇 or 乡."""
    place = lexicon().patterns["place"]
    low, high = place["opening_town_chars"]
    for head in ("镇", "乡"):
        for n in range(low, high + 1):
            end = n + len(head)
            if not name.startswith(head, n) or not _body_after(name, end):
                continue
            if all(ALL_CJK.match(ch) for ch in name[:n]) and not name.startswith(tuple(place["admin_heads"])):
                return end
    return None


def opening_body_place(view: ArticleView, i: int) -> tuple[int, int, Division | None] | None:
    """The place that opens the name of the body ``i`` (an ORG with no nested place): ``(start,
    end, division)`` in the text, the division ``None`` for a town; ``None`` when the name opens
    with no place before a level's body."""
    m = view.mentions[i]
    if m.label != "ORG" or m.attrs.get("place_prefix") is not None:
        return None
    name = simplified_aligned(view.text(i))
    for pos in dict.fromkeys((0, _province_short(name))):  # (once when no province opens the name)
        found = _division_at(name, pos)
        if found is not None:
            return m.start + pos, m.start + found[0], found[1]
    town = _town_at(name)
    return (m.start, m.start + town, None) if town is not None else None


def opening_body_facts(view: ArticleView, k: int, i: int, source: str) -> list[RawRelation]:
    """``located_in`` of the body ``i`` in the place that opens its name
    (:func:`opening_body_place`), written by rule ``source``; empty for any other mention."""
    found = opening_body_place(view, i)
    if found is None:
        return []
    return [fact("located_in", i, view.add_place(*found, source), None, k, source)]
