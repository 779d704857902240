"""Session 27 (s27-invest): an investor named with the place it invests at, in a clause that
describes a project ("…为X在某区总投资…的P", "P是X在某市首期投资…建设的…项目", "P是由X在某区投资兴建"):
X invests in P (rule ``investor_placed``, kg/nlp/relations/invests_placed.py). Sentences from the
tuning pages real-pages-31 s06, real-proj2 r07 and r11, real-pages-32 t09, real-pages p09."""

from __future__ import annotations

from test_project_clauses import investors


def test_a_firm_at_a_place_with_its_amount_before_the_project(nlp):
    # real-pages-31 s06: no verb that builds, the place between the firm and 投资
    got = investors(
        nlp,
        "据悉,我市签约的13只项目中最大的投资项目为香港华孚集团在上虞经济开发区总投资2380万美元的纺织印染项目,"
        "其中港商出资为1000万美元;最大的国内投资项目为浙江科技集团在杭州湾精细化工园区投资2亿元的医药中间体生产项目。",
    )
    assert ("香港华孚集团", "纺织印染项目") in got
    assert ("浙江科技集团", "医药中间体生产项目") in got
    # the investor's own share names no investor of anything
    assert not any(h == "港商" for h, _ in got)


def test_the_copula_names_the_project_a_firm_builds_at_a_place(nlp):
    # real-proj2 r11: what follows 的 is a description ("动力及储能电池项目"), the subject is the name
    got = investors(nlp, "瑞庆时代是宁德时代在肇庆首期投资120亿元建设的动力及储能电池项目,占地1075亩。")
    assert got == {("宁德时代", "瑞庆时代")}
    # real-proj2 r07: 由 after the copula, no 的
    got = investors(
        nlp,
        "辽宁百岁国际家居建材工业园项目是由浙江百强科技企业一百岁集团在辽中区投资兴建,项目初步规划400亩,总投资10亿元人民币。",
    )
    assert {t for _, t in got} == {"辽宁百岁国际家居建材工业园项目"}


def test_the_name_after_de_is_kept_where_a_building_verb_stands(nlp):
    # real-pages-32 t09: read before by investor_builds; the same fact, no second project
    got = investors(nlp, "工业方面,天津中聚新能源科技有限公司在集宁区投资建设的锂电池及正极材料项目;")
    assert got == {("天津中聚新能源科技有限公司", "锂电池及正极材料项目")}


def test_no_project_named_after_the_place_gives_no_fact(nlp):
    # real-pages p09: "城市集团在织里第一个投资项目" names no project after the verb and no copula
    got = investors(
        nlp,
        "彩旗飘扬,礼炮齐鸣,织里童装产业园二期项目正式开工了,这也标志着城市集团在织里第一个投资项目正式落地开花。",
    )
    assert not any(h == "城市集团" for h, _ in got)
