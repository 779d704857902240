"""Entity recognition on real sentences of Chinese news."""

from __future__ import annotations

import re

import pytest
from conftest import SEEDS

from kg.ingest import normalize
from kg.nlp.entities import gazetteer_candidates, lexicon, longest_first_pattern, recognise
from kg.nlp.gazetteer import load_gazetteer, short_form
from kg.nlp.segmenters import make_segmenter
from kg.nlp.words import words_of


def mentions(text: str, context: frozenset[str] = frozenset()) -> set[tuple[str, str]]:
    words = words_of(make_segmenter("lac").segment(text))
    return {(text[c.start : c.end], c.label) for c in recognise(text, words, context)}


def test_title_and_coordinated_persons():
    found = mentions("市委常委、常务副市长任希杰,副市长孟维君、高新文参加。")
    assert {("任希杰", "PERSON"), ("孟维君", "PERSON"), ("高新文", "PERSON")} <= found


def test_meeting_and_chair():
    found = mentions("6月21日,市委副书记、市长张强主持召开全市重点工程项目调度会。")
    assert ("张强", "PERSON") in found
    assert ("全市重点工程项目调度会", "MEETING") in found


def test_company_full_name_is_kept_whole():
    found = mentions(
        "千吨级高性能碳纤维一期200吨/年示范项目位于云冈经开区清洁能源产业园,由山西华阳碳材科技有限公司投资。"
    )
    assert ("山西华阳碳材科技有限公司", "ORG") in found
    assert ("云冈经开区", "PLACE") in found


def test_named_projects_but_not_generic_ones():
    found = mentions("西安隆基2GW光伏组件项目投产;大同锡纯半导体芯片材料二期项目基本完工。")
    assert ("西安隆基2GW光伏组件项目", "PROJECT") in found
    generic = mentions("引导民间资本参与重大工程和补短板项目建设。")
    assert not {n for n, label in generic if label == "PROJECT"}


def test_bylines():
    found = mentions("□ 本报记者 史涌涛 苑捷 纪元元 韩云峰")
    assert {n for n, label in found if label == "PERSON"} == {"史涌涛", "苑捷", "纪元元", "韩云峰"}


def test_two_character_slogans_are_not_organisations():
    # LAC tags "聚力" ORG here; a two-character name counts only in a list of names.
    found = mentions("持续叫响品牌,聚力打造数字经济。")
    assert not {n for n, label in found if label == "ORG"}
    listed = mentions("秦淮、京东、抖音、中联、秦云、阿里等智算超算中心投资超过千亿元。")
    assert {("京东", "ORG"), ("中联", "ORG"), ("阿里", "ORG")} <= listed


@pytest.mark.parametrize(
    ("name", "full", "parent"),
    [("灵丘县", "灵丘县", "大同市"), ("银川市", "银川市", "宁夏回族自治区"), ("兴庆区", "兴庆区", "银川市")],
)
def test_gazetteer_hierarchy(name, full, parent):
    gaz = load_gazetteer()
    d = gaz.lookup(name)[0]
    assert d.name == full and gaz.parent(d).name == parent


def _word_lists() -> dict[str, tuple[str, ...]]:
    lex = lexicon()
    return {"divisions": tuple(load_gazetteer().names()), "titles": lex.titles, "national": lex.national_orgs}


@pytest.mark.parametrize("kind", ["divisions", "titles", "national"])
def test_word_list_pattern_matches_what_the_longest_first_alternation_matches(kind):
    words = _word_lists()[kind]
    flat = re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))
    fast = longest_first_pattern(words)
    # Words that begin other words ("大同" / "大同市" / "大同县"): the longest must win.
    prefixes = {w[:k] for w in words for k in range(1, len(w))} & set(words)
    assert prefixes
    tricky = "、".join(p + w for w in words for p in [w[:k] for k in range(1, len(w))] if p in prefixes)
    seeds = "\n".join(normalize(p.read_text(encoding="utf-8"))[0] for p in sorted(SEEDS.glob("*.txt")))
    for text in (seeds, tricky, "".join(words)):
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in flat.finditer(text)]
        for i in range(len(text)):
            a, b = fast.match(text, i), flat.match(text, i)
            assert (a and a.span()) == (b and b.span())
    for w in words:
        for k in range(1, len(w) + 1):
            assert bool(fast.fullmatch(w, 0, k)) == bool(flat.fullmatch(w, 0, k))


def test_word_list_pattern_with_regex_characters_and_the_empty_word():
    for words in [("a-b", "]", "^", "\\", "a", "ab"), ("", "大同", "大同市"), ()]:
        flat = re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))
        fast = longest_first_pattern(words)
        text = "a-b]^\\ab大同市大同"
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in flat.finditer(text)]


def test_gazetteer_short_forms_of_counties_need_context():
    assert short_form("灵丘县") == "灵丘"
    text = "灵丘大数据专业镇完成产值30.85亿元。"
    words = words_of(make_segmenter("lac").segment(text))
    alone = gazetteer_candidates(text, words, frozenset())
    in_city = gazetteer_candidates(text, words, frozenset({"大同市"}))
    assert not [c for c in alone if c.attrs["admin_name"] == "灵丘县"]
    assert [text[c.start : c.end] for c in in_city if c.attrs["admin_name"] == "灵丘县"] == ["灵丘"]


def test_tagger_places_the_text_does_not_bear_out():
    # "大同新能源" is the city's new-energy sector, "灵山秀水" a phrase (灵山县 is in 广西),
    # "资源" a common noun the same article also uses as one.
    text = (
        "去年，大同新能源装机达到812万千瓦，占全市电力并网总装机容量超过50%，排名全省第一。"
        "向全世界展现大同穿越千年依然令人叹为观止的历史遗迹、休闲潮流自在康乐的灵山秀水、享誉全国的美食韵味。"
        "推动“大同制造”从传统粗放向高端精细、从资源赋能向创新赋能深刻蜕变。集聚资源、拓展格局。"
    )
    places = {n for n, label in mentions(text, frozenset({"大同市"})) if label == "PLACE"}
    assert places == {"大同"}


