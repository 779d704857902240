"""``located_in`` kinds of session 31 (s31-locin: false facts), on sentences of the tuning pages:

- a government body opening a project's name stays placed (real-pages-15 g08). (The branch's
  guard against placing a facility that opens a project's name was taken out at the merge: the
  golds split on such facilities, and it dropped as many facts right by reading as false ones;
  benchmarks/audits/s31-locin/README.md, "Merge".)
- the paper's city (``home_city``) is no place of a name that opens with a finer place of the
  city, a park or zone: "市工业园区某某项目", "三江口新区进港公路Ⅱ标项目" (real-pages-19 k08),
  "甘河园区某某公司项目" (real-pages-14 n11).
"""

from __future__ import annotations

from conftest import located_pairs

from kg.nlp.document import analyse_document


def test_a_government_opening_a_projects_name_stays_placed(nlp):
    # real-pages-15 g08: a party to the agreement the "project" names, placed by its prefix (GUIDE)
    got = located_pairs(
        nlp,
        "签约的有琼海官塘温泉医疗康养中心项目、博鳌基金总部基地项目、琼海市人民政府与中关村股权投资协会"
        "深化战略合作框架协议等3个项目,签约金额为38亿元。",
    )
    assert ("琼海市人民政府", "琼海市") in got


_CITY = "来宾市召开重点项目推进会。来宾市今年新开工项目42个。"


def _home_city_facts(nlp, text: str) -> set[tuple[str, str]]:
    res = analyse_document(nlp, "d.txt", text)
    return {
        (res.mentions[r.head].text, res.mentions[r.tail].text)
        for r in res.relations
        if r.type == "located_in" and r.tail is not None and r.rule == "home_city"
    }


def test_the_papers_city_is_no_place_of_a_name_opened_by_a_park_of_it(nlp):
    # real-pages-19 k08: the golds place these in the park their names open with
    text = _CITY + (
        "我市集中开工的13个项目中,园区基础设施项目3个,分别是市工业园区高性能木质重组材料产业园标准厂房"
        "项目二期工程、三江口新区进港公路Ⅱ标项目、桑宜铝业有限公司年产10万吨铝精深加工产业项目。"
    )
    heads = {h for h, _ in _home_city_facts(nlp, text)}
    assert "三江口新区进港公路Ⅱ标项目" not in heads
    assert "市工业园区高性能木质重组材料产业园标准厂房项目二期工程" not in heads
    # a firm's project with no finer place in its name is still the city's
    assert "桑宜铝业有限公司年产10万吨铝精深加工产业项目" in heads
