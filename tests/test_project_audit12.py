"""Projects, session 17 project-forms round of issue 14 (benchmarks/audits/s17-projforms): one
project named by its firm's short name and by the firm's full name with its capacity, and what a
named project is said to be across commas.

A list names a project by the firm's short name and its product ("某某胶合板项目"), the text later in
full ("某某木业有限公司年产18万立方米胶合板项目"): one project (real-pages-7, and 2 pages of 2 sites of the
audit's A: a group's word, a capacity left out). A copula after a named project opens a description
that 的 closes, across commas ("某某项目，是填补…空白，促进…发展的|延链补链项目"): the description is
no second project (real-pages-6, real-pages-7, 1 page of A). Sentences of the kind, names invented."""

from __future__ import annotations

from conftest import invested_amounts as amounts
from conftest import recognised

from kg.nlp.document import analyse_document
from kg.resolve.document import document_keys


def projects(text: str) -> set[str]:
    return recognised(text, "PROJECT")


def project_units(nlp, text: str) -> list[set[str]]:
    dk = document_keys(analyse_document(nlp, "d.txt", text))
    return [set(u.names) for u in dk.units if u.type == "PROJECT"]


def test_a_firms_short_name_and_its_full_name_with_the_capacity_are_one_project(nlp):
    text = (
        "我宣布,青禾博物馆项目、广东榕森胶合板项目顺利开工。"
        "其中广东榕森木业有限公司年产12万立方米胶合板项目总投资3亿元。"
    )
    units = project_units(nlp, text)
    assert {"广东榕森胶合板项目", "广东榕森木业有限公司年产12万立方米胶合板项目"} in [
        u & {"广东榕森胶合板项目", "广东榕森木业有限公司年产12万立方米胶合板项目"} for u in units
    ]
    assert len(units) == 2


def test_a_groups_word_or_a_capacity_left_out_names_the_same_project(nlp):
    units = project_units(nlp, "拟在某地投资建设澜川生物产业园项目,项目暂定名为澜川集团生物产业园项目。")
    assert any({"澜川生物产业园项目", "澜川集团生物产业园项目"} <= u for u in units)
    units = project_units(nlp, "石岭湾奶牛养殖区项目启动。石岭湾8万头奶牛养殖区项目建成后将新增日产鲜奶1000吨。")
    assert any({"石岭湾奶牛养殖区项目", "石岭湾8万头奶牛养殖区项目"} <= u for u in units)


def test_two_firms_of_one_product_stay_two_projects(nlp):
    text = (
        "开工的有广东榕森木业有限公司年产12万立方米胶合板项目、广东栎丰木业有限公司年产8万立方米胶合板项目,"
        "栎丰胶合板项目总投资2亿元。"
    )
    units = project_units(nlp, text)
    full = [u for u in units if "广东榕森木业有限公司年产12万立方米胶合板项目" in u]
    assert full and "栎丰胶合板项目" not in full[0]


def test_a_short_name_two_full_names_fit_names_neither(nlp):
    text = (
        "开工的有广东榕森木业有限公司年产12万立方米胶合板项目、广东榕森林业有限公司年产6万立方米胶合板项目。"
        "广东榕森胶合板项目总投资2亿元。"
    )
    units = project_units(nlp, text)
    fulls = [
        u
        for u in units
        if u & {"广东榕森木业有限公司年产12万立方米胶合板项目", "广东榕森林业有限公司年产6万立方米胶合板项目"}
    ]
    assert len(fulls) == 2 and not any("广东榕森胶合板项目" in u for u in fulls)


def test_a_description_across_commas_after_a_named_project_is_no_project(nlp):
    text = (
        "投资1亿元的青禾食品工业园项目,是填补方便食品加工空白,促进食品产业协同发展的延链补链项目;"
        "投资0.8亿元的星湖基地二期项目,是文旅融合发展的特色研学旅游项目。"
    )
    found = projects(text)
    assert {"青禾食品工业园项目", "星湖基地二期项目"} <= found
    assert "延链补链项目" not in found and "特色研学旅游项目" not in found
    text = "梧桐县2024年水利项目是为提高青溪河防洪能力而实施的某市重点河道治理项目。项目初步概算总投资5.6亿元。"
    assert not any(name.endswith("重点河道治理项目") for name, _ in amounts(nlp, text))


def test_a_project_named_after_a_figure_or_a_builder_stays():
    assert "丰河智能装备项目" in projects("今年开工的项目中,最大的是总投资50亿元的丰河智能装备项目。")
    assert "丰河物流园项目" in projects("该项目,是由丰河集团投资建设的丰河物流园项目。")
