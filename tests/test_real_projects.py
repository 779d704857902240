"""Projects and meetings as real local-news pages write them (issue 14): the error kinds seen
on pages nobody tuned on, each on sentences of its kind."""

from __future__ import annotations

from kg.ingest import segment_document
from kg.nlp.entities import recognise
from kg.nlp.pipeline import analyse_article
from kg.nlp.segmenters import make_segmenter
from kg.nlp.words import words_of


def facts(nlp, text: str, types: tuple[str, ...] = ("chaired", "attended")) -> set[tuple[str, str, str]]:
    (art,) = segment_document("t.txt", text)
    doc = analyse_article(nlp, art)
    ms = doc._.mentions

    def name(i: int) -> str:
        return art.text[ms[i].start : ms[i].end]

    return {(r.type, name(r.head), name(r.tail)) for r in doc._.relations if r.type in types}


def mentions(text: str) -> set[tuple[str, str]]:
    words = words_of(make_segmenter("lac").segment(text))
    return {(text[c.start : c.end], c.label) for c in recognise(text, words)}


def projects(text: str) -> set[str]:
    return {n for n, label in mentions(text) if label == "PROJECT"}


def meetings(text: str) -> set[str]:
    return {n for n, label in mentions(text) if label == "MEETING"}


def test_who_signs_is_no_part_of_the_projects_name():
    got = projects("县住建局与青山园林股份有限公司签订城乡环境综合提升PPP项目协议。")
    assert "城乡环境综合提升PPP项目" in got
    assert not any("公司" in n for n in got)
    got = projects("县委书记带队前往外地，与某某电机有限公司现场签约智能电器生产制造项目，总投资5亿元。")
    assert got == {"智能电器生产制造项目"}
    # an agreement signed with no project named, or a presentation of projects, is no project
    assert projects("县工业园区管委会与甲乙新材料有限公司签订项目协议；园区负责人进行项目介绍。") == set()


def test_the_site_of_a_ceremony_is_no_part_of_the_projects_name():
    got = projects("其中，主会场华润雪花啤酒三期项目总投资5.2亿元，新建5条生产线。")
    assert "华润雪花啤酒三期项目" in got
    assert not any(n.startswith("主会场") for n in got)


def test_a_period_or_a_slogan_with_generic_words_names_no_project():
    text = "竹溪县三季度重大项目集中开工。当天宜昌市重大项目开工的亮点是外资。其中“双竞赛”项目13个。"
    assert projects(text) == set()
    # a project opened by a place and named by its trade is still one
    assert "竹溪县蜂蜜小镇产业综合开发项目" in projects("竹溪县蜂蜜小镇产业综合开发项目总投资3亿元。")


def test_amount_without_yuan_before_a_listed_project():
    text = (
        "签约项目17个，分别是总投资5亿元的铝合金门窗加工项目、总投资26亿的年产20万吨高端铝材项目、"
        "总投资10亿的生态农业综合开发项目等。"
    )
    got = projects(text)
    assert "生态农业综合开发项目" in got
    assert not any(n.startswith(("总投资", "投资")) for n in got)


def test_items_of_a_list_closed_by_a_count_of_projects():
    text = (
        "本次集中签约和开工项目涵盖青川通用航空机场、20万千瓦风能开发、蜂蜜小镇产业综合开发、百草庄园等10个"
        "招商引资签约项目，同时集中开工凤山山庄二期、古渡绕城公路、两河口水库等6个重点项目。"
    )
    got = projects(text)
    for name in ("青川通用航空机场", "20万千瓦风能开发", "百草庄园", "凤山山庄二期", "古渡绕城公路", "两河口水库"):
        assert name in got, name
    assert not any(n.startswith(("涵盖", "开工")) for n in got)
    # a list of trades or of companies closed by a count names no project
    assert projects("签约的项目涉及生物科技、器械制造、食品生产等17个项目。") == set()
    assert projects("引进了甲乙电子有限公司、丙丁科技有限公司、戊己集团等5个项目。") == set()


