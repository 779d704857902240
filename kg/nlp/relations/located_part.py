"""``located_in`` of a place the text calls a part of a wider one (s26-loc): "玉林是某某经济区
"4+2"城市之一", "某地是某北的中心龙头城市", "作为某某大湾区中心城市之一，澳门…", "作为某市拥河发展的
重要板块，某区…", "作为某市主城区之一的某区".

The copula or 作为 frame names the wider place, and the clause ends in a word for a member
place (``located_in.part_of_place``: 城市, 板块, 组成部分…): the place it speaks of lies in
the wider one. Both ends must be places; where both are divisions the gazetteer must hold
the first in the second (a city is no "part" of a province it is not in).
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.nlp.relations.places import is_park, within
from kg.nlp.relations.table import fact, rule
from kg.nlp.relations.view import ArticleView, RawRelation, triggers


@lru_cache(maxsize=1)
def _member_clause() -> re.Pattern[str]:
    """What may follow the wider place to the end of its clause: a few words, then a word
    for a member place ("的中心龙头城市", ""4+2"城市之一", "拥河发展的重要板块")."""
    words = "|".join(map(re.escape, sorted(triggers()["located_in"]["part_of_place"], key=len, reverse=True)))
    # (a 、 may join two of its words: "作为某区工业、商业强镇"; s30-loc)
    return re.compile(rf"[^,;。，；:：!?！？]{{0,16}}?(?:{words})")


def _placed(view: ArticleView, i: int) -> bool:
    """A place for sure (a division, a name with a place head word, a park or a region)."""
    m = view.mentions[i]
    return m.label == "PLACE" and (view.is_place_name(i) or is_park(view, i) or bool(m.attrs.get("region")))


def _holds(view: ArticleView, outer: int, inner: int) -> bool:
    """``outer`` may hold ``inner``: two divisions only as the gazetteer nests them."""
    d_out, d_in = view.division(outer), view.division(inner)
    if view.text(outer) == view.text(inner):
        return False
    if d_out is None or d_in is None:
        return True
    return d_out.code != d_in.code and within(d_in, d_out)


def _place_at(view: ArticleView, k: int, pos: int, sure: bool = True) -> int | None:
    """The outermost place mention of sentence ``k`` that starts at ``pos``, if any (with
    ``sure=False`` also a bare name the tagger calls a place: "皖北")."""
    found = [
        j
        for j in view.by_sentence[k]
        if view.mentions[j].start == pos
        and view.mentions[j].label == "PLACE"
        and (_placed(view, j) or not sure and not view.mentions[j].attrs.get("nested"))
    ]
    return max(found, key=lambda j: view.mentions[j].end) if found else None


def _wider(view: ArticleView, k: int, pos: int) -> list[int]:
    """The places written back to back from ``pos`` on (the wider place of the frame: a
    division, a region or zone, or a bare name the tagger calls a place)."""
    out: list[int] = []
    while (j := _place_at(view, k, pos, sure=False)) is not None:
        out.append(j)
        pos = view.mentions[j].end
    return out


# The copula after the place, an adverb before it ("某县又是某市的经济强县"), or 作为 with the
# place its subject ("某镇作为某区工业、商业强镇"; s30-loc).
_COPULA = re.compile(r"(?:又|也|则|就|还|历来就|一直)?是|作[为爲]")


@rule("place_part_of")
def place_part_of(view: ArticleView) -> list[RawRelation]:
    """ "A是B…城市之一" and "作为B…板块，A" / "作为B…之一的A": A lies in B."""
    text = view.article.text
    clause = _member_clause()
    out = []
    for k, sent in enumerate(view.article.sentences):
        for i in view.of_type(k, "PLACE"):
            m = view.mentions[i]
            if m.attrs.get("nested") or not _placed(view, i):
                continue
            said = _COPULA.match(text, m.end)
            if said:  # "玉林是某某经济区"4+2"城市之一", "某县又是某市的经济强县", "某镇作为某区…强镇"
                chain = _wider(view, k, said.end())
                if not chain:
                    continue
                end = view.mentions[chain[-1]].end
                mm = clause.match(text, end, sent.end)
                if mm is None or (mm.end() < sent.end and text[mm.end()] not in ",;。，；"):
                    continue
                if _holds(view, chain[-1], i):
                    out.append(fact("located_in", i, chain[-1], None, k, "place_part_of"))
            elif text[m.start - 2 : m.start] in ("作为", "作爲"):  # "作为某市…板块，某区"
                chain = _wider(view, k, m.start)
                if not chain:
                    continue
                end = view.mentions[chain[-1]].end
                mm = clause.match(text, end, sent.end)
                if mm is None:
                    continue
                after = mm.end()
                if text.startswith("的", after):
                    after += 1
                elif text[after : after + 1] in ",，":
                    after += 1
                    while text[after : after + 1] in " \u3000":
                        after += 1
                else:
                    continue
                a = _place_at(view, k, after)
                if a is not None and _holds(view, chain[-1], a):
                    out.append(fact("located_in", a, chain[-1], None, k, "place_part_of"))
    return out
