"""News outlets the s12-org audit found missed on ten pages of ten sites (issue 14): the
outlet that opens a report's lead ("某某网 某地12月21日电", "某某在线消息 11月23日", "【某某2012年
11月29日訊】"), the outlet of a byline ("某某新闻记者 王某"), and source credits with a middle dot
("来源:中国·某某网", "来源:某某日报·某某版"). Sentences and names invented for these tests."""

from __future__ import annotations

import pytest
from test_org_round3 import orgs
from test_relations import facts


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("溪南网 云州5月3日电(记者 冯晓安)5月2日,云州县举行项目开工仪式。", "溪南网"),
        ("青岚网湖北黄梅2021年6月8日电 2021年6月8日上午,黄梅县召开会议。", "青岚网"),
        ("河口在线消息 9月12日,县委书记王建明到某某公司调研。", "河口在线"),
        ("汇川点讯 3月9日,某某商会在南京举行年会。", "汇川点"),
        ("【星辰台2015年4月2日訊】(記者林某某台北報導)某某協會今天召開大會。", "星辰台"),
        ("碧水網3月4日宜蘭訊 3月2日,宜蘭縣政府舉辦活動。", "碧水网"),
        ("中國臺海網2月4日眉山訊 1月20日,眉山市臺辦主任李某某率隊調研。", "中国台海网"),
        ("華興社嘉義3月1日電(記者 林某某)嘉義縣政府今天舉辦活動。", "华兴社"),
        ("远山新闻记者 陈立伟 通讯员 赵明\n5月2日,县里举行活动。", "远山新闻"),
        ("县长出席活动。来源:中国·鹤鸣网", "中国·鹤鸣网"),
        ("县长出席活动。\n来源:法治日报·政法新闻版", "法治日报"),
    ],
)
def test_the_outlet_of_a_dateline_byline_or_credit_is_an_org(nlp, text, outlet):
    assert outlet in orgs(nlp, text)


def test_the_reporter_of_a_byline_outlet_works_for_it(nlp):
    text = "远山新闻记者 陈立伟\n5月2日,县里举行活动。"
    assert ("works_for", "陈立伟", "远山新闻") in facts(nlp, text)
    # a credit in brackets after the lead's mark, with the kind of reporter between (lead session 12)
    text = "本报讯（溪南网记者 冯晓安 通讯员 李明）5月2日，云州县举行项目开工仪式。"
    assert ("works_for", "冯晓安", "溪南网") in facts(nlp, text)
    text = "（青岚日报全媒记者 陈立伟）近日，云州县举行活动。"
    assert ("works_for", "陈立伟", "青岚日报") in facts(nlp, text)


@pytest.mark.parametrize(
    ("text", "not_org"),
    [
        ("本报讯 (记者 王某某)5月2日,县里举行活动。", "本报"),
        ("北京6月22日电(记者 王某某)会议在京召开。", "北京"),
        ("本报平遥11月7日电 (记者 王某某)11月7日上午,平遥县举行开工仪式。", "本报平遥"),
        ("重磅消息\n某某公司今天发布新产品。", "重磅"),
        ("首席记者 王某某\n5月2日,县里举行活动。", "首席"),
        ("（融媒体记者 王某某）近日，县里举行活动。", "融媒体"),
        ("(本网记者 王某某)近日,县里举行活动。", "本网"),
    ],
)
def test_no_outlet_where_the_lead_names_none(nlp, text, not_org):
    assert not_org not in orgs(nlp, text)
