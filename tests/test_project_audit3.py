"""Projects named in a short list that "等…项目" closes with no count, round 3 of the corpus audit
of issue 14 (session 10, benchmarks/audits/s10-proj): "实施甲乙风电、丙丁天然气提氦等重点项目",
"现已有…、某某温泉大酒店等一批大项目". Each item must hold a place, body or person word and end in a
common word (or be one long place or body word); the words after 等 must not speak of places,
bodies or people. Sentences of each kind, names invented."""

from __future__ import annotations

from conftest import recognised


def projects(text: str) -> set[str]:
    return recognised(text, "PROJECT")


def test_two_named_items_closed_by_a_class_of_projects():
    found = projects("今年该县实施金禾风电、瑞丰天然气提氦等500万元以上重点项目。")
    assert {"金禾风电", "瑞丰天然气提氦"} <= found


def test_a_long_place_word_item_closed_by_a_batch_of_projects():
    found = projects("现已有青松商会创业园、泰和温泉大酒店等一批超10亿元的大项目相继落地建设。")
    assert "泰和温泉大酒店" in found


def test_the_aspect_particle_after_the_opener_stays_out_of_the_name():
    found = projects("近年来，该县先后落地了青岩镇煤矸石综合利用项目等一批重点项目。")
    assert not any(n.startswith("了") for n in found)


def test_places_bodies_and_people_before_deng_are_no_projects():
    assert not projects("县长多次前往上海、山东等地招引项目。")
    assert not projects("会上，甲方科技有限公司董事长王明、乙方集团董事长李强等10位企业家分别介绍签约项目。")


def test_fields_and_trades_before_deng_are_no_projects():
    assert not projects("此次签约主要涉及旅游开发、智能制造等项目。")
    assert "再生金属" not in projects("界首开工建设再生金属等项目。")
