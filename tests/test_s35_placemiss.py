"""Session 35 (s35-placemiss): a county's short form on a page that names neither the county nor its
city is a place where the tagger reads it as a place word of its own at least twice in the article
(:mod:`kg.nlp.entities.repeated_forms`); read once, it is still refused. Sentences written after
county news reports, with a county no tuning page names (澄城).
"""

from __future__ import annotations

from conftest import recognised


def test_a_short_form_read_twice_as_a_place_is_a_place():
    assert "澄城" in recognised("让更多客商了解澄城、投资澄城。", "PLACE")


def test_a_short_form_read_once_stays_refused():
    assert "澄城" not in recognised("努力让澄城成为投资兴业的热土。", "PLACE")


def test_only_a_county_short_form_counts():
    from kg.nlp.entities.repeated_forms import repeated_short_form
    from kg.nlp.words import Word

    # a full name is the gazetteer's; a word no division is called is none of this rule's
    words = [Word(0, 3, "澄城县", "LOC"), Word(3, 4, "、", "w"), Word(4, 7, "澄城县", "LOC")]
    assert not repeated_short_form(words, 0)
    words = [Word(0, 2, "青禾", "LOC"), Word(2, 3, "、", "w"), Word(3, 5, "青禾", "LOC")]
    assert not repeated_short_form(words, 0)
