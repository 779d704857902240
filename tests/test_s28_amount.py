"""Session 28 (s28-amount): a superlative that picks a project out of a count and names it after
是/为 ("最大的投资项目为…总投资X的A项目", "最大的两个项目是总投资达X的A项目") makes no single deal of the
amount (``single_picks``, :func:`kg.nlp.amounts._scope`); "单笔最大投资达到X" still is one.
Sentences from the tuning pages real-pages-31 s06 and real-pages-13 m04.
"""

from __future__ import annotations

from test_s25_amount_kinds import amounts

from kg.nlp.amounts import find_amounts


def test_the_largest_project_named_after_wei_takes_its_own_amount(nlp):
    # real-pages-31 s06 (szb.ishangyu.net): both amounts were lost as "one deal of many"
    got = amounts(
        nlp,
        "据悉,我市签约的13只项目中最大的投资项目为香港华孚集团在上虞经济开发区总投资2380万美元的纺织印染项目,"
        "其中港商出资为1000万美元;最大的国内投资项目为浙江科技集团在杭州湾精细化工园区投资2亿元的医药中间体生产项目。",
    )
    assert ("纺织印染项目", 23800000) in got
    assert ("医药中间体生产项目", 200000000) in got
    # the investor's share (出资为1000万美元) is no project's total
    assert not any(v == 10000000 for _, v in got)


def test_a_superlative_that_names_the_project_after_shi_is_no_single_deal():
    # real-pages-13 m04 (yybnet.net): the amounts describe the names after 的 (kg still misses the
    # facts there: "X独资的A项目" puts a company between 的 and the name)
    text = (
        "其中,最大的两个项目是总投资达22.5亿元的沈阳远大机电装备有限公司独资的天水市清水县风能开发项目"
        "和总投资达13.5亿元的大唐新能源陕西筹建处合资的汉中市留坝县冲滩风力发电项目。"
    )
    assert [a.scope for a in find_amounts(text)] == ["project", "project"]


def test_a_largest_single_deal_stays_one_deal_of_many():
    # the shapes `single` is meant for: no project picked out and named after 是/为
    assert [a.scope for a in find_amounts("本次签约项目中,单笔最大投资达到20亿元。")] == ["single"]
    assert [a.scope for a in find_amounts("其中最大的一笔投资为20亿元。")] == ["single"]
