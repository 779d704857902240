"""Relation rules on real sentences of Chinese news writing, through the spaCy pipeline.

Each test names the kind of sentence it covers; the sentences are the writing patterns
the rules read, not the seed pages as such (the build test scores those).
"""

from __future__ import annotations

from kg.ingest import segment_document
from kg.nlp.pipeline import analyse_article


def facts(nlp, text: str, *, article: int = 0, home_city: str | None = None) -> set[tuple]:
    """``(type, head text, tail text | position | amount+qualifier)`` for one article of ``text``
    (``home_city``: the city of the paper, which 我市 names)."""
    arts = segment_document("t.txt", text)
    art = arts[article]
    doc = analyse_article(nlp, art, home_city=home_city)
    ms = doc._.mentions

    def name(i: int) -> str:
        return art.text[ms[i].start : ms[i].end]

    out = set()
    for r in doc._.relations:
        if r.tail is not None:
            out.add((r.type, name(r.head), name(r.tail)))
        elif r.type == "holds_position":
            out.add((r.type, name(r.head), r.value["position"]))
        else:
            out.add((r.type, name(r.head), r.value["amount"], r.value["qualifier"]))
    return out


def relations_of(nlp, text: str, rtype: str, **kw) -> set[tuple]:
    return {f for f in facts(nlp, text, **kw) if f[0] == rtype}


def _positions(nlp, text: str) -> list[dict]:
    (art,) = segment_document("t.txt", text)
    doc = analyse_article(nlp, art)
    return [r.value for r in doc._.relations if r.type == "holds_position"]


def test_a_post_given_after_the_name_keeps_its_time(nlp):
    got = _positions(nlp, "王军，2019年3月起任长治市委书记。")
    assert [(v["position"], v.get("since")) for v in got] == [("书记", "2019-03")]
    got = relations_of(nlp, "李明，2016年任市工信局局长。", "works_for")
    assert got == {("works_for", "李明", "市工信局")}
    assert [v.get("date") for v in _positions(nlp, "李明，2016年任市工信局局长。")] == ["2016"]


def test_a_post_without_a_stated_time_has_none(nlp):
    got = _positions(nlp, "市委副书记、市长张强主持召开会议。")
    assert got and not any("date" in v or "since" in v for v in got)


# --------------------------------------------------------------------------- located_in


def test_county_prefix_of_a_company_is_its_location(nlp):
    got = relations_of(nlp, "图为广灵县御鑫隆再生资源有限公司的工人正在冶炼车间冶炼含铝废渣。", "located_in")
    assert ("located_in", "广灵县御鑫隆再生资源有限公司", "广灵县") in got


def test_a_brand_word_before_a_project_head_is_no_location(nlp):
    # The tagger calls 华阳 a place; in a project name it is the investor's brand.
    got = relations_of(nlp, "华阳高性能碳纤维项目捷报频传,正在向着今年年底试车目标发起冲刺。", "located_in")
    assert not any(t == "华阳" for _, _, t in got)


def test_a_division_after_a_road_or_a_district_is_not_inside_it(nlp):
    text = "驱车太行一号旅游公路阳曲县段,沿线风光尽收眼底。小店区太原醋业专业镇完成产值12亿元。"
    got = relations_of(nlp, text, "located_in")
    assert not any(h == "阳曲县" for _, h, _ in got)
    assert not any(h in ("太原", "太原市") and t == "小店区" for _, h, t in got)


def test_a_place_in_a_document_title_is_no_location(nlp):
    text = "我市出台《太原市京津冀创新成果产业化承接基地建设重点》,明确了重点方向。"
    got = relations_of(nlp, text, "located_in")
    assert not any(h == "京津冀" for _, h, _ in got)


def test_a_municipality_opening_a_company_name_is_its_city(nlp):
    text = "今年以来,引进上海联影智能医疗科技有限公司,多个项目成功落地。"
    got = relations_of(nlp, text, "located_in", home_city="太原市")
    assert ("located_in", "上海联影智能医疗科技有限公司", "上海") in got


def test_a_county_of_the_paper_city_after_the_brand_of_a_project(nlp):
    # A Changzhi paper: 屯留 is a district of the city, named after the investor's brand.
    text = "目前,潞安化工屯留煤层气综合利用项目已落地建设。"
    got = relations_of(nlp, text, "located_in", home_city="长治市")
    assert ("located_in", "潞安化工屯留煤层气综合利用项目", "屯留") in got


def test_a_county_short_form_inside_a_word_is_no_place(nlp):
    # "华阳|高性能": the characters 阳高 (a county of Datong) straddle two words.
    text = "华阳高性能碳纤维项目捷报频传。"
    got = relations_of(nlp, text, "located_in", home_city="大同市")
    assert not any(t == "阳高" for _, _, t in got)


def test_our_city_lies_in_the_province_its_sentence_names(nlp):
    text = "今年以来,我市主动服务全省发展大局,着力打造山西对接中原城市群的桥头堡。"
    assert ("located_in", "我市", "山西") in relations_of(nlp, text, "located_in", home_city="长治市")


def test_a_province_inside_an_event_name_places_nothing(nlp):
    text = "我市参加“人到山西好风光”人才宣介成都专场活动"
    assert not relations_of(nlp, text, "located_in", home_city="长治市")


def test_a_project_built_in_a_county_is_there(nlp):
    got = relations_of(nlp, "该公司计划在清徐县投资建设太原煤层气综合利用项目。", "located_in")
    assert ("located_in", "太原煤层气综合利用项目", "清徐县") in got
    got = relations_of(nlp, "太原煤层气综合利用项目在阳曲县开工建设。", "located_in")
    assert ("located_in", "太原煤层气综合利用项目", "阳曲县") in got


# --------------------------------------------------------------------------- money


def test_amount_belongs_to_the_subject_project_not_the_park_it_lies_in(nlp):
    text = (
        "连日来,华阳高性能碳纤维项目捷报频传。"
        "千吨级高性能碳纤维示范项目位于云冈经开区清洁能源产业园,由山西华阳碳材科技有限公司投资,"
        "总投资6.82亿元,占地约120亩。"
    )
    got = facts(nlp, text)
    # the project the paragraph speaks of, by its name or by the longer name the sentence gives it
    # (the learned spans read that one; the seed gold keeps it as an alias of the same project)
    project = {"华阳高性能碳纤维项目", "千吨级高性能碳纤维示范项目"}
    amounts = {f[1:] for f in got if f[0] == "invested_amount"}
    assert len(amounts) == 1 and {a[0] for a in amounts} <= project, amounts
    assert next(iter(amounts))[1:] == (682000000, "exact")
    assert not any(f[0] == "invested_amount" and f[1] == "云冈经开区清洁能源产业园" for f in got)
    assert any(f[0] == "invests_in" and f[1] == "山西华阳碳材科技有限公司" and f[2] in project for f in got)


