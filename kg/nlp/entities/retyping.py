"""The tagger's names that the sentence around them shows to be of another kind, or vouches
for: two countries written together by their one-character forms ("中俄" is 中 and 俄), a
place or a person that plays a match (a team), two persons joined by a conjunction. Word
lists are ``[tagger]`` of ``ontology/patterns/entities.toml``.
"""

from __future__ import annotations

from kg.nlp.words import Word


def country_pair(w: str, short_forms: frozenset[str], home: str) -> bool:
    """The tagger's place is China's one-character form and another country's written
    together ("中俄", "美中"), each a place of its own; pairs without China ("日韩", "欧美" in
    "远销欧美") name a market, not two places, and stay as they are.

    >>> forms = frozenset("中美俄日韩")
    >>> country_pair("中俄", forms, "中"), country_pair("美中", forms, "中"), country_pair("日韩", forms, "中")
    (True, True, False)
    >>> country_pair("中国", forms, "中"), country_pair("中", forms, "中")
    (False, False)
    """
    return len(w) == 2 and home in w and all(ch in short_forms for ch in w) and len(set(w)) == 2


def plays_match(words: list[Word], i: int, match: dict, place: bool) -> bool:
    """Word ``i`` names a side of a match, a team, whatever the tagger says ("莱切vs|特伦托",
    "战胜|维罗纳", "萨伦托|客场"): a word of ``match["pairs"]`` between two sides, a verb of
    ``match["verbs_before"]`` before it or a word of ``match["words_after"]`` after it. A
    place (``place``) is a team also where its clause holds ``match["clause_min"]`` match
    words of ``match["clause_words"]`` ("某某…连续两场不败"); a person needs the closer evidence.

    >>> from kg.nlp.words import words_of
    >>> m = {"pairs": ["vs"], "verbs_before": ["战胜"], "words_after": ["客场"],
    ...      "clause_words": ["不败", "连败"], "clause_min": 2}
    >>> ws = words_of([("莱切", "ORG"), ("vs", "v"), ("特伦托", "PER"), ("，", "w"),
    ...       ("萨伦托", "LOC"), ("战胜", "v"), ("维罗纳", "LOC")])
    >>> plays_match(ws, 2, m, False), plays_match(ws, 6, m, True), plays_match(ws, 4, m, True)
    (True, True, False)
    >>> ws = words_of([("莱切", "LOC"), ("两场", "m"), ("不败", "v"), ("，", "w"), ("维罗纳", "LOC"), ("两连败", "m")])
    >>> plays_match(ws, 0, m, True), plays_match(ws, 0, m, False)
    (True, False)
    """
    prev = words[i - 1].text.lower() if i > 0 else ""
    nxt = words[i + 1].text.lower() if i + 1 < len(words) else ""
    if prev in match["pairs"] or nxt in match["pairs"]:
        return True
    if prev in match["verbs_before"] or nxt in match["words_after"]:
        return True
    if not place:
        return False
    a = i
    while a > 0 and words[a - 1].text not in _CLAUSE_STOPS:
        a -= 1
    b = i
    while b + 1 < len(words) and words[b + 1].text not in _CLAUSE_STOPS:
        b += 1
    clause = "".join(w.text for w in words[a : b + 1])
    return sum(1 for x in match["clause_words"] if x in clause) >= match["clause_min"]


_CLAUSE_STOPS = frozenset(("。", "！", "？", "；", "\n", "!", "?", ";"))


def coordinated_persons(words: list[Word], i: int, conjunctions: tuple[str, ...]) -> bool:
    """Word ``i`` and a word beside it across a conjunction are both the tagger's persons
    ("子路|和|子贡"): each vouches for the other.

    >>> from kg.nlp.words import words_of
    >>> ws = words_of([("子路", "PER"), ("和", "c"), ("子贡", "PER"), ("都是", "v")])
    >>> coordinated_persons(ws, 0, ("和",)), coordinated_persons(ws, 2, ("和",)), coordinated_persons(ws, 2, ("与",))
    (True, True, False)
    """
    before = i >= 2 and words[i - 1].text in conjunctions and words[i - 2].tag == "PER"
    after = i + 2 < len(words) and words[i + 1].text in conjunctions and words[i + 2].tag == "PER"
    return before or after
