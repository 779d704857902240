"""Session 28 (s28-proj2): a zone written before a firm that opens with its own province or city.

"高新区|陕西某某有限公司…项目", "某某矿区|承德某某有限公司…项目", "某某园区|青海某某有限公司项目": the zone says where
the plant stands; the golds name the firm and its project from the firm (real-pages-14 n11, -30 r05,
-32 t08, real-proj2 r02). The mention keeps its span (the zone is still the place it lies in) and
is named from the firm too (``without_place``: :mod:`kg.nlp.entities.zone_firms`). A zone before a
firm with no place of its own (real-pages-19 k08) and a county that opens a zone's name stay as
they were. The sentences are quoted from the tuning pages.
"""

from __future__ import annotations

from kg.nlp.document import analyse_document


def _without_place(nlp, text: str, label: str) -> dict[str, str | None]:
    return {
        m.text: m.attrs.get("without_place") for m in analyse_document(nlp, "t.txt", text).mentions if m.label == label
    }


def test_a_park_before_a_provinces_firm_names_its_project_from_the_firm(nlp):
    # real-pages-14 n11 (xndjw.gov.cn)
    names = _without_place(
        nlp, "在甘河园区青海绿衡环保科技有限公司项目施工现场,王卫东认真听取了项目情况汇报。", "PROJECT"
    )
    assert names["甘河园区青海绿衡环保科技有限公司项目"] == "青海绿衡环保科技有限公司项目"


def test_a_mining_district_before_a_citys_firm(nlp):
    # real-pages-32 t08 (cd.hebnews.cn): the firm and its project, both from the firm
    text = (
        "省第二督查组副组长刘大中在市主会场——鹰手营子矿区承德建龙特殊钢有限公司"
        "钒钛新材料超大规格圆坯连铸机项目现场参加集中开工仪式。"
    )
    projects = _without_place(nlp, text, "PROJECT")
    full = "鹰手营子矿区承德建龙特殊钢有限公司钒钛新材料超大规格圆坯连铸机项目"
    assert projects[full] == "承德建龙特殊钢有限公司钒钛新材料超大规格圆坯连铸机项目"
    assert _without_place(nlp, text, "ORG")["鹰手营子矿区承德建龙特殊钢有限公司"] == "承德建龙特殊钢有限公司"


def test_a_high_tech_zone_before_a_firm_in_traditional_characters(nlp):
    # real-pages-30 r05 (gzjxwh.com): 陜, a variant form t2s leaves, opens the firm's name
    text = "本次項目集中開工儀式在高新區陜西南水汽車配件制造有限公司汽車零配件研發生產項目開工現場舉行。"
    names = _without_place(nlp, text, "PROJECT")
    assert (
        names["高新區陜西南水汽車配件制造有限公司汽車零配件研發生產項目"]
        == "陜西南水汽车配件制造有限公司汽车零配件研发生产项目"  # (the simplified form)
    )


def test_a_firm_with_no_place_of_its_own_keeps_its_reading(nlp):
    # real-pages-19 k08 (365ljcf.com): 华舟 is no province or city; the rule leaves the mention alone
    text = "廣西雅泉酒業公司酒水、飲料制造項目,市工業園區華舟鋁業有限公司年產10萬噸高性能特種合金材料項目,"
    names = _without_place(nlp, text, "PROJECT")
    assert "華舟鋁業有限公司年產10萬噸高性能特種合金材料項目" not in names.values()
