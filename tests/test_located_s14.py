"""``located_in`` by the short form of a town or county the article names in full (issue 14,
audited in ``benchmarks/audits/s14-loc``): "某某镇…。某项目落户某某，", "某某电子商务产业园"
with 某某镇 in the article. The short form stands for the division only where the article
names it in full and where it ends at a punctuation mark (after a settling word) or opens a
park's name. Every name here is made up; none is from a page.
"""

from __future__ import annotations

from conftest import located_pairs


def test_a_project_settling_in_a_towns_short_form_is_in_the_town(nlp):
    text = "青禾镇地处丰宁县东北部。去年成功引进绿源农庄项目落户青禾,带动农户200户。"
    assert ("绿源农庄项目", "青禾镇") in located_pairs(nlp, text)


def test_a_countys_short_form_after_the_settling_word(nlp):
    text = "凤台县是农业大县。2022年,总投资3亿元的金穗米业项目落地凤台,年产大米5万吨。"
    assert ("金穗米业项目", "凤台县") in located_pairs(nlp, text)


def test_the_short_form_stands_for_no_division_the_article_does_not_name_in_full(nlp):
    text = "去年成功引进绿源农庄项目落户青禾,带动农户200户。"
    assert not any(tail.startswith("青禾") for head, tail in located_pairs(nlp, text) if head == "绿源农庄项目")


def test_a_longer_word_opening_with_the_short_form_is_no_short_form(nlp):
    # 青禾山 is a mountain, not the town: the short form must end at a punctuation mark
    text = "青禾镇地处丰宁县东北部。绿源农庄项目落户青禾山脚下,带动农户200户。"
    assert ("绿源农庄项目", "青禾镇") not in located_pairs(nlp, text)


def test_a_park_the_tagger_calls_a_project_opened_by_a_towns_short_form(nlp):
    text = "日前,石湾电子商务产业园入选全省名单。石湾镇位于宁川市西部。"
    assert ("石湾电子商务产业园", "石湾镇") in located_pairs(nlp, text)
