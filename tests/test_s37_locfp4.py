"""``located_in`` false facts of session 37 (s37-locfp4): a project whose name opens with a natural
site (a mountain, lake, reservoir…, ``located_in.name_only_sites``) that the article writes nowhere
else is called after the site, not placed in it (``place_prefix``; the golds of seven sites leave
such a site out as the project's place: a ski field after its mountain, a reservoir's main works
after the reservoir). A site the article also writes on its own still holds the project, and the
county before the site still does. Sentences from public pages (addresses in the comments) or with
placeholder names, none from the tuning sets.
"""

from __future__ import annotations

from conftest import located_pairs


def test_works_called_after_a_reservoir_written_only_in_their_name_are_not_in_it(nlp):
    # http://caijing.91abroad.com/caijing/2023/0520/40177.html
    got = located_pairs(nlp, "今天(5月20日),藻渡水库主体工程在重庆綦江区赶水镇南坪村开工。")
    assert ("藻渡水库主体工程", "藻渡水库") not in got, got


def test_a_project_in_a_lake_written_apart_still_lies_in_it(nlp):
    # placeholder names: the lake written on its own in the next sentence
    text = "当天,同心湖产业科技园项目正式开工,总投资8亿元。同心湖是当地最大的湖泊。"
    got = located_pairs(nlp, text)
    assert ("同心湖产业科技园项目", "同心湖") in got, got


def test_the_county_before_a_mountain_still_holds_the_project(nlp):
    # http://lyrb.lyd.com.cn/html/2007-12/07/content_364099.htm (the county and the project joined)
    got = located_pairs(nlp, "栾川县伏牛山滑雪场二期开发项目总投资2亿元。")
    assert ("栾川县伏牛山滑雪场二期开发项目", "栾川县") in got, got
    assert all(tail != "伏牛山" for _, tail in got), got
