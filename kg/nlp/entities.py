"""Entity recognition: evidence from several sources, combined into one set of mentions.

Sources (each a function from a sentence's words to candidate spans):

* ``statistical``: LAC's PER / LOC / ORG tags, one signal among others;
* ``gazetteer``: China's administrative divisions (full names; short forms in context);
* ``head_words``: names that end in a head word of their type (有限公司, 局, 项目, 调度会,
  乡, 经开区 …) with a left edge found by walking over the words that can be inside a
  name (:func:`left_edge`);
* ``titles``: persons after a job title (市长张强, 本报记者 闫昌), coordinated lists;
* ``bylines``: names in bylines and photo credits.

:func:`select_mentions` then keeps, where candidates overlap, the one with the best
source and extent. All patterns and word lists are data under ``ontology/``.

Words are ``(start, end, text, tag)`` tuples with offsets into the article text.
"""

from __future__ import annotations

import re
import tomllib
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import cache, cached_property, lru_cache
from typing import Any

from kg.nlp.bare_events import without_bare_events
from kg.nlp.gazetteer import load_gazetteer
from kg.nlp.joint_events import joint_events
from kg.nlp.project_lists import listed_projects
from kg.nlp.tagger_evidence import (
    cut_given_name,
    is_dotted_name,
    list_of_bodies,
    listed_persons,
    modifies_noun,
    opens_quoted_phrase,
    ordinary_item,
    person_shaped,
    read_as_person_often,
    run_on_is_foreign,
    stands_alone,
    whole_item,
)
from kg.resources import ontology_path, read_lexicon

Word = tuple[int, int, str, str]

_CJK = re.compile(r"^[\u4e00-\u9fff]+$")
_QUOTES_OPEN = '“‘「『"《'
_QUOTES_CLOSE = '”’」』"》'
_CLAUSE_END = re.compile(r"[”。，；！？!?;,]")


@dataclass
class Candidate:
    """A possible mention: ``[start, end)`` in the article text, with its type and source."""

    start: int
    end: int
    label: str
    source: str
    score: float
    attrs: dict[str, Any] = field(default_factory=dict)

    @property
    def length(self) -> int:
        return self.end - self.start


@dataclass(frozen=True)
class Lexicon:
    """The data files of ``ontology/`` that recognition uses, loaded once."""

    org_suffixes: tuple[str, ...]
    titles: tuple[str, ...]
    surnames: frozenset[str]
    double_surnames: frozenset[str]
    patterns: dict[str, Any]
    not_names: frozenset[str] = frozenset()
    national_orgs: tuple[str, ...] = ()
    foreign_chars: frozenset[str] = frozenset()

    # (cached: every left edge and head word reads them)
    @cached_property
    def name_tags(self) -> frozenset[str]:
        return frozenset(self.patterns["name_words"]["tags"])

    @cached_property
    def name_stop(self) -> frozenset[str]:
        return frozenset(self.patterns["name_words"]["stop"])


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    with open(ontology_path("patterns", "entities.toml"), "rb") as f:
        patterns = tomllib.load(f)
    surnames = " ".join(read_lexicon("lexicon", "surnames.txt")).split()
    return Lexicon(
        org_suffixes=tuple(sorted(read_lexicon("lexicon", "org_suffixes.txt"), key=len, reverse=True)),
        titles=tuple(sorted(read_lexicon("lexicon", "titles.txt"), key=len, reverse=True)),
        surnames=frozenset(s for s in surnames if len(s) == 1),
        double_surnames=frozenset(s for s in surnames if len(s) == 2),
        patterns=patterns,
        not_names=frozenset(read_lexicon("lexicon", "not_names.txt")),
        national_orgs=tuple(read_lexicon("lexicon", "national_orgs.txt")),
        foreign_chars=frozenset(" ".join(read_lexicon("lexicon", "transliteration.txt")).replace(" ", "")),
    )


# First characters per guarded group of a word list's pattern (see :func:`longest_first_pattern`).
_FIRST_CHARS_PER_GROUP = 60


@cache
def longest_first_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    """A pattern that finds the words of a list, the longest where several start at one place.

    It matches exactly what ``"|".join(words sorted longest first)`` matches, but that flat
    alternation is slow: Python's ``re`` tries its thousands of alternatives one after the
    other at every position. Here the words share their prefixes (a trie: "大同" is tried
    once for 大同市, 大同县 …), a longer continuation is tried before the word ends (so the
    longest word wins, as in the flat form), and character-class lookaheads reject a
    position where no word starts with one test, and otherwise pick the group of first
    characters to try, instead of hundreds of comparisons.

    >>> rx = longest_first_pattern(("大同", "大同市", "大同县", "同市"))
    >>> [m.group(0) for m in rx.finditer("大同市和大同的同市")]
    ['大同市', '大同', '同市']
    """
    trie: dict[str | None, dict] = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[None] = {}  # a word ends here

    def continuations(node: dict[str | None, dict]) -> str:
        branches = [re.escape(ch) + continuations(node[ch]) for ch in sorted(k for k in node if k is not None)]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if None in node:
            # A word ends here; the greedy "?" tries the longer words first.
            body = ("(?:" + body + ")" if len(branches) == 1 else body) + "?"
        return body

    def one_of(chars: list[str]) -> str:
        return "(?=[" + "".join(re.escape(ch) for ch in chars) + "])"

    firsts = sorted(k for k in trie if k is not None)
    groups = []
    for i in range(0, len(firsts), _FIRST_CHARS_PER_GROUP):
        chunk = firsts[i : i + _FIRST_CHARS_PER_GROUP]
        groups.append(one_of(chunk) + "(?:" + "|".join(re.escape(ch) + continuations(trie[ch]) for ch in chunk) + ")")
    pattern = one_of(firsts) + "(?:" + "|".join(groups) + ")" if firsts else ""
    if None in trie:
        pattern = "(?:" + pattern + ")?"  # the empty word: matches where no other does
    return re.compile(pattern)


# --------------------------------------------------------------------------- helpers


def word_at(words: list[Word], offset: int) -> int | None:
    """Index of the word that contains character ``offset``."""
    lo, hi = 0, len(words)
    while lo < hi:
        mid = (lo + hi) // 2
        s, e = words[mid][0], words[mid][1]
        if offset < s:
            hi = mid
        elif offset >= e:
            lo = mid + 1
        else:
            return mid
    return None


