"""``located_in`` of kinds read on the pages of session 12's located_in pool (issue 14, audited in
``benchmarks/audits/s12-loc3``): an autonomous county written with its own name and 自治县
("某某自治县", as news writes it besides 某某县), a division whose official name spells its
nationality without 族 (某某哈萨克自治县), and a company settling with "since" or "in" a date
between its name and the verb ("某公司自2015年落户某园区以来"). Companies, parks, towns and
townships are made up; the divisions are real ones from the gazetteer.
"""

from __future__ import annotations

from conftest import located_pairs

from kg.nlp.gazetteer import load_gazetteer


def test_an_autonomous_county_written_with_zizhixian_is_the_county():
    (d,) = load_gazetteer().lookup("禄劝自治县")
    assert d.name == "禄劝彝族苗族自治县"


def test_a_town_after_an_autonomous_county_so_written_lies_in_it(nlp):
    found = located_pairs(nlp, "昆明市禄劝自治县青云镇的万家合作社种植蓝莓。")
    assert ("青云镇", "禄劝自治县") in found


def test_a_park_named_by_the_short_form_of_such_a_county_lies_in_it(nlp):
    found = located_pairs(nlp, "禄劝自治县召开招商大会。禄劝产业园区已入驻企业30家。")
    assert ("禄劝产业园区", "禄劝") in found
    # the park is one name: no park "禄劝产业园" inside "禄劝产业园区"
    assert not any(t == "禄劝产业园" for _, t in found)


def test_a_nationality_spelled_without_zu_is_no_part_of_the_divisions_own_name(nlp):
    assert [d.name for d in load_gazetteer().lookup("巴里坤县")] == ["巴里坤哈萨克自治县"]
    assert ("青松乡", "巴里坤县") in located_pairs(nlp, "巴里坤县青松乡新建牧业合作社。")
    # a division named after its nationality alone keeps it (鄂伦春自治旗 is 鄂伦春, not 鄂伦)
    assert not load_gazetteer().lookup("鄂伦")


def test_a_company_settled_since_or_in_a_date_is_in_the_park(nlp):
    found = located_pairs(nlp, "红枫机械有限公司自2015年落户青松工业园区以来,产值翻番。")
    assert ("红枫机械有限公司", "青松工业园区") in found
    found = located_pairs(nlp, "青禾服饰有限公司于2021年底入驻白石产业园区。")
    assert ("青禾服饰有限公司", "白石产业园区") in found
    found = located_pairs(nlp, "明远电子公司自入驻柳河小微企业创业园后,产值增长。")
    assert ("明远电子公司", "柳河小微企业创业园") in found