def test_division_prefix_inside_a_longer_word_is_no_place():
    # LAC segments "大同/区位": the gazetteer must not read "大同区" (a district of 大庆).
    found = mentions("大同区位优势明显,对外交通路网发达。")
    assert ("大同区", "PLACE") not in found


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        # a date before a name is no part of it
        ("图为昨日华严广场人流不断。", "华严广场", "PLACE"),
        # a count before a name is no part of it
        ("全市建成36个调解委员会,化解矛盾纠纷。", "调解委员会", None),
        # a demonstrative's own level word: "该县|县委组织部"
        ("该县县委组织部相关负责人表示,将持续开展培训。", "县委组织部", "ORG"),
        # a village is named apart from its township
        (
            "近日，灵丘县委组织部在白崖乡乡涑湾村青山羊养殖场开展技术帮扶活动，将专业课堂搬到养殖地头。",
            "涑湾村",
            "PLACE",
        ),
        ("天镇县公用事务服务中心和该县洋河社区开展“爱在驿站 情系环卫工人”公益活动。", "洋河社区", "PLACE"),
    ],
)
def test_left_edge_of_names(text, name, label):
    found = mentions(text)
    names = {n for n, _ in found}
    if label:
        assert (name, label) in found
    # nothing longer that ends the same way: the left edge is right
    assert not {n for n in names if n.endswith(name) and n != name and not n.startswith(("灵丘", "天镇"))}


def test_head_word_inside_a_verb_is_no_name():
    # "举办" ends in the organisation head 办, "团市委举办" is no organisation.
    found = mentions("日前,团市委在团市委举办“青春榜样进校园”主题宣讲活动。")
    assert not {n for n, label in found if label == "ORG" and n.endswith("举办")}
    assert ("团市委", "ORG") in found


@pytest.mark.parametrize(
    "text",
    [
        "天镇县风能太阳能资源丰富，年平均日照时间约2803小时，光伏发电有效时数达1500小时。",
        "广大党员干部不断学深悟透新时代党内“共同语言”,让党的创新理论“飞入寻常百姓家”。",
    ],
)
def test_sectors_and_slogans_are_no_organisations(text):
    assert not {n for n, label in mentions(text, frozenset({"天镇县"})) if label == "ORG"}


def test_title_run_into_a_body_leaves_the_body():
    found = mentions("市政协副主席、平城区委书记李继忠参加。")
    assert ("平城区委", "ORG") in found
    assert ("李继忠", "PERSON") in found
    assert not {n for n, label in found if label == "ORG" and n.endswith("书记")}


def test_project_in_apposition_after_its_description():
    # "国家骨干冷链物流基地" describes "山西肉冷链加工产业园"; the name is the second.
    found = mentions("大同拥有国家物流枢纽、交易中心和国家骨干冷链物流基地山西肉冷链加工产业园。")
    projects = {n for n, label in found if label == "PROJECT"}
    assert "山西肉冷链加工产业园" in projects
    assert not {n for n in projects if n.startswith("国家")}


def test_phase_word_and_construction_project_heads():
    found = mentions("该项目分两期建设，其中，一期华兴大同农批城占地229亩，投资约10亿元。")
    assert ("华兴大同农批城", "PROJECT") in found
    found = mentions("随着天镇县“源网荷储”一体化建设项目持续推进，长城一号旅游公路沿线的“风光”将注入新活力。")
    assert ("天镇县“源网荷储”一体化建设项目", "PROJECT") in found


def test_names_inside_a_document_title_are_not_projects():
    found = mentions("我市出台《大同市创新成果产业化承接基地建设方案》，明确了重点方向。")
    assert not {n for n, label in found if label == "PROJECT"}


@pytest.mark.parametrize(
    ("text", "meeting"),
    [
        # the longest head that ends the word: 会议, not 调度会 cut in half
        ("听取全市项目建设情况汇报,落实全省重点工程项目调度会议部署要求。", "全省重点工程项目调度会议"),
        # 建设 may stand inside an event's name
        ("11月13日,市委副书记、市长张强主持召开古城建设专题会,听取相关情况汇报,研究部署下一步工作。", "古城建设专题会"),
        # verbs inside an event's name; the left edge is the verb that holds it
        (
            "日前，团市委在团市委举办“建功‘十五五’ 青春为中国式现代化挺膺担当”青春榜样进校园主题宣讲活动，"
            "该校400余名学生聆听宣讲。",
            "“建功‘十五五’ 青春为中国式现代化挺膺担当”青春榜样进校园主题宣讲活动",
        ),
        (
            "11月28日，“人到山西好风光”人才宣介杭州专场活动在浙江大学紫金港校区举行。",
            "“人到山西好风光”人才宣介杭州专场活动",
        ),
    ],
)
def test_meeting_names(text, meeting):
    assert (meeting, "MEETING") in mentions(text)


def test_bodies_inside_an_event_name_are_mentions_too():
    found = mentions("赵学斌出席市委统战部与中央民族大学合作共建活动。")
    assert ("市委统战部与中央民族大学合作共建活动", "MEETING") in found
    assert ("中央民族大学", "ORG") in found


def test_tagged_names_in_lists_take_the_lists_kind():
    found = mentions("2018年起，灵丘县先后引进秦淮、京东、秦云等头部企业投资建设数据中心。")
    assert ("秦云", "ORG") in found
    assert ("秦云", "PERSON") not in found
    found = mentions("同时，教育、公安、卫健、保密、供电、住建等部门通力协作，密切配合。")
    assert not {n for n, label in found if label == "PERSON"}


def test_no_person_from_an_ordinary_word_after_a_title():
    found = mentions("该县编制发展规划，集中专家智力、细化阶段步骤、落实方法途径。")
    assert not {n for n, label in found if label == "PERSON"}


