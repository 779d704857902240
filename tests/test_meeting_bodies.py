"""The full name of a numbered meeting whose body is written before the verb that convenes it
(issue 14, benchmarks/audits/s13-chair): "区十七届人大常委会召开第二十八次会议" names
"区十七届人大常委会第二十八次会议", and the chair and the attendees hang on that name. The kind
was found on 6 pages of 6 sites of the audit's read half (standing committees of congresses and
CPPCC committees, presidiums of sessions).

Each test names the kind it covers; the sentences are written for the kind (no page's text or
names).
"""

from __future__ import annotations

import json

from conftest import run_kg_build

from kg.ingest import segment_document
from kg.nlp.pipeline import analyse_article


def called(nlp, text: str) -> dict[str, str]:
    """The MEETING mentions of the first article of ``text`` and the name each is also called by."""
    art = segment_document("t.txt", text)[0]
    doc = analyse_article(nlp, art)
    return {art.text[m.start : m.end]: m.attrs.get("also_called", "") for m in doc._.mentions if m.label == "MEETING"}


def test_a_standing_committee_before_the_verb_names_its_numbered_meeting(nlp):
    names = called(nlp, "6月3日上午,县十五届人大常委会召开第三十一次会议。县人大常委会主任林向东主持会议。")
    assert names.get("第三十一次会议") == "县十五届人大常委会第三十一次会议"


def test_a_cppcc_committee_before_the_verb_names_its_chairmen_meeting(nlp):
    names = called(nlp, "4月8日,市政协召开九届二十二次主席会议,市政协主席唐建国主持会议。")
    assert names.get("九届二十二次主席会议") == "市政协九届二十二次主席会议"


def test_a_presidium_after_its_session_names_its_meeting(nlp):
    names = called(nlp, "1月5日上午,县第九届人民代表大会第三次会议召开主席团第二次会议。会议由县委书记周明主持。")
    assert names.get("主席团第二次会议") == "县第九届人民代表大会第三次会议主席团第二次会议"


def test_a_word_of_time_opening_the_clause_is_no_part_of_the_body(nlp):
    names = called(nlp, "近日区政协召开十一届三十五次主席会议,区政协主席何立新主持。")
    assert names.get("十一届三十五次主席会议") == "区政协十一届三十五次主席会议"


def test_a_unit_that_is_no_standing_body_names_nothing(nlp):
    # a school or a company convenes the meeting, but it is no body that sits in numbered meetings
    names = called(nlp, "3月2日,青山中学召开第四次教职工代表大会第一次会议。校长刘明主持会议。")
    assert not any(names.values())


def test_a_date_between_the_body_and_the_verb_names_nothing(nlp):
    # the body is not right before the verb: the name is left as the entity stage read it
    names = called(nlp, "县十五届人大常委会于6月3日召开第三十一次会议。")
    assert not any(names.values())


def test_the_chair_and_the_attendees_hang_on_the_full_name(tmp_path):
    texts = tmp_path / "texts"
    texts.mkdir()
    (texts / "a.txt").write_text(
        "9月2日上午,区十六届人大常委会召开第十九次会议。区人大常委会主任郑国华主持会议。"
        "区人大常委会副主任吴建平、马丽出席会议。\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    run_kg_build(texts, out, check=True)
    ents = [json.loads(line) for line in (out / "entities.jsonl").read_text(encoding="utf-8").splitlines()]
    label = {e["id"]: e["label"] for e in ents}
    meeting = next(e for e in ents if e["type"] == "MEETING")
    assert meeting["label"] == "区十六届人大常委会第十九次会议"
    assert "第十九次会议" in meeting["aliases"]
    rels = [json.loads(line) for line in (out / "relations.jsonl").read_text(encoding="utf-8").splitlines()]
    facts = {(r["type"], label[r["head"]], label.get(r.get("tail"))) for r in rels}
    assert ("chaired", "郑国华", "区十六届人大常委会第十九次会议") in facts
    assert ("attended", "吴建平", "区十六届人大常委会第十九次会议") in facts
