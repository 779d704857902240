"""The left edge of a name: walking left from a head word over the words that can stand inside a name."""

from __future__ import annotations

import re

from kg.nlp.entities.candidate import word_at
from kg.nlp.entities.edge_words import (
    body_before_conjunction,
    bracket_opened,
    capacity_before,
    counted_pattern,
    division_ends,
    division_year,
    in_open_quote,
    noun_joined,
)
from kg.nlp.entities.joined_bodies import marked_class_ends
from kg.nlp.entities.lexicon_data import gaz_full, gazetteer_regex, lexicon
from kg.nlp.entities.project_checks import carried_on, subject_verb
from kg.nlp.entities.road_names import extended_road
from kg.nlp.entities.shapes import _name_chars, _specific
from kg.nlp.tagger_evidence import conjunction_eaten
from kg.nlp.words import QUOTES_CLOSE, QUOTES_OPEN, Word


def left_edge(text: str, words: list[Word], head_start: int, max_len: int = 30, label: str = "") -> int:
    """The start of the name whose head word begins at ``head_start``.

    Walks left over words that can stand inside a name (nouns, proper nouns, numbers,
    quoted segments) and stops at verbs, function words, punctuation and the stop words of
    ``entities.toml``; also at a count ("36个|调解委员会", "160所|乡镇学校"), at a
    demonstrative's own noun ("该县|县委组织部") and, for places, at a word that is itself a
    place ("白崖乡|涑湾村": a village is named apart from its township).

    >>> text = "该县县委组织部相关负责人表示"
    >>> from kg.nlp.segmenters import make_segmenter
    >>> from kg.nlp.words import words_of
    >>> ws = words_of(make_segmenter("lac").segment(text))
    >>> text[left_edge(text, ws, text.index("部")) : text.index("部") + 1]
    '县委组织部'
    """
    lex = lexicon()
    tags, stop = lex.name_tags, lex.name_stop
    nw = lex.patterns["name_words"]
    counted = counted_pattern(tuple(nw["count_classifiers"]))
    ordinal = re.compile("^(?:第[0-9一二三四五六七八九十百]+[届次期批]|[0-9一二三四五六七八九十百]+届)$")
    levels = tuple(lex.patterns["org"]["level_prefixes"])
    place_ends = tuple(lex.patterns["place"]["admin_heads"])
    eaten = tuple(lex.patterns["tagger"]["eaten_conjunctions"])
    zones = tuple(z for z in lex.patterns["place"]["zones"] if len(z) >= 2)
    # "国家骨干冷链物流基地|山西肉冷链加工产业园": a description in apposition before a
    # name ends in a head word of the same kind; a head word right before the head is
    # part of it ("华兴大同农批城项目").
    same_heads = tuple(lex.patterns["project"]["heads"]) if label == "PROJECT" else ()
    passed_name = False
    meeting = lex.patterns["meeting"]["left_edge"]
    proj = lex.patterns["project"]
    conj_at: int | None = None
    verb_from: int | None = None
    joined_at: int | None = None
    i = word_at(words, head_start)
    if i is None:
        return head_start
    t_right = words[i].tag
    # A place the tagger read whole ("某某村/LOC", "某某景区/LOC") is widened on the left only by
    # names ("白崖乡|…"): a modifier or a common noun before it is no part of it ("以前|某某村",
    # "著名|某某街", "项目村|某某村", "世界自然遗产地|某某景区").
    pl = lex.patterns["place"]
    kinds = (*pl["zone_kinds"], *pl["heads"], *pl["generic"])  # "旅游度假区/LOC" names a kind, no place
    whole_place = label == "PLACE" and words[i].tag == "LOC" and len(words[i].text) >= 3 and words[i].text not in kinds
    widening = frozenset(lex.patterns["place"]["widening_tags"])
    # A head word that starts inside a word takes that word's beginning along ("统战部").
    start, j = words[i].start, i - 1
    road = extended_road(text, words, i) if label == "PROJECT" else None
    if road is not None:
        # "某某路|东延|项目": the road's extension is its works' name; the walk goes on from the road
        start, t_right, passed_name, j = words[road].start, "LOC", True, road - 1
    while j >= 0 and head_start - words[j].start <= max_len:
        s, e, w, t = words[j]
        if e != start or "\n" in w or any(x in w for x in nw["separators"]):
            break
        if label == "PROJECT" and j == i - 1 and w in proj["conjunction_before_head"]:
            break  # "某某大使|及|项目代表": the head word right after a conjunction is the bare noun
        if w.startswith(nw["dateline_close"]) and j > 0 and re.search(nw["dateline_date"], words[j - 1].text):
            # "新华社北京3月9日|电政协/ORG|第十三届…会议": the dateline's 电 is no part of the name
            if len(w) > len(nw["dateline_close"]):
                start = s + len(nw["dateline_close"])
            break
        if w and w[-1] in QUOTES_CLOSE:
            if label == "ORG" and words[j + 1].tag == "ORG" and words[j + 1].start == e:
                break  # "“娘家人”|建设部/ORG", "《某某日报》|新华社/ORG": a body's whole name after a quotation
            if label == "PLACE":
                break  # "“某某庄园”|某某村", "“组组通”|硬化路": a place's name holds no quotation
            # A quoted part of a name: "“源网荷储”一体化建设项目"; the opening mark that pairs
            # with this closing one ("“建功‘十五五’ 青春…担当”").
            opening = QUOTES_OPEN[QUOTES_CLOSE.index(w[-1])]
            k = j
            while k >= 0 and not (words[k].text and words[k].text[0] == opening) and start - words[k].start <= 30:
                k -= 1
            if k < 0 or start - words[k].start > 30 or re.search(r"[。，,！？；：!?;:]", text[words[k].start : start]):
                break  # a quotation of speech, not a quoted part of a name
            start = words[k].start
            j = k - 1
            continue
        if w in ("·", "•") and label != "PLACE" and j > 0 and words[j - 1].end == s and _name_chars(words[j - 1].text):
            # "中国新农·浑源农商智慧城": a middle dot joins two parts of one name.
            start = s
            j -= 1
            continue
        if (
            label == "ORG"
            and w in nw["org_conjunctions"]
            and conj_at is None
            and j > 0
            and words[j - 1].tag in tags
            and words[j - 1].tag != "PER"  # "…主任张伟|和|某市自然资源局": two phrases, not one name
            and not words[j - 1].text.endswith(tuple(nw["group_nouns"]))  # "省政协领导|和|某某大学"
            and not words[j - 1].text.endswith(lex.org_suffixes)  # "某出版社|和|某出版社": two bodies
        ):
            # "大同市就业和人才服务中心", "市文化和旅游局": kept only if the name then starts with
            # a place or a level word (checked below), as government bodies' names do.
            conj_at = start
            start = s
            j -= 1
            continue
        if label == "ORG" and start < head_start and text.startswith(tuple(nw["org_openers"]), start):
            break  # "某某科学城|中国科学院某某研究所": the name opens with 中国
        if label == "ORG" and w in nw["org_stops"]:
            break  # "活动|中|某某市委会": a locative, not part of the name
        if (
            label == "ORG"
            and w.endswith(tuple(lex.patterns["org"]["apposition_nouns"]))
            and start < head_start
            and (_specific(text, words, start, head_start) or (head_start - start >= 2 and marked_class_ends(text, e)))
        ):
            break  # "著名学府|哈佛大学", "民间团体|某某协会": a description in apposition
        if len(w) >= 2 and w[-1] in stop and gazetteer_regex().match(text, e):
            break  # "摄影周由|晋中市人民政府": the tagger ran a preposition into the word before
        if (
            whole_place
            and len(w) >= 2
            and t not in widening
            and w[-1] not in QUOTES_CLOSE
            and not division_ends(text, e)
        ):
            # "以前|某某村/LOC": a whole tagged place takes no common word before it (a character
            # the tagger split off the name, "下|溪水库", and a division it cut, "应|城市|…", stay)
            break
        if (
            label == "PROJECT"
            and w in ")）"
            and j >= 3
            and words[j - 1].text in proj["bracketed_units"]
            and words[j - 2].text in "(（"
            and words[j - 3].tag == "m"
            and words[j - 3].end == words[j - 2].start
        ):
            start, t_right = words[j - 3].start, "m"  # "2000台（套）": a count with its unit
            j -= 4
            continue
        if label in ("ORG", "PROJECT", "PLACE") and w in ")）":
            k = bracket_opened(text, words, j)
            if k is not None and label == "PLACE" and not gazetteer_regex().fullmatch(text, words[k].end, s):
                k = None  # a place takes a bracket only for its host place: "某商(凤阳)工业园"
            if k is not None:
                # "中国蓝星(集团)股份有限公司", "某某(上海)企业咨询有限公司", "某物流园(二期)项目":
                # a bracketed part inside a name, after a word that can stand in one
                start = words[k].start
                j = k - 1
                continue
        if (
            label == "PROJECT"
            and w in proj["capacity_periods"]
            and j >= 2
            and words[j - 1].text in "/／"
            and words[j - 2].tag == "m"
            and not (j >= 3 and re.fullmatch(proj["phase_word"], words[j - 3].text))
        ):
            # "140万吨/年", "4500t/d": a capacity per year or day (a phase's, "一期200吨/年", names
            # the phase)
            start, t_right = words[j - 2].start, "m"
            j -= 3
            continue
        if (
            label == "PROJECT"
            and w[:1] in "/／"
            and w[1:] in proj["capacity_periods"]
            and j >= 1
            and words[j - 1].tag == "m"
            and not (j >= 2 and re.fullmatch(proj["phase_word"], words[j - 2].text))
        ):
            start, t_right = words[j - 1].start, "m"  # "11万吨|/年" (the tagger's one word)
            j -= 2
            continue
        if (
            label == "PROJECT"
            and (w == "、" or w in proj["inner_conjunctions"])
            and 2 <= j < i
            and words[j + 1].tag == "m"
            and words[j - 1].tag in ("n", "nz")
            and capacity_before(words, j - 2)
            and not (
                w in proj["common_noun_conjunctions"]
                and (
                    words[j + 1].text.startswith(tuple(proj["leading_verbs"]))
                    or words[i].text not in proj["listed_heads"]
                )
            )
        ):
            # "60万吨PVC、60万吨烧碱产业综合项目", "年产1000吨合成某某及2000吨某某项目", "年产3万吨
            # 某某原料及3万吨某某下游制品项目": capacities of one project listed in its name
            start = s
            j -= 1
            continue
        if (
            label == "PROJECT"
            and w in proj["company_conjunctions"]
            and j >= 1
            and words[j - 1].end == s
            and words[j - 1].tag in ("n", "nz")
            and not words[j - 1].text.endswith(lex.org_suffixes)
            and (j == 1 or words[j - 2].text in ("：", ":", "\n") or "\n" in words[j - 2].text)
            and any(x in text[e:head_start] for x in proj["company_heads"])
        ):
            # "某县：天地和钢材制品有限公司…项目": a heading's item opens with a company whose
            # name holds 和, no list
            start, t_right = words[j - 1].start, words[j - 1].tag
            break
        if label == "PROJECT" and re.fullmatch(proj["amount"], w):
            break  # "投资2亿元|某某技改工程": an amount opens no project's name
        paid = re.match(proj["amount"], w) if label == "PROJECT" else None
        if paid and paid.group().endswith("元") and _name_chars(w[paid.end() :]):
            start = s + paid.end()  # "投资|3亿元某某公司|专用车项目": the tagger ran the amount into the name
            break
        if label == "PROJECT" and w in proj["duty_stops"]:
            break  # "某区要当好|全市项目建设…": a duty, not a name
        if label == "PROJECT" and w in proj["left_stops"]:
            break  # "调研|屯留区重点项目": the visit, not the project's name
        if label == "PROJECT" and w.startswith(tuple(proj["signing_stops"])):
            # "某公司签订|某某PPP项目", "主会场|某某三期项目" (the tagger may join the site
            # word to the name's first character: "主会场法|麦克斯")
            cut = next(x for x in proj["signing_stops"] if w.startswith(x))
            if len(w) > len(cut) and _name_chars(w[len(cut) :]):
                start = s + len(cut)
            break
        if (
            label == "PROJECT"
            and w in proj["inner_conjunctions"] + proj["inner_words"]
            and w not in proj["common_noun_conjunctions"]  # 和 joins nouns only: "某某建设|和|棚户区改造项目"
            and 0 < j < i
            and words[j - 1].end == s
            and (words[j - 1].tag in ("vn", "v") or (w in proj["inner_words"] and words[j - 1].tag in ("n", "nz")))
            and not words[j - 1].text.endswith(tuple(proj["heads"]))
            and words[j + 1].tag not in ("ORG", "PER", "LOC")
        ):
            start, t_right = s, "n"  # "大蒜深加工|及|综合利用项目", "智能车|用|安全玻璃生产项目"
            j -= 1
            continue
        if label == "PROJECT" and noun_joined(words, j, i, proj):
            # "某某培训基地|及|健康管理中心建设工程": what the project builds, joined by 及, stays in
            # its name; the facility's head word before 及 then ends no name (joined_at)
            start, t_right, joined_at = s, "n", j - 1
            j -= 1
            continue
        if label == "PROJECT" and subject_verb(text, words, j):
            break  # "某县政府完成|某某道路改善工程": a body's clause, not the name
        if label == "PROJECT" and w in proj["leading_verbs"]:
            # "年产20万吨针状焦项目": a name may open with its capacity, unlike other verbs.
            start, t_right = s, t
            passed_name = True
            verb_from = None
            j -= 1
            continue
        if label == "PROJECT" and t in meeting["tags"] and j > 0 and words[j - 1].tag == "PER":
            break  # "研究员张玺|立足系统工程": a person's verb, not a project's name
        if label == "PROJECT" and t in meeting["tags"] and w not in stop and w not in meeting["triggers"]:
            # "光伏发电项目", "服务器智造项目": a project's name may hold a verb of its trade,
            # but does not start with one.
            if verb_from is None:
                verb_from = start
            start, t_right = s, t
            passed_name = True
            j -= 1
            continue
        if label == "MEETING" and w in ")）" and j > 1:
            # "2025中国(某市)氢能产业大会": a host city in brackets inside an event's name
            opened = next((k for k in range(j - 1, max(-1, j - 5), -1) if words[k].text in "(（"), None)
            if opened is not None and opened > 0 and gazetteer_regex().fullmatch(text, words[opened].end, s):
                start, t_right = words[opened].start, "LOC"
                j = opened - 1
                continue
            # "中秋恳亲大会(第三届)": the edition in brackets
            if opened is not None and opened > 0 and re.fullmatch(meeting["edition"], text[words[opened].end : s]):
                start, t_right = words[opened].start, "m"
                j = opened - 1
                continue
        if label == "MEETING" and w in ("—", "——", "－") and in_open_quote(text, s):
            # "“某某遗珍——辽金文物精品展”": a title and its subtitle inside one quotation
            start = s
            j -= 1
            continue
        if (
            label == "MEETING"
            and w in meeting["partner_dashes"]
            and j > 0
            and words[j - 1].tag == "LOC"
            and words[j - 1].end == s
            and text[e : e + 1] not in meeting["partner_dashes"]
        ):
            # "第十二届中国|—|东盟博览会": a country and its partner region in one event's name
            start = s
            j -= 1
            continue
        if label == "MEETING" and t == "PER" and j + 1 < len(words) and words[j + 1].tag == "v":
            start = words[j + 1].end  # "某某|会见|某某促进会理事会议": a person's clause, not the name
            break
        if (
            label == "MEETING"
            and w[:1] in meeting["conjunctions"]
            and j > 0
            and words[j - 1].text.endswith(tuple(lex.patterns["meeting"]["heads"]))
            and words[j - 1].end == s
        ):
            # "…(扩大)会议|和|县…常务会议": a meeting named before this one; the tagger may join
            # the conjunction to the next word ("会议|和县|十六届…").
            if len(w) > 1:
                start = s + 1
            break
        if label == "MEETING":
            # Event names hold verbs ("青春榜样进校园主题宣讲活动", "“人到山西好风光”人才宣介
            # 杭州专场活动"); they end on the left at the verb that holds or joins the event.
            bodies = ("ORG", "LOC")
            if w in meeting["conjunctions"] and j > 0 and words[j - 1].tag in bodies and t_right in bodies:
                # "市委统战部与中央民族大学合作共建活动": two bodies' joint event.
                start, t_right = s, t
                j -= 1
                continue
            nouns = meeting["joined_nouns"]
            if w in meeting["noun_conjunctions"] and j > 0 and words[j - 1].tag in nouns and t_right in nouns:
                # "党外人士和企业家代表座谈会": two common nouns of one event's name
                start, t_right = s, t
                j -= 1
                continue
            if w in meeting["triggers"] or (w in stop and w not in meeting["inner"]):
                break
            if w in meeting["session_verbs"] and "届" in text[e:head_start] and "次" in text[e:head_start]:
                break  # "会议决定|某届委员会第五次会议": a numbered session's name holds no verb
            if w in meeting["scopes"] and not (j > 0 and ordinal.match(words[j - 1].text) and words[j - 1].end == s):
                start, t_right = s, t
                break  # "学习|全省经济运行调度会议": the scope opens the name
            # ... but after an edition it is the sitting body's level ("某会议第十一届|全国委员会
            # 第一次会议"): the name goes on to the body that holds the edition.
            if t not in tags and t not in meeting["tags"] or not _name_chars(w) or counted.match(w):
                break
        elif w in stop or t not in tags or not _name_chars(w) or counted.match(w) or ordinal.match(w):
            break  # (an event's name keeps its ordinal: "省第十二届残疾人运动会"; a place's does not)
        # An event is named by its year or quarter ("2024年第二季度重点项目集中开工仪式"), never
        # by its day; other names by no date at all.
        dated = t == "TIME" and (re.search(r"[0-9]", w) or any(d in w for d in nw["date_marks"]))
        dated = dated or any(p in w for p in nw["day_parts"])
        if (
            dated
            and not (label == "MEETING" and re.fullmatch(nw["event_periods"], w))
            and not (label == "PROJECT" and division_year(text, words, j, proj))
        ):
            break
        if w in levels and j > 0 and words[j - 1].text in nw["demonstratives"] and text.startswith(w, e):
            break
        if label == "PLACE" and len(w) >= 2 and w.endswith(place_ends) and (t == "LOC" or gaz_full(w)):
            break  # "城区/n|钟家庄街道": a district the tagger did not call a place still bounds it
        if t == "PER" and label != "MEETING" and conjunction_eaten(words, j, eaten, lex.org_suffixes):
            break  # "副县长王伟和/PER|县发改委": a person and a body, not one name
        if label == "PLACE" and t == "PER" and t_right == "PER":
            break  # "曾宪林|曾培炎|…|雷鸣球|路": a list of names before a road, not its name
        if label == "PLACE" and text.endswith(zones, 0, e):
            break  # "…示范区|潇河": a place is named apart from the zone it lies in
        if same_heads and t != "ORG" and j != joined_at and text[max(0, e - 8) : e].endswith(same_heads):
            # (a company named …工程 is no project before this one; "某某生产线|技改|项目" runs on)
            if passed_name and not carried_on(text, words, j, i, head_start):
                break
        else:
            passed_name = True
        start, t_right = s, t
        verb_from = None
        j -= 1
    if verb_from is not None:
        start = verb_from
    if conj_at is not None and not (gazetteer_regex().match(text, start) or text.startswith(levels, start)):
        return conj_at
    if conj_at is not None and body_before_conjunction(text, words, start, conj_at):
        return conj_at
    return start