def test_a_surname_that_is_also_a_preposition_after_a_title():
    """向 (also "towards") opens names: the tagger reads "向晓军" as one preposition, or 向 alone
    and the given name as a person; after a title both are the whole name. "主任向记者介绍"
    stays a preposition."""

    def persons(text: str) -> set[str]:
        return {n for n, label in mentions(text) if label == "PERSON"}

    assert persons("本报讯(记者李可、通讯员向明辉、马良)3月5日,某县举行签约仪式。") == {"李可", "向明辉", "马良"}
    assert persons("通讯员向晓军、刘畅报道。") == {"向晓军", "刘畅"}
    assert not persons("办公室主任向记者介绍了项目情况。")


def test_person_name_cut_short_is_read_whole():
    text = (
        "大同厚重的历史文脉滋养了忻东旺的艺术生命。"
        "本次展览紧扣地域特色、场馆属性与艺术内核，展出忻东旺珍贵手稿及创作用具。"
    )
    persons = {n for n, label in mentions(text) if label == "PERSON"}
    assert persons == {"忻东旺"}


def test_zone_run_into_the_company_after_it():
    text = "图为新荣经开区南京电气电力工程有限公司新能源装配式储能设备项目建设工地施工正酣。"
    words = words_of(make_segmenter("lac").segment(text))
    found = recognise(text, words, frozenset({"新荣区"}))
    names = {(text[c.start : c.end], c.label) for c in found}
    assert ("新荣经开区", "PLACE") in names
    assert ("南京电气电力工程有限公司", "ORG") in names
    project = next(c for c in found if c.label == "PROJECT")
    assert project.attrs["without_place"] == "南京电气电力工程有限公司新能源装配式储能设备项目"


def test_level_word_typed_twice_ends_the_place():
    text = "近日，灵丘县委组织部在白崖乡乡涑湾村青山羊养殖场开展技术帮扶活动。"
    places = {n for n, label in mentions(text) if label == "PLACE"}
    assert "白崖乡" in places
    assert not {n for n in places if n.endswith("乡乡")}


def test_middle_dot_joins_one_name():
    found = mentions("图为浑源县中国新农·浑源农商智慧城。")
    assert any(label == "PROJECT" and n.endswith("中国新农·浑源农商智慧城") for n, label in found)


def test_brand_and_business_word_make_a_company():
    found = mentions("目前,秦淮集团、中联数据、京东集团等5家大数据中心已落地。")
    assert ("中联数据", "ORG") in found


def test_national_bodies_and_platforms_without_a_known_head():
    text = "根据习近平指示,应急管理部、住房城乡建设部、国家卫生健康委、市场监管总局组成联合工作组。"
    assert ("应急管理部", "ORG") in mentions(text)
    found = mentions("用户打开抖音APP,搜索参与话题“云动天下 潮起大同”。")
    assert ("抖音", "ORG") in found


def test_city_party_committee_before_a_title():
    found = mentions("全国人大代表、大同市委书记张强表示,大同将加速推进转型。")
    assert ("大同市委", "ORG") in found


def test_education_bases_and_campuses_are_places():
    found = mentions("在大青山红色教育基地,市党政班子成员通过实地学习,重温“大青山水土保持先进经验”。")
    assert ("大青山红色教育基地", "PLACE") in found
    found = mentions("11月28日,“人到山西好风光”人才宣介杭州专场活动在浙江大学紫金港校区举行。")
    assert ("浙江大学紫金港校区", "PLACE") in found


def test_two_tagged_names_joined_by_a_middle_dot():
    found = mentions("大同现在最重要的一个平台就是“晋创谷·大同”,这是山西培育发展新质生产力的重要载体。")
    assert any(n == "晋创谷·大同" for n, _ in found)
    assert not {n for n, _ in found if n == "晋创谷"}


def test_conjunction_inside_a_government_body_name():
    found = mentions("与大同市就业和人才服务中心、大同市大数据智慧服务产教协会合作,联合山西新晋时代信息科技有限公司。")
    assert ("大同市就业和人才服务中心", "ORG") in found


def test_verb_the_tagger_took_into_a_body_name():
    found = mentions("组织大数据服务企业到各高校宣讲，联合市退役军人事务管理局、残联、妇联以及各社区。")
    assert ("市退役军人事务管理局", "ORG") in found
    assert not {n for n, _ in found if n.startswith("联合")}


def test_slogan_ending_in_the_city_name_is_no_organisation():
    assert not {n for n, label in mentions("人才强市 汇智大同\n壮大数字经济 拓宽就业渠道") if label == "ORG"}


def test_party_leader_is_a_person():
    found = mentions("当前,我市正深入贯彻落实习近平总书记关于推进新型工业化的重要论述。")
    assert ("习近平", "PERSON") in found


def test_festival_with_its_ordinal_and_no_place_from_it():
    found = mentions("由长治市人民政府主办的第五届太行山文化旅游节在壶关县太行山大峡谷景区开幕。")
    assert ("第五届太行山文化旅游节", "MEETING") in found
    assert not {n for n, label in found if label == "PLACE" and n.startswith("第")}


def test_full_name_before_a_business_word_is_no_brand():
    found = mentions("推动中国科学院山西煤炭化学研究所科技成果就地转化。")
    assert ("中国科学院山西煤炭化学研究所", "ORG") in found


def test_project_names_hold_the_verb_of_their_trade():
    found = mentions("近日，应县大临河乡20兆瓦光伏发电项目顺利并网。", frozenset({"朔州市", "应县"}))
    assert ("应县大临河乡20兆瓦光伏发电项目", "PROJECT") in found
    assert {("应县", "PLACE"), ("大临河乡", "PLACE")} <= found
    found = mentions("中联联志阳高服务器智造项目已落地建设。")
    assert ("中联联志阳高服务器智造项目", "PROJECT") in found


def test_a_persons_verb_does_not_start_a_project():
    found = mentions("北京大学研究员张玺立足系统工程视角,提出产业协同路径。")
    assert not {n for n, label in found if label == "PROJECT" and "张玺" in n}


