"""The left edge of a name: walking left from a head word over the words that can stand inside a name.

The walk's steps are checks of one word each, tried in order (:data:`_STEPS`); the ones that
only an event's or a project's name asks are in :mod:`kg.nlp.entities.edge_steps`."""

from __future__ import annotations

import re
from collections.abc import Callable

from kg.nlp.entities.candidate import word_at
from kg.nlp.entities.edge_steps import EdgeFrame, Walk, go, meeting_step, project_step, stop
from kg.nlp.entities.edge_words import (
    body_before_conjunction,
    bracket_opened,
    counted_pattern,
    division_ends,
    division_year,
)
from kg.nlp.entities.joined_bodies import marked_class_ends
from kg.nlp.entities.lexicon_data import gaz_full, gazetteer_regex, lexicon
from kg.nlp.entities.project_checks import carried_on
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
    i = word_at(words, head_start)
    if i is None:
        return head_start
    f = _frame(text, words, head_start, label, i)
    walk = _first_walk(f)
    while walk.j >= 0 and head_start - words[walk.j].start <= max_len:
        walk = _step(f, walk)
        if walk.done:
            break
    return _settled(f, walk)


def _frame(text: str, words: list[Word], head_start: int, label: str, i: int) -> EdgeFrame:
    """What the walk reads and never changes: the text, the head word and the lexicon's lists."""
    lex = lexicon()
    nw = lex.patterns["name_words"]
    pl = lex.patterns["place"]
    # A place the tagger read whole ("某某村/LOC", "某某景区/LOC") is widened on the left only by
    # names ("白崖乡|…"): a modifier or a common noun before it is no part of it ("以前|某某村",
    # "著名|某某街", "项目村|某某村", "世界自然遗产地|某某景区").
    kinds = (*pl["zone_kinds"], *pl["heads"], *pl["generic"])  # "旅游度假区/LOC" names a kind, no place
    return EdgeFrame(
        text=text,
        words=words,
        head_start=head_start,
        label=label,
        i=i,
        lex=lex,
        tags=lex.name_tags,
        stop=lex.name_stop,
        nw=nw,
        counted=counted_pattern(tuple(nw["count_classifiers"])),
        ordinal=re.compile("^(?:第[0-9一二三四五六七八九十百]+[届次期批]|[0-9一二三四五六七八九十百]+届)$"),
        levels=tuple(lex.patterns["org"]["level_prefixes"]),
        place_ends=tuple(pl["admin_heads"]),
        eaten=tuple(lex.patterns["tagger"]["eaten_conjunctions"]),
        zones=tuple(z for z in pl["zones"] if len(z) >= 2),
        # "国家骨干冷链物流基地|山西肉冷链加工产业园": a description in apposition before a
        # name ends in a head word of the same kind; a head word right before the head is
        # part of it ("华兴大同农批城项目").
        same_heads=tuple(lex.patterns["project"]["heads"]) if label == "PROJECT" else (),
        meeting=lex.patterns["meeting"]["left_edge"],
        proj=lex.patterns["project"],
        whole_place=label == "PLACE"
        and words[i].tag == "LOC"
        and len(words[i].text) >= 3
        and words[i].text not in kinds,
        widening=frozenset(pl["widening_tags"]),
    )


def _first_walk(f: EdgeFrame) -> Walk:
    """The walk before its first step: a head word that starts inside a word takes that word's
    beginning along ("统战部"); a project on a road's extension goes on from the road."""
    words, i = f.words, f.i
    road = extended_road(f.text, words, i) if f.label == "PROJECT" else None
    if road is not None:
        # "某某路|东延|项目": the road's extension is its works' name; the walk goes on from the road
        return Walk(start=words[road].start, j=road - 1, t_right="LOC", passed_name=True)
    return Walk(start=words[i].start, j=i - 1, t_right=words[i].tag)


def _step(f: EdgeFrame, walk: Walk) -> Walk:
    """One step of the walk over ``words[walk.j]``: the first check that decides it, else the
    word's own standing (:func:`_taken`)."""
    for check in _STEPS:
        step = check(f, walk)
        if step is not None:
            return step
    return _taken(f, walk)


def _bounded(f: EdgeFrame, walk: Walk) -> Walk | None:
    """The walk ends at a word that does not touch the name, a line break or a separator, a
    conjunction right before a project's head word, and a dateline's 电."""
    words, j, nw = f.words, walk.j, f.nw
    s, e, w, _ = words[j]
    if e != walk.start or "\n" in w or any(x in w for x in nw["separators"]):
        return stop(walk)
    if f.label == "PROJECT" and j == f.i - 1 and w in f.proj["conjunction_before_head"]:
        return stop(walk)  # "某某大使|及|项目代表": the head word right after a conjunction is the bare noun
    if w.startswith(nw["dateline_close"]) and j > 0 and re.search(nw["dateline_date"], words[j - 1].text):
        # "新华社北京3月9日|电政协/ORG|第十三届…会议": the dateline's 电 is no part of the name
        if len(w) > len(nw["dateline_close"]):
            return stop(walk, start=s + len(nw["dateline_close"]))
        return stop(walk)
    return None


