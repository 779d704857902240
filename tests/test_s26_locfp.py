"""``located_in`` precision, session 26 (benchmarks/audits/s26-locfp): facts the general real-page
golds do not annotate because no span states them (GUIDE, Relations: "one the context implies
but no span states is optional"; Entities: a province seen only inside another name is optional).

- the paper's own city does not state that a district it names, or the city itself, lies where
  the gazetteer says ("我市…湘东区与安源区", "全市…内蒙古"); a written chain still does;
- 我市 frames only its own sentence, and not a name that opens with a province
  ("海南自贸区", a province-wide zone that holds the city);
- a province written short before a county inside a park's or project's name
  ("安徽|霍邱|经济开发区") does not place the county in it (the park may stay); a full chain
  ("北京市|密云区|政府") still places the district.

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


def test_districts_a_sentence_about_our_city_names_are_not_placed_by_it(nlp):
    # real-pages-17 i11 (a Pingxiang paper): the sentence names two districts and 全市.
    text = (
        "希望在未来的发展中,湘东区与安源区能够进一步加强合作交流,拓宽合作渠道,提升合作层次,加快"
        "协同发展,在推动全市经济社会高质量发展中作出新的更大贡献。"
    )
    found = _located(nlp, text, home_city="萍乡市")
    assert not {(h, t) for h, t in found if h in ("湘东区", "安源区")}


def test_our_city_is_not_placed_in_the_province_its_sentence_names(nlp):
    # real-pages-28 d07 (a Hohhot paper)
    text = (
        "他指出,全市重大项目集中开工是认真贯彻落实习近平总书记对内蒙古重要讲话重要指示批示精神,推"
        "动首府加快实现奶业振兴的重要举措。"
    )
    found = _located(nlp, text, home_city="呼和浩特市")
    assert not {(h, t) for h, t in found if t == "内蒙古"}


def test_a_chain_the_sentence_writes_still_places_each_county(nlp):
    # real-pages-17 i02
    text = (
        "△6月2日,2022年扬子鳄野外放归活动以“多点放归、视频连线”方式在宣城市郎溪县、泾县、"
        "宣州区、广德市和芜湖市南陵县五地同时举行。"
    )
    found = _located(nlp, text)
    assert {("泾县", "宣城市"), ("宣州区", "宣城市"), ("广德市", "宣城市")} <= found


def test_our_city_frames_its_own_sentence_only(nlp):
    # real-pages-19 k08 (a Laibin paper): 我市 opens the paragraph; the second sentence lists the
    # parks' infrastructure projects without naming the city, so none is placed in 我市 by it,
    # nor are the counties of the first sentence.
    text = (
        "我市集中開工的13個項目中,包括園區產業項目10個,分別是忻城縣博美奧齊機械設備制造項目,"
        "廣西雅泉酒業公司酒水、飲料制造項目,市工業園區華舟鋁業有限公司年產10萬噸高性能特種合金材"
        "料項目,桑宜鋁業有限公司年產10萬噸鋁精深加工產業項目,里爾新材料有限公司年產300萬平方"
        "米無機模具生產項目,興賓區新型無機綠色材料精深加工產業鏈建設項目,象州縣年產100萬套車架"
        "和100萬套減震項目,武宣縣年產300萬噸鈣基新材料項目,金秀瑤族自治縣廣西1828大健康"
        "產業園項目(一期),合山市林產品加工產業園項目;園區基礎設施項目3個,分別是市工業園區高性"
        "能木質重組材料產業園標準廠房項目二期工程、三江口新區進港公路Ⅱ標項目、象州縣工業園區馬坪片"
        "區至石龍片區供排水一體化工程。"
    )
    found = _located(nlp, text, home_city="来宾市")
    assert not {h for h, t in found if t == "我市" and h.startswith(("三江口", "市工業園區高性能"))}
    assert not {h for h, t in found if t == "我市" and h.endswith(("縣", "區", "市"))}


def test_a_name_opening_with_the_province_is_not_placed_in_our_city(nlp):
    # real-pages-21 m04 (a Wanning paper): the province-wide free trade zone holds the city; the
    # firm that settles in 我市 is still placed there.
    text = (
        "张美文在开工仪式上介绍,在全市上下深入学习贯彻习总书记“4·13”重要讲话和中央12号文件精神,"
        "加快推进制度创新,全力推进海南自贸区(港)建设的关键时期,在我市稳步推动前三批自贸区(港)建设项目集中开工加快建设的基础上,"
        "今天,我们十分高兴而荣幸地迎来了第四批建设项目集中开工,特别是继世界500强企业大唐集团落户我市以来,"
        "今天我们又成功的引进了中国500强知名企业——前海人寿集团落户万宁。"
    )
    found = _located(nlp, text, home_city="万宁市")
    assert not {(h, t) for h, t in found if h.startswith("海南自贸区")}
    assert any(h == "大唐集团" for h, _ in found)


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
