"""``located_in`` of a trip's stops named in LATER sentences of its report: "X到某县调研考察项目。
市人大常委会副主任…陪同调研。调研组先后来到A、B和C等地…" -> A, B, C in 某县. The place the trip
goes to holds the stops its travellers reach in the sentences after it, until another place is
named (issue 14: '到X调研，先后到A、B'; ``trip_stops`` reads the trip's own sentence and the one
right after it).
"""

from __future__ import annotations

import re

from kg.layout import BYLINE, CAPTION, HEADING
from kg.nlp.gazetteer import Division
from kg.nlp.relations.name_divisions import foreign
from kg.nlp.relations.places import is_park, placeable
from kg.nlp.relations.table import fact, rule
from kg.nlp.relations.view import ArticleView, RawRelation, triggers, words_re

# How many sentences after the trip's own a stop sentence may come (the accompanying
# officials' sentence, a line of scenery: the report goes on; further on it tells other things).
_REACH = 4


def trip_place(view: ArticleView, k: int, t: int) -> re.Match[str] | None:
    """The trip's verb when PLACE mention ``t`` of sentence ``k`` is where a trip goes: "到某县
    调研", "前往扶贫联系点某镇开展项目调研" (a county or city of the gazetteer, a town, a park)."""
    conf = triggers()["located_in"]
    tm = view.mentions[t]
    d = view.division(t)
    text = view.article.text
    sent = view.article.sentences[k]
    town = d is None and len(view.text(t)) >= 3 and view.text(t).endswith(tuple(conf["towns"]))
    if (d is None and not town and not is_park(view, t)) or tm.attrs.get("nested"):
        return None
    before = text[max(sent.start, tm.start - 12) : tm.start]
    go = words_re(tuple(conf["trip_to"]))
    if not re.search(rf"(?:{go.pattern})了?(?:{conf['trip_to_lead']})$", before):
        return None
    lead = re.match(conf["trip_before_does"], text[tm.end : sent.end])
    return words_re(tuple(conf["trip_does"])).match(text, tm.end + (lead.end() if lead else 0))


@rule("trip_scope")
def trip_scope(view: ArticleView) -> list[RawRelation]:
    """The stops of a trip named in the sentences after the trip's (up to ``_REACH``), each
    opened by the travellers ("调研组先后来到A、B", "随后,调研组来到C项目现场"): in the place the
    trip goes to. The scope ends at a sentence that names another place before its stops or
    starts another trip (the next place holds what follows it)."""
    conf = triggers()["located_in"]
    stop = words_re(tuple(conf["trip_stop"]))
    opening = conf["trip_scope_opening"]
    text = view.article.text
    sents = view.article.sentences
    out = []
    for k, _sent in enumerate(sents):
        for t in view.of_type(k, "PLACE"):
            if trip_place(view, k, t) is None:
                continue
            d = view.division(t)
            name = view.text(t)
            for kk in range(k + 1, min(len(sents), k + 2 + _REACH)):
                nxt = sents[kk]
                if nxt.kind in (BYLINE, CAPTION, HEADING):
                    break
                if any(trip_place(view, kk, o) for o in view.of_type(kk, "PLACE")):
                    break  # another trip: its place holds what follows
                lead = re.match(opening, text[nxt.start : nxt.end])
                at = nxt.start + (lead.end() if lead else 0)
                g = stop.search(text, at, min(nxt.end, at + 16))
                end = g.start() if g else nxt.end
                # another place named before the stops (or anywhere in a sentence without
                # stops) ends the trip's scope
                if any(
                    view.mentions[o].start < end and not view.mentions[o].attrs.get("nested") and view.text(o) != name
                    for o in view.of_type(kk, "PLACE")
                ):
                    break
                if g is None or not travellers(view, kk, at, g.start()):
                    continue
                out.extend(_stops(view, kk, g.end(), t, d))
    return out


def _stops(view: ArticleView, kk: int, prev: int, t: int, d: Division | None) -> list[RawRelation]:
    """Facts placing in ``t`` the list of names right after ``prev`` (a few words may close an
    item before the next: "A公司、B项目建设现场和C")."""
    text = view.article.text
    items = sorted(
        (
            i
            for i in view.by_sentence[kk]
            if view.mentions[i].start >= prev and not view.mentions[i].attrs.get("nested")
        ),
        key=lambda i: view.mentions[i].start,
    )
    out = []
    for n, i in enumerate(items):
        m = view.mentions[i]
        if not re.fullmatch(r"了?" if n == 0 else r"[\u4e00-\u9fff]{0,6}[、和及,]", text[prev : m.start]):
            break
        prev = m.end
        if m.label == "PLACE" and view.division(i) is not None:
            break  # a division among the stops: the trip has moved on
        if (
            m.label in ("ORG", "PROJECT", "PLACE")
            and placeable(view, i, in_slot=True)
            and (d is None or not foreign(view, i, d))
        ):
            out.append(fact("located_in", i, t, None, kk, "trip_scope"))
    return out


def travellers(view: ArticleView, k: int, start: int, end: int) -> bool:
    """``text[start:end]`` holds only persons (and 一行, 、 等) or the trip's group: the subject
    of a stop sentence."""
    text = view.article.text
    rest = text[start:end]
    for p in sorted(view.of_type(k, "PERSON"), key=lambda i: -view.mentions[i].start):
        m = view.mentions[p]
        if start <= m.start and m.end <= end:
            rest = rest[: m.start - start] + rest[m.end - start :]
    groups = "|".join(map(re.escape, triggers()["located_in"]["trip_groups"]))
    if re.fullmatch(rf"(?:{groups})+", rest):
        return True
    return bool(rest != text[start:end]) and re.fullmatch(r"[、和及等一行]*(?:同志)?[、和及等一行]*", rest) is not None
