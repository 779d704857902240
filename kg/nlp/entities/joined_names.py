"""Organisations whose name holds 联合 ("joint"), which the tagger reads as the verb "join" and
so cuts the name there: "某某工业区厂商/ORG|联合/vd|总会/v" (the head 联合总会 read as an adverb
and a verb) and "联合/ORG|某某股份有限公司/ORG" (the tagger marks the word a name's part, and the
candidate step drops it as a leading verb). :func:`with_joined_heads` gives the name back its part.

Where 联合 is the verb ("联合/v|某某有限公司", "某市人民政府|联合/vd|主办") the tagger tags it a
verb and neither reading applies. Words are ``org.joined_heads``, ``org.joined_head_not_before``
and ``org.leading_verbs`` of ``ontology/patterns/entities.toml`` (session 31, s31-joined).
"""

from __future__ import annotations

from dataclasses import replace

from kg.nlp.entities.candidate import Candidate, word_at
from kg.nlp.entities.lexicon_data import lexicon
from kg.nlp.words import Word
from kg.normalize import to_simplified


def with_joined_heads(text: str, words: list[Word], candidates: list[Candidate]) -> list[Candidate]:
    """ORG candidates with the 联合 part of their name taken back: run on over a head of
    ``org.joined_heads`` right after them ("某某厂商|联合总会" → 某某厂商联合总会), and opened
    at a tagger ORG word that is only a leading verb right before them ("联合/ORG|某某股份有限
    公司" → 联合某某股份有限公司).

    >>> from kg.nlp.words import words_of
    >>> ws = words_of([("某某区厂商", "ORG"), ("联合", "vd"), ("总会", "v"), ("副", "a"), ("理事长", "n")])
    >>> t = "某某区厂商联合总会副理事长"
    >>> [t[c.start : c.end] for c in with_joined_heads(t, ws, [Candidate(0, 5, "ORG", "statistical", 0.8)])]
    ['某某区厂商联合总会']
    >>> ws = words_of([("包括", "v"), ("联合", "ORG"), ("某某股份有限公司", "ORG"), ("投资", "v")])
    >>> t = "包括联合某某股份有限公司投资"
    >>> [t[c.start : c.end] for c in with_joined_heads(t, ws, [Candidate(4, 12, "ORG", "statistical", 0.8)])]
    ['联合某某股份有限公司']
    >>> ws = words_of([("某市人民政府", "ORG"), ("联合", "vd"), ("主办", "v")])
    >>> body = Candidate(0, 6, "ORG", "statistical", 0.8)
    >>> [(c.start, c.end) for c in with_joined_heads("某市人民政府联合主办", ws, [body])]
    [(0, 6)]
    """
    org = lexicon().patterns["org"]
    heads = sorted(org["joined_heads"], key=len, reverse=True)
    not_before = tuple(org["joined_head_not_before"])
    verbs = set(org["leading_verbs"])
    out = []
    for c in candidates:
        if c.label == "ORG":
            after = to_simplified(text[c.end : c.end + 6])
            head = next((h for h in heads if after.startswith(h)), None)
            if head and not after.startswith(not_before, len(head)):
                c = replace(c, end=c.end + len(head))  # "某某厂商|联合总会": the name's head
            i = word_at(words, c.start - 1) if c.start > 0 else None
            if (
                i is not None
                and words[i].end == c.start
                and words[i].tag == "ORG"
                and to_simplified(words[i].text) in verbs
            ):
                c = replace(c, start=words[i].start)  # "联合/ORG|某某股份有限公司": one name
        out.append(c)
    return out
