"""Session 37 (s37-orgmiss3): a level's bare body the tagger does not tag as a body.

"州委、州|政府|要求" (州/n 政府/n), "由|州|農委|、…" (州/ORG 農委/n), " 旗委/n|、政府": the tagger's own
州政协/ORG or 省委/ORG is a body of the statistical source, but where it writes the level word and the
body's word apart, or the level's committee as a common noun alone in a list, no source proposed the
body (``org.split_levels``, :func:`kg.nlp.entities.split_levels.split_level_bodies`). A place's or a
person's name before it, a committee of the body after it ("旗政府|党组") and a title ("县|常委") give
none. Sentences written for these tests (甲乙 / 丙丁 placeholders).
"""

from __future__ import annotations

from test_entities import mentions

from kg.nlp.entities.split_levels import split_level_bodies
from kg.nlp.segmenters import make_segmenter
from kg.nlp.words import words_of


def _split(text: str) -> list[str]:
    words = words_of(make_segmenter("lac").segment(text))
    return [text[c.start : c.end] for c in split_level_bodies(words)]


def test_a_level_word_written_apart_from_its_government_is_the_body() -> None:
    text = "今年以来,甲乙县积极贯彻落实州委、州政府各项战略决策部署"
    assert "州政府" in _split(text)
    assert ("州政府", "ORG") in mentions(text)
    text = "各单位要按州委、州政府要求,高标准完成任务"
    assert ("州政府", "ORG") in mentions(text)


def test_a_level_commission_written_apart_is_the_body() -> None:
    text = "丙丁帶領由州農委、州環保局等部門負責人組成的督查組"
    assert ("州農委", "ORG") in mentions(text)


def test_a_level_committee_tagged_as_a_noun_alone_in_a_list_is_the_body() -> None:
    text = "会上表示 旗委、政府将一如既往地支持企业发展"
    assert _split(text) == ["旗委"]
    assert ("旗委", "ORG") in mentions(text)


def test_no_body_where_a_committee_of_it_or_a_title_follows_or_a_name_precedes() -> None:
    assert _split("甲乙主持召开了第1次旗政府党组会议") == []
    assert ("旗政府", "ORG") not in mentions("甲乙主持召开了第1次旗政府党组会议")
    assert _split("县常委丙丁出席") == []
    assert _split("十五届县委常委会第三次会议召开") == []
    assert "州政府" not in _split("甲乙州政府副州长丙丁出席")
