"""Source ``titles``: persons after a job title, and the bodies written right before one."""

from __future__ import annotations

import re

from kg.nlp.entities.candidate import ALL_CJK, Candidate, longest_first_pattern, word_at
from kg.nlp.entities.cut_names import cut_name, cut_whole_elsewhere, mended_names, run_over
from kg.nlp.entities.dotted_persons import undotted_name_at
from kg.nlp.entities.honorific_titles import honorific_titles, name_after_honorific
from kg.nlp.entities.lexicon_data import gazetteer_regex, lexicon
from kg.nlp.entities.shapes import _name_chars
from kg.nlp.entities.title_surnames import given_words, title_surname
from kg.nlp.tagger_evidence import conjunction_eaten, title_given_name
from kg.nlp.words import Word

_SPACED_NAME = re.compile("[\u4e00-\u9fff][ \u3000][\u4e00-\u9fff]")


def title_person_candidates(text: str, words: list[Word]) -> list[Candidate]:
    """Persons after a job title: "市长张强", "局长曹旭", "副市长孟维君、高新文"."""
    lex = lexicon()
    out = []
    bodies_and_titles = lex.titles + tuple(lex.patterns["org"]["title_bodies"])
    levels = tuple(lex.patterns["org"]["level_prefixes"])
    # (the article's names, read once for every title: the tagger's and the ones it cut)
    persons = {w.text for w in words if w.tag == "PER"}
    mended = mended_names(words)
    for m in longest_first_pattern(lex.titles).finditer(text):
        if _ends_inside_word(words, m.end()):
            continue  # "总|工程/n|费用": 总工 read out of 工程; the word runs on past the title
        pos = m.end()
        while pos < len(text) and text[pos] in " \u3000":
            pos += 1
        while pos < len(text):
            # "总会长|拿督|某某某", "某某和|拿督|某某某": a title of honour before the name
            honour = next((h for h in honorific_titles() if text.startswith(h, pos)), "")
            pos += len(honour)
            after = name_after_honorific(text, words, pos) if honour else None
            first = pos == m.end() + len(honour) or not text[m.end() : pos].strip()
            name = text[pos:after] if after else None if honour else _name_at(text, words, pos, first, persons, mended)
            if not name:
                break
            if pos > m.end() and text.startswith(bodies_and_titles, pos + len(name)):
                break  # "市委书记某某、左权|县委书记…": a place before the next title, not a second name
            if name.endswith(lex.org_suffixes) and (
                name.startswith(levels)
                or (pos > m.end() and ALL_CJK.match(text[pos + len(name) : pos + len(name) + 1]))
            ):
                # "副主任某某、|卫健委|人事科科长…": a body opening the next item, no name; "代表|区委、
                # 区人大": a level's body (代表 a verb there), never a name
                break
            out.append(Candidate(pos, pos + len(name), "PERSON", "titles", 0.8, {"title": m.group(0)}))
            pos += len(name)
            # Coordinated names: "孟维君、高新文".
            if pos < len(text) and text[pos] in "、和及与":
                pos += 1
                continue
            break
    return out