def test_org_prefix_of_a_project_is_an_investor_only_when_it_is_an_organisation(nlp):
    text = "该县加快推动亨源洪立储能电站项目落地,南京电气电力工程有限公司新能源装配式储能设备项目开工。"
    got = relations_of(nlp, text, "invests_in")
    assert not any(h == "亨源洪立储能" for _, h, _ in got)


# --------------------------------------------------------------------------- positions


def test_a_department_head_works_for_the_committee_department_the_article_names(nlp):
    text = "11月2日，市委常委、宣传部长李明出席由市委宣传部主办的文艺汇演活动。"
    assert ("works_for", "李明", "市委宣传部") in relations_of(nlp, text, "works_for")


def test_a_title_that_begins_with_its_body(nlp):
    text = "市委常委、常务副市长刘军，副市长陈红参加。市委、市政府高度重视。"
    got = relations_of(nlp, text, "works_for")
    assert ("works_for", "刘军", "市委") in got
    assert not any(h == "陈红" for _, h, _ in got)


def test_a_college_head_works_for_the_college_by_its_full_name(nlp):
    text = "11月5日，山西大学物理电子工程学院举办校友论坛。山西大学党委常委、副校长、物理电子工程学院院长王刚出席。"
    assert ("works_for", "王刚", "山西大学物理电子工程学院") in relations_of(nlp, text, "works_for")


def test_title_list_with_an_organisation_between_titles(nlp):
    text = "今年的全市两会上,市政协委员、中车大同电力机车有限公司高级技师王强建议,要做强优势产业。"
    got = facts(nlp, text)
    assert ("holds_position", "王强", "市政协委员") in got
    assert ("holds_position", "王强", "高级技师") in got
    assert ("works_for", "王强", "中车大同电力机车有限公司") in got


def test_every_title_of_a_list_whose_last_body_was_not_recognised(nlp):
    got = relations_of(nlp, "中央民族大学党委常委、统战部长、历史文化学院院长彭勇出席活动。", "holds_position")
    assert {p for _, _, p in got} >= {"统战部长", "院长"}
    assert any(p.endswith("常委") for _, _, p in got)


def test_an_organisation_that_the_title_itself_begins_with(nlp):
    text = "事故发生后,中共中央总书记、国家主席、中央军委主席习近平高度重视并作出重要指示。"
    got = facts(nlp, text)
    assert ("works_for", "习近平", "中央军委") in got
    assert ("works_for", "习近平", "中共中央") in got
    assert ("holds_position", "习近平", "国家主席") in got


def test_a_deputy_does_not_work_for_the_assembly(nlp):
    text = "十四届全国人大三次会议期间,全国人大代表、大同市委书记张强表示,大同将加速构建现代化产业体系。"
    got = facts(nlp, text)
    assert ("holds_position", "张强", "全国人大代表") in got
    assert not any(f[0] == "works_for" and f[2] == "全国人大" for f in got)


def test_byline_with_several_reporters(nlp):
    got = relations_of(nlp, "全市经济运行稳中向好。\n本报记者 史涌涛 苑捷 纪元元 韩云峰", "holds_position")
    for name in ("史涌涛", "苑捷", "纪元元", "韩云峰"):
        assert ("holds_position", name, "记者") in got


def test_county_section_heading_places_its_projects_and_companies(nlp):
    text = (
        "综合新闻\n\n云州区\n打造现代农业发展新引擎\n"
        "华兴农博园由浙江省农发集团与山西华兴农业开发有限公司联手打造,总投资20亿元。\n本报记者 杨海峰"
    )
    got = relations_of(nlp, text, "located_in", article=-1)
    assert ("located_in", "华兴农博园", "云州区") in got
    assert ("located_in", "山西华兴农业开发有限公司", "云州区") in got
    # A company whose name places it in another province is no company of the county.
    assert ("located_in", "浙江省农发集团", "云州区") not in got


def test_divisions_named_in_one_sentence(nlp):
    got = relations_of(nlp, "习近平对宁夏银川市兴庆区富洋烧烤店燃气爆炸事故作出重要指示。", "located_in")
    assert ("located_in", "银川市", "宁夏") in got
    assert ("located_in", "兴庆区", "银川市") in got
    assert ("located_in", "兴庆区", "宁夏") not in got  # only the nearest


def test_divisions_named_apart_are_no_stated_containment(nlp):
    """GUIDE: a located_in known only from outside the text is not annotated. A chain of
    divisions (with list words between them) states it; two divisions a sentence names
    apart do not, though the gazetteer knows one holds the other."""
    text = "安徽省今年新增高新技术企业1200家，其中合肥市占四成。"
    assert ("located_in", "合肥市", "安徽省") not in relations_of(nlp, text, "located_in")
    got = relations_of(nlp, "论坛在江苏省南京市、苏州市两地同时举行。", "located_in")
    assert {("located_in", "南京市", "江苏省"), ("located_in", "苏州市", "江苏省")} <= got


def test_a_place_in_a_university_name_is_no_location(nlp):
    text = "我市用人单位将招聘目光聚焦浙江大学、浙江工业大学等知名高校。"
    assert not relations_of(nlp, text, "located_in")


def test_city_inside_a_company_name(nlp):
    text = "大同市经济平稳。走进中国重汽集团大同齿轮有限公司的生产车间,机器人有条不紊地装配。"
    got = relations_of(nlp, text, "located_in")
    assert ("located_in", "中国重汽集团大同齿轮有限公司", "大同") in got


def test_what_a_sentence_about_our_city_names_is_in_the_city(nlp):
    arts = "行走在我市各产业园区,处处可见忙碌的生产场景。在山西耀邦环境装备工程有限公司总装车间内,生产线高速运转。"
    (art,) = segment_document("t.txt", arts)
    doc = analyse_article(nlp, art, home_city="大同市")
    ms = doc._.mentions
    got = {
        (art.text[ms[r.head].start : ms[r.head].end], ms[r.tail].attrs.get("admin_name"))
        for r in doc._.relations
        if r.type == "located_in"
    }
    assert ("山西耀邦环境装备工程有限公司", "大同市") in got


