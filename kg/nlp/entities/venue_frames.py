"""The building an event is held in: "发布会在某某县委大楼举行", "推介会在某某世博中心召开",
"于某某会展举行", "在某某大厦举行", "在政府总部出席".

GUIDE.md counts named sites as places, and every tuning gold types the venue of such a frame
PLACE (27 frames on 24 pages of the general sets, 2 of them optional; session 29, s29-place).
:mod:`kg.nlp.entities.venue_sites` reads hotels so where the tagger already gave a candidate
after the preposition; a centre's, a tower's or a hall's name (中心, 大楼, 大厦, 会展, 馆, 总部)
is a body's elsewhere, and the tagger often glues the preposition to the name ("于湾|仔|会展",
"日于|某某大楼…会议厅/ORG", "肇庆市日前假洲际酒店/ORG") or leaves the name in common words
("区|科技|金融大厦"). The frame decides here: right after a word of ``before``, a name of 2 or
more characters ending in a head of ``heads``, then a room in it (``place.venues.rooms``) and a
verb of ``verbs`` that opens no ceremony's word (``not_after_verb``: "在某某中心开幕礼暨…" names
the event, not its venue). The name becomes one PLACE: a candidate of that span is relabelled, else one
is added; candidates (not persons) that cross its edges (the glued preposition, the room) go.
Names that open with a province ("在某省某县县行政中心举行": the chain of divisions is read as
before), with a pronoun or a scope word ("该中心", "全市…") and a single common word
("在|会议中心/n|召开") or a kind of building (``generic``: "会议|中心"), alone or after a level word
("县会议中心"), are left alone. The word
lists are ``place.venue_frames`` of ``ontology/patterns/entities.toml``.
"""

from __future__ import annotations

import re
from functools import cache

from kg.nlp.entities.candidate import Candidate
from kg.nlp.entities.lexicon_data import lexicon
from kg.nlp.words import Word
from kg.normalize import simplified_aligned

_province = re.compile(r"[\u4e00-\u9fff]{2,3}(?:省|自治区)")
_lent = re.compile(r"(?:上午|下午|中午|晚上|今天|今日|当天|当日|日前|近日|昨天|昨日)假")


@cache
def _frame() -> tuple[re.Pattern[str], tuple[str, ...], tuple[str, ...], frozenset[str], frozenset[str]]:
    p = lexicon().patterns["place"]
    v, f = p["venues"], p["venue_frames"]
    heads = "|".join(sorted(f["heads"], key=len, reverse=True))
    before = "".join(f["before"])
    inner = "".join(c for c in f["before"] if c != "假")  # (not "渡假饭店")
    name = f"[^{inner}的\\W\\d_a-zA-Z]{{2,{f['max_name']}}}?(?:{heads})"
    frame = re.compile(f"[{before}](?P<name>{name})(?P<rest>{v['rooms']}(?:{f['verbs']}))(?![{f['not_after_verb']}])")
    levels = tuple(lexicon().patterns["org"]["level_prefixes"])
    # "县会议中心": a level word before a kind of building is no named site either (as
    # ``place.named_sites`` reads it: no name of min_name characters before the head)
    generic = frozenset(f["generic"]) | {lv + g for lv in levels for g in f["generic"]}
    return frame, tuple(f["not_before"]), tuple(f["not_openers"]), frozenset(f["common_tags"]), generic


def framed_venues(text: str, words: list[Word], candidates: list[Candidate]) -> list[Candidate]:
    """``candidates`` with the venue of each "在|某某大楼|举行" frame one PLACE.

    >>> t = "发布会在某某县委大楼举行。"
    >>> cs = [Candidate(4, 8, "ORG", "statistical", 0.6)]
    >>> [(t[c.start:c.end], c.label) for c in framed_venues(t, [], cs)]
    [('某某县委', 'ORG'), ('某某县委大楼', 'PLACE')]
    >>> t = "展览一连四日于甲乙会展举行。"
    >>> cs = [Candidate(6, 8, "PLACE", "statistical", 0.6)]
    >>> [(t[c.start:c.end], c.label) for c in framed_venues(t, [], cs)]
    [('甲乙会展', 'PLACE')]
    >>> [(t[c.start:c.end], c.label) for c in framed_venues("会议在该中心召开。", [], [])]
    []
    """
    frame, not_before, not_openers, common_tags, generic = _frame()
    simple = simplified_aligned(text)
    spans: list[tuple[int, int, int]] = []  # (name start, name end, frame end)
    for m in frame.finditer(simple):
        start, end = m.span("name")
        lent = _lent.match(simple, start, end)
        if lent is not None:
            start = lent.end()  # "於|下午假|某某度假村酒店举行": the time and 假 (lent) before the venue
        if simple.endswith(not_before, 0, start):
            continue  # "由于|…", "对于|…": the character is part of a word of its own
        if simple.startswith(not_openers, start):
            continue  # "在该中心", "在全市…馆": no name
        if _province.match(simple, start, end):
            continue  # "在某省某县县行政中心举行": a chain of divisions before the building, left as it was
        one = [w for w in words if w.start == start and w.end == end]
        if (one and one[0].tag in common_tags) or simple[start:end] in generic:
            continue  # "在|会议中心/n|召开": a common word, no one site
        spans.append((start, end, m.end("rest")))
    if not spans:
        return candidates
    out: list[Candidate] = []
    exact: set[tuple[int, int]] = set()
    for c in candidates:
        hit = next(((s, e, f) for s, e, f in spans if c.start < f and c.end > s), None)
        if hit is None or c.label == "PERSON":
            out.append(c)
        elif (c.start, c.end) == hit[:2] and c.label in ("ORG", "PLACE"):
            exact.add(hit[:2])
            out.append(Candidate(c.start, c.end, "PLACE", c.source, c.score, {**c.attrs, "venue": True}))
        elif hit[0] <= c.start and c.end <= hit[1]:
            out.append(c)  # "屯昌县|委大楼": a place or body inside the venue's name stays a candidate
        # else: "于湾/LOC", "某某大楼国际会议厅/ORG", "某某体育馆会议/MEETING": read across the
        # venue's edges, dropped
    for s, e, _ in spans:
        if (s, e) not in exact:
            out.append(Candidate(s, e, "PLACE", "head_words", 0.8, {"venue": True}))
    return out