def addressed_person_candidates(text: str, words: list[Word]) -> list[Candidate]:
    """Persons named right before a word of address that follows full names only
    (``person.named_by_address``: "某某某同志主持会议"), where the tagger cut the name before a
    lone character ("方磊/PER|红/a|同志") or read it as a noun ("曹军/n|同志"): two to four
    characters that open with a surname. The word of address is no part of the name; a group
    before it ("全体|同志", ``person.address_groups``) and "同志们" name no one.

    >>> from kg.nlp.words import words_of
    >>> text = "曹军同志、方磊红同志和全体同志出席"
    >>> ws = words_of([("曹军", "n"), ("同志", "n"), ("、", "w"), ("方磊", "PER"), ("红", "a"), ("同志", "n"),
    ...                ("和", "c"), ("全体", "n"), ("同志", "n"), ("出席", "v")])
    >>> [text[c.start:c.end] for c in addressed_person_candidates(text, ws)]
    ['曹军', '方磊红']
    """
    lex = lexicon()
    person = lex.patterns["person"]
    address, groups = tuple(person["named_by_address"]), frozenset(person["address_groups"])
    ordinary = frozenset(("n", "nz", "nr", "PER", "a", "vn", "v", "d", "f", "ng"))
    out = []
    for j, w in enumerate(words):
        if j == 0 or w.text not in address:
            continue
        prev = words[j - 1]
        if prev.end != w.start or (j + 1 < len(words) and words[j + 1].text.startswith("们")):
            continue  # "同志们": a group
        if prev.tag == "PER":
            continue  # the tagger's own name: the statistical source has it
        if (
            len(prev.text) == 1
            and j >= 2
            and words[j - 2].tag == "PER"
            and len(words[j - 2].text) <= 2
            and words[j - 2].end == prev.start
            and prev.tag in ordinary
            and ALL_CJK.match(prev.text)
        ):
            start = words[j - 2].start  # "方磊/PER|红/a|同志": the tagger cut the given name
        elif prev.tag in ("n", "nz", "nr", "LOC") and 2 <= len(prev.text) <= 4 and prev.text not in groups:
            if prev.tag == "LOC" and gazetteer_regex().fullmatch(prev.text):
                continue
            start = prev.start  # "曹军/n|同志", "连兰/LOC|同志": a name the tagger read as a noun or a place
        else:
            continue
        name = text[start : w.start]
        surname = 2 if name[:2] in lex.double_surnames else 1 if name[:1] in lex.surnames else 0
        if not surname or not 2 <= len(name) <= surname + 2 or not ALL_CJK.match(name):
            continue
        if name in lex.not_names or name.endswith(lex.org_suffixes):
            continue
        out.append(Candidate(start, w.start, "PERSON", "titles", 0.8, {"address": w.text}))
    return out


def title_body_candidates(text: str, words: list[Word]) -> list[Candidate]:
    """Bodies written right before a job title: "市委|书记", "某县|县委|书记", "某乡|党委|书记",
    "县|人大常委会|主任" (``org.title_bodies`` of ``entities.toml``).

    The tagger mostly reads the body and the title as one word ("县委书记/n"), so no other
    source sees the body. A body may take the place before it ("左权|县委书记" is 左权县委);
    one that starts with a level word ("市委") may also stand alone.

    >>> text = "市委书记王立军、左权县委书记吕志明、东河乡党委书记马建国"
    >>> from kg.nlp.segmenters import make_segmenter
    >>> from kg.nlp.words import words_of
    >>> ws = words_of(make_segmenter("lac").segment(text))
    >>> [text[c.start:c.end] for c in title_body_candidates(text, ws)]
    ['市委', '左权县委', '东河乡党委']
    """
    lex = lexicon()
    org = lex.patterns["org"]
    levels = tuple(org["level_prefixes"])
    alone = frozenset(org["standalone_title_bodies"])
    level_words = frozenset(org["title_body_levels"])  # "旗|人大常委会|主任"
    out = []
    for m in longest_first_pattern(tuple(org["title_bodies"])).finditer(text):
        if not text.startswith(lex.titles, m.end()):
            continue
        wi = word_at(words, m.start())
        if wi is None:
            continue
        if words[wi].start < m.start():
            prefix_start = words[wi].start  # "代县县委/ORG", "平城区委书记/LOC"
        elif wi > 0 and words[wi - 1].end == m.start() and words[wi - 1].tag in lex.name_tags | {"PER"}:
            prefix_start = words[wi - 1].start  # "左权/PER 县委书记/n": the tagger took the county for a name
        elif wi > 0 and words[wi - 1].end == m.start() and words[wi - 1].text in level_words:
            prefix_start = words[wi - 1].start  # "州/n|政府/n|副州长": a level word read as a word of its own
        else:
            prefix_start = m.start()
        prefix = text[prefix_start : m.start()]
        if prefix and (
            prefix in levels or prefix in level_words or prefix + m.group(0)[:1] in levels or _place_word(prefix)
        ):
            start = prefix_start
        elif (m.group(0).startswith(levels) or m.group(0) in alone) and (not prefix or words[wi].start == m.start()):
            start = m.start()  # "市委|书记", "州委|副书记", "该县|县委书记": the body alone
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


