"""Session 32 (s32-projlists): the items of a list of projects that kg never proposed.

Two pieces of the list reading (:mod:`kg.nlp.project_lists`) were missing. The head words read a list
with their own projects only, so an item that only the learned tagger knew as a project did not count
towards the list's known half ("签约光伏新材料產業園、光伏支架制造及數智物流平臺(learned)、乳業產業園等90個
項目": :mod:`kg.nlp.entities.learned_list_items` reads the lists again with every source's projects), and
a counted list whose first piece opens with a verb the openers do not hold lost its first item, though a
known project ends it. And an item written with a quoted word, a "+" or a space inside a figure was
refused as "no name" ("“四好農村路”建設項目", "40萬千瓦光熱+360萬千瓦光伏發電"). Sentences quoted from
tuning pages.
"""

from __future__ import annotations

from kg.nlp.document import analyse_document


def _labels(nlp, text: str) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for m in analyse_document(nlp, "t.txt", text).mentions:
        out.setdefault(m.text, set()).add(m.label)
    return out


def test_an_item_beside_a_project_the_tagger_found_is_a_project(nlp):
    # real-pages-13 m05 (光伏支架制造及數智物流平臺 is the learned tagger's project)
    text = (
        "12月11日,銀川市舉行產業招商暨金融助力實體經濟集中簽約大會,共簽約光伏新材料產業園、"
        "光伏支架制造及數智物流平臺、乳業產業園等90個重點產業項目,簽約總金額503.3億元。"
    )
    assert _labels(nlp, text).get("乳業產業園") == {"PROJECT"}


def test_a_generic_item_of_a_counted_list_of_projects_is_a_project(nlp):
    # real-proj q23
    text = "同时开工的还有县城停车场建设、老旧小区改造、梅花鹿养殖加工园区等项目,这些项目的实施,能更好改善民生。"
    assert _labels(nlp, text).get("老旧小区改造") == {"PROJECT"}


def test_the_first_item_after_an_unlisted_verb_is_the_known_project(nlp):
    # real-proj2 r12: 建设 opens no list, but 国家青少年滑雪训练基地 is a project and the list has three items
    text = (
        "在北大湖滑雪度假区整体开发项目战略合作中建设国家青少年滑雪训练基地、"
        "冰雪产业人才孵化研学教育基地与设备研发中心、四季文旅综合体等9个项目。"
    )
    labels = _labels(nlp, text)
    assert labels.get("四季文旅综合体") == {"PROJECT"}
    assert "中建设国家青少年滑雪训练基地" not in labels


def test_a_quoted_item_of_a_list_of_projects_is_a_project(nlp):
    # real-pages-40 bb07
    text = (
        "陽城縣十項重點工程包括陽禮互通立交項目、陽城縣客運中心和公交場站項目、"
        "澳洲淡水小龍蝦育苗基地暨泉水小龍蝦産業集群項目、“四好農村路”建設項目、西北幹渠供水工程、"
        "山西瑞亞力體外診斷生化試劑項目、皇城相府蜂蜜果酒擴建工程項目。"
    )
    assert _labels(nlp, text).get("“四好農村路”建設項目") == {"PROJECT"}


def test_two_works_joined_by_a_plus_are_one_item(nlp):
    # real-pages-33 u04
    text = (
        "三季度計劃新開工建設新疆中泰新材料股份有限公司資源化綜合利用制甲醇升級示范、新疆睿澤紡織50萬錠棉紡紗、"
        "40萬千瓦光熱+360萬千瓦光伏發電等重大項目。"
    )
    assert _labels(nlp, text).get("40萬千瓦光熱+360萬千瓦光伏發電") == {"PROJECT"}


def test_a_quote_cut_by_its_own_marks_is_one_item(nlp):
    # real-place2 p12: "“万、千、百、十”" is one quoted word cut by its own 、, not four items
    text = (
        "本次集中开工的22个重大项目,包括:顺蓬营一级公路蓬安段建设项目、凤凰生态公园提档升级建设项目、"
        "相如湖国家旅游度假区游客接待中心、漫滩湿地公园提升及防洪堤柔化建设项目、嘉陵江水上游乐、"
        "百牛渡江景区节点建设项目、城西幼儿园和相如二小建设项目、工业技改升级扩能项目、"
        "广东镱发不锈钢设备制造及不锈钢制品生产项目、“万、千、百、十”脱贫攻坚项目等,总投资69.3亿元。"
    )
    labels = _labels(nlp, text)
    assert not any(name.startswith(("千", "十”", "“万")) and "PROJECT" in ls for name, ls in labels.items())
    assert "PROJECT" not in labels.get("百", set())
    assert labels.get("百牛渡江景区节点建设项目") == {"PROJECT"}
    # read as one item, the quote leaves the known projects their half: the list's other items are projects
    assert labels.get("嘉陵江水上游乐") == {"PROJECT"}