def test_a_partner_named_in_a_sentence_about_our_city_is_not_placed_there(nlp):
    text = "我市要进一步加强与万达集团等龙头企业合作,统筹推进历史院落修缮。"
    (art,) = segment_document("t.txt", text)
    doc = analyse_article(nlp, art, home_city="大同市")
    assert not [r for r in doc._.relations if r.type == "located_in"]


# --------------------------------------------------------------------------- meetings


def test_presenters_in_an_article_about_an_event_attended_it(nlp):
    text = (
        "“侨心汇同·智创未来”高校人才学习交流会举行\n\n"
        "本报讯(记者 郝雨)日前,由大同欧美同学会主办的“侨心汇同·智创未来”高校人才学习交流会举行。\n"
        "活动主题分享环节,4位行业专家带来前沿分享。北京大学研究员张玺立足系统工程视角,深度解读先进制造技术;"
        "大同金控集团投资总监姜晓华开展生物医药优质项目路演。"
    )
    got = relations_of(nlp, text, "attended")
    meeting = "“侨心汇同·智创未来”高校人才学习交流会"
    assert ("attended", "张玺", meeting) in got
    assert ("attended", "姜晓华", meeting) in got
    assert not any(h == "郝雨" for _, h, _ in got)  # the reporter


def test_coordinated_attendees(nlp):
    text = (
        "本报讯(记者 韩云峰)6月21日,市长张强主持召开全市重点工程项目调度会。\n"
        "市委常委、常务副市长任希杰,副市长孟维君、高新文参加。"
    )
    got = facts(nlp, text)
    assert ("chaired", "张强", "全市重点工程项目调度会") in got
    for person in ("任希杰", "孟维君", "高新文"):
        assert ("attended", person, "全市重点工程项目调度会") in got


def _meeting_attributes(nlp, text: str) -> dict[str, dict]:
    from kg.nlp.document import analyse_document
    from kg.resolve import resolve

    ents, _ = resolve([analyse_document(nlp, "d.txt", text, "2024-05-11")])
    label = {e.id: e.label for e in ents}
    return {e.label: {k: label.get(v, v) for k, v in e.attributes.items()} for e in ents if e.type == "MEETING"}


def test_the_place_where_a_meeting_is_held(nlp):
    got = _meeting_attributes(nlp, "本报讯(记者 王磊)5月10日，“晋享未来”人才招聘专场活动在太原市体育中心广场举行。")
    assert got["“晋享未来”人才招聘专场活动"] == {"date": "2024-05-10", "place": "太原市体育中心广场"}
    got = _meeting_attributes(nlp, "本报讯 6月3日，市长李明在长治市政府主持召开全市安全生产工作会议。")
    assert got["全市安全生产工作会议"]["place"] == "长治市政府"


# --------------------------------------------------------------------------- resolution


def test_a_county_in_city_pair_read_in_a_sentence_is_not_inferred_again(nlp):
    from kg.nlp.document import analyse_document
    from kg.resolve import resolve

    text = "本报讯 6月21日，湖南长沙市岳麓区一处在建工地发生坍塌事故。"
    ents, rels = resolve([analyse_document(nlp, "d.txt", text)])
    label = {e.id: e.label for e in ents}
    pairs = [(label[r.head], label[r.tail], r.inferred) for r in rels if r.type == "located_in"]
    assert ("岳麓区", "长沙市", False) in pairs
    assert ("岳麓区", "长沙市", True) not in pairs


def test_a_bare_meeting_word_refers_back_to_the_named_meeting(nlp):
    text = (
        "全市文化旅游产业发展大会召开\n\n"
        "本报讯（记者 李文）5月12日，全市文化旅游产业发展大会召开。市委常委、宣传部长王慧出席并讲话，"
        "副市长刘志刚主持会议。\n"
    )
    got = relations_of(nlp, text, "chaired")
    assert ("chaired", "刘志刚", "全市文化旅游产业发展大会") in got
    text = "忻州市招商引资项目推介会举行\n\n本报讯（记者 张华）推介会由市商务局局长赵明主持。\n"
    got = relations_of(nlp, text, "chaired")
    assert any(p == "赵明" and m.endswith("推介会") for _, p, m in got)
    # 主持 of work, not of a meeting: nothing to chair.
    got = relations_of(nlp, "全市文化旅游产业发展大会召开。副市长刘志刚主持全面工作。", "chaired")
    assert not got


def test_investors_in_the_shapes_news_writing_gives_them(nlp):
    text = "由运城绿能新材料有限公司与山西汾河投资集团有限公司共同投资建设的运城市储能材料产业园项目，总投资约21亿元。"
    got = relations_of(nlp, text, "invests_in")
    assert ("invests_in", "运城绿能新材料有限公司", "运城市储能材料产业园项目") in got
    assert ("invests_in", "山西汾河投资集团有限公司", "运城市储能材料产业园项目") in got
    text = "吕梁市光伏玻璃深加工项目进展顺利。该项目由山西晶华玻璃有限公司计划投资6.5亿元建设，年内投产。"
    got = relations_of(nlp, text, "invests_in")
    assert ("invests_in", "山西晶华玻璃有限公司", "吕梁市光伏玻璃深加工项目") in got
    text = "山西云峰化工有限公司将在临汾经济开发区建设精细化工新材料项目，计划投资9亿元。"
    got = relations_of(nlp, text, "invests_in")
    assert ("invests_in", "山西云峰化工有限公司", "精细化工新材料项目") in got
    # A project named after the company, the company's name without a head word the tagger knew.
    text = "忻州宏达光电科技有限公司年产3GW光伏组件项目总投资约15亿元。"
    got = relations_of(nlp, text, "invests_in")
    assert ("invests_in", "忻州宏达光电科技有限公司", "忻州宏达光电科技有限公司年产3GW光伏组件项目") in got


