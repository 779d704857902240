"""What :mod:`kg.nlp.entities.head_words` asks of a name it has found by its head word: a
person after a title inside it, a division alone, a place opening it, a meeting someone
convenes, a book title around it, a level that makes it specific, a one-character body head the
text vouches for."""

from __future__ import annotations

import re

from kg.nlp.entities.candidate import word_at
from kg.nlp.entities.lexicon_data import gazetteer_regex, lexicon
from kg.nlp.words import Word


def titled_person(text: str, words: list[Word], start: int, end: int, titles: tuple[str, ...]) -> bool:
    """Whether a person's name after a title stands in ``[start, end)`` ("街道党工委书记|某某")."""
    return any(
        w.tag == "PER" and start < w.start and w.end <= end and text.endswith(titles, start, w.start) for w in words
    )


def division_alone(text: str, words: list[Word], start: int, end: int) -> bool:
    """Whether ``[start, end)`` is one place word naming a division: a village or town by its
    ending, any other division as the gazetteer knows it ("某某乡村旅游区", "某某片区" are no division)."""
    i = word_at(words, start)
    if i is None or words[i].start != start or words[i].end != end or words[i].tag != "LOC":
        return False
    ends = tuple(lexicon().patterns["project"]["list"]["item_place_ends"])
    return text.endswith(ends, 0, end) or gazetteer_regex().fullmatch(text, start, end) is not None


def place_opens(text: str, words: list[Word], start: int) -> bool:
    """Whether a division's name or a word the tagger calls a place opens the text at ``start``."""
    if gazetteer_regex().match(text, start):
        return True
    i = word_at(words, start)
    return i is not None and words[i].start == start and words[i].tag == "LOC"


def convened(text: str, start: int, head: str, label: str) -> bool:
    """A working meeting someone convenes names its topic: "主持召开|古城建设专题会"; a
    ceremony someone holds or attends, what it marks: "举行|项目签约仪式"."""
    m = lexicon().patterns["meeting"]
    if label != "MEETING":
        return False
    before = text[max(0, start - 4) : start]
    return (head in m["convened_heads"] and before.endswith(tuple(m["convened_by"]))) or (
        head in m["ceremony_heads"] and before.endswith(tuple(m["ceremony_by"]))
    )


def spoken_at(text: str, head_start: int, end: int) -> int | None:
    """The start of an event's name framed by a speech given at it ("某某书记在|康养产业发展座谈会|上的
    讲话精神"): right after the 在 before the head (``[meeting] spoken_at``), when the head ending at
    ``end`` is followed by a speech at it and nothing but the name's words lie between. The frame
    makes the name specific, which its words alone may not ("中央人才工作会议"), and keeps a name
    the 、 or the tagger's reading of its opening would cut whole.

    >>> t = "传达了市委书记某某在康养产业发展座谈会上的讲话精神。"
    >>> s = spoken_at(t, t.index("座谈会"), t.index("上的"))
    >>> t[s : t.index("上的")]
    '康养产业发展座谈会'
    >>> t = "某某在此次会议上的讲话"
    >>> spoken_at(t, t.index("会议"), t.index("上的")) is None
    True
    """
    conf = lexicon().patterns["meeting"]["spoken_at"]
    if not text.startswith(tuple(conf["closes"]), end):
        return None
    opened = text.rfind(conf["opens"], max(0, head_start - conf["max_chars"]), head_start)
    if opened < 0:
        return None
    start = opened + len(conf["opens"])
    between = text[start:head_start]
    if len(between) < conf["min_chars"] or re.search(r"[^\u4e00-\u9fff、“”\"0-9A-Za-z·]", between):
        return None
    if between.startswith(tuple(conf["not_openers"])):
        return None
    return start


def in_book_title(text: str, start: int, end: int) -> bool:
    """Whether ``[start, end)`` lies inside 《…》 without being all of it.

    >>> t = "出台《大同市创新成果产业化承接基地建设方案》"
    >>> in_book_title(t, t.index("大同"), t.index("建设"))
    True
    """
    opened = text.rfind("《", max(0, start - 40), start)
    if opened < 0 or text.rfind("》", opened, start) >= 0:
        return False
    closed = text.find("》", end, end + 40)
    return closed > end and "《" not in text[end:closed]


