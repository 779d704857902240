"""``located_in`` through a county pronoun (session 25, s25-loc2; ``county_pronoun``,
kg/nlp/relations/located_pronoun.py), from the general real-pages sets' misses (real-pages-5,
-13, -17: three county sites): the clause of "我县"/"本县"/"该县" that says what stands there
places it in the county the article names:

- "某某项目是我县重点民生项目", "某某是某公司在我县投资建设的第四期项目" (the subject, 是, a
  clause that ends in a project);
- "某某湿地公园位于我县北部";
- "在我县某某街道“某某”改造项目工地举行" (a street and a project written right after the pronoun).

Guards: a partner county ("与我县合作"), a pronoun in another clause than the head, a name that
places itself in another county. The parks, projects, streets and firms are made up.
"""

from __future__ import annotations

from conftest import located_pairs

COUNTY = "岢岚县召开全县重点项目推进会。"


def test_a_project_the_clause_calls_the_countys(nlp):
    got = located_pairs(nlp, COUNTY + "会议指出,青禾智能装备项目是我县重点招商引资项目,群众关注度高。")
    assert ("青禾智能装备项目", "我县") in got


def test_a_project_a_firm_built_in_the_county(nlp):
    got = located_pairs(
        nlp, COUNTY + "恒岚建材是安徽恒岚钢构集团股份有限公司在我县投资建设的第二期项目,计划总投资8亿元。"
    )
    assert ("恒岚建材", "我县") in got


def test_a_reserve_located_in_the_county(nlp):
    got = located_pairs(nlp, COUNTY + "青禾湖国家湿地公园位于我县北部,与邻县接壤。")
    assert ("青禾湖国家湿地公园", "我县") in got


def test_a_street_and_its_project_after_the_pronoun(nlp):
    got = located_pairs(
        nlp, COUNTY + "11月4日,全市项目集中开工分会场开工仪式在我县柳泉街道“三改一拆”改造项目实施工地举行。"
    )
    assert ("柳泉街道", "我县") in got
    assert ("柳泉街道“三改一拆”改造项目", "我县") in got


def test_the_county_named_before_gai_xian(nlp):
    got = located_pairs(nlp, "嵩明县召开招商大会。翠屏山生态旅游项目是该县今年引进的最大项目,计划总投资5亿元。")
    assert ("翠屏山生态旅游项目", "该县") in got


def test_a_partner_county_is_no_site(nlp):
    got = located_pairs(nlp, COUNTY + "青禾智能装备项目是青禾集团与我县合作建设的重点项目,计划总投资3亿元。")
    assert not any(t == "我县" for _h, t in got)


def test_a_pronoun_in_another_clause_places_nothing(nlp):
    got = located_pairs(nlp, COUNTY + "青禾智能装备项目昨日开工,这是我县今年开工的最大项目。")
    assert not any(t == "我县" for _h, t in got)


def test_a_name_that_places_itself_elsewhere(nlp):
    # (岢岚县 named twice: the article's county is no tie with the one the name carries)
    got = located_pairs(nlp, COUNTY + "岢岚县各乡镇参会。嵩明县青禾食品加工项目是我县企业在外地投资的重点项目。")
    assert ("嵩明县青禾食品加工项目", "我县") not in got
