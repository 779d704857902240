"""A place whose first character the tagger glued to the word before (s36-placefp2).

The words are written out (the tagger's slip cannot be forced with placeholder names): the slip
"对于/p|丁县/LOC" for 于丁县, where the article reads 于丁县 whole elsewhere, and the cases the rule
must leave alone (a place after a verb, read whole nowhere else; a name cut inside the tagger's word).
"""

from __future__ import annotations

from conftest import tagger_words

from kg.nlp.entities.candidate import Candidate
from kg.nlp.entities.glued_starts import without_glued_starts


def _names(text: str, cands: list[Candidate]) -> list[str]:
    return sorted(text[c.start : c.end] for c in cands)


def test_the_glued_character_is_taken_back_where_the_article_reads_the_place_whole() -> None:
    text = "这对于丁县很重要。于丁县位于某省。"
    ws = tagger_words(
        text,
        [("这", "r"), ("对于", "p"), ("丁县", "LOC"), ("很重要", "a"), ("。", "w"), ("于丁县", "LOC")]
        + [("位于", "v"), ("某省", "LOC"), ("。", "w")],
    )
    cands = [Candidate(3, 5, "PLACE", "statistical", 0.6), Candidate(9, 12, "PLACE", "gazetteer", 0.9)]
    assert _names(text, without_glued_starts(text, ws, cands)) == ["于丁县", "于丁县"]


def test_the_rest_is_dropped_where_the_article_reads_it_only_inside_a_longer_name() -> None:
    text = "抢抓戊己港获批机遇。戊己港区开工。"
    ws = tagger_words(
        text,
        [("抢", "v"), ("抓", "v"), ("戊", "LOC"), ("己港", "LOC"), ("获批", "v"), ("机遇", "n"), ("。", "w")]
        + [("戊己港区", "LOC"), ("开工", "v"), ("。", "w")],
    )
    cands = [Candidate(3, 5, "PLACE", "statistical", 0.6), Candidate(10, 14, "PLACE", "statistical", 0.6)]
    assert _names(text, without_glued_starts(text, ws, cands)) == ["戊己港区"]


def test_a_place_after_a_verb_stays_when_nothing_reads_the_two_together() -> None:
    text = "到丙丁县考察。丙丁县位于某省。"
    ws = tagger_words(
        text,
        [("到", "v"), ("丙丁县", "LOC"), ("考察", "v"), ("。", "w"), ("丙丁县", "LOC"), ("位于", "v")]
        + [("某省", "LOC"), ("。", "w")],
    )
    cands = [Candidate(1, 4, "PLACE", "statistical", 0.6), Candidate(7, 10, "PLACE", "statistical", 0.6)]
    assert _names(text, without_glued_starts(text, ws, cands)) == ["丙丁县", "丙丁县"]


def test_a_name_cut_inside_the_taggers_word_is_not_this_slip() -> None:
    # (the candidate starts inside "某丁县" itself: another module's business)
    text = "在某丁县调研。某丁县很美。"
    ws = tagger_words(
        text,
        [("在", "p"), ("某丁县", "LOC"), ("调研", "v"), ("。", "w"), ("某丁县", "LOC"), ("很美", "a"), ("。", "w")],
    )
    cands = [Candidate(2, 4, "PLACE", "learned", 0.5)]
    assert _names(text, without_glued_starts(text, ws, cands)) == ["丁县"]


def test_other_labels_are_left_alone() -> None:
    text = "这对于丁县很重要。于丁县位于某省。"
    ws = tagger_words(
        text,
        [("这", "r"), ("对于", "p"), ("丁县", "ORG"), ("很重要", "a"), ("。", "w"), ("于丁县", "LOC")]
        + [("位于", "v"), ("某省", "LOC"), ("。", "w")],
    )
    cands = [Candidate(3, 5, "ORG", "statistical", 0.6)]
    assert _names(text, without_glued_starts(text, ws, cands)) == ["丁县"]


def test_a_bodys_name_elsewhere_is_no_evidence() -> None:
    # "驻某地部队" opens with the verb's last character, but a body is no place reading
    text = "军队进驻丙丁。驻丙丁部队出发。"
    ws = tagger_words(
        text,
        [("军队", "n"), ("进驻", "v"), ("丙丁", "LOC"), ("。", "w"), ("驻丙丁部队", "ORG"), ("出发", "v"), ("。", "w")],
    )
    cands = [Candidate(4, 6, "PLACE", "statistical", 0.6), Candidate(7, 12, "ORG", "statistical", 0.6)]
    assert _names(text, without_glued_starts(text, ws, cands)) == ["丙丁", "驻丙丁部队"]
