"""A level's body with the clause's words glued before it (the data: ``[org.glued_levels]`` of
``ontology/patterns/entities.toml``).

The head-word walk (:func:`~kg.nlp.entities.names.left_edge`) takes the nouns and verbs before
a level's body into its name, and the tagger glues a person or a verb to it: "专题/n 研究/vn
市人大/ORG" read as 专题研究市人大, "张松岭省政府/PER", "周勤/PER 第任/m 市政府金融办/ORG", "部分/n
住陵市政协/ORG", "全市/n 上下/f 锚定省委/ORG". A level word right before a body's opening word
("市|人大", "省|政府", "省|委") opens the body where no place ends at it and no name stands before
it: the words before are the clause's (session 25, s25-org: real-pages p01, -6 u03, -11 z12,
-17 i02, real-org o01; 5 pages of 5 sites). A place before the level word keeps the span
("大同市人大", "台中市政府"), and so do a zone's or a region's level word ("某某自治区党委") and a
name of the tagger's before it ("中共市委", "民盟市委").
"""

from __future__ import annotations

from kg.nlp.entities.candidate import Candidate
from kg.nlp.entities.lexicon_data import gazetteer_regex, lexicon
from kg.nlp.words import Word
from kg.normalize import to_simplified


def without_glued_openers(text: str, words: list[Word], candidates: list[Candidate]) -> list[Candidate]:
    """``candidates`` with each organisation that holds a clause's words before a level's body
    cut to the body (:func:`glued_level_cut`).

    >>> from kg.nlp.words import Word
    >>> t = "专题研究市人大、政府工作"
    >>> ws = [Word(0, 2, "专题", "n"), Word(2, 4, "研究", "vn"), Word(4, 7, "市人大", "ORG")]
    >>> [t[c.start : c.end] for c in without_glued_openers(t, ws, [Candidate(0, 7, "ORG", "head_words", 0.65)])]
    ['市人大']
    """
    out = []
    for c in candidates:
        cut = glued_level_cut(text, words, c) if c.label == "ORG" else None
        if cut is None and c.label == "ORG":
            cut = central_cut(to_simplified(text[c.start : c.end]))
        if cut is not None and cut < 0:
            continue  # "中央部|会": the central ministries, a class
        out.append(c if cut is None else Candidate(c.start + cut, c.end, c.label, c.source, c.score, dict(c.attrs)))
    return out


def central_cut(name: str) -> int | None:
    """Where the ministry starts in an organisation's name that Taiwan's news opens with the
    central government's level word (``org.glued_levels.central``: "中央经济部", "中央内政部营建署"):
    after it, where a national body of ``lexicon/national_orgs.txt`` follows and the whole is none
    ("中央军委", "中央纪委" keep their names); -1 where only a class of ministries follows
    (``org.glued_levels.central_classes``: "中央部|会"); None otherwise (s25-org: real-pages-18 j09,
    j11, -20 l11; 3 pages of 3 sites).

    >>> central_cut("中央经济部"), central_cut("中央内政部营建署"), central_cut("中央部"), central_cut("中央军委")
    (2, 2, -1, None)
    """
    conf = lexicon().patterns["org"]["glued_levels"]
    national = lexicon().national_orgs
    opener = next((w for w in conf["central"] if name.startswith(w)), None)
    if opener is None or name in national:
        return None
    rest = name[len(opener) :]
    if rest in conf["central_classes"]:
        return -1
    return len(opener) if rest.startswith(tuple(n for n in national if len(n) >= 2)) else None


