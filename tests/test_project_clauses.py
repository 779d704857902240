"""Projects and their investors as clauses of real pages name them (issue 14, real-proj2): a verb
whose object is the project after the place or the partner, lists of examples after "，如", and
等 closing a list right after an item's head word. Sentences of each kind, no names from any page."""

from __future__ import annotations

from conftest import recognised

from kg.ingest import segment_document
from kg.nlp.pipeline import analyse_article


def projects(text: str) -> set[str]:
    return recognised(text, "PROJECT")


def investors(nlp, text: str) -> set[tuple[str, str]]:
    (art,) = segment_document("t.txt", text)
    doc = analyse_article(nlp, art)
    ms = doc._.mentions

    def name(i: int) -> str:
        return art.text[ms[i].start : ms[i].end]

    return {(name(r.head), name(r.tail)) for r in doc._.relations if r.type == "invests_in"}


def test_a_project_is_the_object_of_investing_at_a_place():
    got = projects("新材料方面，行业企业甲乙精密材料有限公司，在某某市投资高纯金属靶材回收利用技改扩建项目。")
    assert "高纯金属靶材回收利用技改扩建项目" in got
    got = projects("医药方面，丙丁制药有限公司在某某开放试验区投资抗肿瘤药物研发项目；")
    assert "抗肿瘤药物研发项目" in got


def test_a_project_is_the_object_of_a_signing_with_a_place():
    got = projects("农业方面，戊己食品股份有限公司，与某某市签订某某县果蔬精深加工及冷链配送全产业链项目。")
    assert "某某县果蔬精深加工及冷链配送全产业链项目" in got


def test_an_amount_or_a_second_verb_after_investing_opens_no_name():
    # "在某区投资|100亿元建设…": the amount frame names the project, not the words after 投资
    got = projects("庚辛集团计划在新区投资100亿元建设数字产业园项目。")
    assert "数字产业园项目" in got
    assert not any(n.startswith("100亿") for n in got)
    got = projects("公司拟在某某开发区投资建造电动船舶批量化生产制造基地。")
    assert not any(n.startswith("建") for n in got)


def test_the_company_before_the_comma_invests_in_what_it_invests_in_at_a_place(nlp):
    got = investors(nlp, "新材料方面，行业企业甲乙精密材料有限公司，在某某市投资高纯金属靶材回收利用技改扩建项目。")
    assert ("甲乙精密材料有限公司", "高纯金属靶材回收利用技改扩建项目") in got


def test_the_company_that_signs_with_a_place_invests_in_what_it_signs_for(nlp):
    text = "农业方面，龙头企业戊己食品股份有限公司，与某某市签订某某县果蔬精深加工及冷链配送全产业链项目。"
    got = investors(nlp, text)
    assert ("戊己食品股份有限公司", "某某县果蔬精深加工及冷链配送全产业链项目") in got
    # the host of the signing never invests
    got = investors(nlp, "某某县人民政府与庚辛电器有限公司签订智能家电生产基地项目。")
    assert all(head != "某某县人民政府" for head, _ in got)


def test_a_list_of_examples_after_a_comma_names_a_project_in_every_item():
    got = projects(
        "装备制造项目引进成果突出，如甲县乙丙特种车辆和新能源专用车生产项目、丁市戊己再生资源产业园项目、"
        "丁市庚辛环保装备制造基地项目，将为全市产业链发展带来新机遇。"
    )
    assert "甲县乙丙特种车辆和新能源专用车生产项目" in got
    assert "新能源专用车生产项目" not in got


def test_deng_after_a_head_word_closes_the_list():
    got = projects(
        "合作层次高，包括甲区乙丙储能项目、丁区戊己风电场项目、庚区辛壬200兆瓦光伏项目等世界500强企业投资项目3个。"
    )
    assert "庚区辛壬200兆瓦光伏项目" in got
    assert not any("500强" in n for n in got)
    # a name with 等 inside it is not cut
    got = projects("开工项目包括：城南物流园项目、河西风电场项目、江北高等职业教育园区建设项目等3个项目。")
    assert "江北高等职业教育园区建设项目" in got


def test_a_long_place_word_is_a_name_the_tagger_did_not_know():
    from kg.nlp.entities.shapes import _specific
    from kg.nlp.words import Word

    text = "甲乙药谷丙丁生物医药科技产业园项目"
    words = [Word(0, 12, text[:12], "s"), Word(12, 15, "产业园", "n"), Word(15, 17, "项目", "n")]
    assert _specific(text, words, 0, 12)
    # a short place word ("国内", "周边") names nothing
    text = "国内物流园项目"
    assert not _specific(text, [Word(0, 2, "国内", "s"), Word(2, 5, "物流园", "n"), Word(5, 7, "项目", "n")], 0, 5)


def test_a_place_before_a_class_of_projects_names_no_project():
    assert projects("今年1-2月，某城省重点建设项目已完成投资40亿元。") == set()
    assert projects("当天，某某县集中开工项目12个，总投资5亿元。") == set()
    assert projects("本次集中开工项目共45个。") == set()
    # a trade that holds the word stays a project's name
    assert "城东集中供热项目" in projects("其中，城东集中供热项目总投资3亿元。")


def test_a_phase_after_the_head_word_stays_in_a_list_items_name():
    got = projects(
        "集中开工活动中，城南欢乐星球文化科技体验区项目二期工程、天和科技电路板智能设备生产基地项目，"
        "以及城北农产品冷链物流产业园项目顺利动工。"
    )
    assert "城南欢乐星球文化科技体验区项目二期工程" in got
    # in a clause the phase is what happens to the project: the name is the project's
    got = projects("6月10日，城西精铸科技有限公司年产15万吨绿色智能铸造项目一期工程竣工投产。")
    assert "城西精铸科技有限公司年产15万吨绿色智能铸造项目" in got
    assert not any(n.endswith("一期工程") for n in got)


def test_a_factory_in_a_list_of_projects_is_a_project():
    got = projects(
        "目前，城西区已有300个市级重点项目实现开复工;华星宝丰里达工厂、德国某某新能源电驱动系统及电机生产装备基地、"
        "日本某某汽车轻量化产品生产基地等31个项目竣工投产。"
    )
    assert "华星宝丰里达工厂" in got
    # bodies listed as the projects' owners are no projects
    assert projects("包括甲乙食品厂、丙丁酒厂、戊己纸业有限公司等3个项目。") == set()
