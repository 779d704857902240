"""Persons' posts and employers of the error lists of the general tuning sets (issue 14, corpus
audit s20-works): 总书记 written after the name before any word ("某某总书记视察…"), a banner's
people's congress written bare before a title ("旗人大常委会主任某某") and a company's or an office's
department before a title ("某某股份有限公司办公室主任某某": the company is the employer).
Sentences and names invented for these tests."""

from __future__ import annotations

from test_relations import relations_of


def test_general_secretary_after_a_name_before_any_word(nlp):
    # "视察", "历次", "交给" are in no list of words that follow a title after a name
    for text in (
        "会议要求深入贯彻韦启航总书记视察青禾重要讲话精神。",
        "要认真学习韦启航总书记历次来青禾考察重要讲话精神。",
        "聚焦完成好韦启航总书记交给青禾的重大任务。",
    ):
        assert ("holds_position", "韦启航", "总书记") in relations_of(nlp, text, "holds_position"), text


def test_other_titles_after_a_name_still_need_a_closing_word(nlp):
    # guard: "书记处" is no post of 书记; only 总书记 is read before any word
    posts = relations_of(nlp, "韦启航书记处办公室发来贺信。", "holds_position")
    assert ("holds_position", "韦启航", "书记") not in posts


def test_a_banner_people_s_congress_before_a_title(nlp):
    text = "旗委书记卜云航,旗委副书记、政府旗长葛明远,旗人大常委会主任巴图孟和出席会议。"
    assert ("works_for", "巴图孟和", "旗人大常委会") in relations_of(nlp, text, "works_for")
    assert ("works_for", "卜云航", "旗委") in relations_of(nlp, text, "works_for")


def test_a_company_s_department_before_a_title_the_company_employs(nlp):
    text = "“订单已经排到年底。”华星机电股份有限公司办公室主任骆永平说。"
    assert relations_of(nlp, text, "works_for") == {("works_for", "骆永平", "华星机电股份有限公司")}
    assert ("holds_position", "骆永平", "主任") in relations_of(nlp, text, "holds_position")


def test_an_office_s_department_the_office_the_article_names_employs(nlp):
    text = "青禾省政府驻京联络办公室主任谢宏远、青禾省政府驻京联络办公室经济部副部长贾明轩出席开幕典礼。"
    works = relations_of(nlp, text, "works_for")
    assert ("works_for", "贾明轩", "青禾省政府驻京联络办公室") in works
    assert ("works_for", "贾明轩", "青禾省政府驻京联络办公室经济部") not in works


def test_a_group_s_office_the_article_does_not_name_apart_adds_no_body(nlp):
    # guard: a bare 集团 before 办公室 is as often a run-on; only a company's legal name is added
    text = "会议由青禾集团总裁办公室副主任詹书悦主持。"
    assert ("works_for", "詹书悦", "青禾集团") not in relations_of(nlp, text, "works_for")


def test_a_government_department_stays_the_employer(nlp):
    # guard: a county committee's department, a government's office are employers of their own
    text = "青禾县委宣传部副部长冯国栋、青禾县政府办公室主任卜云航陪同。"
    works = relations_of(nlp, text, "works_for")
    assert ("works_for", "冯国栋", "青禾县委宣传部") in works
    assert ("works_for", "卜云航", "青禾县政府办公室") in works
