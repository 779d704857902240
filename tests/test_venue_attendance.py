"""One placed at a branch or main venue of the article's event with no attendance verb attended
it (session 37, s37-meetattend6; kg/nlp/relations/venue_attendance.py): "在某某分会场,市委书记A
就…进行汇报", "市长A在某某分会场向省主会场汇报", "…仪式主会场,随着市委书记A一声号令".

The sentences are written for the kind, with placeholder names (no page's text or names).
"""

from __future__ import annotations

from test_meeting_kinds import read


def attended(facts: set[tuple[str, str, str]], person: str, event: str) -> bool:
    return any(t == "attended" and h == person and event in m for t, h, m in facts)


def test_the_persons_of_the_clause_a_branch_venue_opens(nlp):
    text = (
        "3月20日上午,某某市举办春季项目集中开工暨重点招商引资项目签约活动。"
        "在某某县分会场,某某县委书记王某某就项目集中开工及项目签约情况进行汇报。"
    )
    _, facts = read(nlp, text)
    assert attended(facts, "王某某", "签约活动")


def test_a_person_right_before_the_branch_venue(nlp):
    text = (
        "8月1日,某省2023年重点项目集中开工仪式举行。"
        "市委副书记、市长李某某在某某分会场向省主会场汇报我市重大项目集中开工情况。"
    )
    _, facts = read(nlp, text)
    assert attended(facts, "李某某", "集中开工仪式")


def test_a_venue_that_opens_no_clause_of_persons_is_not_read(nlp):
    text = (
        "8月1日,某省2023年重点项目集中开工仪式举行。"
        "在主会场开工的某某物流园项目总投资5亿元。次日,市长李某某前往某某企业调研。"
    )
    _, facts = read(nlp, text)
    assert not attended(facts, "李某某", "集中开工仪式")


def test_a_venue_set_up_in_another_clause_places_no_one(nlp):
    text = "8月1日,某省2023年重点项目集中开工仪式举行。我市在某某公司项目现场设分会场,市长李某某随后前往某某企业调研。"
    _, facts = read(nlp, text)
    assert not attended(facts, "李某某", "集中开工仪式")


def test_the_event_named_in_the_venue_is_the_one_attended(nlp):
    text = (
        "4月7日,某省2023年重点项目集中开工仪式举行,全市2023年重点项目集中开工仪式同步举行。"
        "在某省2023年重点项目集中开工仪式某某分会场,市委书记王某某向省委省政府报告了项目建设情况。"
    )
    _, facts = read(nlp, text)
    assert attended(facts, "王某某", "省2023年重点项目集中开工仪式")
    assert not attended(facts, "王某某", "全市2023年重点项目集中开工仪式")
