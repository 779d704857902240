"""What the left walk of a name (:func:`kg.nlp.entities.names.left_edge`) asks of one word or
one place of the text: a conjunction inside a project's name, a division ending there, a
capacity, a bracket, an open quotation, a count."""

from __future__ import annotations

import re
from functools import cache

from kg.nlp.entities.candidate import _CLAUSE_END
from kg.nlp.entities.lexicon_data import gazetteer_regex, lexicon
from kg.nlp.entities.shapes import _name_chars
from kg.nlp.words import QUOTES_CLOSE, QUOTES_OPEN, Word


def noun_joined(words: list[Word], j: int, i: int, proj: dict) -> bool:
    """Whether ``words[j]``, a conjunction inside a project's name, joins the noun before it to
    the name ("某某培训基地|及|健康管理中心建设工程"): the noun runs into it, is no project of its
    own nor a body, and no proper noun of a place, body or person follows the conjunction. 和 joins
    only a common noun (``common_noun_conjunctions``): "某某生产基地|和|研发总部项目", not "某某研究院/ORG|和|…".
    暨 (``noun_joiners``) joins such a noun or a quoted first half: "某某水泥生产线|暨|某某余热发电站技改项目"."""
    joiner = words[j].text in proj["noun_joiners"]
    if not (0 < j < i and (words[j].text in proj["inner_conjunctions"] or joiner)):
        return False
    before, after = words[j - 1], words[j + 1]
    if joiner and before.text[-1:] in "”’」』":
        # "某县“某某县城”|暨|市政基础设施建设(PPP)项目": a quoted first half (the walk takes the quotation)
        return before.end == words[j].start and after.tag not in ("ORG", "PER", "LOC")
    common = words[j].text in proj["common_noun_conjunctions"]
    if common and not (
        j >= 2 and words[j - 2].end == before.start and words[j - 2].tag in proj["common_noun_before_tags"]
    ):
        return False  # "新建|水库|和|…": the noun alone after a verb opens no name that 和 joins
    if common and not listed_head(words, i, proj):
        return False  # "某某中心|和|某某中试基地": 和 joins only what a 项目/工程 builds
    return (
        before.end == words[j].start
        and before.tag in (proj["common_noun_tags"] if common else proj["inner_conjunction_nouns"])
        and not before.text.endswith(tuple(proj["inner_conjunction_not_after"]))
        and after.tag not in ("ORG", "PER", "LOC")
    )


def listed_head(words: list[Word], i: int, proj: dict) -> bool:
    """Whether the head word at ``words[i]`` is one of ``project.listed_heads``, over one word or
    two: the tagger splits "建设项目" into 建设|项目, and the head then starts at 建设 ("基层人力资源
    和社会保障服务信息平台|建设项目")."""
    heads = proj["listed_heads"]
    return words[i].text in heads or (i + 1 < len(words) and words[i].text + words[i + 1].text in heads)


def division_ends(text: str, e: int) -> bool:
    """Whether a division of the gazetteer ends at ``e`` ("应|城市": 应城市 ends with 城市)."""
    rx = gazetteer_regex()
    return any(rx.fullmatch(text, k, e) for k in range(max(0, e - 6), e - 1))


def capacity_before(words: list[Word], j: int) -> bool:
    """Whether word ``j`` is a capacity (a number with its unit) or ends, over at most two more
    words of the trade (nouns, verbs), at one: "3万吨|聚乳酸|原料及…", "1000吨|合成|某某及…"."""
    for k in range(j, max(-1, j - 3), -1):
        if words[k].tag == "m":
            return True
        if words[k].tag not in ("n", "nz", "v", "vn"):
            return False
    return False


def bracket_opened(text: str, words: list[Word], j: int) -> int | None:
    """The index of the "(" that the ")" at word ``j`` closes, where the bracket holds a short
    part of a name (no clause punctuation) and a name word stands right before it."""
    lex = lexicon()
    for k in range(j - 1, max(-1, j - 8), -1):
        if words[k].text in "(（":
            inner = text[words[k].end : words[j].start]
            before = words[k - 1] if k > 0 else None
            if (
                before is not None
                and before.end == words[k].start
                and 1 <= len(inner) <= 20
                and re.fullmatch(r"[\u4e00-\u9fff0-9A-Za-z.·/\-－—]+", inner)
                and before.tag in lex.name_tags
                and before.text not in lex.name_stop
                and _name_chars(before.text)
            ):
                return k
            return None
    return None


def in_open_quote(text: str, pos: int) -> bool:
    """Whether ``pos`` lies in a quotation opened at most 20 characters before, in one clause."""
    opened = text.rfind("“", max(0, pos - 20), pos)
    return opened >= 0 and not _CLAUSE_END.search(text, opened, pos)


@cache
def counted_pattern(units: tuple[str, ...]) -> re.Pattern[str]:
    """A count of things: a number and a classifier of ``units`` ("36个", "160所")."""
    alternation = "|".join(map(re.escape, units))
    return re.compile("^[0-9０-９一二三四五六七八九十百千万两几.]+[余多]?(?:" + alternation + ")$")


def body_before_conjunction(text: str, words: list[Word], start: int, conj: int) -> bool:
    """Whether the words a body's walk took before its conjunction hold a whole body of their own
    followed by more (a tagged body ending in a body's suffix before the last word) or a quotation:
    "省委|经济工作会议|和|省委", "省委|“1310”|具体部署|和|市委" are two phrases, not one name such as
    "市文化和旅游局" (s29-org: real-pages-25 x01, -36 x08)."""
    inside = [w for w in words if start <= w.start and w.end <= conj]
    if any(ch in text[start:conj] for ch in QUOTES_OPEN + QUOTES_CLOSE):
        return True
    suffixes = lexicon().org_suffixes
    return any(w.tag == "ORG" and w.text.endswith(suffixes) for w in inside[:-1])


def division_year(text: str, words: list[Word], j: int, proj: dict) -> bool:
    """Whether ``words[j]`` is the year of a county's (district's, city's) programme of works,
    which stays in the project's name between the division and the works ("某县|2021年|黄土
    高原水土流失综合治理工程", "某县|2024年|水利项目": the gold names them whole; the corpus
    audit s18-proj). A year that opens the name, with no division right before it, still ends it."""
    if j == 0 or not re.fullmatch(proj["division_year"], words[j].text):
        return False
    prev = words[j - 1]
    return prev.end == words[j].start and division_ends(text, prev.end)