def test_places_that_frame_a_sentence_or_a_listing(nlp):
    text = "在孝义市梧桐工业园区，副市长王磊详细了解山西恒信新材料有限公司年产5万吨碳化硅项目进展。"
    got = relations_of(nlp, text, "located_in")
    assert ("located_in", "山西恒信新材料有限公司年产5万吨碳化硅项目", "梧桐工业园区") in got
    assert ("located_in", "山西恒信新材料有限公司年产5万吨碳化硅项目", "孝义市") in got
    text = "位于平定县的山西阳泉华冠陶瓷有限公司也在加快扩能。"
    got = relations_of(nlp, text, "located_in")
    assert ("located_in", "山西阳泉华冠陶瓷有限公司", "平定县") in got
    text = "山西瑞光热电有限公司将在襄汾县邓庄镇建设热电联产项目，计划投资9亿元。"
    got = relations_of(nlp, text, "located_in")
    assert {("located_in", "热电联产项目", "襄汾县"), ("located_in", "热电联产项目", "邓庄镇")} <= got
    text = "目前已有12家企业落户绛县经济开发区。其中，山西宏远机械有限公司主要生产农机配件；另有多家企业正在洽谈。"
    got = relations_of(nlp, text, "located_in")
    assert ("located_in", "山西宏远机械有限公司", "绛县经济开发区") in got
    got = relations_of(nlp, "运城经济技术开发区管委会副主任李涛介绍了园区情况。", "located_in")
    assert ("located_in", "运城经济技术开发区管委会", "运城经济技术开发区") in got


def test_a_body_referred_to_or_stated_by_a_dateline(nlp):
    text = "在尧都区，山西尧光数据科技有限公司的算力中心已投入运行。该公司总经理陈立表示，将继续扩容。"
    got = relations_of(nlp, text, "works_for")
    assert ("works_for", "陈立", "山西尧光数据科技有限公司") in got
    text = "新华社太原5月8日电（记者 王磊、赵倩）山西省临汾市近日启动新一轮项目建设。"
    got = relations_of(nlp, text, "works_for")
    assert {("works_for", "王磊", "新华社"), ("works_for", "赵倩", "新华社")} <= got
    text = "青岭日报讯（记者 孙立新 通讯员 周海燕）近日，青岭市新签约项目5个。"
    got = relations_of(nlp, text, "works_for")
    assert ("works_for", "孙立新", "青岭日报") in got
    assert not any(f[1] == "周海燕" for f in got)  # a correspondent is no reporter of the paper
    text = "阳泉市政府副秘书长周斌一同调研。"
    got = relations_of(nlp, text, "works_for")
    assert any(p == "周斌" and o.endswith("市政府") for _, p, o in got)


def test_an_amount_of_another_subject_is_no_amount_of_the_project_named_before(nlp):
    text = (
        "吕梁市焦炉煤气制氢项目已投产，总投资约12亿元。企业正在谋划二期项目，计划投资8亿元。"
        "山西汇丰化工有限公司计划投资20亿元，建设新材料产业链。"
    )
    got = relations_of(nlp, text, "invested_amount")
    assert got == {("invested_amount", "吕梁市焦炉煤气制氢项目", 1200000000, "approx")}


def test_a_clause_without_a_named_subject_places_the_project_spoken_of(nlp):
    text = (
        "其中，河北华锐铝业科技有限公司将投资8.6亿元，建设年产5万吨铝合金轮毂项目，项目选址晋中经开区装备制造产业园，"
        "达产后可实现年产值20亿元；山西丰泽食品有限公司年产8万吨冷冻面米制品项目总投资约4亿元，将落户经开区食品产业园。"
    )
    got = relations_of(nlp, text, "located_in")
    assert ("located_in", "年产5万吨铝合金轮毂项目", "晋中经开区装备制造产业园") in got
    assert ("located_in", "年产5万吨铝合金轮毂项目", "晋中经开区") in got  # the zone the park is named after
    assert ("located_in", "山西丰泽食品有限公司年产8万吨冷冻面米制品项目", "经开区食品产业园") in got
    # The amount stated before the project it builds.
    got = relations_of(nlp, text, "invested_amount")
    assert ("invested_amount", "年产5万吨铝合金轮毂项目", 860000000, "planned") in got
    # "坐落于某镇的某公司" is an attribute of the company, no clause about the project before.
    text = "榆次区智能装备产业园项目进展顺利。坐落于太谷区胡村镇的山西润泽农业科技有限公司也在扩产。"
    got = relations_of(nlp, text, "located_in")
    assert not any(h == "榆次区智能装备产业园项目" and t in ("太谷区", "胡村镇") for _, h, t in got)


def test_places_named_by_a_visit_a_dateline_or_a_park_a_city_builds_on(nlp):
    text = "随后，王志刚来到平遥经济技术开发区，察看晋中华通机械制造有限公司智能装备生产基地项目。"
    got = relations_of(nlp, text, "located_in")
    assert ("located_in", "晋中华通机械制造有限公司智能装备生产基地项目", "平遥经济技术开发区") in got
    text = "孝义市梧桐镇，山西鑫盛铸造有限公司年产10万吨精密铸件项目主体厂房已封顶。"
    got = relations_of(nlp, text, "located_in")
    assert ("located_in", "山西鑫盛铸造有限公司年产10万吨精密铸件项目", "梧桐镇") in got
    text = "吕梁市则依托交城经济开发区，引进了一批新材料企业。阳高县依托长城资源发展乡村旅游。"
    got = relations_of(nlp, text, "located_in")
    assert ("located_in", "交城经济开发区", "吕梁市") in got
    assert not any(t == "阳高县" for _, _, t in got)
    # A town where a county-prefixed project is built lies in that county.
    got = relations_of(nlp, "交城县200兆瓦光伏发电项目在西营镇开工。", "located_in")
    assert ("located_in", "西营镇", "交城县") in got


def test_coordinated_investors_share_the_verb(nlp):
    text = "上海金瑞科技有限公司与长治市国投集团有限公司将联合投资建设新型储能材料中试基地。"
    got = relations_of(nlp, text, "invests_in")
    assert ("invests_in", "上海金瑞科技有限公司", "新型储能材料中试基地") in got
    assert ("invests_in", "长治市国投集团有限公司", "新型储能材料中试基地") in got


def test_a_chair_at_a_place_and_speakers_at_the_meeting(nlp):
    text = "李国强在太原市主持召开全省民营企业座谈会。座谈会上，山西华兴科技有限公司总经理王丽萍建议加大金融支持。"
    got = facts(nlp, text)
    assert ("chaired", "李国强", "全省民营企业座谈会") in got
    assert ("attended", "王丽萍", "全省民营企业座谈会") in got
    text = (
        "平遥县2025年重点项目集中签约仪式举行\n\n本报讯（记者 张华）5月9日，平遥县2025年重点项目集中签约仪式举行。"
        "县委书记赵建国出席并讲话，县长王明主持签约仪式。\n"
    )
    got = relations_of(nlp, text, "chaired")
    assert ("chaired", "王明", "平遥县2025年重点项目集中签约仪式") in got
    # A speaker of the lead, after the page's own headings.
    text = (
        "晋中日报\n\n文化·旅游\n\n杏花节迎客来\n\n平遥县第三届古城牡丹文化旅游节开幕\n\n"
        "本报讯（记者 张华）5月9日，平遥县第三届古城牡丹文化旅游节在古陶镇段村开幕。"
        "副市长李红出席开幕式，平遥县委书记赵建国致辞。\n"
    )
    got = facts(nlp, text)
    assert ("attended", "赵建国", "平遥县第三届古城牡丹文化旅游节") in got
    assert ("located_in", "古陶镇", "平遥县") in got


