"""Entity recognition: evidence from several sources, combined into one set of mentions.

Sources (each a function from a sentence's words to candidate spans):

* ``statistical``: LAC's PER / LOC / ORG tags, one signal among others;
* ``gazetteer``: China's administrative divisions (full names; short forms in context);
* ``head_words``: names that end in a head word of their type (有限公司, 局, 项目, 调度会,
  乡, 经开区 …) with a left edge found by walking over the words that can be inside a
  name (:func:`~kg.nlp.entities.names.left_edge`);
* ``titles``: persons after a job title (市长张强, 本报记者 闫昌), coordinated lists;
* ``bylines``: names in bylines and photo credits.

:func:`select_mentions` then keeps, where candidates overlap, the one with the best
source and extent; before it, the items of a list closed by a count of places ("甲山、乙岭等5里")
become places too (:mod:`~kg.nlp.entities.counted_lists`). All patterns and word lists are data under ``ontology/``.

Words are :class:`~kg.nlp.words.Word` tuples ``(start, end, text, tag)`` with offsets into the
article text.

One module per family: :mod:`~kg.nlp.entities.candidate` (the :class:`Candidate` span, the
``Word`` type, word-list helpers), :mod:`~kg.nlp.entities.lexicon_data` (the ``ontology/`` data
recognition reads), :mod:`~kg.nlp.entities.shapes` (shared tests on words and spans),
:mod:`~kg.nlp.entities.names` (the left edge of a name), one module per source
(:mod:`~kg.nlp.entities.statistical`, :mod:`~kg.nlp.entities.gazetteer`,
:mod:`~kg.nlp.entities.head_words` with :mod:`~kg.nlp.entities.org_forms`,
:mod:`~kg.nlp.entities.titles`, :mod:`~kg.nlp.entities.bylines`) and
:mod:`~kg.nlp.entities.selection` (overlaps resolved, nested mentions). The names other
modules use are importable from ``kg.nlp.entities``.
"""

from __future__ import annotations

from kg.nlp.entities.bylines import byline_candidates
from kg.nlp.entities.candidate import Candidate, longest_first_pattern, word_at, words_by_last_char
from kg.nlp.entities.dotted_persons import dotted_person_candidates
from kg.nlp.entities.gazetteer import gazetteer_candidates
from kg.nlp.entities.head_words import head_word_candidates
from kg.nlp.entities.honorific_titles import honorific_person_candidates
from kg.nlp.entities.joined_words import brand_candidates
from kg.nlp.entities.lexicon_data import Lexicon, gaz_full, gazetteer_regex, lexicon
from kg.nlp.entities.listed_persons import listed_person_candidates
from kg.nlp.entities.names import left_edge
from kg.nlp.entities.org_forms import declared_short_forms, national_org_candidates
from kg.nlp.entities.selection import recognise, recognise_from, select_mentions
from kg.nlp.entities.statistical import statistical_candidates
from kg.nlp.entities.titles import addressed_person_candidates, title_body_candidates, title_person_candidates
from kg.nlp.words import Word

__all__ = [
    "Candidate",
    "Lexicon",
    "Word",
    "addressed_person_candidates",
    "honorific_person_candidates",
    "brand_candidates",
    "byline_candidates",
    "declared_short_forms",
    "dotted_person_candidates",
    "gaz_full",
    "gazetteer_candidates",
    "gazetteer_regex",
    "head_word_candidates",
    "left_edge",
    "listed_person_candidates",
    "lexicon",
    "longest_first_pattern",
    "national_org_candidates",
    "recognise",
    "recognise_from",
    "select_mentions",
    "statistical_candidates",
    "title_body_candidates",
    "title_person_candidates",
    "word_at",
    "words_by_last_char",
]
