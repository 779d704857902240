"""A short word the tagger reads as a place where it only qualifies the noun after it (s37-placefp3).

The words are written out with placeholder names (甲乙, 丙丁): the tagger's reading cannot be forced
otherwise. Dropped: a two-character LOC word written once, before a common noun ("甲乙|精神").
Kept: the same word written again, before a verb, a river, a longer word, another source's
candidate (a division the gazetteer knows is kept too: the module's checks).
"""

from __future__ import annotations

from conftest import tagger_words

from kg.nlp.entities.candidate import Candidate
from kg.nlp.entities.modifier_places import without_modifier_places


def _kept(text: str, cuts: list[tuple[str, str]], start: int, end: int, source: str = "statistical") -> list[str]:
    ws = tagger_words(text, cuts)
    cands = [Candidate(start, end, "PLACE", source, 0.6)]
    return [text[c.start : c.end] for c in without_modifier_places(text, ws, cands)]


def test_a_short_place_word_before_a_common_noun_written_once_is_dropped() -> None:
    text = "某地是甲乙精神的发源地。"
    cuts = [("某地", "LOC"), ("是", "v"), ("甲乙", "LOC"), ("精神", "n"), ("的", "u"), ("发源地", "n"), ("。", "w")]
    assert _kept(text, cuts, 3, 5) == []


def test_the_word_written_again_stays() -> None:
    text = "甲乙产业需求旺盛,甲乙正在建设。"
    cuts = [("甲乙", "LOC"), ("产业", "n"), ("需求", "n"), ("旺盛", "a"), (",", "w"), ("甲乙", "LOC")]
    cuts += [("正在", "d"), ("建设", "v"), ("。", "w")]
    assert _kept(text, cuts, 0, 2) == ["甲乙"]


def test_before_a_verb_or_as_a_river_it_stays() -> None:
    text = "企业到丙丁考察。"
    assert _kept(text, [("企业", "n"), ("到", "v"), ("丙丁", "LOC"), ("考察", "v"), ("。", "w")], 3, 5) == ["丙丁"]
    text = "依托丙江深水岸线。"
    cuts = [("依托", "v"), ("丙江", "LOC"), ("深水", "n"), ("岸线", "n"), ("。", "w")]
    assert _kept(text, cuts, 2, 4) == ["丙江"]


def test_longer_words_and_other_sources_stay() -> None:
    text = "丙丁戊村产业兴旺。"
    cuts = [("丙丁戊村", "LOC"), ("产业", "n"), ("兴旺", "a"), ("。", "w")]
    assert _kept(text, cuts, 0, 4) == ["丙丁戊村"]
    text = "甲乙精神代代相传。"
    cuts = [("甲乙", "LOC"), ("精神", "n"), ("代代相传", "v"), ("。", "w")]
    assert _kept(text, cuts, 0, 2, source="gazetteer") == ["甲乙"]


def test_before_a_place_head_the_two_name_one_place_and_it_stays() -> None:
    text = "听取甲乙园区规划汇报。"
    cuts = [("听取", "v"), ("甲乙", "LOC"), ("园区", "n"), ("规划", "n"), ("汇报", "vn"), ("。", "w")]
    assert _kept(text, cuts, 2, 4) == ["甲乙"]


def test_before_a_latin_term_it_stays() -> None:
    text = "为甲乙5G产业赋能。"
    cuts = [("为", "p"), ("甲乙", "LOC"), ("5G", "n"), ("产业", "n"), ("赋能", "v"), ("。", "w")]
    assert _kept(text, cuts, 1, 3) == ["甲乙"]