def glued_level_cut(text: str, words: list[Word], c: Candidate) -> int | None:
    """Where the level's body starts inside the organisation ``c``: at the last level word
    (``org.glued_levels.levels``) right before a body's opening word (``org.glued_levels.openers``)
    where what stands before it is no place and no name: no place of the gazetteer and no word of
    ``org.glued_levels.name_tags`` ends there or before it, the level word ends no zone's or
    region's kind (``place.zones``, ``org.glued_levels.level_ends``), and the tagger's word at the
    level word starts there or is a person's name it glued to the body
    (``org.glued_levels.glued_tags``). Where that word is the tagger's body
    (``org.glued_levels.whole_tags``: "静冈县政府/ORG", whose place no gazetteer holds), the body is
    that word whole, after the words the walk took before it. None where there is no such level word.

    >>> from kg.nlp.words import Word
    >>> t = "张松岭省政府秘书长"
    >>> glued_level_cut(t, [Word(0, 6, "张松岭省政府", "PER")], Candidate(0, 6, "ORG", "head_words", 0.65))
    3
    >>> t = "大同市人大常委会"
    >>> ws = [Word(0, 2, "大同", "LOC"), Word(2, 8, "市人大常委会", "ORG")]
    >>> glued_level_cut(t, ws, Candidate(0, 8, "ORG", "head_words", 0.65))
    >>> glued_level_cut("团市委", [Word(0, 3, "团市委", "ORG")], Candidate(0, 3, "ORG", "head_words", 0.65))
    >>> t = "部分西河县政府官员"
    >>> ws = [Word(0, 2, "部分", "n"), Word(2, 7, "西河县政府", "ORG")]
    >>> walked, tagged = Candidate(0, 7, "ORG", "head_words", 0.65), Candidate(2, 7, "ORG", "statistical", 0.6)
    >>> glued_level_cut(t, ws, walked), glued_level_cut(t, ws, tagged)
    (2, None)
    >>> t = "新疆维吾尔自治区党委"
    >>> glued_level_cut(t, [Word(0, 10, t, "ORG")], Candidate(0, 10, "ORG", "head_words", 0.65))
    >>> t = "经省政府批准"
    >>> ws = [Word(0, 1, "经", "ORG"), Word(1, 4, "省政府", "ORG")]
    >>> glued_level_cut(t, ws, Candidate(0, 4, "ORG", "head_words", 0.65))
    1
    """
    conf = lexicon().patterns["org"]["glued_levels"]
    name = to_simplified(text[c.start : c.end])
    ends = tuple(lexicon().patterns["place"]["zones"]) + tuple(conf["level_ends"])
    for k in range(len(name) - 2, 0, -1):
        if name[k] not in conf["levels"] or not name.startswith(tuple(conf["openers"]), k + 1):
            continue
        left = name[: k + 1]
        if left.endswith(ends) or _place_ends(left) or _place_ends(left[:-1]):
            return None
        if left[:-1].endswith(tuple(conf["party_names"])):
            return None  # "中共|市委", "民盟|市委": the party's committee at the level
        if left.endswith(tuple(p for p in lexicon().patterns["org"]["level_prefixes"] if len(p) > 1)):
            return None  # "团市委", "自治区…": a level prefix of more than one character
        at = c.start + k
        inside = [w for w in words if c.start <= w.start and w.end <= at]
        # A one-character word is no name, whatever its tag: the tagger reads a preposition glued
        # before the body as one ("经/ORG|省政府/ORG 批准", s29-org: real-pages-30 r03).
        if any(w.tag in conf["name_tags"] and w.end - w.start > 1 for w in inside):
            return None
        over = next((w for w in words if w.start <= at < w.end), None)
        if over is None or over.start >= at or over.tag in conf["glued_tags"]:
            return k  # "专题/n 研究/vn|市人大/ORG", "张松岭省政府/PER"
        if over.tag in conf["whole_tags"] and over.start > c.start:
            return over.start - c.start  # "部分/n|某某县政府/ORG": the tagger's body, whole
        return None  # "城市/n|管理局": the level word is inside a common word; "某某县政府/ORG"
    return None


def _place_ends(s: str) -> bool:
    """Whether a place of the gazetteer ends ``s`` ("大同", "某某县")."""
    regex = gazetteer_regex()
    return any(regex.fullmatch(s[i:]) for i in range(max(0, len(s) - 12), len(s) - 1))
