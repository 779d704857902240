"""A place of two characters that only the tagger reads, once on the page, and that no list of
places knows (the gazetteer, the countries and world regions) is no place: the tagger's slips
("前往|深合|区", "这对于|田县", "引得|凤来|栖", "抢抓射|阳港", "灵山|秀水") outnumber the small sites it
finds so (session 30, s30-place). Kept where the text shows a place: a word of an area after it
("闽东|地区", "某河|流域"), an item of a list ("东平、|石屯|等5个乡镇"), or the name's own shape
(:func:`_shown`: "洱海", "皖北", "某某街道|胡村")."""

from __future__ import annotations

from kg.nlp.entities.candidate import Candidate
from kg.nlp.entities.lexicon_data import country_names, lexicon
from kg.nlp.gazetteer import load_gazetteer
from kg.normalize import to_simplified


def without_lone_tagger_places(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """``candidates`` without the tagger's lone two-character places (see the module).

    >>> t = "一同前往深合区调研考察"
    >>> [t[c.start : c.end] for c in without_lone_tagger_places(t, [Candidate(4, 6, "PLACE", "statistical", 0.6)])]
    []
    >>> t = "产品远销日本"
    >>> [t[c.start : c.end] for c in without_lone_tagger_places(t, [Candidate(4, 6, "PLACE", "statistical", 0.6)])]
    ['日本']
    """
    conf = lexicon().patterns["place"]["lone_tagger_places"]
    others = {(c.start, c.end) for c in candidates if c.label == "PLACE" and c.source != "statistical"}
    gaz = load_gazetteer()
    out = []
    for c in candidates:
        name = text[c.start : c.end]
        if (
            c.label == "PLACE"
            and c.source == "statistical"
            and c.length == 2
            and (c.start, c.end) not in others
            and text.count(name) == 1
            and not gaz.lookup(to_simplified(name))
            and to_simplified(name) not in country_names()
            and not to_simplified(text[c.end :]).startswith(tuple(conf["area_words"]))
            and not _shown(to_simplified(name), to_simplified(text[max(0, c.start - 2) : c.start]), conf)
            and text[c.end : c.end + 1] not in conf["list_marks"]
            and text[c.start - 1 : c.start] not in conf["list_marks"]
        ):
            continue
        out.append(c)
    return out


def _shown(name: str, before: str, conf: dict) -> bool:
    """Whether the name's own shape shows a place: a lake, river, hill, island or bay (its second
    character one of ``landform_heads``: "洱海", "某湾"), a part of a province by its one-character form
    and a direction ("皖北", "陕北", "宁东": ``place.joined_forms.forms``), or a village after its
    town or street (``after_heads``: "某某街道|胡村")."""
    forms = lexicon().patterns["place"]["joined_forms"]["forms"]
    return (
        name[1] in conf["landform_heads"]
        or (name[0] in forms and name[1] in conf["directions"])
        or before.endswith(tuple(conf["after_heads"]))
    )
