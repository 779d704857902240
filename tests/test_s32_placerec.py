"""Places missed in session 32 (s32-placerec), on sentences of the tuning pages.

A county's short form on a page that names neither the county nor its city was dropped by the
gazetteer source, though its sentence shows it is a place: a zone's kind follows it, its
province comes right before it, or divisions stand beside it in a "、" list
(``kg/nlp/entities/short_forms.py``).
"""

from __future__ import annotations

from conftest import located_pairs, normed_mentions_and_facts, typed


def _places(nlp, text: str) -> set[str]:
    return {t for t, label in typed(nlp, text) if label == "PLACE"}


def test_a_short_form_before_its_zone_is_a_place(nlp):
    # real-pages-31 s03: the page writes 海门 only; the zones bear its name
    text = "此次项目集中开工活动在海门开发区设主会场,海门港新区、临江新区、三厂工业园区设分会场。"
    assert "海门" in _places(nlp, text)
    assert ("海门开发区", "海门") in located_pairs(nlp, text)
    # real-pages-34 v01: a zone's office after the county's deputy head
    assert "黄梅" in _places(nlp, "副县长李林、黄梅经济开发区管委会主任蒋高等参加活动。")


def test_short_forms_listed_with_divisions_are_places(nlp):
    # real-pages-5 t11: three counties in a list, none named in full on the page
    text = "道路的竣工通车后,有效完善区域路网布局,提高云霄、东山、常山“两县一区”集疏运效率。"
    assert {"云霄", "东山", "常山"} <= _places(nlp, text)


def test_a_namesake_zone_on_a_page_of_another_province_is_no_county(nlp):
    # real-pages-25 x02: the page is 合浦县's (广西); 东港产业园 is its park, no 丹东's 东港市
    # (the gold reads 东港 as the park's own short name)
    mentions, _ = normed_mentions_and_facts(
        nlp,
        "2月27日下午,合浦县在县政府四楼综合会议室召开推进新福兴项目和瓦努阿图国家森林木材加工项目建设工作会议。"
        "县委书记、东港产业园党工委书记杨斌,县长、东港产业园管委会主任李安洪参加了会议。",
    )
    assert ("PLACE", "东港") not in mentions and ("PLACE", "东港市") not in mentions
    assert ("PLACE", "东港产业园") in mentions


def test_a_town_of_the_county_before_it_is_no_county(nlp):
    # real-pages-31 s08 (traditional): 老城 is 澄迈县's town, not 洛阳's 老城区
    text = "2月6日上午,海南自由貿易港建設項目2023年度第一批集中開工儀式澄邁分會場活動在澄邁縣老城經濟開發區舉行。"
    assert "老城" not in _places(nlp, text)


def test_a_zone_of_a_town_the_page_names_is_the_towns(nlp):
    # real-loc l14: 金山镇 is named, so 金山工业园区 is the town's park, no 上海's 金山区
    text = "金山工业园区位于金山镇万胜壕村,距县城南2.5公里,地跨万胜壕、民胜两个行政村,位置优越,交通便利。"
    assert "金山" not in _places(nlp, text)


def test_a_mainland_short_form_on_a_taiwan_page_stays_out(nlp):
    # real-pages-7 v02 (a Taiwan page): 南崗工業區 is 南投's, no 哈尔滨 南岗区
    text = (
        "南投縣長許淑華（左）與國土署總工程司游源順（右）出席福崗路西延動土典禮。\n\n"
        "從國道3號下交流道，行經南投市區至南崗工業區、旺來產業園區，以往都必須繞道而行。"
    )
    assert "南崗" not in _places(nlp, text) and "南岗" not in _places(nlp, text)


def test_an_ordinary_word_before_a_kind_of_zone_stays_out(nlp):
    # real-pages-12 k04: 合作 (合作市's form) in "合作示范区" is no place: 示范区 is no zone head here
    text = "利用该县人口红利和良好的营商环境,聚力打造苏陕扶贫合作示范区和产业转移承接聚集区。"
    assert "合作" not in _places(nlp, text)


def test_a_county_short_form_after_another_province_is_no_county(nlp):
    # (session 33, s33-placerec2) a province's short form before the county's: a park of that
    # province read whole, no county of another province placed in it
    text = "山西某某食品工业园项目正式开工,浙江灵丘工业园区同日签约。"
    assert ("灵丘", "浙江") not in located_pairs(nlp, text)
    assert "灵丘" not in _places(nlp, text)


def test_a_company_inside_an_event_keeps_the_place_that_opens_both(nlp):
    # (session 33, s33-placerec2) the event's name opens with a county, so does the company's:
    # the event's place no longer hides the company (it did before, with or without 县)
    text = "县领导出席了广灵县御鑫隆再生资源有限公司项目开工建设现场会。"
    assert ("广灵县御鑫隆再生资源有限公司", "广灵县") in located_pairs(nlp, text)
    mentions, _ = normed_mentions_and_facts(nlp, text)
    assert ("ORG", "广灵县") not in mentions
