"""``located_in`` of a kind that recurs on the pages of session 11's second place pool (issue 14,
audited in ``benchmarks/audits/s11-loc2``): a township's office ("某某鄉公所", "某某镇公所", the
township government of Taiwan pages) is a body of the township, whether the tagger reads the
office as one organisation, as one place, or the township and 公所 apart. Every name here is
made up; none is from a page.
"""

from __future__ import annotations

from conftest import located_pairs
from test_place_forms import places

from kg.nlp.entities.place_forms import office_after
from kg.nlp.entities.town_prefix import town_opening
from kg.nlp.words import Word


def test_a_township_office_is_placed_in_its_township(nlp):
    found = located_pairs(nlp, "青禾鄉公所新建行政大樓十一日上午舉行動土典禮,縣長王明出席。")
    assert ("青禾乡公所", "青禾乡") in found
    assert ("柳河镇公所", "柳河镇") in located_pairs(nlp, "柳河鎮公所新建大樓動土。")


def test_an_office_whose_township_the_tagger_reads_apart_is_placed_too(nlp):
    text = "新地標!青禾鄉公所1億8000萬改建行政大樓 青禾鄉公所現使用的辦公大樓,已有40年以上屋齡。"
    assert ("青禾乡公所", "青禾乡") in located_pairs(nlp, text)
    assert "青禾乡" in places(text)  # the township stays a place of its own


def test_the_office_opens_with_its_township_and_a_road_is_no_office():
    assert town_opening("青禾乡公所") == 3
    assert office_after([Word(0, 3, "青禾鄉", "LOC"), Word(3, 5, "公所", "n")], 0) == 5
    assert office_after([Word(0, 3, "青禾乡", "LOC"), Word(3, 5, "公路", "n")], 0) is None
    assert office_after([Word(0, 2, "青禾", "LOC"), Word(2, 4, "公所", "n")], 0) is None  # no level word
