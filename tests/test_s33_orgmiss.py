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
        ("会上,常务副县长周某某代表县人民政府分别与企业代表签订合作协议。", "周某某", {"县人民政府"}),
    ],
)
def test_a_person_acting_for_bodies_works_for_them(nlp, text, person, bodies):
    got = {org for head, org in works(nlp, text) if head == person}
    assert bodies <= got


@pytest.mark.parametrize(
    "text",
    [
        "座谈会上,李某某代表市委、市政府向各位企业家表示欢迎。",
        "签约仪式上,某某县县长王某某代表县委县政府对各位客商表示热烈欢迎。",
        "座谈会上,赵某某代表镇委镇政府对考察团一行表示欢迎。",
    ],
)
def test_a_committee_and_government_pair_names_no_employer(nlp, text):
    # the leadership pair is spoken for by the secretary and the county head alike (s33-actingfor)
    got = works(nlp, text)
    assert not {b for p, b in got if b in {"市委", "市政府", "县委", "县政府", "镇委", "镇政府"}}


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
