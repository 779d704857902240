"""Selection: overlapping candidates resolved into mentions, with nested prefixes, places and appositions."""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Any

from kg.nlp.bare_events import without_bare_events
from kg.nlp.campaigns import without_campaigns
from kg.nlp.convened_events import convened_events
from kg.nlp.entities.bylines import byline_candidates, without_dotted_runs
from kg.nlp.entities.candidate import Candidate
from kg.nlp.entities.conjunction_places import split_at_conjunctions
from kg.nlp.entities.counted_lists import with_counted_lists
from kg.nlp.entities.dotted_persons import dotted_person_candidates
from kg.nlp.entities.gazetteer import gazetteer_candidates
from kg.nlp.entities.generic_projects import built_by_named, described_projects, mark_generic_projects
from kg.nlp.entities.government_forms import with_government_short_forms
from kg.nlp.entities.head_words import head_word_candidates
from kg.nlp.entities.honorific_titles import honorific_person_candidates
from kg.nlp.entities.lexicon_data import _size_pattern, lexicon
from kg.nlp.entities.listed_bodies import listed_bodies
from kg.nlp.entities.listed_departments import clause_departments, listed_departments
from kg.nlp.entities.listed_persons import listed_person_candidates
from kg.nlp.entities.page_zones import page_zone_candidates
from kg.nlp.entities.paired_bodies import body_before_committee, party_level_committees, split_paired_bodies
from kg.nlp.entities.plausible import plausible
from kg.nlp.entities.region_names import with_regions
from kg.nlp.entities.run_on_bodies import bare_session_owner, trimmed_bodies
from kg.nlp.entities.run_villages import run_village_candidates
from kg.nlp.entities.shapes import _is_generic
from kg.nlp.entities.site_openings import site_candidates
from kg.nlp.entities.statistical import statistical_candidates
from kg.nlp.entities.titles import addressed_person_candidates, title_person_candidates
from kg.nlp.entities.town_prefix import town_openings
from kg.nlp.entities.water_names import water_candidates, without_water_locatives
from kg.nlp.held_events import held_events
from kg.nlp.words import Word

_SOURCE_RANK = {
    "bylines": 5,
    "titles": 4,
    "gazetteer": 3,
    "head_words": 3,
    "statistical": 2,
    "counted_list": 3,  # the list's closing says what its items are ("…等5里")
    "learned": 1,
}


def select_mentions(candidates: list[Candidate]) -> list[Candidate]:
    """Resolve overlaps: longer spans win, then better sources; nested places are kept apart.

    A head-word name that contains the tagger's entity extends it ("中车大同公司" stays
    one organisation, "山西华阳碳材科技有限公司" is not cut to "华阳").
    """
    merged = _merge_agreeing(candidates)
    ordered = sorted(
        merged,
        key=lambda c: (
            -(c.length + (2 if c.source in ("bylines", "titles") else 0)),
            -_SOURCE_RANK[c.source],
            -c.score,
            c.start,
        ),
    )
    chosen: list[Candidate] = []
    taken = [False] * (max((c.end for c in candidates), default=0) + 1)
    for c in ordered:
        if any(taken[c.start : c.end]):
            continue
        for k in range(c.start, c.end):
            taken[k] = True
        chosen.append(c)
    return sorted(chosen, key=lambda c: c.start)


def _merge_agreeing(candidates: list[Candidate]) -> list[Candidate]:
    """Where two sources give the same span, keep one with the better type and the sum of evidence."""
    by_span: dict[tuple[int, int], list[Candidate]] = {}
    for c in candidates:
        by_span.setdefault((c.start, c.end), []).append(c)
    out = []
    for group in by_span.values():
        best = max(group, key=lambda c: (_SOURCE_RANK[c.source], c.score))
        attrs: dict[str, Any] = {}
        for c in group:
            attrs.update(c.attrs)
        score = min(0.99, best.score + 0.1 * (len({c.source for c in group}) - 1))
        out.append(Candidate(best.start, best.end, best.label, best.source, score, attrs))
    return out


def recognise(text: str, words: list[Word], context_names: frozenset[str] = frozenset()) -> list[Candidate]:
    """All sources, then :func:`recognise_from`.

    >>> text = "市委副书记、市长张强主持召开全市重点工程项目调度会"
    >>> from kg.nlp.segmenters import make_segmenter
    >>> from kg.nlp.words import words_of
    >>> ws = words_of(make_segmenter("lac").segment(text))
    >>> [(text[c.start:c.end], c.label) for c in recognise(text, ws) if c.label != "ORG"]
    [('张强', 'PERSON'), ('全市重点工程项目调度会', 'MEETING')]
    """
    cands = (
        statistical_candidates(words, context_names)
        + gazetteer_candidates(text, words, context_names)
        + head_word_candidates(text, words)
        + title_person_candidates(text, words)
        + addressed_person_candidates(text, words)
        + honorific_person_candidates(text, words)
        + dotted_person_candidates(text, words)
        + listed_person_candidates(text, words)
        + byline_candidates(text, words)
    )
    return recognise_from(text, words, cands)


