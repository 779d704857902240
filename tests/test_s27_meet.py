"""Session 27 (s27-meet): meetings and attendance on real sentences of the tuning pages.

- Persons listed before a ceremony's act done together (共同揭牌, 共同主礼, 共同执铲) attended the
  article's event (``[attended] triggers``; real-pages-24 w08, -32 t02, -2 q12).
- 积极开展 / 深入开展 before a quoted slogan and 活动 is a campaign pushed on, no held event, also
  after a first slogan joined by 和 (``[meeting.campaign] verbs``, kg/nlp/campaigns.py;
  real-pages-23 f02, -32 t08, -27 c03); a held event with a slogan keeps its mention.
- A fair written by its three-character short form is a MEETING ("哈洽会", "工展会";
  kg/nlp/entities/fair_short_names.py; real-pages-24 w02, -14 n12); "展会" alone is none, nor is
  the short form where the page writes the fair's full name (real-pages-2 q10).
- 开竣工 and 开复工 are works starting: who announces them at such a ceremony attended it
  (``[attended] works_started``; real-pages-30 r07).
"""

from __future__ import annotations

from test_meeting_kinds import read


def test_persons_who_unveil_together_attended(nlp):
    # real-pages-24 w08 (traditional, as the page writes it; kg reads names in simplified form)
    _, facts = read(
        nlp,
        "「台南市政府招商投資服務中心」揭牌儀式\n\n"
        "市府特別召開記者會公布招商成績單,會中同時舉行「台南市政府招商投資服務中心」揭牌儀式。\n\n"
        "台南市政府為促進大台南未來的整體發展舉行揭牌記者會,會中邀請行政院全球聯合招商服務中心執行長嚴重光、"
        "中華民國對外貿易投資協會南區辦事處高級委員洪耀騰、工業技術研究院南分院副主任戴友煉、"
        "皆豪實業股份有限公司董事長曾國展、市議員李退之及工業技術研究院經理陳宗賢等貴賓共同揭牌,"
        "同時一起啟動精彩一百光彩球,象徵著慶祝永康工業區招商破百。",
    )
    attended = {h for t, h, _ in facts if t == "attended"}
    assert {"戴友炼", "曾国展", "李退之", "陈宗贤"} <= attended


def test_persons_who_officiate_together_with_the_attendee_attended(nlp):
    # real-pages-32 t02 (traditional)
    event = "澳門廠商聯合會成立60周年會慶暨第三十三屆理監事就職典禮"
    _, facts = read(
        nlp,
        f"傅自應出席{event}\n\n1月8日晚,中央政府駐澳門聯絡辦公室主任傅自應出席澳門廠商聯合會(以下簡稱“廠商會”)"
        "成立60周年會慶暨第三十三屆理監事就職典禮,並與澳門特區行政長官賀一誠、外交公署特派員沈蓓莉、"
        "澳門特區立法會主席高開賢、澳門特區政府經濟財政司司長李偉農、澳門海關關長黃文忠、"
        "澳門中華總商會會長馬有禮等共同主禮。",
    )
    attended = {h for t, h, _ in facts if t == "attended"}
    assert {"贺一诚", "沈蓓莉", "高开贤", "李伟农", "黄文忠", "马有礼"} <= attended


def test_a_campaign_pushed_on_is_no_meeting(nlp):
    # real-pages-23 f02
    mentions, _ = read(
        nlp,
        "近年来,罗城仫佬族自治县加大招商引资力度,改善投资环境,建立“县长接待企业日”制度,"
        "积极开展“红卡进百企千村万户”活动,帮助协调解决企业生产中遇到的困难和问题。",
    )
    assert not [m for m in mentions if m[0] == "MEETING" and "红卡" in m[1]]


def test_a_second_slogan_after_a_campaign_verb_is_a_campaign_too(nlp):
    # real-pages-27 c03
    mentions, _ = read(
        nlp,
        "全区上下聚焦招商引资目标,深入开展“招商引资攻坚年”和“产业链招商竞赛”活动,只争朝夕抓招商、攻项目、优服务。",
    )
    assert not [m for m in mentions if m[0] == "MEETING" and "竞赛" in m[1]]


def test_the_held_event_of_a_campaign_sentence_keeps_its_mention(nlp):
    # real-pages-32 t08: the works ceremony is held; the campaign it serves is none
    mentions, _ = read(
        nlp,
        "王亚军指出,全市举办春季重点项目集中开工活动,是深入开展“三统筹三扩大四创建”活动的重要抓手。",
    )
    assert ("MEETING", "春季重点项目集中开工活动") in mentions
    assert ("MEETING", "“三统筹三扩大四创建”活动") not in mentions


def test_a_fair_written_by_its_short_form(nlp):
    # real-pages-24 w02, -14 n12
    mentions, _ = read(nlp, "哈洽会开幕以来,大庆市肇源县重点推介了33个项目,项目投资额达到88亿元。")
    assert ("MEETING", "哈洽会") in mentions
    mentions, _ = read(nlp, "全城触目的第50届工展会正式揭幕!由今天(12月12日)起至明年1月。")
    assert ("MEETING", "第50届工展会") in mentions  # (the edition joined by the learned boundary)
    # a page that writes the fair's full name names it so: no second entity for the short form
    # (real-pages-2 q10)
    mentions, _ = read(nlp, "此次吉木萨尔县参展亚博会企业共有11家。第六届中国—亚欧博览会于9月在乌鲁木齐举办。")
    assert ("MEETING", "亚博会") not in mentions
    # "a fair" alone is the common noun (real-pages-2 q10)
    mentions, _ = read(nlp, "本次展会各参展企业将集中展示北庭竹叶青等产品。")
    assert not [m for m in mentions if m[0] == "MEETING"]


def test_who_announces_works_started_and_finished_attended(nlp):
    # real-pages-30 r07
    event = "滨海新区2022年秋季重点项目集中开竣工活动"
    _, facts = read(
        nlp,
        f"10月14日上午,{event}在中环DW三期智慧化工厂项目现场举行。区委副书记、区长单泽峰讲话并宣布项目开竣工,"
        "区人大常委会主任王洪茹,区政协主席韩远达出席,区委常委、副区长尹晓峰主持并介绍项目情况。",
    )
    assert ("attended", "单泽峰", event) in facts
    assert ("chaired", "尹晓峰", event) in facts


def test_an_edition_before_a_short_form_is_the_same_fair():
    # real-pages-14 n12: "第50届工展会" in the lead, "工展会" after it: one entity (kg/resolve/
    # document_merges.py), whereas two short names of two fairs stay apart
    from kg.nlp.document import DocumentResult, MentionRecord
    from kg.resolve.document_merges import merge_short_forms_in_document
    from kg.resolve.keys import UnionFind, mention_key

    names = ["第50届工展会", "工展会", "哈洽会"]
    ms = [MentionRecord(0, 0, 1, n, n, "MEETING", "head_words", 0.7) for n in names]
    r = DocumentResult("d.txt", ms, [], 1)
    ks = [mention_key(r, m) for m in ms]
    uf = UnionFind()
    merge_short_forms_in_document(r, ks, uf)
    assert uf.find(ks[0]) == uf.find(ks[1])
    assert uf.find(ks[1]) != uf.find(ks[2])
