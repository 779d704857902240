"""Session 27 (s27-proj): PROJECT names on real pages.

Trading and logistics centres the tagger reads as bodies are projects (``facility_centres.py``), a
clause's verb inside a project's name ends it (``clause_cuts.py``), ranks and relations before the
head word (重要项目, 优质项目, 相关项目, 转型项目) and a tally's count right before it make classes, no
names. The sentences are quoted from the tuning pages named in each test.
"""

from __future__ import annotations

from conftest import typed


def test_visited_trading_centres_are_projects(nlp):
    # real-pages-26 b08: a visit's list of works; the tagger reads the centres as bodies
    text = (
        "详细了解了临空经济综合经济园规划情况,查看了闽龙国际建材汽配商贸城、红星三田北山东部家具建材物流商贸城、"
        "青藏高原东部国际物流商贸中心配套中心、曹家堡保税物流中心及综合配套工程的项目施工情况。"
    )
    found = typed(nlp, text)
    assert ("红星三田北山东部家具建材物流商贸城", "PROJECT") in found
    assert ("红星三田北山东部家具建材物流商贸城", "ORG") not in found


def test_a_logistics_centre_in_a_list_of_projects_is_a_project(nlp):
    # real-pages-30 r08
    text = (
        "物流及房地产项目12个,年内计划完成投资13.4亿元,主要有青新藏(格尔木)陆港商旅物流中心、"
        "昆仑国际商贸物流园、广达·滨河新城天誉等。"
    )
    found = typed(nlp, text)
    assert ("青新藏(格尔木)陆港商旅物流中心", "PROJECT") in found
    assert ("青新藏(格尔木)陆港商旅物流中心", "ORG") not in found


def test_a_governments_exchange_stays_a_body(nlp):
    # real-org2 o10: the rural property exchanges are bodies (gold ORG)
    text = (
        "张丛友一行参观考察了绵阳农业社会组织服务中心、市农村产权流转交易中心和三台县刘营镇绿洲现代农业社会化"
        "服务超市、县农村产权流转交易中心、双乐乡王家堰村资金互助协会,并在三台召开座谈会。"
    )
    found = typed(nlp, text)
    assert not any(name.endswith("交易中心") and label == "PROJECT" for name, label in found)


def test_a_copula_ends_the_name_of_the_project_before_it(nlp):
    # real-pages-14 n02
    text = (
        "同时,总投资15亿元的三盛置地广场、总投资6亿元的文昌乐都汇购物中心都是大型城市综合体项目,"
        "它们将大大提升邗江路现代商贸中心质态和文昌商圈活力。"
    )
    found = typed(nlp, text)
    assert ("文昌乐都汇购物中心", "PROJECT") in found
    assert not any("都是" in name for name, _ in found)


def test_an_announcing_city_is_no_part_of_the_project(nlp):
    # real-amount a02
    text = (
        "当天开工的禄丰市宣布云南方德波尔格园艺有限公司智能花卉种植基地建设项目计划总投资3.1亿元,"
        "将在勤丰镇建设占地面积772亩的智能花卉种植基地。"
    )
    found = typed(nlp, text)
    assert ("云南方德波尔格园艺有限公司智能花卉种植基地建设项目", "PROJECT") in found
    assert not any("宣布" in name for name, _ in found)


def test_a_body_presenting_projects_names_no_project(nlp):
    # real-meet3 b01
    text = "推介会上,大家观看了玉山招商引资宣传片,玉山高新区、县委组织部作项目招商、人才政策推介。"
    found = typed(nlp, text)
    assert not any(label == "PROJECT" and name.endswith("项目") for name, label in found)


def test_a_verb_of_the_trade_split_by_the_tagger_stays_in_the_name(nlp):
    # real-pages-25 x03: 续/vn 建/v inside the name is no clause's verb
    text = (
        "会议传达了9月25日全市固定资产投资暨重点项目调度会议精神,研究了2023年度安徽江淮小龙虾产业集群续建项目资金、"
        "2023年县乡道路升级改造工程调整设计线形等事宜。"
    )
    found = typed(nlp, text)
    assert ("安徽江淮小龙虾产业集群续建项目", "PROJECT") in found


def test_recommended_and_important_projects_are_classes(nlp):
    # real-org o03, real-pages-31 s06
    text = "积极搭建银政、银企的对接交流投资平台,并积极向农发行推荐优质项目,做好项目的组织、衔接和落地工作。"
    assert not any(label == "PROJECT" for _, label in typed(nlp, text))
    text = "昨天下午,2002年中国绍兴黄酒节重要项目签约仪式在绍兴咸亨酒店金碧辉煌的大会议厅举行。"
    assert not any(label == "PROJECT" for _, label in typed(nlp, text))


def test_a_tally_before_the_head_is_no_name(nlp):
    # real-pages-32 t06 (a headline), real-pages-31 s06
    text = "京门头沟24项目签约1500亿 将建西部综合服务区"
    assert not any(label == "PROJECT" and "24" in name for name, label in typed(nlp, text))
    text = "据悉,我市签约的13只项目中最大的投资项目为香港华孚集团在上虞经济开发区总投资2380万美元的纺织印染项目。"
    found = typed(nlp, text)
    assert not any(label == "PROJECT" and "13" in name for name, label in found)


def test_a_trading_centre_among_visited_firms_stays_a_body(nlp):
    # real-pages-28 d06 (gold ORG | PLACE): the sentence speaks of no works
    text = (
        "視察中,市人大代表先後到武清開發區軟體創意園、丹佛斯天津有限公司、天津市三宇車體制造、翠亨路、"
        "環渤海綠色農產品交易物流中心、中國藝術家聚集區、藏原地毯廠、汽車零部件產業園、上馬臺新偉祥工業有限公司等地實地視察。"
    )
    found = typed(nlp, text)
    assert not any(name.endswith("交易物流中心") and label == "PROJECT" for name, label in found)
