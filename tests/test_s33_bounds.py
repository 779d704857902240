"""Session 33, s33-bounds: a site's place runs on over a zone's or a pass's head the tagger left in common
words ("某某|园区", "某某|垭口", "某某|生态旅游区", "某某|特区", "某某|灌区"), as over a facility's head
(:mod:`kg.nlp.entities.site_facilities`, ``place.site_facilities.heads``). A division or a town before the
head stays a place of its own ("香港|园区", "某某镇|园区": the county's or town's park, no name).

The sentences are written for the test with made-up site names (no page's entity).
"""

from __future__ import annotations

from test_place_forms import places


def test_park_pass_and_scenic_area_after_a_site_are_read_whole() -> None:
    found = places("听取金州、辽河源、青石岭园区规划建设及项目谋划情况汇报。")
    assert "青石岭园区" in found and "青石岭" not in found
    assert "金州" in found
    found = places("一行从青石岭垭口出发，沿途察看公路建设。")
    assert "青石岭垭口" in found and "青石岭" not in found
    found = places("着力打造白云峰生态旅游区和古道文化旅游带。")
    assert "白云峰生态旅游区" in found and "白云峰" not in found


def test_a_division_or_a_town_before_a_park_stays_alone() -> None:
    found = places("善用香港园区的优势，服务企业。")
    assert "香港" in found and "香港园区" not in found
    found = places("在临淮关镇园区的浙商代表座谈。")
    assert "临淮关镇" in found and "临淮关镇园区" not in found
