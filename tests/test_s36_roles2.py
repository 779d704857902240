"""Session 36's holds_position round (s36-roles2 audit): the roles of an editors' credit that the
newer golds score as posts ("信息审核:某某", "初审:某某 终审:某 某", "摄影:某某", "编审某某" alone on its
line, a caption closed by "摄影 某某"): each name after the role holds it
(kg/nlp/relations/credit_posts.py credit_role_post). Placeholder names only.

Not where the role is a word of the prose ("经初审", "摄影周", "摄影师"), not without a mark unless
the names close the line (a reporters' bracket "摄影 某某 通讯员 某某)"), and 审核 / 监制 stay no post
(test_editor_credits).
"""

from __future__ import annotations

import pytest
from test_editor_credits import LEAD, posts


@pytest.mark.parametrize(
    ("credit", "name", "post"),
    [
        ("网络编辑:崔某某\n信息审核:冉某某", "冉某某", "信息审核"),
        ("记者/米某某 编辑:张某某 初审:郭某某 终审:陈 某", "郭某某", "初审"),
        ("记者/米某某 编辑:张某某 初审:郭某某 终审:陈 某", "陈 某", "终审"),
        ("(一审:李某某 二审:黄某某 三审:扶某某)", "黄某某", "二审"),
        ("图为招商引资推介会现场 摄影:德某某", "德某某", "摄影"),
        ("项目奠基仪式现场 摄影 肖某某", "肖某某", "摄影"),
        ("编辑张某某\n编审田某某", "田某某", "编审"),
    ],
)
def test_an_editors_credit_role_is_the_post_of_its_names(nlp, credit, name, post):
    got = posts(nlp, LEAD + credit + "\n")
    assert ("holds_position", name, post) in got, got


def test_every_name_of_the_credit_holds_the_role(nlp):
    got = posts(nlp, LEAD + "终审:陈某某 张某\n")
    assert {("holds_position", "陈某某", "终审"), ("holds_position", "张某", "终审")} <= got, got


@pytest.mark.parametrize(
    "text",
    [
        "3月5日,平遥古城国际摄影周开幕,摄影师李某某到场拍摄。\n",
        "3月5日,材料经初审 王某某等人入选,名单将另行公布。\n",
        "(记者 汤某某 见习记者 董某某 摄影 杨某 通讯员 杨某某)3月5日,项目集中开工。\n",
        LEAD + "审核:陈某某\n监制:张某某\n",
    ],
)
def test_no_credit_role_post_outside_a_credit(nlp, text):
    got = posts(nlp, text)
    assert not {f for f in got if f[2] in ("摄影", "初审", "审核", "监制")}, got
