"""Session 31 (s31-proj): what ranks a project in its region opens no name.

"广西最大|水煤浆项目", "中国第一个|长征主题…产业园", "南投市開發首座|微型工業區─旺來產業園區": the name starts
past the ranking (``[project.rank_descriptors]`` in :mod:`kg.nlp.entities.rank_descriptors`); an ordinal
that is part of a name (第一人民医院, 第一小学) stays. Sentences quoted from tuning pages.
"""

from __future__ import annotations

from conftest import invested_amounts

from kg.nlp.document import analyse_document


def _projects(nlp, text: str) -> set[str]:
    return {m.text for m in analyse_document(nlp, "t.txt", text).mentions if m.label == "PROJECT"}


def test_the_largest_in_a_province_opens_no_name(nlp):
    # real-pages-23 f02
    text = (
        "之前,总公司投资4亿元在罗城建设广西最大水煤浆项目已开工,预计投产后,可年产100万吨水煤浆,"
        "每年可实现工业产值11亿元、利税8500万元,能解决500人就业。"
    )
    projects = _projects(nlp, text)
    assert "水煤浆项目" in projects
    assert not any("最大" in p for p in projects)


def test_the_first_in_the_country_opens_no_name(nlp):
    # real-pages-40 bb10
    text = (
        "兴屹文旅发展有限公司总经理周军表示,将在前锋投资16亿元,打造中国第一个长征主题爱国教育科技研学产业园,"
        "弘扬红军长征精神。"
    )
    projects = _projects(nlp, text)
    assert "长征主题爱国教育科技研学产业园" in projects
    assert not any("第一个" in p for p in projects)


def test_an_ordinal_inside_a_hospital_name_stays(nlp):
    # real-pages-20 l05: 第一 is part of the hospital's name, no ranking
    text = (
        "11月30日,甘肃省委常委、兰州市委书记李荣灿率领观摩团,来到华邦建投承建的榆中县教育园区、"
        "榆中县第一人民医院易地搬迁新建项目现场调研。"
    )
    assert "榆中县第一人民医院易地搬迁新建项目" in _projects(nlp, text)


def test_the_amount_goes_to_the_project_after_its_ranking(nlp):
    # real-pages-40 bb10, real-pages-23 f02: the verb after the amount builds the name past the ranking
    bb10 = (
        "兴屹文旅发展有限公司总经理周军表示,将在前锋投资16亿元,打造中国第一个长征主题爱国教育科技研学产业园,"
        "弘扬红军长征精神。"
    )
    assert ("长征主题爱国教育科技研学产业园", 1_600_000_000) in invested_amounts(nlp, bb10)
    f02 = "之前,总公司投资4亿元在罗城建设广西最大水煤浆项目已开工,预计投产后,可年产100万吨水煤浆。"
    assert ("水煤浆项目", 400_000_000) in invested_amounts(nlp, f02)
