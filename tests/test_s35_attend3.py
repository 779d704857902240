"""Session 35 (s35-attend3): a trigger opening a later clause of a sentence with no subject of
its own has the run of names opening the sentence as its subject (kg/nlp/relations/
attendees_carried.py, rule ``attendees_carried``; ``[attended] carried_joiners`` in
ontology/patterns/relations.toml): "A,B…一行到某县调研督导,出席某某仪式", "区长A带队…负责同志,
参加了某某洽谈会", "A宣布…开工,并参加某某仪式". Placeholder names throughout.
"""

from __future__ import annotations

from conftest import meetings_and_event_facts

# a trip clause between the run of names (cut by commas, closed by 一行) and the trigger
TRIP = (
    "某某县重点项目集中开工\n\n"
    "3月16日下午,市委书记张某某,市委副书记、市长李某某,副市长王某某一行到某某县调研督导重点项目建设,"
    "出席某某县2021年重点项目开工复工仪式,张某某宣布开工。\n"
)

# a lead clause ("带队…负责同志") between the name and the trigger
LEAD = (
    "某区组团参加经贸洽谈会\n\n"
    "5月18日,区长赵某某带队区政府办、发改局、开发区管委会主要负责同志,参加了2024年全省重点项目投资洽谈会。\n"
)

# an announcement, then 并 and the trigger
ANNOUNCE = (
    "某市重大项目全面开工\n\n市委书记孙某某宣布全市重大项目全面开工,并参加全区2024年第二批重点项目集中开工仪式。\n"
)

# the trigger's clause describes others who attend ("出席…的还有"): not the opening name's
DESCRIBED = "某某开工仪式举行\n\n县长周某某到某某镇调研项目建设,出席某某开工仪式的还有副县长吴某某。\n"

# a second person before the trigger who is no part of the opening run: nothing read
OBJECT = "某某签约仪式举行\n\n上午,市长郑某某会见了某某集团董事长钱某某一行,并出席某某项目签约仪式。\n"


def carried(nlp, text: str) -> set[tuple[str, str]]:
    """``(person, meeting)`` of the facts the ``attendees_carried`` rule gives on ``text``."""
    from kg.ingest import segment_document
    from kg.nlp.pipeline import analyse_article

    out = set()
    for art in segment_document("t.txt", text):
        doc = analyse_article(nlp, art)
        ms, t = doc._.mentions, art.text
        for r in doc._.relations:
            if r.rule == "attendees_carried":
                head, tail = ms[r.head], ms[r.tail]
                out.add((t[head.start : head.end], t[tail.start : tail.end]))
    return out


def test_trip_clause_carries_the_run(nlp):
    _, facts = meetings_and_event_facts(nlp, TRIP)
    attended = {p for t, p, m in facts if t == "attended" and m.endswith("开工复工仪式")}
    assert {"张某某", "李某某", "王某某"} <= attended


def test_lead_clause_carries_the_name(nlp):
    assert {p for p, m in carried(nlp, LEAD) if m.endswith("洽谈会")} == {"赵某某"}


def test_announcement_then_trigger(nlp):
    assert {p for p, m in carried(nlp, ANNOUNCE) if m.endswith("集中开工仪式")} == {"孙某某"}


def test_described_attendees_are_not_the_opening_name(nlp):
    _, facts = meetings_and_event_facts(nlp, DESCRIBED)
    assert not any(t == "attended" and p == "周某某" for t, p, m in facts)
    assert not carried(nlp, DESCRIBED)


def test_a_second_person_before_the_trigger_stops_the_rule(nlp):
    assert not carried(nlp, OBJECT)