def _quoted(f: EdgeFrame, walk: Walk) -> Walk | None:
    """A quotation that closes right before the name: a quoted part of it, or where it ends."""
    text, words, j, label, start = f.text, f.words, walk.j, f.label, walk.start
    _, e, w, _ = words[j]
    if not (w and w[-1] in QUOTES_CLOSE):
        return None
    if label == "ORG" and words[j + 1].tag == "ORG" and words[j + 1].start == e:
        return stop(walk)  # "“娘家人”|建设部/ORG", "《某某日报》|新华社/ORG": a body's whole name after a quotation
    if label == "PLACE":
        return stop(walk)  # "“某某庄园”|某某村", "“组组通”|硬化路": a place's name holds no quotation
    # A quoted part of a name: "“源网荷储”一体化建设项目"; the opening mark that pairs
    # with this closing one ("“建功‘十五五’ 青春…担当”").
    opening = QUOTES_OPEN[QUOTES_CLOSE.index(w[-1])]
    k = j
    while k >= 0 and not (words[k].text and words[k].text[0] == opening) and start - words[k].start <= 30:
        k -= 1
    if k < 0 or start - words[k].start > 30 or re.search(r"[。，,！？；：!?;:]", text[words[k].start : start]):
        return stop(walk)  # a quotation of speech, not a quoted part of a name
    return go(walk, start=words[k].start, j=k - 1)


def _dotted(f: EdgeFrame, walk: Walk) -> Walk | None:
    """ "中国新农·浑源农商智慧城": a middle dot joins two parts of one name (not of a place's)."""
    words, j = f.words, walk.j
    s, _, w, _ = words[j]
    if w in ("·", "•") and f.label != "PLACE" and j > 0 and words[j - 1].end == s and _name_chars(words[j - 1].text):
        return go(walk, start=s, j=j - 1)
    return None


def _org_step(f: EdgeFrame, walk: Walk) -> Walk | None:
    """A body's checks: a conjunction inside its name, its opener, a locative and a description
    in apposition before it."""
    if f.label != "ORG":
        return None
    text, words, j, nw, lex, start = f.text, f.words, walk.j, f.nw, f.lex, walk.start
    s, e, w, _ = words[j]
    if (
        w in nw["org_conjunctions"]
        and walk.conj_at is None
        and j > 0
        and words[j - 1].tag in f.tags
        and words[j - 1].tag != "PER"  # "…主任张伟|和|某市自然资源局": two phrases, not one name
        and not words[j - 1].text.endswith(tuple(nw["group_nouns"]))  # "省政协领导|和|某某大学"
        and not words[j - 1].text.endswith(lex.org_suffixes)  # "某出版社|和|某出版社": two bodies
    ):
        # "大同市就业和人才服务中心", "市文化和旅游局": kept only if the name then starts with
        # a place or a level word (checked in _settled), as government bodies' names do.
        return go(walk, conj_at=start, start=s, j=j - 1)
    if start < f.head_start and text.startswith(tuple(nw["org_openers"]), start):
        return stop(walk)  # "某某科学城|中国科学院某某研究所": the name opens with 中国
    if w in nw["org_stops"]:
        return stop(walk)  # "活动|中|某某市委会": a locative, not part of the name
    if (
        w.endswith(tuple(lex.patterns["org"]["apposition_nouns"]))
        and start < f.head_start
        and (_specific(text, words, start, f.head_start) or (f.head_start - start >= 2 and marked_class_ends(text, e)))
    ):
        return stop(walk)  # "著名学府|哈佛大学", "民间团体|某某协会": a description in apposition
    return None


def _run_on(f: EdgeFrame, walk: Walk) -> Walk | None:
    """A word the tagger ran a stop word into before a division, and a common word before a
    place the tagger read whole."""
    _, e, w, t = f.words[walk.j]
    if len(w) >= 2 and w[-1] in f.stop and gazetteer_regex().match(f.text, e):
        return stop(walk)  # "摄影周由|晋中市人民政府": the tagger ran a preposition into the word before
    if (
        f.whole_place
        and len(w) >= 2
        and t not in f.widening
        and w[-1] not in QUOTES_CLOSE
        and not division_ends(f.text, e)
    ):
        # "以前|某某村/LOC": a whole tagged place takes no common word before it (a character
        # the tagger split off the name, "下|溪水库", and a division it cut, "应|城市|…", stay)
        return stop(walk)
    return None


