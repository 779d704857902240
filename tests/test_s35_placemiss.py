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


# Session 35 (s35-placeshort): the rule's guards. 蒲城 and 澄城 are counties no readable page names.


def test_a_form_that_runs_into_a_persons_name_is_refused():
    # "县长|蒲城|胜": the tagger reads a person's first two characters as the county
    text = "县长蒲城胜调研生态园区。蒲城胜一行先后来到园区。让世界了解蒲城、投资蒲城。"
    assert "蒲城" not in recognised(text, "PLACE")
    assert "蒲城" in recognised("让世界了解蒲城、投资蒲城。", "PLACE")


def test_a_form_after_another_place_is_a_part_of_it():
    # "某某镇|蒲城播种现场" (a field), "某某市|澄城核心区" (a riverside area of that city)
    assert "蒲城" not in recognised("在某某镇蒲城播种现场和某某乡蒲城播种现场调研,了解蒲城生产。", "PLACE")
    assert "澄城" not in recognised("某某市澄城核心区开工。澄城核心区建设加快。", "PLACE")


def test_a_form_that_ends_a_division_name_is_that_division():
    from kg.nlp.entities.repeated_forms import _after_a_division
    from kg.nlp.gazetteer import load_gazetteer

    # "弓|长岭": the district's name, not the county 长岭 (neither named on a readable page)
    county = next(d for d in load_gazetteer().lookup("长岭") if d.level == "county")
    assert _after_a_division("弓长岭区讯", 1, "长岭", county)
    assert not _after_a_division("在长岭投资", 1, "长岭", county)
