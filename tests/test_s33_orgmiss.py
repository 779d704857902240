"""Session 33's ORG / works_for round (s33-orgmiss audit): a person acting for a body.

"某某代表市委、市政府向…致辞", "县长某某代表某某县人民政府与某公司签约": the one who speaks or signs for a
body (代表 right after the name) works for it (kg/nlp/relations/acting_for.py). Sentences written
with placeholder names, in the shapes of the tuning pages' lines.
"""

from __future__ import annotations

import pytest
from test_s26_works_kinds import works


@pytest.mark.parametrize(
    ("text", "person", "bodies"),
    [
        ("签约仪式上,县长张某某代表甲乙县人民政府与丙丁新材料有限公司签订投资协议。", "张某某", {"甲乙县人民政府"}),
        ("座谈会上,李某某代表市委、市政府向各位企业家表示欢迎。", "李某某", {"市委"}),
        ("王某某代表县委县政府对客商的到来表示感谢。", "王某某", {"县委"}),
    ],
)
def test_a_person_acting_for_bodies_works_for_them(nlp, text, person, bodies):
    got = {org for head, org in works(nlp, text) if head == person}
    assert bodies <= got


def test_only_the_first_body_of_a_row_is_the_persons(nlp):
    # the party secretary greets guests for "市委、市政府": the committee is his
    got = works(nlp, "座谈会上,李某某代表市委、市政府向各位企业家表示欢迎。")
    assert ("李某某", "市政府") not in got


def test_the_other_party_after_the_row_is_not_the_persons(nlp):
    got = works(nlp, "签约仪式上,县长张某某代表甲乙县人民政府与丙丁新材料有限公司签订投资协议。")
    assert ("张某某", "丙丁新材料有限公司") not in got


def test_the_leadership_row_names_no_employer(nlp):
    # the four leading bodies greeting guests: the place's leadership, not the mayor's employers
    got = works(nlp, "市长赵某某代表市委、市人大、市政府、市政协向客商表示欢迎。")
    assert not {org for head, org in got if head == "赵某某"} & {"市人大", "市政协"}


def test_a_deputy_before_the_name_is_no_acting_verb(nlp):
    got = works(nlp, "会上,人大代表张某某提出建议,市政府作了答复。")
    assert ("张某某", "市政府") not in got
