"""Organisation names the head words alone do not find: national bodies, declared short forms, bodies
joined by a verb, zones run into a company."""

from __future__ import annotations

import re

from kg.nlp.entities.candidate import Candidate, longest_first_pattern, word_at
from kg.nlp.entities.lexicon_data import lexicon
from kg.nlp.words import QUOTES_OPEN, Word


def national_org_candidates(text: str, words: list[Word]) -> list[Candidate]:
    """National bodies, media and platforms of ``lexicon/national_orgs.txt`` where the name
    starts and ends on word boundaries ("新华网", "抖/音" split by the tagger), or ends inside
    a word right before a title ("全国台企联|常务副会长": the tagger's 联常务). A ministry's
    department written right after it is the body: "经济部工业局/n", "经济部|加工|处|处长"
    (:func:`ministry_department_end`)."""
    starts = {w.start for w in words}
    ends = {w.end for w in words}
    titles = lexicon().titles
    out = []
    for m in longest_first_pattern(lexicon().national_orgs).finditer(text):
        if m.start() not in starts:
            continue
        end = ministry_department_end(text, words, m.end())
        # "科技|部长|某某": the body ends inside the tagger's word of its head's title
        shared = _shares_head(text, words, m.end())
        if end is None and m.end() not in ends and not text.startswith(titles, m.end()) and not shared:
            continue
        out.append(Candidate(m.start(), end or m.end(), "ORG", "head_words", 0.7, {"head": "national"}))
    return out


def _shares_head(text: str, words: list[Word], end: int) -> bool:
    """The national body ending at ``end`` shares its head character with its head's title, one
    word of the tagger's ("科技|部长|某某", "内政|部长|某某": Taiwan's way of writing 科技部部长;
    ``org.shared_head_title_tails``, the title's rest after the body's head).

    >>> from kg.nlp.words import words_of
    >>> _shares_head("科技部长王某", words_of([("科技", "n"), ("部长", "n"), ("王某", "PER")]), 3)
    True
    >>> _shares_head("科技部署工作", words_of([("科技", "n"), ("部署", "v"), ("工作", "vn")]), 3)
    False
    """
    i = word_at(words, end - 1)
    if i is None or words[i].start != end - 1:
        return False
    rest = text[end : words[i].end]
    return rest in lexicon().patterns["org"]["shared_head_title_tails"]