def test_enlarged_meetings_and_two_meetings_convened_together():
    text = "1月5日，县委书记王建国主持召开县委常委(扩大)会，县四大班子主要领导参加会议。"
    assert "县委常委(扩大)会" in meetings(text)
    text = "县长李文斌主持召开县政府党组(扩大)会议和县十六届第9次政府常务会议。"
    assert meetings(text) == {"县政府党组(扩大)会议", "县十六届第9次政府常务会议"}


def test_short_working_meetings():
    assert "市长碰头会" in meetings("12月15日，市委副书记、市长张立新主持召开市长碰头会，听取各副市长汇报。")
    assert "重点项目建设工作周例会" in "".join(meetings("常务副市长刘明主持召开市政府第24次重点项目建设工作周例会。"))


def test_those_sitting_in_are_no_part_of_the_meetings_name():
    text = "县人大常委会副主任张贵明、县政协副主席徐海常务列席会议，提出工作意见。"
    assert meetings(text) == set()


def test_chair_and_those_sitting_in_at_a_working_meeting(nlp):
    got = facts(nlp, "1月5日，县委书记王建国主持召开县委常委(扩大)会，县四大班子主要领导参加会议。")
    assert ("chaired", "王建国", "县委常委(扩大)会") in got
    text = "县政府召开第七次常务会议。县长孙立主持会议，副县长刘畅参加会议。县政协副主席徐海常务列席会议。"
    got = facts(nlp, text)
    assert {("chaired", "孙立", "第七次常务会议"), ("attended", "刘畅", "第七次常务会议")} <= got
    assert ("attended", "徐海", "第七次常务会议") in got


def test_a_bare_ceremony_word_is_the_ceremony_the_article_names(nlp):
    text = (
        "3月11日，我县举行2021年第一批重点项目集中开工仪式。县领导张立明、王海涛出席开工仪式。"
        "县委常委、常务副县长刘文主持仪式。"
    )
    assert meetings(text) == {"2021年第一批重点项目集中开工仪式"}
    got = facts(nlp, text)
    named = "2021年第一批重点项目集中开工仪式"
    assert {("attended", "张立明", named), ("attended", "王海涛", named), ("chaired", "刘文", named)} <= got
    # traditional characters
    text = "我縣舉行2021年第一批重點項目集中開工儀式。縣領導張立明出席開工儀式。"
    assert facts(nlp, text, ("attended",)) == {("attended", "张立明", "2021年第一批重点项目集中开工仪式")}
    # with no named ceremony the bare one stays (an unnamed ceremony, see GUIDE.md)
    assert meetings("县领导张立明出席开工仪式。") == {"开工仪式"}


def test_two_events_held_as_one_are_one_meeting():
    text = "2月8日，房县茶叶产业发展招商推介会暨2023年第一季度招商引资集中签约仪式在杭州市举行。"
    assert meetings(text) == {"房县茶叶产业发展招商推介会暨2023年第一季度招商引资集中签约仪式"}
    text = "县长李文斌主持召开县政府党组理论学习中心组学习会议暨党组会议。"
    assert meetings(text) == {"县政府党组理论学习中心组学习会议暨党组会议"}
    text = "1月2日上午，全省第十二期“三个一批”活动暨全市第九期月开工竞赛活动举行，我县在分会场同步开展。"
    assert meetings(text) == {"全省第十二期“三个一批”活动暨全市第九期月开工竞赛活动"}
    # the first half read back to the verb that holds it; the meeting studied inside stays one
    text = "下午，召开全县学习贯彻省第十二次党代会精神暨经济运行分析、项目建设推进会。"
    assert meetings(text) == {"全县学习贯彻省第十二次党代会精神暨经济运行分析、项目建设推进会", "省第十二次党代会"}


