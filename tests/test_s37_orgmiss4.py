"""Session 37 (s37-orgmiss4): a news site's name word ending 网 where a page names its outlet.

The tagger writes a site's name as one name word ("某某新闻网/nz", "某某信息网/nz", "某某网/nz"); where it
opens a line (the page's masthead), follows a dash, a colon, a blank or a clock time, it is the page's
outlet, an organisation of the golds, though no credit, byline or header pattern reads it for want of
a mark (``org.site_names``, :func:`kg.nlp.entities.site_names.site_name_candidates`). Inside a sentence
("完善区域路网", "推进物联网") and in a page's footer ("某某公网安备") it names none. Sentences written
for these tests (甲乙 / 丙丁 placeholders).
"""

from __future__ import annotations

from test_entities import mentions

from kg.nlp.entities.site_names import site_name_candidates
from kg.nlp.segmenters import make_segmenter
from kg.nlp.words import words_of


def _sites(text: str) -> list[str]:
    words = words_of(make_segmenter("lac").segment(text))
    return [text[c.start : c.end] for c in site_name_candidates(words)]


def test_a_site_opening_the_page_is_an_outlet() -> None:
    text = "甲乙新闻网\n强化交流合作 实现共同发展"
    assert _sites(text) == ["甲乙新闻网"]
    assert ("甲乙新闻网", "ORG") in mentions(text)


def test_a_site_before_the_date_of_its_lead_is_an_outlet() -> None:
    text = "某县集中开工\n\n丙丁信息网2019-01-10 01:48:38\n\n近日,某县举行开工仪式"
    assert _sites(text) == ["丙丁信息网"]
    assert ("丙丁信息网", "ORG") in mentions(text)


def test_a_site_after_a_dash_in_a_credit_is_an_outlet() -> None:
    text = "本文由甲乙新闻网-丙丁网提供,转载请注明出处"
    assert "丙丁网" in _sites(text)
    assert ("丙丁网", "ORG") in mentions(text)


def test_no_site_inside_a_sentence_or_in_a_footer() -> None:
    assert _sites("完善区域路网布局,推进物联网、互联网建设") == []
    assert _sites("\n甲乙公网安备 123号") == []
    assert _sites("提升某某捷运路网的服务") == []
