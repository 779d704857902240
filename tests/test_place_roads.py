"""Roads, bus lines, titles and counts that read as places, of the kinds that recur on the
pages of session 15's place pool (issue 14, audited in ``benchmarks/audits/s15-place``): a
bus line named by its number ("17路"), a locative run onto a road ("某某路上", "某某北路口"),
an expressway by its name, whole ("某某高速"; a project where its clause builds it), a title
of honour that ends like a village or a town ("某某名村", "亿元村") and a count of divisions
that closes a list ("甲、乙二县"). Every road, place and sentence here is made up.
"""

from __future__ import annotations

from conftest import recognised
from test_place_forms import places

from kg.nlp.entities.candidate import Candidate
from kg.nlp.entities.plausible import plausible


def test_a_bus_line_by_its_number_is_no_place():
    found = places("受施工影响,公交17路和青岚38路临时绕行青禾路,215路恢复原线路运行")
    assert "青禾路" in found
    assert not any(p.endswith(("17路", "38路", "215路")) for p in found)


def test_a_road_with_a_number_in_words_stays_a_place():
    # the numeral of a road's own name is no bus line ("某某北二路")
    assert "青禾北二路" in places("车辆可经青禾北二路绕行至石岭大道")


def test_a_locative_after_a_road_is_no_part_of_its_name():
    found = places("如今,走在青禾路上,居民们都说出行方便了。")
    assert "青禾路上" not in found and "青禾路" in found
    found = places("施工路段为石岭南路(东坪街路口—青岚北路口)北侧半幅")
    assert "青岚北路口" not in found and "青岚北路" in found


def test_an_expressway_by_its_name_is_read_whole():
    # Session 26 (s26-infra, kg/nlp/entities/line_projects.py): a line the clause builds is a
    # project (the tuning golds type every scored line PROJECT); one that things lie along is a place.
    text = "根据青岚高速改扩建工程施工需要,部分路段将封闭"
    assert "青岚高速" in recognised(text, "PROJECT") and not places(text) & {"青岚高速", "青岚"}
    found = places("受施工影响,青岚高速沿线部分路段将封闭")
    assert "青岚高速" in found and "青岚" not in found


def test_a_title_of_honour_that_ends_like_a_village_is_no_place():
    found = places("本省第三批省级特色景观旅游名镇名村名单出炉,青禾镇东坪村入选")
    assert {"青禾镇", "东坪村"} <= found
    assert not any(p.endswith(("名镇", "名村")) for p in found)
    found = places("去年石岭村成为全县首个亿元村")
    assert "石岭村" in found and "亿元村" not in found


def test_a_count_that_closes_a_list_is_no_part_of_its_last_item():
    found = places("划出青岚、石禾二县,由甘坪、东岭两乡镇共同管理")
    assert not any(p.endswith(("二县", "两乡镇")) for p in found)
    assert not {"九县区", "两乡镇"} & places("九县区同步开展巡查,两乡镇干部参加")


def test_a_name_of_one_character_before_a_numeral_is_no_count():
    # a city named by one character and a numeral is a name, no count
    def place(name: str) -> bool:
        return plausible(name, Candidate(0, len(name), "PLACE", "statistical", 0.6))

    assert place("岚六市") and place("青七县")
    assert not place("青岚二县") and not place("石岭八府")
