"""``located_in`` kinds of session 28 (s28-loc2, facts whose head is a project), on sentences of
the tuning pages:

- a province (or a municipality of that level) written inside a project's name names the firm
  that invests, not the site (``place_in_name``, ``bracketed_place``; real-pages-27 c12,
  -30 r06, -34 v01: the golds place each project in its city, town or zone; GUIDE: a province
  seen only inside a name is optional); a project opened by a province as its prefix, and a park,
  keep theirs;
- a project named after a town and its village ("某某乡|某某村|安置地项目") is in the village, not
  the town (``place_prefix``; real-pages-10 y05, -21 m10, -32 t04 false; -2 q05, -19 k10 and
  real-loc optional); the county before the town stays.
"""

from __future__ import annotations

from conftest import located_pairs


def test_a_province_inside_a_project_name_does_not_place_it(nlp):
    # real-pages-27 c12: the golds place the project in 长沙 (its city), not in 上海
    got = located_pairs(
        nlp,
        "汇报会上,县委副书记、县长张庆红就长沙县工作情况进行汇报。今年以来,长沙县经济社会呈现出稳中求进"
        "的良好发展态势。重特大项目中,上海大众长沙项目预计本月中旬焊装可开始试生产,下旬总装试生产。",
    )
    assert ("上海大众长沙项目", "长沙") in got
    assert not any(h == "上海大众长沙项目" and t.startswith("上海") for h, t in got)


def test_a_province_in_brackets_inside_a_project_name_does_not_place_it(nlp):
    # real-pages-34 v01: the project is in 独山镇's area, not in the province of the firm's bracket
    got = located_pairs(
        nlp,
        "刘欲晓一行先后实地查看了下新镇石膏新材料集中区和独山镇循环经济集中产业聚集区及汤荣(湖北)精密"
        "机械制造项目建设,听取了拉练项目进展情况汇报。",
    )
    assert not any(h.startswith("汤荣") and t.startswith("湖北") for h, t in got)


def test_a_firms_bracketed_province_does_not_place_its_project(nlp):
    # real-pages-30 r06: the gold places the project in the zone, not in 辽宁
    got = located_pairs(
        nlp,
        "石万田先后来到位于朝阳柳城经济开发区的辽宁华锆新材料有限公司、辽宁荃吉康医药科技有限公司植物基健康谷"
        "一期植物基材料产业化项目现场和蜂盛能源科技(辽宁)有限公司新型储能智能装备制造项目现场,听取公司和项目"
        "负责人介绍开复工情况。",
    )
    assert not any(h.startswith("蜂盛能源") and t.startswith("辽宁") for h, t in got)


def test_a_county_in_brackets_still_places_the_project(nlp):
    # real-pages-12 k01 (scored there): a county in brackets is where the project lies
    got = located_pairs(
        nlp,
        "仪式上,新疆中气(安岳)清洁能源装备智能智造研发生产、北京莫高丝路(安岳)石窟数字展示中心项目等13个"
        "重点项目集中签约,投资总额达56亿元。",
    )
    assert any(h.startswith("北京莫高丝路") and t == "安岳" for h, t in got)


def test_a_province_prefix_before_a_project_stays(nlp):
    # real-pages-17 i06 (scored): "重庆(开州)潮玩产业园" is in 重庆 and in 开州
    got = located_pairs(nlp, "在重庆(开州)潮玩产业园,杨宏实地察看昱宏玩具公司潮玩项目推进情况,鼓励企业加快建设进度。")
    assert any(h.startswith("重庆(开州)潮玩产业园") and t.startswith("重庆") for h, t in got)


def test_a_project_of_a_town_and_its_village_is_in_the_village(nlp):
    # real-pages-21 m10: the gold places the project in 象洋村 only
    got = located_pairs(
        nlp,
        "李彦一行实地察看佳阳畲族乡象洋村安置地项目、福鼎泰甫新能源汽车PACK箱体生产线及配套物流仓储项目。",
    )
    assert ("佳阳畲族乡象洋村安置地项目", "象洋村") in got
    assert ("象洋村", "佳阳畲族乡") in got
    assert ("佳阳畲族乡象洋村安置地项目", "佳阳畲族乡") not in got


def test_the_county_before_a_town_and_village_stays(nlp):
    # real-pages-10 y05: the gold places the project in the county and the village, not the town
    got = located_pairs(nlp, "4月12日,道真自治县三桥镇塘村村梅江河漂流项目上一派繁忙,河道疏浚已近尾声。")
    head = "道真自治县三桥镇塘村村梅江河漂流项目"
    assert (head, "道真自治县") in got
    assert (head, "塘村村") in got
    assert (head, "三桥镇") not in got
    assert ("塘村村", "三桥镇") in got


def test_a_county_and_its_village_both_place_a_project(nlp):
    # real-pages-20 l06 (both scored): no town between, both levels stay
    got = located_pairs(
        nlp,
        "文化旅游类项目2个,分别为凤县房车营地、凤县永生村农旅融合休闲康养度假基地;农业类项目1个,"
        "唐藏镇农产品冷链物流中心建设项目。",
    )
    assert any(h.startswith("凤县永生村") and t == "凤县" for h, t in got)
    assert any(h.startswith("凤县永生村") and t == "永生村" for h, t in got)