def test_a_bare_meeting_word_refers_to_the_meeting_held_not_the_one_studied(nlp):
    text = (
        "下午，召开全县学习贯彻省第十二次党代会精神暨经济运行分析、项目建设推进会。"
        "县委书记讲话，刘文斌副书记主持会议，李海传达省第十二次党代会精神。"
    )
    got = facts(nlp, text, ("chaired",))
    assert got == {("chaired", "刘文斌", "全县学习贯彻省第十二次党代会精神暨经济运行分析、项目建设推进会")}


def test_trade_words_joined_by_ji_make_one_project():
    got = projects(
        "分别是总投资5亿元的年产20万吨高端铝材项目、总投资10亿元的世合门窗生产基地(杞县)项目、"
        "总投资10亿元的红薯深加工及综合利用项目等。"
    )
    assert "红薯深加工及综合利用项目" in got
    assert "综合利用项目" not in got
    got = projects("包括：江北湿地公园提升及防洪堤柔化建设项目、城东幼儿园建设项目等12个重大项目。")
    assert "江北湿地公园提升及防洪堤柔化建设项目" in got
    # 和 before a project in a list joins two names, not two trades
    got = projects("介绍了新中式风格和滨水休闲旅游项目。视察了青禾发动机项目和精密轴承项目。")
    assert not any("和" in n for n in got)


def test_company_named_like_a_project_opens_the_projects_name():
    got = projects("据悉，中联重科工程车桥智能制造项目总投资为5.04亿元。")
    assert got == {"中联重科工程车桥智能制造项目"}


def test_numbered_items_ordinal_lines_and_what_the_builder_invests_in():
    text = "1.某县畜果结合产业化项目总投资14.5亿元。\n2.高新区星美锂电池生产线项目是省级重点项目，总投资50亿元。"
    assert "高新区星美锂电池生产线项目" in projects(text)
    got = projects("其中，投入最大的是常州裕源轴承制造有限公司投资的轴承制造项目，协议投资总额3亿元。")
    assert "轴承制造项目" in got
    # an ordinal line (第三条) is no count of several lines
    assert "再生铅第三条生产线项目" in "".join(projects("华鑫公司再生铅第三条生产线项目开工。"))
    assert projects("新上3条自动化生产线。") == set()


def test_long_event_names_with_edition_and_year():
    text = "9月20日，中国•恩施2019(第四届)中秋恳亲大会招商引资恳谈会举行，成功签约17个项目。"
    assert "中国•恩施2019(第四届)中秋恳亲大会招商引资恳谈会" in meetings(text)


def test_chair_while_speaking_and_no_byline_among_attendees(nlp):
    got = facts(nlp, "9月18日，我市召开企业家代表座谈会。市委副书记、代市长周文主持会议时指出，要优化营商环境。")
    assert got == {("chaired", "周文", "企业家代表座谈会")}
    text = (
        "(通讯员 王辉 黄春明 熊杨)2月26日上午，某县2024年第一次重大项目集中开工签约仪式在高新区举行，"
        "段建国、吴军、蒋剑锋等县四大家领导出席仪式。"
    )
    attendees = {h for _, h, _ in facts(nlp, text, ("attended",))}
    assert {"段建国", "吴军", "蒋剑锋"} <= attendees
    assert not attendees & {"王辉", "黄春明", "熊杨"}
    # a bracket after a name (a photo position) keeps the person
    got = facts(nlp, "县里举行2024年重点项目集中签约仪式。县委书记王立（左三）、县长李明出席签约仪式。")
    assert {h for _, h, _ in got} == {"王立", "李明"}


def test_one_who_announces_the_named_event_open_attended_it(nlp):
    text = (
        "6月30日上午，商城县举行2021年第二批重点项目集中开工仪式，市政协副主席、县委书记张建国"
        "宣布商城县2021年第二批重点项目集中开工活动启动。"
    )
    assert ("attended", "张建国", "商城县2021年第二批重点项目集中开工活动") in facts(nlp, text)
    # announcing with no event named in the span is no attendance of a named event
    assert facts(nlp, "县长李明宣布全县重点工作正式启动。") == set()


