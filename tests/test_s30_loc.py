"""``located_in`` kinds of session 30 (s30-loc: misses), on sentences of the tuning pages:

- the projects of a batch list a place holds (``county_list``): a list that 等N个项目 closes in the
  sentence of the event a place holds, the place not opening the sentence ("某区重大招商项目集中签约
  活动在某宾馆举行,A、B等18个项目签约落户": real-pages-23 f12), projects named after their firm's
  home elsewhere included; a place's count of its projects listed after 主要有, in every part
  of the sentence that ";" splits (real-pages-30 r08); not a park that only counts the projects
  of the clause before (real-proj q09);
- a county or town the text calls the wider place's own (``place_part_of``): "潮安又是潮州的经济
  强县" (real-pages-38 p07), "两英镇作为潮南区工业、商业强镇" (real-pages-34 v10).
"""

from __future__ import annotations

from conftest import located_pairs


def test_a_signing_events_list_lies_in_the_place_that_holds_it(nlp):
    # real-pages-23 f12: 铜梁区 opens the event's name, the venue is 重庆雾都宾馆
    got = located_pairs(
        nlp,
        "5月18日,铜梁区重大招商项目集中签约活动在重庆雾都宾馆举行,厦门海辰西南智能制造中心及研发中心、"
        "四川金汇能新材料等18个项目签约落户,计划总投资268亿元。",
    )
    assert ("厦门海辰西南智能制造中心及研发中心", "铜梁区") in got
    assert ("四川金汇能新材料", "铜梁区") in got  # a firm's home in the name is no other place
    assert not any(tail == "重庆雾都宾馆" for _, tail in got)


def test_every_part_of_a_citys_count_lists_its_projects(nlp):
    # real-pages-30 r08: the parts after ";" are the same sentence's
    got = located_pairs(
        nlp,
        "据悉,格尔木市2023年第一批100个集中开复工项目总投资651亿元,涉及基础设施、产业发展、社会民生、"
        "现代物流等多个领域,年内计划完成投资80亿元,其中:一般性工业项目11个,年内计划完成投资10.1亿元,"
        "主要有中信昆仑2万吨碳酸锂、黄河矿业夏日哈木镍钴矿采选、盐湖股份钾肥增产保供等;清洁能源项目10个,"
        "年内计划完成投资41亿元,主要有南山口240万千瓦抽水蓄能、鲁能格尔木乌图美仁多能互补、青豫直流二期外送等;"
        "城市基础设施项目67个,年内计划完成投资15.5亿元,主要有国防教育展示馆、得水园海绵生态公园、"
        "那棱格勒河水利枢纽等;物流及房地产项目12个,年内计划完成投资13.4亿元,主要有青新藏(格尔木)"
        "陆港商旅物流中心、昆仑国际商贸物流园、广达·滨河新城天誉等。",
    )
    for project in ("中信昆仑2万吨碳酸锂", "青豫直流二期外送", "国防教育展示馆", "广达·滨河新城天誉"):
        assert (project, "格尔木市") in got


def test_a_park_counting_its_own_projects_holds_not_the_next_clauses_list(nlp):
    # real-proj q09: three counts of one city's projects, each clause its own list
    got = located_pairs(
        nlp,
        "联森五金机电制造产业园、经开区半导体特色生态产业园等151个项目开工建设,开工率73%;"
        "金娃科技创新产业园等85个项目竣工,竣工率76.6%;友进冠华绿色低碳工厂等20个储备项目提前开工,转化率8.7%。",
    )
    assert ("友进冠华绿色低碳工厂", "金娃科技创新产业园") not in got


def test_a_county_called_the_citys_strong_county_lies_in_the_city(nlp):
    # real-pages-38 p07
    got = located_pairs(
        nlp,
        "朱敦法上将在仪式上说,潮州是国家历史文化名城,潮安又是潮州的经济强县,希望项目合作各方精诚合作。",
    )
    assert ("潮安", "潮州") in got


def test_a_town_as_the_districts_strong_town_lies_in_the_district(nlp):
    # real-pages-34 v10 (traditional)
    got = located_pairs(nlp, "兩英鎮作為潮南區工業、商業強鎮,將在“百千萬工程”、鄉村振興、園區開發等方面重點展開工作。")
    assert ("两英镇", "潮南区") in got or ("兩英鎮", "潮南區") in got