def _given_name(words: list[Word], wi: int, end: int) -> bool:
    """The word after the surname (read as a preposition) is a name the tagger knows and ends
    the candidate: "通讯员|向/p|明辉/PER|、" is 向明辉, "主任|向/p|记者/n" no name."""
    return wi + 1 < len(words) and words[wi + 1].tag == "PER" and words[wi + 1].end == end


def _title_cut(words: list[Word], wi: int) -> str | None:
    """The tagger's two-character name after a title with its last character cut off
    (:func:`~kg.nlp.tagger_evidence.title_given_name`; ``person.cut_name_tags`` and
    ``person.cut_name_stops``), for a name of one surname."""
    lex = lexicon()
    person = lex.patterns["person"]
    if words[wi].text[:1] not in lex.surnames or words[wi].text in lex.double_surnames:
        return None
    return title_given_name(
        words,
        wi,
        tuple(person["cut_name_tags"]),
        frozenset(person["cut_name_stops"]),
        frozenset(person["right_boundaries"]),
        frozenset(person["cut_name_verb_stops"]),
    )


def _word_as_name(word: Word, rest: str) -> bool:
    """The tagger's one word right after a title, read as an ordinary word, that is a name by
    its place (``person.word_names``): a name's length, closed by a mark that ends names (a
    list mark, a stop, a line end) or, for three characters, by a word that follows names.
    Two characters must be read as an adjective or an adverb ("县委书记|温和/a|,"): a verb
    is the act ("主任|宣布|,"), a noun what the title's holder deals with ("专家|智力/n|,");
    three characters opening with a surname are rarely a common word ("副总干事|易某准/ad|,", "常委|包某成/v|、",
    "党委书记|储某家/n|一行").
    """
    lex = lexicon()
    person = lex.patterns["person"]
    rule = person["word_names"]
    if (
        word.tag == "PER"
        or not ALL_CJK.match(word.text)
        or word.text in lex.titles
        or word.text.endswith(lex.org_suffixes)
    ):
        return False
    closed = not rest or rest[0] in rule["closing_marks"] or rest[0] in "\n\r"
    if _acts_after(word, rest):
        return True
    if len(word.text) == 3:
        return closed or rest.startswith(tuple(person["right_boundaries"]))
    return len(word.text) == 2 and closed and word.tag in rule["two_char_tags"]


def _acts_after(word: Word, rest: str) -> bool:
    """The tagger's noun or place of two or three characters right after a title is the holder's
    name when what he does comes right after it (``person.word_names.acts``): "市长|某山/n|主持会议",
    "总经理|某军/n|陪同", "区长|某岩/LOC|带队". Only a noun or a place (``act_tags``): an adverb or a
    verb there is how the holder acts ("副县长|亲自/d|主持"); ``not_act_names`` are the nouns of
    manner or company that stand there too ("经理|全程/n|陪同").

    >>> from kg.nlp.words import words_of
    >>> [w] = words_of([("高山", "n")])
    >>> _acts_after(w, "主持会议。"), _acts_after(w, "会议。")
    (True, False)
    >>> [w] = words_of([("全程", "n")])
    >>> _acts_after(w, "陪同调研")
    False
    """
    rule = lexicon().patterns["person"]["word_names"]
    return (
        2 <= len(word.text) <= 3
        and word.tag in rule["act_tags"]
        and word.text not in rule["not_act_names"]
        and rest.startswith(tuple(rule["acts"]))
    )


