"""Session 33 (s33-placefp): short words of a quoted slogan are no places.

The tagger reads words of a development slogan in “…” as places ("北园" in “一轴、两带、北园、南城”,
"六园" in “两城三区六园一带”); :mod:`kg.nlp.entities.quoted_places` drops a short tagged place
that every occurrence shows inside such a slogan, unless the gazetteer, the country list or the
region list names it, or the quotes hold the word alone (a city's nickname). The sentences are
written for the test, with placeholder names (某某).
"""

from __future__ import annotations

from test_place_forms import places

from kg.nlp.entities.candidate import Candidate
from kg.nlp.entities.quoted_places import slogan_word, without_slogan_words


def _place(text: str, name: str) -> Candidate:
    start = text.index(name)
    return Candidate(start, start + len(name), "PLACE", "statistical", 1.0)


def test_words_of_a_planning_slogan_are_no_places() -> None:
    found = places("该县按照“一轴、两带、北园、南城”总体发展思路,初步规划15平方公里。")
    assert "北园" not in found
    assert "南城" in found  # a county's short form in the gazetteer: kept


def test_counted_parts_of_a_layout_are_no_places() -> None:
    assert "六园" not in places("某某区作为全县“两城三区六园一带”总体布局的重要一环,区位优势明显。")


def test_slogan_word_needs_every_occurrence_quoted() -> None:
    assert slogan_word("聚焦“两翼齐飞、五城共建”,建设强县", "五城")
    assert not slogan_word("聚焦“两翼齐飞、五城共建”,五城各有分工", "五城")
    assert not slogan_word("融入“津城”“滨城”双城发展格局", "津城")  # the quotes hold the word alone


def test_named_places_in_a_slogan_stay() -> None:
    text = "深入实施“工业强县、大美庐江、全域旅游”三大战略,对接“长三角、中国制造”发展"
    kept = without_slogan_words(text, [_place(text, "庐江"), _place(text, "长三角"), _place(text, "中国")])
    assert [text[c.start : c.end] for c in kept] == ["庐江", "长三角", "中国"]
    slogan = "聚焦“两翼齐飞、五城共建”,建设强县"
    assert without_slogan_words(slogan, [_place(slogan, "五城")]) == []
