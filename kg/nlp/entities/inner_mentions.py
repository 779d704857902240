"""Inner mentions: bodies, places, events and projects named inside an event's or a name's span."""

from __future__ import annotations

import re

from kg.nlp.entities.candidate import SOURCE_RANK, Candidate
from kg.nlp.entities.lexicon_data import lexicon
from kg.nlp.entities.plausible import plausible
from kg.nlp.entities.run_on_bodies import bare_session_owner


def inside_event(
    text: str, event: Candidate, candidates: list[Candidate], nested: list[Candidate], chosen: list[Candidate]
) -> list[Candidate]:
    """Bodies, places and events named inside an event's name are mentions too: "市委统战部与中央民族大学
    合作共建活动" names two organisations, "…人才宣介杭州专场活动" a city, "第三届某某大会筹备工作
    座谈会" the congress it prepares, "某某项目开工仪式" the project it starts."""
    taken = [(n.start, n.end) for n in nested if event.start <= n.start < event.end]
    halves = {tuple(h) for h in event.attrs.get("halves", ())}  # "X暨Y": names of this event
    # "中国人民政治协商会议|某省第十三届委员会第四次会议": the body that sits, not an event
    session_of = re.compile(lexicon().patterns["meeting"]["session_of_inner"])
    # "某某集中开工仪式|某县分会场活动": the whole event a branch venue takes part in, not held here
    branch_of = re.compile(lexicon().patterns["meeting"]["sub_venue_of_inner"])
    # "某某项目|开工仪式": the project whose start or signing the ceremony marks
    marked = re.compile(lexicon().patterns["meeting"]["project_ceremony"])
    inner = [
        x
        for x in candidates
        if (
            x.label in ("ORG", "PLACE", "MEETING")
            or (x.label == "PROJECT" and x.source == "head_words" and marked.fullmatch(text, x.end, event.end))
        )
        and event.start <= x.start
        and x.end < event.end
        and (x.label in ("ORG", "MEETING", "PROJECT") or x.source == "gazetteer")
        # an event that the outer one is about, not the outer one's own head cut short ("…活动|周")
        and (x.label != "MEETING" or (x.source == "head_words" and event.end - x.end >= 3))
        and (x.label != "MEETING" or (x.start, x.end) not in halves)
        and (x.label != "MEETING" or not session_of.fullmatch(text, x.end, event.end))
        and (x.label != "MEETING" or not branch_of.fullmatch(text, x.end, event.end))
        and not bare_session_owner(text, x)  # "某县十七届|人大|六次会议": the session's owner
        and plausible(text, x)
    ]
    # A project the article names in full elsewhere is not cut short here ("…签约暨止|马岛…项目奠基仪式"
    # where the left edge stopped at a character of the name).
    named = {text[c.start : c.end] for c in chosen if c.label == "PROJECT"}
    inner = [
        x
        for x in inner
        if x.label != "PROJECT"
        or not any(n != text[x.start : x.end] and n.endswith(text[x.start : x.end]) for n in named)
    ]
    out = []
    events: list[tuple[int, int]] = []  # (an inner event holds bodies and places of its own)
    council = bool(event.attrs.get("council"))
    firms = tuple(lexicon().patterns["meeting"]["inner_firm_heads"])
    for x in sorted(inner, key=lambda x: (-x.length, -SOURCE_RANK[x.source], x.start)):
        spans = events if x.label == "MEETING" else taken
        prefix = next((n for n in nested if n.label == "PLACE" and n.start == x.start and n.end < x.end), None)
        # the place that opens the event's name and a firm's ("某县|某某有限公司|项目开工建设现场会"):
        # the firm's place too, as a prefix of a name outside events is (firms only: a body or an
        # event read there is the event's subject, "某市委|工作会议")
        firm = x.label == "ORG" and text[x.start : x.end].endswith(firms)
        opening = prefix if firm else None
        # (a project holds the places that open its name: "甘肃省某县|某某产业园项目|开工仪式", and so
        # does the council whose session it is: "某县|议会|第20届第2次定期会")
        inside = x.label == "PROJECT" or (x.label == "ORG" and council)
        held = (opening.start, opening.end) if opening is not None else None
        if any(x.start < e and s < x.end and (s, e) != held and not _holds(x, inside, s, e) for s, e in spans):
            continue
        spans.append((x.start, x.end))
        attrs = dict(x.attrs, nested=True)
        if inside and x.label == "ORG":  # the council is where its place says ("某县|议会")
            attrs["council"] = True  # ... and the body its 议长 heads (relations/kind_bodies.py)
        if prefix is not None and (firm or (inside and x.label == "ORG")):
            attrs["place_prefix"] = prefix
        out.append(Candidate(x.start, x.end, x.label, x.source, x.score, attrs))
    return out


def _holds(x: Candidate, inside: bool, s: int, e: int) -> bool:
    """Whether the inner mention ``x`` may hold the span ``s``-``e`` already taken inside the
    event: a project the places that open its name, a council its place (not its own span
    again: the tagger and the head words may both give the council)."""
    return inside and x.start <= s and e <= x.end and (x.label == "PROJECT" or (s, e) != (x.start, x.end))


def inside_brackets(text: str, c: Candidate, candidates: list[Candidate], nested: list[Candidate]) -> list[Candidate]:
    """Places named in a bracket inside a name are mentions too: "某某碳素(山西)有限公司",
    "某路(甲路-乙路)建设项目" (the tagger's places only where the gazetteer or a head word agrees)."""
    if "(" not in text[c.start : c.end] and "（" not in text[c.start : c.end]:
        return []
    out: list[Candidate] = []
    for m in re.finditer(r"[(（]([^()（）]+)[)）]", text[c.start : c.end]):
        lo, hi = c.start + m.start(1), c.start + m.end(1)
        inner = [
            x
            for x in candidates
            if x.label == "PLACE" and lo <= x.start and x.end <= hi and x.source != "statistical" and plausible(text, x)
        ]
        for x in sorted(inner, key=lambda x: (-x.length, x.start)):
            if any(x.start < y.end and y.start < x.end for y in out + nested):
                continue
            out.append(Candidate(x.start, x.end, x.label, x.source, x.score, dict(x.attrs, nested=True)))
    return out
