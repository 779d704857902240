"""Whether a name :mod:`kg.nlp.entities.head_words` has found by its head word stands: the
checks at the head itself (before any left edge is drawn), and those on the whole name once its
edge is fixed, per label (ORG, PLACE, PROJECT, MEETING)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.nlp.entities.body_words import tagged_before_head
from kg.nlp.entities.head_checks import convened, level_named, level_park, org_single_head_ok, place_opens
from kg.nlp.entities.level_parks import level_opening
from kg.nlp.entities.lexicon_data import lexicon
from kg.nlp.entities.place_forms import one_direction_part
from kg.nlp.entities.project_checks import (
    class_by_batch,
    class_by_count,
    component_of_clause,
    introduced_by_builder,
    listed_beside_project,
    without_divisions,
    without_period,
)
from kg.nlp.entities.road_names import extended_road
from kg.nlp.entities.shapes import _covered, _is_generic, _name_chars, _specific
from kg.nlp.words import Word


@dataclass(frozen=True)
class HeadHit:
    """One head word found in the text: its label, the head, where it starts and ends, and the
    tagger's word at its start (``hw``, None where no word starts there)."""

    text: str
    words: list[Word]
    label: str
    head: str
    begin: int
    end: int
    hw: int | None


def firm_word(hit: HeadHit) -> bool:
    """Whether the tagger's word at the head is a company's name it read as no name: a word that
    ends in a company's long suffix names one ("某某光電股份有限公司/v": s28-org2, real-pages p11).
    Not for its name-tagged words: "厂商某某股份有限公司/n" holds a class noun, "高新区某某有限公司/n"
    a zone (real-pages-15 g05, real-pages-30 r05 when tried)."""
    words, hw = hit.words, hit.hw
    return (
        hit.label == "ORG"
        and hw is not None
        and len(hit.head) >= 4
        and hit.head.endswith("公司")
        and words[hw].end == hit.end
        and hit.begin - words[hw].start >= 2
        and words[hw].tag not in lexicon().name_tags
        and _name_chars(hit.text[words[hw].start : hit.begin])  # not ")控股有限公司/w"
    )


def rejected_at_head(hit: HeadHit, heads: tuple[str, ...], firm: bool) -> bool:
    """Whether the head word names nothing where it stands, before any left edge is drawn: what
    follows it, the word it ends, or the word it sits in says it is no head of a name here."""
    lex = lexicon()
    p = lex.patterns
    text, words, label, head, end, hw = hit.text, hit.words, hit.label, hit.head, hit.end, hit.hw
    if label == "PROJECT" and any(text.startswith(x, end) for x in p["project"]["not_followed_by"]):
        return True
    built = p["project"]["built_heads"]
    if label == "PROJECT" and head in built and not text.endswith(tuple(p["project"]["built_ends"]), 0, hit.begin):
        return True  # "齐鲁名师|建设工程": a programme; "某某综合楼|建设工程": a works
    if label == "MEETING" and head in p["meeting"]["restated"] and text.endswith(heads, 0, end - len(head)):
        return True  # "…座谈会|会议精神": the head restated after a name that has one
    name_word = hw is None or words[hw].tag in lex.name_tags or firm
    if hw is not None and words[hw].start < hit.begin and not name_word:
        return True  # "举办" ends in 办, "矿山" in 山 only as ordinary words do
    if label == "PLACE" and hw is not None and words[hw].text.endswith(tuple(p["place"]["not_heads"])):
        return True  # "招商|思路": a word that ends like a road
    if label == "ORG" and hw is not None and words[hw].text in p["org"]["not_heads"]:
        return True  # "某某局|干部": a cadre of the bureau, not a body
    if label == "ORG" and hw is not None and words[hw].text.endswith(tuple(p["org"]["people_ends"])):
        return True  # "某县|领导干部/n": cadres, people
    if label == "ORG" and text.endswith(tuple(p["org"]["direction_parts"]), 0, end):
        return True  # "某县西南部/LOC": a part of the county, whatever the word
    if label == "ORG" and one_direction_part(text[max(0, end - 5) : end]) is not None:
        return True  # "某县东部", "某某镇西部": one direction of a division, no body
    # "主任|任宝山", "孙中山": a person's name that ends like a place (山, 河, 村)
    return label == "PLACE" and hw is not None and words[hw].tag == "PER" and len(head) == 1