def ministry_department_end(text: str, words: list[Word], end: int) -> int | None:
    """Where a department of the national body that ends at ``end`` ends, else None: the rest
    of the body's word ("经济部工业局/n") or up to two words after it ("经济部|加工/vn|处/n")
    that make a department's name (``org.ministry_departments``: a head after two characters
    or more, no count or determiner among them).

    >>> from kg.nlp.words import words_of
    >>> ws = words_of([("经济部", "n"), ("加工", "vn"), ("处", "n"), ("处长", "n")])
    >>> ministry_department_end("经济部加工处处长", ws, 3)
    6
    >>> ministry_department_end("经济部各处室", words_of([("经济部", "n"), ("各", "r"), ("处室", "n")]), 3)
    """
    conf = lexicon().patterns["org"]["ministry_departments"]
    heads, stops = tuple(conf["heads"]), conf["not_in_rest"]

    def department(name: str) -> bool:
        rest = name[:-1] if name.endswith(heads) else ""
        return (
            conf["min_rest"] <= len(rest) <= conf["max_rest"]
            and re.fullmatch(r"[\u4e00-\u9fff]+", rest) is not None
            and not any(ch in stops for ch in rest)
        )

    k = word_at(words, end - 1)
    if k is None:
        return None
    if words[k].end > end:  # "经济部工业局/n": the department is the rest of the word
        return words[k].end if department(text[end : words[k].end]) else None
    name = ""
    for _s, e, w, t in words[k + 1 : k + 3]:
        if t not in conf["word_tags"]:
            break
        name += w
        if department(name):
            return e
    return None


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
    >>> _joined_body("某某院南部联合服务中心", ("联合",)) is None
    True
    """
    suffixes, not_heads = lexicon().org_suffixes, tuple(lexicon().patterns["org"]["not_heads"])
    for v in verbs:
        k = name.find(v, 3)
        # "某某院南部|联合服务中心": a direction's 部 (org.not_heads) ends no first body
        if k > 0 and name[:k].endswith(suffixes) and not name[:k].endswith(not_heads) and len(name) - k - len(v) >= 3:
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
    return [Word(s, e, w, "ORG" if w in names else t) for s, e, w, t in words]


def _declared_candidates(
    text: str, words: list[Word], declared: list[tuple[int, str]], found: list[Candidate]
) -> list[Candidate]:
    """The full name before a declaration keeps its short form (``attrs["short_form"]``); every
    occurrence of the short form that starts a word is that organisation too."""
    out = []
    starts = {w.start for w in words}
    for pos, short in declared:
        full = [c for c in found if c.label == "ORG" and c.end == pos]
        if not full:
            continue
        best = max(full, key=lambda c: c.length)
        best.attrs["short_form"] = short
        for m in re.finditer(re.escape(short), text):
            if m.start() in starts or text[m.start() - 1 : m.start()] in QUOTES_OPEN:
                out.append(Candidate(m.start(), m.end(), "ORG", "head_words", 0.7, {"head": "declared"}))
    return out


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


def bodies_before_head_titles(text: str, words: list[Word]) -> list[Candidate]:
    """A body written into its head's title ("劳工局长某某", "某市财政局长某某"): the body is
    the title's head character with the name before it ("劳工局"), where the words before it are
    nouns and no generic ones (the titles are ``org.head_titles`` of ``entities.toml``).

    >>> text = "消防局长曾某某、副局长王某出席"
    >>> from kg.nlp.segmenters import make_segmenter
    >>> from kg.nlp.words import words_of
    >>> ws = words_of(make_segmenter("lac").segment(text))
    >>> [text[c.start:c.end] for c in bodies_before_head_titles(text, ws)]
    ['消防局']

    Bodies written before a title that repeats their head character come with them
    (``bodies_before_doubled_titles``).
    """
    from kg.nlp.entities.names import left_edge
    from kg.nlp.entities.shapes import _is_generic

    lex = lexicon()
    org = lex.patterns["org"]
    generic = frozenset(org["generic"])
    nouns = frozenset(org["head_title_body_tags"])
    qualifiers = tuple(org["head_title_qualifiers"])
    out = []
    for m in longest_first_pattern(tuple(org["head_titles"])).finditer(text):
        head_end = m.start() + 1  # "局" of "局长"
        before = word_at(words, m.start() - 1)  # the word that ends at the title or runs into it
        if (
            before is None
            or text[m.start() - 1 : m.start()] == text[m.start()]
            or text.endswith(qualifiers, 0, m.start())
        ):
            continue  # "副局长", "代理局长", "某某局局长": no body written into the title
        w = words[before]
        clause = _clause_body_start(text, words, m.start(), m.end())
        if w.end == m.start() and w.tag not in nouns:
            if clause is None:
                continue  # "新任|局长", "原|局长"
            start = clause
        else:
            start = left_edge(text, words, m.start(), max_len=12, label="ORG")
        name = text[start:head_end]
        if clause is not None and clause != start and (len(name) < 3 or _is_generic(name, name[-1], generic)):
            start, name = clause, text[clause:head_end]  # the words' reading named no body: the clause's
        if len(name) < 3 or _is_generic(name, name[-1], generic):
            continue
        out.append(Candidate(start, head_end, "ORG", "head_words", 0.65, {"head": "head_title"}))
    return out + bodies_before_doubled_titles(text, words)  # "律政司|司长某某": 律政司


def _clause_body_start(text: str, words: list[Word], title: int, title_end: int) -> int | None:
    """Where the body opens that a clause writes whole into its head's title before the holder's
    name, when the tagger read the body's words as a verb ("經/p|發/v|局長|某某/PER", "建設/v|處長|
    某某/PER", "中部都市基礎工程|分/v|署長|某某/PER"): the clause's start (a mark, a blank, the line's
    start, or a preposition: "在|建設處長某某陪同下") two to ten characters before the title, the
    holder right after the title, and no word
    between that cannot stand in a name (``org.head_title_clause_not``: a taking of office, "新任",
    "担任"; ``org.head_title_clause_tags``: particles, adverbs, pronouns, numbers). None otherwise.

    >>> from kg.nlp.words import words_of
    >>> ws = words_of([("经", "p"), ("发", "v"), ("局长", "n"), ("廖某翔", "PER"), ("表示", "v")])
    >>> _clause_body_start("经发局长廖某翔表示", ws, 2, 4)
    0
    >>> ws = words_of([("新任", "v"), ("局长", "n"), ("廖某翔", "PER")])
    >>> _clause_body_start("新任局长廖某翔", ws, 2, 4) is None
    True
    """
    org = lexicon().patterns["org"]
    holder = word_at(words, title_end)
    if holder is None or words[holder].start != title_end or words[holder].tag != "PER":
        return None
    j = word_at(words, title - 1)
    start = title
    while j is not None and j >= 0 and words[j].end == start and title - words[j].start <= 10:
        w = words[j]
        if w.tag == "w" or text[w.start] in org["head_title_clause_marks"]:
            break
        at_mark = w.start == 0 or text[w.start - 1] in org["head_title_clause_marks"]
        if w.tag == "p" and not (at_mark and title - start < 2):
            break  # "在|建設處長某某陪同下": the clause's body opens after its preposition
        if w.text in org["head_title_clause_not"] or w.tag in org["head_title_clause_tags"]:
            return None
        start, j = w.start, j - 1
    opened = (
        start == 0
        or text[start - 1] in org["head_title_clause_marks"]
        or (j is not None and j >= 0 and words[j].end == start and words[j].tag == "p")
    )
    if not opened or not 2 <= title - start <= 10:
        return None
    return start


def bodies_before_doubled_titles(text: str, words: list[Word]) -> list[Candidate]:
    """A body right before its head's title that repeats the body's head character ("某某司|司长",
    "某某及某某局|局长", "某某署|署长"): the body ends at the first of the two characters, so a
    department whose head character is no organisation suffix (Hong Kong's and Macau's 司) is
    named where its head is (the titles are ``org.doubled_head_titles`` of ``entities.toml``).

    >>> text = "律政司司长某某出席"
    >>> from kg.nlp.segmenters import make_segmenter
    >>> from kg.nlp.words import words_of
    >>> ws = words_of(make_segmenter("lac").segment(text))
    >>> [text[c.start:c.end] for c in bodies_before_doubled_titles(text, ws)]
    ['律政司']
    """
    from kg.nlp.entities.names import left_edge
    from kg.nlp.entities.shapes import _is_generic

    org = lexicon().patterns["org"]
    generic = frozenset(org["generic"])
    out = []
    qualifiers = tuple(org["doubled_title_qualifiers"])
    for m in longest_first_pattern(tuple(org["doubled_head_titles"])).finditer(text):
        # "某某及某某局|署理局长": the title's qualifier stands between the body and its title
        q = next((len(x) for x in qualifiers if text.endswith(x, 0, m.start())), 0)
        head = m.start() - q - 1  # the body's own head character, the same as the title's first
        if head < 2 or text[head] != text[m.start()] or text[head - 1] in ("副", text[head]):
            continue  # "司长" alone, "副司长"
        start = _over_join(text, words, left_edge(text, words, head, max_len=12, label="ORG"))
        # "特区政府|财政司", "某市人民政府|某某局": the government is a body of its own
        cut = max(
            (text.rfind(g, start, head) + len(g) for g in org["doubled_title_cuts"] if text.rfind(g, start, head) >= 0),
            default=start,
        )
        start = max(start, cut)
        name = text[start : head + 1]
        if len(name) < 3 or _is_generic(name, name[-1], generic):
            continue  # "该局局长", "本司司长"
        out.append(Candidate(start, head + 1, "ORG", "head_words", 0.65, {"head": "doubled_title"}))
    return out


def _over_join(text: str, words: list[Word], start: int) -> int:
    """The start of a body's name that joins two or three fields before its head ("政制|及|内地事务局",
    "环境|及|生态局", "财经事务|及|库务局", "创新、科技|及|工业局"): across ``org.doubled_title_joins``
    to the field before it, where that field is no body and no title of its own ("某某局|及|某某局",
    "县长|及|…" stay apart); the field may be two nouns, and fields listed before it by
    ``org.doubled_title_list_marks`` are the name's too. Hong Kong's and Macau's bureaus are named
    by the fields they serve, which the tagger reads as ordinary nouns.

    >>> text = "环境及生态局局长"
    >>> from kg.nlp.segmenters import make_segmenter
    >>> from kg.nlp.words import words_of
    >>> ws = words_of(make_segmenter("lac").segment(text))
    >>> text[_over_join(text, ws, 3) : 6]
    '环境及生态局'
    """
    org = lexicon().patterns["org"]
    if start < 3 or text[start - 1] not in org["doubled_title_joins"]:
        return start
    i = _field_word(text, words, start - 1)
    if i is None:
        return start
    new = words[i].start
    # "财经|事务|及…": a noun before the field's noun is the field's first half
    k = _field_word(text, words, new)
    if k is not None and words[k].tag in org["doubled_title_field_tags"] and start - 1 - words[k].start <= 4:
        new = words[k].start
    # "创新、|科技|及…": the fields listed before it
    for _ in range(2):
        if new < 3 or text[new - 1] not in org["doubled_title_list_marks"]:
            break
        k = _field_word(text, words, new - 1, extra=("v",))
        if k is None or new - 1 - words[k].start > 4:
            break
        new = words[k].start
    return new


def _field_word(text: str, words: list[Word], end: int, extra: tuple[str, ...] = ()) -> int | None:
    """The index of the word ending at ``end`` if it can be a field of a body's name: a noun of two
    characters or more (or a word of the ``extra`` tags) that is no body and no title."""
    lex = lexicon()
    i = word_at(words, end - 1)
    if i is None or words[i].end != end or words[i].tag not in (*lex.patterns["org"]["head_title_body_tags"], *extra):
        return None
    field = text[words[i].start : words[i].end]
    if len(field) < 2 or field.endswith(lex.org_suffixes) or field.endswith(lex.titles):
        return None
    return i
