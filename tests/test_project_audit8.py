"""Projects, session 15 corpus audit of issue 14 (benchmarks/audits/s15-proj): the sites a visit
goes through.

A report of a visit lists the projects being built that the visitors saw: "代表们视察了甲、乙、丙等重
点项目", "一行先后来到甲、乙、丙等项目现场", "一行首先来到甲、乙、丙项目建设现场". The verb of visiting
opens the list's first item (before, the first item was missed or run into the visiting clause), and
the sites' 现场 closes a list of three or more items that no 等 closes. A list of places visited,
a person after a title in the first item, and a project's building after its name are guarded.

Sentences of each kind, names invented."""

from __future__ import annotations

from conftest import recognised


def projects(text: str) -> set[str]:
    return recognised(text, "PROJECT")


def test_a_visiting_verb_opens_the_first_item():
    found = projects("代表们参观视察了青松苑幼儿园、柳溪河湿地公园、杨家湾安置小区和新城学校等重点项目。")
    assert "青松苑幼儿园" in found
    assert {"柳溪河湿地公园", "杨家湾安置小区", "新城学校"} <= found


def test_the_first_item_is_not_run_into_the_visit():
    found = projects("市长一行先后来到环城路改造、柳溪文化公园、市法院审判法庭、安达二期、马溪河防洪治理等项目现场。")
    assert "环城路改造" in found
    assert not any(name.startswith("市长") for name in found)


def test_the_sites_close_a_list_without_deng():
    found = projects(
        "书记一行首先来到柳家湾棚户区改造二期、青投锦园、五丰学校、星河六路、柳家湾一路项目建设现场,实地察看项目建设进展。"
    )
    assert {"柳家湾棚户区改造二期", "青投锦园", "五丰学校", "星河六路", "柳家湾一路项目"} <= found


def test_villages_visited_are_no_projects():
    assert projects("记者来到青山村、柳河村、石门村施工现场采访。") == set()


def test_a_person_after_a_title_in_the_first_item_is_no_project():
    found = projects(
        "区人大工委组织代表开展会前集中视察活动街道党工委书记李明华、辖区部分人大代表参加活动"
        "代表们视察了柳江路东延伸工程、社区卫生服务中心改扩建工程、青河大道东延伸工程等项目。"
    )
    assert not any("书记" in name for name in found)
    assert "柳江路东延伸工程" in found


def test_the_building_of_a_named_project_is_not_its_name():
    found = projects("县长一行先后察看了青溪镇城东小学主体工程建设、体育中心地下停车场、柳湾镇综合文化站等重点项目。")
    assert "青溪镇城东小学主体工程" in found
    assert "青溪镇城东小学主体工程建设" not in found


def test_the_group_of_visitors_is_no_verb_and_a_village_visited_is_a_place():
    found = projects("调研组一行先后前往柳前村、通海大道院前段、联安U谷周边道路等项目现场,通过实地察看了解进展。")
    assert {"通海大道院前段", "联安U谷周边道路"} <= found
    assert not any(name.startswith("组") or name.endswith("村") for name in found)


def test_towns_a_leader_visits_are_no_projects():
    found = projects("县长带队赴青溪镇、柳湾镇、石门镇、南山镇等地开展重点项目督查。")
    assert not found & {"青溪镇", "柳湾镇", "石门镇", "南山镇"}


def test_a_tourist_area_of_a_list_is_no_division():
    found = projects("实施青峰山景区扩建、大河乡村旅游区、卖花镇现代商贸物流城等3个项目,总投资17.23亿元。")
    assert "大河乡村旅游区" in found