def recognise_from(text: str, words: list[Word], candidates: list[Candidate]) -> list[Candidate]:
    """The mentions of ``candidates`` (all sources' candidates of one article): names read
    across a conjunction before a body split there ("会议和|县政府"), mentions selected with
    their nested prefixes (:func:`_select_nested`), generic project names marked
    (:func:`mark_generic_projects`). The pipeline's ``kg_select`` and :func:`recognise` both
    choose this way."""
    cands = split_paired_bodies(text, split_at_conjunctions(text, words, without_dotted_runs(text, candidates)))
    cands = listed_bodies(text, party_level_committees(text, body_before_committee(text, cands)))
    cands += town_openings(text, cands)  # "某某镇|某某有限公司": the town that opens the name
    cands += listed_departments(words, cands)  # "由农业处及工务处…", "率…行政处、文观局及警察局"
    cands += clause_departments(text, words, cands)  # "财经处说明,…", "…。财政处的某某案"
    cands = with_government_short_forms(words, cands)  # "县府表示", "县府秘书长某某", "县府|团队"
    cands += page_zone_candidates(text, words)  # "莅临|高新区": the page's own zone, by its kind alone
    # "某某/n|河/n|流域": a river where the text speaks of its water ("某某河畔/LOC": the river alone)
    cands = without_water_locatives(text, cands + water_candidates(text, words))
    cands += site_candidates(text, words)  # "某某峡|博物馆项目": the site that opens the name of a work there
    cands += run_village_candidates(words)  # "某县|某某村葡萄产业园/LOC": the village the park is named after
    cands = with_counted_lists(text, words, cands)  # "甲山、乙岭等5里": the items are places
    cands = with_regions(text, cands)  # "京津|冀", "长三角地区": a region named whole, once
    # "某市人民政府主办/ORG", "某某工商联党/ORG|组成员": the body before the verb or the group
    chosen = _select_nested(text, trimmed_bodies(text, cands))
    return mark_generic_projects(text, words, chosen)


