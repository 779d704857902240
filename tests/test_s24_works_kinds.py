"""s24-works: who works for a zone's 管委会 written bare in a chain of titles.

"某某经济开发区党工委书记、管委会主任某某", "区委书记,某某产业园工委书记、管委会主任某某": a zone's
committee (党工委) and its administrative committee (管委会) are two bodies; where the article names
no 管委会 in full, the bare 管委会 opening the chain's second title is the body of that title
(``org.chain_departments_unnamed``), and its holder works for it as well as for the 党工委
(real-pages-14 n01, -17 i08, -19 k02, -21 m06, -23 f01: 5 pages of 5 sites). Where the article names
the 管委会 in full ("某某开发区管委会副主任某某"), the bare one is that body's short form and the
post goes to the full one, as before.

Invented sentences of each kind.
"""

from __future__ import annotations

from kg.ingest import segment_document
from kg.nlp.pipeline import analyse_article, make_pipeline

_NLP = make_pipeline()


def _works_for(text: str) -> tuple[set[tuple[str, str]], set[str]]:
    """The ``(person, body)`` works_for facts of a text as written, and its ORG spans."""
    facts, orgs = set(), set()
    for art in segment_document("t.txt", text):
        doc = analyse_article(_NLP, art)
        ms, t = doc._.mentions, art.text
        orgs |= {t[m.start : m.end] for m in ms if m.label == "ORG"}
        for r in doc._.relations:
            if r.type == "works_for":
                facts.add((t[ms[r.head].start : ms[r.head].end], t[ms[r.tail].start : ms[r.tail].end]))
    return facts, orgs


def test_a_bare_administrative_committee_after_the_zone_party_committee() -> None:
    text = "5月3日,桐溪县举行项目签约仪式。桐溪经济开发区党工委书记、管委会主任柏文涛,副县长钟立群出席。\n"
    facts, orgs = _works_for(text)
    assert "管委会" in orgs
    assert ("柏文涛", "管委会") in facts
    assert ("柏文涛", "桐溪经济开发区党工委") in facts


def test_a_qualified_title_after_the_bare_committee() -> None:
    text = "5月3日,桐溪县举行项目签约仪式。县委常委、桐溪经济开发区党工委副书记、管委会常务副主任柏文涛主持仪式。\n"
    facts, _ = _works_for(text)
    assert ("柏文涛", "管委会") in facts


def test_a_park_working_committee_then_the_bare_committee() -> None:
    text = "10月11日,岚湾区举行工作座谈。区委书记,桐溪产业园工委书记、管委会主任柏文涛出席。\n"
    facts, _ = _works_for(text)
    assert ("柏文涛", "管委会") in facts


def test_guard_a_committee_named_in_full_keeps_the_post() -> None:
    """The article names the 管委会 in full: the bare one is its short form, no body of its own."""
    text = "桐溪开发区管委会副主任钟立群讲话。桐溪开发区党工委书记、管委会主任柏文涛出席。\n"
    facts, orgs = _works_for(text)
    assert "管委会" not in orgs
    assert ("柏文涛", "桐溪开发区管委会") in facts
    assert ("柏文涛", "管委会") not in facts


def test_guard_a_bare_committee_opening_no_title() -> None:
    """A bare 管委会 that opens no title after a title is no body of a post here."""
    text = "桐溪经济开发区党工委书记柏文涛主持召开会议,管委会各部门负责人参加。\n"
    facts, _ = _works_for(text)
    assert ("柏文涛", "管委会") not in facts
