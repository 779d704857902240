"""``located_in`` kinds of session 24's audit of its misses (issue 14, ``benchmarks/audits/s24-loc``).

* A Taiwan township's short form opening a park's or a project's name ("埔里微型产业园区",
  "台中神冈丰洲科技工业园区"): the park is in the township when the page (or the name's own
  opening) names the township's county. The gazetteer looks townships up by full name only.
* A democratic party's committee named after its place ("民盟某市委会", "农工党某市委"): in the
  place after the party's name, as "中共某县委" is.
* A trip's verb that takes its stops itself ("到某科技园区实地调研A公司、B公司"), and a visit's
  inspecting verb with 实地 before it ("来到某工业园区，实地参观了A公司").

The parks, companies and people are made up; the townships and cities are real divisions (the
rules read the gazetteer).
"""

from __future__ import annotations

from conftest import located_pairs


def test_a_taiwan_townships_short_form_opens_a_parks_name(nlp):
    found = located_pairs(nlp, "南投县政府表示,鱼池红茶产业园区已有多家业者进驻。")
    assert ("鱼池红茶产业园区", "鱼池") in found


def test_the_townships_county_may_open_the_name_itself(nlp):
    found = located_pairs(nlp, "台中大雅青枫科技园区今日动土,市长出席。")
    assert ("台中大雅青枫科技园区", "大雅") in found


def test_no_county_of_the_township_on_the_page_no_fact(nlp):
    # the short form alone may be a word or a brand: the page must show Taiwan's county
    found = located_pairs(nlp, "鱼池红茶产业园区已有多家业者进驻。")
    assert not any(tail == "鱼池" for _, tail in found)


def test_a_democratic_partys_city_committee_is_in_its_city(nlp):
    found = located_pairs(nlp, "九三学社德阳市委主委李青禾出席会议。")
    assert ("九三学社德阳市委", "德阳市") in found
    found = located_pairs(nlp, "民盟绵阳市委会主委李青禾出席。")
    assert ("民盟绵阳市委会", "绵阳市") in found


def test_a_party_short_name_that_opens_a_village_is_the_village(nlp):
    # 民建村 is a village: its committee stays in it, no party's name is read off it
    found = located_pairs(nlp, "民建村委会组织村民清理河道。")
    assert ("民建村委会", "民建村") in found


def test_a_trips_verb_takes_its_stops(nlp):
    text = "市长王青禾到青枫科技园区实地调研青禾电子有限公司、枫林材料有限公司和青禾光电公司。"
    found = located_pairs(nlp, text)
    assert {
        ("青禾电子有限公司", "青枫科技园区"),
        ("枫林材料有限公司", "青枫科技园区"),
        ("青禾光电公司", "青枫科技园区"),
    } <= found


def test_a_name_later_in_the_trips_sentence_is_no_stop(nlp):
    text = "市长王青禾到青枫科技园区调研,并会见了青禾电子有限公司负责人。"
    assert ("青禾电子有限公司", "青枫科技园区") not in located_pairs(nlp, text)


def test_a_visits_inspection_with_shidi_before_it(nlp):
    text = "随后,李青禾来到青枫工业园区,实地参观了青禾电子有限公司的生产线。"
    assert ("青禾电子有限公司", "青枫工业园区") in located_pairs(nlp, text)


def test_a_taiwan_countys_own_short_form_is_no_township(nlp):
    # 南投 is 南投县's short form as well as 南投市's: the county reading takes it, no township
    found = located_pairs(nlp, "南投县表示,南投青枫产业园区已有业者进驻。")
    assert ("南投青枫产业园区", "南投") in found
    from kg.ingest import segment_document
    from kg.nlp.pipeline import analyse_article

    (art,) = segment_document("t.txt", "南投县表示,南投青枫产业园区已有业者进驻。")
    doc = analyse_article(nlp, art)
    assert not any(r.rule == "county_short_opening" for r in doc._.relations if r.type == "located_in")


def test_a_township_form_and_a_bare_three_character_head_is_left_out(nlp):
    # "某上工业区": the zone may be named after a locality; only a longer name is read
    found = located_pairs(nlp, "台东县政府表示,池上工业区将释出土地。")
    assert not any(tail == "池上" for _, tail in found)
