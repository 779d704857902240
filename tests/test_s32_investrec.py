"""Session 32 (s32-investrec): the investors of signings whose partners or projects stood where the
signing rules did not read them (kg/nlp/investors.py, rules ``investor_signs`` and ``signs_settles``).

A partner list joined by 以及, or naming each firm's 代表 ("分别与A代表、B代表为P和Q签约"); what is signed
for after 为 as after 就; "X此次签约的P"; a signing clause with no subject of its own whose firm opens
the sentence ("X公司总经理某某表示，…，这次与某区签约P"); and a project list that goes on past the last
project found pairs in order. Sentences from the tuning pages real-pages-41 bc01, bc11, real-pages-42
bd01, real-pages-35 w08, real-pages-2 q06 (bc01 in traditional script as the page writes it)."""

from __future__ import annotations

from test_project_clauses import investors

# real-pages-42 bd01: each partner named with its 代表, the projects after 为, paired in order
BD01 = (
    "在仪式上,镇党委副书记、镇长熊满池代表我镇分别与博罗县汇盛房地产开发有限公司代表、惠州市东化电子科技有限公司代表"
    "为汇盛房地产新德豪苑项目和东化高科技电子工业园区项目签约。"
)
# real-pages-41 bc01: two partners joined by 以及 sign for one project
BC01 = "高邑縣與德國阿門特工程技術有限公司以及北京中合德公司就建設德國特科艾蔻高新建材產業園項目簽署協議。"
# real-pages-41 bc11: the signing clause has no subject; the speaker's firm opens the sentence
BC11 = (
    "江苏亚太轻合金科技股份有限公司总经理高茜表示,企业就是奔着包头的营商环境来的,这次与东河区签约汽车用铝挤压材研发生产项目,"
    "将建设专用型材和高精度棒材等汽车用铝和其他工业铝挤压材研发、生产基地。"
)
# real-pages-35 w08: "X此次签约的P"
W08 = "上海中科辰新卫星技术有限公司此次签约的全数字化卫星制造超级工厂项目,总投资额6亿元。"
# real-pages-2 q06: the second project (建设馕产业园…) is not read as the gold's span; A -> P only
Q06 = (
    "签约仪式上,乌苏市委副书记、市长阿依肯·阿斯拉汗代表乌苏市委、市人民政府分别与新疆广缘投资有限公司、"
    "新疆百成鲜食(集团)有限公司签订了乌苏香馕美酒文化旅游产业园项目和建设馕产业园(中央厨房)项目。"
)


def test_partners_named_with_their_representatives_pair_with_the_projects_after_wei(nlp):
    got = investors(nlp, BD01)
    assert ("博罗县汇盛房地产开发有限公司", "汇盛房地产新德豪苑项目") in got
    assert ("惠州市东化电子科技有限公司", "东化高科技电子工业园区项目") in got
    # one to one, in order: not each partner in each project
    assert ("博罗县汇盛房地产开发有限公司", "东化高科技电子工业园区项目") not in got
    assert ("惠州市东化电子科技有限公司", "汇盛房地产新德豪苑项目") not in got


def test_partners_joined_by_yiji_both_sign_for_the_one_project(nlp):
    got = investors(nlp, BC01)
    assert ("德国阿门特工程技术有限公司", "德国特科艾蔻高新建材产业园项目") in got
    assert ("北京中合德公司", "德国特科艾蔻高新建材产业园项目") in got


def test_a_signing_clause_with_no_subject_takes_the_firm_that_opens_the_sentence(nlp):
    assert ("江苏亚太轻合金科技股份有限公司", "汽车用铝挤压材研发生产项目") in investors(nlp, BC11)
    assert ("上海中科辰新卫星技术有限公司", "全数字化卫星制造超级工厂项目") in investors(nlp, W08)


def test_a_signing_clause_with_another_company_before_it_takes_no_subject(nlp):
    # a second company between the opener and the clause: who signs is not said
    text = BC11.replace("企业就是奔着包头的营商环境来的", "与上海华信贸易有限公司一起来的")
    assert ("江苏亚太轻合金科技股份有限公司", "汽车用铝挤压材研发生产项目") not in investors(nlp, text)


def test_a_project_list_that_goes_on_pairs_the_partners_in_order(nlp):
    got = investors(nlp, Q06)
    assert ("新疆广缘投资有限公司", "乌苏香馕美酒文化旅游产业园项目") in got
    assert ("新疆百成鲜食(集团)有限公司", "乌苏香馕美酒文化旅游产业园项目") not in got
