"""``attended`` is not read from a trigger that describes whom the subject greets ("县领导看望出席
县政协会议的委员", "向参加会议的代表表示慰问": the visitors are not said to attend; ``[attended]
greets_attendees`` of ontology/patterns/relations.toml), session 21, from real-pages-15's errors;
the genre (leaders calling on the delegates of the local 两会) is common on county pages.

The persons are made up; the meeting's names are of the kind.
"""

from __future__ import annotations

from conftest import meetings_and_event_facts


def test_leaders_who_call_on_the_members_do_not_attend(nlp):
    _, facts = meetings_and_event_facts(
        nlp,
        "12月9日,县委书记贺文山,县委副书记、县长郑立群等县领导来到委员驻地,"
        "亲切看望出席政协宁远县第十一届委员会第三次会议的全体政协委员。",
    )
    assert not {f for f in facts if f[0] == "attended" and f[1] in ("贺文山", "郑立群")}


def test_greeting_those_attending_with_a_preposition(nlp):
    _, facts = meetings_and_event_facts(
        nlp,
        "县委书记贺文山代表县委向参加宁远县第十九届人民代表大会第三次会议的全体代表表示问候。",
    )
    assert not {f for f in facts if f[0] == "attended" and f[1] == "贺文山"}


def test_the_leaders_who_attend_still_do(nlp):
    _, facts = meetings_and_event_facts(
        nlp,
        "12月9日,政协宁远县第十一届委员会第三次会议开幕。县委书记贺文山,县委副书记、县长郑立群出席会议。",
    )
    assert ("attended", "贺文山", "政协宁远县第十一届委员会第三次会议") in facts
