"""``located_in`` kinds of session 24's second audit round (issue 14, ``benchmarks/audits/s24-loc``):
a town or village written right after its county or city, in one word of the tagger's.

* "某县|某某镇某某/LOC": the town run on into the name after it (a person's name);
* "某县某某村/LOC": a county's short form and its village read as one place;
* "某县某某镇某某村委/ORG": the county, its town and a village's committee read as one body.

The town or village is a place of its own, located in the division right before it
(kg/nlp/entities/run_villages.py ``chain_town_candidates``). The towns, villages, firms and
people are made up; the counties are real divisions (the rule reads the gazetteer).
"""

from __future__ import annotations

from conftest import located_pairs, recognised

from kg.nlp.entities.candidate import Candidate
from kg.nlp.entities.run_villages import chain_town_candidates, without_chain_wholes
from kg.nlp.words import Word


def _spans(words: list[Word]) -> list[tuple[int, int, str]]:
    return [(c.start, c.end, c.source) for c in chain_town_candidates(words)]


def test_a_town_inside_a_body_after_its_county_is_a_place_in_the_county(nlp):
    # the tagger reads 岳西县柳岙镇桐坑村委 as one body
    text = "包括岳西县柳岙镇桐坑村委会生产基地沙地改良项目。"
    assert "柳岙镇" in recognised(text, "PLACE")
    assert ("柳岙镇", "岳西县") in located_pairs(nlp, text)


def test_a_town_run_on_into_the_word_after_it():
    words = [Word(0, 3, "祁门县", "LOC"), Word(3, 8, "杏坞镇秀兰", "LOC"), Word(8, 9, "的", "u")]
    assert _spans(words) == [(3, 6, "head_words")]


def test_a_county_short_form_and_its_village_read_as_one_place_are_two():
    words = [Word(0, 5, "旌德苇塘村", "LOC"), Word(5, 7, "旅游", "vn")]
    cands = chain_town_candidates(words)
    assert [(c.start, c.end) for c in cands] == [(0, 2), (2, 5)]
    assert cands[0].attrs["admin_name"] == "旌德县"
    whole = Candidate(0, 5, "PLACE", "statistical", 0.8)
    assert whole not in without_chain_wholes([whole, *cands])


def test_a_towns_title_or_office_after_it_is_no_run_on():
    assert _spans([Word(0, 3, "祁门县", "LOC"), Word(3, 7, "杏坞镇长", "LOC")]) == []
    assert _spans([Word(0, 3, "祁门县", "LOC"), Word(3, 8, "杏坞镇政府", "ORG")]) == []
    assert _spans([Word(0, 3, "祁门县", "LOC"), Word(3, 7, "杏坞乡村", "LOC")]) == []


def test_a_person_or_a_plain_word_after_a_county_is_no_town(nlp):
    assert recognised("祁门县王大明出席。", "PLACE") == {"祁门县"}
    assert recognised("祁门县乡村旅游和镇区建设。", "PLACE") == {"祁门县"}
    # a county's name that opens the word, then a word of two characters: no town's name
    assert _spans([Word(0, 5, "祁门县城区", "LOC")]) == []