def unnamed_area(hit: HeadHit, start: int) -> bool:
    """Whether an area head ("产区", "园区") has no place opening its name: "葡萄酒产区" is a kind
    of area, named only by a place (or by the page's county by its level word, "县盐化工业园/n")."""
    text, words = hit.text, hit.words
    return (
        hit.label == "PLACE"
        and hit.head in lexicon().patterns["place"]["area_heads"]
        and not place_opens(text, words, start)
        and level_opening(text, words, start) != start
    )


def parked(hit: HeadHit, start: int, name: str) -> bool:
    """Whether a place or project is a park the page's own county names by its level word
    ("县|化工基地"), and no class of projects counted."""
    return (
        hit.label in ("PLACE", "PROJECT")
        and level_park(hit.text, start, name, hit.head)
        and not class_by_count(hit.text, start, hit.end)
    )


def rejected_name(hit: HeadHit, name: str, generic: frozenset[str], park: bool) -> bool:
    """Whether the name is too short, or only generic words before its head, or (for a festival
    named by an edition head) holds no edition."""
    p = lexicon().patterns
    label, head = hit.label, hit.head
    if len(name) < 3 or (generic and _is_generic(name, head, generic) and not level_named(name, label) and not park):
        return True
    # "春节", "各个环节": a festival named by these heads holds its edition
    return (
        label == "MEETING"
        and head in p["meeting"]["edition_heads"]
        and not re.search(p["meeting"]["edition_mark"], name)
    )


def project_class(hit: HeadHit, start: int, name: str, generic: frozenset[str]) -> bool:
    """Whether a PROJECT candidate names a class of projects, a count of things or a component
    of another project's clause rather than one named project."""
    if hit.label != "PROJECT":
        return False
    p = lexicon().patterns["project"]
    text, words, head, end = hit.text, hit.words, hit.head, hit.end
    if name.endswith(tuple(p["class_endings"])):
        return True  # "“大干某某季”重点项目", "治理类项目": a class of projects
    if re.search(p["counted"], name[: len(name) - len(head)]):
        return True  # "新上3条自动化生产线": a count of things, not one named project
    if re.search(p["size_class"], name[: len(name) - len(head)]):
        return True  # "全市10亿元以上项目": a class of projects by size, not one project
    if class_by_count(text, start, end):
        return True  # "50余个|农机制造业项目", "社会事业项目|29个": a class of projects
    if class_by_batch(text, start, end):
        return True  # "第三批|“某某”项目", "某某区建设项目|(第四批)": a programme's batch
    if head not in p["listed_heads"] and component_of_clause(text, words, start, end):
        return True  # "项目将建设|水产品深加工生产线": what a project builds (a 项目 is one itself)
    # "屯留区长子县重点项目": places and generic words name no one project
    return _is_generic(without_divisions(without_period(without_divisions(name))), head, generic) and not (
        head in p["named_by_place"] and without_divisions(name) != name
    )


def body_named(hit: HeadHit, start: int, word_start: int | None) -> bool:
    """Whether the tagger's word(s) name the body whole: "推广署/vn", "工业局及贸发局/n" (its one
    word is the name), "澳门贸易投资促进/ORG|局/n" (its name cut off before a one-character head)."""
    named = word_start is not None and start == word_start
    return named or (hit.label == "ORG" and tagged_before_head(hit.words, hit.hw, hit.head, hit.begin, start, hit.end))


def org_rejected(hit: HeadHit, start: int, name: str, named: bool) -> bool:
    """Whether an ORG candidate is no body: a one-character head the text does not vouch for, a
    head doubled into a title ("能源局|局长"), or a title ("市委常委", "平城区委书记")."""
    if hit.label != "ORG":
        return False
    text, head, end = hit.text, hit.head, hit.end
    titles = lexicon().titles
    if len(head) == 1 and not named and not org_single_head_ok(text, hit.words, start, end):
        return True
    doubled = len(head) == 1 and text.endswith(head, 0, end - 1)
    if doubled and text.startswith(titles, end - 1):
        return True  # "能源局|局长": the second 局 opens the title, the body ended before it
    return name.endswith(titles)  # "市委常委", "平城区委书记" are titles, not bodies


