"""A county's short form the tagger reads as a place again and again in one article.

The statistical source refuses a county's short form on a page that names neither the county nor
its city, unless the sentence shows the place (:func:`kg.nlp.entities.gazetteer._weak_place`):
"灵山秀水" is no 灵山县. Read once, the form is a coin toss (session 33, s33-placerec2). Reports
written for the county's own readers name it by the short form alone, and name it more than once
("让世界听见某某,让世界投资某某", "某某现已进入…收获期…某某"): over every readable text (session 35,
s35-placemiss), such forms the tagger read as a place word of their own at least twice were the
gold's place 13 times against 1 ordinary word (11 more were parts of longer gold names), where
read once they were 12 against 22. Not where the article also writes the form before a level word
or a site's head ("某某镇", "某某河"): a namesake town's or river's form, or a division the
resolution would keep apart from it (the first build's six duplicate places).
"""

from __future__ import annotations

import re

from kg.nlp.entities.lexicon_data import lexicon
from kg.nlp.gazetteer import load_gazetteer
from kg.nlp.words import Word
from kg.normalize import to_simplified


def repeated_short_form(words: list[Word], i: int) -> bool:
    """Word ``i`` is a county's short form that the tagger calls a place (LOC) at least
    ``place.short_form_repeated.min`` times among the article's ``words``.

    >>> ws = [Word(0, 2, "泗洪", "LOC"), Word(2, 4, "发展", "v"), Word(4, 6, "泗洪", "LOC")]
    >>> repeated_short_form(ws, 0), repeated_short_form(ws[:2], 0)
    (True, False)
    >>> repeated_short_form(ws + [Word(6, 9, "泗洪镇", "LOC")], 0)
    False
    """
    w = to_simplified(words[i].text)
    divisions = load_gazetteer().lookup(w)
    if not divisions or divisions[0].level != "county" or divisions[0].name == w:
        return False
    times = sum(1 for x in words if x.tag == "LOC" and to_simplified(x.text) == w)
    if times < (p := lexicon().patterns["place"])["short_form_repeated"]["min"]:
        return False
    # Not where the article names a place that the form opens before a level or a site's head
    # ("某某镇", "某某河", "某某市"): the form is that town's or river's, or the division's the
    # resolution keeps apart from a bare form.
    text = to_simplified("".join(x.text for x in words))
    heads = tuple(p["admin_heads"]) + tuple(p["heads"])
    return not any(text.startswith(heads, m.end()) for m in re.finditer(re.escape(w), text))
