"""``located_in`` false facts of session 30 (s30-locfp), on sentences of the tuning pages:

- the paper's own city is not placed in a province its sentence names apart, not as a chain
  (``divisions_in_sentence``: real-pages-38 p09, -36 x11, -21 m12), nor in one a joiner lists
  beside it ("四川、眉山", -27 c11); a written chain still places it ("江苏常熟、张家港", -11 z12);
- a project whose name opens with a road, railway or square is not placed in it (``place_prefix``:
  real-pages-37 a05, -20 l04, -14 n02); a hotel on a street (the seeds) and a project in a park
  (real-place2 p12) still are.
"""

from __future__ import annotations

from conftest import located_pairs

from kg.ingest import segment_document
from kg.nlp.pipeline import analyse_article


def _located(nlp, text: str, home_city: str) -> set[tuple[str, str]]:
    """``(head, tail)`` as written of the ``located_in`` facts of one article of a paper of ``home_city``."""
    (art,) = segment_document("t.txt", text)
    doc = analyse_article(nlp, art, home_city=home_city)
    ms = doc._.mentions
    return {
        (art.text[ms[r.head].start : ms[r.head].end], art.text[ms[r.tail].start : ms[r.tail].end])
        for r in doc._.relations
        if r.type == "located_in"
    }


def test_the_papers_city_is_not_placed_in_a_province_named_apart(nlp):
    # real-pages-38 p09: the province is the channel's, the city holds the meeting
    text = (
        "國際在線遼寧頻道消息(王巍):春節假期後,阜新市召開了營商環境建設暨重點項目啟動動員大會,"
        "發出開年即開戰、開戰即決戰的動員令。"
    )
    got = _located(nlp, text, "阜新市")
    assert not any(h == "阜新市" for h, _t in got), got


def test_the_papers_city_watching_a_provincial_ceremony_is_not_placed_in_the_province(nlp):
    # real-pages-36 x11
    text = (
        "4月7日上午,鶴崗市在中國五礦雲山石墨項目現場設分會場,收聽收看黑龍江省2023年高品質發展重點項目"
        "集中開工儀式實況,舉行全市2023年高品質發展重點項目集中開工儀式,全市49個重點項目與黑龍江省同步集中開工。"
    )
    got = _located(nlp, text, "鹤岗市")
    # (the text is read in simplified characters)
    assert ("鹤岗市", "黑龙江省") not in got, got
    assert ("中国五矿云山石墨项目", "鹤岗市") in got


def test_a_province_listed_beside_a_city_is_no_chain(nlp):
    # real-pages-27 c11: "四川、眉山" lists two places as peers
    got = _located(nlp, "希望企业家朋友继续关心支持四川、眉山的经济合作工作。", "眉山市")
    assert ("眉山", "四川") not in got


def test_a_written_chain_of_province_and_cities_still_places_them(nlp):
    # real-pages-11 z12: the city is written right after its province
    got = located_pairs(nlp, "位居全国百强县前列的江苏常熟、张家港两市的党政主要领导发生变动。")
    assert ("常熟", "江苏") in got


def test_a_project_opening_with_a_road_or_square_is_not_placed_in_it(nlp):
    # real-pages-37 a05
    text = (
        "当天集中开工的北区雨水排放工程,银西铁路庆阳站站前广场及交通枢纽项目,"
        "东区污水处理厂尾水排放及兰州东路雨水排放工程,城市生活垃圾填埋场改建工程等15个重点项目,总投资22.7亿元。"
    )
    got = located_pairs(nlp, text)
    assert not any(t.endswith(("兰州东路", "站前广场")) for _h, t in got), got
    # real-pages-20 l04
    text = "9月15日上午,农安县举行2023年秋季项目集中开工暨中宏广场商业综合体项目建设启动仪式。"
    got = located_pairs(nlp, text)
    assert not any(t == "中宏广场" for _h, t in got), got
    # real-place2 p12: a road's section
    text = "本次集中开工的22个重大项目,包括:顺蓬营一级公路蓬安段建设项目、凤凰生态公园提档升级建设项目等。"
    assert not any(t == "顺蓬营一级公路" for _h, t in located_pairs(nlp, text))


def test_a_hotel_on_a_street_and_a_project_in_a_park_are_still_placed(nlp):
    # seeds 000: an ORG on the street is there
    got = located_pairs(nlp, "6月28日，记者在兴平街丽芮酒店东侧看到，大量砂石物随意堆放在非机动车道上。")
    assert ("丽芮酒店", "兴平街") in got or ("兴平街丽芮酒店", "兴平街") in got, got
    # real-place2 p12: a park's project lies in the park
    text = (
        "本次集中开工的22个重大项目,包括:顺蓬营一级公路蓬安段建设项目、凤凰生态公园提档升级建设项目、"
        "相如湖国家旅游度假区游客接待中心等。"
    )
    got = located_pairs(nlp, text)
    assert ("凤凰生态公园提档升级建设项目", "凤凰生态公园") in got, got
