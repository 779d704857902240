"""Two guards on the learned span tagger's spans (:mod:`kg.nlp.entities.learned`), their words
in ``ontology/patterns/spans.toml`` (``[learned]``).

* :func:`opens_across`: ``fix`` never lengthens a rule candidate at its START across a joiner
  (``fix_start_joiners``: 或, 和, 及) or a word the segmenter tags as a verb
  (``fix_start_verb_tags``): "出席签约仪式|或参加|开工仪式" is two events and a clause, not one
  meeting (session 38: a retrained model read it so, and twelve false attendances followed).
* :func:`runs_over_person`: a learned span of a type of ``add_not_across`` is never added over a
  rule candidate of the types it names (a PERSON), nor over a post and a name (a title of
  ``ontology/lexicon/titles.txt`` followed by a word the segmenter tags as a person): "县政协主席
  某某等县领导分别参加某某新材料" is a clause with a person in it, no project's name.
"""

from __future__ import annotations

from kg.nlp.entities.candidate import Candidate
from kg.nlp.entities.lexicon_data import lexicon
from kg.nlp.words import Word

#: The segmenter's tag of a person's name (LAC).
_PERSON_TAG = "PER"


def opens_across(
    text: str, words: list[Word], start: int, rule_start: int, joiners: tuple[str, ...], verb_tags: tuple[str, ...]
) -> bool:
    """Whether the characters a learned span adds before a rule candidate (``[start,
    rule_start)``) hold a joiner of ``joiners`` or a whole word tagged with one of ``verb_tags``.

    >>> words = [Word(0, 2, "出席", "v"), Word(2, 6, "签约仪式", "n"), Word(6, 7, "或", "c"), Word(7, 9, "参加", "v")]
    >>> opens_across("出席签约仪式或参加开工仪式", words, 2, 9, ("或", "和", "及"), ("v",))
    True
    >>> opens_across("某某开发区项目开工仪式", [Word(0, 5, "某某开发区", "LOC")], 0, 5, ("或",), ("v",))
    False
    """
    if start >= rule_start:
        return False
    if any(j in text[start:rule_start] for j in joiners):
        return True
    return any(start <= w.start and w.end <= rule_start and w.tag in verb_tags for w in words)


def runs_over_person(
    text: str, words: list[Word], x_start: int, x_end: int, rules: list[Candidate], blocking: tuple[str, ...]
) -> bool:
    """Whether a rule candidate of a type of ``blocking`` overlaps ``[x_start, x_end)``, or a
    title (``ontology/lexicon/titles.txt``) inside it is followed by a word tagged as a person.

    >>> person = Candidate(5, 7, "PERSON", "tagger", 0.9)
    >>> runs_over_person("县政协主席某某等县领导分别参加某某新材料", [], 0, 20, [person], ("PERSON",))
    True
    >>> words = [Word(3, 5, "主席", "n"), Word(5, 7, "某某", "PER")]
    >>> runs_over_person("县政协主席某某等县领导分别参加某某新材料", words, 0, 20, [], ("PERSON",))
    True
    >>> later = Candidate(11, 13, "PERSON", "tagger", 0.9)
    >>> runs_over_person("某某新材料产业园项目，某某", [], 0, 10, [later], ("PERSON",))
    False
    """
    if not blocking:
        return False
    if any(c.label in blocking and c.start < x_end and x_start < c.end for c in rules):
        return True
    if "PERSON" not in blocking:
        return False
    span = text[x_start:x_end]
    for w in words:
        if w.tag != _PERSON_TAG or not (x_start < w.start and w.end <= x_end):
            continue
        if span[: w.start - x_start].endswith(lexicon().titles):
            return True
    return False
