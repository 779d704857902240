"""Session 34 (s34-meetfp): an event named inside a longer one whose rest is a branch venue of it
("…集中开工仪式|某县分会场活动", "…招商大会|主场活动", "…集中签约仪式|某县专场活动") is the whole event the
branch takes part in, no mention of its own there: the branch's event is the mention
(kg/nlp/entities/inner_mentions.py ``inside_event``, ``[meeting] sub_venue_of_inner``). An event named
inside a longer one about it (a fair and its signing ceremony) stays a mention.
"""

from __future__ import annotations

from conftest import meetings_and_event_facts


def test_the_whole_event_before_a_branch_venue_is_no_mention(nlp):
    name = "全省2024年重点项目集中开工仪式某某县分会场活动"
    meetings, _ = meetings_and_event_facts(nlp, f"4月7日上午,{name}在某某高新区举行,共开工项目12个。")
    assert name in meetings
    assert "全省2024年重点项目集中开工仪式" not in meetings


def test_a_branch_held_at_a_site_or_as_a_special_session(nlp):
    site = "大同市2024年重点项目集中开工仪式广灵现场活动"
    meetings, _ = meetings_and_event_facts(nlp, f"4月20日,{site}在广灵县经济开发区举行。")
    assert site in meetings
    assert "大同市2024年重点项目集中开工仪式" not in meetings
    session = "绵阳市第四季度重点项目线上集中签约仪式梓潼县专场活动"
    meetings, _ = meetings_and_event_facts(nlp, f"9月28日,{session}举行,共签约项目8个。")
    assert session in meetings
    assert "绵阳市第四季度重点项目线上集中签约仪式" not in meetings


def test_a_fair_inside_its_signing_ceremony_stays_a_mention(nlp):
    meetings, _ = meetings_and_event_facts(
        nlp, "5月20日,第十五届安徽投资贸易洽谈会重大项目签约仪式在合肥滨湖国际会展中心举行。"
    )
    assert "第十五届安徽投资贸易洽谈会重大项目签约仪式" in meetings
    assert "第十五届安徽投资贸易洽谈会" in meetings
