"""``located_in`` kinds of session 22's audit (``benchmarks/audits/s22-loc``).

K1: a project or a park named with a county's short form at its opening is in that county,
though the article names the county nowhere in full ("某固光电产业园" -> 某固, GUIDE.md: the
local county that opens a project's or site's name is scored); not where the short form
opens a longer place ("某江口"), nor a county of another province than the page's.
K2: a division written right before 在 (the doer of the clause) has the places after it ("某县在
A镇、B镇等地同时举行开工仪式"); not a division the gazetteer puts elsewhere.
K3: a company named right after a park and 的 is in the park ("某开发区的X有限公司"); a body
of the park after 的 is not placed so.
Every project, park and town here is made up; the counties are the gazetteer's.
"""

from __future__ import annotations

from conftest import located_pairs


def test_a_park_opened_by_a_county_short_form_is_in_the_county(nlp):
    text = "岚皋富硒茶精深加工产业园建设加快推进,园区已入驻企业12家。"
    assert ("岚皋富硒茶精深加工产业园", "岚皋") in located_pairs(nlp, text)


def test_a_park_opened_by_province_and_county_short_forms_is_in_the_county(nlp):
    text = "近日,陕西汉阴现代农业产业园区管委会组织入园企业开展安全生产培训。"
    assert ("陕西汉阴现代农业产业园区", "汉阴") in located_pairs(nlp, text)


def test_a_short_form_opening_a_longer_place_places_nothing(nlp):
    # (guard) "汉阴口" is a place of its own the short form opens, not the county.
    found = located_pairs(nlp, "汉阴口湿地生态修复项目近日开工建设。")
    assert not {(h, t) for h, t in found if t == "汉阴"}


def test_a_county_of_another_province_than_the_page_is_not_read(nlp):
    # (guard) the page names Guizhou's divisions only: a Shaanxi county's short form opening a
    # project there is no statement of where the project is.
    text = "遵义市播州区近日引进岚皋富硒茶精深加工项目,总投资2亿元。"
    found = located_pairs(nlp, text)
    assert not {(h, t) for h, t in found if t == "岚皋"}


def test_towns_where_a_county_holds_its_ceremonies_are_in_the_county(nlp):
    text = "3月8日上午,汉阴县在青枫镇、白岩镇等地同时举行重点项目集中开工仪式。"
    found = located_pairs(nlp, text)
    assert ("青枫镇", "汉阴县") in found
    assert ("白岩镇", "汉阴县") in found


def test_a_city_elsewhere_where_a_county_does_something_is_not_in_it(nlp):
    # (guard) 西安市 is no place of 汉阴县: the gazetteer puts neither inside the other.
    found = located_pairs(nlp, "汉阴县在西安市举办富硒农产品推介会。")
    assert ("西安市", "汉阴县") not in found


def test_a_company_right_after_a_park_and_de_is_in_the_park(nlp):
    text = "近日,记者走进青岚经济开发区的瑞丰精密机械有限公司,生产线正在满负荷运转。"
    assert ("瑞丰精密机械有限公司", "青岚经济开发区") in located_pairs(nlp, text)


def test_a_parks_body_after_de_is_not_placed_by_the_park(nlp):
    # (guard) only a company is one of the park's firms: the park's own bureau after 的 is a
    # body of the zone's administration, not a firm settled in it.
    found = located_pairs(nlp, "青岚经济开发区的社会事务局局长介绍了情况。")
    assert ("社会事务局", "青岚经济开发区") not in found


def test_a_project_opened_by_a_short_form_on_a_page_naming_no_city_is_not_placed(nlp):
    # (guard) a project's name may open with its company's brand (字号), which may be a
    # county's short form too: without the county's city named on the page, no reading.
    found = located_pairs(nlp, "区委书记一行先后来到汉阴新型智能家居技改项目现场实地察看。")
    assert not {(h, t) for h, t in found if t == "汉阴"}
