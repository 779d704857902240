"""Session 37's works_for round (s37-worksfor4 audit): a title whose body is written by a short
form of a name the article gives in full ("某某鋼鐵股份有限公司…與某某鋼鐵|董事長X", "由某某企業|董事長X",
"國立某某大學…與某某大學|校長X"): the person works for the body named in full
(kg/nlp/relations/short_form_posts.py, read by the title list of title_before_name). Invented
names only.

Not where the name drops more than a firm's legal form, nor where the run opens inside a longer
word.
"""

from __future__ import annotations

import pytest
from test_relations import facts


def employers(nlp, text: str, person: str) -> set[str]:
    return {f[2] for f in facts(nlp, text) if f[0] == "works_for" and f[1] == person}


@pytest.mark.parametrize(
    ("text", "person", "body"),
    [
        (
            "雲州鋼鐵股份有限公司10日舉行新廠動土典禮，縣長王大明受邀出席，與雲州鋼鐵董事長杜志明等人共同執鏟祈福。",
            "杜志明",
            "云州钢铁股份有限公司",
        ),
        (
            "工信企業產業創新園區動土儀式熱鬧展開，由工信企業董事長胡正明與副市長葉澤明一同執鏟。"
            "工信企業股份有限公司表示將擴大投資。",
            "胡正明",
            "工信企业股份有限公司",
        ),
    ],
)
def test_a_short_form_of_a_body_named_in_full_is_the_body_of_the_title(nlp, text, person, body):
    assert body in employers(nlp, text, person)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # the name drops more than a legal form ("…|工業有限公司"): no short form of it
        ("雲州鋼鐵工業有限公司10日舉行簽約儀式，縣長王大明受邀出席，與雲州鋼鐵董事長杜志明等人共同出席。", "杜志明"),
        # the run opens inside a longer word ("電|工信企業")
        ("工信企業股份有限公司表示將擴大投資。動土儀式由電工信企業董事長胡正明主持。", "胡正明"),
    ],
)
def test_no_body_when_the_short_form_is_not_one_names(nlp, text, person):
    assert employers(nlp, text, person) == set()