def test_the_project_an_investor_builds_is_in_its_own_clause(nlp):
    text = (
        "鄂尔多斯市杭锦旗光伏治沙项目进展顺利。"
        "由內蒙古蒙西泰和新能源有限公司投資建設的鄂爾多斯能源化工基地300萬千瓦光伏複合項目已實現首批並網。"
    )
    got = relations_of(nlp, text, "invests_in")
    # The base opening the project's name is part of it (and a nested place).
    assert ("invests_in", "内蒙古蒙西泰和新能源有限公司", "鄂尔多斯能源化工基地300万千瓦光伏复合项目") in got
    assert not any(p == "鄂尔多斯市杭锦旗光伏治沙项目" for _, _, p in got)


def test_a_bare_head_word_refers_to_the_last_body_of_its_kind(nlp):
    text = (
        "走进龙山乡上庄村，和顺县晋丰小米种植专业合作社的仓库里堆满了小米。"
        "合作社理事长张明亮告诉记者，今年订单增加了三成。"
    )
    got = relations_of(nlp, text, "works_for")
    assert ("works_for", "张明亮", "和顺县晋丰小米种植专业合作社") in got


# --------------------------------------------------------------------------- amounts (real-page kinds)


def test_a_total_over_several_projects_work_done_and_a_year_plan_are_no_project_amount(nlp):
    text = (
        "全县第二批集中开工项目共有3个，分别是：某某县金源新型建材有限公司年产5万吨新材料项目、"
        "某某县城东污水处理厂项目、某某县北环路建设项目，3个项目总投资4.4亿元，其中2020年度计划投资3亿元。"
        "县城建公司介绍了北环路新建工程的基本建设情况，项目全长800米，总投资3370万元，目前已经完成投资约1000万元。"
        "此次集中签约共12个项目，涉及光伏发电等领域，单笔最小投资5700多万元，单笔最大投资达到20亿元，总投资额47.5亿元。"
    )
    # Only the road's own total; not the list's, the year's, the work done or the deals'.
    assert relations_of(nlp, text, "invested_amount") == {("invested_amount", "北环路新建工程", 33700000, "exact")}


def test_a_list_gives_one_amount_per_item_and_an_unnamed_item_takes_none(nlp):
    text = (
        "此次签约的农业项目包含3个项目，总投资2.85亿元。其中，年加工10万吨玉米深加工产业园项目，投资1.05亿元；"
        "优质牧草种植基地，投资1.2亿元，占地300亩；康养小镇示范街项目，投资约6000万元。"
    )
    got = relations_of(nlp, text, "invested_amount")
    assert ("invested_amount", "年加工10万吨玉米深加工产业园项目", 105000000, "exact") in got
    assert ("invested_amount", "康养小镇示范街项目", 60000000, "approx") in got
    # The second item is no recognised project: its amount belongs to no other item.
    assert not any(f[2] == 120000000 for f in got)
    text = "年产5万吨铝合金轮毂项目、年产8万吨冷冻面米制品项目总投资分别为8.6亿元、4亿元。"
    assert relations_of(nlp, text, "invested_amount") == {
        ("invested_amount", "年产5万吨铝合金轮毂项目", 860000000, "exact"),
        ("invested_amount", "年产8万吨冷冻面米制品项目", 400000000, "exact"),
    }


def test_amount_formats_at_least_words_from_the_patterns_currency_and_ranges(nlp):
    text = (
        "江北年产10万吨锂电池项目总投资超出5亿元，滨河光伏发电项目投资突破5亿元，城南物流园项目总投资5亿余元。"
        "年产2万吨冷链物流项目总投资1,200万元。华晨新能源汽车项目总投资5亿美元。北山风电项目总投资3亿至5亿元。"
    )
    got = relations_of(nlp, text, "invested_amount")
    assert {f for f in got if f[2] == 500000000 and f[3] == "at_least"} == {
        ("invested_amount", "江北年产10万吨锂电池项目", 500000000, "at_least"),
        ("invested_amount", "滨河光伏发电项目", 500000000, "at_least"),
        ("invested_amount", "城南物流园项目", 500000000, "at_least"),
    }
    assert ("invested_amount", "年产2万吨冷链物流项目", 12000000, "exact") in got
    assert ("invested_amount", "北山风电项目", 300000000, "at_least") in got  # a range: at least its low end
    (art,) = segment_document("t.txt", "华晨新能源汽车项目总投资5亿美元。")
    (r,) = [r for r in analyse_article(nlp, art)._.relations if r.type == "invested_amount"]
    assert r.value["currency"] == "USD"


def test_an_unkept_project_name_is_its_sentence_subject_not_the_project_before(nlp):
    text = (
        "晋北华盛能源有限公司年产3000吨多晶硅项目总投资29亿元，已完成投资29亿元。"
        "某某化工公司烧碱-PVC-水泥循环经济产业链项目总投资28.8亿元，截至目前完成投资5600万元。"
    )
    assert relations_of(nlp, text, "invested_amount") == {
        ("invested_amount", "晋北华盛能源有限公司年产3000吨多晶硅项目", 2900000000, "exact")
    }


# --------------------------------------------------------------------------- located_in (real-page kinds)


def test_a_county_heading_with_a_colon_places_its_item_and_the_items_company(nlp):
    # A list of projects by county, one per line (pages often lose the line ends between them).
    text = (
        "大同经济技术开发区:山西华宇新材料有限公司碳纤维复合材料项目\n"
        "灵丘县:山西鑫源环保科技有限公司废旧轮胎综合利用项目\n"
        "广灵县:山西恒泰新型建材有限公司年产20万吨干混砂浆项目浑源县:山西宏达装备有限公司矿山机械制造项目\n"
        "5月6日,全市项目观摩活动举行,检阅了各县区和大同经济技术开发区的40个项目。"
    )
    got = relations_of(nlp, text, "located_in")
    assert ("located_in", "山西鑫源环保科技有限公司废旧轮胎综合利用项目", "灵丘县") in got
    assert ("located_in", "山西鑫源环保科技有限公司", "灵丘县") in got
    assert ("located_in", "山西恒泰新型建材有限公司年产20万吨干混砂浆项目", "广灵县") in got
    assert ("located_in", "山西华宇新材料有限公司碳纤维复合材料项目", "大同经济技术开发区") in got
    # An item ends at the next heading and at its sentence's end.
    assert ("located_in", "山西宏达装备有限公司矿山机械制造项目", "浑源县") in got
    assert not any(t == "浑源县" and "恒泰" in h for _, h, t in got)
    assert not any(h == "大同经济技术开发区" and t == "浑源县" for _, h, t in got)


