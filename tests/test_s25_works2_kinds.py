"""A bare party committee or zone administration opening a clause refers to the one the
article named with that head (body_by_reference, ``association_references``; s25-works2 audit:
"某镇党委书记甲,党委副书记、某县副县长乙", "…作项目介绍,管委会副主任乙主持会议", 4 pages of
4 sites of the tuning sets). Sentences and names invented for these tests."""

from __future__ import annotations

from test_relations import relations_of


def works(nlp, text: str) -> set[tuple[str, str]]:
    return {(f[1], f[2]) for f in relations_of(nlp, text, "works_for")}


def posts(nlp, text: str) -> set[str]:
    return {f[1] for f in relations_of(nlp, text, "holds_position")}


def test_a_bare_party_committee_after_the_towns_committee(nlp):
    text = "溪桥镇党委书记柏文澜,党委副书记、镇长郗明远等参加座谈。"
    assert ("郗明远", "溪桥镇党委") in works(nlp, text)


def test_a_bare_administration_after_the_zones_administration(nlp):
    text = "青溪高新区管委会举行签约仪式。管委会副主任郗明远主持会议。"
    assert ("郗明远", "青溪高新区管委会") in works(nlp, text)


def test_the_committee_named_last_of_two(nlp):
    text = "溪桥镇党委书记柏文澜,南塘镇党委书记雍海川,党委副书记郗明远出席活动。"
    found = works(nlp, text)
    assert ("郗明远", "南塘镇党委") in found
    assert ("郗明远", "溪桥镇党委") not in found


def test_a_committee_word_inside_a_name_does_not_refer(nlp):
    # 党委 right after 集团 opens no clause: it is the group's own committee, not a reference.
    text = "溪桥镇党委召开会议。青溪建材集团党委副书记郗明远发言。"
    assert ("郗明远", "溪桥镇党委") not in works(nlp, text)


def test_a_bare_administration_with_none_named_gives_no_body(nlp):
    text = "签约仪式在青溪县举行。管委会副主任郗明远主持会议。"
    assert not any(p == "郗明远" for p, _ in works(nlp, text))
    assert "郗明远" in posts(nlp, text)  # the holder is read, with no body