def level_named(name: str, label: str) -> bool:
    """Names that a level prefix makes specific: "市工信局", "全市重点工程项目调度会"."""
    p = lexicon().patterns
    if label == "ORG":
        # "乡镇学校", "市区医院": the level character starts a generic word, not a body's name.
        generic = tuple(g for g in p["org"]["generic"] if len(g) >= 2)
        if name.startswith(tuple(z for z in p["place"]["zones"] if len(z) >= 3)):
            return name.endswith(tuple(p["org"]["zone_body_heads"]))  # "开发区|投资促进局"
        return name.startswith(tuple(p["org"]["level_prefixes"])) and not name.startswith(generic)
    if label == "MEETING":
        scoped = name.startswith(("全市", "全省", "全国", "全县", "全区", "市", "省")) and not name.endswith("活动")
        return scoped and not any(v in name for v in p["meeting"]["vague"])  # "省有关会议": no one meeting
    return False


def org_single_head_ok(text: str, words: list[Word], start: int, end: int) -> bool:
    # One-character heads (局, 委, 院, 部 …) are common word endings; keep them where the
    # tagger saw an organisation or a level prefix marks a government body (市工信局).
    wi = word_at(words, end - 1)
    if wi is not None and words[wi].tag == "ORG":
        return True
    prefixes = tuple(lexicon().patterns["org"]["level_prefixes"])
    name = text[start:end]
    # "大同|市委", "灵丘|县委": a division's name before a level body
    m = gazetteer_regex().match(name)
    if m:
        # the level word may close the division's name too: "大同市|委" is "大同|市委"; a
        # township's only before its office ("某某镇|公所"; "公馆乡|馆东村": 馆 opens a village)
        place = lexicon().patterns["place"]
        town = m.group(0).endswith(tuple(place["town_heads"]))
        office = name.startswith(tuple(place["office_tails"]), m.end())
        # (nor when another division follows: "某市|某某区公所" is the district's office)
        inner = not (town and not office) and not any(h in name[m.end() :] for h in place["admin_heads"])
        for cut in (m.end(), m.end() - 1) if inner else (m.end(),):
            if 2 <= cut < len(name) and name[cut:].startswith(prefixes) and len(name) - cut <= 6:
                return True
    # "开发区|投资促进局", "高新区|财政局": a zone's own bodies, named by the zone's kind
    return (name.startswith(prefixes) or level_named(name, "ORG")) and end - start <= 10


def level_park(text: str, start: int, name: str, head: str) -> bool:
    """Whether a park is named by the page's own level word and an industry word: the level
    word opens a clause or a list's item ("县|化工基地、发改委负责人陪同", "，市|现代服务业产业园工委书记"),
    as "市工信局" names the city's own bureau. Not "全县|…" nor "各县…" (no punctuation right
    before), not "市、县产业园" (levels listed), not "县级产业园" (``place.level_parks``).

    >>> level_park("。县化工基地、发改委负责人陪同", 1, "县化工基地", "基地")
    True
    >>> level_park("全县化工基地", 1, "县化工基地", "基地"), level_park("市、县化工基地", 2, "县化工基地", "基地")
    (False, False)
    """
    lp = lexicon().patterns["place"]["level_parks"]
    if name[:1] not in lp["levels"] or name[1:2] in lp["not_second"] or head not in lp["heads"]:
        return False
    if not lp["min_stem"] <= len(name) - 1 - len(head) <= lp["max_stem"]:
        return False  # "市府持续寻觅适合地点规画及开发|产业园区": a clause, no name
    before = text[start - 1 : start]
    if before and re.match(r"[\u4e00-\u9fff]", before):
        return False  # "全县…", "打造县…": the level word is no opening
    return text[start - 2 : start - 1] not in lp["levels"]  # "市、县产业园": levels listed, a class
