"""``located_in`` precision, session 26 (benchmarks/audits/s26-locfp): a province written short
before a county inside a park's or project's name ("安徽|霍邱|经济开发区") does not place the
county in it (GUIDE, Entities: a province seen only inside another name is optional; the general
golds leave the county's containment out), the park may stay; a full chain ("北京市|密云区|政府")
and a chain the sentence writes still place each division.

Every sentence is quoted from a tuning page (its set and page in the comment).
"""

from __future__ import annotations

from kg.ingest import segment_document
from kg.nlp.pipeline import analyse_article


def _located(nlp, text: str, home_city: str | None = None) -> set[tuple[str, str]]:
    """``(head as written, tail as written)`` of the relation stage's ``located_in`` facts."""
    (art,) = segment_document("t.txt", text)
    doc = analyse_article(nlp, art, home_city=home_city)
    ms = doc._.mentions

    def name(i: int) -> str:
        return art.text[ms[i].start : ms[i].end]

    return {(name(r.head), name(r.tail)) for r in doc._.relations if r.type == "located_in" and r.tail is not None}


def test_a_chain_the_sentence_writes_still_places_each_county(nlp):
    # real-pages-17 i02
    text = (
        "△6月2日,2022年扬子鳄野外放归活动以“多点放归、视频连线”方式在宣城市郎溪县、泾县、"
        "宣州区、广德市和芜湖市南陵县五地同时举行。"
    )
    found = _located(nlp, text)
    assert {("泾县", "宣城市"), ("宣州区", "宣城市"), ("广德市", "宣城市")} <= found


def test_a_short_province_in_a_zone_s_name_does_not_hold_its_county(nlp):
    # real-pages-25 x03: the zone is in 霍邱 (scored); 霍邱 in 安徽 is stated nowhere.
    found = _located(nlp, "发布时间:2023-09-27 来源:霍邱县人民政府 发布开发区:安徽霍邱经济开发区")
    assert ("安徽霍邱经济开发区", "霍邱") in found
    assert ("霍邱", "安徽") not in found
    # real-pages-19 k03: likewise a project's name
    text = (
        "投资1亿元的湖南石门超级计算公共平台项目,项目建成后将处于全国超算领域大型集群领先水平,提"
        "供多维度的高性能核心计算服务。"
    )
    found = _located(nlp, text)
    assert ("湖南石门超级计算公共平台项目", "石门") in found
    assert ("石门", "湖南") not in found


def test_a_full_chain_in_a_body_s_name_still_places_the_district(nlp):
    # real-pages-26 b09
    found = _located(nlp, "7月28日,中交集团与北京市密云区政府签署战略合作协议。")
    assert ("密云区", "北京市") in found
