"""Two guards on the learned span tagger's spans (:mod:`kg.nlp.entities.learned`), their words
in ``ontology/patterns/spans.toml`` (``[learned]``).

* :func:`opens_across`: ``fix`` never lengthens a rule candidate at its START across a joiner
  of ``fix_start_joiners`` (或: alternatives, never inside one name) or a word of a tag of
  ``fix_start_verb_tags``: "出席签约仪式|或参加|开工仪式" is two events and a clause, not one
  meeting. (和, 及 and LAC's verbs were tried in session 38: over the 850 readable pages they
  blocked 22 lengthenings, about 20 of them right compound or verb-led names, "调度推进|全市重点
  工作办公会议", "全省深化发展和|改革…推进大会"; so they are not in the data.)
* :func:`runs_over_person`: a learned span of a type of ``add_not_across`` is never added over a
  post and a name (a title of ``ontology/lexicon/titles.txt`` followed by a rule candidate of the
  types it names, a PERSON, or by a word the segmenter tags as a person): "县政协主席某某等县领导
  分别参加某某新材料" is a clause with a person in it, no project's name.
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
    """Whether a post and a name are inside ``[x_start, x_end)``: a rule candidate of a type of
    ``blocking`` (or, for PERSON, a word the segmenter tags as a person) that a title of
    ``ontology/lexicon/titles.txt`` right before it opens, the title inside the span too. A person
    candidate alone is no sign: the rules read persons inside firms' and projects' names ("某某
    发丝项目"), and in session 38 those were most of a bare person guard's blocks, all wrong.

    >>> person = Candidate(5, 7, "PERSON", "tagger", 0.9)
    >>> runs_over_person("县政协主席某某等县领导分别参加某某新材料", [], 0, 20, [person], ("PERSON",))
    True
    >>> words = [Word(3, 5, "主席", "n"), Word(5, 7, "某某", "PER")]
    >>> runs_over_person("县政协主席某某等县领导分别参加某某新材料", words, 0, 20, [], ("PERSON",))
    True
    >>> runs_over_person("香港某某锌硒茶酒", [], 0, 8, [Candidate(2, 4, "PERSON", "tagger", 0.9)], ("PERSON",))
    False
    """
    if not blocking:
        return False
    starts = {c.start for c in rules if c.label in blocking and x_start < c.start < x_end}
    if "PERSON" in blocking:
        starts |= {w.start for w in words if w.tag == _PERSON_TAG and x_start < w.start < x_end}
    return any(text[x_start:at].endswith(lexicon().titles) for at in starts)