def test_one_event_named_as_ceremony_and_as_activity_or_with_its_edition(tmp_path):
    import json

    from conftest import run_kg_build

    docs = tmp_path / "in"
    docs.mkdir()
    (docs / "a.txt").write_text(
        "6月30日上午，商城县举行2021年第二批重点项目集中开工仪式，县委书记张建国宣布商城县2021年第二批"
        "重点项目集中开工活动启动。\n下午，召开全县学习贯彻市第十二次党代会精神座谈会，县长李明传达市党代会精神。\n",
        encoding="utf-8",
    )
    done = run_kg_build(docs, tmp_path / "out")
    assert done.returncode == 0, done.stderr
    meetings = [json.loads(x) for x in (tmp_path / "out" / "entities.jsonl").read_text(encoding="utf-8").splitlines()]
    names = [{m["text"] for m in e["mentions"]} for e in meetings if e["type"] == "MEETING"]
    assert {"2021年第二批重点项目集中开工仪式", "商城县2021年第二批重点项目集中开工活动"} in names
    assert {"市第十二次党代会", "市党代会"} in names


def test_capacities_listed_or_per_year_inside_a_projects_name():
    text = "投资3000万元。内蒙古宏达矿业有限责任公司50万吨PVC、40万吨烧碱产业综合项目，一期建设50万吨PVC。"
    assert projects(text) == {"内蒙古宏达矿业有限责任公司50万吨PVC、40万吨烧碱产业综合项目"}
    text = "目前进入调试阶段。山西华新环保材料股份有限公司11万吨/年可降解高分子聚乙烯醇项目总投资25亿元。"
    assert projects(text) == {"山西华新环保材料股份有限公司11万吨/年可降解高分子聚乙烯醇项目"}


def test_lists_opened_after_project_and_numbered_clauses():
    got = projects("开工项目包括：城北污水处理厂提标改造、县医院门诊楼建设、滨河公园二期、华润风电场等。")
    assert {"城北污水处理厂提标改造", "滨河公园二期", "华润风电场"} <= got
    # counts of classes of projects are no projects
    text = "共有98个项目集中开工。其中，产业项目有77项，总投资101亿元；基础设施项目16项，总投资16亿元；民生项目5项。"
    assert projects(text) == set()
    # a list of fields or tasks is no list of projects
    assert projects("涉及领域包括：装备制造、新材料、生物医药等。重点工作包括：抓好安全生产、推进乡村振兴。") == set()
    got = projects("一是城北污水处理厂提标改造项目，总投资1亿元；二是滨河公园二期工程，总投资2亿元。")
    assert got == {"城北污水处理厂提标改造项目", "滨河公园二期工程"}


def test_a_list_closed_by_deng_leaves_deng_out_of_its_last_item():
    got = projects("集中开工项目包括青峰生物制药项目、云岭智能仓储物流园项目、东湖路改造工程等项目;集中竣工项目有5个。")
    assert "东湖路改造工程" in got and not any(n.endswith("等项目") for n in got)
    got = projects(
        "本次集中签约项目6个,包括年产500吨高纯硅材料建设项目、6F燃机项目、北港物流中心·鹭岛游艇产业综合开发项目等,总投资额40亿元。"
    )
    assert "北港物流中心·鹭岛游艇产业综合开发项目" in got and not any(n.endswith("等") for n in got)
    got = projects(
        "新引进项目中包括计划总投资20亿元的华能新能源公司风电场开发项目、计划总投资5亿元的吉林福源集团肉羊产业加工项目等大项目。"
    )
    assert got == {"华能新能源公司风电场开发项目", "吉林福源集团肉羊产业加工项目"}


def test_figures_and_later_clauses_are_no_items_of_a_project_list():
    got = projects("63个项目中单体投资最大项目为北港新区乙烯产业链项目、总投资80亿元、年度投资20亿元。")
    assert got == {"北港新区乙烯产业链项目"}
    got = projects(
        "其中,青禾药业生物制造项目为省重大项目,项目建成后将具备年产500吨鱼油、800吨饮片的产能,贡献税收1亿元。"
    )
    assert got == {"青禾药业生物制造项目"}


