"""Kinds of the session 23 meetings round (issue 14, benchmarks/audits/s23-meet): one meeting
named several times in one document and kept as two (kg/resolve/event_merges.py; data
``[meeting]`` of ontology/patterns/resolution.toml).

1. A short form with words of the full name left out ("三季度项目集中开工仪式" for "某年三季度
   “某某”等16个重点项目集中开工仪式", "某县投资说明会…" for "某县投资环境说明会…", a session without
   its 委员会): same opening, same head, every character in order (merge_contracted_forms).
2. A numbered session or sitting in short: "第四十二次常务会议" for "某县第十九届人民政府第42次常务
   会议" (the 届 is the body's term, the sitting its 次), "十九届人大三次会议" for "第十九届人民代表大会
   第三次会议" (人大, no 第).
3. A chain of divisions opening the name ("内蒙古阿拉善盟…" / "阿拉善…"), a division that is not
   inside the one before it staying in the name ("…深圳招商推介会").
4. A bare ceremony ("动土典礼") after the named one ("某某路东延动土典礼").
5. The page's own county on one form and the year on the other ("某县第二批…" / "2025年第二批…").

And what stays two: another head, the whole name followed by more words (a press conference, a
preparatory meeting, the meeting a 座谈会 studies), another number, a short form or a bare
ceremony that two events' names fit.

The names are written for the kinds (no page's names).
"""

from __future__ import annotations

import pytest
from test_event_stems import _groups, _merged

from kg.nlp.document import DocumentResult, MentionRecord
from kg.resolve.event_merges import merge_event_editions
from kg.resolve.keys import UnionFind

# 1. words left out


@pytest.mark.parametrize(
    ("full", "short"),
    [
        ("2025年三季度“青禾新城”等16个重点项目集中开工仪式", "三季度项目集中开工仪式"),
        ("文旅招商12个项目集中签约仪式", "文旅招商项目集中签约仪式"),
        ("沐川县投资环境说明会暨川南协作项目签约会", "沐川县投资说明会暨川南协作项目签约会"),
        ("政协沐川县第十一届委员会第三次会议", "政协沐川县第十一届第三次会议"),
        ("沐川县沐溪公园改造工程开工动土典礼", "沐溪公园改造工程动土仪式"),
    ],
)
def test_a_short_form_with_words_of_the_full_name_left_out(full, short):
    assert _merged(full, short)


# 2. numbered sessions and sittings in short


@pytest.mark.parametrize(
    ("full", "short"),
    [
        ("沐川县第十九届人民政府第42次常务会议", "第四十二次常务会议"),
        ("沐川县第十九届人民代表大会第三次会议", "十九届人大三次会议"),
    ],
)
def test_a_numbered_session_or_sitting_in_short(full, short):
    assert _merged(full, short)


# 3. a chain of divisions


def test_a_chain_of_divisions_opening_the_name():
    assert _merged("内蒙古阿拉善盟深圳招商推介会", "阿拉善深圳招商推介会")


def test_a_division_not_inside_the_one_before_stays_in_the_name():
    assert not _merged("阿拉善深圳招商推介会", "阿拉善盟广州招商推介会")


# 4. a bare ceremony


def test_a_bare_ceremony_after_the_named_one():
    assert _merged("沐溪路东延动土典礼", "动土典礼")


def test_a_bare_ceremony_two_named_ones_fit_joins_neither():
    assert _groups("甲路开工仪式", "乙桥开工仪式", "开工仪式") == [{"甲路开工仪式"}, {"乙桥开工仪式"}, {"开工仪式"}]


# 5. the page's own county and the year


def _merged_on_county_page(*names: str) -> bool:
    county = MentionRecord(0, 0, 3, "沐川县", "沐川县", "PLACE", "gazetteer", 1.0, {"admin_code": "511129"})
    ms = [county] + [MentionRecord(0, 0, 1, n, n, "MEETING", "head_words", 0.7) for n in names]
    ks = ["PLACE|code:511129"] + [f"MEETING|{n}" for n in names]
    uf = UnionFind()
    merge_event_editions(DocumentResult("d.txt", ms, [], 1), ks, uf)
    return len({uf.find(k) for k in ks[1:]}) == 1


def test_the_pages_own_county_on_one_form_and_the_year_on_the_other():
    names = ("沐川县第二批“稳增长”项目集中开工仪式", "2025年第二批“稳增长”项目集中开工仪式")
    assert _merged_on_county_page(*names)
    assert not _merged(*names)  # (a place the page is not about: another event)


# what stays two


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("全县经济工作会议", "学习贯彻全县经济工作会议精神座谈会"),  # the meeting a 座谈会 studies
        ("第五届茶旅文化节", "第五届茶旅文化节新闻发布会"),  # a festival and its press conference
        ("十九届人大三次会议", "沐川县第十九届人民代表大会第三次会议预备会议"),  # a session, its preparatory meeting
        ("第四十一次常务会议", "沐川县第十九届人民政府第42次常务会议"),  # two sittings
        ("十九届人大二次会议", "沐川县第十九届人民代表大会第三次会议"),  # two sessions
        ("茶旅项目推进会", "茶旅项目建设调度会"),  # another head
    ],
)
def test_two_events_stay_two(one, other):
    assert not _merged(one, other)


def test_a_short_form_two_events_fit_joins_neither():
    groups = _groups("二季度工业项目集中开工仪式", "二季度农业项目集中开工仪式", "二季度项目集中开工仪式")
    assert len(groups) == 3


def test_the_joined_short_form_holds_in_its_document_only():
    ms = [MentionRecord(0, 0, 1, n, n, "MEETING", "head_words", 0.7) for n in ("沐溪路东延动土典礼", "动土典礼")]
    ks = [f"MEETING|{m.norm}" for m in ms]
    uf = UnionFind()
    merge_event_editions(DocumentResult("d.txt", ms, [], 1), ks, uf)
    assert ks[1] == "MEETING|动土典礼@d.txt"
    assert uf.find(ks[0]) == uf.find(ks[1])
