"""``located_in`` and places on sentences of the kinds that new real pages write (issue 14,
``tests/fixtures/real-loc``): a chain of places down to a village or a site opening a
project's name, a park run into a company's name, a park opened by a town's short form, the
parks a county plans, ``工业区`` and ``协作区`` zones, traditional characters. The names are
made up; none is from a page."""

from __future__ import annotations

from conftest import located_pairs
from test_place_forms import places


def test_a_chain_down_to_a_village_places_the_project_in_the_village(nlp):
    got = located_pairs(nlp, "近日，宁远县东山镇柳树村高标准农田建设项目通过市级验收。")
    assert ("宁远县东山镇柳树村高标准农田建设项目", "柳树村") in got
    assert ("柳树村", "东山镇") in got


def test_a_chain_down_to_a_named_site_places_the_project_in_the_site_unless_it_builds_it(nlp):
    got = located_pairs(nlp, "武宁县龙湾生态文化园码头建设项目正式开工。")
    assert ("武宁县龙湾生态文化园码头建设项目", "龙湾生态文化园") in got
    got = located_pairs(nlp, "武宁县龙湾景区提质升级项目正式开工。")
    assert not any(t == "龙湾景区" for h, t in got if h.endswith("项目"))


def test_a_list_item_that_builds_a_road_is_not_inside_the_road(nlp):
    got = located_pairs(nlp, "开工项目包括天然气储配站建设、滨河东路建设、人民大道景观建设等6个项目。")
    assert ("滨河东路建设", "滨河东路") not in got
    assert ("人民大道景观建设", "人民大道") not in got


def test_a_park_run_into_a_company_name_holds_the_company(nlp):
    got = located_pairs(nlp, "县领导出席了金沙工业园区华泰米业有限公司项目开工建设现场会。")
    assert ("金沙工业园区华泰米业有限公司", "金沙工业园区") in got
    # A company named after its county and its park is the park's; the park is the county's.
    got = located_pairs(nlp, "该公司全称是宁远县工业园区投资开发有限公司。")
    assert ("宁远县工业园区", "宁远县") in got


def test_a_park_opened_by_a_town_short_form_is_in_the_town(nlp):
    text = "市商务局负责人率队到高桥工业园区走访企业。随后在高桥镇召开企业家座谈会。"
    assert ("高桥工业园区", "高桥镇") in located_pairs(nlp, text)
    # Without the town named in full, the short form places the park nowhere.
    assert not located_pairs(nlp, "市商务局负责人率队到高桥工业园区走访企业。")


def test_the_parks_a_county_plans_are_the_county_s(nlp):
    got = located_pairs(nlp, "永和县全面规划了东湖工业园区、北山经济区和南岭工业园区，形成三大产业集群。")
    assert {("东湖工业园区", "永和县"), ("北山经济区", "永和县"), ("南岭工业园区", "永和县")} <= got


def test_industrial_districts_and_cooperation_zones_are_places_in_either_script():
    assert "南湾工业区" in places("在南湾工业区，宏达科技投资5亿元扩厂。")
    assert "南湾工业区" in places("在南灣工業區,宏達科技投資5億元擴廠。")
    assert "京衡协作区" in places("该县挂牌成立了京衡协作区，建成一批园中园。")
    # The kind alone names no place.
    assert not places("企业入驻工业区后享受税收优惠。")


def test_the_group_of_a_trip_names_the_stops_in_the_next_sentence(nlp):
    text = "副市长王明带队到东坝镇开展有关项目调研，镇长李强陪同。调研组一行先后前往柳林村、南山村等项目现场。"
    got = located_pairs(nlp, text)
    assert {("柳林村", "东坝镇"), ("南山村", "东坝镇")} <= got
    # A sentence that opens with a new body names no stops of the trip.
    text = "副市长王明带队到东坝镇开展有关项目调研。市交通局先后前往柳林村、南山村等项目现场。"
    assert ("柳林村", "东坝镇") not in located_pairs(nlp, text)


def test_the_companies_inside_a_park_are_in_the_park(nlp):
    text = "宁远经济开发区内的华泰生物科技、远宏电子陶瓷、嘉禾木业等一批企业产销两旺。"
    got = located_pairs(nlp, text)
    assert ("华泰生物科技", "宁远经济开发区") in got
    assert ("嘉禾木业", "宁远经济开发区") in got
    # Without the word for inside or a list closed by 等…企业 (park_list, session 36), a name after a
    # park is no company of it.
    assert ("华泰生物科技", "宁远经济开发区") not in located_pairs(nlp, "宁远经济开发区的华泰生物科技产销两旺。")


def test_located_at_a_park_named_after_its_city_is_in_the_city_too(nlp):
    text = "位于宁远县长岭埠金桥工业园的华瑞材料公司正在抓紧生产。县里服务金桥工业园等重点园区企业。"
    got = located_pairs(nlp, text)
    assert ("华瑞材料公司", "宁远县") in got
    assert any(h == "华瑞材料公司" and t.endswith("金桥工业园") for h, t in got)


def test_a_paper_or_station_is_in_the_province_or_city_it_is_named_after(nlp):
    got = located_pairs(nlp, "省报、市台记者到场：山西日报、朔州电视台、光明日报记者参加采访。")
    assert {("山西日报", "山西"), ("朔州电视台", "朔州")} <= got
    # A county's short form may be another word: 光明日报 is no paper of 光明区.
    assert not any(h == "光明日报" for h, _ in got)


def test_slogans_and_counted_phrases_are_no_places():
    assert not places("我县深入实施科教兴县战略，人才强市。")
    assert not any(p.startswith("宁远县开发") for p in places("我们在宁远县开发首座微型工业区─金桥产业园区。"))


def test_a_park_s_kind_alone_after_settling_is_the_one_park_of_the_page(nlp):
    text = "东岭工业园区位于东岭镇。入驻企业：\n1、华盛耐磨材料有限责任公司：2008年5月份落户开发区，占地20亩。"
    assert ("华盛耐磨材料有限责任公司", "东岭工业园区") in located_pairs(nlp, text)
    # Two parks on the page: the bare kind names neither.
    text = "东岭工业园区和西坪产业园区发展迅速。华盛耐磨材料有限责任公司落户开发区。"
    assert not any(h == "华盛耐磨材料有限责任公司" for h, _ in located_pairs(nlp, text))


def test_a_county_before_a_list_of_projects_closed_by_deng_places_each(nlp):
    text = "3月28日下午，宁远县华兴电子配件生产项目、环宇机电技改扩能项目等8个项目集中开工。"
    got = located_pairs(nlp, text)
    assert {("宁远县华兴电子配件生产项目", "宁远县"), ("环宇机电技改扩能项目", "宁远县")} <= got
    # Without 等 closing the list, the county names only the first project.
    got = located_pairs(nlp, "宁远县华兴电子配件生产项目、环宇机电技改扩能项目开工。")
    assert ("环宇机电技改扩能项目", "宁远县") not in got