def _listed_official(words: list[Word], wi: int, rest: str) -> bool:
    """The tagger's two-character noun or verb right after a title inside a list of officials
    (``person.word_names.listed_*``): a list mark closes it, the next item names a post, and the
    item before the title ends in a person's name or a post of the same holder
    ("董事长某某、|总经理|某军/n|、|副总经理…", "县委常委、政府|副县长|某勇/v|,|县委常委…",
    "书记某某、|校长|某军/v|,|某医院党委书记…"). An act after a title opens no such list
    ("主任|宣布|,|县委书记某某讲话"); a word of ``person.right_boundaries`` is never a name."""
    lex = lexicon()
    person = lex.patterns["person"]
    rule = person["word_names"]
    word = words[wi]
    if len(word.text) != 2 or word.tag not in rule["listed_tags"] or word.text in person["right_boundaries"]:
        return False
    if not rest or rest[0] not in rule["listed_marks"] or word.text in rule["listed_not_names"]:
        return False
    named_next = _titled_name_next(words, wi + 2)
    if named_next and _body_before_title(words, wi - 1):
        return True  # "县委|副书记|某宾/n|,|县委|常委|某某/PER": a body's post, then the next post's holder
    item = re.split(r"[、,，;；。:：\s]", rest[1 : 1 + rule["listed_item_chars"]], maxsplit=1)[0]
    if not named_next and not any(t in item for t in (*lex.titles, *rule["listed_groups"])):
        return False  # a post, or a group of leaders standing for one ("…,|区领导某某等出席")
    # Back over the title and the words of its item to the mark before it.
    j = wi - 1
    while j >= 0 and wi - j <= rule["listed_item_words"] and words[j].text not in rule["listed_marks"]:
        j -= 1
    if j < 1 or words[j].text not in rule["listed_marks"] or j == wi - 1:
        return False
    before = words[j - 1]
    return before.tag == "PER" or before.text in lex.titles


def _body_before_title(words: list[Word], ti: int) -> bool:
    """Whether the title word ``ti`` follows a body's name ("县委/ORG|副书记", "市政府|秘书长"): a
    post of a named body, not a title opening the sentence before its act ("主任|宣布|,")."""
    if ti < 1:
        return False
    lex = lexicon()
    prev = words[ti - 1]
    return prev.end == words[ti].start and (
        prev.tag == "ORG"
        or prev.text.endswith(lex.org_suffixes)
        or prev.text in lex.patterns["org"]["standalone_title_bodies"]
    )


def _titled_name_next(words: list[Word], k: int) -> bool:
    """Whether the list item that starts at word ``k`` (right after a mark) is a post and its
    holder's name as the tagger read it: at most three words of a body, a post (a title or a
    group word of ``person.word_names.listed_groups``, "区|领导") and a PER word right after it
    ("县委|常委|某某/PER", "市台办/ORG|主任|某某/PER")."""
    lex = lexicon()
    posts = frozenset(lex.titles) | frozenset(lex.patterns["person"]["word_names"]["listed_groups"])
    marks = lex.patterns["person"]["word_names"]["listed_marks"]
    for j in range(k, min(k + 4, len(words) - 1)):
        if words[j].text in marks:
            return False
        if words[j].text in posts and words[j + 1].tag == "PER" and words[j].end == words[j + 1].start:
            return True
    return False


def _ends_inside_word(words: list[Word], end: int) -> bool:
    """Whether the title ending at ``end`` lends its last character to a two-character word of
    the tagger that runs one character past it ("总|工程/n|费用", "总|工程/n|量的": 总工 is no title
    there, 程 no surname; s31-person: 4 pages of 4 sites, every such title of the readable texts).
    A longer word over the title's end is the tagger's misreading of the name instead ("次长林/n|全能",
    "执行|长严重/a|光", "县|长翁章梁/LOC"): the title stands."""
    k = word_at(words, end - 1)
    if k is None:
        return False
    w = words[k]
    return w.start == end - 1 and w.end == end + 1 and w.tag != "PER"


