"""Departments written bare as items of a list of bodies with no closing class word: "率农业处、
行政处、文观局及警察局", "由农业处及工务处加速发包", "县政府办、金融办、住建局". The tagger reads
such a department as a common noun (农业处/n); the list says it is one body among others. The
list's shape is data (``org.listed_departments`` of ``ontology/patterns/entities.toml``); the
lists closed by a class word ("…等单位") are :mod:`kg.nlp.entities.listed_bodies`'.
"""

from __future__ import annotations

import re
from functools import cache

from kg.nlp.entities.candidate import Candidate
from kg.nlp.entities.class_bodies import office_kind
from kg.nlp.entities.lexicon_data import lexicon
from kg.nlp.words import Word


@cache
def _conf() -> dict:
    return lexicon().patterns["org"]["listed_departments"]


def _head_word(word: str) -> bool:
    """Whether the word that ends an item holds a department's head as a body's: the head alone
    ("工商|发展|处") or a word of three characters or more ("农业处", "金融办"); a two-character
    word ending so is a common word ("部署", "大局", "举办").

    >>> _head_word("处"), _head_word("农业处"), _head_word("部署")
    (True, True, False)
    """
    return len(word) != 2 and word.endswith(tuple(_conf()["heads"]))


def _department(text: str) -> bool:
    """Whether an item's text is a department's name: a head of ``heads`` after at least
    ``min_rest`` characters, none of them a count or a determiner ("第十二处", "各处" are none).

    >>> _department("农业处"), _department("第十二处"), _department("局处")
    (True, False, False)
    """
    conf = _conf()
    head = next((h for h in conf["heads"] if text.endswith(h)), None)
    if head is None or not re.fullmatch(r"[\u4e00-\u9fff]+", text):
        return False
    rest = text[: -len(head)]
    return len(rest) >= conf["min_rest"] and not any(ch in conf["not_in_rest"] for ch in rest)


def _department_span(words: list[Word], a: int, b: int) -> tuple[int, int] | None:
    """The character span of words ``[a, b)`` where they are a department: its text by
    :func:`_department`, its last word by :func:`_head_word`, no longer than ``max_chars``."""
    if b <= a or not _head_word(words[b - 1].text) or words[b - 1].end - words[a].start > _conf()["max_chars"]:
        return None
    return (words[a].start, words[b - 1].end) if _department("".join(w.text for w in words[a:b])) else None


def _items(words: list[Word], allowed: frozenset[str], joints: frozenset[str]) -> list[list[tuple[int, int]]]:
    """The lists of the words: runs of items (word ranges ``[i, j)`` of ``allowed`` tags) joined
    by one of ``joints``."""
    lists, current, i = [], [], 0
    while i < len(words):
        j = i
        while j < len(words) and words[j].tag in allowed and words[j].text not in joints:
            j += 1
        if j > i:
            current.append((i, j))
        if j < len(words) and words[j].text in joints and j > i:
            i = j + 1
            continue
        if len(current) >= 2:
            lists.append(current)
        current, i = [], max(j, i + 1)
    if len(current) >= 2:
        lists.append(current)
    return lists


