"""Session 39 (s39-orgfp4): merchants named by their place are a group of people, no body.

"吸引港商前来投资", "港商创业创新重大项目签约仪式": the tagger reads a place's one-character form (or two)
with 商, alone or before words that end with no head, as an organisation
(:func:`kg.nlp.entities.merchant_groups.without_merchant_groups`). The bodies of such merchants are named
by their heads and stay ("粤商协会", "湘商联合会", "浙商银行", "闽商总会"). Sentences written for these
tests (某某 / 甲乙 placeholders; 漠河市 only as a division of the gazetteer).
"""

from __future__ import annotations

from test_entities import mentions

from kg.nlp.entities.candidate import Candidate
from kg.nlp.entities.merchant_groups import merchant_group, without_merchant_groups


def test_merchants_named_by_their_place_are_no_body() -> None:
    found = mentions("某某市举办招商推介会,吸引港商前来投资兴业。")
    assert ("港商", "ORG") not in found
    assert merchant_group("粤湘商")


def test_merchants_before_words_with_no_head_are_no_body() -> None:
    found = mentions("某某洽谈会暨港商创业创新重大项目签约仪式昨天举行。")
    assert not any(label == "ORG" and "港商" in name for name, label in found)


def test_bodies_of_merchants_keep_their_names() -> None:
    found = mentions("某某粤商协会会长张某某率团考察,浙商银行某某分行行长出席。")
    assert {("粤商协会", "ORG"), ("浙商银行", "ORG")} <= found
    found = mentions("甲乙市政府与湘商联合会签订战略合作协议。")
    assert ("湘商联合会", "ORG") in found
    found = mentions("某某与浙商证券、闽商总会签约。")
    assert {("浙商证券", "ORG"), ("闽商总会", "ORG")} <= found


def test_a_city_the_page_names_in_full_gives_its_form() -> None:
    assert not merchant_group("漠商企业")
    assert merchant_group("漠商企业", frozenset("漠"))
    text = "漠河市举行签约,漠商企业某某集团投资,某州商会出席"
    cands = [
        Candidate(0, 3, "PLACE", "gazetteer", 0.8),
        Candidate(8, 12, "ORG", "statistical", 0.6),
        Candidate(19, 23, "ORG", "head_words", 0.65),
    ]
    assert [text[c.start : c.end] for c in without_merchant_groups(text, cands)] == ["漠河市", "某州商会"]


def test_words_with_other_openings_are_not_merchants() -> None:
    assert [merchant_group(n) for n in ("厂商", "工商联", "电商", "招商", "外商", "浙商(某地)工业园")] == [False] * 6
