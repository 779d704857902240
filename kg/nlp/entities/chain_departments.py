"""Departments written bare where they open the second title of a chain: "县委副书记、政法委书记某某",
"区政府党组成员、政府办主任某某". The department is a body of its own, not the first title's; the
tagger reads it as a common noun ("政法/n|委书记/n"), so no source named it and the post went to
the first title's body. The departments are ``org.chain_departments`` of
``ontology/patterns/entities.toml``; a zone's 管委会 ("某某开发区党工委书记、管委会主任某某",
``org.chain_departments_unnamed``) is one only where the article names no 管委会 in full.
"""

from __future__ import annotations

from kg.nlp.entities.candidate import Candidate, longest_first_pattern, word_at
from kg.nlp.entities.lexicon_data import lexicon
from kg.nlp.words import Word


def chain_departments(text: str, words: list[Word]) -> list[Candidate]:
    """The bare departments of ``text`` that open a title after "、" and a title.

    >>> from kg.nlp.words import words_of
    >>> text = "县委常委、政法委书记王明远出席,政法委工作会议"
    >>> ws = words_of([("县委", "n"), ("常委", "n"), ("、", "w"), ("政法", "n"), ("委书记", "n"),
    ...                ("王明远", "PER"), ("出席", "v"), (",", "w"), ("政法委", "n"), ("工作", "n"),
    ...                ("会议", "n")])
    >>> [text[c.start : c.end] for c in chain_departments(text, ws)]
    ['政法委']
    """
    lex = lexicon()
    org = lex.patterns["org"]
    # "管委会" only where the article names none in full ("某某开发区管委会"): else the bare one is its short form
    unnamed = tuple(h for h in org["chain_departments_unnamed"] if not _named_in_full(text, h))
    heads = tuple(org["chain_departments"]) + unnamed
    out = []
    for m in longest_first_pattern(heads).finditer(text):
        wi = word_at(words, m.start())
        after = m.end()
        qualifier = next((q for q in org["chain_department_qualifiers"] if text.startswith(q, after)), "")
        if wi is None or words[wi].start != m.start() or not text.startswith(lex.titles, after + len(qualifier)):
            continue
        if m.start() < 2 or text[m.start() - 1] != "、" or not text.endswith(lex.titles, 0, m.start() - 1):
            continue  # only after "、" and a title: the department opens a chain's later title
        out.append(Candidate(m.start(), m.end(), "ORG", "head_words", 0.7, {"head": "chain_department"}))
    return out


def _named_in_full(text: str, head: str) -> bool:
    """Whether ``text`` names a body ending in ``head`` in full ("某某开发区管委会"): then a bare
    ``head`` opening a chain's title is that body's short form, and the post goes to it.

    >>> _named_in_full("开发区管委会副主任某某讲话。党工委书记、管委会主任某某", "管委会")
    True
    >>> _named_in_full("某某开发区党工委书记、管委会主任某某,及管委会班子", "管委会")
    False
    """
    opens = lexicon().patterns["org"]["chain_department_open_chars"]
    i = text.find(head)
    while i >= 0:
        if i > 0 and text[i - 1] not in opens:
            return True
        i = text.find(head, i + 1)
    return False
