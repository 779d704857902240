"""Wrong merges of entity resolution, session 28 (benchmarks/audits/s28-merges).

The scorer matches mentions, not entities, so a kg entity that joins two bodies of two places
("清徐县委" carrying "交城县委") scores as right and tells every user of the graph something
false. benchmarks/wrong_merges.py lists them; these tests read whole tuning pages and check
which names resolution makes one thing, and which not.
"""

from __future__ import annotations

import pytest
from conftest import page_unit_keys


@pytest.mark.parametrize(
    ("page", "bare", "full"),
    [
        # 由太原市人大常委会副主任、清徐县委书记王剑峰 … 带队的考察团来到交城县 … 交城县委书记刘旋
        # (the tagger reads "交城|县委书记": the bare 县委 is 交城's, not the visitor's)
        ("real-pages-14:n01.txt", "ORG:县委", "ORG:清徐县委"),
        # 鐵嶺市政協副主席 … 會同開原市委書記譚會波、開原市委常委 … 開原市政協副主席
        ("real-pages-22:o02.txt", "ORG:市政协", "ORG:铁岭市政协"),
        # 商洛日报讯 … 汉中市委副书记、市长王建军率政府代表团来商洛参观考察。市委书记胡润泽主持召开座谈会
        ("real-pages-33:u07.txt", "ORG:市委", "ORG:汉中市委"),
    ],
)
def test_a_bare_body_is_not_joined_to_another_divisions_body(nlp, page: str, bare: str, full: str) -> None:
    units = page_unit_keys(nlp, page)
    assert units[bare] != units[full]


@pytest.mark.parametrize(
    ("page", "bare", "full"),
    [
        # 泉州市委書記張毅恭,市委副書記、市長蔡戰勝,永春縣政府縣長張照綠
        ("real-pages-11:z10.txt", "ORG:市委", "ORG:泉州市委"),
        # 两年后兼苏州市政府金融办主任。在苏州这块中国开放型经济高地,周勤第任市政府金融办主任长达六年
        ("real-pages-11:z12.txt", "ORG:市政府金融办", "ORG:苏州市政府金融办"),
        # 福鼎市委书记林青,市委副书记、市长周春海
        ("real-pages-21:m10.txt", "ORG:市委", "ORG:福鼎市委"),
    ],
)
def test_a_bare_body_after_its_full_name_stays_joined(nlp, page: str, bare: str, full: str) -> None:
    units = page_unit_keys(nlp, page)
    assert units[bare] == units[full]


@pytest.mark.parametrize(
    ("page", "own", "prefecture"),
    [
        # 贵港市委副书记、桂平市委书记钟畅姿宣布开工 … 推动和加快我市经济发展 (桂平 named 11 times, 贵港 twice)
        ("real-pages-19:k07.txt", "桂平市", "贵港市"),
        # 福鼎新闻网讯 … 宁德市委常委 … 福鼎市委书记林青
        ("real-pages-21:m10.txt", "福鼎市", "宁德市"),
        # 签约仪式上,我市分别与世茂集团签订福清中央商务区项目 (福清 named 11 times, 福州 once)
        ("real-pages-13:m02.txt", "福清市", "福州市"),
    ],
)
def test_a_county_level_citys_paper_calls_itself_wo_shi(nlp, page: str, own: str, prefecture: str) -> None:
    units = page_unit_keys(nlp, page)
    assert units["PLACE:我市"] == units[f"PLACE:{own}"]
    assert units["PLACE:我市"] != units[f"PLACE:{prefecture}"]
    if "ORG:市委" in units:
        assert units["ORG:市委"] != units.get(f"ORG:{prefecture[:-1]}市委")
