"""Organisations and persons the tagger loses, from the ORG and PERSON errors of the general
tuning sets (issue 14, session 24, s24-names): firms by their short names in a list closed
by a class word of firms ("某某汽车、某某家居、某某集团等10家企业"), and a two-character name right
after a title that the tagger read as an ordinary word, closed by a mark before the next post
and its holder or by 列席. Names and sentences invented for these tests."""

from __future__ import annotations

from test_entities import mentions


def orgs(text: str) -> set[str]:
    return {t for t, label in mentions(text) if label == "ORG"}


def persons(text: str) -> set[str]:
    return {t for t, label in mentions(text) if label == "PERSON"}


def test_firms_by_short_names_in_a_list_closed_by_a_class_word_of_firms():
    text = "考察拜访了泽屿汽车、拓嘉新能源、世衡集团、宏岸科技公司、松岚家居、一帆木业、常州上机等10家企业。"
    found = orgs(text)
    assert {"泽屿汽车", "一帆木业", "常州上机"} <= found  # a place that opens a firm's name is its own
    assert not any(o.startswith("考察") for o in found)  # the verbs before the first item stay out
    found = orgs("吸引鸿远、仁泰、世衡集团、宏岸科技公司、泊川等超过百家国内外厂商进驻。")
    assert "鸿远" in found and not any(o.startswith("吸引") for o in found)


def test_the_first_item_of_a_list_of_firms_keeps_its_whole_name():
    # guard: a firm's name opened by a word the tagger reads as a verb ("供销") is not cut there
    found = orgs("供销集团、澜岳集团、鹭川集团、峰驰集团等企业代表参加。")
    assert "集团" not in found


def test_a_list_of_trades_closed_by_firms_names_no_firm():
    # guard: no item of the list is a body already, so it is a list of trades
    assert orgs("园区引进了装备制造、新能源、生物医药等企业。") == set()


def test_a_name_read_as_a_word_after_a_title_before_the_next_post_and_its_holder():
    text = "县委副书记、县长柯远帆,县委副书记成章,县委常委吕向荣、钱思远出席会议。"
    assert "成章" in persons(text)
    text = "区政协主席何明远,区委副书记屈胜,区领导廖青山、杨秋白等出席。"
    assert "屈胜" in persons(text)


def test_a_name_before_liexi_attending_without_a_vote():
    text = "县人大常委会主任邹明山,县政协主席常和顺列席会议。"
    assert "常和顺" in persons(text)


def test_a_word_of_tenure_after_a_title_is_no_name():
    # guard: "职务" closed by a comma before a post and its holder is the post's tenure
    assert "职务" not in persons("他辞去副县长职务,县委常委吕向荣出席会议。")


# Round 2: a body run into the verb of acting for it and the words before it (the tagger's one
# word "某某代表镇委镇政府/ORG", or the left walk over "致辞中代表|区委").


def test_a_person_acting_for_a_body_is_no_part_of_its_name():
    text = "座谈会上,谭高林代表镇委镇政府对来宾表示热烈欢迎。"
    found = orgs(text)
    assert "谭高林代表镇委镇政府" not in found
    assert {"镇委", "镇政府"} <= found
    assert "谭高林" in persons(text)


def test_a_chairman_acting_for_his_group_is_a_person_and_the_group_a_body():
    text = "青禾集团董事,梧溪建设公司党委书记、董事长柯远帆代表集团公司与州政府签订战略合作框架协议。"
    found = orgs(text)
    assert not any("柯远帆" in o for o in found)
    assert "集团公司" in found
    assert "柯远帆" in persons(text)


def test_a_speech_acting_for_the_district_committee_names_the_committee_alone():
    text = "岑立川在致辞中代表区委、区政府向项目签约表示祝贺。"
    found = orgs(text)
    assert "区委" in found
    assert not any(o.endswith("代表区委") for o in found)


def test_bodies_whose_names_hold_the_word_keep_it():
    # guard: 代表 as a noun inside a body's name is no verb of acting for the body after it
    assert "梧溪镇人民代表大会常务委员会" in orgs("梧溪镇人民代表大会常务委员会主任邝明泽出席。")
    assert "省人大常委会代表工作委员会" in orgs("省人大常委会代表工作委员会主任邝明泽出席。")
    assert "青禾集团驻梧溪代表处" in orgs("青禾集团驻梧溪代表处首席代表邝明泽介绍了情况。")


def test_a_bureau_named_by_fields_joined_before_its_head_is_one_name():
    # Hong Kong's and Macau's bureaus join two or three fields before 局 (the tagger reads each
    # field as an ordinary noun): the name starts at the first field, after a title or a government
    found = orgs("出席者包括邮船海事及港务局局长岑某某和署理邮政及电讯局局长骆某某。")
    assert {"邮船海事及港务局", "邮政及电讯局"} <= found
    assert not {"海事及港务局", "署理邮政及电讯局"} & found
    found = orgs("特区政府创意、设计及会展局局长滕某某致辞。")
    assert "创意、设计及会展局" in found and "设计及会展局" not in found
    assert "文物及博览局" in orgs("文物及博览局署理局长岑某某出席。")  # the title's qualifier between


def test_two_bodies_joined_by_a_conjunction_stay_two():
    # guard: each side has its own head, or the side before the conjunction is a title
    assert orgs("市政府及财政局局长出席。") == {"市政府", "财政局"}
    assert orgs("卫生局及税务局局长出席。") == {"卫生局", "税务局"}
    assert orgs("县长及财政局局长出席。") == {"财政局"}
