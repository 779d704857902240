"""Parks named by their trade alone (session 32, s32-zones): "新材料产业园", "盐化产业园",
"绿色建材产业园" hold only common words before their head, so the entity stage's ``unspecific``
guard refused them; a county has one such park per trade, and the golds name them
(``["PLACE", "PROJECT"]``). ``kg/nlp/entities/head_stands.py``'s ``trade_park`` lets them stand
where the name opens after punctuation or a preposition, follows a park or a work in a "、" list,
holds no class word and no project's head follows it.
"""

from __future__ import annotations

from conftest import normed_names as _names


def test_a_park_named_by_its_trade_after_a_preposition(nlp):
    # real-pages-21 m03 (兰格钢铁网, 江阴)
    names = _names(nlp, "该项目总投资超37亿元,本月正式投产,将带动聚酯产业在新材料产业园的链式发展。")
    assert "新材料产业园" in names


def test_a_trade_park_listed_after_parks(nlp):
    # real-loc l13 (荆楚网论坛, 应城)
    names = _names(nlp, "服务应城经济开发区、城中民营工业园、赛孚工业园、盐化产业园等重点园区企业生产、项目开工。")
    assert "盐化产业园" in names
    # real-loc l04 (liveol.net, 安平; traditional)
    names = _names(nlp, "高標準建成了綠色建材產業園、華融環保產業園等園中園。")
    assert "绿色建材产业园" in names


def test_a_list_of_products_makes_no_parks(nlp):
    # real-pages-19 k04: products listed with a park (gold-optional); neither the park nor the
    # products are read as projects
    names = _names(
        nlp,
        "共达成磷酸铁锂电池、涡流纺、新能源特种车、现代地板产业园、纤维染色和无纺布、单晶硅切片等总投资192亿元的8个生产项目和投资意向。",
    )
    assert not names & {"现代地板产业园", "涡流纺", "新能源特种车", "单晶硅切片"}


def test_the_end_of_a_longer_name_or_a_class_is_no_park(nlp):
    # real-pages-35 w07: the park's name opens with a firm's; its trade end alone is no name
    names = _names(nlp, "现场,硕博投资生物医养产业园、华润电力风电光伏项目、中核汇能风电项目等16个招商引资重点项目。")
    assert "生物医养产业园" not in names
    # real-amount a09: a target, no park
    names = _names(nlp, "为我县打造百亿产值电力能源产业园迈出了坚实的一步。")
    assert not any(n.endswith("电力能源产业园") for n in names)
