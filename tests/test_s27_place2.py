"""Session 27 round 2 (s27-place2): a division's short form that is the whole stem of a road's or
district's name ("台灣|大道", "文昌|商圈", "南京|大排") is no mention of the division
(:mod:`kg.nlp.entities.namesake_roads`); a short form before a road with a stem of its own
("北京|雅宝路") or before another division ("高雄|路竹") still names its place. A division's entity
also carries its short form where no other division has it (:func:`kg.resolve.facts.division_short_name`).

The sentences are from the tuning pages named at each test.
"""

from __future__ import annotations

import json

from conftest import run_kg_build
from test_place_forms import places

from kg.nlp.document import document_setting
from kg.nlp.entities import recognise
from kg.nlp.segmenters import make_segmenter
from kg.nlp.words import words_of


def test_commercial_district_named_after_a_road_is_no_city() -> None:
    # real-pages-14 n02 (Yangzhou: 文昌商圈 is named after its 文昌路, not Hainan's 文昌市)
    found = places(
        "同时,总投资15亿元的三盛置地广场、总投资6亿元的文昌乐都汇购物中心都是大型城市综合体项目,"
        "它们将大大提升邗江路现代商贸中心质态和文昌商圈活力。"
    )
    assert "邗江路" in found
    assert "文昌" not in found


def test_avenue_named_after_taiwan_is_a_road_only() -> None:
    # real-pages-18 j11 (Taichung's 台灣大道; traditional characters). On a Taiwan page (its setting
    # holds Taiwan) the gazetteer reads 台灣 inside the road's word as the province.
    text, context, _ = document_setting(
        "紓解台灣大道龐大車流 盧秀燕:盼了20年「西屯路四段」正式通車\n\n【記者洪春蓮/台中報導】歷經5任縣市長,"
        "串聯台中科學園區與台灣大道、向上路、國道三號龍井交流道的「台中市龍井區中部科學工業園區西南向聯外道路工程」"
        "今(4)日通車。「台中市又一條重要道路完工!」盧市長說,從中部科學工業園區台中園區設立開始。"
    )
    words = words_of(make_segmenter("lac").segment(text))
    found = {(text[c.start : c.end], c.label) for c in recognise(text, words, context)}
    assert ("台湾大道", "PLACE") in found
    assert ("台湾", "PLACE") not in found
    assert ("台中市", "PLACE") in found


def test_drainage_channel_named_after_a_road_is_no_city() -> None:
    # real-pages-26 b03 (Taitung: 南京大排, a drainage channel, no 南京市)
    found = places("縣府也針對林北路、體育場周邊易淹水問題進行改善，導流水量至南京大排。")
    assert "南京" not in found


def test_city_before_a_road_with_a_name_of_its_own_stays() -> None:
    # real-pages-32 t09: 北京 before 雅宝路 is the city the road lies in
    found = places("商贸物流方面,北京雅宝路市场向该市转移取得重大突破,雅宝路商城目前共入驻外贸商户167户。")
    assert "北京" in found


def test_city_before_a_district_whose_name_starts_with_a_road_head_stays() -> None:
    # real-pages-16 h07: "高雄|路竹" is the city and its district 路竹, no road
    found = places("從北到南都沒有找到相關工業用地,因此才會落腳高雄路竹,他也承諾未來路竹廠完工投産後優先選擇彰化。")
    assert "高雄" in found


def test_division_named_by_a_body_prefix_carries_its_short_form(tmp_path) -> None:
    # real-pages-32 t07 ("嘉定区政府" in a list; the page and its gold call the district 嘉定) and
    # real-pages-20 l05 ("甘肃省委常委": the gold calls the province 甘肃). A short form two
    # divisions share (吉林: the province and the city; made-up sentence) is no alias of either.
    texts = tmp_path / "texts"
    texts.mkdir()
    (texts / "t07.txt").write_text(
        "管委会副主任陈伟利主持,市发改委、市商务委、市规资局、市住建委、闵行、长宁、青浦、嘉定区政府、"
        "地产集团、建工集团、东方国际、管委会各处室负责人参加。\n",
        encoding="utf-8",
    )
    (texts / "l05.txt").write_text(
        "11月30日,甘肃省委常委、兰州市委书记李荣灿率领观摩团,来到榆中县教育园区项目现场调研。\n", encoding="utf-8"
    )
    (texts / "c01.txt").write_text("吉林市委书记到项目现场调研。\n", encoding="utf-8")
    out = tmp_path / "out"
    run_kg_build(texts, out, check=True)
    places = {}
    for line in (out / "entities.jsonl").read_text(encoding="utf-8").splitlines():
        e = json.loads(line)
        if e["type"] == "PLACE":
            places[e["label"]] = set(e["aliases"])
    assert "嘉定" in places["嘉定区"]
    assert "甘肃" in places["甘肃省"]
    assert "吉林" not in places["吉林市"]