def test_a_county_opening_the_company_that_opens_a_project_places_the_project(nlp):
    text = (
        "观摩的项目包括:灵丘县中医院新建项目、广灵县鑫达牧业有限公司肉牛养殖示范基地、"
        "山西宏达装备有限公司矿山机械制造项目。"
    )
    got = relations_of(nlp, text, "located_in")
    assert ("located_in", "灵丘县中医院新建项目", "灵丘县") in got
    assert ("located_in", "广灵县鑫达牧业有限公司肉牛养殖示范基地", "广灵县") in got
    # A province opening a company's name is where it was registered, not where the project is.
    assert not any(h == "山西宏达装备有限公司矿山机械制造项目" for _, h, _ in got)


# --------------------------------------------------------------------------- meetings (real-page kinds)


def test_a_ceremony_chaired_by_and_speakers_in_turn_at_it(nlp):
    text = (
        "3月2日，广灵县招商引资项目集中签约仪式在县会议中心举行。"
        "签约仪式由副县长王建明主持。"
        "签约仪式上，县委副书记、县长刘志强、客商代表陈晓峰、山西恒泰新型建材有限公司董事长赵立新分别致辞。"
        "签约仪式上，刘志强会见了张伟华等客商。"
    )
    got = facts(nlp, text)
    assert ("chaired", "王建明", "广灵县招商引资项目集中签约仪式") in got
    for name in ("刘志强", "陈晓峰", "赵立新"):
        assert ("attended", name, "广灵县招商引资项目集中签约仪式") in got
    # A person met, not speaking, is no attendee by this sentence.
    assert ("attended", "张伟华", "广灵县招商引资项目集中签约仪式") not in got


# --------------------------------------------------------------------------- investors (real-page kinds)


def test_who_signs_for_a_project_invests_in_it(nlp):
    text = (
        "灵丘县与山西恒泰新型建材有限公司签订了年产20万吨干混砂浆项目投资协议。"
        "广灵县先后与山西鑫源环保科技有限公司、大同华宇新材料有限公司就年产5万吨铝合金轮毂项目和"
        "年产8万吨冷冻面米制品项目完成签约。"
    )
    got = relations_of(nlp, text, "invests_in")
    assert got == {
        ("invests_in", "山西恒泰新型建材有限公司", "年产20万吨干混砂浆项目"),
        ("invests_in", "山西鑫源环保科技有限公司", "年产5万吨铝合金轮毂项目"),
        ("invests_in", "大同华宇新材料有限公司", "年产8万吨冷冻面米制品项目"),
    }


def test_a_company_that_builds_a_list_invests_in_each_item_and_the_amount_is_no_items(nlp):
    text = "山西宏达装备有限公司拟在浑源县投资5亿元，建设年产5万吨铝合金轮毂项目、年产8万吨冷冻面米制品项目。"
    got = facts(nlp, text)
    assert ("invests_in", "山西宏达装备有限公司", "年产5万吨铝合金轮毂项目") in got
    assert ("invests_in", "山西宏达装备有限公司", "年产8万吨冷冻面米制品项目") in got
    assert not any(f[0] == "invested_amount" for f in got)


def test_a_body_opening_a_project_name_is_no_investor_unless_a_company(nlp):
    text = "观摩了灵丘县非物质文化遗产博物馆项目、山东鑫源集团项目和山西恒泰新型建材有限公司干混砂浆生产线项目。"
    got = relations_of(nlp, text, "invests_in")
    assert not any(h.endswith("博物馆") for _, h, _ in got)
    assert not any(p == "山东鑫源集团项目" for _, _, p in got)
    assert ("invests_in", "山西恒泰新型建材有限公司", "山西恒泰新型建材有限公司干混砂浆生产线项目") in got


def test_the_stops_of_a_trip_are_in_the_place_it_goes_to(nlp):
    text = (
        "6月5日，市长王建明到灵丘县调研，先后到山西鑫源环保科技有限公司、年产5万吨铝合金轮毂项目建设现场"
        "和山西恒泰新型建材有限公司，详细了解企业生产经营情况。"
    )
    got = relations_of(nlp, text, "located_in")
    for name in ("山西鑫源环保科技有限公司", "年产5万吨铝合金轮毂项目", "山西恒泰新型建材有限公司"):
        assert ("located_in", name, "灵丘县") in got
    # A company met on the trip, not one of its stops, is not placed by it.
    text = "市长王建明到灵丘县调研，先后到年产5万吨铝合金轮毂项目建设现场，听取了山西鑫源环保科技有限公司汇报。"
    got = relations_of(nlp, text, "located_in")
    assert ("located_in", "年产5万吨铝合金轮毂项目", "灵丘县") in got
    assert ("located_in", "山西鑫源环保科技有限公司", "灵丘县") not in got


def test_a_zone_its_county_opens_in_a_project_name_is_where_the_project_is(nlp):
    text = "广灵县新能源项目包含2个项目。其中，广灵经开区光伏储能一体化项目总投资3500万元。"
    got = relations_of(nlp, text, "located_in")
    assert ("located_in", "广灵经开区光伏储能一体化项目", "广灵经开区") in got
    assert ("located_in", "广灵经开区", "广灵") in got
    assert ("located_in", "广灵经开区光伏储能一体化项目", "广灵") not in got


def test_a_province_opening_a_company_name_places_it_only_when_the_article_names_the_province(nlp):
    text = "陕西榆林市举行重点项目集中开工仪式。陕西华宇新材料有限公司碳纤维复合材料项目开工。"
    got = relations_of(nlp, text, "located_in")
    assert ("located_in", "陕西华宇新材料有限公司", "陕西") in got
    # Only inside names, the province is where the company was registered: no fact.
    text = "榆林市举行重点项目集中开工仪式。陕西华宇新材料有限公司碳纤维复合材料项目开工。"
    got = relations_of(nlp, text, "located_in")
    assert not any(t == "陕西" for _, _, t in got)
    # A city right after the province is where the company is.
    text = "榆林市举行重点项目集中开工仪式。陕西榆林华宇新材料有限公司年产5万吨碳纤维项目开工。"
    got = relations_of(nlp, text, "located_in")
    assert ("located_in", "陕西榆林华宇新材料有限公司", "榆林") in got


