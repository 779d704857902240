"""``located_in`` kinds of session 28 (s28-loc3: misses where both ends are found), on sentences
of the tuning pages:

- 在 PLACE <building> PROJECT (``built_at``): the verb 打造 (real-pages-29 e10), an amount invested
  standing for the verb ("在某开发区总投资2380万美元的|某项目", -31 s06), and a bare name the
  tagger called a place, no level and no head word, in the frame "在X投资建设(的)|PROJECT" (-31 s09
  金山, -32 t09 察右后旗);
- the projects named in a ceremony a place holds (``ceremony_host``): "某县举行|某项目签约仪式"
  (-32 t12), "在某开发区举行|某产业园项目集中开工仪式" (-28 d04), and at a ground-breaking the
  firms and parks it names too (-2 q08).
"""

from __future__ import annotations

from conftest import located_pairs


def test_a_project_made_in_a_place_with_daza_is_there(nlp):
    # real-pages-29 e10: 打造 was no build_at verb
    got = located_pairs(nlp, "衢商企业浙江广胜集团,投资6.2亿元,拟在衢江区打造46兆瓦“农光互补”光伏发电项目。")
    assert ("46兆瓦“农光互补”光伏发电项目", "衢江区") in got


def test_an_amount_invested_in_a_zone_places_the_project_after_it(nlp):
    # real-pages-31 s06
    got = located_pairs(
        nlp,
        "据悉,我市签约的13只项目中最大的投资项目为香港华孚集团在上虞经济开发区总投资2380万美元的纺织印染项目,"
        "其中港商出资为1000万美元。",
    )
    assert ("纺织印染项目", "上虞经济开发区") in got
    assert ("香港华孚集团", "上虞经济开发区") in got  # the company investing there, as before


def test_a_bare_place_in_the_frame_of_investing_places_the_project(nlp):
    # real-pages-31 s09 (金山) and -32 t09 (察右后旗): no level or head word the view knows
    got = located_pairs(nlp, "近日,如意航空计划在金山投资建设CH2000无人机研发制造项目,并参加了市政府举行的签约仪式。")
    assert ("CH2000无人机研发制造项目", "金山") in got
    got = located_pairs(nlp, "内蒙古草原和牛公司在察右后旗投资建设的和牛养殖项目相继开工建设。")
    assert ("和牛养殖项目", "察右后旗") in got
    assert ("内蒙古草原和牛公司", "察右后旗") not in got  # the bare frame places the project only


def test_a_county_holding_a_signing_ceremony_has_its_project(nlp):
    # real-pages-32 t12
    got = located_pairs(nlp, "8月19日,紫金县举行紫城工业园公共服务区建设项目签约仪式。")
    assert ("紫城工业园公共服务区建设项目", "紫金县") in got


def test_a_ground_breaking_held_in_a_zone_places_the_park_project(nlp):
    # real-pages-28 d04
    got = located_pairs(
        nlp, "我市在潍坊滨海经济技术开发区举行昌邑(滨海)特色产业园项目集中开工仪式,潍坊市政府副市长出席。"
    )
    assert ("昌邑(滨海)特色产业园项目", "潍坊滨海经济技术开发区") in got


def test_a_zones_ground_breaking_places_the_firms_and_parks_it_names(nlp):
    # real-pages-2 q08
    got = located_pairs(
        nlp,
        "9月26日,松原经济技术开发区隆重举行了吉林盼盼食品工业园暨松原中国粮食城、乐隆隆食品、婴舒宝婴童用品、"
        "冠达星家居、腾辉包装项目和LNG项目开工奠基仪式。",
    )
    for head in ("吉林盼盼食品工业园", "乐隆隆食品", "冠达星家居"):
        assert (head, "松原经济技术开发区") in got
    # a place opening a name inside the ceremony's name is that name's part, not a thing in the zone
    assert ("松原", "松原经济技术开发区") not in got
