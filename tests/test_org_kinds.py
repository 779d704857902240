"""Organisations in running text, by kind (issue 14, ``tests/fixtures/real-org``): bodies in lists,
committees and governments written together, a party's level committee, a body's committee
before a title, a body written into its head's title, branches of a bank, credits and copulas.
The sentences are made up in the writing patterns of real local news; no name comes from a page.
"""

from __future__ import annotations

from test_entities import mentions
from test_relations import facts

from kg.resolve.document_merges import abbreviates


def orgs(text: str) -> set[str]:
    return {n for n, label in mentions(text) if label == "ORG"}


def test_a_list_of_bodies_ending_in_a_class_word_names_every_item():
    found = orgs("县财政局、交通局、教育局、林业局等单位负责同志参加会议。")
    assert {"县财政局", "交通局", "教育局", "林业局"} <= found


def test_roles_in_a_list_of_units_are_no_bodies():
    found = orgs("市政府办、供销社、设计施工、监理等单位负责人陪同。")
    assert not {"设计施工", "监理"} & found


def test_a_committee_and_its_government_written_together_are_two_bodies():
    found = orgs("在县委县政府的坚强领导下,全镇落实市委市政府的部署。")
    assert {"县委", "县政府", "市委", "市政府"} <= found
    assert not {"县委县政府", "市委市政府"} & found


def test_a_government_and_a_firm_the_tagger_read_as_one_word_are_two_bodies():
    """LAC reads "某州人民政府与某某有限责任公司" as one ORG; the conjunction after a body's
    suffix joins two bodies (the tagger's word is split as the head-word rule's names are)."""
    found = orgs("临江州人民政府与品源投资有限责任公司签订协议，州政府与品源投资有限责任公司将合作。")
    assert {"临江州人民政府", "州政府", "品源投资有限责任公司"} <= found
    assert not {n for n in found if "与" in n}


def test_a_body_run_into_its_leading_group_before_its_members_title(nlp):
    text = "西河县政府党组成员、副县长王明出席。"
    assert "西河县政府" in orgs(text) and "西河县政府党组" not in orgs(text)
    assert ("works_for", "王明", "西河县政府") in facts(nlp, text)


def test_a_layout_or_pattern_ending_in_ju_is_no_bureau():
    """布局, 格局, 大局 end in a bureau's head character; after a level word ("区域…布局") they
    still name a plan, not a body."""
    found = orgs("优化区域路网布局，构建全县产业发展新格局，区政务服务局参加。")
    assert found == {"区政务服务局"}


def test_a_party_and_its_provincial_committee_are_one_body(nlp):
    text = "省政协副主席、致公党省委会主委陈明远率队调研。"
    assert "致公党省委会" in orgs(text)
    got = facts(nlp, text)
    assert ("works_for", "陈明远", "致公党省委会") in got
    assert ("works_for", "陈明远", "省政协") in got


def test_a_post_on_a_named_bodys_committee_belongs_to_the_body(nlp):
    text = "县人民医院党委副书记周海涛,青禾农商银行党委委员、副行长吴俊峰出席。"
    found = orgs(text)
    assert "县人民医院" in found and "县人民医院党委" not in found
    got = facts(nlp, text)
    assert ("works_for", "周海涛", "县人民医院") in got
    assert ("works_for", "吴俊峰", "青禾农商银行") in got


def test_a_place_committee_before_a_title_stays_a_body(nlp):
    text = "东岭乡党委书记孙建华主持会议。"
    assert "东岭乡党委" in orgs(text)
    assert ("works_for", "孙建华", "东岭乡党委") in facts(nlp, text)


def test_a_body_written_into_its_heads_title(nlp):
    text = "交通局长王立新、消防局长赵启明到场祝贺,新任局长刘伟出席。"
    found = orgs(text)
    assert {"交通局", "消防局"} <= found
    got = facts(nlp, text)
    assert ("works_for", "王立新", "交通局") in got
    assert not any(f[0] == "works_for" and f[1] == "刘伟" for f in got)