def test_quoted_speech_is_no_part_of_a_name():
    text = "“以前村里的荒坡没人管，现在变成了‘金坡坡’。”大临河村党支部书记张二虎说。"
    places = {n for n, label in mentions(text) if label == "PLACE"}
    assert not {n for n in places if "”" in n or "。" in n}


def test_event_named_by_its_year_and_quarter():
    found = mentions("4月8日，晋中市2024年第二季度重点项目集中开工仪式在榆次区举行。")
    assert ("晋中市2024年第二季度重点项目集中开工仪式", "MEETING") in found


def test_sector_phrase_cut_by_the_tagger_is_no_organisation():
    found = mentions("制定专题调研方案,围绕康养文旅、乡村振兴、能源革命等重点工作深入调研。")
    assert not {n for n, label in found if label == "ORG"}


def test_project_keeps_its_leading_capacity_and_company_short_form():
    found = mentions(
        "忻州华晟碳素科技有限公司(以下简称“华晟碳素”)落户原平。华晟碳素年产30万吨负极材料项目位于原平经济技术开发区。"
    )
    assert ("华晟碳素年产30万吨负极材料项目", "PROJECT") in found
    assert ("华晟碳素", "ORG") in found


def test_company_prefixed_project_keeps_the_company_when_a_province_starts_it():
    found = mentions("目前,河北冀东精密铸造有限公司年产8万吨汽车铸件项目正在加快建设。")
    assert ("河北冀东精密铸造有限公司年产8万吨汽车铸件项目", "PROJECT") in found
    assert ("河北冀东精密铸造有限公司", "ORG") in found


def test_totals_and_inspection_headlines_are_no_projects():
    found = mentions("今年以来,全市152个省市重点项目完成投资98亿元,全区27个市级重点项目已开工。")
    assert not [m for m in found if m[1] == "PROJECT"]
    found = mentions("市领导调研朔城区怀仁市重点项目建设")
    assert not [m for m in found if m[1] == "PROJECT"]
    assert ("朔城区", "PLACE") in found


def test_project_named_by_its_trade_after_its_builder():
    found = mentions("在原平市,山西恒祥铝业有限公司投资建设的再生铝精深加工项目已进入设备调试阶段。")
    assert ("再生铝精深加工项目", "PROJECT") in found
    found = mentions("该市将加快建设一批重点项目,推动大型风电光伏基地建设。")
    assert not [m for m in found if m[1] == "PROJECT"]


def test_body_before_its_head_title_and_zone_committee():
    found = mentions("记者专访了榆林市发展改革委主任张伟和包头市自然资源局局长王刚。")
    assert ("包头市自然资源局", "ORG") in found
    assert not [m for m in found if m[0].endswith("局局")]
    found = mentions("山西综合改革示范区管委会副主任李强说")
    assert ("山西综合改革示范区管委会", "ORG") in found
    found = mentions("6月3日,盂县县委书记赵刚主持召开专题会议。")
    assert ("盂县县委", "ORG") in found


def test_place_is_named_apart_from_the_zone_it_lies_in():
    found = mentions("走进大同经济技术开发区御河产业园区,厂房拔地而起。")
    assert not [m for m in found if m[1] == "PLACE" and m[0].endswith("御河")]


def test_meetings_with_other_wordings_and_no_bare_meeting_reference():
    found = mentions("6月20日,自治区副主席王军在包头出席2025中国(包头)稀土产业大会并致辞。")
    assert ("2025中国(包头)稀土产业大会", "MEETING") in found
    found = mentions("近日,忻州市2025年大众创业万众创新活动周启动。")
    assert ("忻州市2025年大众创业万众创新活动周", "MEETING") in found
    found = mentions("全市农业产业化现场推进会召开。副市长李明主持会议,市委常委张华出席会议。")
    assert ("全市农业产业化现场推进会", "MEETING") in found
    # a bare 会议 refers to the article's meeting: no mention that swallows title and name
    assert [m for m in found if m[1] == "MEETING"] == [("全市农业产业化现场推进会", "MEETING")]


def test_titles_of_honour_and_bare_areas_are_no_places_and_editors_are_persons():
    found = mentions("近年来,繁峙县立足“中国杂粮之乡”的金字招牌。我们推动重卡在矿区运输中规模化应用。")
    assert ("繁峙县", "PLACE") in found
    assert not [m for m in found if m[1] == "PLACE" and m[0] != "繁峙县" and m[0] != "中国"]
    assert ("王晓燕", "PERSON") in mentions("责任编辑:王晓燕")


def test_bodies_written_before_a_title_are_organisations():
    found = mentions("市委书记王立军、左权县委书记吕志明、东河乡党委书记马建国出席。")
    assert {("市委", "ORG"), ("左权县委", "ORG"), ("东河乡党委", "ORG")} <= found
    assert {("王立军", "PERSON"), ("吕志明", "PERSON"), ("马建国", "PERSON")} <= found
    # A university's party committee is named with the university, not as a bare 党委.
    assert not {n for n, t in mentions("太原理工大学党委书记郑强致辞。") if n == "党委"}


def test_body_title_and_name_run_together_are_split():
    found = mentions("会上，区人大常委会主任李青山、区政协主席霍丽参加。")
    assert {("区人大常委会", "ORG"), ("李青山", "PERSON"), ("区政协", "ORG")} <= found
    assert not any("主任" in n for n, _ in found)


def test_name_boundaries_a_neighbour_took():
    # a city whose first character the tagger glued to the verb before it
    assert ("呼和浩特", "PLACE") in mentions("辽代瓷器精品展亮相呼和浩特")
    # a body's name with 和 after a region's level word
    assert ("自治区工业和信息化厅", "ORG") in mentions("自治区工业和信息化厅副厅长白明表示")
    # a cadre of a bureau is no part of the bureau's name
    found = mentions("驻村第一书记、县农业农村局干部李志刚介绍")
    assert ("县农业农村局", "ORG") in found and not any(n.endswith("干部") for n, _ in found)


