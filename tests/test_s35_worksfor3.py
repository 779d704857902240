"""Session 35's works_for round (s35-worksfor3 audit): a reporters' credit whose outlet stands
before it on its line with a mark or the rest of a dateline between ("来源:某某日报-记者X",
"【某某传媒／記者 X／某地 報導】", "某某中心讯(记者 X)" not opening its sentence, "某某网6月16日讯
(某某 记者X)", "据《某某日报》报道(记者 X)"): the reporters work for the outlet
(kg/nlp/relations/outlet_bylines.py credit_after_outlet). Placeholder names only.

Not across Chinese text that is no dateline ("某某日报当代融媒体记者X": a longer outlet's name),
and only the nearest outlet: "某报记者A 某网记者B" gives B the second outlet, never the first.
"""

from __future__ import annotations

import pytest
from test_s26_works_kinds import works


@pytest.mark.parametrize(
    ("text", "person", "outlet"),
    [
        ("来源:华星日报-记者王某某 发布时间:2020-08-03 08:47:01", "王某某", "华星日报"),
        ("【华星传媒／記者 李某某／某地 報導】县政府今日举行合作备忘录签署仪式。", "李某某", "华星传媒"),
        ("丝路华星/华星县融媒体中心讯(记者 张某某)10月9日,县委书记来到高新区调研。", "张某某", "华星县融媒体中心"),
        ("华星新闻网4月23日讯 据《华星日报》报道(记者 赵某某)4月22日,重大项目集中开工。", "赵某某", "华星日报"),
        ("华星网6月16日讯 (钱某某 记者孙某某) 开幕以来,县里推介了33个项目。", "孙某某", "华星网"),
    ],
)
def test_a_credit_after_its_outlet(nlp, text, person, outlet):
    assert (person, outlet) in works(nlp, text), works(nlp, text)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("华星日报当代融媒体记者郑某某", "郑某某"),
        ("华星网6月16日讯 (钱某某 记者孙某某) 开幕以来,县里推介了33个项目。", "钱某某"),
    ],
)
def test_no_outlet_across_a_name_or_another_credit(nlp, text, person):
    assert not [w for w in works(nlp, text) if w[0] == person], works(nlp, text)


def test_only_the_nearest_outlet(nlp):
    """ "某报记者A 某网记者B": B works for the outlet written before B's title (since session 37 the
    site name after a blank is found, s37-orgmiss4), never for the one before A's."""
    text = "华星网12月25日讯(华星日报记者周某某 华星网记者吴某某) 省人大常委会会议25日结束。"
    found = works(nlp, text)
    assert ("吴某某", "华星日报") not in found, found
    assert ("吴某某", "华星网") in found, found
    assert ("周某某", "华星日报") in found, found


def test_a_paired_dateline_keeps_its_own_rule(nlp):
    """ "某某网·某某新闻某地讯(记者 X)": the channel's paper, not the channel (paired_datelines)."""
    text = "华星网·华星新闻济南11月28日讯(记者 王某某)11月28日下午,区委书记到工业区调研。"
    assert ("王某某", "华星新闻") not in works(nlp, text), works(nlp, text)


def test_a_dateline_with_a_blank_after_its_outlet(nlp):
    """ "某某网 天津4月8日电 (A B)": the agency's reporters, a blank before the place."""
    text = "华星网 天津4月8日电 (王某某 杨某某)4月8日,由天津市投资促进局主办的招商引资推介会举行。"
    assert {("王某某", "华星网"), ("杨某某", "华星网")} <= works(nlp, text), works(nlp, text)
