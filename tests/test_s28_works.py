"""Session 28's works_for / holds_position round (s28-works audit): a page's credit line with
several names, on real lines of the tuning pages (each test names its page):

- the names after the credit's title apart by "、" or "/" and a mark "▏" between the title and
  the names ("(记者 ▏A B)", "記者:A、B", "【記者A/B/C台南報導】"): every name is a person
  (kg/nlp/entities/bylines.py) and holds the title (positions' name list goes over "/");
- a name of a credit with no surname of the list (a rare surname, a pen name) after the role and
  its mark: a person where a blank, bracket, bar, "、" or the line's end closes it, not where a
  comma goes on (an interview's "记者:…,");
- reporters of a credit written against its outlet, a bracket between ("某某融媒(记者 X)",
  "某某新聞【記者A/B/C…】") or the outlet closing the credit's line ("記者:X Y 某某融媒"): they work
  for the outlet (outlet_bylines.credit_outlets).
"""

from __future__ import annotations

import pytest
from test_names_round4 import persons_of
from test_s26_works_kinds import posts, works


@pytest.mark.parametrize(
    ("text", "names", "title"),
    [
        # real-pages-30 r06 (朝阳县融媒体中心 report on cyx.gov.cn)
        (
            "以高质量项目、高效益投资推动高质量发展。\n(记者 ▏齐云起 王国超)\n[编辑:陶玲 校对:胡佳莹 审核:郭雨新]",
            ["齐云起", "王国超"],
            "记者",
        ),
        # real-pages-33 u04 (traditional copy of a Turpan report): a four-character name before 、
        (
            "原標題:吐魯番市二季度重大項目建設進展順利\n圖文/記者:艾尼瓦爾、張明先\n圖文/記者:王永明、吾買爾\n"
            "6月16日,記者從2022年二季度自治區重大項目調度會議上了解到,今年二季度我市重大項目建設進展順利。",
            ["张明先", "王永明", "吾买尔"],
            "记者",
        ),
        # real-pages-24 w08 (千秋新聞 on a PChome page): names apart by "/"
        (
            "千秋新聞【記者何友明/蔡本文/章大鈞台南報導】永康科技工業區招商家數達破百紀錄,市府特別召開記者會公布招商成績單。",
            ["何友明", "蔡本文", "章大钧"],
            "记者",
        ),
        # real-pages-30 r08 (新华网青海频道): 鱼 is no surname of the list
        (
            "海西州格尔木市100个项目集中开复工\n\n2023-03-24 16:10:12\n责任编辑:鱼昊 |  作者:汤红红 宗布尔\n\n"
            "  本网综合消息:3月23日,海西州2023年项目集中开复工活动分会场举行。",
            ["鱼昊"],
            "责任编辑",
        ),
    ],
)
def test_every_name_of_a_credit_line_holds_its_title(nlp, text, names, title):
    got = posts(nlp, text)
    for name in names:
        assert (name, title) in got
    assert names[0] in persons_of(nlp, text)


def test_the_name_is_not_cut_short(nlp):
    # real-pages-33 u04: "張明先" was read as 张明 (its title before it), a person the gold lacks
    text = "圖文/記者:艾尼瓦爾、張明先\n圖文/記者:王永明、吾買爾\n6月16日,記者從會議上了解到。"
    found = persons_of(nlp, text)
    assert "张明先" in found
    assert "张明" not in found


def test_a_pen_name_in_an_editors_credit(nlp):
    # real-pages-29 e06 and real-pages-31 s08: "三审:扶后权)", "编辑:拾柒" (no listed surname)
    text = "县领导潘麒任、刘晋、陈海华出席开工仪式。\n\n(一审:李明 二审:黄岸明 三审:扶后权)\n"
    assert "扶后权" in persons_of(nlp, text)
    text = (
        "編輯:拾柒\n\n2月6日上午,海南自由貿易港建設項目2023年度第一批集中開工儀式澄邁分會場活動"
        "在澄邁縣老城經濟開發區舉行。"
    )
    assert "拾柒" in persons_of(nlp, text)


def test_an_interview_line_names_no_person(nlp):
    # "记者:" opening an interview's question goes on with a comma: no name there
    text = "记者:请问您,这个项目什么时候开工?\n王某某:今年六月。"
    assert not {"请问您", "请问"} & persons_of(nlp, text)


@pytest.mark.parametrize(
    ("text", "reporters", "outlet"),
    [
        # real-pages-19 k09 (仪陇县 news): the outlet, a bracket, the credit
        (
            "仪陇融媒(记者 胡威)3月19日,四川省政府副秘书长,浙江省驻川工作组组长、党委书记沈志江率浙江省驻川工作组"
            "到我县调研东西部协作工作。县委副书记、县长赵云强参加调研。",
            ["胡威"],
            "仪陇融媒",
        ),
        # real-pages-30 r09 (白银区 news, traditional copy): the outlet closing the credit's line
        (
            "出席儀式的省市領導還調研了甘肅皓天原料藥生產基地項目和福門休閒生態城項目情況。\n"
            "記者:曹春明 高政良 白銀區融媒",
            ["曹春明", "高政良"],
            "白银区融媒",
        ),
        # real-pages-24 w08 (千秋新聞): the outlet, 【, names apart by "/"
        (
            "千秋新聞【記者何友明/蔡本文/章大鈞台南報導】永康科技工業區招商家數達破百紀錄,市府特別召開記者會公布招商成績單。",
            ["何友明", "蔡本文", "章大钧"],
            "千秋新闻",
        ),
    ],
)
def test_reporters_work_for_the_outlet_written_against_their_credit(nlp, text, reporters, outlet):
    got = works(nlp, text)
    for name in reporters:
        assert (name, outlet) in got


def test_the_sentences_other_persons_do_not_work_for_the_outlet(nlp):
    # real-pages-19 k09: 沈志江 of the same sentence works for his own bodies, not for the outlet
    text = (
        "仪陇融媒(记者 胡威)3月19日,四川省政府副秘书长,浙江省驻川工作组组长、党委书记沈志江率浙江省驻川工作组"
        "到我县调研东西部协作工作。"
    )
    assert ("沈志江", "仪陇融媒") not in works(nlp, text)
