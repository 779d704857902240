"""Session 28 (s28-place): a park opened by the page's county written as its bare level word.

A county's page writes its own county by the level word alone, and the golds name "县盐化工业园",
"县生态工业园区" (like "县经济开发区", "县工业园区") as places (:mod:`kg.nlp.entities.level_parks`).
A pronoun before the level word ("我县产业集聚区") or a county's full name keep their old readings.

The sentences are from the tuning pages named at each test.
"""

from __future__ import annotations

from test_place_forms import places


def test_county_salt_chemical_park_by_its_level_word() -> None:
    # real-pages-33 u06
    found = places(
        "调研了县经开区的标准化厂房,西卅店镇的众兴菌业、肉羊养殖扶贫项目,县盐化工业园的安徽华塑股份有限公司、泉盛化工有限公司"
    )
    assert {"县盐化工业园", "县经开区", "西卅店镇"} <= found


def test_county_ecological_park_after_a_level_word_of_its_own() -> None:
    # real-pages-34 v11: the tagger writes 县|生态工业园区
    found = places(
        "加速提升县生态工业园区发展水平,为全县工业高质量发展作出更大贡献。座谈会上,县生态工业园区汇报了工作开展情况"
    )
    assert "县生态工业园区" in found
    assert "生态工业园区" not in found


def test_county_name_before_its_park_stays_whole() -> None:
    # real-pages-22 o09: the county's full name opens the park; no bare 县 reading inside it
    found = places("地委书记谢少迪来到布尔津县工业园区")
    assert "布尔津县工业园区" in found
    assert "县工业园区" not in found


def test_town_opens_its_concentration_area() -> None:
    # real-pages-34 v01: the tagger cuts 集中|区; the town opens the area's name
    found = places(
        "刘欲晓一行先后实地查看了下新镇石膏新材料集中区和独山镇循环经济集中产业聚集区及汤荣(湖北)精密机械制造项目。"
    )
    assert {"下新镇石膏新材料集中区", "下新镇", "独山镇"} <= found
    assert "石膏新材料集中区" not in found


def test_village_opening_an_industrial_area_is_a_place_too() -> None:
    # real-pages-26 b11: the park and the village it lies in, both places (the gold's located_in)
    found = places("视察组先后来到延刚果业、四叶纸箱厂、雅苑小区、凤栖街道胡村关联产业集中区、永乡镇圪崂村")
    assert {"胡村关联产业集中区", "胡村", "凤栖街道"} <= found


def test_artists_quarter_of_the_country() -> None:
    # real-pages-28 d06 (traditional characters)
    found = places("環渤海綠色農產品交易物流中心、中國藝術家聚集區、藏原地毯廠")
    assert "中国艺术家聚集区" in found


def test_concentration_area_without_a_place_is_no_place() -> None:
    # real-pages p11 (traditional characters), real-pages-12 k04: a class of areas, no place opens them
    assert not places("將成為全省最大的臺商投資企業聚集區。") & {"台商投资企业聚集区", "投资企业聚集区"}
    assert not any(n.endswith("聚集区") for n in places("聚力打造苏陕扶贫合作示范区和产业转移承接聚集区,不断推动"))


def test_new_town_named_by_its_city() -> None:
    # real-pages-21 m03: the whole new town, not 临港新城 cut from its city
    found = places("作为江阴发展四个千亿级新兴产业的主战场,江阴临港新城开工竣工项目达42个")
    assert "江阴临港新城" in found
    assert "临港新城" not in found


def test_new_town_before_its_block_is_a_place_too() -> None:
    # real-pages-22 o08
    found = places("位于北京市顺义区后沙峪镇顺义新城第20街区南部,安平街南侧")
    assert "顺义新城" in found


def test_innovation_town_in_a_list_of_parks() -> None:
    # real-pages-14 n09
    found = places("作为市级重点转型板块,南大智慧城、吴淞创新城吸引集聚投资超百亿元")
    assert "吴淞创新城" in found
    assert "吴淞" not in found


def test_kinds_of_place_are_no_place() -> None:
    # real-pages-19 k12, -33 u11, -29 e12, -7 v10: a class of towns, villages, streets or zones
    assert not places("区级有关部门主要负责人,项目属地镇街主要负责人、开业企业代表")
    assert not places("围绕“十五五”规划编制、乡村全面振兴及边境村发展、冰雪旅游项目建设")
    assert "商业街" not in places("胡衡华走进商业街和乡村民宿,了解竹产业")
    assert "样板区" not in places("正逐步发展成为鲁台合作的新高地、服务台商的样板区。")


def test_named_airport_stays_a_place() -> None:
    # real-pages-34 v09: 通用机场 alone is a kind; the county's airport keeps its name
    found = places("研究芮城通用机场运营管理和设备采购")
    assert "芮城通用机场" in found
    assert "通用机场" not in found
