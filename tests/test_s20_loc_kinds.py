"""``located_in`` kinds of session 20's audit (``benchmarks/audits/s20-loc``): a region's own
public body named by the region's short form ("澳门某某局", "澳门某某司", "新疆自治区党委") lies in
that region, as "山西日报" lies in 山西 and "中共某省委" in its province; a firm or brand the
short form opens is only registered there and is not placed by this reading. Every body and
firm here is made up; the regions are the gazetteer's.
"""

from __future__ import annotations

from conftest import located_pairs


def test_a_bureau_named_by_macau_is_in_macau(nlp):
    text = "澳门海洋事务促进局与珠海市签署合作备忘录,协助内地企业通过澳门开拓葡语国家市场。"
    assert ("澳门海洋事务促进局", "澳门") in located_pairs(nlp, text)


def test_a_department_named_by_macau_in_traditional_script_is_in_macau(nlp):
    text = "澳門文物保育署署長出席儀式,並介紹澳門的文物保護工作。"
    assert ("澳门文物保育署", "澳门") in located_pairs(nlp, text)


def test_a_regions_party_committee_by_its_short_form_is_in_the_region(nlp):
    text = "宁夏自治区党委召开常委会会议,研究宁夏乡村振兴工作。"
    assert ("宁夏自治区党委", "宁夏") in located_pairs(nlp, text)


def test_a_brand_named_by_a_region_stays_out_of_the_region(nlp):
    # (guard) a firm's name without a public body's head ("某某农业") names where the firm was
    # registered, not where it is: the region is no location of it.
    text = "新疆雪莲农业与当地合作社签约,将在新疆建设种植基地。"
    found = located_pairs(nlp, text)
    assert not {(h, t) for h, t in found if h == "新疆雪莲农业"}


def test_a_university_named_by_its_region_stays_out(nlp):
    # (guard) a university's place is part of its name, not a statement of where it is.
    text = "内蒙古农牧大学与内蒙古多家企业签署合作协议。"
    found = located_pairs(nlp, text)
    assert not {(h, t) for h, t in found if h == "内蒙古农牧大学"}


def test_an_office_kept_in_a_place_written_with_one_character_is_there(nlp):
    # "驻沪" is 上海市's one-character form: the office is kept in 上海, not in its owner's city.
    found = located_pairs(nlp, "铁岭市政府驻沪办事处主任出席了推介会。")
    assert ("铁岭市政府驻沪办事处", "沪") in found
    assert ("铁岭市政府驻沪办事处", "铁岭市") not in found


def test_an_office_kept_in_the_country_is_in_no_division(nlp):
    # (guard) "驻华" names the country, no division: no place is read after the mark.
    found = located_pairs(nlp, "北欧贸易促进会驻华办事处代表出席了推介会。")
    assert not {(h, t) for h, t in found if h.endswith("驻华办事处")}
