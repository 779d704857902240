"""Session 30's works_for round (s30-works audit): a firm's regional post, on real lines of the
tuning pages (each test names its page).

"某集团|华北区域|总经理X", "某公司|中国区|董事总经理X": the region written between the firm and the
title belongs to the post, and the head works for the firm named before the region
(kg/nlp/relations/region_posts.py). A district before a title ("王益区委书记") stays a body of
its own, and a firm's regional unit with its own head word ("…中原区域指挥部执行总经理") is the
unit's post, not the firm's.
"""

from __future__ import annotations

import pytest
from test_s26_works_kinds import posts, works


@pytest.mark.parametrize(
    ("text", "person", "body", "post"),
    [
        # real-pages-38 p10 (tongchuan.gov.cn)
        (
            "王蒙在活动现场宣布王益区2021年“产业年项目年招商年”攻坚行动暨第一批重点项目开工,刘军讲话,"
            "中铁十八局集团第五工程有限公司西北区域副总经理刘敬星代表施工单位发言。",
            "刘敬星",
            "中铁十八局集团第五工程有限公司",
            "西北区域副总经理",
        ),
        # real-pages-28 d08 (bilezu.com, a Dalian paper's report)
        (
            "25日、26日,肖盛峰分别会见了华润集团董事长傅育宁,比亚迪股份有限公司董事局主席王传福,"
            "美国黑石集团中国区董事总经理王天兵,凯天环保科技股份有限公司总裁周波。",
            "王天兵",
            "美国黑石集团",
            "中国区董事总经理",
        ),
    ],
)
def test_a_firms_regional_head_works_for_the_firm(nlp, text, person, body, post):
    assert (person, body) in works(nlp, text)
    assert (person, post) in posts(nlp, text)


def test_the_other_heads_of_the_list_keep_their_own_firms(nlp):
    # real-pages-28 d08: the region reads no further left than its own item of the list
    text = (
        "25日、26日,肖盛峰分别会见了华润集团董事长傅育宁,比亚迪股份有限公司董事局主席王传福,"
        "美国黑石集团中国区董事总经理王天兵,凯天环保科技股份有限公司总裁周波。"
    )
    got = works(nlp, text)
    assert ("周波", "美国黑石集团") not in got
    assert ("王传福", "美国黑石集团") not in got
    assert ("周波", "凯天环保科技股份有限公司") in got


def test_a_district_before_a_title_is_no_firms_region(nlp):
    # real-pages-38 p10: 王益区委书记 is the district committee's secretary, no region's post
    text = "王益区委书记王蒙在活动现场宣布王益区2021年第一批重点项目开工。"
    assert ("王蒙", "区委书记") in posts(nlp, text)
    assert ("王蒙", "王益区委") in works(nlp, text)
