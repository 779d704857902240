"""Names and posts of the error lists of real-pages and real-pages-2 that recur on real pages
(issue 14, corpus audit s16-names): a name the tagger cut before its last character read as a
verb ("副书记|某永/PER|献/v|、", "局长|某以/PER|学/v|讲话"; A: 4 pages of 4 sites), a title
after the name closed by what the holder said ("某某总书记关于…", "某某总书记重要讲话"; A: 4
pages of 4 sites), and the political and legal affairs committee's head read as a bare 书记
("县委副书记、政法委书记某某"; A: 3 pages of 3 sites). Sentences and names invented for these
tests."""

from __future__ import annotations

from test_names_round4 import persons_of
from test_relations import relations_of


def test_a_last_character_read_as_a_verb_before_a_list_mark_is_the_names(nlp):
    # the tagger reads 何永/PER 献/v 、: a clause does not end in a verb before a list mark
    text = "县委副书记何永献、张兆明、曹建平出席会议。"
    found = persons_of(nlp, text)
    assert {"何永献", "张兆明", "曹建平"} <= found
    assert "何永" not in found
    posts = relations_of(nlp, text, "holds_position")
    assert {p[1] for p in posts} >= {"何永献", "张兆明", "曹建平"}


def test_a_cut_name_in_a_list_without_a_title(nlp):
    found = persons_of(nlp, "傅圆明、黄荣取、林小平等出席了座谈会。")
    assert "黄荣取" in found
    assert "黄荣" not in found


def test_a_last_character_read_as_a_verb_before_a_word_that_follows_names(nlp):
    # 郑永/PER 献/v 说/v: right after a title, a verb before 说 is the name's last character
    found = persons_of(nlp, "会上,局长郑永献说,今年工作很好。")
    assert "郑永献" in found
    assert "郑永" not in found


def test_a_verb_a_person_does_stays_out_of_the_name(nlp):
    # 刘强/PER 来/v 讲话/v: 来 is the act (cut_name_verb_stops), not a third character
    found = persons_of(nlp, "会上,局长刘强来讲话。")
    assert "刘强" in found
    assert "刘强来" not in found


def test_a_double_surname_and_one_character_cut_before_a_lone_character(nlp):
    # 欧阳颂/PER 北/f ,: a double surname and two given characters
    found = persons_of(nlp, "会上,县人大常委会主任欧阳颂北,县长王明出席。")
    assert "欧阳颂北" in found
    assert "欧阳颂" not in found


def test_a_title_after_the_name_before_what_the_holder_said(nlp):
    text = "会议传达学习了江明远书记关于乡村振兴工作的重要论述,认真落实陶庆生市长重要讲话精神。"
    found = relations_of(nlp, text, "holds_position")
    assert ("holds_position", "江明远", "书记") in found
    assert ("holds_position", "陶庆生", "市长") in found


def test_a_title_after_the_name_before_a_quotation(nlp):
    text = "全面贯彻江明远书记“三个务必”的重要要求。"
    assert ("holds_position", "江明远", "书记") in relations_of(nlp, text, "holds_position")


def test_the_political_and_legal_affairs_committees_head_is_read_whole(nlp):
    posts = relations_of(nlp, "县委副书记、政法委书记邵海平出席会议。", "holds_position")
    assert ("holds_position", "邵海平", "政法委书记") in posts
    assert ("holds_position", "邵海平", "书记") not in posts


def test_a_committee_written_in_full_before_the_secretary_keeps_its_name(nlp):
    # "市委政法委|书记": the tagger reads the body whole; it is the post's body, not 市委
    text = "市委常委、市委政法委书记邹立新讲话。"
    assert ("works_for", "邹立新", "市委政法委") in relations_of(nlp, text, "works_for")
    posts = relations_of(nlp, text, "holds_position")
    assert ("holds_position", "邹立新", "市委常委") in posts
    assert ("holds_position", "邹立新", "政法委书记") not in posts
