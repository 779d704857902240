"""When to trust the statistical tagger's PER / ORG / LOC, and when the text overrules it.

kg's rules were first written on local news where the tagger's slips are frequent
(slogans tagged ORG, sector words tagged LOC). On news of every kind the tagger is mostly
right, so :mod:`kg.nlp.entities` keeps its names by default and drops or retypes one only
where the text gives positive evidence against it. The checks here are that evidence,
each a small function over the tagged words ``(start, end, text, tag)``; the word lists
are data under ``ontology/patterns/entities.toml`` ``[tagger]``.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from kg.nlp.list_evidence import whole_item
from kg.nlp.words import QUOTES_CLOSE, QUOTES_OPEN, Word

# A person's name: Chinese characters, parts joined by a middle dot ("司马义·艾买提",
# "诺尔曼·白求恩"); the dot has several code points in real text.
_DOTS = "·•‧・"
_PERSON = re.compile("^[\u4e00-\u9fff]+(?:[" + _DOTS + "][\u4e00-\u9fff]+)*$")
_LATIN_NAME = re.compile(r"^[A-Za-z][a-z]+(?:[ .][A-Z][a-z]+)?$")


def person_shaped(
    name: str, has_surname: bool, foreign_chars: frozenset[str], max_plain: int = 4, max_foreign: int = 8
) -> bool:
    """Whether the tagger's PER word has the shape of a person's name.

    A Chinese name is a surname and one to three characters; a transliterated foreign or
    minority name may be longer and need no surname: its parts joined by a middle dot, or
    two characters both of the transliteration table (``foreign_chars``), or three or more
    all but one of it; or a name in Latin letters.

    >>> tr = frozenset("克林顿普里马科夫")
    >>> person_shaped("张强", True, tr), person_shaped("克林顿", False, tr), person_shaped("司马义·艾买提", True, tr)
    (True, True, True)
    >>> person_shaped("广纳贤才", False, tr), person_shaped("AB股", False, tr), person_shaped("·张", True, tr)
    (False, False, False)
    """
    if _LATIN_NAME.match(name):
        return True  # "Svensson", "Mark": a name in Latin letters the tagger reads as a person's
    if not _PERSON.match(name):
        return False
    parts = re.split("[" + _DOTS + "]", name)
    if len(parts) > 1:
        return all(len(p) <= max_foreign for p in parts) and len(parts) <= 4
    if has_surname and len(name) <= max_plain:
        return True
    if len(name) == 2:
        return all(ch in foreign_chars for ch in name)
    return len(name) <= max_foreign and sum(ch not in foreign_chars for ch in name) <= 1


def is_dotted_name(name: str) -> bool:
    """A name whose parts a middle dot joins ("理查德·赖尔登").

    >>> is_dotted_name("理查德·赖尔登"), is_dotted_name("张强")
    (True, False)
    """
    return bool(_PERSON.match(name)) and any(d in name for d in _DOTS)


@cache
def _foreign_tail() -> re.Pattern[str]:
    return re.compile(r"^[\u4e00-\u9fff]{1,3}$")


def run_on_is_foreign(rest: str, prefix_is_full: bool, prefix_in_context: bool) -> bool:
    """A tagged place that starts with a far county's short form and runs on past it
    ("吉隆|坡", "多伦|多", "北海|道") is a place of its own, not the county: unless the
    county is named in full or is a place of the document ("大同锡" is the city's 大同 run on).

    >>> run_on_is_foreign("坡", False, False), run_on_is_foreign("锡", False, True)
    (True, False)
    """
    return not prefix_is_full and not prefix_in_context and bool(_foreign_tail().match(rest))


def cut_given_name(
    words: list[Word],
    i: int,
    double_surnames: frozenset[str] = frozenset(),
    verb_marks: frozenset[str] = frozenset(),
    follow: frozenset[str] = frozenset(),
    particles: frozenset[str] = frozenset(),
    fused: frozenset[str] = frozenset(),
) -> str | None:
    """The whole name where the tagger cut a person's name before a lone character that closes
    the phrase: "马西/PER|连/d|,", "钱冠/PER|东/f|、": the lone character is no verb,
    preposition or particle (those end a name: "张强|说|,", "张强|等|,"); a conjunction before a list comma
    joins nothing ("李克/PER|和/c|、": 李克和). A lone verb is the name's too before a mark of
    ``verb_marks`` ("刘永/PER|献/v|、": no clause ends in a verb before a list mark). The name
    cut is two characters, or a double surname (``double_surnames``) and one ("欧阳颂/PER|东/f|,").
    A lone particle of ``particles`` before a mark is the name's too ("林某/PER|地/u|、": no phrase
    ends in 地 before a list mark), and so is a lone character of those tags right before a word
    of ``follow`` that comes after names, a joining word or a title ("简某/PER|俊/a|及", "葛某/PER|键/n|博士"),
    or fused with a one-character joining word of ``fused`` before a mark ("陈某/PER|中等/a|,": 陈某中 and others)
    or, as the last name of a "、" list, before the list's verb ("、|刘某/PER|平等/ad|组成").

    >>> from kg.nlp.words import words_of
    >>> ws = words_of([("马西", "PER"), ("连", "d"), (",", "w")])
    >>> cut_given_name(ws, 0), cut_given_name(words_of([("张强", "PER"), ("说", "v"), (",", "w")]), 0)
    ('马西连', None)
    >>> cut_given_name(words_of([("刘永", "PER"), ("献", "v"), ("、", "w")]), 0, verb_marks=frozenset("、"))
    '刘永献'
    >>> cut_given_name(words_of([("欧阳颂", "PER"), ("东", "f"), (",", "w")]), 0, frozenset({"欧阳"}))
    '欧阳颂东'
    >>> cut_given_name(words_of([("简明", "PER"), ("俊", "a"), ("及", "c")]), 0, follow=frozenset({"及"}))
    '简明俊'
    >>> cut_given_name(words_of([("林明", "PER"), ("地", "u"), ("、", "w")]), 0, particles=frozenset("地"))
    '林明地'
    >>> cut_given_name(words_of([("陈明", "PER"), ("中等", "a"), (",", "w")]), 0, fused=frozenset({"等"}))
    '陈明中'
    >>> ws = words_of([("、", "w"), ("陈路", "PER"), ("平等", "ad"), ("组成", "v")])
    >>> cut_given_name(ws, 1, fused=frozenset({"等"}))
    '陈路平'
    """
    name = words[i].text
    if i + 2 >= len(words) or not (len(name) == 2 or (len(name) == 3 and name[:2] in double_surnames)):
        return None
    nxt, after = words[i + 1], words[i + 2]
    joined = len(nxt.text) == 2 and nxt.text[1] in fused and nxt.tag not in ("PER", "ORG", "LOC", "w")
    if joined and nxt.start == words[i].end and after.tag == "w" and after.text in ",，、。;；":
        return name + nxt.text[0]  # "陈某/PER|中等/a|,": the last character fused with 等
    # The last item of a "、" list of names closed by 等 and the list's verb: "某某、刘某/PER|平等/ad|组成"
    # (s27-works); the list mark before the name says a name, not a manner, stands there.
    listed = i > 0 and words[i - 1].text == "、" and after.tag.startswith("v")
    if joined and nxt.start == words[i].end and listed and after.start == nxt.end:
        return name + nxt.text[0]
    if nxt.start != words[i].end or len(nxt.text) != 1 or not re.match("[\u4e00-\u9fff]", nxt.text):
        return None
    closing = ("d", "a", "an", "n", "ng", "nr", "vn", "f")
    if after.text in follow and after.start == nxt.end and nxt.tag in closing:
        return name + nxt.text
    if after.tag != "w":
        return None
    if nxt.text in particles and after.text in ",，、。;；":
        return name + nxt.text
    if nxt.tag in (*closing, "c") and after.text in ",，、。;；":
        return name + nxt.text
    if nxt.tag == "v" and after.text in verb_marks:
        return name + nxt.text
    return None


def title_given_name(
    words: list[Word],
    i: int,
    tags: tuple[str, ...],
    stops: frozenset[str],
    verb_follow: frozenset[str] = frozenset(),
    verb_stops: frozenset[str] = frozenset(),
) -> str | None:
    """The three-character name right after a job title where the tagger cut it before its last
    character and read that as a word of its own, a locative, a number or an adverb
    ("董事|何明/PER|中/f|以…", "记者|吕木/PER|上/f|/", "县长|罗传/PER|永/d|深入"), whatever follows.
    A title announces a name, so the lone character goes back to it unless it is one of the
    words that follow names (``stops``: "市长|王强|也|参加"). A lone verb goes back to it only
    when a word that follows names comes next (``verb_follow``: "局长|万以/PER|学/v|讲话") and it
    is not a verb a person does before such a word (``verb_stops``: "局长|王强|来|讲话"). Only a
    name of one surname and one given character is mended; the caller checks the surname.

    >>> from kg.nlp.words import words_of
    >>> ws = words_of([("何明", "PER"), ("中", "f"), ("以", "p")])
    >>> title_given_name(ws, 0, ("f", "m", "d"), frozenset({"也"}))
    '何明中'
    >>> title_given_name(words_of([("王强", "PER"), ("也", "d"), ("参加", "v")]), 0, ("d",), frozenset({"也"})) is None
    True
    >>> ws = words_of([("万以", "PER"), ("学", "v"), ("讲话", "v")])
    >>> title_given_name(ws, 0, ("d",), frozenset(), frozenset({"讲话"}), frozenset({"来"}))
    '万以学'
    """
    if i + 1 >= len(words) or len(words[i].text) != 2:
        return None
    nxt = words[i + 1]
    if nxt.start != words[i].end or len(nxt.text) != 1 or not re.match("[\u4e00-\u9fff]", nxt.text):
        return None
    if nxt.text in stops:
        return None
    if nxt.tag in tags:
        return words[i].text + nxt.text
    follows = i + 2 < len(words) and words[i + 2].start == nxt.end and words[i + 2].text in verb_follow
    if nxt.tag == "v" and follows and nxt.text not in verb_stops:
        return words[i].text + nxt.text
    return None


def ran_over_name(w: str, persons: set[str], surnames: frozenset[str], double_surnames: frozenset[str]) -> str | None:
    """The three-character name where the tagger ran a person's name on into the character
    after it ("某树菊特/PER|地", "某繁清慨/PER|捐") and reads the name alone elsewhere in the same
    article (``persons``: its PER words there). A name of four characters with one surname
    whose second character is a surname too is a married compound name ("吕黄春金") and stays.

    >>> ran_over_name("陈树菊特", {"陈树菊", "陈树菊特"}, frozenset("陈黄吕"), frozenset())
    '陈树菊'
    >>> ran_over_name("吕黄春金", {"吕黄春", "吕黄春金"}, frozenset("陈黄吕"), frozenset()) is None
    True
    """
    if len(w) != 4 or w[:2] in double_surnames or w[0] not in surnames or w[1] in surnames:
        return None
    return w[:3] if w[:3] in persons else None


def married_name_start(words: list[Word], i: int, surnames: frozenset[str], titles: tuple[str, ...]) -> int | None:
    """Where a married woman's name begins when it carries her husband's surname before her own
    ("叶刘淑仪", "林郑月娥") and the tagger read only her own name: the surname before it stood
    alone ("香港岛|叶/n|刘淑仪/PER") or was read into the title before it ("行政长|官林/n|郑月娥/PER").
    The tagger's word must be a three-character name that opens with a surname.

    >>> from kg.nlp.words import words_of
    >>> ws = words_of([("香港岛", "LOC"), ("叶", "n"), ("刘淑仪", "PER")])
    >>> married_name_start(ws, 2, frozenset("叶刘林郑"), ("行政长官",))
    3
    >>> ws = words_of([("行政", "n"), ("长", "a"), ("官林", "n"), ("郑月娥", "PER")])
    >>> married_name_start(ws, 3, frozenset("叶刘林郑"), ("行政长官",))
    4
    >>> married_name_start(words_of([("向", "p"), ("刘淑仪", "PER")]), 1, frozenset("向刘"), ()) is None
    True
    """
    w = words[i]
    if i == 0 or w.tag != "PER" or len(w.text) != 3 or w.text[0] not in surnames:
        return None
    prev = words[i - 1]
    if prev.end != w.start or not prev.text or prev.text[-1] not in surnames:
        return None
    if len(prev.text) == 1:
        return prev.start if prev.tag in ("n", "nr", "PER") else None  # a lone surname, no name of its own
    before = "".join(x.text for x in words[max(0, i - 3) : i])[:-1]
    return prev.end - 1 if before.endswith(titles) else None


def read_as_person_often(w: str, seen: Counter[str]) -> bool:
    """A given name the tagger reads as a person's three times or more in the article
    ("小平同志", "炳奎说"): the tagger is consistent, so the name needs no surname.

    >>> read_as_person_often("炳奎", Counter({"炳奎": 3})), read_as_person_often("炳奎", Counter({"炳奎": 1}))
    (True, False)
    """
    return 2 <= len(w) <= 3 and bool(re.fullmatch("[\u4e00-\u9fff]+", w)) and seen[w] >= 3


def stands_alone(words: list[Word], i: int) -> bool:
    """The word stands as a subject or object of its own: not quoted, not run into a number
    before it, and followed by a verb, a function word or punctuation ("托蒂|缺阵", "和|佐拉|和").

    >>> from kg.nlp.words import words_of
    >>> stands_alone(words_of([("托蒂", "PER"), ("缺阵", "v")]), 0)
    True
    >>> stands_alone(words_of([("“", "w"), ("瓦特", "PER"), ("”", "w")]), 1)
    False
    """
    if i > 0 and (words[i - 1].text[-1:] in QUOTES_OPEN or words[i - 1].tag in ("m", "q")):
        return False
    return (
        i + 1 >= len(words)
        or words[i + 1].tag in ("v", "vd", "u", "p", "c", "d", "ad", "f")
        or (words[i + 1].tag == "w" and words[i + 1].text[:1] not in QUOTES_CLOSE)
    )


def opens_quoted_phrase(words: list[Word], i: int) -> bool:
    """The word opens a quotation that goes on after it: "“联建|共学”", "“周调度|、月通报”".

    >>> from kg.nlp.words import words_of
    >>> opens_quoted_phrase(words_of([("“", "w"), ("联建", "ORG"), ("共", "d")]), 1)
    True
    """
    return (
        i > 0
        and words[i - 1].text[-1:] in QUOTES_OPEN
        and i + 1 < len(words)
        and words[i + 1].text[:1] not in QUOTES_CLOSE
    )


def modifies_noun(words: list[Word], i: int) -> bool:
    """The word runs on into a noun right after it ("政协|委员", "中德|合资企业").

    >>> from kg.nlp.words import words_of
    >>> modifies_noun(words_of([("政协", "ORG"), ("委员", "n")]), 0)
    True
    """
    return i + 1 < len(words) and words[i + 1].start == words[i].end and words[i + 1].tag in _NOUN_TAGS


_NOUN_TAGS = frozenset(("n", "vn", "nz", "nw", "an", "PER", "LOC", "ORG", "j", "s"))


def addressed(words: list[Word], i: int, address: tuple[str, ...], titles: tuple[str, ...]) -> bool:
    """The tagger's person is addressed or titled in the text: a word of address right after
    it ("小平|同志", "樱内义雄|先生") or a job title right before it ("实习编辑|婷婷"). Such a
    name needs no Chinese surname.

    >>> from kg.nlp.words import words_of
    >>> addressed(words_of([("小平", "PER"), ("同志", "n"), ("到", "v")]), 0, ("同志",), ("编辑",))
    True
    >>> addressed(words_of([("编辑", "n"), ("婷婷", "PER")]), 1, (), ("编辑",))
    True
    >>> addressed(words_of([("小平", "PER"), ("同学", "n")]), 0, ("同志",), ("编辑",))
    False
    """
    name = words[i].text
    if not (_PERSON.match(name) and 2 <= len(name) <= 8):
        return False
    nxt = words[i + 1] if i + 1 < len(words) else None
    if nxt is not None and nxt.start == words[i].end and nxt.text in address:
        return True
    prev = words[i - 1] if i > 0 else None
    return prev is not None and prev.end == words[i].start and prev.tag != "PER" and prev.text.endswith(titles)


def echoes(
    words: list[Word], kept: list[tuple[int, int, str]], tags: dict[str, str], function_tags: tuple[str, ...] = ()
) -> list[tuple[int, int, str]]:
    """Other occurrences, as whole words, of the names kept from the tagger (``kept``: spans
    ``(start, end, label)``): the article names one thing the same way throughout, so "钱冠林/n"
    is the person "钱冠林/PER" named elsewhere in the article. A word the tagger gives another
    entity type (``tags`` maps its PER/LOC/ORG to kg's labels) is left to the tagger, and so is
    a name kept with two labels; a name that runs into a noun ("某某|协会") is not echoed, nor
    one the article uses more often as an ordinary word than as a name ("农民/ORG" once beside
    "农民/n" ten times: the name was the slip; a word of ``function_tags``, "向某某/p", is no such
    use). Returns ``(start, end, label)``.

    >>> from kg.nlp.words import words_of
    >>> ws = words_of([("钱冠林", "PER"), ("说", "v"), ("钱冠林", "n"), ("华沙", "PER")])
    >>> echoes(ws, [(0, 3, "PERSON"), (7, 9, "PERSON")], {"PER": "PERSON"})
    [(4, 7, 'PERSON')]
    >>> echoes(ws + words_of([("钱冠林", "n")], 9), [(0, 3, "PERSON")], {"PER": "PERSON"})
    []
    >>> echoes(words_of([("向明强", "PER"), ("向明强", "p"), ("向明强", "p")]), [(0, 3, "PERSON")], {}, ("p",))
    [(3, 6, 'PERSON'), (6, 9, 'PERSON')]
    """
    index = {(w.start, w.end): i for i, w in enumerate(words)}
    labels: dict[str, set[str]] = {}
    for s, e, label in kept:
        i = index.get((s, e))
        if i is not None and len(words[i].text) >= 2 and not modifies_noun(words, i):
            labels.setdefault(words[i].text, set()).add(label)
    taken = {(s, e) for s, e, _ in kept}
    as_name = Counter(words[index[(s, e)]].text for s, e, _ in kept if (s, e) in index)
    ordinary = [w for w in words if w.text in labels and (w.start, w.end) not in taken and w.tag not in function_tags]
    as_word = Counter(w.text for w in ordinary)
    labels = {w: found for w, found in labels.items() if as_name[w] >= as_word[w]}
    out = []
    for w in words:
        found = labels.get(w.text)
        if not found or len(found) != 1 or (w.start, w.end) in taken:
            continue
        label = next(iter(found))
        if w.tag in tags and tags[w.tag] != label:
            continue
        out.append((w.start, w.end, label))
    return out


def person_among_persons(words: list[Word], i: int, has_surname: bool) -> bool:
    """Word ``i``, a whole item of a "、" list, sits between two items the tagger reads as
    persons and has the shape of a Chinese name (a surname, two or three characters): it is
    one more person, whatever the tagger says ("周杰、|黄海|、吴昊": not the sea).

    >>> from kg.nlp.words import words_of
    >>> ws = words_of([("周杰", "PER"), ("、", "w"), ("黄海", "LOC"), ("、", "w"), ("吴昊", "PER")])
    >>> person_among_persons(ws, 2, True), person_among_persons(ws[:4], 2, True)
    (True, False)
    """
    w = words[i].text
    if not (has_surname and 2 <= len(w) <= 3 and _PERSON.match(w) and whole_item(words, i)):
        return False
    before = i >= 2 and words[i - 1].text == "、" and words[i - 2].tag == "PER"
    after = i + 2 < len(words) and words[i + 1].text == "、" and words[i + 2].tag == "PER"
    return before and after


def conjunction_eaten(
    words: list[Word], i: int, conjunctions: tuple[str, ...], heads: tuple[str, ...] = ()
) -> str | None:
    """The person's name where the tagger took the conjunction after it into the name and
    another name follows at once (a tagged name, or a word that ends in one of ``heads``:
    "委员会"): "王伟和/PER|县发改委/ORG" is 王伟 and the body (a person named 王伟和 would be
    written "王伟和和…" or "王伟和、…").

    >>> from kg.nlp.words import words_of
    >>> conjunction_eaten(words_of([("王伟和", "PER"), ("县发改委", "ORG")]), 0, ("和", "与"))
    '王伟'
    >>> conjunction_eaten(words_of([("王伟和", "PER"), ("说", "v")]), 0, ("和", "与"))
    """
    w = words[i]
    if w.tag != "PER" or len(w.text) < 3 or not w.text.endswith(conjunctions) or i + 1 >= len(words):
        return None
    nxt = words[i + 1]
    if nxt.start != w.end or not (nxt.tag in ("PER", "ORG", "LOC") or (heads and nxt.text.endswith(heads))):
        return None
    return w.text[:-1]
