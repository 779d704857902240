"""Posts and names the s10-names round-2 audit found missed on pages of several sites (issue 14):
titles absent from ``ontology/lexicon/titles.txt`` (a foundation's 执行长 read as a bank's 行长;
司长, 行政长官, 董事, 常务监事 giving no post) and a name after a title ended by 及 / 以及.
Sentences and names invented for these tests."""

from __future__ import annotations

import pytest
from test_relations import relations_of

from kg.pipeline import build_graph


def test_a_foundations_executive_is_no_bank_head(nlp):
    found = relations_of(nlp, "慈善基金会执行长钱鸿远致词。", "holds_position")
    assert ("holds_position", "钱鸿远", "执行长") in found
    assert ("holds_position", "钱鸿远", "行长") not in found


def test_a_deputy_executive_keeps_the_whole_title(nlp):
    found = relations_of(nlp, "邀基金会副执行长孔丽文等人与会。", "holds_position")
    assert ("holds_position", "孔丽文", "副执行长") in found


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("律政司司长叶嘉明出席典礼。", "叶嘉明", "司长"),
        ("行政长官岑文杰出席升旗仪式。", "岑文杰", "行政长官"),
        ("农会常务监事邝永明主持大会。", "邝永明", "常务监事"),
        ("教育部体育署署长庞立伟颁奖。", "庞立伟", "署长"),
    ],
)
def test_government_and_board_titles_are_posts(nlp, text, name, title):
    assert ("holds_position", name, title) in relations_of(nlp, text, "holds_position")


def test_a_board_title_shared_by_a_list_belongs_to_each_name(nlp):
    found = relations_of(nlp, "基金会董事方慧敏、孔令杰到场参加。", "holds_position")
    assert {("holds_position", "方慧敏", "董事"), ("holds_position", "孔令杰", "董事")} <= found


def test_a_longer_title_still_wins_over_its_start(nlp):
    found = relations_of(nlp, "公司董事长葛春林主持会议。", "holds_position")
    assert ("holds_position", "葛春林", "董事长") in found
    assert ("holds_position", "葛春林", "董事") not in found


def test_a_title_before_a_group_noun_names_no_one(nlp):
    found = relations_of(nlp, "理事单位、会员单位代表参加会议。", "holds_position")
    assert not found


@pytest.mark.parametrize(
    "text",
    ["省书协副主席高平以及县领导出席。", "县议员许嘉宏、副主席安宁及代表会主席何美玲出席。"],
)
def test_a_name_after_a_title_ends_at_ji_and_yiji(nlp, text):
    name = "高平" if "高平" in text else "安宁"
    assert any(f[1] == name for f in relations_of(nlp, text, "holds_position"))


def test_a_person_named_like_a_city_keeps_the_name_written(tmp_path):
    # 高平 is also a city (高平市): the person's label is the name on the page.
    (tmp_path / "a.txt").write_text("省书协副主席高平以及县领导出席座谈会。", encoding="utf-8")
    G = build_graph([tmp_path / "a.txt"], jobs=1)
    persons = {d.get("label") for _, d in G.nodes(data=True) if d.get("type") == "PERSON"}
    assert "高平" in persons
    assert "高平市" not in persons
