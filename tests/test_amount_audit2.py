"""Which earlier sentence's project an amount refers back to, session 14 corpus audit of issue 14
(benchmarks/audits/s14-amount2).

An amount with no project named in its own sentence is carried back to the project an earlier
sentence spoke of. Three shapes of real news where that reference went astray: the amount's
sentence has a subject of its own that the entity stage missed or typed as a place (a park,
a plant area); the earlier sentence is about a name the entity stage missed and places the
project it found after 在 (the site); the earlier sentence is about one project and says what it
is ("A项目是…B基地项目之一"), so 该项目 is A. Sentences of the kinds, names invented."""

from __future__ import annotations

from conftest import invested_amounts as amounts


def test_a_park_that_opens_the_amount_s_sentence_takes_no_earlier_project(nlp):
    text = (
        "建设冷鲜肉分割生产线，建成后年加工生猪50万头。龙湾区石桥镇建设的青山工业园，总投资6000万元，新建两幢标准厂房。"
    )
    assert not any(amount == 60_000_000 for _, amount in amounts(nlp, text))


def test_plant_areas_that_open_the_amount_s_sentence_take_no_earlier_project(nlp):
    text = "年产20GWh储能电池生产线及配套设施项目正式开工。当天，远帆动力六、七、八厂区建成投产，总投资96亿元。"
    assert not any(amount == 9_600_000_000 for _, amount in amounts(nlp, text))


def test_a_park_after_zai_in_the_earlier_sentence_is_where_its_subject_is_built(nlp):
    text = (
        "华北最大的精密铸件工业园9月3日在河口临港产业园区正式开工建设。"
        "该项目由远帆重工集团总投资12亿元建设，主要生产各类精密铸件。"
    )
    assert not any(amount == 1_200_000_000 for _, amount in amounts(nlp, text))


def test_the_project_a_sentence_describes_is_what_gai_xiangmu_refers_to(nlp):
    text = (
        "北岭乡80万千瓦风储项目是北方能源集团落实全区统一部署，在北部地区开发建设的400万千瓦风光基地项目之一。"
        "该项目于今年3月核准，总投资48亿，选址位于北岭乡东部。"
    )
    assert ("北岭乡80万千瓦风储项目", 4_800_000_000) in amounts(nlp, text)


def test_gai_xiangmu_still_refers_back_to_the_project_named_before(nlp):
    text = "青溪文旅综合开发项目正在加紧施工。该项目选址在青溪镇龙潭村，总投资约15亿元。"
    assert ("青溪文旅综合开发项目", 1_500_000_000) in amounts(nlp, text)


def test_a_park_where_the_project_stands_is_no_subject_of_its_own(nlp):
    text = "海岳精密轴承项目近日开工。项目位于东港高新产业园，总投资5亿元，占地120亩。"
    assert ("海岳精密轴承项目", 500_000_000) in amounts(nlp, text)


def test_a_project_that_a_place_describes_is_a_subject_of_its_own(nlp):
    text = (
        "作为全省重点打造的旅游名镇之一，云岭旅游名镇项目一期工程已于5月开工建设。"
        "另外，位于东城区滨河大街的安居家园项目，总投资8600万元，是该市重要的民生项目。"
    )
    found = amounts(nlp, text)
    assert not any(amount == 86_000_000 and name.startswith("云岭") for name, amount in found)
    # since session 28 (s28-proj3: a common-word project name framed by ",总投资…") the subject
    # itself is found and takes its amount
    assert ("安居家园项目", 86_000_000) in found


def test_a_class_word_opening_the_venue_sentence_leaves_the_reference_back(nlp):
    text = (
        "当天举办的重大项目开工活动主会场设在青州市海川新材料年产8万吨碳纤维复合材料项目现场。"
        "该项目总投资28.5亿元，拟建设标准化厂房及附属配套设施。"
    )
    assert ("青州市海川新材料年产8万吨碳纤维复合材料项目", 2_850_000_000) in amounts(nlp, text)


def test_a_year_before_jihua_touzi_is_that_year_s_plan_not_the_total(nlp):
    # "2022年计划投资" is the year's plan (the annual words held 年度/今年, not a year written out)
    text = "青禾县冷链物流中心项目总投资1.2亿元，2022年计划投资5000万元，建设冷库三座。"
    found = amounts(nlp, text)
    assert ("青禾县冷链物流中心项目", 120_000_000) in found
    assert not any(amount == 50_000_000 for _, amount in found)


def test_a_year_before_an_investor_s_touzi_keeps_the_total(nlp):
    # the year the investor put up the total, and a total planned in a year, stay the total
    text = "远帆科技公司2019年投资5亿元建设青禾县智能终端产业园项目。"
    assert any(amount == 500_000_000 for _, amount in amounts(nlp, text))
    text = "青禾县智能终端产业园项目2022年计划总投资3亿元。"
    assert ("青禾县智能终端产业园项目", 300_000_000) in amounts(nlp, text)
