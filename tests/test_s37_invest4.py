"""Session 37 (s37-invest4): a county or a zone that opens a firm's name inside its project's name.

"某县|某某有限公司…项目", "某某经济区|某某集团…项目": the place says where the plant stands; the golds name
the firm, and most often its project, from the firm's own word. A firm or project chosen on its own
already gets that name (``without_place``, an alias of its entity); the firm read only as the
opening of its project's name did not, nor did its project when a park opened the firm
(:mod:`kg.nlp.entities.prefixes`, :mod:`kg.nlp.relations.located_in_names`). The firms below are
placeholders; the counties are real ones so that the gazetteer reads them.
"""

from __future__ import annotations

from kg.nlp.document import analyse_document


def _names(nlp, text: str, label: str) -> dict[str, str | None]:
    return {
        m.text: m.attrs.get("without_place") for m in analyse_document(nlp, "t.txt", text).mentions if m.label == label
    }


def test_a_county_before_a_firm_inside_its_project(nlp):
    text = (
        "县委书记王某一行先后察看了灵丘县晟泰新材料有限公司年产5万吨新型建材项目、"
        "武乡县丰禾农业开发有限公司食用菌深加工项目。"
    )
    orgs, projects = _names(nlp, text, "ORG"), _names(nlp, text, "PROJECT")
    assert orgs["灵丘县晟泰新材料有限公司"] == "晟泰新材料有限公司"
    assert orgs["武乡县丰禾农业开发有限公司"] == "丰禾农业开发有限公司"
    assert projects["灵丘县晟泰新材料有限公司年产5万吨新型建材项目"] == "晟泰新材料有限公司年产5万吨新型建材项目"


def test_a_zone_before_a_firm_names_its_project_from_the_firm(nlp):
    text = "考察组一行先后对辽河经济区晟泰集团工业地产项目进行了实地调研。"
    assert _names(nlp, text, "ORG")["辽河经济区晟泰集团"] == "晟泰集团"
    assert _names(nlp, text, "PROJECT")["辽河经济区晟泰集团工业地产项目"] == "晟泰集团工业地产项目"


def test_a_firm_with_no_place_before_it_keeps_its_name(nlp):
    text = "县委书记王某一行察看了晟泰新材料有限公司年产5万吨新型建材项目。"
    assert not any(_names(nlp, text, "PROJECT").values())
    assert not any(_names(nlp, text, "ORG").values())


def test_a_generic_body_after_a_county_keeps_its_county(nlp):
    # "某县|人民医院" is no name without its county (as for a hospital named on its own)
    text = "县委书记王某一行察看了武乡县人民医院迁建项目。"
    assert "人民医院" not in _names(nlp, text, "ORG").values()
    assert "人民医院迁建项目" not in _names(nlp, text, "PROJECT").values()


def test_a_project_the_zone_opens_without_a_firm_keeps_its_name(nlp):
    # a park building its own works, no firm: no firm's name to give it
    text = "考察组一行先后对辽河经济区基础设施提质扩容工程进行了实地调研。"
    assert not any(_names(nlp, text, "PROJECT").values())