def test_two_bodies_joined_by_a_verb_and_a_street_after_its_district():
    found = mentions("市文化馆会同市文物局开展普查。")
    assert {("市文化馆", "ORG"), ("市文物局", "ORG")} <= found
    assert ("钟楼街道", "PLACE") in mentions("位于城区钟楼街道的产业园今年开园。")


def test_named_sites_parks_and_areas():
    found = mentions("先后实施了镇边堡长城保护展示工程。")
    assert {("镇边堡长城", "PLACE"), ("镇边堡长城保护展示工程", "PROJECT")} <= found
    assert ("长治数字经济产业园", "PROJECT") in mentions("位于东街道的长治数字经济产业园迎来首批企业。")
    assert ("吕梁工业园区", "PLACE") in mentions("三家企业入驻吕梁工业园区。")
    assert ("银川葡萄酒产区", "PLACE") in mentions("银川葡萄酒产区今年新增酒庄十家。")
    # a kind of area with no place before it is no place
    assert not mentions("他说葡萄酒产区很多。")


def test_a_grade_makes_a_class_not_a_name():
    assert not any(n.endswith("景区") and "4A" in n for n, _ in mentions("析城山景区被评为国家4A级旅游景区。"))
    assert not mentions("公布2025年度省级智能工厂名单")
    assert ("大同经济技术开发区", "PLACE") in mentions("国家级大同经济技术开发区")


def test_scope_opens_an_event_and_a_verb_ends_a_partner():
    found = mentions("会议传达学习全省安全生产调度会议精神。")
    assert ("全省安全生产调度会议", "MEETING") in found
    found = mentions("公司还将与中北大学合作建设实验室。")
    assert ("中北大学", "ORG") in found and not any("合作" in n for n, _ in found)


def test_project_names_with_a_bracketed_unit_a_base_before_them_and_no_duty():
    found = mentions("山西晋能装备有限公司年产3000台（套）农机装备项目签约。")
    assert ("山西晋能装备有限公司年产3000台（套）农机装备项目", "PROJECT") in found
    found = mentions("由某公司投资建设的晋北煤化工基地100万千瓦光伏发电项目已并网。")
    assert {("晋北煤化工基地100万千瓦光伏发电项目", "PROJECT"), ("晋北煤化工基地", "PLACE")} <= found
    assert not {t for _, t in mentions("他说，高新区要当好全市项目建设排头兵。")} & {"PROJECT"}


def test_exhibitions_and_an_event_named_inside_another():
    found = mentions("由市博物馆与省博物院联合主办的“云中遗珍——辽金文物精品展”在太原开幕。")
    assert ("云中遗珍——辽金文物精品展", "MEETING") in found
    found = mentions("7月21日，第二届中国（山西）数字经济发展大会筹备工作座谈会召开。")
    assert {
        ("第二届中国（山西）数字经济发展大会筹备工作座谈会", "MEETING"),
        ("第二届中国（山西）数字经济发展大会", "MEETING"),
        ("山西", "PLACE"),
    } <= found
    # an event's own head cut short is no event inside it
    assert ("“创新”活动", "MEETING") not in mentions("全县“创新”活动周启动。")


def test_ordinary_words_that_end_like_a_road_or_a_mountain_are_no_places():
    assert not mentions("推行“链主+基金”招商思路")
    assert not {t for _, t in mentions("县医院与企业合作也在探索新路。")} & {"PLACE"}
    assert not any(n.endswith("线路") for n, _ in mentions("修缮后将与周边古堡串联形成古堡文化旅游线路。"))
    assert ("中山新路", "PLACE") in mentions("商场位于中山新路的东侧。")


# --- the tagger's names are kept unless the text shows otherwise (kg/nlp/tagger_evidence.py)


def test_foreign_persons_need_no_chinese_surname():
    found = mentions("美国总统克林顿在白宫会见了俄罗斯外长普里马科夫。")
    assert {("克林顿", "PERSON"), ("普里马科夫", "PERSON")} <= found
    found = mentions("诺尔曼·白求恩不远万里来到中国。德国公民约翰·拉贝保护了中国难民。")
    assert {("诺尔曼·白求恩", "PERSON"), ("约翰·拉贝", "PERSON")} <= found


def test_persons_in_a_list_with_a_body_keep_their_type():
    found = mentions("出席会议的有特别助理王刚、国务院外办主任刘华秋。")
    assert ("王刚", "PERSON") in found and ("王刚", "ORG") not in found
    found = mentions("何平执导、范冰冰主演的新片开机。")
    assert ("范冰冰", "PERSON") in found


def test_two_character_bodies_that_stand_alone():
    found = mentions("中国历来重视发展与东盟的关系，支持东盟在地区事务中发挥作用。")
    assert ("东盟", "ORG") in found
    found = mentions("建行为64元，农行为50元，工行为48元。")
    assert {("建行", "ORG"), ("农行", "ORG"), ("工行", "ORG")} <= found
    # a quoted slogan is no body
    assert not {n for n, label in mentions("“联建共学”活动在全县展开。") if label == "ORG"}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("新华社吉隆坡12月15日电 记者从当地获悉。", "吉隆坡"),
        ("冬游北海道，别有一番滋味。", "北海道"),
        ("他曾在多伦多工作多年。", "多伦多"),
    ],
)
def test_foreign_places_that_begin_like_a_county(text, place):
    assert (place, "PLACE") in mentions(text)


def test_a_persons_name_ending_in_a_place_head_is_no_place():
    found = mentions("中央有关部门负责同志韩杼滨、张全景、刘云山、陈福今出席。")
    assert ("刘云山", "PERSON") in found and ("刘云山", "PLACE") not in found


