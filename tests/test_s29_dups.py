"""One thing kept as two in one document, session 29 (benchmarks/audits/s29-dups).

An organisation named with the division it opens with written in full and in short (real-pages-34
v04, -24 w10, -36 x04), and a bare kind of event beside the page's one event whose name holds its
words (real-pages-14 n07, real-pages p12; -32 t08 and -35 w02 are now read at the entity
stage). Each test reads a whole tuning page and checks which
of its names resolution makes one thing, and which not.
"""

from __future__ import annotations

import pytest
from conftest import page_unit_keys

from kg.resolve.division_forms import division_forms
from kg.resolve.event_merges import bare_kind_of


@pytest.mark.parametrize(
    ("page", "full", "short"),
    [
        # 深圳市湘潭商会 … 深圳湘潭商会会长 (湘潭县融媒体中心's page)
        ("real-pages-34:v04.txt", "ORG:深圳市湘潭商会", "ORG:深圳湘潭商会"),
        # 山东省产业技术研究院 … 山东产业技术研究院
        ("real-pages-24:w10.txt", "ORG:山东省产业技术研究院", "ORG:山东产业技术研究院"),
        # 北川羌族自治县县委 … 北川县委
        ("real-pages-36:x04.txt", "ORG:北川羌族自治县县委", "ORG:北川县委"),
    ],
)
def test_a_body_with_its_division_in_full_and_in_short_is_one(nlp, page: str, full: str, short: str) -> None:
    units = page_unit_keys(nlp, page)
    assert units[short] == units[full]


def test_other_bodies_of_the_division_stay_apart(nlp) -> None:
    units = page_unit_keys(nlp, "real-pages-34:v04.txt")
    # the county's bodies are not the 商会, nor one another
    assert units["ORG:深圳湘潭商会"] != units["ORG:县委"]
    assert units["ORG:县工商联"] != units["ORG:县商务局"]
    units = page_unit_keys(nlp, "real-pages-36:x04.txt")
    assert units["ORG:北川县委"] != units["ORG:县政府"]


def test_division_forms_reads_the_opening() -> None:
    assert division_forms("深圳湘潭商会") == (False, {"4403|湘潭商会"})
    assert division_forms("深圳市湘潭商会") == (True, {"4403|湘潭商会"})
    # another body after the same division is another form
    assert division_forms("深圳市湘潭商会")[1] != division_forms("深圳市湖南商会")[1]


@pytest.mark.parametrize(
    ("page", "full", "bare"),
    [
        # 达拉特旗2022年重大项目春季集中开复工建设动员大会 … 开工建设动员大会
        (
            "real-pages-14:n07.txt",
            "MEETING:达拉特旗2022年重大项目春季集中开复工建设动员大会",
            "MEETING:开工建设动员大会",
        ),
        # 金门县招商专案办公室一○二年第一次会议 … 专案会议
        ("real-pages:p12.txt", "MEETING:金门县招商专案办公室一○二年第一次会议", "MEETING:专案会议"),
        # (real-pages-32 t08's 集中开工仪式 and -35 w02's 项目集中开工活动 were this rule's too; since
        # s29-meet the entity stage reads them as the page's named event, tests/test_s29_meet.py)
    ],
)
def test_a_bare_kind_of_event_is_the_pages_one_event(nlp, page: str, full: str, bare: str) -> None:
    units = page_unit_keys(nlp, page)
    assert units[bare] == units[full]


def test_a_bare_kind_beside_a_joint_name_stays_apart(nlp) -> None:
    # 潢川县第七期“开工一批”暨第四期月开工竞赛项目集中开工仪式 … “月开工竞赛”活动: gold keeps the
    # contest apart from the joint ceremony
    units = page_unit_keys(nlp, "real-pages-13:m07.txt")
    assert units["MEETING:月开工竞赛活动"] != units["MEETING:潢川县第七期开工一批暨第四期月开工竞赛项目集中开工仪式"]


def test_words_between_the_bare_kind_and_the_head_are_another_event() -> None:
    # tune r21: 集中签约开工投产仪式 is a ceremony of the …集中签约开工投产“三个一批”活动
    assert not bare_kind_of("集中签约开工投产*", "第二期项目集中签约开工投产三个一批*", 3)
    assert bare_kind_of("集中开工*", "春季重点项目集中开工*", 3)