def test_attendees_listed_after_the_trigger_and_speakers_at_the_event_named_in_the_span(nlp):
    text = (
        "5月8日，全市项目建设推进会召开。出席会议的有市委副书记王建明、副市长刘志强。"
        "会议由市长陈晓峰主持，赵立新、张伟华参加。王建明在推进会上强调，要加快项目建设。李明华在会上讲话。"
        "韩志刚在家中接受了采访。"
    )
    got = relations_of(nlp, text, "attended")
    for name in ("王建明", "刘志强", "赵立新", "张伟华", "李明华"):
        assert ("attended", name, "全市项目建设推进会") in got
    # The chair of an earlier clause is no attendee by 参加; a person elsewhere is none at all.
    assert ("attended", "陈晓峰", "全市项目建设推进会") not in got
    assert not any(p == "韩志刚" for _, p, _ in got)


def test_amounts_of_list_items_under_county_headings_numbers_and_brackets(nlp):
    text = (
        "灵丘县：山西鑫源环保科技有限公司年产10万吨废旧轮胎综合利用项目，总投资5亿元；"
        "广灵县：年产5万吨铝合金轮毂项目，总投资3.2亿元。\n"
        "1.年产20万吨干混砂浆项目，总投资2亿元。2.年产3万吨碳纤维项目，总投资约8000万元。\n"
        "重点项目包括：年产2万吨冷链物流项目（总投资1.2亿元）、年产6万吨饲料加工项目（总投资6000万元）。"
    )
    got = relations_of(nlp, text, "invested_amount")
    assert got == {
        ("invested_amount", "山西鑫源环保科技有限公司年产10万吨废旧轮胎综合利用项目", 500000000, "exact"),
        ("invested_amount", "年产5万吨铝合金轮毂项目", 320000000, "exact"),
        ("invested_amount", "年产20万吨干混砂浆项目", 200000000, "exact"),
        ("invested_amount", "年产3万吨碳纤维项目", 80000000, "approx"),
        ("invested_amount", "年产2万吨冷链物流项目", 120000000, "exact"),
        ("invested_amount", "年产6万吨饲料加工项目", 60000000, "exact"),
    }


def test_an_event_named_after_the_trigger_is_the_one_attended_unless_it_is_the_articles(nlp):
    text = (
        "我市举行开发区第二期项目集中签约开工投产“三个一批”活动。市委书记王建明，副市长刘志强出席集中签约开工投产仪式。"
    )
    got = relations_of(nlp, text, "attended")
    assert ("attended", "王建明", "集中签约开工投产仪式") in got
    assert ("attended", "刘志强", "集中签约开工投产仪式") in got
    # A short form of the article's own event is that event.
    text = "3月2日，广灵县招商引资项目集中签约仪式举行。县领导王建明、刘志强出席集中签约仪式。"
    got = relations_of(nlp, text, "attended")
    assert ("attended", "王建明", "广灵县招商引资项目集中签约仪式") in got


def test_a_title_written_after_the_name_before_the_chair_trigger(nlp):
    text = "6月21日，全市重点工程项目调度会召开。王志强副市长主持会议，刘建华书记出席并讲话。"
    got = facts(nlp, text)
    assert ("chaired", "王志强", "全市重点工程项目调度会") in got
    assert ("attended", "刘建华", "全市重点工程项目调度会") in got
    assert ("attended", "王志强", "全市重点工程项目调度会") not in got  # he chairs it


def test_an_amount_describing_the_project_after_it_and_total_words(nlp):
    text = (
        "年产3万吨碳纤维项目进展顺利。总投资12亿元的年产5万吨铝合金轮毂项目正式开工。"
        "年产8万吨冷冻面米制品项目投资总额5亿元。年产6万吨饲料加工项目投资规模达3亿元。"
    )
    assert relations_of(nlp, text, "invested_amount") == {
        ("invested_amount", "年产5万吨铝合金轮毂项目", 1200000000, "exact"),
        ("invested_amount", "年产8万吨冷冻面米制品项目", 500000000, "exact"),
        ("invested_amount", "年产6万吨饲料加工项目", 300000000, "exact"),
    }


def test_located_in_a_later_clause_or_after_a_word_for_the_site(nlp):
    text = (
        "山西鑫源环保科技有限公司成立于2015年，位于灵丘县武灵镇，主要生产再生橡胶。"
        "年产5万吨铝合金轮毂项目选址位于广灵县经济开发区。年产8万吨冷冻面米制品项目建设地点位于阳高县龙泉镇。"
    )
    got = relations_of(nlp, text, "located_in")
    assert ("located_in", "山西鑫源环保科技有限公司", "武灵镇") in got
    assert ("located_in", "年产5万吨铝合金轮毂项目", "广灵县经济开发区") in got
    assert ("located_in", "年产8万吨冷冻面米制品项目", "龙泉镇") in got
    # the word for the site is the verb itself: "选址某县", "选址在某镇"
    text = "年产3万吨新型建材项目选址柳河县青禾镇。年产2万吨饲料项目选址在柳河县东岭乡。"
    got = relations_of(nlp, text, "located_in")
    assert {("located_in", "年产3万吨新型建材项目", "青禾镇"), ("located_in", "年产2万吨饲料项目", "东岭乡")} <= got
    # A clause about another subject places nothing: the company only opens the sentence there.
    text = "据介绍，山西鑫源环保科技有限公司的新厂房，位于灵丘县武灵镇。"
    got = relations_of(nlp, text, "located_in")
    assert ("located_in", "山西鑫源环保科技有限公司", "武灵镇") not in got


