"""Posts written after the name on traditional-character pages (issue 14, corpus audit s13-trad:
Taiwan, Hong Kong and Macau news). Two shapes recurred on pages of several sites: the title
followed by an opening bracket (the salutation of Hong Kong and Macau speeches, "某某副部長(中央
某某辦公室某某部副部長)", and photo positions, "某某校長(右四)"), and the title followed by a
word of Taiwan's wording that the follow list lacked (致詞, which kg reads as 致词 after t2s;
致贈; 衷心; the day of the act, 昨日, 今日). Sentences invented for these tests."""

from __future__ import annotations

from test_relations import relations_of


def test_a_title_glossed_in_brackets_is_a_post(nlp):
    text = "歡迎會上，邱明哲處長(中央某某辦公室聯絡處處長)、曾慶文副主席(某某同鄉總會副主席)等嘉賓出席。"
    found = relations_of(nlp, text, "holds_position")
    assert ("holds_position", "邱明哲", "处长") in found
    assert ("holds_position", "曾庆文", "副主席") in found


def test_a_title_before_a_photo_position_is_a_post(nlp):
    text = "典禮由林佩君校長（左三）主持，家長會代表到場祝賀。"
    assert ("holds_position", "林佩君", "校长") in relations_of(nlp, text, "holds_position")


def test_taiwan_wording_after_a_name_and_title(nlp):
    text = "辦事處方志遠主任致詞時表示，將加強交流；趙冠宇理事長致贈紀念品。"
    found = relations_of(nlp, text, "holds_position")
    assert ("holds_position", "方志远", "主任") in found
    assert ("holds_position", "赵冠宇", "理事长") in found


def test_a_day_or_an_adverb_after_a_name_and_title(nlp):
    text = "澎湖縣石泉國小呂秋萍校長昨日在縣長室領獎，沈家豪院長衷心感謝鄉親支持。"
    found = relations_of(nlp, text, "holds_position")
    assert ("holds_position", "吕秋萍", "校长") in found
    assert ("holds_position", "沈家豪", "院长") in found


def test_a_title_that_only_opens_a_longer_word_is_still_no_post(nlp):
    # the follow list keeps "部长助理" whole; a bracket after it changes nothing
    text = "市商務局韓立軍部長助理(主管外貿)介紹情況。"
    found = {f[2] for f in relations_of(nlp, text, "holds_position") if f[1] == "韩立军"}
    assert "部长" not in found