def test_names_do_not_take_a_dateline_a_description_or_a_second_body():
    assert ("新华社", "ORG") in mentions("本报北京11月6日讯新华社记者刘思扬报道。")
    found = mentions("江苏文化音像出版社和四川文艺出版社均受到处分。")
    assert {("江苏文化音像出版社", "ORG"), ("四川文艺出版社", "ORG")} <= found
    assert ("哈佛大学", "ORG") in mentions("国家主席应邀在美国著名学府哈佛大学发表演讲。")
    meetings = {n for n, label in mentions("李瑞环会见光彩事业促进会理事会议代表。") if label == "MEETING"}
    assert meetings and not any(n.startswith("李瑞环") for n in meetings)


def test_a_bracketed_part_stays_inside_a_name_and_its_place_is_a_mention():
    found = mentions("西格里泉海碳素(山西)有限公司负责人介绍。")
    assert {("西格里泉海碳素(山西)有限公司", "ORG"), ("山西", "PLACE")} <= found
    found = mentions("中联铁运多式联运物流园(二期)项目开工。")
    assert ("中联铁运多式联运物流园(二期)项目", "PROJECT") in found


def test_classes_and_slogans_of_projects_are_no_projects():
    for text in ("全市共有10亿元以上项目23个。", "该县亿元以上工业项目达到12个。", "全力推进“开工一批”项目建设。"):
        assert not {n for n, label in mentions(text) if label == "PROJECT"}, text


def test_ceremonies_held_or_attended_and_party_congresses_are_meetings():
    found = mentions("县人民政府与某某科技有限公司举行项目签约仪式，共签署5个项目。")
    assert ("项目签约仪式", "MEETING") in found
    found = mentions("县领导出席集中签约开工投产仪式。")
    assert ("集中签约开工投产仪式", "MEETING") in found
    assert ("市第十一次党代会", "MEETING") in mentions("全县学习贯彻市第十一次党代会精神。")
    # a ceremony nobody holds in the sentence is no named event
    assert not {n for n, label in mentions("签约仪式结束后，双方进行了座谈。") if label == "MEETING"}


def test_persons_the_tagger_cut_in_a_list_or_before_a_lone_character():
    persons = {n for n, label in mentions("县领导米德成、何开春、时金发、吴守连、张昊出席。") if label == "PERSON"}
    assert "时金发" in persons
    found = mentions("党委副书记、监事会主席马西连,董事、副总裁韩斌等出席。")
    assert ("马西连", "PERSON") in found and ("马西", "PERSON") not in found
    assert ("张强", "PERSON") in mentions("市长张强说，项目进展顺利。")
    assert ("高占清", "PERSON") in mentions("市发改委调研员高占清,县工信局局长王强出席。")


def test_a_development_slogan_is_no_place():
    assert not {n for n, label in mentions("坚持科教兴县、人才强县战略，推动发展。") if label == "PLACE"}
    assert ("兴县", "PLACE") in mentions("兴县县委书记王强主持会议。")


def test_two_character_names_set_with_a_space():
    assert ("吴 峰", "PERSON") in mentions("副县长吴 峰出席会议并讲话。")
    assert ("吴 峰", "PERSON") in mentions("（记者 吴 峰）")
    found = mentions("县委书记王 强、县长李 明参加。")
    assert {("王 强", "PERSON"), ("李 明", "PERSON")} <= found
    # a surname and a word after a title are no spaced name
    assert not {n for n, label in mentions("副县长 王 主持工作。") if label == "PERSON" and " " in n}


def test_trade_named_projects_beside_another_project_in_a_list():
    found = mentions("县委书记王明先后视察了青禾发动机项目和精密轴承项目建设工地。")
    assert {("青禾发动机项目", "PROJECT"), ("精密轴承项目", "PROJECT")} <= found
    found = mentions("其中，年加工10万头肉牛产业园项目，投资1.05亿元；优质乳业生产基地项目，投资1.2亿元。")
    assert ("优质乳业生产基地项目", "PROJECT") in found
    # alone, a trade names no one project
    assert not any(label == "PROJECT" for _, label in mentions("县委书记王明视察了精密轴承项目建设工地。"))
    # generic items of a list stay no projects
    assert not any(label == "PROJECT" for _, label in mentions("全县重点项目和民生项目进展顺利。"))


def test_capacity_per_year_and_a_company_holding_a_conjunction_stay_in_the_name():
    found = mentions("观摩了山西青石焦化有限公司140万吨/年焦炉煤气制氢改造工程、某某公司节能改造项目。")
    assert ("山西青石焦化有限公司140万吨/年焦炉煤气制氢改造工程", "PROJECT") in found
    found = mentions("临河县：天地和钢材制品有限公司年产30万吨镀锌钢管项目")
    assert ("天地和钢材制品有限公司年产30万吨镀锌钢管项目", "PROJECT") in found
    # a list of two companies is no one name
    found = mentions("市长会见了青松科技和远航钢材制品有限公司负责人。")
    assert not any(n.startswith("青松科技和") for n, _ in found)


def test_an_amount_or_a_visit_opens_no_project_name():
    found = mentions("该县投资2亿元青松钢铁技改工程开工。")
    assert ("青松钢铁技改工程", "PROJECT") in found
    assert not any(n.startswith("2亿元") for n, _ in found)
    found = mentions("后来到青松新材料项目现场调研。")
    assert ("青松新材料项目", "PROJECT") in found
    assert not any(n.startswith(("后来", "到")) for n, _ in found)


def test_production_lines_and_industrial_clusters_are_projects():
    found = mentions("签约项目有：临河新区年产50万吨尼龙56生产线、高新区无人机产业园、宏远冷链物流中心项目。")
    assert any(n.endswith("年产50万吨尼龙56生产线") and label == "PROJECT" for n, label in found)
    # a count of lines is no named project
    assert not any(label == "PROJECT" for _, label in mentions("全县新上3条智能化生产线。"))
    assert not any(label == "PROJECT" for _, label in mentions("二期项目投产后，企业新建3条自动化生产线。"))


