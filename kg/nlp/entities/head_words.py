"""Source ``head_words``: names that end in a head word of their type, with the left edge of
:func:`kg.nlp.entities.names.left_edge`."""

from __future__ import annotations

import re

from kg.nlp.entities.body_words import body_start, body_word, tagged_before_head
from kg.nlp.entities.bracketed_firms import bracketed_firms
from kg.nlp.entities.bracketed_parks import bracketed_parks, with_bracketed_phases
from kg.nlp.entities.candidate import Candidate, word_at, words_by_last_char
from kg.nlp.entities.capacity_items import capacity_item_projects
from kg.nlp.entities.chain_departments import chain_departments
from kg.nlp.entities.facility_frames import built_facilities
from kg.nlp.entities.fair_short_names import short_fair_names
from kg.nlp.entities.firm_items import firm_item_projects
from kg.nlp.entities.head_checks import (
    HeadMatch,
    convened,
    division_alone,
    in_book_title,
    level_named,
    level_park,
    org_single_head_ok,
    place_opens,
    spoken_at,
    titled_person,
)
from kg.nlp.entities.item_openings import item_opening
from kg.nlp.entities.joined_bodies import apposed_bodies, joined_bodies, tagged_joined
from kg.nlp.entities.level_parks import level_opening
from kg.nlp.entities.lexicon_data import _grade_pattern, lexicon
from kg.nlp.entities.names import left_edge
from kg.nlp.entities.org_forms import (
    _declared_candidates,
    _joined_body,
    _retagged,
    _zone_run_into_name,
    bodies_before_head_titles,
    declared_short_forms,
    national_org_candidates,
)
from kg.nlp.entities.partner_projects import without_partner
from kg.nlp.entities.place_forms import (
    class_of_places,
    division_chain,
    division_then_place,
    is_zone_kind,
    one_direction_part,
    places_named_alone,
    village_after_town,
)
from kg.nlp.entities.plan_names import plan_candidates
from kg.nlp.entities.project_checks import (
    class_by_batch,
    class_by_count,
    component_of_clause,
    introduced_by_builder,
    listed_beside_project,
    listed_class,
    named_project,
    project_head,
    verbless,
    without_divisions,
    without_period,
)
from kg.nlp.entities.road_names import extended_road
from kg.nlp.entities.shapes import _is_generic, _name_chars, _specific, named_item
from kg.nlp.entities.stationed_bodies import stationed_bodies
from kg.nlp.entities.titles import title_body_candidates
from kg.nlp.entities.zone_openings import area_start, zone_left_edge
from kg.nlp.joint_events import joint_events
from kg.nlp.project_frames import field_items, framed_projects, phased_projects
from kg.nlp.project_lists import listed_projects
from kg.nlp.words import Word


def _fused_ends(words: list[Word], after: list[str]) -> list[tuple[int, str]]:
    """Ends of event heads inside a word the tagger made of a head's last character and a
    word after it (``[meeting] fused_after``): "重点项目推进|会时|指出" ends a head at 会.

    >>> _fused_ends([(0, 2, "推进", "v"), (2, 4, "会时", "v"), (4, 6, "指出", "v")], ["时"])
    [(3, '会')]
    """
    return [
        (end - len(a), w[: -len(a)][-1])
        for _s, end, w, _t in words
        for a in after
        if w.endswith(a) and len(w) == len(a) + 1
    ]


