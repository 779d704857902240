"""Session 37 (s37-projspan3): in a list of projects ("…等N个项目", "重大项目包括…"), an item that ends in a
facility's kind after a name of three characters or more ("某某花海特色小镇", "某某区污水处理厂") counts as a
name when the list is weighed, and its 厂 is no body's (``[project.list] item_facility_min_name``,
:mod:`kg.nlp.project_lists`). A facility's kind after a field word ("生态小镇") and a plant among firms
("某某食品厂") stay out. Sentences written with made-up names and common words
(the two found cases fail with the rule switched off: checked by patching ``_facility``).
"""

from __future__ import annotations

from conftest import project_names


def test_facilities_make_a_counted_list_of_projects(nlp):
    text = "共有28个项目集中签约,其中山水田园特色小镇、森林康养风情小镇、老街村旧改项目等5个50亿元以上项目。"
    names = project_names(nlp, text)
    assert "山水田园特色小镇" in names
    assert "森林康养风情小镇" in names


def test_a_wastewater_plant_in_a_list_is_no_body(nlp):
    text = "民生类项目24个,主要包括开发区污水处理厂、城区公共卫生应急医疗救助、河道流域综合治理工程等项目。"
    assert "开发区污水处理厂" in project_names(nlp, text)


def test_a_kind_among_fields_stays_out(nlp):
    text = "禾丰交通投资集团公司还将参与青湖县的土地开发整理、智慧城市、智能交通、电子平台、生态小镇等项目建设。"
    names = project_names(nlp, text)
    assert "生态小镇" not in names
    assert "智慧城市" not in names


def test_a_plant_among_firms_stays_a_body(nlp):
    text = "签约企业包括禾丰科技有限公司、青湖集团、青禾食品厂等5个项目。"
    assert "青禾食品厂" not in project_names(nlp, text)