def test_amounts_written_before_each_item_of_a_list_belong_to_the_item_after_them(nlp):
    # "分别是总投资X的A、总投资Y的B…": each amount describes the project after it, never the item
    # before; "26亿" without 元 is an amount; an item whose name was not recognised takes none.
    text = (
        "签约仪式共签约项目9个，分别是总投资6亿元的年产8万吨碳酸钙粉体项目、"
        "总投资26亿的年产30万吨再生铝合金项目、总投资4.5亿元的长岭冷链物流园项目。"
    )
    got = relations_of(nlp, text, "invested_amount")
    # The count "签约项目9个" is in an earlier clause: the first item's amount is its own.
    assert ("invested_amount", "年产8万吨碳酸钙粉体项目", 600000000, "exact") in got
    assert ("invested_amount", "年产30万吨再生铝合金项目", 2600000000, "exact") in got
    assert ("invested_amount", "长岭冷链物流园项目", 450000000, "exact") in got
    assert not any(f[1] == "年产30万吨再生铝合金项目" and f[2] == 600000000 for f in got)
    # Without 的, an amount that runs straight on into the name describes it too.
    text = "其中亿元以上的项目分别为：总投资3亿元年产5000吨纸浆模塑项目、投资1.5亿元年产20万套木门生产项目。"
    got = relations_of(nlp, text, "invested_amount")
    assert ("invested_amount", "年产5000吨纸浆模塑项目", 150000000, "exact") not in got


def _amount_rules(nlp, text: str) -> set[tuple]:
    (art,) = segment_document("t.txt", text)
    doc = analyse_article(nlp, art)
    ms = doc._.mentions
    return {
        (art.text[ms[r.head].start : ms[r.head].end], r.value["amount"], r.rule)
        for r in doc._.relations
        if r.type == "invested_amount"
    }


def test_a_list_total_a_phase_and_a_part_are_no_project_total(nlp):
    # The sum after "A项目和B项目" is the list's, even when B was not recognised.
    text = "其中我县签约项目为永盛集团青岚县生态养殖园项目和中药材种植及加工项目，投资总额达20亿元。"
    assert relations_of(nlp, text, "invested_amount") == set()
    # "分两期建设，一期项目占地…，投资约X": the clause without a subject speaks of the phase.
    text = "宏远年产20GWh锂电池项目总投资30亿元，占地约500亩，计划分两期建设，一期项目占地200亩，投资约12亿元。"
    got = _amount_rules(nlp, text)
    assert ("宏远年产20GWh锂电池项目", 3000000000, "investment_amount") in got
    assert ("宏远年产20GWh锂电池项目", 1200000000, "phase_amount") in got  # kept as the phase's only
    assert ("宏远年产20GWh锂电池项目", 1200000000, "investment_amount") not in got
    # "其中固定资产投资X" is a part of the total.
    text = "明达精密铸件项目总投资2亿元，其中固定资产投资1.6亿元。"
    assert relations_of(nlp, text, "invested_amount") == {("invested_amount", "明达精密铸件项目", 200000000, "exact")}


def test_a_province_opening_a_project_name_contains_no_other_place_of_the_sentence(nlp):
    # "浙江|某科技…项目" is an outside firm's project: nothing says 宁波 lies in that province.
    text = "分别是总投资5亿元的浙江宁波恒瑞达化工天然油脂深加工项目,总投资3亿元的温州海川涂料年产2万吨水性涂料项目。"
    got = relations_of(nlp, text, "located_in")
    assert not any(f[2] in ("浙江", "浙江省") and f[1].startswith("温州") for f in got), got
    # Two places named as places still give the fact.
    got = relations_of(nlp, "浙江省宁波市举行项目签约仪式。", "located_in")
    assert ("located_in", "宁波市", "浙江省") in got


def test_a_common_noun_with_a_place_head_places_nothing(nlp):
    # "老城区", "县建制镇", "湿地公园" open a project's name as common nouns, not as places.
    text = "会议听取了老城区雨污分流改造项目、县建制镇污水处理厂及配套管网项目的进展情况。"
    got = relations_of(nlp, text, "located_in")
    assert not any(f[2] in ("老城区", "县建制镇", "建制镇") for f in got), got
    text = "项目涉及再生塑料、机械电子，还有湿地公园建设项目等。"
    assert not any(f[2] == "湿地公园" for f in relations_of(nlp, text, "located_in"))
    # A named district still places what it opens.
    got = relations_of(nlp, "会议听取了武灵镇雨污分流改造项目的进展情况。", "located_in")
    assert ("located_in", "武灵镇雨污分流改造项目", "武灵镇") in got


def test_the_event_an_article_opens_with_is_the_one_its_attendees_attend(nlp):
    # The opening sentence names the event (举行 NAME / NAME 在…举行); "出席签约仪式",
    # "主持仪式" and a bare "X主持。" refer to it.
    text = (
        "11月8日，青岚县举行2024年第三季度招商引资项目集中签约仪式。"
        "县委书记周立新，县政协主席韩冬出席签约仪式。县委副书记马骏主持仪式。"
    )
    got = facts(nlp, text)
    assert ("attended", "周立新", "2024年第三季度招商引资项目集中签约仪式") in got
    assert ("attended", "韩冬", "2024年第三季度招商引资项目集中签约仪式") in got
    assert ("chaired", "马骏", "2024年第三季度招商引资项目集中签约仪式") in got
    text = "5月6日上午，2024年青岚县春季项目签约暨招商大会在县会议中心举行。县长吕志刚，县领导田野参加签约大会。"
    got = facts(nlp, text)
    assert ("attended", "吕志刚", "2024年青岚县春季项目签约暨招商大会") in got
    text = "昨日，我县在滨河宾馆召开项目推进协调会。县委书记张大海出席。县委副书记、县长李明远主持。"
    got = facts(nlp, text)
    assert ("attended", "张大海", "项目推进协调会") in got
    assert ("chaired", "李明远", "项目推进协调会") in got
    # A bare event word is no name: nothing is added for "召开座谈会".
    got = facts(nlp, "昨日，县委召开座谈会。县长李明远出席。")
    assert not any(f[0] == "attended" for f in got)


def test_the_stops_of_a_trip_may_be_named_in_the_next_sentence(nlp):
    # "X到某县调研。X一行先后来到A、B": the next sentence, opened by the travellers, lists the stops.
    text = (
        "5月6日，市长王立新到灵丘县调研。"
        "王立新一行先后来到宏达新材料有限公司、年产5万吨再生铝项目建设现场，了解项目进展。"
    )
    got = relations_of(nlp, text, "located_in")
    assert ("located_in", "宏达新材料有限公司", "灵丘县") in got
    assert ("located_in", "年产5万吨再生铝项目", "灵丘县") in got
    # A next sentence about another subject (a body, a new place) is no stop of the trip.
    text = "5月6日，市长王立新到灵丘县调研。市工信局先后来到宏达新材料有限公司，了解项目进展。"
    assert not any(f[2] == "灵丘县" for f in relations_of(nlp, text, "located_in"))
