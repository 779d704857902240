"""Selection: overlapping candidates resolved into mentions, with nested prefixes, places and appositions."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from typing import Any

from kg.nlp.bare_events import without_bare_events
from kg.nlp.campaigns import without_campaigns
from kg.nlp.convened_events import convened_events
from kg.nlp.entities.amount_lists import amount_list_items, counted_clause_items
from kg.nlp.entities.amount_refinds import refound_projects
from kg.nlp.entities.appositions import apposition_mentions, appositions
from kg.nlp.entities.belt_openings import without_belt_openings
from kg.nlp.entities.bracket_runs import without_bracket_runs
from kg.nlp.entities.bylines import byline_candidates, without_dotted_runs
from kg.nlp.entities.candidate import SOURCE_RANK, Candidate
from kg.nlp.entities.class_bodies import without_class_bodies
from kg.nlp.entities.clause_cuts import without_clause_verbs
from kg.nlp.entities.conjunction_places import split_at_conjunctions
from kg.nlp.entities.counted_lists import with_counted_lists
from kg.nlp.entities.covered_items import without_covered_items
from kg.nlp.entities.dotted_persons import dotted_person_candidates
from kg.nlp.entities.event_spans import without_event_spans
from kg.nlp.entities.facility_centres import centres_as_projects
from kg.nlp.entities.firm_lists import firm_list_items
from kg.nlp.entities.firm_plants import plants_as_projects
from kg.nlp.entities.firm_relatives import without_firm_relatives
from kg.nlp.entities.gazetteer import gazetteer_candidates
from kg.nlp.entities.generic_projects import (
    built_by_named,
    described_projects,
    mark_generic_projects,
    without_class_markers,
    without_lone_words,
)
from kg.nlp.entities.glued_levels import without_glued_openers
from kg.nlp.entities.glued_starts import without_glued_starts
from kg.nlp.entities.government_forms import with_government_short_forms
from kg.nlp.entities.head_words import head_word_candidates
from kg.nlp.entities.header_outlets import places_in_outlet
from kg.nlp.entities.honorific_titles import honorific_person_candidates
from kg.nlp.entities.inner_mentions import inside_brackets, inside_event
from kg.nlp.entities.internal_units import without_internal_units
from kg.nlp.entities.joined_departments import joined_department_candidates
from kg.nlp.entities.joined_forms import without_joined_forms
from kg.nlp.entities.joined_names import with_joined_heads
from kg.nlp.entities.learned_list_items import learned_list_items
from kg.nlp.entities.legislatures import without_legislature_openings
from kg.nlp.entities.lexicon_data import lexicon
from kg.nlp.entities.line_projects import lines_as_projects, lines_without_verbs
from kg.nlp.entities.list_firm_ends import whole_list_firms
from kg.nlp.entities.listed_bodies import listed_bodies
from kg.nlp.entities.listed_departments import clause_departments, listed_departments
from kg.nlp.entities.listed_persons import listed_person_candidates
from kg.nlp.entities.merchant_groups import without_merchant_groups
from kg.nlp.entities.modifier_places import without_modifier_places
from kg.nlp.entities.namesake_roads import without_namesake_stems
from kg.nlp.entities.page_zones import page_zone_candidates
from kg.nlp.entities.paired_bodies import body_before_committee, party_level_committees, split_paired_bodies
from kg.nlp.entities.parallel_idioms import without_parallel_idioms
from kg.nlp.entities.place_centres import without_place_centres
from kg.nlp.entities.plausible import plausible
from kg.nlp.entities.prefixes import prefix_mentions
from kg.nlp.entities.province_openings import with_province_openings
from kg.nlp.entities.quoted_places import without_slogan_words
from kg.nlp.entities.rank_descriptors import without_rank_descriptors
from kg.nlp.entities.region_names import with_regions
from kg.nlp.entities.run_on_bodies import trimmed_bodies, without_acting_words
from kg.nlp.entities.run_villages import run_village_candidates, without_chain_wholes
from kg.nlp.entities.shared_heads import shared_head_items
from kg.nlp.entities.site_facilities import with_site_facilities
from kg.nlp.entities.site_heads import sites_as_places
from kg.nlp.entities.site_openings import site_candidates
from kg.nlp.entities.statistical import statistical_candidates
from kg.nlp.entities.titles import addressed_person_candidates, title_person_candidates
from kg.nlp.entities.town_prefix import town_openings
from kg.nlp.entities.trade_zones import trade_zone_candidates
from kg.nlp.entities.venue_frames import framed_venues
from kg.nlp.entities.venue_sites import venue_sites
from kg.nlp.entities.water_names import water_candidates, without_water_locatives
from kg.nlp.entities.zone_chains import split_zone_chains
from kg.nlp.entities.zone_firms import without_zones_before_firms
from kg.nlp.entities.zone_parts import zone_part_candidates
from kg.nlp.event_edges import trimmed_edges
from kg.nlp.held_events import held_events
from kg.nlp.recurring_events import without_recurring
from kg.nlp.repeated_events import repeated_events
from kg.nlp.studied_events import studied_events
from kg.nlp.words import Word


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
            -SOURCE_RANK[c.source],
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
        best = max(group, key=lambda c: (SOURCE_RANK[c.source], c.score))
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
    titled = title_person_candidates(text, words)
    cands = (
        statistical_candidates(words, context_names)
        + gazetteer_candidates(text, words, context_names)
        + head_word_candidates(text, words, context_names)
        + titled
        + addressed_person_candidates(text, words)
        + honorific_person_candidates(text, words)
        + dotted_person_candidates(text, words)
        + listed_person_candidates(text, words, titled)
        + byline_candidates(text, words)
    )
    return recognise_from(text, words, cands)


def recognise_from(text: str, words: list[Word], candidates: list[Candidate]) -> list[Candidate]:
    """The mentions of ``candidates`` (all sources' candidates of one article): names read
    across a conjunction before a body split there ("会议和|县政府"), mentions selected with
    their nested prefixes (:func:`_select_nested`), generic project names marked
    (:func:`mark_generic_projects`). The pipeline's ``kg_select`` and :func:`recognise` both
    choose this way."""
    # "某某代表镇委镇政府/ORG", "致辞中代表|区委": the body starts after the verb of acting for it
    candidates = without_acting_words(text, candidates)
    # "各县市政府", "世界500强企业", "打造|某某区域中心": a class of bodies or a planned centre, no body
    candidates = without_class_bodies(text, candidates)
    candidates = without_merchant_groups(text, candidates)  # "港商", "港商创业创新": merchants, no body
    cands = split_paired_bodies(text, split_at_conjunctions(text, words, without_dotted_runs(text, candidates)))
    # "专题研究|市人大", "张松岭|省政府/PER": the level's body starts at its level word
    cands = without_glued_openers(text, words, cands)
    cands = without_legislature_openings(cands)  # "某某联立法/ORG|会议员": the party, then 立法会
    cands = with_joined_heads(text, words, cands)  # "某某厂商|联合/vd|总会/v", "联合/ORG|某某公司": one name
    cands = whole_list_firms(text, words, cands)  # "某某宏远/ORG|电磁线、": the firm's whole item
    cands = listed_bodies(text, party_level_committees(text, body_before_committee(text, cands)), words)
    cands += town_openings(text, cands)  # "某某镇|某某有限公司": the town that opens the name
    cands += listed_departments(words, cands)  # "由农业处及工务处…", "率…行政处、文观局及警察局"
    cands += clause_departments(text, words, cands)  # "财经处说明,…", "…。财政处的某某案"
    cands = with_government_short_forms(words, cands)  # "县府表示", "县府秘书长某某", "县府|团队"
    cands = joined_department_candidates(text, cands)  # "县发展和改革局", "经济和信息化厅": fields joined by 和
    cands += page_zone_candidates(text, words)  # "莅临|高新区": the page's own zone, by its kind alone
    # "某某/n|河/n|流域": a river where the text speaks of its water ("某某河畔/LOC": the river alone)
    cands = without_water_locatives(text, cands + water_candidates(text, words))
    cands += site_candidates(text, words)  # "某某峡|博物馆项目": the site that opens the name of a work there
    cands += run_village_candidates(words)  # "某县|某某村葡萄产业园/LOC": the village the park is named after
    cands = without_chain_wholes(cands)  # "某县某某村/LOC": the county and its village, no third place
    cands = with_province_openings(text, cands)  # "湖北宜昌市委": named 宜昌市委 too, the province opens a chain
    cands += zone_part_candidates(text, words, cands)  # "某某开发区|软体|创意园": the zone's part, a place
    cands += trade_zone_candidates(text, words, cands)  # "某某湾|精细|化工|园区": the park its place and trade name
    cands = split_zone_chains(text, words, cands)  # "某开发区|某塘园区", "某口|某竹工业区": each link a place
    cands = with_counted_lists(text, words, cands)  # "甲山、乙岭等5里": the items are places
    cands = with_regions(text, cands)  # "京津|冀", "长三角地区": a region named whole, once
    cands = without_joined_forms(text, cands)  # "粤澳|两地", "川渝|合作": parties by their forms, no place
    cands = venue_sites(text, cands)  # "在|某某大酒店|举行": the hotel is the event's venue, a site
    cands = framed_venues(text, words, cands)  # "在|某某县委大楼|举行", "于|某某会展|举行": the venue, a site
    cands = without_belt_openings(text, cands)  # "某河|生态经济带": the belt's name, no mention of the river
    cands = without_parallel_idioms(text, cands)  # "绿水青山", "一带一路": an idiom, no place
    cands = without_slogan_words(text, cands)  # "两翼齐飞、五城共建": a slogan's word, no place
    cands = without_glued_starts(text, words, cands)  # "对于|田县": the tagger took 于田县's first character
    cands = without_modifier_places(text, words, cands)  # "港城|快讯": a word qualifying a noun, written once
    cands = without_namesake_stems(text, words, cands)  # "台湾|大道", "文昌|商圈": named after a division, no place
    cands = sites_as_places(text, cands)  # "来到|某市某某纪念馆", "某某小区": a site, though 馆 heads bodies too
    cands = with_site_facilities(text, words, cands)  # "某某湖|泵站", "某某溪|自行车|道": the facility, whole
    cands = lines_as_projects(text, cands)  # "某某铁路", "某某高速": a line the news names is a work, no place
    cands = lines_without_verbs(text, cands)  # "某某铁路支线|建设、", "地铁S1线|开工等": the work, no verb
    cands = centres_as_projects(text, cands)  # "某某国际物流中心", "某某商贸城": a trading centre is a work, no body
    cands = without_place_centres(text, cands)  # "某某市中心", "某某北部中心": a part of the place, no body
    cands = plants_as_projects(text, words, cands)  # "某某实业某地新厂", "某某科技扩厂": a firm's plant is a work
    # "签约|甲乙产业园、丙丁物流平台(learned)、戊己产业园等90个项目": the lists all sources' projects make
    cands = learned_list_items(text, words, cands)
    cands = amount_list_items(text, cands)  # "投资A元的|甲、投资B元的|乙": each item its own project
    cands = counted_clause_items(text, cands)  # "，|甲、乙、丙|三个项目": the count says what they are
    # "某市宣布|某某项目", "某某中心|都是|…项目": the clause's verb ends the project's name
    cands = without_clause_verbs(words, cands)
    cands = without_rank_descriptors(text, cands)  # "某省最大|水煤浆项目": the ranking opens no name
    cands = without_event_spans(text, cands)  # "某某项目融资合作协议", "推介会暨项目": a document or event
    cands = without_lone_words(words, cands)  # "了解|园区|企业", "…、生态园、": one common word, no project
    cands = firm_list_items(text, cands)  # "…、甲乙华宇、丙丁万达等15家知名企业": the items are firms
    cands = shared_head_items(text, words, cands)  # "东区、南区污水处理厂…项目": short items share the head
    cands = without_covered_items(text, cands)  # "(涵盖旅游、农业观光等)": the fields covered, no projects
    cands = without_bracket_runs(text, cands)  # "某某基地项目|(聚焦某某研发、": no name holds an open bracket
    cands = without_zones_before_firms(text, cands)  # "高新区|陕西某某有限公司…项目": from the firm
    # "某市人民政府主办/ORG", "某某工商联党/ORG|组成员": the body before the verb or the group
    # "某某促进局咨询处|处长": the body before its internal unit and a post ("某某促进局")
    cands = without_internal_units(text, trimmed_bodies(text, cands))
    cands = without_firm_relatives(text, words, cands)  # "某某重要成员|某某有限公司": the firm after the noun
    # (on copies: the selection writes the attributes of what it chooses, and may run twice)
    chosen = mark_generic_projects(text, words, _select_nested(text, [replace(c, attrs=dict(c.attrs)) for c in cands]))
    # "某街道“某某”改造项目…投资10亿元的“某某”改造项目": a project the page names, again where its
    # amount stands; chosen anew with it (it wins over the shorter spans it covers)
    refound = refound_projects(text, chosen)
    if refound:
        chosen = mark_generic_projects(text, words, _select_nested(text, cands + refound))
    return chosen


def _select_nested(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """Select mentions among candidates and attach nested ones.

    The prefixes that open a longer name (:func:`prefix_mentions`), what appositions leave
    (:func:`apposition_mentions`), and what events and bracketed names hold
    (:func:`inside_event`, :func:`inside_brackets`) are nested mentions, referenced from the
    outer one by ``attrs["place_prefix"]`` / ``attrs["org_prefix"]`` (indices into the
    returned list).
    """
    candidates = [_undoubled(text, c) for c in candidates]
    chosen = appositions(text, [c for c in select_mentions(candidates) if plausible(text, c)])
    # "某地很多新能源项目", "某州代表项目": a class, no project, nor a nested one of an event's name
    # ("“某某”重点产业项目|集中开工仪式"); dropped after the selection, as described_projects does below, so
    # the places its span held stay unread ("…的信阳市重点河道治理项目" places no river in 信阳市)
    candidates = without_class_markers(text, candidates)
    # Candidates by start and by end: scanning them all for every mention is quadratic, and a
    # page that lost its line breaks is one article with tens of thousands of candidates.
    starts: dict[int, list[Candidate]] = defaultdict(list)
    ends: dict[int, list[Candidate]] = defaultdict(list)
    for x in candidates:
        starts[x.start].append(x)
        ends[x.end].append(x)
    chosen = held_events(text, chosen)  # "主持召开|市委常委会", "结盟仪式|于…举行"
    chosen = without_bare_events(text, chosen)  # "出席开工仪式" after "…集中开工仪式"
    # (after the bare events: a meeting read whole here names no longer event for them)
    chosen = convened_events(text, chosen)  # "召开|某某路拓宽改造协调会": the clause fixes the name
    chosen = studied_events(text, chosen)  # "贯彻落实|市十三次党代会|精神": so do study and its object
    # ... and a meeting read whole there is the longer event of a bare word too ("举行了|校地合作签字
    # 仪式。…出席签字仪式")
    chosen = without_bare_events(text, chosen)
    chosen = repeated_events(text, chosen)  # a headline repeated between paragraphs: its full name again
    chosen = without_campaigns(text, chosen)  # "持续深化“三个年”活动": a campaign is no held event
    chosen = without_recurring(text, chosen)  # "第二次举办|项目集中开工活动": a kind of event, no held one
    chosen = trimmed_edges(text, chosen)  # "在|某某推介会举行后", "某某大会|活动": a word of the clause
    chosen = described_projects(text, chosen)  # "X项目是…Y项目，": Y says what X is
    chosen = built_by_named(text, chosen)  # "X项目，投资N元，建设|Y生产线": Y is what X builds
    chosen = without_class_markers(text, chosen)  # "某州代表项目" (above)
    nested = apposition_mentions(text, chosen, starts)
    nested += prefix_mentions(text, chosen, starts, ends)
    for c in chosen:
        if c.label == "MEETING":
            nested += inside_event(text, c, candidates, nested, chosen)
        elif c.label in ("ORG", "PROJECT", "PLACE"):
            nested += inside_brackets(text, c, candidates, nested)
            nested += places_in_outlet(text, c, candidates, nested)  # "今日|周村": the header outlet's place
    out = sorted(chosen + nested, key=lambda c: (c.start, -c.end))
    index = {id(c): i for i, c in enumerate(out)}
    for c in out:
        for key in ("place_prefix", "org_prefix"):
            if isinstance(c.attrs.get(key), Candidate):
                c.attrs[key] = index[id(c.attrs[key])]
    return out


def _undoubled(text: str, c: Candidate) -> Candidate:
    """A place whose one-character level word is typed twice ("白崖乡乡涑湾村") ends at the first."""
    # (the doubled character first: the level words are looked up for the few places that have one)
    if c.label != "PLACE" or c.length < 4 or text[c.end - 2] != text[c.end - 1]:
        return c
    heads = [h for h in lexicon().patterns["place"]["admin_heads"] if len(h) == 1]
    if text[c.end - 1] in heads:
        return Candidate(c.start, c.end - 1, c.label, c.source, c.score, dict(c.attrs))
    return c
