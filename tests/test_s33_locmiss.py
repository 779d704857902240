"""``located_in`` missed at session 33's start (s33-locmiss): what a sentence about one county of
the paper's city places is in that county, not only in the city (``home_city`` gave the city:
"灵武市集中推进A项目、B项目…" on a page whose 我市 is 银川市; "与东河区签约X项目" under 包头).
The county must be named on its own before the item; a county opening another item's name is
that item's place only. Sentences written with placeholder names (某某) after real-pages-44 bf08
and -41 bc11.
"""

from __future__ import annotations

from conftest import located_pairs


def _located(nlp, text: str, home_city: str) -> set[tuple[str, str]]:
    return located_pairs(nlp, text, home_city, admin_names=True)


def test_a_county_opening_the_sentence_holds_its_list(nlp):
    got = _located(
        nlp,
        "进入9月,渠县集中推进某某新材料有限公司生产基地项目、某某智能装备产业园项目等21个新开工项目,"
        "我市新增总投资176亿元。",
        "达州市",
    )
    assert ("某某新材料有限公司生产基地项目", "渠县") in got
    assert ("某某智能装备产业园项目", "渠县") in got
    assert ("某某新材料有限公司生产基地项目", "达州市") not in got


def test_a_project_signed_with_a_county_is_in_the_county(nlp):
    got = _located(
        nlp,
        "今年以来,我市新开工项目42个。某某轻合金科技股份有限公司总经理表示,"
        "这次与通江县签约汽车用铝型材研发生产项目,将建设专用型材生产基地。",
        "巴中市",
    )
    assert ("汽车用铝型材研发生产项目", "通江县") in got
    assert ("汽车用铝型材研发生产项目", "巴中市") not in got


def test_a_county_inside_another_name_or_after_the_item_leaves_it_in_the_city(nlp):
    got = _located(
        nlp,
        "今年以来,我市集中推进某某新材料有限公司生产基地项目、平昌县某某智能装备产业园项目等21个新开工项目。",
        "巴中市",
    )
    assert ("某某新材料有限公司生产基地项目", "巴中市") in got
    assert ("某某新材料有限公司生产基地项目", "平昌县") not in got
    got = _located(nlp, "我市今年开工的某某食品有限公司生产线项目,将带动平昌县农户增收。", "巴中市")
    assert ("某某食品有限公司生产线项目", "巴中市") in got
    assert ("某某食品有限公司生产线项目", "平昌县") not in got