def listed_departments(words: list[Word], candidates: list[Candidate]) -> list[Candidate]:
    """ORG candidates for the bare departments of lists of bodies: an item that is a department
    by :func:`_department` (read back from its end to the longest department it ends in) where
    the list holds another body (an ORG candidate) or another such department. Items another
    type's candidate covers stay as they are.

    >>> from kg.nlp.words import words_of
    >>> ws = words_of([("由", "p"), ("农业处", "n"), ("及", "c"), ("工务处", "n"), ("加速", "v")])
    >>> [(c.start, c.end) for c in listed_departments(ws, [])]
    [(1, 4), (5, 8)]
    >>> ws = words_of([("此处", "r"), ("、", "w"), ("各处", "r")])
    >>> listed_departments(ws, [])
    []
    >>> ws = words_of([("设立", "v"), ("联络处", "n"), ("及", "c"), ("代表处", "n")])
    >>> listed_departments(ws, [])
    []
    """
    conf = _conf()
    allowed, joints = frozenset(conf["item_tags"]) | frozenset(conf["joints"]), frozenset(conf["joints"])
    orgs = {(c.start, c.end) for c in candidates if c.label == "ORG"}
    titles = lexicon().titles
    others = [(c.start, c.end) for c in candidates if c.label != "ORG"]
    added = []
    for items in _items(words, allowed, joints):
        spans = []
        for i, j in items:
            if i > 0 and words[i - 1].tag == "PER":
                spans.append(None)  # "某某|服务处": a person's office, cut from its name
                continue
            # the longest run of the item's last words that is a department ("率|农业处" -> 农业处)
            found = next((s for k in range(i, j) if (s := _department_span(words, k, j))), None)
            if found is None and (i, j) == items[-1]:
                # the last item runs on into the words after the list ("及|警察局|首长")
                found = next((s for k in range(j - 1, i, -1) if (s := _department_span(words, i, k))), None)
            spans.append(found)
        for n in range(1, len(items)):
            # "工业和商务局": a conjunction inside one name, where what stands before it is no body
            before, (i, _j) = items[n - 1], items[n]
            named_before = any(words[before[0]].start <= s and e <= words[before[1] - 1].end for s, e in orgs)
            if words[i - 1].text in conf["name_conjunctions"] and spans[n - 1] is None and not named_before:
                spans[n] = None
        bodies = [s for s in spans if s is not None]
        ends = [(words[i].start, words[j - 1].end) for i, j in items]
        if any("".join(w.text for w in words[i:j]).endswith(titles) for i, j in items[:-1]):
            continue  # "某集团党委书记、董事局主席": a chain of titles, no list of bodies
        named = sum(any(a <= s and e == b for s, e in orgs) for a, b in ends)  # an item that ends in a body
        if not bodies or (named == 0 and len(bodies) < 2):
            continue
        for a, b in bodies:
            if any(a <= s and e == b for s, e in orgs) or any(s <= a and b <= e for s, e in orgs):
                continue  # already read as a body, perhaps without a verb the tagger took in ("联合|某局")
            if any(s < b and a < e for s, e in others):
                continue
            if office_kind("".join(w.text for w in words if a <= w.start and w.end <= b)):
                continue  # "设立联络处及代表处": offices' kinds, no body's name (s36-orgfp2)
            added.append(Candidate(a, b, "ORG", "head_words", 0.6, {"head": "listed_department"}))
    return added


def clause_departments(text: str, words: list[Word], candidates: list[Candidate]) -> list[Candidate]:
    """ORG candidates for the bare departments that open a clause as its subject, as Taiwan's
    county news writes them: after a clause mark or the text's start and before a reporting verb
    ("财经处说明,…"), or after a sentence mark and before a sentence link ("…。财政处的某某案").
    The department is :func:`_department_span`'s over up to three words; its characters before
    the head end in no ``generic_rests`` ("管理处表示", "游客服务处的": no one body), its first word is
    of ``item_tags`` (the others may be verbs: "主/n|计/v|处/n"). Spans a candidate already
    covers or crosses stay as they are.

    >>> from kg.nlp.words import words_of
    >>> ws = words_of([("财经处", "n"), ("说明", "v"), (",", "w"), ("管理处", "n"), ("表示", "v")])
    >>> [(c.start, c.end) for c in clause_departments("财经处说明,管理处表示", ws, [])]
    [(0, 3)]
    """
    conf = _conf()
    sentence, clause = tuple(conf["sentence_marks"]), tuple(conf["clause_marks"])
    heads, tags = tuple(conf["heads"]), frozenset(conf["item_tags"])
    inner = tags | {"v"}
    taken = [(c.start, c.end) for c in candidates]
    added = []
    for i, word in enumerate(words):
        before = text[: word.start].rstrip(" \t\u3000")
        opens_sentence = not before or before.endswith(sentence)
        if not opens_sentence and not before.endswith(clause):
            continue
        for j in range(i + 1, min(i + 4, len(words)) + 1):
            if words[j - 1].tag not in (tags if j - 1 == i else inner):
                break  # "这个|管理处": a determiner opens no department's name ("主/n|计/v|处/n" is one)
            span = _department_span(words, i, j)
            if span is None or j == len(words):
                continue
            follower = words[j].text
            if not (follower in conf["reporting_verbs"] or (opens_sentence and follower in conf["sentence_links"])):
                continue
            name = text[span[0] : span[1]]
            rest = name[: -len(next(h for h in heads if name.endswith(h)))]
            if rest.endswith(tuple(conf["generic_rests"])) or any(s < span[1] and span[0] < e for s, e in taken):
                break
            added.append(Candidate(span[0], span[1], "ORG", "head_words", 0.6, {"head": "clause_department"}))
            break
    return added
