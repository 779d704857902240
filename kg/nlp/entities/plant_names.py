"""A plant named by its place, by the verb that builds it or by the utility it runs is a facility,
no body: "某埔厂从选址到今日上梁", "某某食品某埔厂上梁典礼" (a firm's plant at a township),
"选在某埔设厂" (the tagger's one word for "build a plant at"), "兴建某复二厂", "某某沼气发电厂并网发电",
"北区热源厂改扩建项目" (session 30, s30-org: real-pages-38 p12 udn.com, -30 r11 atanews.net, -37 a05
gsxf.gov.cn, -35 w09 hntv520.com: 6 false organisations on 4 pages of 4 sites; the golds type such
names PROJECT or PLACE, or name nothing).

A firm that is a factory keeps its name: the part before 厂 ends in what it makes or in its rank
("某某冶炼厂", "某某水泥制品厂", "某某纸箱厂", "某某集团山东总厂"), never in a place name alone. A plant
right before a title ("某某厂厂长某某") is the title's body and stays an organisation. The words are
``[org.plant_names]`` of ``ontology/patterns/entities.toml``.
"""

from __future__ import annotations

from functools import cache

from kg.nlp.entities.lexicon_data import lexicon
from kg.nlp.gazetteer import load_gazetteer
from kg.normalize import to_simplified


@cache
def _data() -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    p = lexicon().patterns["org"]["plant_names"]
    return (
        tuple(p["heads"]),
        tuple(sorted(p["ranks"], key=len, reverse=True)),
        tuple(p["building_verbs"]),
        tuple(p["utility_stems"]),
        tuple(p["place_levels"]),
    )


def _place_end(stem: str) -> bool:
    """Whether ``stem`` ends in a place's name (two to four characters), written whole ("某某市")
    or as a division's name without its level word ("某埔" of 某埔乡, "株洲" of 株洲市)."""
    gaz = load_gazetteer()
    levels = _data()[4]
    for k in range(2, min(4, len(stem)) + 1):
        tail = stem[-k:]
        if gaz.lookup(tail) or any(gaz.lookup(tail + lv) for lv in levels if not tail.endswith(lv)):
            return True
    return False


def plant_not_body(text: str, end: int, name: str) -> bool:
    """Whether the organisation ``name`` (its span ending at ``end`` in ``text``) is a plant
    named by its place, its building verb or its utility, no body.

    >>> [plant_not_body("", 0, n) for n in ("中埔厂", "某某食品中埔厂", "中埔设厂", "某某沼气发电厂")]
    [True, True, True, True]
    >>> [plant_not_body("", 0, n) for n in ("株洲冶炼厂", "某某纸箱厂", "某某集团山东总厂", "某某光复二厂")]
    [False, False, False, True]
    >>> plant_not_body("中埔厂厂长某某表示", 3, "中埔厂")
    False
    """
    heads, ranks, verbs, utilities, _ = _data()
    simple = to_simplified(name)
    head = next((h for h in heads if simple.endswith(h)), None)
    if head is None:
        return False
    if to_simplified(text[end : end + 4]).startswith(lexicon().titles):
        return False  # "某某厂|厂长某某": the title's body
    stem = simple[: -len(head)]
    stem = next((stem[: -len(r)] for r in ranks if stem.endswith(r) and len(stem) > len(r)), stem)
    if len(stem) < 2:
        return False
    return stem.endswith(verbs) or stem.endswith(utilities) or _place_end(stem)
