"""Session 36 (s36-proj4): a project's name runs on over an earlier head word where the words after it
alone are refused ("某某研发基地|示范项目", "某某棚户区改造项目|安置区工程", "某某公司20万吨工程|结构板材项目":
:mod:`kg.nlp.entities.over_heads`), and a production line is a thing "建设工程" builds ("某某生产线|建设工程",
``[project] built_ends``). A class, a count or a generic whole stays refused, and so does a run over an
event's join. Sentences written with made-up names.
"""

from __future__ import annotations

from conftest import project_names


def test_a_name_runs_on_over_an_earlier_head(nlp):
    text = "调研中,市领导先后来到禾丰卫材公司国家级无纺新材料研发基地示范项目、青禾石化集团项目现场。"
    names = project_names(nlp, text)
    assert "禾丰卫材公司国家级无纺新材料研发基地示范项目" in names
    assert "禾丰卫材公司国家级无纺新材料研发基地" not in names


def test_a_second_works_of_a_named_project(nlp):
    text = "签约仪式在青湖片区(一期)棚户区改造项目安置区工程现场举行。"
    assert "青湖片区(一期)棚户区改造项目安置区工程" in project_names(nlp, text)


def test_a_product_after_a_capacity_works(nlp):
    text = "由两家公司共同出资成立的禾丰新材公司20万吨工程结构板材项目,由某某集团投资建设。"
    assert "禾丰新材公司20万吨工程结构板材项目" in project_names(nlp, text)


def test_a_production_line_is_built(nlp):
    text = "8月18日上午,青禾建材股份有限公司日产3000吨水泥熟料生产线建设工程开工。"
    assert "青禾建材股份有限公司日产3000吨水泥熟料生产线建设工程" in project_names(nlp, text)


def test_a_class_a_generic_whole_or_an_event_stays_refused(nlp):
    assert project_names(nlp, "该项目土建工程及设备订购已完成。") == set()
    names = project_names(nlp, "禾丰市第二届云招商项目洽谈会暨项目云签约仪式举行。")
    assert not any(n.endswith("暨项目") for n in names)
    names = project_names(nlp, "作为禾丰市“一瓶水”工程重点项目,青禾饮品(湖北)生产基地项目开工。")
    assert not any(n.endswith("工程重点项目") for n in names)


def test_a_batch_of_an_earlier_names_projects_is_no_one_project(nlp):
    names = project_names(nlp, "禾丰市青湖工业园区低碳产业基地首批项目签约仪式举行,5家企业成功签约。")
    assert not any(n.endswith("首批项目") for n in names)
