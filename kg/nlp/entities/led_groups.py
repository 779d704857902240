"""Working groups, liaison groups and command posts named by the post of the one who leads them:
"某市援青干部联络组组长", "某市第八批援藏干部联络组组长", "某市突破某地总指挥部副总指挥",
"县某某工作领导小组成员单位". The name holds a verb ("援青/v", "突破", "转型/vn") and the tagger
splits the head ("联络/vn|组/n"), so the head-word walk never reaches the place that opens the
name. The leader's post right after the head says the group is a body; the name runs from the
place (a LOC word, or a level word opening the clause: "县|转型…领导小组") to the head
(session 32, s32-groups: real-pages-16 h12, -28 d04, -32 t10, -35 w06).

The heads, the posts after them and the level words are ``org.led_group_*`` of
``ontology/patterns/entities.toml``.
"""

from __future__ import annotations

import re

from kg.nlp.entities.candidate import Candidate, word_at
from kg.nlp.entities.lexicon_data import lexicon
from kg.nlp.words import Word

_STOP = re.compile(r"[\s，,。；;：:、！？!?（）()《》“”\"·]")
_MAX_NAME = 20  # the longest name read (a city's "第八批援藏干部联络组" is 13)


def led_group_candidates(text: str, words: list[Word]) -> list[Candidate]:
    """The groups whose leader's post follows their head in ``text``.

    >>> from kg.nlp.words import words_of
    >>> text = "青岭市援青干部联络组组长出席"
    >>> ws = words_of([("青岭市", "LOC"), ("援青", "v"), ("干部", "n"), ("联络", "vn"), ("组", "n"),
    ...                ("组长", "n"), ("出席", "v")])
    >>> [text[c.start : c.end] for c in led_group_candidates(text, ws)]
    ['青岭市援青干部联络组']
    >>> text = "。县转型项目建设年工作领导小组成员单位负责人"
    >>> ws = words_of([("。", "w"), ("县", "n"), ("转型", "vn"), ("项目", "n"), ("建设", "vn"), ("年", "n"),
    ...                ("工作", "n"), ("领导小组", "n"), ("成员", "n"), ("单位", "n"), ("负责人", "n")])
    >>> [text[c.start : c.end] for c in led_group_candidates(text, ws)]
    ['县转型项目建设年工作领导小组']
    >>> led_group_candidates("各工作组组长", words_of([("各", "r"), ("工作组", "n"), ("组长", "n")]))
    []
    """
    org = lexicon().patterns["org"]
    heads = "|".join(map(re.escape, sorted(org["led_group_heads"], key=len, reverse=True)))
    posts = "|".join(map(re.escape, sorted(org["led_group_posts"], key=len, reverse=True)))
    levels = tuple(org["led_group_levels"])
    out: list[Candidate] = []
    for m in re.finditer(f"(?:{heads})(?={posts})", text):
        start = _name_start(text, words, m.start(), levels)
        if start is not None and m.end() - start <= _MAX_NAME:
            out.append(Candidate(start, m.end(), "ORG", "head_words", 0.8, {"head": "led_group"}))
    return out


def _name_start(text: str, words: list[Word], head: int, levels: tuple[str, ...]) -> int | None:
    """Where the group's name starts: at the nearest place word before the head within the clause
    (with the places right before it: "某省|某市"), else at a level word that opens the clause;
    None when neither comes first (a bare "工作组组长", "各工作组": no one group named) or a
    person or a body stands between (their own group's post is no name)."""
    wi = word_at(words, head)
    if wi is None:
        return None
    j = wi if words[wi].start < head else wi - 1
    while j >= 0 and head - words[j].start <= _MAX_NAME:
        w = words[j]
        if _STOP.search(w.text) or w.tag in ("PER", "ORG", "TIME"):
            return None
        if w.tag == "LOC":
            while j > 0 and words[j - 1].tag == "LOC" and words[j - 1].end == words[j].start:
                j -= 1
            return words[j].start
        opens = j == 0 or _STOP.match(text[w.start - 1]) is not None
        if opens and w.text in levels:
            return w.start
        j -= 1
    return None
