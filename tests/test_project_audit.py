"""Project names as the corpus audit of issue 14 (session 10, benchmarks/audits/s10-proj) found
them wrong on many sites: a list's first item that took the words opening its clause along
("其中|…", "目前|…", "新开工建设|…", "其中22个重大产业项目中|…"), and classes of projects read as
one project ("最大项目", "外资项目", "百大项目", "79宗项目", "某区亿元项目").
Sentences of each kind, names invented."""

from __future__ import annotations

from conftest import recognised


def projects(text: str) -> set[str]:
    return recognised(text, "PROJECT")


def test_the_first_item_of_a_counted_list_leaves_the_clause_opener_out():
    got = projects("其中甲乙岸电某某220kV输变电项目、丙丁热电联产项目等3个项目已完工。")
    assert "甲乙岸电某某220kV输变电项目" in got
    assert not any(n.startswith("其中") for n in got)
    got = projects("目前春天国际学校项目、甲乙小镇项目等8个项目已开工建设。")
    assert "春天国际学校项目" in got
    assert not any(n.startswith("目前") for n in got)


def test_the_class_an_item_list_belongs_to_is_no_part_of_its_first_item():
    got = projects("其中甲乙22个重大产业项目中丙丁农业物流园、戊己精密等14个项目已复工。")
    assert "丙丁农业物流园" in got
    assert not any("项目中" in n for n in got)


def test_starting_to_build_opens_a_counted_list():
    got = projects("今年以来，新开工建设甲乙跨海通道、丙丁铁路戊己段、庚辛城际壬癸段等164个项目。")
    assert "甲乙跨海通道" in got
    assert not any(n.startswith("建设") for n in got)


def test_a_superlative_or_a_source_of_capital_names_no_project():
    assert "最大项目" not in projects("剪彩投产的最大项目是民营企业甲乙水产有限公司。")
    assert "外资项目" not in projects("签约的外资项目，主要来自甲国、乙国等国家。")
    assert "内资项目" not in projects("新引进的内资项目，主要来自沿海省份。")


def test_a_count_of_projects_makes_a_class():
    assert not any("宗项目" in n for n in projects("甲乙新区79宗项目集中签约、动竣工和投产。"))
    assert not any("百大项目" in n for n in projects("今年全省“加强版”百大项目总数达到500个。"))


def test_projects_of_a_size_make_a_class():
    assert not any("亿元项目" in n for n in projects("灵丘高新区亿元项目建设如火如荼。"))
