"""Names the s11-names audit (issue 14, round 4 of the names focus) found cut on pages of
several sites: after a job title the tagger cut a three-character name before its last
character and read that as a word of its own (a locative, a number, an adverb), so the person
lost a character ("董事|某明|中|以…", "记者|某木|上|/", "县长|某传|永|深入"). Sentences and
names invented for these tests."""

from __future__ import annotations

import pytest
from test_relations import relations_of

from kg.nlp.pipeline import make_pipeline


@pytest.fixture(scope="module")
def nlp():
    return make_pipeline()


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("独立董事何明中以通讯方式参会。", "何明中", "董事"),
        ("(记者吕木上/台北报导)区公所举办活动。", "吕木上", "记者"),
        ("县委副书记、县长罗传永深入企业调研。", "罗传永", "县长"),
        ("任命副总裁许倩一为代理总裁。", "许倩一", "副总裁"),
    ],
)
def test_a_name_cut_before_a_lone_character_takes_it_back(nlp, text, name, title):
    found = relations_of(nlp, text, "holds_position")
    assert ("holds_position", name, title) in found
    assert ("holds_position", name[:2], title) not in found


def test_a_name_in_a_list_after_a_title_takes_it_back(nlp):
    found = relations_of(nlp, "独立董事田明、何明中以通讯方式参会。", "holds_position")
    assert ("holds_position", "何明中", "董事") in found


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("市长张强也参加了会议。", "张强", "市长"),
        ("主任王伟又强调安全。", "王伟", "主任"),
        ("局长李明正带领调研组。", "李明", "局长"),
        ("书记王海将出席会议。", "王海", "书记"),
    ],
)
def test_an_adverb_after_a_name_stays_out_of_it(nlp, text, name, title):
    found = relations_of(nlp, text, "holds_position")
    assert ("holds_position", name, title) in found
    assert not any(r[1].startswith(name) and r[1] != name for r in found)
