"""Session 30 (s30-region): pages from Taiwan, Hong Kong and Macau (``benchmarks/audits/s30-region/``).

* A department named by 处 as the tagger's one common noun ("港務處/n", "投資|促進處/n"): a body
  (``org.word_only_heads``, kg/nlp/entities/body_words.py ``word_only_head``), but a bare office word
  ("秘書處", "籌備處") names no one body.
* A person whose title stands after a department written right after its government body
  ("澳門政發局經濟民生處處長連信森", "經濟部工業局工業區組長曾琡芬") works for that body
  (kg/nlp/relations/departments.py ``body_before_department``, writer ``department_body``).

The sentences are quoted (in their own characters) from the tuning pages named in each test.
"""

from __future__ import annotations

from conftest import normed_mentions_and_facts


def test_departments_named_by_chu(nlp):
    # real-pages p12 (金門日報): two county departments, one found by a list, one by its word alone
    mentions, _ = normed_mentions_and_facts(
        nlp, "觀光處的溪邊濱海休閒渡假村、銅牆山營區(觀光遊憩)、雙口海岸招商規劃案、港務處的水頭國際港經貿園區。"
    )
    assert ("ORG", "港务处") in mentions
    assert ("ORG", "观光处") in mentions
    # real-pages-37 a09: a bureau's department signing the release, its verb cut off by the tagger
    text = (
        "熊林副主任表示,市商务委将一如既往地在招商引资、 服务贸易 等方面继续给予支持,"
        "助推荣昌区打造“成渝城市群新兴战略支点”。(投资促进处)"
    )
    mentions, _ = normed_mentions_and_facts(nlp, text)
    assert ("ORG", "投资促进处") in mentions
    # real-org2 o05: the chamber's secretariat written bare is no body of its own
    mentions, _ = normed_mentions_and_facts(nlp, "开局谋宏图 奋斗新征程 奉贤区江苏商会召开秘书处2024年度工作会议")
    assert ("ORG", "秘书处") not in mentions


def test_works_for_the_body_before_a_department(nlp):
    # real-pages-37 a12 (力報, Macau)
    text = (
        "簽署儀式於7月22日上午假澳門萬豪軒宴會廳舉行,備忘錄由民建聯副主席周浩鼎及聯盟理事長何金明作為代表簽署,"
        "並由中聯辦協調部副部長仇昱,澳門旅遊局局長文綺華,澳門政發局經濟民生處處長連信森,聯盟主席劉家裕、"
        "副主席鄭安庭與羅彩燕議員,民建聯主席李慧琼、副主席陳勇見證。"
    )
    _, facts = normed_mentions_and_facts(nlp, text)
    assert ("works_for", "连信森", "澳门政发局") in facts
    assert ("works_for", "文绮华", "澳门旅游局") in facts
    # the body before the title's own body is no one else's employer
    assert ("works_for", "连信森", "澳门旅游局") not in facts
    assert ("works_for", "文绮华", "中联办协调部") not in facts
    # real-pages-6 u02 (kingtop.com.tw, Taiwan): the ministry's bureau, its section between
    text = (
        "草屯手工藝產業園區動土典禮,包括立委許淑華、縣長特助林儒彬、經濟部工業局工業區組長曾琡芬、草屯鎮長簡景賢出席。"
    )
    _, facts = normed_mentions_and_facts(nlp, text)
    assert ("works_for", "曾琡芬", "经济部工业局") in facts
    assert not any(f[0] == "works_for" and f[1] == "简景贤" and f[2] == "经济部工业局" for f in facts)