def test_what_a_project_costs_with_de_introduces_it():
    got = projects("其中,投资12亿元的凤鸣红茶项目、投资2亿元的安澜特医食品项目等也各有特色。")
    assert got == {"凤鸣红茶项目", "安澜特医食品项目"}
    assert projects("投资8亿元的青峰茶饮项目于3月开工建设。") == {"青峰茶饮项目"}
    assert projects("该区引进了投资15亿元的西林智慧农业项目。") == {"西林智慧农业项目"}


def test_lists_closed_by_a_batch_of_projects_without_an_opener():
    got = projects(
        "华锦三期项目、瑞光科技年产500万片显示模组、东方集团轴承系列、金鼎智能装备制造等一批重大项目如期投产。"
    )
    assert {"瑞光科技年产500万片显示模组", "东方集团轴承系列", "金鼎智能装备制造"} <= got
    got = projects("已开工项目中,临川县华宇新材料二期、东城区智谷科技小镇、西山区中建装配式建筑等项目进展较快。")
    assert got == {"临川县华宇新材料二期", "东城区智谷科技小镇", "西山区中建装配式建筑"}
    # a list of trades closed by "等领域的项目" names no project
    assert projects("涵盖装备制造、生物医药、电子信息等领域的项目,总投资100亿元。") == set()


def test_a_closed_list_after_a_date_and_its_guards():
    got = projects(
        "5月8日,宁州市茶叶烘干仓储设施、东升生物高纯度赖氨酸、金士达高档冷冻食品加工及冷链配送等32个总投资120亿元的重点项目集中开工。"
    )
    assert got == {"宁州市茶叶烘干仓储设施", "东升生物高纯度赖氨酸", "金士达高档冷冻食品加工及冷链配送"}
    # a first piece that a verb opens stays out; items that open with a count are classes
    assert (
        projects(
            "积极推进工业企业升级改造、锅炉治理、8家电力企业深度治理、6家涉挥发性有机物治理等重点工程项目,全力打好污染防治攻坚战。"
        )
        == set()
    )
    # "坚持项目为王" is a slogan, no project
    assert projects("青阳县坚持项目为王,全力推进项目建设。") == set()


def test_names_ending_in_a_class_of_projects_are_no_project():
    assert projects("洞口区举行2021年“大干攻坚季”重点项目集中签约仪式。") == set()
    assert projects("该项目为省“215”重大项目,生态治理类项目3个。") == set()


def test_a_list_after_a_count_of_projects_with_a_phase_in_brackets():
    text = (
        "总投资5亿元以上的项目有21个,包括青林县绿色纤维生产、青林县手机配件生产、东湾职业技术学院迁建工程(二期)等项目;"
        "集中竣工项目中,总投资5亿元以上的项目有7个。"
    )
    got = projects(text)
    assert {"青林县绿色纤维生产", "青林县手机配件生产"} <= got
    assert not any(n.endswith("中") for n in got)


def test_an_amount_after_a_list_closed_by_deng_is_its_total(nlp):
    text = (
        "本次集中签约项目6个,包括年产500吨高纯硅材料建设项目、6F燃机项目、北港物流中心·鹭岛游艇产业综合开发项目等,"
        "总投资额40亿元。本次集中开工的项目包括东平区智能装备产业园、西林县中药材加工基地建设项目、"
        "北山县新型建材生产线二期项目等75个市县两级重点项目,总投资193.86亿元。"
    )
    (art,) = segment_document("t.txt", text)
    doc = analyse_article(nlp, art)
    assert [r for r in doc._.relations if r.type == "invested_amount"] == []


def test_capacities_joined_by_ji_inside_a_projects_name():
    got = projects("本次集中签约项目包括年产2000吨合成香料及5000吨精油建设项目、6F燃机项目。")
    assert "年产2000吨合成香料及5000吨精油建设项目" in got
    assert projects("开工建设年产5万吨饲料及2万吨有机肥项目。") == {"年产5万吨饲料及2万吨有机肥项目"}