def _select_nested(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """Select mentions among candidates and attach nested prefixes.

    A place that starts a longer name ("广灵县|御鑫隆再生资源有限公司") or an organisation
    that starts a project name ("南京电气电力工程有限公司|新能源…项目") is kept as a
    nested mention, referenced from the outer one by ``attrs["place_prefix"]`` /
    ``attrs["org_prefix"]`` (indices into the returned list).
    """
    candidates = [_undoubled(text, c) for c in candidates]
    # Candidates by start and by end: scanning them all for every mention is quadratic, and a
    # page that lost its line breaks is one article with tens of thousands of candidates.
    starts: dict[int, list[Candidate]] = defaultdict(list)
    ends: dict[int, list[Candidate]] = defaultdict(list)
    for x in candidates:
        starts[x.start].append(x)
        ends[x.end].append(x)
    chosen = _appositions(text, [c for c in select_mentions(candidates) if plausible(text, c)])
    chosen = held_events(text, chosen)  # "主持召开|市委常委会", "结盟仪式|于…举行"
    chosen = without_bare_events(text, chosen)  # "出席开工仪式" after "…集中开工仪式"
    # (after the bare events: a meeting read whole here names no longer event for them)
    chosen = convened_events(text, chosen)  # "召开|某某路拓宽改造协调会": the clause fixes the name
    # ... and a meeting read whole there is the longer event of a bare word too ("举行了|校地合作签字
    # 仪式。…出席签字仪式")
    chosen = without_bare_events(text, chosen)
    chosen = without_campaigns(text, chosen)  # "持续深化“三个年”活动": a campaign is no held event
    chosen = described_projects(text, chosen)  # "X项目是…Y项目，": Y says what X is
    chosen = built_by_named(text, chosen)  # "X项目，投资N元，建设|Y生产线": Y is what X builds
    nested: list[Candidate] = []
    for c in list(chosen):
        base = c.attrs.pop("base", None)
        if base is not None:
            # the base is where the project is: a place here (a park is both, see GUIDE.md)
            attrs = dict(base.attrs, nested=True, base=True)
            b = Candidate(base.start, base.end, "PLACE", base.source, base.score, attrs)
            nested.append(b)
            c.attrs["place_prefix"] = b
        desc = c.attrs.pop("also_called", None)
        if desc is not None:
            # Its place prefix stays a mention; the rest is another name of this project.
            places = [x for x in starts.get(desc.start, ()) if x.label == "PLACE" and x.end < desc.end]
            places = [x for x in places if x.source != "statistical" and plausible(text, x)]
            d_start = max((x.end for x in places), default=desc.start)
            if places:
                p = max(places, key=lambda x: x.length)
                nested.append(Candidate(p.start, p.end, p.label, p.source, p.score, dict(p.attrs, nested=True)))
            c.attrs["also_called"] = text[d_start : desc.end]
    for c in chosen:
        pos = c.start
        for label, key in (("PLACE", "place_prefix"), ("ORG", "org_prefix")):
            # The tagger alone does not make a prefix a place: "大同锡|纯半导体…项目" is a company's name.
            inner = [
                x
                for x in starts.get(pos, ())
                if x.label == label
                and x.end < c.end
                and plausible(text, x)
                and (label != "PLACE" or x.source != "statistical")
                # nor a division inside a Taiwan village's listed name ("重庆|里" is no 重庆市)
                and not (label == "PLACE" and c.attrs.get("listed_village"))
                # nor a division's short form inside its own name under the level word it had
                # before a reform: "旬阳|县" (now 旬阳市) is one county, not a place in another
                # (a full name before the word stays: "泸县|县情" is a tagger's run-on)
                and not (
                    label == "PLACE"
                    and c.label == "PLACE"
                    and text[x.end : c.end] in lexicon().patterns["place"]["old_level_heads"]
                    and not text[x.start : x.end].endswith(text[x.end : c.end])
                )
                # nor a company's name only as the start of its project's ("海博夏初|储能装备产业园项目")
                and (
                    label != "ORG"
                    or text[x.start : x.end].endswith(lexicon().org_suffixes)
                    or x.attrs.get("head") in ("national", "declared")
                )
            ]
            if label == "PLACE" and c.label == "PROJECT" and inner:
                # "内蒙古某某电池有限公司|年产…项目": a place that starts the company's name
                # belongs to the company, which is the project's prefix.
                whole = [
                    x
                    for x in starts.get(pos, ())
                    if x.label == "ORG"
                    and x.end < c.end
                    and plausible(text, x)
                    and text[x.start : x.end].endswith(lexicon().org_suffixes)
                    # not a zone the tagger ran into the company ("新荣经开区|南京…有限公司")
                    and not any(y.label == "ORG" and y.start > pos for y in ends.get(x.end, ()))
                ]
                if whole:
                    org = max(whole, key=lambda x: x.length)
                    o = Candidate(org.start, org.end, "ORG", org.source, org.score, dict(org.attrs, nested=True))
                    nested.append(o)
                    c.attrs["org_prefix"] = o
                    p = max(inner, key=lambda x: (x.length, _SOURCE_RANK[x.source]))
                    pn = Candidate(p.start, p.end, p.label, p.source, p.score, dict(p.attrs, nested=True))
                    nested.append(pn)
                    o.attrs["place_prefix"] = pn
                    break
            if not inner or (label == "ORG" and c.label != "PROJECT" and c.label != "ORG"):
                continue
            best = max(inner, key=lambda x: (x.length, _SOURCE_RANK[x.source]))
            if label == "ORG" and c.label == "ORG":
                break  # a parent company prefix is not a place; leave it
            n = Candidate(best.start, best.end, best.label, best.source, best.score, dict(best.attrs, nested=True))
            nested.append(n)
            c.attrs[key] = n
            rest_from = n.end
            if label == "PLACE":
                # "应县|大临河乡|20兆瓦光伏发电项目": the smaller places after the first are mentions too.
                chain = _chained_places(text, starts, n.end, c.end)
                nested += chain
                # (a town or village in full, not a city's short form that is part of the name:
                # "大同黄花专业镇")
                full = [
                    x for x in chain if x.attrs.get("admin_name") == text[x.start : x.end] or x.source != "gazetteer"
                ]
                if chain and full == chain and c.label == "PROJECT" and c.end - chain[-1].end >= 5:
                    rest_from = chain[-1].end  # the project's name without all its places
            if label == "PLACE" and c.label in ("ORG", "PROJECT") and c.end - n.end >= 3:
                rest = text[rest_from : c.end]
                suffix = next((x for x in lexicon().org_suffixes if rest.endswith(x)), "")
                generic = frozenset(lexicon().patterns["org"]["generic"])
                if not (c.label == "ORG" and suffix and _is_generic(rest, suffix, generic)):
                    c.attrs["without_place"] = rest  # not "人民政府" for "长治市人民政府"
            pos = n.end
    for c in chosen:
        if c.label == "MEETING":
            nested += _inside_event(text, c, candidates, nested, chosen)
        elif c.label in ("ORG", "PROJECT", "PLACE"):
            nested += _inside_brackets(text, c, candidates, nested)
    out = sorted(chosen + nested, key=lambda c: (c.start, -c.end))
    index = {id(c): i for i, c in enumerate(out)}
    for c in out:
        for key in ("place_prefix", "org_prefix"):
            if isinstance(c.attrs.get(key), Candidate):
                c.attrs[key] = index[id(c.attrs[key])]
    return out


def _chained_places(text: str, starts: dict[int, list[Candidate]], pos: int, end: int) -> list[Candidate]:
    """Places that follow one another from ``pos`` inside a longer name (a township after its county)."""
    out = []
    while True:
        nxt = [
            x
            for x in starts.get(pos, ())
            if x.label == "PLACE" and x.end < end and x.source != "statistical" and plausible(text, x)
        ]
        if not nxt:
            return out
        best = max(nxt, key=lambda x: x.length)
        out.append(Candidate(best.start, best.end, best.label, best.source, best.score, dict(best.attrs, nested=True)))
        pos = best.end


def _inside_event(
    text: str, event: Candidate, candidates: list[Candidate], nested: list[Candidate], chosen: list[Candidate]
) -> list[Candidate]:
    """Bodies, places and events named inside an event's name are mentions too: "市委统战部与中央民族大学
    合作共建活动" names two organisations, "…人才宣介杭州专场活动" a city, "第三届某某大会筹备工作
    座谈会" the congress it prepares, "某某项目开工仪式" the project it starts."""
    taken = [(n.start, n.end) for n in nested if event.start <= n.start < event.end]
    halves = {tuple(h) for h in event.attrs.get("halves", ())}  # "X暨Y": names of this event
    # "中国人民政治协商会议|某省第十三届委员会第四次会议": the body that sits, not an event
    session_of = re.compile(lexicon().patterns["meeting"]["session_of_inner"])
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
    for x in sorted(inner, key=lambda x: (-x.length, -_SOURCE_RANK[x.source], x.start)):
        spans = events if x.label == "MEETING" else taken
        # (a project holds the places that open its name: "甘肃省某县|某某产业园项目|开工仪式", and so
        # does the council whose session it is: "某县|议会|第20届第2次定期会")
        inside = x.label == "PROJECT" or (x.label == "ORG" and bool(event.attrs.get("council")))
        if any(x.start < e and s < x.end and not _holds(x, inside, s, e) for s, e in spans):
            continue
        spans.append((x.start, x.end))
        attrs = dict(x.attrs, nested=True)
        if inside and x.label == "ORG":  # the council is where its place says ("某县|议会")
            attrs["council"] = True  # ... and the body its 议长 heads (relations/kind_bodies.py)
            place = next((n for n in nested if n.label == "PLACE" and n.start == x.start and n.end < x.end), None)
            if place is not None:
                attrs["place_prefix"] = place
        out.append(Candidate(x.start, x.end, x.label, x.source, x.score, attrs))
    return out


def _holds(x: Candidate, inside: bool, s: int, e: int) -> bool:
    """Whether the inner mention ``x`` may hold the span ``s``-``e`` already taken inside the
    event: a project the places that open its name, a council its place (not its own span
    again: the tagger and the head words may both give the council)."""
    return inside and x.start <= s and e <= x.end and (x.label == "PROJECT" or (s, e) != (x.start, x.end))


def _inside_brackets(text: str, c: Candidate, candidates: list[Candidate], nested: list[Candidate]) -> list[Candidate]:
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


def _undoubled(text: str, c: Candidate) -> Candidate:
    """A place whose one-character level word is typed twice ("白崖乡乡涑湾村") ends at the first."""
    heads = [h for h in lexicon().patterns["place"]["admin_heads"] if len(h) == 1]
    if c.label == "PLACE" and c.length >= 4 and text[c.end - 1] in heads and text[c.end - 2] == text[c.end - 1]:
        return Candidate(c.start, c.end - 1, c.label, c.source, c.score, dict(c.attrs))
    return c


def _appositions(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """A project right before another describes it ("国家4A级综合性物流园区|万昌国际物流园区",
    "华兴农博园一期项目|华兴大同农批城项目"): one mention, the description kept as another name
    (``attrs["also_called"]``) with its place prefix left to the nested place.

    A base or park before a project that opens with its size is where the project is built
    ("某某能源化工基地|200万千瓦光伏复合项目"): one project named by both, the base kept as a
    nested mention (``attrs["base"]``)."""
    size = _size_pattern()
    out: list[Candidate] = []
    for c in chosen:
        prev = out[-1] if out else None
        if prev is not None and prev.label == c.label == "PROJECT" and prev.end == c.start:
            out.pop()
            if size.match(text, c.start):
                c = Candidate(prev.start, c.end, c.label, c.source, c.score, dict(c.attrs, base=prev))
            else:
                c.attrs["also_called"] = prev
        out.append(c)
    return out
