"""Session 33's works_for round (s33-worksfor audit): two posts written against each other with no
mark between them ("市委副书记市长某某", "自治区党委常委秘书长某某"): the list of titles goes on
over the title before, so the body named before it is the person's too
(kg/nlp/relations/title_runs.py). Placeholder names only.
"""

from __future__ import annotations

import pytest
from test_s26_works_kinds import posts, works


@pytest.mark.parametrize(
    ("text", "person", "body"),
    [
        ("6月3日,某某市委副书记市长王某某出席签约仪式并致辞。", "王某某", "市委"),
        ("9月10日,自治区党委书记张某某在自治区党委常委秘书长李某某陪同下调研。", "李某某", "自治区党委"),
    ],
)
def test_a_title_run_into_the_next_keeps_its_body(nlp, text, person, body):
    got = works(nlp, text)
    assert (person, body) in got, got


def test_both_posts_of_the_run_are_held(nlp):
    got = posts(nlp, "6月3日,某某市委副书记市长王某某出席签约仪式并致辞。")
    assert {("王某某", "市委副书记"), ("王某某", "市长")} <= got, got


def test_a_word_that_is_no_title_ends_the_list(nlp):
    # "会议室" is no title: 市委 is where the meeting is, not the mayor's body by this list.
    got = works(nlp, "某某市委会议室里,市长王某某听取汇报。")
    assert ("王某某", "市委") not in got, got
