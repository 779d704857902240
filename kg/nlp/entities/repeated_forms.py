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
from kg.nlp.entities.shapes import has_surname
from kg.nlp.gazetteer import Division, load_gazetteer
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
    p = lexicon().patterns["place"]
    # Not where the article names a place that the form opens before a level or a site's head
    # ("某某镇", "某某河", "某某市"): the form is that town's or river's, or the division's the
    # resolution keeps apart from a bare form; nor where it runs into a person's name or is the
    # tail or the sequel of another division's name on the page (the page's own longer place).
    text = to_simplified("".join(x.text for x in words))
    heads = tuple(p["admin_heads"]) + tuple(p["heads"])
    spots = [m.start() for m in re.finditer(re.escape(w), text)]
    if any(text.startswith(heads, s + len(w)) for s in spots) or _in_a_name(words, w):
        return False
    if any(_after_a_division(text, s, w, divisions[0]) for s in spots):
        return False
    # Read as a place word of its own: a reading right after a town-level or city word ("某某镇|大田",
    # "某某市|滨江") is a part of that place (a field, a riverside area, a school named for the
    # county), not the county, and does not count.
    # Nor does a reading right before a common noun ("某某|精神", "某某|基地"): the form opens a longer
    # name or noun there (a school's spirit or alumni, a farm named for the county), which says
    # nothing of the county; the county's own reports write it as a subject or an object too.
    levels = tuple(h for h in p["admin_heads"] if h != "省")
    nouns = set(p["short_form_repeated"]["noun_after_tags"])
    times, at = 0, 0
    for k, x in enumerate(words):
        opens_a_noun = k + 1 < len(words) and words[k + 1].tag in nouns
        if x.tag == "LOC" and to_simplified(x.text) == w and not text[:at].endswith(levels) and not opens_a_noun:
            times += 1
        at += len(x.text)
    return times >= p["short_form_repeated"]["min"]


def _in_a_name(words: list[Word], w: str) -> bool:
    """The article runs the form into a person's name: a person word opening with it, or the form
    right after a title ("县长|某某胜": the tagger read the name's first two characters as the county)."""
    lex = lexicon()
    for k, x in enumerate(words):
        t = to_simplified(x.text)
        if x.tag == "PER" and t.startswith(w) and t != w:
            return True
        if t == w and k > 0 and has_surname(w) and to_simplified(words[k - 1].text).endswith(lex.titles):
            return True
    return False


def _after_a_division(text: str, start: int, w: str, county: Division) -> bool:
    """The form at ``start`` goes on another division's name: that name ends with it ("黑|龙江"),
    or it follows the short form of a division other than the county's own province or city
    ("潍坊|滨海"). The form
    is then a part of the page's own longer place, which the resolution would keep apart from a
    bare form as a second place."""
    gaz = load_gazetteer()
    own = {d.code for d in gaz.ancestors(county)} | {county.code}
    for k in (1, 2):
        if start >= k and gaz.lookup(text[start - k : start] + w):
            return True
    # a division's short form ("潍坊|滨海"); after a full name ("某某市|昆山第二小学") the reading is
    # only discounted (repeated_short_form), the county's own name standing elsewhere on the page
    for k in (2, 3, 4):
        found = gaz.lookup(text[start - k : start]) if start >= k else []
        if found and not {d.code for d in found} & own and all(d.name != text[start - k : start] for d in found):
            return True
    return False
