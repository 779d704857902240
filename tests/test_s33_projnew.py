"""Session 33 (s33-projnew): list items that the list itself says are projects, though no head word ends them.

"投资8550万元的|甲乙整村推进|、投资1.5亿元的|丙丁冶炼二期|…": each item opens with its own investment;
"…举行,|甲乙智能建造、丙丁热储一体化、戊己清洁能源|三个项目|开工": a count of as many projects closes a list
that opens a clause (:mod:`kg.nlp.entities.amount_lists`). A single amount, a count that is not the items'
number, or items that are places are no such list. Sentences written with placeholder names.
"""

from __future__ import annotations

from kg.nlp.document import analyse_document


def _labels(nlp, text: str) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for m in analyse_document(nlp, "t.txt", text).mentions:
        out.setdefault(m.text, set()).add(m.label)
    return out


def test_items_each_with_its_investment_are_projects(nlp):
    text = (
        "截至目前,投资8550万元的2011年某某整村推进、投资2791万元的某某沟防洪治理工程等5个项目已完工,"
        "投资1.49亿元的2012年某某易地搬迁、投资1.5亿元的某某冶炼密闭电石矿热炉二期等11个正在做复工准备。"
    )
    labels = _labels(nlp, text)
    assert "PROJECT" in labels["2011年某某整村推进"]
    assert "PROJECT" in labels["2012年某某易地搬迁"]
    assert "PROJECT" in labels["某某冶炼密闭电石矿热炉二期"]


def test_items_joined_by_he_before_the_next_amount(nlp):
    text = "签约投资1.5亿元的某某科技电子和投资6000万元的某甲乙美2个项目,新增固定资产投资3亿元。"
    labels = _labels(nlp, text)
    assert "PROJECT" in labels["某甲乙美"]


def test_one_amount_alone_is_no_list(nlp):
    text = "双方达成投资20亿元的协议,将建设生产厂房。"
    assert not any("PROJECT" in v for v in _labels(nlp, text).values())


def test_a_count_of_as_many_projects_closes_a_list_of_projects(nlp):
    text = (
        "重大项目集中开工仪式在某某新兴产业园举行,某甲钢构高端智能建造、某乙光电热储一体化、"
        "某丙石墨烯清洁能源三个项目开工建设。"
    )
    labels = _labels(nlp, text)
    for name in ("某甲钢构高端智能建造", "某乙光电热储一体化", "某丙石墨烯清洁能源"):
        assert "PROJECT" in labels[name]


def test_a_count_that_is_not_the_items_number_adds_nothing(nlp):
    text = "仪式在某某产业园举行,某甲钢构高端智能建造、某乙光电热储一体化四个项目开工建设。"
    labels = _labels(nlp, text)
    assert "PROJECT" not in labels.get("某甲钢构高端智能建造", set())


def test_places_counted_are_no_projects(nlp):
    text = "会上,某区分别与北京、青岛、上海、南京等5个城市的企业签约项目22个。"
    labels = _labels(nlp, text)
    assert "PROJECT" not in labels.get("北京", set())
    assert "PROJECT" not in labels.get("青岛", set())