def test_items_of_a_project_list_without_a_head_word():
    text = (
        "今年开工的6个项目包括：青松高速连接线主线、职教中心实训楼项目、"
        "宏远汽车零部件再制造项目、临河治理项目、县城5号路。"
    )
    found = mentions(text)
    assert {("青松高速连接线主线", "PROJECT"), ("县城5号路", "PROJECT")} <= found
    # a list that is not mostly projects names no project in its other items
    found = mentions("参会单位包括：青松集团、宏远公司、临河新材料项目、县城5号路。")
    assert ("县城5号路", "PROJECT") not in found
    assert not any(label == "PROJECT" and n.startswith("青松") for n, label in found)


def test_a_semicolon_list_of_projects_after_a_colon():
    found = mentions("集中开工项目：青松化工园区污水处理改造；宏远年产5万吨电池材料产业园；明远物流基地。")
    assert ("青松化工园区污水处理改造", "PROJECT") in found
    # classes of projects in such a list stay no projects
    assert not any(label == "PROJECT" for _, label in mentions("重点项目：全市10亿元以上项目；民生项目；招商项目。"))


def test_a_long_project_name_keeps_its_company():
    name = "青松县宏远新能源科技有限公司秸秆综合利用(年产4万吨生物质新型燃料)临河乡基地建设项目"
    found = mentions("分别是：" + name + "、某项目。")
    assert (name, "PROJECT") in found


def test_kinds_of_base_in_a_list_are_no_projects():
    found = mentions("构建以青松创新中心和科技成果转化中试基地、产业转型发展示范基地为主体的运营体系。")
    assert not any(label == "PROJECT" for _, label in found)


# --- names the text vouches for (issue 14: persons in lists, foreign names, short bodies)


def test_person_addressed_needs_no_chinese_surname():
    # a word of address after the tagger's person ("先生", "同志") vouches for the name
    found = mentions("山本一郎先生，铃木健太先生，女士们、先生们：")
    assert {("山本一郎", "PERSON"), ("铃木健太", "PERSON")} <= found


def test_persons_in_a_list_of_persons():
    # beside a person in a "、" list, a name without a listed surname is a person too
    assert ("恽子强", "PERSON") in mentions("会议由王建国、恽子强主持。")
    # a list item that opens with a body and a title is no list of ordinary words
    found = mentions("外交部副部长王光亚、外交部部长助理崔天凯、特别助理由某等也同机抵达。")
    assert {("王光亚", "PERSON"), ("崔天凯", "PERSON")} <= found
    # common surnames of the Hundred Family Surnames (傅); an item the tagger left untagged
    # ("任桂兰/v") does not make the list one of ordinary words
    found = mentions("下排左起：史秋梅、傅春柏、彭文、任桂兰、曹春林。")
    assert {("傅春柏", "PERSON"), ("曹春林", "PERSON")} <= found
    # a name the tagger calls a place between two persons is a person
    found = mentions("出席仪式的有张立军、王海、黄河、刘成、赵阳。")
    assert ("黄河", "PERSON") in found and ("黄河", "PLACE") not in found


def test_two_character_bodies_before_a_noun():
    found = mentions("欧盟成员国外长举行会议，东盟秘书长出席。工党议员提出动议。")
    assert {("欧盟", "ORG"), ("东盟", "ORG"), ("工党", "ORG")} <= found
    assert ("招行", "ORG") in mentions("招行副行长和建行董事会秘书出席了发布会。")
    # "中德|合资" still modifies the noun: no body
    assert not any(label == "ORG" for _, label in mentions("这是一家中德合资企业。"))


def test_place_run_into_a_title_keeps_the_place():
    found = mentions("中国国务委员兼外长在北京会见了来访客人。")
    assert ("中国", "PLACE") in found and not any(n.endswith("委员") for n, _ in found)


def test_person_and_body_joined_by_a_conjunction_are_two_names():
    # the tagger takes 和 into the name ("王伟和/PER"); the body after it is a name of its own
    found = mentions("副县长王伟和县发改委有关负责人陪同调研。")
    assert {("王伟", "PERSON"), ("县发改委", "ORG")} <= found
    assert not any("和" in n for n, _ in found)


@pytest.mark.parametrize("text", ["办公室王主任向记者透露了这一消息。", "这所学校是陈教授成立的。"])
def test_no_person_that_opens_with_a_preposition_or_verb_after_a_title(text):
    assert not any(n in ("向记者", "成立的") for n, _ in mentions(text))


def test_given_name_cut_before_a_direction_word_is_read_whole():
    # "钱冠/PER 东/f 、": the lone character that closes the list item ends the name
    found = mentions("有关部门负责同志李树青、郝建国、张保平、钱冠东、李志强等陪同参观。")
    assert ("钱冠东", "PERSON") in found and ("钱冠", "PERSON") not in found


def test_list_of_persons_without_separators_is_divided_into_names():
    # a published list whose spaces were lost: one run of names, notes such as "（女）" between
    text = (
        "市政协第十届委员会委员名单（按姓氏笔画排列）\n"
        "于海波马建新王丽华（女）王志强方国平艾合买提·吐尔逊（维吾尔族）卢晓东叶春梅（女）"
        "田立新刘振宇孙红梅（女）李文斌杨建军吴晓峰张国庆陈志刚\n"
    )
    persons = {n for n, label in mentions(text) if label == "PERSON"}
    assert {"于海波", "马建新", "王丽华", "艾合买提·吐尔逊", "刘振宇", "吴晓峰", "陈志刚"} <= persons
    assert not any(len(n) > 4 and "·" not in n for n in persons)
    # after a role and a colon, the role before the next colon is no part of a name
    listed = "评审组名单组长：周立平副组长：何建华成员：李志远张卫东刘晓燕王海涛赵国栋\n"
    found = {n for n, label in mentions(listed) if label == "PERSON"}
    assert {"周立平", "李志远", "张卫东", "刘晓燕", "王海涛", "赵国栋"} <= found
    # a sentence after a colon is no list, even where its words open with surnames
    assert mentions("会议指出：高质量发展是首要任务，王立新、张强出席。") == {("王立新", "PERSON"), ("张强", "PERSON")}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("村里有一名叫山田的日本留学生。", "山田"),  # a naming verb before the name
        ("主帅卡隆赛后表示很满意。", "卡隆"),  # a noun for a person before it, as a job title
        ("当晚，著名作曲大师萨沃尼登台演出。", "萨沃尼"),
        ("演出阵容中有安娜·贝克、《天鹅湖》选段和多部短剧。", "安娜·贝克"),  # a dotted name in a mixed list
    ],
)
def test_tagger_persons_the_text_vouches_for(text, name):
    assert (name, "PERSON") in mentions(text)