def left_edge(text: str, words: list[Word], head_start: int, max_len: int = 30, label: str = "") -> int:
    """The start of the name whose head word begins at ``head_start``.

    Walks left over words that can stand inside a name (nouns, proper nouns, numbers,
    quoted segments) and stops at verbs, function words, punctuation and the stop words of
    ``entities.toml``; also at a count ("36个|调解委员会", "160所|乡镇学校"), at a
    demonstrative's own noun ("该县|县委组织部") and, for places, at a word that is itself a
    place ("白崖乡|涑湾村": a village is named apart from its township).

    >>> text = "该县县委组织部相关负责人表示"
    >>> from kg.nlp.segmenters import make_segmenter
    >>> ws, pos = [], 0
    >>> for w, t in make_segmenter("lac").segment(text):
    ...     ws.append((pos, pos + len(w), w, t)); pos += len(w)
    >>> text[left_edge(text, ws, text.index("部")) : text.index("部") + 1]
    '县委组织部'
    """
    lex = lexicon()
    tags, stop = lex.name_tags, lex.name_stop
    nw = lex.patterns["name_words"]
    units = "|".join(map(re.escape, nw["count_classifiers"]))
    counted = re.compile("^[0-9０-９一二三四五六七八九十百千万两几.]+[余多]?(?:" + units + ")$")
    ordinal = re.compile("^(?:第[0-9一二三四五六七八九十百]+[届次期批]|[0-9一二三四五六七八九十百]+届)$")
    levels = tuple(lex.patterns["org"]["level_prefixes"])
    place_ends = tuple(lex.patterns["place"]["admin_heads"])
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
    i = word_at(words, head_start)
    if i is None:
        return head_start
    t_right = words[i][3]
    # A head word that starts inside a word takes that word's beginning along ("统战部").
    start, j = words[i][0], i - 1
    while j >= 0 and head_start - words[j][0] <= max_len:
        s, e, w, t = words[j]
        if e != start or "\n" in w:
            break
        if w and w[-1] in _QUOTES_CLOSE:
            # A quoted part of a name: "“源网荷储”一体化建设项目"; the opening mark that pairs
            # with this closing one ("“建功‘十五五’ 青春…担当”").
            opening = _QUOTES_OPEN[_QUOTES_CLOSE.index(w[-1])]
            k = j
            while k >= 0 and not (words[k][2] and words[k][2][0] == opening) and start - words[k][0] <= 30:
                k -= 1
            if k < 0 or start - words[k][0] > 30 or re.search(r"[。，,！？；：!?;:]", text[words[k][0] : start]):
                break  # a quotation of speech, not a quoted part of a name
            start = words[k][0]
            j = k - 1
            continue
        if w == "·" and label != "PLACE" and j > 0 and words[j - 1][1] == s and _name_chars(words[j - 1][2]):
            # "中国新农·浑源农商智慧城": a middle dot joins two parts of one name.
            start = s
            j -= 1
            continue
        if (
            label == "ORG"
            and w in nw["org_conjunctions"]
            and conj_at is None
            and j > 0
            and words[j - 1][3] in tags
            and words[j - 1][3] != "PER"  # "…主任张伟|和|某市自然资源局": two phrases, not one name
            and not words[j - 1][2].endswith(lex.org_suffixes)  # "某出版社|和|某出版社": two bodies
        ):
            # "大同市就业和人才服务中心", "市文化和旅游局": kept only if the name then starts with
            # a place or a level word (checked below), as government bodies' names do.
            conj_at = start
            start = s
            j -= 1
            continue
        if (
            label == "ORG"
            and w.endswith(tuple(lex.patterns["org"]["apposition_nouns"]))
            and start < head_start
            and _specific(text, words, start, head_start)
        ):
            break  # "著名学府|哈佛大学", "民间团体|某某协会": a description in apposition
        if len(w) >= 2 and w[-1] in stop and gazetteer_regex().match(text, e):
            break  # "摄影周由|晋中市人民政府": the tagger ran a preposition into the word before
        if (
            label == "PROJECT"
            and w in ")）"
            and j >= 3
            and words[j - 1][2] in proj["bracketed_units"]
            and words[j - 2][2] in "(（"
            and words[j - 3][3] == "m"
            and words[j - 3][1] == words[j - 2][0]
        ):
            start, t_right = words[j - 3][0], "m"  # "2000台（套）": a count with its unit
            j -= 4
            continue
        if label in ("ORG", "PROJECT", "PLACE") and w in ")）":
            k = _bracket_opened(text, words, j)
            if k is not None and label == "PLACE" and not gazetteer_regex().fullmatch(text, words[k][1], s):
                k = None  # a place takes a bracket only for its host place: "某商(凤阳)工业园"
            if k is not None:
                # "中国蓝星(集团)股份有限公司", "某某(上海)企业咨询有限公司", "某物流园(二期)项目":
                # a bracketed part inside a name, after a word that can stand in one
                start = words[k][0]
                j = k - 1
                continue
        if (
            label == "PROJECT"
            and w in "年"
            and j >= 2
            and words[j - 1][2] in "/／"
            and words[j - 2][3] == "m"
            and not (j >= 3 and re.fullmatch(proj["phase_word"], words[j - 3][2]))
        ):
            # "140万吨/年": a capacity per year (a phase's, "一期200吨/年", names the phase)
            start, t_right = words[j - 2][0], "m"
            j -= 3
            continue
        if (
            label == "PROJECT"
            and w in proj["company_conjunctions"]
            and j >= 1
            and words[j - 1][1] == s
            and words[j - 1][3] in ("n", "nz")
            and not words[j - 1][2].endswith(lex.org_suffixes)
            and (j == 1 or words[j - 2][2] in ("：", ":", "\n") or "\n" in words[j - 2][2])
            and any(x in text[e:head_start] for x in proj["company_heads"])
        ):
            # "某县：天地和钢材制品有限公司…项目": a heading's item opens with a company whose
            # name holds 和, no list
            start, t_right = words[j - 1][0], words[j - 1][3]
            break
        if label == "PROJECT" and re.fullmatch(proj["amount"], w):
            break  # "投资2亿元|某某技改工程": an amount opens no project's name
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
            and 0 < j < i
            and words[j - 1][1] == s
            and words[j - 1][3] in ("n", "vn", "v", "nz")
            and not words[j - 1][2].endswith(tuple(proj["heads"]))
            and words[j + 1][3] not in ("ORG", "PER", "LOC")
        ):
            start, t_right = s, "n"  # "大蒜深加工|及|综合利用项目", "智能车|用|安全玻璃生产项目"
            j -= 1
            continue
        if label == "PROJECT" and w in proj["leading_verbs"]:
            # "年产20万吨针状焦项目": a name may open with its capacity, unlike other verbs.
            start, t_right = s, t
            passed_name = True
            verb_from = None
            j -= 1
            continue
        if label == "PROJECT" and t in meeting["tags"] and j > 0 and words[j - 1][3] == "PER":
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
            opened = next((k for k in range(j - 1, max(-1, j - 5), -1) if words[k][2] in "(（"), None)
            if opened is not None and opened > 0 and gazetteer_regex().fullmatch(text, words[opened][1], s):
                start, t_right = words[opened][0], "LOC"
                j = opened - 1
                continue
        if label == "MEETING" and w in ("—", "——", "－") and _in_open_quote(text, s):
            # "“某某遗珍——辽金文物精品展”": a title and its subtitle inside one quotation
            start = s
            j -= 1
            continue
        if label == "MEETING" and t == "PER" and j + 1 < len(words) and words[j + 1][3] == "v":
            start = words[j + 1][1]  # "某某|会见|某某促进会理事会议": a person's clause, not the name
            break
        if (
            label == "MEETING"
            and w[:1] in meeting["conjunctions"]
            and j > 0
            and words[j - 1][2].endswith(tuple(lex.patterns["meeting"]["heads"]))
            and words[j - 1][1] == s
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
            if w in meeting["conjunctions"] and j > 0 and words[j - 1][3] in bodies and t_right in bodies:
                # "市委统战部与中央民族大学合作共建活动": two bodies' joint event.
                start, t_right = s, t
                j -= 1
                continue
            if w in meeting["triggers"] or (w in stop and w not in meeting["inner"]):
                break
            if w in meeting["scopes"]:
                start, t_right = s, t
                break  # "学习|全省经济运行调度会议": the scope opens the name
            if t not in tags and t not in meeting["tags"] or not _name_chars(w) or counted.match(w):
                break
        elif w in stop or t not in tags or not _name_chars(w) or counted.match(w) or ordinal.match(w):
            break  # (an event's name keeps its ordinal: "省第十二届残疾人运动会"; a place's does not)
        # An event is named by its year or quarter ("2024年第二季度重点项目集中开工仪式"), never
        # by its day; other names by no date at all.
        dated = t == "TIME" and (re.search(r"[0-9]", w) or any(d in w for d in nw["date_marks"]))
        if dated and not (label == "MEETING" and re.fullmatch(nw["event_periods"], w)):
            break
        if w in levels and j > 0 and words[j - 1][2] in nw["demonstratives"] and text.startswith(w, e):
            break
        if label == "PLACE" and len(w) >= 2 and w.endswith(place_ends) and (t == "LOC" or gaz_full(w)):
            break  # "城区/n|钟家庄街道": a district the tagger did not call a place still bounds it
        if label == "PLACE" and text.endswith(zones, 0, e):
            break  # "…示范区|潇河": a place is named apart from the zone it lies in
        if same_heads and t != "ORG" and text[max(0, e - 8) : e].endswith(same_heads):
            if passed_name:  # (a company named …工程 is no project before this one)
                break
        else:
            passed_name = True
        start, t_right = s, t
        verb_from = None
        j -= 1
    if verb_from is not None:
        start = verb_from
    if conj_at is not None and not (
        gazetteer_regex().match(text, start) or text.startswith(levels, start)
    ):
        return conj_at
    return start


def _bracket_opened(text: str, words: list[Word], j: int) -> int | None:
    """The index of the "(" that the ")" at word ``j`` closes, where the bracket holds a short
    part of a name (no clause punctuation) and a name word stands right before it."""
    lex = lexicon()
    for k in range(j - 1, max(-1, j - 8), -1):
        if words[k][2] in "(（":
            inner = text[words[k][1] : words[j][0]]
            before = words[k - 1] if k > 0 else None
            if (
                before is not None
                and before[1] == words[k][0]
                and 1 <= len(inner) <= 20
                and re.fullmatch(r"[\u4e00-\u9fff0-9A-Za-z.·/\-－—]+", inner)
                and before[3] in lex.name_tags
                and before[2] not in lex.name_stop
                and _name_chars(before[2])
            ):
                return k
            return None
    return None


def _in_open_quote(text: str, pos: int) -> bool:
    """Whether ``pos`` lies in a quotation opened at most 20 characters before, in one clause."""
    opened = text.rfind("“", max(0, pos - 20), pos)
    return opened >= 0 and not _CLAUSE_END.search(text, opened, pos)


def _coordinated(words: list[Word], i: int) -> bool:
    """The word stands in a list with another tagged name ("秦淮、京东、抖音")."""

    def tagged(j: int) -> bool:
        return 0 <= j < len(words) and words[j][3] in ("ORG", "PER", "LOC", "nz")

    return (i >= 2 and words[i - 1][2] in "、和与及" and tagged(i - 2)) or (
        i + 2 < len(words) and words[i + 1][2] in "、和与及" and tagged(i + 2)
    )


def _placed(words: list[Word], i: int, listed: list[int]) -> bool:
    """The sentence shows the word is a place: a verb or preposition of place before it
    ("到|界首", "在|吉隆坡") or another place beside it in a "、" list."""
    before = words[i - 1][2] if i > 0 else ""
    return before in lexicon().patterns["tagger"]["place_before"] or any(words[k][3] == "LOC" for k in listed)


def _has_surname(name: str) -> bool:
    lex = lexicon()
    return name[:1] in lex.surnames or name[:2] in lex.double_surnames


def _specific(text: str, words: list[Word], start: int, end: int) -> bool:
    """Whether ``[start, end)`` holds something that names one thing: a proper noun the
    tagger found, a quoted part, Latin letters or digits, or a middle dot."""
    if re.search(r"[“”\"「」《》·A-Za-z0-9]", text[start:end]):
        return True
    i = word_at(words, start)
    while i is not None and i < len(words) and words[i][0] < end:
        if words[i][3] in ("LOC", "ORG", "PER", "nz", "nw"):
            return True
        i += 1
    return False


def _name_chars(w: str) -> bool:
    return bool(re.fullmatch(r"[\u4e00-\u9fff0-9A-Za-z·./\-]+", w))


def _strip_quotes(s: str) -> str:
    return s.strip(_QUOTES_OPEN + _QUOTES_CLOSE + " ")


def _is_generic(name: str, head: str, generic: frozenset[str]) -> bool:
    """A name made only of generic words and its head word is no name."""
    rest = _strip_quotes(name[: len(name) - len(head)])
    if not rest:
        return True
    if name[:1] in _QUOTES_OPEN and _QUOTES_OPEN.index(name[0]) < 2 and name[1 : 1 + len(rest)] == rest:
        # "“双竞赛”项目": a quoted slogan that opens with a number names a campaign's projects
        proj = lexicon().patterns["project"]
        if re.match(proj["slogan_opening"], rest) and head in proj["heads"]:
            return True
    # Greedy cover of the rest by generic words and digits.
    i = 0
    while i < len(rest):
        for n in range(min(4, len(rest) - i), 0, -1):
            piece = rest[i : i + n]
            if piece in generic or re.fullmatch(r"[0-9一二三四五六七八九十百千万亿]+[个项家批座条]?", piece):
                i += n
                break
        else:
            return False
    return True


# --------------------------------------------------------------------------- sources


def statistical_candidates(words: list[Word], context_names: frozenset[str] = frozenset()) -> list[Candidate]:
    """LAC's own entity tags: PER -> PERSON, LOC -> PLACE, ORG -> ORG.

    The tagger's places are checked against what else the text shows (:func:`_weak_place`).
    """
    mapping = {"PER": "PERSON", "LOC": "PLACE", "ORG": "ORG"}
    out = []
    plain = {w for _, _, w, t in words if t not in mapping and t not in ("nz", "nw")}
    persons = {w for _, _, w, t in words if t == "PER"}
    persons_seen = Counter(w for _, _, w, t in words if t == "PER")
    lex = lexicon()
    honorifics = tuple(lex.patterns["person"]["honorifics"])
    leading = tuple(lex.patterns["org"]["leading_verbs"])
    leading_names = tuple(lex.patterns["org"]["leading_verb_names"])
    free_short = {
        w
        for i, (_s, _e, w, t) in enumerate(words)
        if t == "ORG" and len(w) == 2 and not modifies_noun(words, i) and not opens_quoted_phrase(words, i)
    }
    for i, (s, e, w, t) in enumerate(words):
        label = mapping.get(t)
        if not label or len(w) < 2:
            continue
        if label == "ORG" and w.startswith(leading) and len(w) >= 5 and not w.startswith(leading_names):
            # "联合市退役军人事务管理局": the tagger took the verb into the name.
            cut = next(len(v) for v in leading if w.startswith(v))
            s, w = s + cut, w[cut:]
        run_on = _run_on_verb(w) if label == "ORG" else 0
        if run_on:
            e, w = s + run_on, w[:run_on]  # "某某大学|合作建设实验室/ORG": the name ends before the verb
        joined = _joined_body(w, leading) if label == "ORG" else None
        if joined:
            # "某某中心联合县农业农村局/ORG": two bodies joined by a verb
            out.append(Candidate(s, s + joined[0], label, "statistical", 0.6))
            s, w = s + joined[1], w[joined[1] :]
        trailing = next((v for v in lex.patterns["org"]["trailing_verbs"] if w.endswith(v)), None)
        if label == "ORG" and trailing and len(w) - len(trailing) >= 2 and not w.endswith(lex.org_suffixes):
            e, w = e - len(trailing), w[: -len(trailing)]  # "锐驰新能源投资|建设": the verb is no part of it
        if label == "ORG" and len(w) == 2 and w not in free_short and not _coordinated(words, i):
            # "政协|委员", "中德|合资" modify the noun after them (slogans such as "聚力" are
            # dropped as not_names below). A body the text also names standing alone
            # ("东盟|成立…", "与|东盟|的") stands everywhere.
            continue
        if label in ("ORG", "PLACE") and w.endswith(lex.titles):
            # "平城区委书记": the tagger took the title along (and may call it all a place:
            # "某某县委书记/LOC"); the body is what precedes it.
            title = next((x for x in lex.titles if w.endswith(x) and w[: -len(x)].endswith(lex.org_suffixes)), None)
            if title is None or len(w) - len(title) < 3:
                if label == "ORG":
                    continue
            else:
                e, w, label = e - len(title), w[: -len(title)], "ORG"
        if label == "PLACE" and i > 0 and re.fullmatch(lex.patterns["place"]["slogans"], words[i - 1][2][-2:] + w):
            continue  # "科教|兴县": a development slogan, not the county
        if label == "PLACE" and w in lex.patterns["place"]["not_heads"]:
            continue  # "探索新路/LOC": a phrase that ends like a road
        if label in ("ORG", "PLACE") and _graded(w):
            continue  # "国家4A级旅游景区/LOC": a class of places, not one
        if label in ("ORG", "PLACE") and _sector_words(w):
            continue
        if label == "ORG" and i + 1 < len(words) and len(words[i + 1][2]) == 1 and _sector_words(w + words[i + 1][2]):
            continue  # "康养文|旅": the tagger cut a sector phrase
        if label == "ORG" and not w.endswith(lex.org_suffixes) and _ends_in_division(w):
            continue  # "人才强市 汇智大同": a slogan that ends in the city's name
        if label == "PERSON" and (
            w.endswith(honorifics)
            or not (person_shaped(w, _has_surname(w), lex.foreign_chars) or read_as_person_often(w, persons_seen))
        ):
            continue  # (a foreign or minority name needs no Chinese surname: "克林顿", "司马义·艾买提")
        if label == "PERSON" and len(w) == 2 and not _has_surname(w) and not stands_alone(words, i):
            continue  # "“瓦特”变“比特”", "库布|其沙漠": a short transliteration that is no name
        listed = _list_neighbours(words, i)
        bodies = tuple(lex.patterns["tagger"]["body_class_nouns"])
        if (
            label in ("PLACE", "PERSON")
            and (
                any(words[k][3] == "ORG" and whole_item(words, k) for k in listed)
                or (list_of_bodies(words, i, bodies) and any(words[k][3] == "ORG" for k in listed))
            )
            and not gaz_full(w)
        ):
            label = "ORG"  # "秦淮、京东、秦云等头部企业": a company the tagger took for a place or a name
        if label == "PLACE" and _weak_place(w, plain, context_names, _placed(words, i, listed)):
            continue
        if label == "PERSON" and listed and all(ordinary_item(words, k, k < i) for k in listed):
            continue  # "教育、公安、卫健、保密等部门": a list of ordinary words
        if label == "PERSON":
            w_full = _person_run_on(words, i, persons)
            if w_full:
                e = s + len(w_full)  # "忻东|旺": the tagger cut a name it reads whole elsewhere
        out.append(Candidate(s, e, label, "statistical", 0.6))
    # "米德成、何开春、时|金发、吴守连": a list item the tagger split between two persons
    for a, b in listed_persons(words, lex.surnames, lex.double_surnames):
        out.append(Candidate(a, b, "PERSON", "statistical", 0.6))
    return out + brand_candidates(words, context_names) + _dotted_names(words)


def _graded(w: str) -> bool:
    """The word opens with a grade ("国家4A级…", "省级…"): a class, not a name.

    >>> _graded("国家4A级旅游景区"), _graded("省级智能工厂"), _graded("级索镇")
    (True, True, False)
    """
    return bool(_grade_pattern().match(w))


@cache
def _grade_pattern() -> re.Pattern[str]:
    return re.compile(lexicon().patterns["place"]["grade"])


@cache
def _size_pattern() -> re.Pattern[str]:
    return re.compile(lexicon().patterns["project"]["size"])


def _dotted_names(words: list[Word]) -> list[Candidate]:
    """Two tagged names joined by a middle dot are one ("晋创谷·大同"): an organisation if
    either part is one, a person's full name if the first is a person's ("诺尔曼·白求恩"),
    else a place."""
    out = []
    for i in range(1, len(words) - 1):
        a, dot, b = words[i - 1], words[i], words[i + 1]
        if dot[2] != "·" or a[1] != dot[0] or dot[1] != b[0]:
            continue
        if a[3] == "PER" and b[3] in ("PER", "nz", "n") and _CJK.match(b[2]):
            out.append(Candidate(a[0], b[1], "PERSON", "statistical", 0.65))  # "诺尔曼|·|白求恩"
            continue
        if a[3] in ("ORG", "LOC", "nz") and b[3] in ("ORG", "LOC", "nz") and len(a[2]) >= 2 and len(b[2]) >= 2:
            label = "ORG" if "ORG" in (a[3], b[3]) or "nz" in (a[3], b[3]) else "PLACE"
            out.append(Candidate(a[0], b[1], label, "statistical", 0.65))
    return out


def gaz_full(name: str) -> bool:
    """Whether ``name`` is the full name of a division ("灵丘县", not "灵丘")."""
    return any(d.name == name for d in load_gazetteer().lookup(name))


def brand_candidates(words: list[Word], context_names: frozenset[str]) -> list[Candidate]:
    """Companies named by a brand and a business word: "京东|物流", "中联|数据", "秦淮|数据".

    The brand is a word the tagger calls an organisation or a place that is no place of
    the document's; the business words are ``org.brand_tails`` of ``entities.toml``.
    """
    tails = tuple(lexicon().patterns["org"]["brand_tails"])
    out = []
    for i in range(len(words) - 1):
        s, e, w, t = words[i]
        nxt = words[i + 1]
        if t not in ("ORG", "LOC") or len(w) < 2 or nxt[0] != e or nxt[2] not in tails:
            continue
        if w.endswith(lexicon().org_suffixes):
            continue  # "…化学研究所|科技成果": a full name before a business word is no brand
        if t == "LOC" and not (load_gazetteer().lookup(w) and _weak_place(w, set(), context_names)):
            # "大同|数据" is the city's data, "京津冀|数据" the region's; a far county's short
            # form before a business word is a brand ("秦淮|数据").
            continue
        out.append(Candidate(s, nxt[1], "ORG", "head_words", 0.6, {"head": nxt[2]}))
    return out


def national_org_candidates(text: str, words: list[Word]) -> list[Candidate]:
    """National bodies, media and platforms of ``lexicon/national_orgs.txt`` where the name
    starts and ends on word boundaries ("新华网", "抖/音" split by the tagger)."""
    starts = {w[0] for w in words}
    ends = {w[1] for w in words}
    out = []
    for m in longest_first_pattern(lexicon().national_orgs).finditer(text):
        if m.start() in starts and m.end() in ends:
            out.append(Candidate(m.start(), m.end(), "ORG", "head_words", 0.7, {"head": "national"}))
    return out


def _list_neighbours(words: list[Word], i: int) -> list[int]:
    """Indices of the words next to word ``i`` across an enumeration comma ("秦淮、京东、秦云")."""
    out = []
    if i >= 2 and words[i - 1][2] == "、":
        out.append(i - 2)
    if i + 2 < len(words) and words[i + 1][2] == "、":
        out.append(i + 2)
    return out


def _person_run_on(words: list[Word], i: int, persons: set[str]) -> str | None:
    """The whole name where the tagger cut a person's name short here but reads it whole in
    the same article (``persons``: the words it tags PER): "忻东/PER 旺/a" beside "忻东旺/PER"."""
    w = words[i][2]
    if i + 1 >= len(words):
        return None
    cut = cut_given_name(words, i)
    if cut:
        return cut  # "马西|连|,": a lone character that closes the phrase ends the name
    nxt = words[i + 1][2]
    for n in (1, 2):
        full = w + nxt[:n]
        if len(full) <= 4 and full in persons:
            return full
    return None


def _ends_in_division(w: str) -> bool:
    """The word ends in a division's name after two or more other characters ("汇智大同")."""
    return any(w[k:] and load_gazetteer().lookup(w[k:]) for k in range(2, len(w) - 1))


def _sector_words(w: str) -> bool:
    """The word is an industry, sector or slogan, maybe after a division name: "新能源汽车",
    "大同市文化", "天镇县风能太阳能" (``lexicon/not_names.txt``).

    >>> _sector_words("天镇县风能太阳能"), _sector_words("新时代"), _sector_words("大同经飞")
    (True, True, False)
    """
    m = gazetteer_regex().match(w)
    rest = w[m.end() :] if m and m.end() < len(w) else w
    words = lexicon().not_names
    # Cover the rest with listed words, longest first.
    i = 0
    while i < len(rest):
        for n in range(min(6, len(rest) - i), 1, -1):
            if rest[i : i + n] in words:
                i += n
                break
        else:
            return False
    return True


def _weak_place(w: str, plain: set[str], context_names: frozenset[str], placed: bool = False) -> bool:
    """A word the tagger calls a place that the text does not bear out.

    * a word the same article also uses as an ordinary word ("资源", "古都": the tagger
      is inconsistent, so the place reading is the slip);
    * the short form of a county far from the document's places ("灵山" in "灵山秀水" is
      no 灵山县), unless the sentence shows it is a place (``placed``: "运到|界首",
      "湖南双牌、资兴、炎陵");
    * a division name run on into words that are no part of a place ("大同新能源",
      "大同锡|纯半导体"): the gazetteer finds the place itself.

    >>> _weak_place("资源", {"资源"}, frozenset()), _weak_place("大同新能源", set(), frozenset())
    (True, True)
    >>> _weak_place("大同古城", set(), frozenset()), _weak_place("京津冀", set(), frozenset())
    (False, False)
    """
    if w in plain:
        return True
    gaz = load_gazetteer()
    divisions = gaz.lookup(w)
    p = lexicon().patterns["place"]
    if divisions:
        d = divisions[0]
        if w != d.name and d.level == "county" and not w.endswith(tuple(p["admin_heads"])):
            # (a full name with another level word is a place of its own: "松江县" for 松江区)
            in_context = d.name in context_names or any(a.name in context_names for a in gaz.ancestors(d))
            return not (in_context or placed)
        return False
    m = gazetteer_regex().match(w)
    if m and len(m.group(0)) < len(w):
        rest = w[m.end() :]
        prefix = gaz.lookup(m.group(0))
        if prefix and rest in p["old_level_heads"]:
            return False  # "松江县" (now 松江区), "淮阴市": a division under its former level word
        if prefix and prefix[0].level in ("county", "city") and rest not in p["admin_heads"] and run_on_is_foreign(
            rest,
            prefix_is_full=prefix[0].name == m.group(0),
            prefix_in_context=prefix[0].name in context_names
            or any(a.name in context_names for a in gaz.ancestors(prefix[0])),
        ) and not _sector_words(rest):
            return False  # "吉隆|坡", "多伦|多": a foreign place that begins like a far county
        return not (rest.endswith(tuple(p["heads"]) + tuple(p["zones"])) or gaz.lookup(rest))
    return False


def gazetteer_candidates(text: str, words: list[Word], context_names: frozenset[str]) -> list[Candidate]:
    """Administrative divisions by name. Short forms count where the text shows they are places:
    the tagger calls the word a place, or the full name or the parent city is in the document."""
    gaz = load_gazetteer()
    out = []
    slogans = [s.span() for s in re.finditer(lexicon().patterns["place"]["slogans"], text)]
    for m in gazetteer_regex().finditer(text):
        name = m.group(0)
        if any(a <= m.start() and m.end() <= b for a, b in slogans):
            continue  # "科教兴县": a development slogan, not the county 兴县
        divisions = gaz.lookup(name)
        if not divisions:
            continue
        d = divisions[0]
        is_short = name != d.name
        # A name inside a longer word is not this place ("新华社" is no 新华区).
        wi = word_at(words, m.start())
        wj = word_at(words, m.end() - 1)
        if wi is None or wj is None:
            continue
        aligned = words[wi][0] == m.start() and words[wj][1] == m.end()
        # "亮相呼/v 和浩特/LOC": the tagger glued a place's first character to the verb before it
        glued = (
            not aligned
            and wi != wj
            and words[wi][3] == "v"
            and words[wj][3] == "LOC"
            and words[wj][1] == m.end()
            and m.end() - words[wj][0] >= 2
        )
        # Inside a longer word only as the prefix of a tagged name ("大同|人和数据科技有限公司").
        if not aligned and not glued and (words[wi][3] not in ("LOC", "ORG") or words[wi][0] != m.start() or wi != wj):
            continue
        if is_short:
            tagged_place = (words[wi][3] == "LOC" and aligned) or glued
            in_context = d.name in context_names or any(
                a.name in context_names for a in gaz.ancestors(d) if a.level == "city"
            )
            if d.level == "county" and not in_context:
                continue
            if d.level != "county" and not (tagged_place or in_context):
                continue
        out.append(
            Candidate(
                m.start(),
                m.end(),
                "PLACE",
                "gazetteer",
                0.9 if not is_short else 0.75,
                {"admin_code": d.code, "admin_level": d.level, "admin_name": d.name},
            )
        )
    return out


@lru_cache(maxsize=1)
def gazetteer_regex() -> re.Pattern[str]:
    return longest_first_pattern(tuple(load_gazetteer().names()))


@cache
def words_by_last_char(heads: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """Words (head words, titles) grouped by their last character, longest first (a word end
    is looked up, not compared with every word).

    >>> words_by_last_char(("市长", "副市长", "局长", "书记"))["长"]
    ('副市长', '市长', '局长')
    """
    groups: dict[str, list[str]] = defaultdict(list)
    for h in sorted(heads, key=len, reverse=True):
        if h:
            groups[h[-1]].append(h)
    return {k: tuple(v) for k, v in groups.items()}


def head_word_candidates(text: str, words: list[Word]) -> list[Candidate]:
    """Names that end in a head word of their type, with the left edge of :func:`left_edge`."""
    lex = lexicon()
    out: list[Candidate] = []
    p = lex.patterns
    titles = lex.titles
    declared = declared_short_forms(text)
    words = _retagged(words, {short for _, short in declared})
    specs = [
        ("PROJECT", tuple(p["project"]["heads"]), frozenset(p["project"]["generic"]), 0.7),
        ("MEETING", tuple(p["meeting"]["heads"]), frozenset(p["meeting"]["generic"]), 0.7),
        ("PLACE", tuple(p["place"]["zones"]), frozenset(), 0.75),
        ("PLACE", tuple(p["place"]["sites"]), frozenset(), 0.75),
        ("PLACE", tuple(p["place"]["heads"]), frozenset(), 0.5),
        ("ORG", lex.org_suffixes, frozenset(p["org"]["generic"]), 0.65),
    ]
    # Word ends whose last character ends a head word of some kind, then of each kind.
    last_chars = set().union(*(words_by_last_char(heads) for _, heads, _, _ in specs))
    word_ends = [(end, text[end - 1]) for _s, end, _w, _t in words if text[end - 1] in last_chars]
    for label, heads, generic, score in specs:
        by_last = words_by_last_char(heads)
        # The head must end a word ("局" in "格局" or "布局" is no organisation); the longest
        # head that ends there ("调度会议" is a 会议, not a 调度会 cut in half).
        for end, ending_here in [(end, by_last[last]) for end, last in word_ends if last in by_last]:
            head = next((h for h in ending_here if text.endswith(h, 0, end)), None)
            if head is None:
                continue
            m = _HeadMatch(end - len(head), end)
            if label == "PROJECT" and any(text.startswith(x, end) for x in p["project"]["not_followed_by"]):
                continue
            hw = word_at(words, m.start())
            if hw is not None and words[hw][0] < m.start() and words[hw][3] not in lex.name_tags:
                continue  # "举办" ends in 办, "矿山" in 山 only as ordinary words do
            if label == "PLACE" and hw is not None and words[hw][2].endswith(tuple(p["place"]["not_heads"])):
                continue  # "招商|思路": a word that ends like a road
            if label == "ORG" and hw is not None and words[hw][2] in p["org"]["not_heads"]:
                continue  # "某某局|干部": a cadre of the bureau, not a body
            if label == "PLACE" and hw is not None and words[hw][3] == "PER" and len(head) == 1:
                continue  # "主任|任宝山", "孙中山": a person's name that ends like a place (山, 河, 村)
            reach = p["project"]["max_chars"] if label == "PROJECT" else 30
            start = left_edge(text, words, m.start(), max_len=reach, label=label)
            if start == m.start():
                # The head word alone: only a whole tagged word may stand ("大同中院").
                wi = word_at(words, m.start())
                if wi is None or words[wi][3] not in ("ORG", "LOC") or words[wi][1] != end:
                    continue
                start = words[wi][0]
            phase = re.match(p["name_words"]["leading_phase"], text[start:end])
            if phase:
                start += phase.end()  # "一期|华兴大同农批城": the phase belongs to the project before
            if _in_book_title(text, start, end):
                continue  # "《大同市创新成果产业化承接基地建设方案》" names a document
            lead = next((v for v in p["org"]["leading_verbs"] if text.startswith(v, start)), None)
            if lead and text.startswith(tuple(p["org"]["leading_verb_names"]), start):
                lead = None  # "联合国…": the name opens with the verb's characters
            if label == "ORG" and lead and end - start - len(lead) >= 4:
                start += len(lead)  # "联合|市退役军人事务管理局": the tagger took the verb along
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
                if gi is None or words[gi][0] != graded.end():
                    continue
                start = graded.end()
            if label == "PLACE" and head in p["place"]["area_heads"] and not _place_opens(text, words, start):
                continue  # "葡萄酒产区": a kind of area, named only by a place
            name = text[start:end]
            if len(name) < 3 or (generic and _is_generic(name, head, generic) and not _level_named(name, label)):
                continue
            if label == "PROJECT" and re.search(p["project"]["counted"], name[: len(name) - len(head)]):
                continue  # "新上3条自动化生产线": a count of things, not one named project
            if label == "PROJECT" and re.search(p["project"]["size_class"], name[: len(name) - len(head)]):
                continue  # "全市10亿元以上项目": a class of projects by size, not one project
            if (
                label == "PROJECT"
                and _is_generic(_without_divisions(_without_period(_without_divisions(name))), head, generic)
                and not (head in p["project"]["named_by_place"] and _without_divisions(name) != name)
            ):
                continue  # "屯留区长子县重点项目": places and generic words name no one project
            if label == "ORG" and len(head) == 1 and not _org_single_head_ok(text, words, start, end):
                continue
            doubled = len(head) == 1 and text.endswith(head, 0, end - 1)
            if label == "ORG" and doubled and text.startswith(titles, end - 1):
                continue  # "能源局|局长": the second 局 opens the title, the body ended before it
            if name.endswith(titles) and label == "ORG":
                continue  # "市委常委", "平城区委书记" are titles, not bodies
            if (
                not _specific(text, words, start, end - len(head))
                and not _level_named(name, label)
                and not _convened(text, start, head, label)
                and not (label == "PROJECT" and _introduced(text, start, name, head))
                and not (label == "PROJECT" and _listed(text, start, end, name, head))
            ):
                continue
            out.append(Candidate(start, end, label, "head_words", score, {"head": head}))
    pl = p["project"]["list"]
    out += listed_projects(
        text,
        out,
        tuple(pl["openers"]),
        pl["max_chars"],
        Candidate,
        lead=pl["item_lead"],
        counted_openers=tuple(pl["counted_openers"]),
        specific=lambda s, e: _specific(text, words, s, e),
        not_ends=tuple(pl["item_not_ends"]),
    )
    out += joint_events(text, out, Candidate)  # "X暨Y" is one event
    out += _zone_run_into_name(text, words)
    out += national_org_candidates(text, words)
    out += title_body_candidates(text, words)  # bodies before a title: "市委|书记"
    out += _declared_candidates(text, words, declared, out)
    return out


def _place_opens(text: str, words: list[Word], start: int) -> bool:
    """Whether a division's name or a word the tagger calls a place opens the text at ``start``."""
    if gazetteer_regex().match(text, start):
        return True
    i = word_at(words, start)
    return i is not None and words[i][0] == start and words[i][3] == "LOC"


def _run_on_verb(w: str) -> int:
    """Where a name ends before a verb of joint work the tagger ran into it, else 0.

    >>> _run_on_verb("中北大学合作建设实验室"), _run_on_verb("中北大学")
    (4, 0)
    """
    lex = lexicon()
    for v in lex.patterns["org"]["following_verbs"]:
        k = w.find(v, 2)
        if k > 0 and w[:k].endswith(lex.org_suffixes):
            return k
    return 0


def _joined_body(name: str, verbs: tuple[str, ...]) -> tuple[int, int] | None:
    """Where a verb of joint action joins two bodies in one name ("某中心联合县农业农村局"):
    the end of the first body and the start of the second, else None.

    >>> _joined_body("县电子商务中心联合县农业农村局", ("联合", "会同"))
    (7, 9)
    """
    suffixes = lexicon().org_suffixes
    for v in verbs:
        k = name.find(v, 3)
        if k > 0 and name[:k].endswith(suffixes) and len(name) - k - len(v) >= 3:
            return k, k + len(v)
    return None


def declared_short_forms(text: str) -> list[tuple[int, str]]:
    """Short forms the text declares after a full name, with the offset where the full name
    ends: "太原某某科技有限公司(以下简称“某某科技”)" gives ``[(12, "某某科技")]``.

    >>> declared_short_forms("山西华远新材料有限公司(以下简称“华远新材”)今年")
    [(11, '华远新材')]
    """
    rx = re.compile(lexicon().patterns["org"]["declared_short"])
    return [(m.start(), m.group("short")) for m in rx.finditer(text)]


def _retagged(words: list[Word], names: set[str]) -> list[Word]:
    """Words that are a declared short form are organisations, whatever the tagger says
    ("锐驰新能源/v" once it was declared the short form of a company)."""
    if not names:
        return words
    return [(s, e, w, "ORG" if w in names else t) for s, e, w, t in words]


def _declared_candidates(
    text: str, words: list[Word], declared: list[tuple[int, str]], found: list[Candidate]
) -> list[Candidate]:
    """The full name before a declaration keeps its short form (``attrs["short_form"]``); every
    occurrence of the short form that starts a word is that organisation too."""
    out = []
    starts = {w[0] for w in words}
    for pos, short in declared:
        full = [c for c in found if c.label == "ORG" and c.end == pos]
        if not full:
            continue
        best = max(full, key=lambda c: c.length)
        best.attrs["short_form"] = short
        for m in re.finditer(re.escape(short), text):
            if m.start() in starts or text[m.start() - 1 : m.start()] in _QUOTES_OPEN:
                out.append(Candidate(m.start(), m.end(), "ORG", "head_words", 0.7, {"head": "declared"}))
    return out


def _without_divisions(name: str) -> str:
    """The name without the divisions it starts with ("屯留区长子县重点项目" -> "重点项目")."""
    rx = gazetteer_regex()
    while (m := rx.match(name)) and m.end() < len(name):
        name = name[m.end() :]
    return name


def _without_period(name: str) -> str:
    """The name without a date or period it opens with ("三季度重大项目" -> "重大项目").

    >>> _without_period("当天某市重大项目"), _without_period("三季度重大项目")
    ('某市重大项目', '重大项目')
    """
    m = re.match(lexicon().patterns["project"]["leading_period"], name)
    return name[m.end() :] if m and m.end() < len(name) else name


def _zone_run_into_name(text: str, words: list[Word]) -> list[Candidate]:
    """A development zone the tagger ran into the company after it, as one word:
    "新荣经开区南京电气电力工程有限公司" is the zone 新荣经开区 and the company after it."""
    lex = lexicon()
    zones = sorted(lex.patterns["place"]["zones"], key=len, reverse=True)
    out = []
    for s, e, w, t in words:
        if t not in ("ORG", "LOC"):
            continue
        for z in zones:
            k = w.find(z)
            if k < 2 or k + len(z) >= len(w):
                continue
            cut = s + k + len(z)
            out.append(Candidate(s, cut, "PLACE", "head_words", 0.75, {"head": z}))
            if w.endswith(lex.org_suffixes) and e - cut >= 4:
                out.append(Candidate(cut, e, "ORG", "head_words", 0.65, {"head": "zone_rest"}))
            break
    return out


@dataclass(frozen=True)
class _HeadMatch:
    begin: int
    stop: int

    def start(self) -> int:
        return self.begin

    def end(self) -> int:
        return self.stop


def _convened(text: str, start: int, head: str, label: str) -> bool:
    """A working meeting someone convenes names its topic: "主持召开|古城建设专题会"; a
    ceremony someone holds or attends, what it marks: "举行|项目签约仪式"."""
    m = lexicon().patterns["meeting"]
    if label != "MEETING":
        return False
    before = text[max(0, start - 4) : start]
    return (head in m["convened_heads"] and before.endswith(tuple(m["convened_by"]))) or (
        head in m["ceremony_heads"] and before.endswith(tuple(m["ceremony_by"]))
    )


def _introduced(text: str, start: int, name: str, head: str) -> bool:
    """A project named by its trade right after who builds it: "投资建设的|功率半导体封装测试项目"."""
    p = lexicon().patterns["project"]
    if len(name) - len(head) < 4:
        return False
    # "投资2亿元|某某钢铁技改工程": what it costs introduces it as well
    return (
        text[max(0, start - 6) : start].endswith(tuple(p["introduced_by"]))
        or bool(re.search("(?:投资|总投资)" + p["amount"] + "$", text[max(0, start - 16) : start]))
        or bool(re.search(p["numbered_item"], text[max(0, start - 6) : start]))  # "2.某某项目是…"
    )


def _listed(text: str, start: int, end: int, name: str, head: str) -> bool:
    """A project named by its trade alone beside another project in a list: "某某项目和|精密轴承项目",
    "…项目，投资1亿元；|优质乳业生产基地项目", "包括：|职教中心实训楼项目、某某项目".

    >>> _listed("视察了青禾发动机项目和精密轴承项目", 11, 17, "精密轴承项目", "项目")
    True
    >>> _listed("视察了精密轴承项目", 3, 9, "精密轴承项目", "项目")
    False
    """
    p = lexicon().patterns["project"]
    if len(name) - len(head) < p["listed_min_chars"] or head not in p["listed_heads"]:
        return False
    heads = tuple(p["heads"])
    seps = p["list_separators"]
    before = text[start - 1 : start]
    if before and before in seps:
        item = re.split(r"[、，,。；;：:\n]", text[max(0, start - 60) : start - 1])[-1]
        if before in "；;":
            # the clause before holds a project and its figures: "…项目，投资1亿元；"
            if any(h in re.split(r"[。；;：:\n]", text[max(0, start - 80) : start - 1])[-1] for h in heads):
                return True
        elif item.endswith(heads):
            return True
    if text[end : end + 1] in seps:
        item = re.split(r"[、，,。；;：:\n]", text[end + 1 : end + 60])[0]
        if any(h in item for h in heads):
            return True
    return False


def _in_book_title(text: str, start: int, end: int) -> bool:
    """Whether ``[start, end)`` lies inside 《…》 without being all of it.

    >>> t = "出台《大同市创新成果产业化承接基地建设方案》"
    >>> _in_book_title(t, t.index("大同"), t.index("建设"))
    True
    """
    opened = text.rfind("《", max(0, start - 40), start)
    if opened < 0 or text.rfind("》", opened, start) >= 0:
        return False
    closed = text.find("》", end, end + 40)
    return closed > end and "《" not in text[end:closed]


def _level_named(name: str, label: str) -> bool:
    """Names that a level prefix makes specific: "市工信局", "全市重点工程项目调度会"."""
    p = lexicon().patterns
    if label == "ORG":
        # "乡镇学校", "市区医院": the level character starts a generic word, not a body's name.
        generic = tuple(g for g in p["org"]["generic"] if len(g) >= 2)
        return name.startswith(tuple(p["org"]["level_prefixes"])) and not name.startswith(generic)
    if label == "MEETING":
        return name.startswith(("全市", "全省", "全国", "全县", "全区", "市", "省")) and not name.endswith("活动")
    return False


def _org_single_head_ok(text: str, words: list[Word], start: int, end: int) -> bool:
    # One-character heads (局, 委, 院, 部 …) are common word endings; keep them where the
    # tagger saw an organisation or a level prefix marks a government body (市工信局).
    wi = word_at(words, end - 1)
    if wi is not None and words[wi][3] == "ORG":
        return True
    prefixes = tuple(lexicon().patterns["org"]["level_prefixes"])
    name = text[start:end]
    # "大同|市委", "灵丘|县委": a division's name before a level body
    m = gazetteer_regex().match(name)
    if m:
        # the level word may close the division's name too: "大同市|委" is "大同|市委"
        for cut in (m.end(), m.end() - 1):
            if 2 <= cut < len(name) and name[cut:].startswith(prefixes) and len(name) - cut <= 6:
                return True
    return name.startswith(prefixes) and end - start <= 10


_SPACED_NAME = re.compile("[\u4e00-\u9fff][ \u3000][\u4e00-\u9fff]")


def title_person_candidates(text: str, words: list[Word]) -> list[Candidate]:
    """Persons after a job title: "市长张强", "局长曹旭", "副市长孟维君、高新文"."""
    lex = lexicon()
    out = []
    bodies_and_titles = lex.titles + tuple(lex.patterns["org"]["title_bodies"])
    for m in longest_first_pattern(lex.titles).finditer(text):
        pos = m.end()
        while pos < len(text) and text[pos] in " \u3000":
            pos += 1
        while pos < len(text):
            name = _name_at(text, words, pos)
            if not name:
                break
            if pos > m.end() and text.startswith(bodies_and_titles, pos + len(name)):
                break  # "市委书记某某、左权|县委书记…": a place before the next title, not a second name
            out.append(Candidate(pos, pos + len(name), "PERSON", "titles", 0.8, {"title": m.group(0)}))
            pos += len(name)
            # Coordinated names: "孟维君、高新文".
            if pos < len(text) and text[pos] in "、和及与":
                pos += 1
                continue
            break
    return out


def title_body_candidates(text: str, words: list[Word]) -> list[Candidate]:
    """Bodies written right before a job title: "市委|书记", "某县|县委|书记", "某乡|党委|书记",
    "县|人大常委会|主任" (``org.title_bodies`` of ``entities.toml``).

    The tagger mostly reads the body and the title as one word ("县委书记/n"), so no other
    source sees the body. A body may take the place before it ("左权|县委书记" is 左权县委);
    one that starts with a level word ("市委") may also stand alone.

    >>> text = "市委书记王立军、左权县委书记吕志明、东河乡党委书记马建国"
    >>> from kg.nlp.segmenters import make_segmenter
    >>> ws, pos = [], 0
    >>> for w, t in make_segmenter("lac").segment(text):
    ...     ws.append((pos, pos + len(w), w, t)); pos += len(w)
    >>> [text[c.start:c.end] for c in title_body_candidates(text, ws)]
    ['市委', '左权县委', '东河乡党委']
    """
    lex = lexicon()
    org = lex.patterns["org"]
    levels = tuple(org["level_prefixes"])
    out = []
    for m in longest_first_pattern(tuple(org["title_bodies"])).finditer(text):
        if not text.startswith(lex.titles, m.end()):
            continue
        wi = word_at(words, m.start())
        if wi is None:
            continue
        if words[wi][0] < m.start():
            prefix_start = words[wi][0]  # "代县县委/ORG", "平城区委书记/LOC"
        elif wi > 0 and words[wi - 1][1] == m.start() and words[wi - 1][3] in lex.name_tags | {"PER"}:
            prefix_start = words[wi - 1][0]  # "左权/PER 县委书记/n": the tagger took the county for a name
        else:
            prefix_start = m.start()
        prefix = text[prefix_start : m.start()]
        if prefix and (prefix in levels or prefix + m.group(0)[:1] in levels or _place_word(prefix)):
            start = prefix_start
        elif m.group(0).startswith(levels) and (not prefix or words[wi][0] == m.start()):
            start = m.start()  # "市委|书记", "该县|县委书记": the body alone
        else:
            continue  # "某大学|党委书记": a body of that organisation, named with it
        out.append(Candidate(start, m.end(), "ORG", "head_words", 0.7, {"head": "title_body"}))
    return out


def _place_word(w: str) -> bool:
    """A division's name ("左权", "阳曲县") or a named township, town or village ("东河乡")."""
    place = lexicon().patterns["place"]
    if gazetteer_regex().fullmatch(w):
        return True
    return len(w) >= 3 and _name_chars(w) and w.endswith(tuple(place["admin_heads"])) and w not in place["generic"]


def _name_at(text: str, words: list[Word], pos: int) -> str | None:
    """A person's name starting at ``pos``: the tagger's PER word, else surname + 1-2 chars."""
    lex = lexicon()
    spaced = _SPACED_NAME.match(text, pos)
    if spaced and text[pos] in lex.surnames:
        rest = text[spaced.end() :]
        if not rest or not _CJK.match(rest[0]) or rest.startswith(tuple(lex.patterns["person"]["right_boundaries"])):
            return spaced.group(0)  # "吴 峰": a two-character name set to the width of three
    wi = word_at(words, pos)
    if wi is not None and words[wi][0] == pos and words[wi][3] == "PER" and 2 <= len(words[wi][2]) <= 4:
        return cut_given_name(words, wi) or words[wi][2]
    ordinary = lex.patterns["person"]["ordinary_tags"]
    if text[pos : pos + 2] in lex.double_surnames:
        surname_len = 2
    elif text[pos : pos + 1] in lex.surnames:
        surname_len = 1
    else:
        return None
    bounds = tuple(lex.patterns["person"]["right_boundaries"])
    for given in (2, 1):
        end = pos + surname_len + given
        cand = text[pos:end]
        if len(cand) < 2 or not _CJK.match(cand):
            continue
        rest = text[end:]
        if not rest or not _CJK.match(rest[0]) or rest.startswith(bounds):
            # The name must end at a word boundary of the segmenter.
            wj = word_at(words, end - 1)
            if wj is not None and words[wj][1] == end:
                if wi == wj and words[wi][0] == pos and words[wi][3] in ordinary:
                    continue  # "专家|智力": a word the tagger knows as an ordinary one
                return cand
    return None


def byline_candidates(text: str, words: list[Word]) -> list[Candidate]:
    """Names in bylines and photo credits: "本报记者 史涌涛 苑捷", "(记者 张彩峰)", "(李信君摄)"."""
    out = []
    role = r"(?:记者|通讯员|特约记者|见习记者|实习生|摄影|责任编辑|编辑|校对)"
    for m in re.finditer(role + r"[\s:]*((?:[\u4e00-\u9fff]{2,3}(?:\s+|(?=[)\s摄]|$)))+)", text):
        pos = m.start(1)
        for part in re.finditer(r"[\u4e00-\u9fff]{2,3}", m.group(1)):
            name = part.group(0)
            if name.endswith("摄"):
                name = name[:-1]
            if len(name) >= 2 and name[0] in lexicon().surnames | {n[0] for n in lexicon().double_surnames}:
                s = pos + part.start()
                out.append(Candidate(s, s + len(name), "PERSON", "bylines", 0.85, {"role": m.group(0)[:2]}))
    for m in re.finditer(role + r"[\s:：]*([\u4e00-\u9fff][ \u3000][\u4e00-\u9fff])(?=[)）\s]|$)", text):
        if m.group(1)[0] in lexicon().surnames:
            out.append(Candidate(m.start(1), m.end(1), "PERSON", "bylines", 0.85, {"role": m.group(0)[:2]}))
    for m in re.finditer(r"\(([\u4e00-\u9fff]{2,3})摄\)", text):
        out.append(Candidate(m.start(1), m.end(1), "PERSON", "bylines", 0.8))
    return out


# --------------------------------------------------------------------------- selection

_SOURCE_RANK = {"bylines": 5, "titles": 4, "gazetteer": 3, "head_words": 3, "statistical": 2}


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
    >>> ws, pos = [], 0
    >>> for w, t in make_segmenter("lac").segment(text):
    ...     ws.append((pos, pos + len(w), w, t)); pos += len(w)
    >>> [(text[c.start:c.end], c.label) for c in recognise(text, ws) if c.label != "ORG"]
    [('张强', 'PERSON'), ('全市重点工程项目调度会', 'MEETING')]
    """
    cands = (
        statistical_candidates(words, context_names)
        + gazetteer_candidates(text, words, context_names)
        + head_word_candidates(text, words)
        + title_person_candidates(text, words)
        + byline_candidates(text, words)
    )
    return recognise_from(text, cands)


def recognise_from(text: str, candidates: list[Candidate]) -> list[Candidate]:
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
    chosen = _appositions(text, [c for c in select_mentions(candidates) if _plausible(text, c)])
    chosen = without_bare_events(text, chosen)  # "出席开工仪式" after "…集中开工仪式"
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
            places = [x for x in places if x.source != "statistical" and _plausible(text, x)]
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
                and _plausible(text, x)
                and (label != "PLACE" or x.source != "statistical")
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
                    if x.label == "ORG" and x.end < c.end and _plausible(text, x)
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
            nested += _inside_event(text, c, candidates, nested)
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
            if x.label == "PLACE" and x.end < end and x.source != "statistical"
            and _plausible(text, x)
        ]
        if not nxt:
            return out
        best = max(nxt, key=lambda x: x.length)
        out.append(Candidate(best.start, best.end, best.label, best.source, best.score, dict(best.attrs, nested=True)))
        pos = best.end


def _inside_event(text: str, event: Candidate, candidates: list[Candidate], nested: list[Candidate]) -> list[Candidate]:
    """Bodies, places and events named inside an event's name are mentions too: "市委统战部与中央民族大学
    合作共建活动" names two organisations, "…人才宣介杭州专场活动" a city, "第三届某某大会筹备工作
    座谈会" the congress it prepares."""
    taken = [(n.start, n.end) for n in nested if event.start <= n.start < event.end]
    halves = {tuple(h) for h in event.attrs.get("halves", ())}  # "X暨Y": names of this event
    inner = [
        x
        for x in candidates
        if x.label in ("ORG", "PLACE", "MEETING")
        and event.start <= x.start
        and x.end < event.end
        and (x.label in ("ORG", "MEETING") or x.source == "gazetteer")
        # an event that the outer one is about, not the outer one's own head cut short ("…活动|周")
        and (x.label != "MEETING" or (x.source == "head_words" and event.end - x.end >= 3))
        and (x.label != "MEETING" or (x.start, x.end) not in halves)
        and _plausible(text, x)
    ]
    out = []
    events: list[tuple[int, int]] = []  # (an inner event holds bodies and places of its own)
    for x in sorted(inner, key=lambda x: (-x.length, -_SOURCE_RANK[x.source], x.start)):
        spans = events if x.label == "MEETING" else taken
        if any(x.start < e and s < x.end for s, e in spans):
            continue
        spans.append((x.start, x.end))
        out.append(Candidate(x.start, x.end, x.label, x.source, x.score, dict(x.attrs, nested=True)))
    return out


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
            if x.label == "PLACE" and lo <= x.start and x.end <= hi and x.source != "statistical"
            and _plausible(text, x)
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


def _plausible(text: str, c: Candidate) -> bool:
    name = text[c.start : c.end]
    if not name.strip() or "\n" in name:
        return False
    if c.label == "PERSON":
        if _SPACED_NAME.fullmatch(name):
            return c.source in ("titles", "bylines")  # "吴 峰"
        return 2 <= len(name) <= 4 and bool(_CJK.match(name)) or is_dotted_name(name) or (
            c.source == "statistical" and person_shaped(name, _has_surname(name), lexicon().foreign_chars)
        )
    if c.label == "PLACE":
        place = lexicon().patterns["place"]
        if name in place["generic"] or name.endswith(tuple(place["honorific_heads"])):
            return False  # "矿区" alone, "中国小米之乡"
    return len(name) >= 2
