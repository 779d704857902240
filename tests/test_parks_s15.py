"""Projects, session 15 corpus audit of issue 14 (benchmarks/audits/s15-parks): a body's clause run
into a project's name.

A report says what a body did to a project: "某县政府完成|某乡某村产业道路改善工程", "某派出所针对|
某村某桥旁支线道路工程". The left walk from the head word allows verbs inside a project's name (a
trade's verbs: 发电, 养殖, 拉挤), so it ran over the verb and took the body as the name's first
word. A verb tagged v right after a body and right before a place is the clause's verb: the name
starts after it. A company's trade verb followed by what it makes stays in the name.

Sentences of each kind, names invented."""

from __future__ import annotations

from conftest import recognised


def projects(text: str) -> set[str]:
    return recognised(text, "PROJECT")


def test_a_county_government_and_its_verb_open_no_name():
    found = projects("据了解，青川县政府完成白云乡石门村产业联络道路改善工程，全长约3公里。")
    assert "白云乡石门村产业联络道路改善工程" in found
    assert not any(name.startswith("青川县政府") for name in found)


def test_a_government_office_and_its_verb_in_traditional_script():
    found = projects("南山縣政府辦理東平鄉柳溪部落聯絡道路改善工程，經費由中央補助。")
    assert "東平鄉柳溪部落聯絡道路改善工程" in found
    assert not any(name.startswith("南山縣政府") for name in found)


def test_a_company_and_its_trade_verb_stay_in_the_name():
    found = projects("视察组察看了青禾橡塑科技有限公司拉挤胶管生产项目。")
    assert "青禾橡塑科技有限公司拉挤胶管生产项目" in found


def test_a_verb_a_body_does_to_a_project_ends_the_name():
    found = projects("会上，青禾能源有限公司汇报项目进展情况，各部门逐一发言。")
    assert not any(name.startswith("青禾能源有限公司") for name in found)
    found = projects("目前，长河市水务局完成城东片区供水管网改造工程，惠及居民两万户。")
    assert "城东片区供水管网改造工程" in found
    assert not any(name.startswith("长河市水务局") for name in found)