def test_countries_written_together_by_their_short_forms_are_each_a_place():
    found = mentions("两国外长就中日关系和中美合作交换了意见。")
    assert {("中", "PLACE"), ("日", "PLACE"), ("美", "PLACE")} <= found
    assert not any(n in ("中日", "中美") for n, _ in found)
    # a market named by two other countries is no pair of places
    assert not any(len(n) == 1 for n, _ in mentions("公司的真丝围巾远销日韩和欧美市场。"))
    # whole names made of such characters stay whole; a country's full name is one place
    assert ("巴西", "PLACE") in mentions("代表团今天抵达巴西访问。")


def test_a_country_written_by_its_one_character_form_is_the_country_by_its_full_name():
    # the mention keeps the text's character; the entity is the country, one with its full name
    from kg.nlp.document import analyse_document
    from kg.nlp.pipeline import make_pipeline
    from kg.resolve import resolve

    text = "中俄两国代表在会上发言。中美双方将扩大农产品贸易。今年中欧班列开行数量增长，中国企业参与其中。"
    ents, _ = resolve([analyse_document(make_pipeline(), "d.txt", text)])
    places = {e.label: sorted({m.text for m in e.mentions}) for e in ents if e.type == "PLACE"}
    assert places == {"中国": ["中", "中国"], "俄罗斯": ["俄"], "美国": ["美"], "欧洲": ["欧"]}
    assert not any(len(e.label) == 1 for e in ents)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("曹军同志主持会议并讲话。", "曹军"),  # the tagger reads the name as a noun
        ("由时志同志主持。", "时志"),
        ("会上，方磊红同志传达了上级文件精神。", "方磊红"),  # the tagger cut the given name
        ("会上，符强同志作了发言。", "符强"),
        ("县委副书记王刚同志出席会议。", "王刚"),  # a name the tagger reads, after a title
    ],
)
def test_a_name_before_tongzhi_is_the_person_without_tongzhi(text, name):
    found = mentions(text)
    assert (name, "PERSON") in found
    assert not any("同志" in n for n, _ in found)


def test_a_group_before_tongzhi_is_no_person():
    for text in ("全体同志要提高认识。", "广大党员同志积极参与。", "领导同志讲话。", "同志们，大家好。"):
        assert not any(label == "PERSON" for _, label in mentions(text)), text


@pytest.mark.parametrize(
    ("text", "bodies"),
    [
        ("全县项目推进会议和县政府常务会议相继召开。", {"县政府"}),  # a meeting and the county government
        ("本次活动由公司和县人民政府联合主办。", {"县人民政府"}),
        ("专家和县人大常委会有关负责人出席。", {"县人大常委会"}),
        ("市政府和县政府签订合作协议。", {"市政府", "县政府"}),  # two bodies, each its own
        ("市领导和县纪委负责人座谈。", {"县纪委"}),
    ],
)
def test_a_county_formed_only_across_a_conjunction_is_no_place(text, bodies):
    found = mentions(text)
    assert not any("和县" in n for n, _ in found)
    assert bodies <= {n for n, label in found if label == "ORG"}


@pytest.mark.parametrize(
    "text",
    ["和县人民政府召开专题会议。", "由和县人民政府主办。", "他到安徽和县调研。"],
)
def test_the_county_whose_name_opens_with_a_conjunction_stays_a_place(text):
    assert ("和县", "PLACE") in mentions(text)
    assert ("安徽和县人民政府", "ORG") in mentions("安徽和县人民政府与某公司签约。")


def test_the_build_pipeline_reads_tongzhi_and_conjunctions_as_recognise_does():
    # kg build runs the sources as spaCy components: the same candidates, the same cuts
    from kg.nlp.document import analyse_document
    from kg.nlp.pipeline import make_pipeline

    text = "曹军同志主持会议。本次活动由公司和县人民政府联合主办，市政府和县政府签订合作协议。"
    found = {(m.text, m.label) for m in analyse_document(make_pipeline(), "d.txt", text).mentions}
    assert {("曹军", "PERSON"), ("县人民政府", "ORG"), ("市政府", "ORG"), ("县政府", "ORG")} <= found
    assert not any("和县" in n or "同志" in n for n, _ in found)


def test_a_side_of_a_match_is_a_team():
    # clubs are named by their city or read as persons by the tagger; playing makes them teams
    assert ("莱切", "ORG") in mentions("上轮联赛中，莱切客场逼平维罗纳，已经连续三个赛季保级成功。")
    assert {("莱切", "ORG"), ("维罗纳", "ORG")} <= mentions("周末焦点战：莱切vs维罗纳。")
    # a player stays a person, a city visited stays a place
    assert ("埃里克森", "PERSON") in mentions("埃里克森在客场踢进一球。")
    assert ("维罗纳", "PLACE") in mentions("代表团今天抵达维罗纳访问。")


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("前段时间市住建局表态支持。", "市住建局"),  # a time before the body is no part of it
        ("当绝大多数中资银行已开始实施新政之时，县农商行仍在观望。", "中资银行"),  # nor a quantity
        ("据《燕赵晚报》新华社报道，项目已经开工。", "新华社"),  # nor a title before a whole body name
    ],
)
def test_body_names_do_not_take_a_time_a_quantity_or_a_title_before_them(text, body):
    found = {n for n, label in mentions(text) if label == "ORG"}
    assert body in found and not any(n.endswith(body) and n != body for n in found)