def test_a_bank_and_its_branch_are_two_bodies():
    assert not abbreviates("鼎泰银行", "鼎泰银行南城分行")
    found = orgs("鼎泰银行南城分行行长李明介绍了鼎泰银行的情况。")
    assert {"鼎泰银行南城分行", "鼎泰银行"} <= found


def test_short_forms_of_national_banks():
    found = orgs("农发行和建行向该县授信,工行也参与。")
    assert {"农发行", "建行", "工行"} <= found


def test_a_credit_with_a_mark_before_the_names(nlp):
    got = facts(nlp, "编辑:韩晓东\n责任编辑:黄丽华 林建平")
    assert ("holds_position", "韩晓东", "编辑") in got
    assert {("holds_position", n, "责任编辑") for n in ("黄丽华", "林建平")} <= got


def test_a_copula_gives_a_post_with_its_body(nlp):
    got = facts(nlp, "新任会长方志强，为恒越精密机械公司总经理。王海涛为大家介绍情况。")
    assert ("works_for", "方志强", "恒越精密机械公司") in got
    assert not any(f[1] == "王海涛" for f in got if f[0] in ("works_for", "holds_position"))


def test_association_heads_and_titles():
    found = orgs("东湖工业区厂商协进会理事长交接,临海市五金商业同业公会理事长到场。")
    assert {"东湖工业区厂商协进会"} <= found


def test_a_source_credit_names_its_outlet():
    found = orgs("来源:东川融媒 编辑:韩晓东 时间:2023-07-11")
    assert "东川融媒" in found
    assert not {n for n in orgs("(来源:网络)")}


def test_a_reports_lead_mark_is_no_part_of_its_outlet():
    # the tagger reads "某某日报讯" as one body; the outlet is the paper, the mark opens the report
    found = orgs("青岭日报讯（记者 王小明）3月5日，青岭市召开全市经济工作会议。")
    assert "青岭日报" in found and "青岭日报讯" not in found
    found = orgs("東嶼報訊 特區政府今日公布施政報告。")
    assert "東嶼報" in found and "東嶼報訊" not in found
    # a name that ends in the character after no outlet's head is left whole
    assert "中原通讯" in orgs("中原通讯与县政府签约。")


def test_a_part_of_a_place_by_direction_is_no_body():
    # "部" ends bodies (宣传部), not the parts of a county the tagger reads with it as one place
    assert not orgs("该项目位于柳河县西南部，总投资5亿元。")
    assert not orgs("柳河县中东部地区降雨较多。")
    assert "柳河县委宣传部" in orgs("柳河县委宣传部组织开展活动。")
    assert "青禾高中初中部" in orgs("青禾高中初中部举行开学典礼。")  # a school's division


def test_a_surname_and_a_title_is_no_name():
    found = mentions("王局长表示,赵县长也到场。李建国局长出席。")
    persons = {n for n, label in found if label == "PERSON"}
    assert not {"王局长", "赵县长"} & persons


def test_a_class_of_bodies_is_no_body():
    found = orgs("三年以内乡镇卫生院要全部达标,东岭乡卫生院已经达标。")
    assert "乡镇卫生院" not in found
    assert "东岭乡卫生院" in found


def test_a_branch_named_with_its_banks_short_form_is_the_same_branch():
    from kg.resolve.document_merges import abbreviates_head

    assert abbreviates_head("建行南城支行", "建设银行南城支行")
    assert not abbreviates_head("市委宣传部", "市政协宣传部")
    assert not abbreviates_head("某某银行", "某某银行南城分行")


def test_a_levels_bodies_after_a_title_word_used_as_a_verb_are_no_persons():
    """代表 is a title (人大代表) and a verb ("on behalf of"): the level's bodies after it are
    bodies, not names in a list."""
    text = "王芳在讲话中代表区委、区人大、区政府、区政协向各位嘉宾表示欢迎。"
    assert {"区人大", "区政府", "区政协"} <= orgs(text)
    assert not {("区人大", "PERSON"), ("区政府", "PERSON")} & mentions(text)
