"""Posts of autonomous prefectures (州), leagues (盟) and banners (旗): their governors' titles
(州长, 副盟长, 旗长 …, ``lexicon/titles.txt``) and their party committees written bare before
a title (州委|副书记, ``org.standalone_title_bodies``), as the county's and city's already were
(issue 14, session 16: real-pages-5 and real-pages-2 missed them on three pages of three
regions). Invented sentences."""

from __future__ import annotations

from test_relations import facts


def test_a_prefecture_leader_holds_both_posts_and_works_for_its_committee(nlp):
    got = facts(nlp, "州委副书记、州长李明华出席签约仪式。")
    assert {("holds_position", "李明华", "州长"), ("works_for", "李明华", "州委")} <= got


def test_a_league_and_a_banner_leader(nlp):
    got = facts(nlp, "盟委委员、行署常务副盟长王建国介绍情况，旗委副书记、旗长张海涛主持会议。")
    assert ("holds_position", "王建国", "常务副盟长") in got and ("works_for", "王建国", "盟委") in got
    assert ("holds_position", "张海涛", "旗长") in got and ("works_for", "张海涛", "旗委") in got


def test_a_university_committee_still_needs_its_university(nlp):
    got = facts(nlp, "学校党委书记周明出席。")
    assert not any(f[0] == "works_for" and f[2] == "党委" for f in got)
