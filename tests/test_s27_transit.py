"""Session 27 (s27-transit): a transport work a list names with the verb of its building.

A list of projects names a line or a bridge with the verb of its building ("平西铁路支线建设、…等4个
项目", "地铁S1线开工等一系列重大项目"); the golds name the work without the verb, and the first line of a
pair joined by 及 on its own (real-pages-28 d05, -32 t06, -30 r05: 3 pages of 3 sites). The sentences
are quoted from the tuning pages.
"""

from __future__ import annotations

from conftest import typed


def test_a_railway_branch_listed_with_its_building_is_named_without_the_verb(nlp):
    # real-pages-28 d05
    text = (
        "会议听取和研究了现代物流业扶持奖励办法、平西铁路支线建设、市政基础设施项目建设、"
        "香山生态文旅综合体等4个项目的情况汇报。"
    )
    found = typed(nlp, text)
    assert ("平西铁路支线", "PROJECT") in found
    assert ("平西铁路支线建设", "PROJECT") not in found


def test_a_metro_line_whose_start_of_works_is_listed_is_named_without_the_verb(nlp):
    # real-pages-32 t06
    text = (
        "中国建筑一位负责人表示,随着首钢搬迁、采矿业关停、长安街西延和地铁S1线开工等一系列重大项目的推进,"
        "门头沟与北京城区的联系愈加紧密。"
    )
    found = typed(nlp, text)
    assert ("地铁S1线", "PROJECT") in found
    assert ("地铁S1线开工", "PROJECT") not in found


def test_a_ring_road_joined_to_a_bridge_is_a_project_of_its_own(nlp):
    # real-pages-30 r05 (traditional)
    text = (
        "高新區污水處理廠,漢濱五里工業集中區產業孵化園、秦巴植物園、寶業倉儲物流園,"
        "中心城市北環線及城東漢江大橋主橋建設等項目同時開工。"
    )
    found = typed(nlp, text)
    assert ("中心城市北環線", "PROJECT") in found
    assert not any("北環線及" in name for name, _ in found)


def test_the_building_of_a_reservoir_is_not_cut_as_a_line(nlp):
    # real-pages-32 t04: only transport works lose the verb here; a reservoir's item is left as it was
    text = "在吉强镇、白崖乡,调研张家沟水库建设、县城至夏寨公路连接线、高标准农田建设、区域再生水回用工程湿地建设情况。"
    found = typed(nlp, text)
    assert ("张家沟水库建设", "PROJECT") in found
