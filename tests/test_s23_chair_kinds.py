"""s23-chair: who chaired and which posts a person holds, where the name is the part kg missed.

1. A name of two or three characters the tagger reads as an ordinary noun or a place, right after
   a job title, or a name it cut into pieces there, right before what its holder does ("市长|某山/n|
   主持会议", "总经理|某军/n|陪同调研", "区长|某岩/LOC|带队", "县委书记|某友/LOC|江/PER|带队"): the act
   closes the name as a mark does (``person.word_names.acts``), so the chair and the posts are
   read (7 pages of 7 sites in the tuning sets).
2. Taiwan's titles the title list lacked: 特助 (a head's special assistant), 总工程司 (Taiwan's
   总工程师) (2 pages of a kind seen on 3 pages of 3 sites, the third a 协理 left out).

Invented sentences of each kind; the names are common nouns on purpose (the tagger reads them so).
"""

from __future__ import annotations

from conftest import meetings_and_event_facts

from kg.ingest import segment_document
from kg.nlp.pipeline import analyse_article, make_pipeline

_NLP = make_pipeline()


def _persons_and_posts(text: str) -> tuple[set[str], set[tuple[str, str]]]:
    """The PERSON spans of a text and its ``(person, position)`` facts, as written."""
    persons, posts = set(), set()
    for art in segment_document("t.txt", text):
        doc = analyse_article(_NLP, art)
        ms, t = doc._.mentions, art.text
        persons |= {t[m.start : m.end] for m in ms if m.label == "PERSON"}
        for r in doc._.relations:
            if r.type == "holds_position":
                posts.add((t[ms[r.head].start : ms[r.head].end], r.value["position"]))
    return persons, posts


def test_a_chair_read_as_a_noun_after_his_title_chairs() -> None:
    text = "5月8日,桐溪县召开全县安全生产工作会议。县委副书记、县长柏油主持会议并讲话。\n"
    _, facts = meetings_and_event_facts(_NLP, text)
    assert ("chaired", "柏油", "全县安全生产工作会议") in facts
    _, posts = _persons_and_posts(text)
    assert ("柏油", "县长") in posts


def test_a_chair_before_the_meeting_he_convenes() -> None:
    _, facts = meetings_and_event_facts(_NLP, "市委副书记、市长孔雀主持召开全市防汛工作专题会议。\n")
    assert ("chaired", "孔雀", "全市防汛工作专题会议") in facts


def test_a_name_read_as_a_noun_or_a_place_before_an_act_holds_the_title() -> None:
    persons, posts = _persons_and_posts(
        "6月3日,云岭集团总经理骆驼陪同调研,介绍了项目进展。区委副书记、区长熊猫带队到园区调研。副区长钟摆陪同考察。\n"
    )
    assert {"骆驼", "熊猫", "钟摆"} <= persons
    assert {("骆驼", "总经理"), ("熊猫", "区长"), ("钟摆", "副区长")} <= posts


def test_a_name_cut_in_pieces_before_an_act_holds_the_title() -> None:
    # the tagger reads "县委书记|某/PER|南江/LOC|带队"
    persons, posts = _persons_and_posts("3月27日至29日,縣委書記商南江帶隊赴外地開展招商考察。\n")
    assert "商南江" in persons
    assert ("商南江", "县委书记") in posts


def test_guard_a_word_of_manner_before_the_act_is_no_name() -> None:
    # "经理|全程/n|陪同", "副县长|亲自/d|主持": how the holder acts, no one's name; a noun after a
    # title with no act after it stays a noun ("市长|热线")
    persons, _ = _persons_and_posts("总经理全程陪同调研。副县长亲自主持会议。市长热线电话全天开通。\n")
    assert not persons


def test_taiwan_titles_before_a_name_are_posts() -> None:
    persons, posts = _persons_and_posts(
        "動土典禮包括立委蔡承遠、縣長特助許嘉禾等人出席。國土署總工程司葉冠廷也到場。\n"
    )
    assert {("许嘉禾", "特助"), ("叶冠廷", "总工程司")} <= posts
