"""``counted_list`` (s35-locproj2): a local place written before a count of projects holds the
projects a connector lists (包括, 分别为) to the end of the list's sentence, the count in that
sentence or in one of the few before it. Sentences written in the shape of county news pages of the
``pages`` corpus (county project round-ups), with invented project names."""

from __future__ import annotations

from conftest import located_pairs


def test_a_countys_counted_works_listed_after_the_count_lie_in_the_county(nlp):
    got = located_pairs(
        nlp,
        "会上获悉,房县今年确定的十项重点工程包括西南农产品物流园项目、城区老旧片区改造项目和军店至窑淮一级公路工程。",
    )
    for project in ("西南农产品物流园项目", "城区老旧片区改造项目"):
        assert (project, "房县") in got


def test_the_count_may_stand_sentences_before_the_list(nlp):
    # a county-level city a province administers directly (469001) is a local place too
    got = located_pairs(
        nlp,
        "五指山市在水满乡举行集中开工仪式,集中开工项目6个,总投资3.2亿元。"
        "副市长在致辞中希望各项目业主倒排工期。据介绍,此次开工的新项目分别为热带雨林茶园观光项目、"
        "南圣河生态修复治理工程等项目。",
        admin_names=True,
    )
    assert ("热带雨林茶园观光项目", "五指山市") in got


def test_the_list_ends_with_its_sentence(nlp):
    got = located_pairs(
        nlp,
        "房县今年开工项目3个,包括西南农产品物流园项目。县城东部的城区老旧片区改造项目也将于年内开工。",
    )
    assert ("西南农产品物流园项目", "房县") in got
    assert ("城区老旧片区改造项目", "房县") not in got


def test_no_place_before_the_count_places_nothing(nlp):
    got = located_pairs(
        nlp,
        "全省今年确定的12个重点项目包括西南农产品物流园项目、城区老旧片区改造项目,其中一个在房县。",
    )
    assert ("西南农产品物流园项目", "房县") not in got
    assert ("城区老旧片区改造项目", "房县") not in got
