"""One event written twice in one document in shapes the fourteenth audit of events found kept
as two meetings (issue 14, benchmarks/audits/s14-dups and s14-event): a year with or without 年,
a middle dot, an edition or the country on one form only, a town with or without 镇, a scope
word for the city the article names, a body's long name (kg/resolve/event_merges.py; data
``[meeting]`` of ontology/patterns/resolution.toml) — and the differences that make two events.

The names are written for the kind (no page's names).
"""

from __future__ import annotations

from kg.nlp.document import DocumentResult, MentionRecord
from kg.resolve.event_merges import merge_event_editions
from kg.resolve.keys import UnionFind


def _groups(*names: str) -> list[set[str]]:
    ms = [MentionRecord(0, 0, 1, n, n, "MEETING", "head_words", 0.7) for n in names]
    ks = [f"MEETING|{n}" for n in names]
    uf = UnionFind()
    merge_event_editions(DocumentResult("d.txt", ms, [], 1), ks, uf)
    groups: dict[str, set[str]] = {}
    for n, k in zip(names, ks, strict=True):
        groups.setdefault(uf.find(k), set()).add(n)
    return sorted(groups.values(), key=len, reverse=True)


def _merged(*names: str) -> bool:
    return len(_groups(*names)) == 1


def test_a_year_with_and_without_its_character():
    assert _merged("2026年青柚采摘文化节", "2026青柚采摘文化节")


def test_a_middle_dot_after_the_country():
    assert _merged("中国·慈利第四届青柚采摘文化节", "中国慈利第四届青柚采摘文化节")


def test_the_edition_and_the_country_on_one_form_only():
    assert _merged("第七届中国山地徒步大会", "山地徒步大会")
    assert _merged("2026年首届慈利青柚采摘节", "首届青柚采摘节", "青柚采摘节")


def test_first_edition_written_two_ways():
    assert _merged("第一届乡村篮球联赛", "首届乡村篮球联赛")


def test_a_town_with_and_without_its_level_word():
    assert _merged("石门镇第三届荷花文化节", "石门第三届荷花文化节")


def test_a_scope_word_for_the_city_the_article_names():
    assert _merged("全市2026年东西部协作推进会", "常德市2026年东西部协作推进会")


def test_the_long_name_of_the_political_consultative_conference():
    assert _merged("中国人民政治协商会议第九届慈利县委员会第三次会议", "政协第九届慈利县委员会第三次会议")


def test_two_editions_stay_two_and_the_bare_name_joins_neither():
    groups = _groups("第七届山地徒步大会", "第八届山地徒步大会", "山地徒步大会")
    assert len(groups) == 3


def test_two_years_stay_two():
    assert not _merged("2025年青柚采摘文化节", "2026青柚采摘文化节")


def test_two_towns_stay_two():
    assert not _merged("石门镇第三届荷花文化节", "白沙镇第三届荷花文化节")


def test_the_city_and_the_province_hold_two_events():
    assert not _merged("全市重点项目集中开工仪式", "全省重点项目集中开工仪式")
    assert not _merged("全市2026年东西部协作推进会", "全省2026年东西部协作推进会")


def test_a_joint_name_of_the_city_is_no_half_of_the_province():
    groups = _groups("全市招才引智暨乡贤回归工作推进会", "常德市招才引智暨乡贤回归工作推进会", "全省乡贤回归工作推进会")
    assert sorted(len(g) for g in groups) == [1, 2]
    assert {"全省乡贤回归工作推进会"} in groups


def test_an_edition_in_chinese_numerals_and_in_digits():
    assert _merged("全国高校图书馆工作第二十三次研讨会", "全国高校图书馆工作第23次研讨会")


def test_the_bare_name_of_the_one_sitting_a_document_numbers():
    assert _merged("区政府第52次常务会议", "区政府常务会议")


def test_a_city_meeting_studied_by_a_district_meeting_of_a_year():
    assert not _merged("常德市防汛抗旱工作会议", "2026年防汛抗旱工作会议")
    assert _merged("2026年各界人士迎春座谈会", "全市各界人士迎春座谈会")


def test_a_session_and_its_preparatory_meeting_stay_two():
    assert not _merged("慈利县第十八届人民代表大会第四次会议", "慈利县第十八届人民代表大会第四次会议预备会议")


def test_two_sittings_and_the_series_stay_apart():
    groups = _groups("县政府2026年第16次常务会议", "县政府常务会议", "县政府2026年第17次常务会议")
    assert len(groups) == 3
    assert _merged("县政府2026年第16次常务会议", "县政府2026第16次常务会议")
