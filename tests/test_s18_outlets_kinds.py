"""Outlets named outside bylines and datelines (s18-outlets, issue 14): a paper in book-title
marks ("内容出处: 《某某日报》 报纸"), an outlet alone in the brackets that close a paragraph
("…签约仪式。(某某日报)", "(某某新闻/王某 某地报导)"), an outlet of a credit ended by the bar
丨 that parts the page's fields ("来源:某某网某某频道丨作者:"), a national outlet named in running
text ("人民日报、新华社、央广网…等媒体", "澎湃新闻(www.…)注意到"); and the platforms a page names as
its own channels (微信, 微博) are no organisations. Sentences and names invented for these tests."""

from __future__ import annotations

import pytest
from test_joined_outlets import orgs

BAR_CREDIT = "发布时间:2021-05-03 10:08丨来源:溪南网青岚频道丨作者: 丨责任编辑:陈立伟\n5月3日,青岚县举行签约仪式。"


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("青岚县项目签约仪式举行\n内容出处: 《溪南日报》 报纸\n5月3日,青岚县举行项目签约仪式。", "溪南日报"),
        ("5月3日,《溪南晚报》、青岚电视台等媒体记者来到青岚县采访。", "溪南晚报"),
        ("5月3日,青岚县举行项目签约仪式,副县长冯晓安出席。(溪南商报)", "溪南商报"),
        ("5月3日,青岚县举行项目签约仪式,县长冯晓安出席。\n(青岚新闻/陈立伟 青岚报导)", "青岚新闻"),
        (BAR_CREDIT, "溪南网青岚频道"),
    ],
)
def test_outlets_named_in_marks_closing_brackets_and_bar_credits(nlp, text, outlet):
    assert outlet in orgs(nlp, text)


def test_a_bar_ends_the_credits_outlet(nlp):
    assert not any("丨" in o for o in orgs(nlp, BAR_CREDIT))


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("人民日报、新华社、央广网、溪南日报等媒体记者走进青岚县。", "央广网"),
        ("澎湃新闻(www.example.cn)注意到,冯晓安任青岚县长期间,该县引进项目12个。", "澎湃新闻"),
        ("5月3日,国际在线、光明网等媒体记者来到青岚县采访。", "国际在线"),
    ],
)
def test_national_outlets_in_running_text(nlp, text, outlet):
    assert outlet in orgs(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "5月3日,青岚县举行项目签约仪式。\n官方微博",
        "5月3日,青岚县举行项目签约仪式。\n扫码关注溪南日报官方微信",
        "5月3日,青岚县举行项目签约仪式。\n微博\n微信",
    ],
)
def test_a_pages_channels_are_no_organisations(nlp, text):
    assert not {"微博", "微信"} & orgs(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "会议传达了《关于加快项目建设的通报》和《青岚县工作简报》。",
        "5月3日,青岚县举行项目签约仪式,县长冯晓安出席。(陈立伟)",
        "青岚县溪南农业公司(溪南合作报)成立。",
    ],
)
def test_titles_and_brackets_that_name_no_outlet(nlp, text):
    found = orgs(nlp, text)
    assert not {"关于加快项目建设的通报", "青岚县工作简报", "陈立伟", "溪南合作报"} & found
