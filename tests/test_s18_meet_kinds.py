"""Kinds of the session 18 meetings audit (issue 14, benchmarks/audits/s18-meet).

1. One numbered sitting of a standing body written twice in one document — the headline's
   and the lead's forms differ in the body's term ("某县12届县委常委会第5次会议" / "十二届县委
   常委会第5次会议"), its level word ("2017年第二次政府常务会议" / "2017年第二次县政府常务会议")
   or its long name ("某区六届人民政府…" / "区政府六届…"): one meeting, not two
   (kg/resolve/event_merges.py; ``[meeting] sitting_*`` of ontology/patterns/resolution.toml).
   Two bodies' sittings of one number, or two numbers, stay two.
3. An expo of a country and its partner joined by a dash ("第十二届中国—东盟博览会"): one
   name, not the part after the dash (``[meeting.left_edge] partner_dashes``).

The sentences and names are written for the kinds (no page's text or names).
"""

from __future__ import annotations

import pytest
from test_event_stems import _groups, _merged
from test_meeting_kinds import read

# 1. one sitting, two forms of its body


@pytest.mark.parametrize(
    ("headline", "lead"),
    [
        ("青川12届县委常委会第31次会议", "十二届县委常委会第31次会议"),
        ("2019年第三次政府常务会议", "2019年第三次县政府常务会议"),
        ("省九届人大常委会第二十二次会议", "省人大常委会第二十二次会议"),
        ("殷都区四届人民政府第十三次常务会议", "区政府四届第十三次常务会议"),
    ],
)
def test_a_sitting_written_with_and_without_its_bodys_term_level_or_long_name(headline, lead):
    assert _merged(headline, lead)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("县政府第8次常务会议", "市政府第8次常务会议"),  # two bodies of one number
        ("十二届县委常委会第31次会议", "十三届县委常委会第31次会议"),  # two terms
        ("县政府第8次常务会议", "县政府第9次常务会议"),  # two sittings
    ],
)
def test_two_bodies_terms_or_numbers_are_two_sittings(one, other):
    assert not _merged(one, other)


def test_the_bare_series_is_the_one_sitting_a_document_numbers():
    assert _merged("县政府第8次常务会议", "县政府常务会议")
    assert _merged("殷都区人民政府第8次常务会议", "区政府常务会议")


def test_the_bare_series_beside_two_sittings_is_neither():
    assert len(_groups("县政府第8次常务会议", "县政府第9次常务会议", "县政府常务会议")) == 3


# 3. a country and its partner joined by a dash


@pytest.mark.parametrize(
    "expo",
    ["第九届中国—南亚博览会", "第十四届中国—东北亚博览会"],
)
def test_a_country_and_its_partner_in_one_expos_name(nlp, expo):
    mentions, _ = read(nlp, f"记者从某县获悉,{expo}期间,某州招商引资重点项目签约仪式举行。")
    assert ("MEETING", expo) in mentions
    part = expo.split("—")[1]
    assert ("MEETING", part) not in mentions


def test_a_dash_after_no_place_joins_nothing(nlp):
    mentions, _ = read(nlp, "本报讯 记者王小明—第五届桃花文化节在某县开幕。")
    assert ("MEETING", "第五届桃花文化节") in mentions
    assert not any(label == "MEETING" and "—" in name for label, name in mentions)
