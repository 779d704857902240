"""s19-chair: an event's full name written again in its article (kg/nlp/repeated_events.py) and
签约会 as an event's head word. Invented sentences of each kind."""

from __future__ import annotations

from conftest import meetings_and_event_facts

from kg.ingest import segment_document
from kg.nlp.pipeline import analyse_article, make_pipeline

_NLP = make_pipeline()


def _facts(text: str) -> tuple[set[str], set[tuple[str, str, str]]]:
    return meetings_and_event_facts(_NLP, text)


LAYOUT = (
    "青禾县举行第三期“两个一批”重点项目集中开工仪式\n\n"
    "  3月5日,青禾县第三期“两个一批”重点项目集中开工仪式在云杉智造产业园项目点举行。"
    "县领导张立峰、赵永和出席仪式。\n\n"
    "青禾县举行第三期“两个一批”重点项目集中开工仪式\n\n"
    "  仪式上,县委副书记钱明远宣布项目开工。\n"
)


def test_a_repeated_headline_is_the_full_name_not_a_shorter_or_run_on_event() -> None:
    meetings, _ = _facts(LAYOUT)
    assert "第三期“两个一批”重点项目集中开工仪式" in meetings
    # not the headline cut after its ordinal, nor run into the next line's bare 仪式
    assert "“两个一批”重点项目集中开工仪式" not in meetings
    assert not any(m.endswith("仪式仪式") for m in meetings)


def _meeting_spans(text: str) -> list[tuple[int, int, str]]:
    spans = []
    for art in segment_document("t.txt", text):
        doc = analyse_article(_NLP, art)
        spans += [(m.start, m.end, art.text) for m in doc._.mentions if m.label == "MEETING"]
    return spans


def test_guard_a_name_inside_a_document_title_is_not_read_again() -> None:
    text = (
        "全县生态补偿工作推进会召开。县长柯远山出席全县生态补偿工作推进会。会议审议了《全县生态补偿工作推进会纪要》。\n"
    )
    spans = _meeting_spans(text)
    assert len(spans) == 2  # the event where it is held and attended, not the title's words
    assert not any(t.rfind("《", 0, s) > t.rfind("》", 0, s) for s, _, t in spans)


def test_guard_a_longer_event_holding_the_name_keeps_it() -> None:
    text = "全县生态补偿工作推进会召开。县长柯远山出席全县生态补偿工作推进会暨项目观摩会。\n"
    spans = _meeting_spans(text)
    assert any(t[s:e] == "全县生态补偿工作推进会暨项目观摩会" for s, e, t in spans)


def test_a_signing_held_as_a_meeting_is_one_event_with_its_first_half() -> None:
    text = (
        "10月9日,岚溪县投资环境说明会暨长三角协作项目签约会在杭州举行。"
        "县领导柯远山、钱明远出席。会议由县委副书记张立峰主持。\n"
    )
    meetings, facts = _facts(text)
    name = "岚溪县投资环境说明会暨长三角协作项目签约会"
    assert name in meetings
    assert "岚溪县投资环境说明会" not in meetings  # not the first half alone
    assert ("chaired", "张立峰", name) in facts


def test_guard_a_signing_phrase_with_no_event_name_is_no_meeting() -> None:
    meetings, _ = _facts("双方将于下月择期举行签约会。\n")
    assert "签约会" not in meetings