def _bracketed(f: EdgeFrame, walk: Walk) -> Walk | None:
    """A bracket inside a name: a project's unit of count, or a short part of a body's, a
    project's or a place's name."""
    text, words, j, label = f.text, f.words, walk.j, f.label
    s, _, w, _ = words[j]
    if (
        label == "PROJECT"
        and w in ")）"
        and j >= 3
        and words[j - 1].text in f.proj["bracketed_units"]
        and words[j - 2].text in "(（"
        and words[j - 3].tag == "m"
        and words[j - 3].end == words[j - 2].start
    ):
        return go(walk, start=words[j - 3].start, t_right="m", j=j - 4)  # "2000台（套）": a count with its unit
    if label in ("ORG", "PROJECT", "PLACE") and w in ")）":
        k = bracket_opened(text, words, j)
        if k is not None and label == "PLACE" and not gazetteer_regex().fullmatch(text, words[k].end, s):
            k = None  # a place takes a bracket only for its host place: "某商(凤阳)工业园"
        if k is not None:
            # "中国蓝星(集团)股份有限公司", "某某(上海)企业咨询有限公司", "某物流园(二期)项目":
            # a bracketed part inside a name, after a word that can stand in one
            return go(walk, start=words[k].start, j=k - 1)
    return None


def _unnamed(f: EdgeFrame, walk: Walk) -> Walk | None:
    """Outside an event's name (:func:`meeting_step` has its own): a stop word, a word of no
    name's tag or characters, a count and an ordinal end the walk."""
    if f.label == "MEETING":
        return None
    w, t = f.words[walk.j].text, f.words[walk.j].tag
    if w in f.stop or t not in f.tags or not _name_chars(w) or f.counted.match(w) or f.ordinal.match(w):
        return stop(walk)  # (an event's name keeps its ordinal: "省第十二届残疾人运动会"; a place's does not)
    return None


_STEPS: tuple[Callable[[EdgeFrame, Walk], Walk | None], ...] = (
    _bounded,
    _quoted,
    _dotted,
    _org_step,
    _run_on,
    _bracketed,
    project_step,
    meeting_step,
    _unnamed,
)


def _taken(f: EdgeFrame, walk: Walk) -> Walk:
    """The last checks of every name's word (a date, a demonstrative's level word, a place's
    bounds, a person's eaten conjunction, a project named before this one); a word that passes
    them all is taken into the name."""
    text, words, j, label, lex, nw = f.text, f.words, walk.j, f.label, f.lex, f.nw
    s, e, w, t = words[j]
    # An event is named by its year or quarter ("2024年第二季度重点项目集中开工仪式"), never
    # by its day; other names by no date at all.
    dated = t == "TIME" and (re.search(r"[0-9]", w) or any(d in w for d in nw["date_marks"]))
    dated = dated or any(p in w for p in nw["day_parts"])
    if (
        dated
        and not (label == "MEETING" and re.fullmatch(nw["event_periods"], w))
        and not (label == "PROJECT" and division_year(text, words, j, f.proj))
    ):
        return stop(walk)
    if w in f.levels and j > 0 and words[j - 1].text in nw["demonstratives"] and text.startswith(w, e):
        return stop(walk)
    if label == "PLACE" and len(w) >= 2 and w.endswith(f.place_ends) and (t == "LOC" or gaz_full(w)):
        return stop(walk)  # "城区/n|钟家庄街道": a district the tagger did not call a place still bounds it
    if t == "PER" and label != "MEETING" and conjunction_eaten(words, j, f.eaten, lex.org_suffixes):
        return stop(walk)  # "副县长王伟和/PER|县发改委": a person and a body, not one name
    if label == "PLACE" and t == "PER" and walk.t_right == "PER":
        return stop(walk)  # "曾宪林|曾培炎|…|雷鸣球|路": a list of names before a road, not its name
    if label == "PLACE" and text.endswith(f.zones, 0, e):
        return stop(walk)  # "…示范区|潇河": a place is named apart from the zone it lies in
    passed_name = walk.passed_name
    if f.same_heads and t != "ORG" and j != walk.joined_at and text[max(0, e - 8) : e].endswith(f.same_heads):
        # (a company named …工程 is no project before this one; "某某生产线|技改|项目" runs on)
        # ... nor one a verb of the trade and a conjunction follow ("某某污水处理厂|尾水排放及…工程",
        # verb_joined), unless it is a project's own head ("某某项目|建设及…")
        # ("某某园区项目|规划及|某省某某基地项目": that project's plan, and the name after 及 is another's)
        freed = walk.verb_joined and not text.endswith(tuple(f.proj["carried_heads"]), 0, e)
        if walk.passed_name and not carried_on(text, words, j, f.i, f.head_start) and not freed:
            return stop(walk) if walk.place_joined is None else stop(walk, start=walk.place_joined)
    else:
        passed_name = True
    return go(walk, start=s, t_right=t, passed_name=passed_name, verb_from=None, j=j - 1)


def _settled(f: EdgeFrame, walk: Walk) -> int:
    """The name's start once the walk has ended: back to the first verb of a project's trade
    that no other word followed, and back to a body's conjunction where the name does not then
    start with a place or a level word or holds two phrases."""
    text, start, conj_at = f.text, walk.start, walk.conj_at
    if walk.verb_from is not None:
        start = walk.verb_from
    if conj_at is not None and not (gazetteer_regex().match(text, start) or text.startswith(f.levels, start)):
        return conj_at
    if conj_at is not None and body_before_conjunction(text, f.words, start, conj_at):
        return conj_at
    return start
