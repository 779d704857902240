"""``located_in`` kinds of session 29 (s29-loc: misses), on sentences of the tuning pages:

- a project the text calls a place's project (``project_of_place``): "PROJECT是PLACE的重大项目"
  (real-pages-29 e03), "PROJECT,是PARK成功招引的…产业项目" (-36 x01), "“PROJECT”作为PLACE代表项目
  进行线上签约" (-33 u03); not where the place is only the set a superlative ranks it in (-25 x04);
- a committee named by its zone's kind alone ("开发区管委会", "科技城党工委") in the one zone of
  that kind the article names (``zone_body``: -16 h02, -20 l03, -31 s11, -36 x04); none where
  the article names two.
"""

from __future__ import annotations

from conftest import located_pairs


def test_a_project_called_a_citys_major_project_lies_in_the_city(nlp):
    # real-pages-29 e03
    got = located_pairs(
        nlp, "郭锋表示,花都通用集团电梯集群生产基地项目是清远市的重大项目,企业涉及到的项目用地问题要加快协调解决。"
    )
    assert ("花都通用集团电梯集群生产基地项目", "清远市") in got


def test_a_project_a_zone_drew_in_lies_in_the_zone(nlp):
    # real-pages-36 x01
    got = located_pairs(
        nlp,
        "总投资10亿元的浙江德威高端不锈钢管生产制造项目,是靖江开发区成功招引的金属材料产业项目,"
        "将助力靖江打造国内重要的金属新材料生产基地。",
    )
    assert ("浙江德威高端不锈钢管生产制造项目", "靖江开发区") in got


def test_a_project_signed_as_a_prefectures_project_lies_in_it(nlp):
    # real-pages-33 u03: 作为 goes on with what the project does as the prefecture's. Since s29-proj
    # drops "某州代表项目" as a class after the selection, the prefecture nested in it goes too and
    # this fact is lost on u03 (the two helpers' changes meet there; left, noted in the session-29
    # note); the project's own prefix still places it
    got = located_pairs(
        nlp,
        "签约的项目中,“台江县年产20万吨再生资源综合循环利用项目”作为黔东南州代表项目进行线上签约,项目投资额11.35亿元。",
    )
    assert ("台江县年产20万吨再生资源综合循环利用项目", "台江县") in got
    assert not any(head == "黔东南州代表项目" for head, _ in got)  # the class places nothing


def test_a_superlatives_set_of_places_places_nothing(nlp):
    # real-pages-25 x04: 邵阳市 is the set the project is the largest of, not its place (gold)
    got = located_pairs(nlp, "洞口县赧水河水环境综合治理项目是目前邵阳市九县三区最大的重点流域水环境综合治理项目。")
    assert ("洞口县赧水河水环境综合治理项目", "邵阳市") not in got


def test_a_zone_kinds_committee_lies_in_the_pages_one_zone_of_the_kind(nlp):
    # real-pages-36 x04
    got = located_pairs(
        nlp,
        "市委常委、科技城党工委副书记、管委会常务副主任颜超出席仪式。"
        "林书成说,当前,绵阳科技城正处于取得突破发展的重大战略机遇期。",
    )
    assert ("科技城党工委", "绵阳科技城") in got


def test_a_development_zones_committee_lies_in_the_zone_the_page_names(nlp):
    # real-pages-20 l03: the zone named in full and by a shorter name of its own (one zone)
    got = located_pairs(
        nlp,
        "抚顺胜利经济开发区举行全面振兴新突破集中签约仪式。胜利开发区党工委书记陆波出席仪式。"
        "签约仪式上,开发区管委会副主任赵永刚作签约项目介绍。",
    )
    assert ("开发区管委会", "抚顺胜利经济开发区") in got


def test_a_zone_kinds_committee_stays_unplaced_where_the_page_names_two_zones(nlp):
    got = located_pairs(
        nlp,
        "抚顺胜利经济开发区与沈阳辉山经济开发区签订合作协议。签约仪式上,开发区管委会副主任赵永刚作项目介绍。",
    )
    assert not any(h == "开发区管委会" for h, _t in got)


def test_a_list_closed_by_a_count_with_words_before_its_noun_settles_each_item(nlp):
    # real-pages-35 w07: "等16个招商引资重点项目签约落户" (the closer took 等N个项目 only)
    got = located_pairs(
        nlp,
        "现场,华润电力风电光伏项目、中核汇能风电项目、苏科高新九园智能制造总部产业园等16个招商引资重点项目"
        "签约落户宝坻区,计划总投资亿元。",
    )
    for item in ("华润电力风电光伏项目", "中核汇能风电项目", "苏科高新九园智能制造总部产业园"):
        assert (item, "宝坻区") in got


def test_mainly_before_the_verb_places_the_project_in_each_town_listed(nlp):
    # real-pages-27 c04
    got = located_pairs(nlp, "文昌市高标准农田建设项目主要位于抱罗镇、公坡镇、东路镇、翁田镇、潭牛镇等地。")
    for town in ("抱罗镇", "公坡镇", "东路镇", "翁田镇", "潭牛镇"):
        assert ("文昌市高标准农田建设项目", town) in got


def test_a_site_initially_sited_in_a_town_lies_there(nlp):
    # real-pages-32 t06: the site is tagged a place (no division), 初步 between it and 选址在
    got = located_pairs(nlp, "王洪钟介绍,这个影视文化公园初步选址在永定镇,它不仅是影视拍摄基地。")
    assert ("影视文化公园", "永定镇") in got


def test_a_county_that_has_taken_in_firms_is_placed_nowhere(nlp):
    # the guard the adverbs keep for divisions: "某县已落户企业20家" places the county nowhere
    got = located_pairs(nlp, "目前,阳曲县已落户企业20家,其中规模以上企业8家。")
    assert not any(h == "阳曲县" for h, _t in got)
