"""``located_in`` of a kind that recurs on the pages of session 12's place pool (issue 14, audited
in ``benchmarks/audits/s12-loc``): a 位于 clause whose subject is the company or project named
before it, with a word for its site between ("某公司总部位于…", "该公司新厂区位于…", "…由某公司投资
建设。地址位于…"). Every name here is made up; none is from a page.
"""

from __future__ import annotations

from conftest import located_pairs


def test_a_companys_own_site_after_its_name_places_the_company(nlp):
    assert ("青禾机械有限公司", "柳河高新区") in located_pairs(nlp, "青禾机械有限公司新厂区位于柳河高新区。")
    assert ("明远光电股份有限公司", "白石经济开发区") in located_pairs(
        nlp, "明远光电股份有限公司总部位于白石经济开发区。"
    )


def test_the_company_named_before_is_what_its_sites_clause_speaks_of(nlp):
    text = "明远光电股份有限公司成立于2005年,公司总部位于白石经济开发区二期。"
    assert ("明远光电股份有限公司", "白石经济开发区") in located_pairs(nlp, text)
    text = "青禾食品有限公司去年扩产。据悉,该公司新厂区位于柳河高新区。"
    assert ("青禾食品有限公司", "柳河高新区") in located_pairs(nlp, text)


def test_a_former_site_places_nothing(nlp):
    # 原厂区: where the company was, not where it is
    text = "青禾实业公司,原厂区位于柳河农业区,今年投资进驻白石产业园区。"
    assert not any(h == "青禾实业公司" and t.startswith("柳河") for h, t in located_pairs(nlp, text))


def test_an_address_opening_a_sentence_is_the_address_of_the_project_just_named(nlp):
    text = "第二、新建年产300吨菌菇生产线,由青禾农业有限公司投资建设。地址位于柳河镇新华街8号,投资额900万。"
    assert ("年产300吨菌菇生产线", "柳河镇") in located_pairs(nlp, text)
    text = "一、白石纸品包装项目,由明远纸业有限公司投资建设。地址位于柳河经济开发区东园工业园,总投资2亿元。"
    found = located_pairs(nlp, text)
    assert ("白石纸品包装项目", "东园工业园") in found


def test_an_address_after_a_company_alone_places_no_project_of_another_sentence(nlp):
    # no project is spoken of: the address is left unplaced rather than given to a guess
    assert located_pairs(nlp, "明远公司成立于2010年。地址位于柳河镇。") == set()
