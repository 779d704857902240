"""Meeting names' left edges and the attendance hanging on them, from the error lists of the
tuning sets real-pages-11 and real-pages-6, confirmed on the A half of
benchmarks/audits/s17-meetedge: a verb with which guests witness or grace an event, or with
which a document goes to a meeting, ends the event's name on the left ("出席并见证|签约仪式",
"应邀莅临|大会", "决定提交|市委常委会议"); a second trigger joined to the first by 并 opens no
event's name, and the bare word left is the last event named that ends in it.

The sentences are written for each kind (no page's text or names).
"""

from __future__ import annotations

from test_meeting_kinds import read


def test_a_second_trigger_after_bing_opens_no_ceremony_and_the_bare_word_is_the_named_one(nlp):
    text = "5月9日,第三届青川茶叶博览会举行招商项目签约仪式。县委书记滕子骞,副县长危一鸣、贺立新出席并见证签约仪式。"
    mentions, facts = read(nlp, text)
    assert not any(m[0] == "MEETING" and m[1].startswith("并") for m in mentions)
    for p in ("滕子骞", "危一鸣", "贺立新"):
        assert ("attended", p, "招商项目签约仪式") in facts
        assert ("attended", p, "第三届青川茶叶博览会") not in facts


def test_a_witnessing_verb_joined_by_bing_opens_no_name_after_the_trigger(nlp):
    text = "6月3日,副县长危一鸣、贺立新出席并见证文旅项目集中签约仪式。"
    mentions, facts = read(nlp, text)
    assert ("MEETING", "文旅项目集中签约仪式") in mentions
    assert not any(m[0] == "MEETING" and "见证" in m[1] for m in mentions)
    assert ("attended", "贺立新", "文旅项目集中签约仪式") in facts


def test_a_gracing_verb_is_no_part_of_the_meeting_it_graces(nlp):
    text = "3月2日,云岭县第九届人民代表大会第二次会议开幕,县委组织部有关领导应邀莅临大会。"
    mentions, _ = read(nlp, text)
    assert not any(m[0] == "MEETING" and "莅临" in m[1] for m in mentions)
    assert ("MEETING", "云岭县第九届人民代表大会第二次会议") in mentions


def test_a_meeting_a_document_is_submitted_to_starts_after_the_verb(nlp):
    text = "本次主席会议同意两份建议书,并提交区政协常委会第12次会议审议。"
    mentions, _ = read(nlp, text)
    assert not any(m[0] == "MEETING" and m[1].startswith("提交") for m in mentions)