def _name_at(text: str, words: list[Word], pos: int, first: bool, persons: set[str], mended: set[str]) -> str | None:
    """A person's name starting at ``pos``: the tagger's PER word, else surname + 1-2 chars.
    ``first``: right after the title (not a later item of its list, where an ordinary word is
    as likely another body or title: "院长某某及|党政办|、", "董事长某某、|顾问|、"). ``persons``:
    the article's PER words; ``mended``: the names :func:`mended_names` mends in it."""
    lex = lexicon()
    undotted = undotted_name_at(text, words, pos)
    if undotted:
        return undotted  # "部长|某仁|其|木格|在": a transliterated name the tagger cut
    spaced = _SPACED_NAME.match(text, pos)
    if spaced and text[pos] in lex.surnames:
        rest = text[spaced.end() :]
        if not rest or not ALL_CJK.match(rest[0]) or rest.startswith(tuple(lex.patterns["person"]["right_boundaries"])):
            return spaced.group(0)  # "吴 峰": a two-character name set to the width of three
    wi = word_at(words, pos)
    if wi is not None and words[wi].start == pos and words[wi].tag == "PER" and 2 <= len(words[wi].text) <= 4:
        eaten = conjunction_eaten(words, wi, tuple(lex.patterns["tagger"]["eaten_conjunctions"]), lex.org_suffixes)
        ran_over = run_over(words, wi, persons)
        cut = cut_name(words, wi) or cut_whole_elsewhere(words, wi, mended)
        return cut or eaten or _title_cut(words, wi) or ran_over or words[wi].text
    ordinary = lex.patterns["person"]["ordinary_tags"]
    if text[pos : pos + 2] in lex.double_surnames:
        surname_len = 2
    elif text[pos : pos + 1] in lex.surnames or (first and title_surname(text, words, pos)):
        surname_len = 1
    else:
        return None
    bounds = tuple(lex.patterns["person"]["right_boundaries"])
    acts = tuple(lex.patterns["person"]["word_names"]["acts"])
    for given in (2, 1):
        end = pos + surname_len + given
        cand = text[pos:end]
        if len(cand) < 2 or not ALL_CJK.match(cand):
            continue
        if surname_len == 1 and cand[0] not in lex.surnames and not given_words(words, pos + 1, end):
            continue  # "书记|别/d|忘/v|了/xc": a rare surname's given name is no particle
        rest = text[end:]
        closes = not rest or not ALL_CJK.match(rest[0]) or rest.startswith(bounds)
        if closes or rest.startswith(acts):
            # The name must end at a word boundary of the segmenter.
            wj = word_at(words, end - 1)
            if wj is not None and words[wj].end == end:
                whole = wi == wj and words[wi].start == pos
                if whole and first and (_word_as_name(words[wi], rest) or _listed_official(words, wi, rest)):
                    return cand  # "副主席|钱某华/n|、", "主席|解某明/v|,": the tagger's word is the name
                if not closes and whole:
                    # an act closes the tagger's whole word only as a noun or a place; a name it
                    # cut into pieces ("县委书记|某友/LOC|江/PER|带队") is read as any name is below
                    continue
                if whole and words[wi].tag in ordinary:
                    continue  # "专家|智力": a word the tagger knows as an ordinary one
                if (
                    wi is not None
                    and words[wi].start == pos
                    and (
                        # "主任|向|记者透露": the surname read alone as a preposition; a whole name
                        # read as one ("通讯员|向继华/p|、") is the tagger's slip, not a preposition.
                        (
                            words[wi].tag in ("p", "c", "u")
                            and words[wi].end == pos + surname_len
                            and not _given_name(words, wi, end)
                        )
                        or (words[wi].tag == "v" and words[wi].end > pos + 1)
                    )
                ):
                    return None  # "教授|成立|的": a verb, no surname
                return cand
    return None