def unspecific(hit: HeadHit, start: int, name: str, firm: bool, named: bool, park: bool, framed: int | None) -> bool:
    """Whether nothing makes the name specific: no specific word before its head, and none of
    the frames that name one (a whole firm word, the tagger's body word, a level, the page's
    county's park, an edition, a convener, a speech given at it, a builder, a listing beside a
    project, a road's extension, "某某路|东延|项目", whose road is the proper name)."""
    text, words, label, head, hw = hit.text, hit.words, hit.label, hit.head, hit.hw
    p = lexicon().patterns
    return (
        not _specific(text, words, start, hit.end - len(head))
        and not (firm and hw is not None and start == words[hw].start)
        and not named
        and not level_named(name, label)
        and not park  # "县|化工基地": the page's own county names its park
        and not (label == "MEETING" and re.search(p["meeting"]["edition_named"], name))
        and not (label == "MEETING" and quoted_whole(text, start, hit.end))
        and not convened(text, start, head, label)
        and framed is None
        and not (label == "PROJECT" and introduced_by_builder(text, start, name, head))
        and not (label == "PROJECT" and listed_beside_project(text, start, hit.end, name, head))
        and not (label == "PROJECT" and hw is not None and extended_road(text, words, hw) is not None)
        and not (label == "PROJECT" and trade_park(text, start, name, head))
    )


def trade_park(text: str, start: int, name: str, head: str) -> bool:
    """Whether the name is a park named by its trade alone ("新材料产业园", "盐化产业园"): one park of
    the page's place, though no proper word names it (``project.trade_park_*``). The stem is
    Chinese characters of a park's length, holds no class word, opens after punctuation or a
    preposition (not inside a longer name), follows a park or a work in a "、" list, and no
    project's head follows it.

    >>> trade_park("将带动聚酯产业在新材料产业园的", 8, "新材料产业园", "产业园")
    True
    >>> trade_park("新能源特种车、现代地板产业园", 7, "现代地板产业园", "产业园")
    False
    """
    p = lexicon().patterns["project"]
    if head not in p["trade_park_heads"]:
        return False
    stem = name[: len(name) - len(head)]
    low, high = p["trade_park_stem"]
    if not low <= len(stem) <= high or re.fullmatch(r"[\u4e00-\u9fff]+", stem) is None:
        return False
    if any(w in stem for w in p["trade_park_class"]):
        return False  # "市级特色产业园区": a class of parks
    if text.startswith(tuple(p["trade_park_not_before"]), start + len(name)):
        return False  # "某某产业园|项目": the project's name reads whole
    opens = p["trade_park_opens"]
    if start > 0 and not text.endswith(tuple(opens), 0, start):
        return False  # "某某投资|生物医养产业园": the end of a longer name
    if text.endswith("、", 0, start):
        item = re.split(r"[，,。；;：:、\s]", text[max(0, start - 30) : start - 1])[-1]
        return item.endswith(tuple(p["trade_park_list_mates"]))  # "某某工业园、|盐化产业园"
    return True


def trade_words_park(hit: HeadHit, start: int, name: str) -> bool:
    """Whether a project's name the generic words make ("新能源产业园", "绿色智能制造产业园") is a
    park named by its trade: a trade park (:func:`trade_park`) whose stem is made wholly of the
    generic words that name a trade (``project.trade_park_trades``), none that grades or counts
    ("重点产业园", "数字经济产业园" stay refused).

    >>> trade_words_park(HeadHit("建设新能源产业园。", [], "PROJECT", "产业园", 5, 8, None), 2, "新能源产业园")
    True
    >>> trade_words_park(HeadHit("建设重点产业园。", [], "PROJECT", "产业园", 4, 7, None), 2, "重点产业园")
    False
    """
    if hit.label != "PROJECT" or not trade_park(hit.text, start, name, hit.head):
        return False
    trades = frozenset(lexicon().patterns["project"]["trade_park_trades"])
    return _covered(name[: len(name) - len(hit.head)], trades.__contains__, longest=4, shortest=2)


_QUOTE_PAIRS = {"“": "”", "「": "」", "『": "』"}


def quoted_whole(text: str, start: int, end: int) -> bool:
    """Whether the name stands alone between a pair of quotes, which mark it as one event's
    name however generic its words ("共举办3场「假日年货市集推广活动」"; s32-meetrec), and the
    quotes close a name of their own: what follows them is no word of a longer name (the slogan
    of "“保护妇女儿童权益专题开放日”活动", the mechanism of "定期「工业区联系会报」机制") but a mark,
    or a word that holds or places the event (``[meeting] quoted_before``: "「某某记者会」在…举行")."""
    if start == 0 or _QUOTE_PAIRS.get(text[start - 1]) != text[end : end + 1]:
        return False
    after = text[end + 1 : end + 3]
    held = tuple(lexicon().patterns["meeting"]["quoted_before"])
    return not re.match(r"[\u4e00-\u9fff]", after) or after.startswith(held)