def head_word_candidates(text: str, words: list[Word], context_names: frozenset[str] = frozenset()) -> list[Candidate]:
    """Names that end in a head word of their type, with the left edge of :func:`left_edge`; on a
    Taiwan page (``context_names``) plans of works named by their 計畫 too."""
    lex = lexicon()
    out: list[Candidate] = []
    p = lex.patterns
    titles = lex.titles
    declared = declared_short_forms(text)
    words = _retagged(words, {short for _, short in declared})
    named_alone = places_named_alone(words)  # openings of "屏东|雾台乡" no gazetteer lists
    specs = [
        ("PROJECT", tuple(p["project"]["heads"]), frozenset(p["project"]["generic"]), 0.7),
        (
            "MEETING",
            tuple(p["meeting"]["heads"] + p["meeting"]["edition_heads"]),
            frozenset(p["meeting"]["generic"]),
            0.7,
        ),
        ("PLACE", tuple(p["place"]["zones"]), frozenset(), 0.75),
        ("PLACE", tuple(p["place"]["sites"] + p["place"]["halls"]), frozenset(), 0.75),
        ("PLACE", tuple(p["place"]["heads"]), frozenset(), 0.5),
        ("ORG", lex.org_suffixes, frozenset(p["org"]["generic"]), 0.65),
    ]
    # Word ends whose last character ends a head word of some kind, then of each kind.
    last_chars = set().union(*(words_by_last_char(heads) for _, heads, _, _ in specs))
    word_ends = [(end, text[end - 1]) for _s, end, _w, _t in words if text[end - 1] in last_chars]
    # "推进|会时", "成果发表|会时": a word the tagger glued after an event's head ends the head there
    fused = _fused_ends(words, p["meeting"]["fused_after"])
    for label, heads, generic, score in specs:
        by_last = words_by_last_char(heads)
        ends = word_ends + fused if label == "MEETING" else word_ends
        # The head must end a word ("局" in "格局" or "布局" is no organisation); the longest
        # head that ends there ("调度会议" is a 会议, not a 调度会 cut in half).
        for end, ending_here in [(end, by_last[last]) for end, last in ends if last in by_last]:
            head = next((h for h in ending_here if text.endswith(h, 0, end)), None)
            if head is None:
                continue
            m = HeadMatch(end - len(head), end)
            if label == "PROJECT" and any(text.startswith(x, end) for x in p["project"]["not_followed_by"]):
                continue
            built = p["project"]["built_heads"]
            if (
                label == "PROJECT"
                and head in built
                and not text.endswith(tuple(p["project"]["built_ends"]), 0, m.start())
            ):
                continue  # "齐鲁名师|建设工程": a programme; "某某综合楼|建设工程": a works
            if label == "MEETING" and head in p["meeting"]["restated"] and text.endswith(heads, 0, end - len(head)):
                continue  # "…座谈会|会议精神": the head restated after a name that has one
            hw = word_at(words, m.start())
            # A word that ends in a company's long suffix names one though the tagger read it as
            # no name ("某某光電股份有限公司/v": s28-org2, real-pages p11). Not for its name-tagged
            # words: "厂商某某股份有限公司/n" holds a class noun, "高新区某某有限公司/n" a zone
            # (real-pages-15 g05, real-pages-30 r05 when tried).
            firm_word = (
                label == "ORG"
                and hw is not None
                and len(head) >= 4
                and head.endswith("公司")
                and words[hw].end == end
                and m.start() - words[hw].start >= 2
                and words[hw].tag not in lex.name_tags
                and _name_chars(text[words[hw].start : m.start()])  # not ")控股有限公司/w"
            )
            name_word = hw is None or words[hw].tag in lex.name_tags or firm_word
            if hw is not None and words[hw].start < m.start() and not name_word:
                continue  # "举办" ends in 办, "矿山" in 山 only as ordinary words do
            if label == "PLACE" and hw is not None and words[hw].text.endswith(tuple(p["place"]["not_heads"])):
                continue  # "招商|思路": a word that ends like a road
            if label == "ORG" and hw is not None and words[hw].text in p["org"]["not_heads"]:
                continue  # "某某局|干部": a cadre of the bureau, not a body
            if label == "ORG" and hw is not None and words[hw].text.endswith(tuple(p["org"]["people_ends"])):
                continue  # "某县|领导干部/n": cadres, people
            if label == "ORG" and text.endswith(tuple(p["org"]["direction_parts"]), 0, end):
                continue  # "某县西南部/LOC": a part of the county, whatever the word
            if label == "ORG" and one_direction_part(text[max(0, end - 5) : end]) is not None:
                continue  # "某县东部", "某某镇西部": one direction of a division, no body
            if label == "PLACE" and hw is not None and words[hw].tag == "PER" and len(head) == 1:
                continue  # "主任|任宝山", "孙中山": a person's name that ends like a place (山, 河, 村)
            reach = p["project"]["max_chars"] if label == "PROJECT" else 30
            if label == "PLACE" and head in p["place"]["kinds_named_by_name"]:
                # "某某|园区", "某某|片区": named only by the proper name right before the word
                named = area_start(text, words, m.start(), head)
                if named is None:
                    continue
                out.append(Candidate(named, end, "PLACE", "head_words", score, {"head": head}))
                continue
            start = left_edge(text, words, m.start(), max_len=reach, label=label)
            if label == "PROJECT":
                start = item_opening(text, words, start, end)  # "、华电|内蒙古…项目": the item's opening
            # "某某书记在|康养产业发展座谈会|上的讲话": a speech given at it frames the event's name
            framed = spoken_at(text, m.start(), end) if label == "MEETING" else None
            start = start if framed is None else framed
            if label == "PLACE":
                start = zone_left_edge(text, words, start, m.start(), head)  # "某镇|工业集中区", "某县|产业转移|工业园"
            if label == "PLACE" and head in p["place"]["area_heads"] and not place_opens(text, words, start):
                # "调研|县|生态工业园区/n": the page's county by its level word opens the park's word
                hw_at = word_at(words, m.start())
                level = level_opening(text, words, start if hw_at is None else min(start, words[hw_at].start))
                start = start if level is None else level
            word_start = body_start(text, words, hw) if body_word(words, hw, head, label) else None
            if word_start is not None and word_start < start:
                start = word_start  # "投资|推广署/vn": the body's word opens its name at least
            if start == m.start():
                # The head word alone: only a whole tagged word may stand ("大同中院").
                wi = word_at(words, m.start())
                if wi is None or words[wi].tag not in ("ORG", "LOC") or words[wi].end != end:
                    continue
                start = words[wi].start
            if (
                label in ("PROJECT", "PLACE")
                and text[start : start + 1] in "县市区"
                and text[start - 1 : start] in "我本该"
            ):
                start += 1  # "我|县|某某示范园", "我|县|某某镇": the pronoun's level word is no part of the name
            phase = re.match(p["name_words"]["leading_phase"], text[start:end])
            if phase:
                start += phase.end()  # "一期|华兴大同农批城": the phase belongs to the project before
            if in_book_title(text, start, end):
                continue  # "《大同市创新成果产业化承接基地建设方案》" names a document
            lead = next((v for v in p["org"]["leading_verbs"] if text.startswith(v, start)), None)
            if lead and text.startswith(tuple(p["org"]["leading_verb_names"]), start):
                lead = None  # "联合国…": the name opens with the verb's characters
            if label == "ORG" and lead and end - start - len(lead) >= 4:
                start += len(lead)  # "联合|市退役军人事务管理局": the tagger took the verb along
            if label == "ORG" and (two := joined_bodies(text[start:end])):
                # "某县人民政府与|某某有限公司": two bodies, the first one kept as well
                out.append(Candidate(start, start + two[0], "ORG", "head_words", score, {"head": "joined"}))
                start += two[1]
            elif label == "ORG" and (tj := tagged_joined(text, words, start, end)):
                # "某某一冶与/ORG|远帆集团", "某县/LOC|和|某某公司": the tagger's own name ends at
                # the conjunction; a place before it is no body and stays a place
                if tj[2]:
                    out.append(Candidate(start, tj[0], "ORG", "head_words", score, {"head": "joined"}))
                start = tj[1]
            if label == "ORG":
                joined = _joined_body(text[start:end], tuple(p["org"]["leading_verbs"]))
                if joined:
                    # "某某中心|联合|县农业农村局": two bodies, the first one kept as well
                    out.append(Candidate(start, start + joined[0], "ORG", "head_words", score, {"head": "joined"}))
                    start += joined[1]
            graded = _grade_pattern().match(text, start, end)
            if graded:
                # "国家级|某某开发区" names the zone; "国家4A级旅游景区" is a class of places
                gi = word_at(words, graded.end())
                if gi is None or words[gi].start != graded.end():
                    continue
                start = graded.end()
            if (
                label == "PLACE"
                and head in p["place"]["area_heads"]
                and not place_opens(text, words, start)
                and level_opening(text, words, start) != start  # "县盐化工业园/n": the page's county (above)
            ):
                continue  # "葡萄酒产区": a kind of area, named only by a place
            name = text[start:end]
            if label == "PLACE" and (class_of_places(name) or is_zone_kind(name)):
                continue  # "乡村振兴示范村", "旅游度假区": a class of villages or zones, no one place
            chain = division_chain(name) if label == "PLACE" else None
            if chain:
                # "云南|红河": a chain of divisions ending in a head character is two places
                out += [
                    Candidate(start + a, start + b, "PLACE", "head_words", score, {"head": "division"})
                    for a, b in chain
                ]
                continue
            below = division_then_place(name, named_alone) if label == "PLACE" else None
            if below:
                # "南靖|丰田镇": the division is a place of its own, the town starts after it
                # ("广州从化|鳌头镇": each division of a chain before it)
                for a, b in division_chain(name[:below]) or [(0, below)]:
                    out.append(Candidate(start + a, start + b, "PLACE", "head_words", score, {"head": "division"}))
                start, name = start + below, name[below:]
            village = village_after_town(name) if label == "PLACE" else None
            if village:
                # "某某镇|南大坪村": the town is a place of its own, the village starts after it
                town = left_edge(text, words, start + village - 1, max_len=10, label="PLACE")
                if start + village - town >= 3:
                    out.append(Candidate(town, start + village, "PLACE", "head_words", score, {"head": "town"}))
                start, name = start + village, name[village:]
            parked = (
                label in ("PLACE", "PROJECT")
                and level_park(text, start, name, head)
                and not class_by_count(text, start, end)
            )
            if len(name) < 3 or (
                generic and _is_generic(name, head, generic) and not level_named(name, label) and not parked
            ):
                continue
            if (
                label == "MEETING"
                and head in p["meeting"]["edition_heads"]
                and not re.search(p["meeting"]["edition_mark"], name)
            ):
                continue  # "春节", "各个环节": a festival named by these heads holds its edition
            if label == "PROJECT" and name.endswith(tuple(p["project"]["class_endings"])):
                continue  # "“大干某某季”重点项目", "治理类项目": a class of projects
            if label == "PROJECT" and re.search(p["project"]["counted"], name[: len(name) - len(head)]):
                continue  # "新上3条自动化生产线": a count of things, not one named project
            if label == "PROJECT" and re.search(p["project"]["size_class"], name[: len(name) - len(head)]):
                continue  # "全市10亿元以上项目": a class of projects by size, not one project
            if label == "PROJECT" and class_by_count(text, start, end):
                continue  # "50余个|农机制造业项目", "社会事业项目|29个": a class of projects
            if label == "PROJECT" and class_by_batch(text, start, end):
                continue  # "第三批|“某某”项目", "某某区建设项目|(第四批)": a programme's batch
            if (
                label == "PROJECT"
                and head not in p["project"]["listed_heads"]
                and component_of_clause(text, words, start, end)
            ):
                continue  # "项目将建设|水产品深加工生产线": what a project builds (a 项目 is one itself)
            if (
                label == "PROJECT"
                and _is_generic(without_divisions(without_period(without_divisions(name))), head, generic)
                and not (head in p["project"]["named_by_place"] and without_divisions(name) != name)
            ):
                continue  # "屯留区长子县重点项目": places and generic words name no one project
            # "推广署/vn", "工业局及贸发局/n": the tagger's one word is the body's whole name
            body_named = word_start is not None and start == word_start
            # "澳门贸易投资促进/ORG|局/n": the tagger's name cut off before its one-character head
            body_named = body_named or (label == "ORG" and tagged_before_head(words, hw, head, m.start(), start, end))
            if label == "ORG" and len(head) == 1 and not body_named and not org_single_head_ok(text, words, start, end):
                continue
            doubled = len(head) == 1 and text.endswith(head, 0, end - 1)
            if label == "ORG" and doubled and text.startswith(titles, end - 1):
                continue  # "能源局|局长": the second 局 opens the title, the body ended before it
            if name.endswith(titles) and label == "ORG":
                continue  # "市委常委", "平城区委书记" are titles, not bodies
            if (
                not _specific(text, words, start, end - len(head))
                and not (firm_word and hw is not None and start == words[hw].start)
                and not body_named
                and not level_named(name, label)
                and not parked  # "县|化工基地": the page's own county names its park
                and not (label == "MEETING" and re.search(p["meeting"]["edition_named"], name))
                and not convened(text, start, head, label)
                and framed is None
                and not (label == "PROJECT" and introduced_by_builder(text, start, name, head))
                and not (label == "PROJECT" and listed_beside_project(text, start, end, name, head))
                and not (label == "PROJECT" and hw is not None and extended_road(text, words, hw) is not None)
            ):  # (a road's extension, "某某路|东延|项目", names its works: the road is the proper name)
                continue
            # "县|化工基地": the county's park, a place (no project being built)
            typed = "PLACE" if parked and not _specific(text, words, start, end - len(head)) else label
            out.append(Candidate(start, end, typed, "head_words", score, {"head": head}))
    pl = p["project"]["list"]
    out += listed_projects(
        text,
        out,
        tuple(pl["openers"]),
        pl["max_chars"],
        Candidate,
        lead=pl["item_lead"],
        counted_openers=tuple(pl["counted_openers"] + pl["visit_openers"]),
        specific=lambda s, e: _specific(text, words, s, e),
        not_ends=tuple(pl["item_not_ends"]),
        project_words=tuple(pl["project_before_opener"]),
        item_count=pl["item_count"],
        item_figure=pl["item_figure"],
        plain=lambda s, e: verbless(words, s, e),
        item_count_opening=pl["item_count_opening"],
        item_phase=pl["item_phase"],
        headed=lambda s, e: (h := project_head(text[s:e])) is not None and named_project(text[s:e], h),
        heads=tuple(p["project"]["heads"]),
        named=lambda s, e: named_item(text, words, s, e),
        short_close_not=pl["short_close_not"],
        visit_openers=tuple(pl["visit_openers"]),
        site_close=pl["site_close"],
        place_alone=lambda s, e: division_alone(text, words, s, e),
        person=lambda s, e: titled_person(text, words, s, e, titles),
        class_name=lambda s, e: listed_class(text[s:e]),
    )
    # "总投资X的|…项目", "投资X建设|…项目", "3.某区:|…项目": a frame fixes the name's left edge
    out += framed_projects(
        text,
        Candidate,
        tuple(p["project"]["heads"]),
        named=named_project,
        specific=lambda s, e: _specific(text, words, s, e),
        lead_stops=tuple(p["project"]["signing_stops"] + p["project"]["left_stops"]),
    )
    out += built_facilities(text, words)  # "某某大桥|开工建设": a facility being built is a project
    out += plan_candidates(text, words, context_names)  # "「某某水网计划」" on a Taiwan page
    out += firm_item_projects(text, words)  # "某某公司镁、铝合金压铸项目": the products share the head
    out = capacity_item_projects(text, words, out)  # "年产6万吨甲、乙系列产品项目": one project's products
    out += phased_projects(text, out, Candidate)  # "某某项目|二期工程": the phase stays in the name
    fields = field_items(text)  # "…甲产业工程、乙融合工程等多个领域": fields, no projects
    out = [c for c in out if c.label != "PROJECT" or not any(s <= c.start and c.end <= e for s, e in fields)]
    out += joint_events(text, out, Candidate)  # "X暨Y" is one event
    out += _zone_run_into_name(text, words)
    out += national_org_candidates(text, words)
    out += title_body_candidates(text, words) + chain_departments(text, words)  # "市委|书记", "、|政法委|书记"
    out += bodies_before_head_titles(text, words)  # "劳工局长某某": 劳工局
    out += _declared_candidates(text, words, declared, out)
    out += stationed_bodies(text, words)  # "某部|驻|某地|特派员公署": the mark is no verb here
    out += bracketed_firms(text, words)  # "某某|(南京)科技有限公司/w": the tagger cut at the bracket
    out += short_fair_names(text, words)  # "哈洽会", "第50届工展会": a fair's short form
    out += bracketed_parks(text, words)  # "某商|(某县)|科技产业园|负责人", "某西(某县)国际物流港|北园项目"
    out = with_bracketed_phases(text, out)  # "某某建设项目|(一期)": the phase stays in the name
    out = without_partner(text, out)  # "与|某某有限公司|某某项目": the signing's partner, no part of the name
    # "投资|企业某某能源集团/n": the class noun before a company is no part of its name
    apposed = apposed_bodies(words)
    cut = {b: a for a, b in apposed}
    out = [
        Candidate(cut[c.end], c.end, c.label, c.source, c.score, c.attrs)
        if c.label == "ORG" and c.start < cut.get(c.end, -1)
        else c
        for c in out
    ]
    return out + [Candidate(a, b, "ORG", "head_words", 0.65, {"head": "apposed"}) for a, b in apposed]
