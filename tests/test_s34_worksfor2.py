"""Session 34's works_for round (s34-worksfor2 audit): a post whose body is named a short word
before the title, no mark between ("某某电气公司|人事|经理X", "某某发展局|西北|代表X",
"某某外交部|驻港|副特派员X", "某某集团  董事长X"): the person works for the body
(kg/nlp/relations/gap_posts.py). Placeholder names only (华星 as in kg/nlp/relations/departments.py).

Not when the gap holds a function character ("某某公司的经理X", "某某集团与村支部书记X") or ends
in a body's head word ("某某县政府新闻办主任X": a body of its own).
"""

from __future__ import annotations

import pytest
from test_s26_works_kinds import posts, works


@pytest.mark.parametrize(
    ("text", "person", "body", "post"),
    [
        ("华星电气有限公司人事经理王某某说,今年订单还是比较多。", "王某某", "华星电气有限公司", "经理"),
        ("华星控股集团  董事长李某某现场陪同调研。", "李某某", "华星控股集团", "董事长"),
        ("开幕典礼上,中国外交部驻港副特派员张某某致辞。", "张某某", "中国外交部", "副特派员"),
    ],
)
def test_a_short_word_between_the_body_and_the_title(nlp, text, person, body, post):
    assert (person, body) in works(nlp, text), works(nlp, text)
    assert any(p == person and post in str(v) for p, v in posts(nlp, text)), posts(nlp, text)


@pytest.mark.parametrize(
    ("text", "person", "body"),
    [
        ("华星电气有限公司的经理王某某说,今年订单还是比较多。", "王某某", "华星电气有限公司"),
        ("华星控股集团与村支部书记李某某现场签约。", "李某某", "华星控股集团"),
    ],
)
def test_no_body_across_a_clause(nlp, text, person, body):
    assert (person, body) not in works(nlp, text), works(nlp, text)
