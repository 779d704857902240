"""Session 36 (s36-meet4): an event held at venues named by the venue's ceremony word in its
document (kg/resolve/venue_events.py, ``[meeting] venue_words`` of resolution.toml).

"参加某县分会场仪式", "参加主会场开工仪式", "出席某市分会场活动" name the document's one event, not
an event of their own; a bare "开工仪式" names the one event whose name ends in its venue
("…某县分会场活动"), which holds no verb the bare word could join otherwise. What stays apart: a
venue word beside two events, a bare ceremony beside two venue events, a venue word with a year of
its own. The names are written for the kinds (no page's names).
"""

from __future__ import annotations

from test_event_stems import _groups, _merged

from kg.nlp.document import DocumentResult, MentionRecord
from kg.resolve.event_merges import merge_event_editions
from kg.resolve.keys import UnionFind


def test_a_branch_venue_ceremony_is_the_branch_event():
    assert _merged("某某自由贸易港建设项目2024年度第一批集中开工仪式某某分会场活动", "某某分会场仪式")


def test_a_main_venue_ceremony_is_the_event():
    assert _merged("某某市2024年5月重点项目集中开工仪式", "主会场开工仪式")


def test_a_branch_venue_activity_is_the_one_event_of_the_document():
    # the province's event, its city's branch named after it ("在某县出席某市分会场活动")
    assert _merged("全省高质量发展重大项目建设现场推进会", "某某分会场活动")


def test_a_bare_ceremony_is_the_one_event_named_with_its_venue():
    groups = _groups("某某省第六期“三个一批”活动某某县分会场活动", "开工仪式")
    assert len(groups) == 1


def test_a_venue_word_beside_two_events_joins_neither():
    groups = _groups("某某市重点项目集中开工仪式", "某某县招商引资推介会", "主会场开工仪式")
    assert {"主会场开工仪式"} in groups


def test_every_branch_is_no_one_event():
    groups = _groups("某某市重点项目集中开工仪式", "各分会场活动")
    assert len(groups) == 2


def test_a_venue_word_with_its_own_year_is_no_reference():
    groups = _groups("某某市重点项目集中开工仪式", "2023年分会场活动")
    assert len(groups) == 2


def test_a_bare_ceremony_beside_two_venue_events_joins_neither():
    groups = _groups("某某集中开工仪式甲县分会场活动", "某某集中签约仪式乙县分会场活动", "揭牌仪式")
    assert {"揭牌仪式"} in groups


def test_the_word_joined_holds_in_its_document_only():
    names = ("某某市2024年5月重点项目集中开工仪式", "主会场开工仪式")
    ms = [MentionRecord(0, 0, 1, n, n, "MEETING", "head_words", 0.7) for n in names]
    ks = [f"MEETING|{n}" for n in names]
    uf = UnionFind()
    merge_event_editions(DocumentResult("d.txt", ms, [], 1), ks, uf)
    assert ks[1] == "MEETING|主会场开工仪式@d.txt"
    assert uf.find(ks[0]) == uf.find(ks[1])
