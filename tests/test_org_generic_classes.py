"""Classes of bodies the tagger reads as one body's name (the s12-org audit: 3 pages of 3
sites): a head word after generic words only ("优质教育集团", "乡村学校", "境内A股上市公司") names
no organisation (``org.generic``); a name before the same head stays one. Sentences and names
invented for these tests."""

from __future__ import annotations

import pytest
from test_org_round3 import orgs


@pytest.mark.parametrize(
    ("text", "not_org"),
    [
        ("各校校长表达了办好优质教育集团的信心与决心。", "优质教育集团"),
        ("乡贤捐资500万元重建乡村学校。", "乡村学校"),
        ("全市境内A股上市公司达到36家。", "境内A股上市公司"),
    ],
)
def test_generic_words_before_a_head_name_no_body(nlp, text, not_org):
    assert not_org not in orgs(nlp, text)


def test_a_name_before_the_same_head_is_still_a_body(nlp):
    assert "青禾教育集团" in orgs(nlp, "青禾教育集团与县教育局签订合作协议。")
