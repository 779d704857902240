"""Session 31's PERSON round (s31-person audit), on real lines of the tuning pages (each test
names its page):

- a byline's writer after "作者:" (a credit role, its mark required) and after "文/图" (a byline
  role): the tagger cuts three-character names there ("作者:任天/PER|能/v");
- 总工 (chief engineer) read out of 总|工程/n ("总工程费用", "总工程量的"): no title, no person;
- a name run on into a list's closing 等 or the adverb 都 before the verb ("邓旭平等/PER|出席");
- a short quoted phrase (a product, a nickname, a slogan: “荣昌夏布”, “夏黑”, “小屯妹·大昌叔”)
  holds no person the tagger or the dotted-name reading finds.
"""

from __future__ import annotations

import pytest
from test_editor_credits import persons
from test_s26_works_kinds import posts


@pytest.mark.parametrize(
    ("text", "name", "cut"),
    [
        # real-pages-40 bb03 (zynews.com.cn)
        (
            "来源:昭阳信息网 更新时间:2007-09-30 09:00 作者:任天能 责任编辑:\n9月29日,我区召开推进会。",
            "任天能",
            "任天",
        ),
        # real-pages-16 h05 (文化艺术网)
        (
            "项目集中开工 来源:文化艺术网-文化艺术报 作者:刘燕郡 时间:2022-07-06\n项目开工。",
            "刘燕郡",
            "刘燕",
        ),
        # real-pages-40 bb07 (big5.cri.cn), a traditional page
        ("對調整優化産業結構、保障改善民生福祉有著重大意義。(文/圖 吉進豐 編輯 常康睿)", "吉进丰", "吉进"),
        # real-pages-25 x04 (邵阳 news site)
        ("本网讯(文/图 肖报晓 赵保平)9月24日上午,邵阳市举行项目集中开工仪式。", "肖报晓", None),
    ],
)
def test_the_writer_of_a_byline(nlp, text, name, cut):
    got = persons(nlp, text)
    assert name in got
    assert cut not in got


def test_a_role_or_no_name_after_the_writers_mark(nlp):
    # real-pages-14 n07, real-pages-6 u08, real-pages-28 d10: a role word or 佚名 after "作者:"
    got = persons(nlp, "发布日期:2022-03-17 作者:记者 王耀宗\n本报讯 项目开工。")
    assert "王耀宗" in got and "记者" not in got
    text = "发布时间: 2023-11-28   作者: 通讯员 邰胜瑶 钟朝俊   来源: 黔东南州融媒\n项目开工。"
    got = persons(nlp, text)
    assert {"邰胜瑶", "钟朝俊"} <= got and "通讯员" not in got
    assert ("邰胜瑶", "通讯员") in posts(nlp, text)
    assert "佚名" not in persons(nlp, "黄南州河南县光伏电站开工\n作者:佚名\n来源:黄南州政府网\n电站开工。")


@pytest.mark.parametrize(
    "text",
    [
        # real-pages-40 bb12 (news.ltn.com.tw)
        "大坵橋工程興建總工程經費約5億2300萬元，內政部補助4億5700萬元，占總工程費用8成7。",
        # real-pages-25 x07, real-pages-20 l08
        "东部新城水厂项目正在紧锣密鼓建设中,已完成总工程量的95%。罗成仔细察看项目施工情况。",
    ],
)
def test_no_chief_engineer_in_a_projects_total(nlp, text):
    got = persons(nlp, text)
    assert not any(p.startswith("程") for p in got)
    assert not any(post == "总工" for _, post in posts(nlp, text))


def test_a_title_over_a_misread_name_still_stands(nlp):
    # real-pages-2 q12, real-pages-38 p12: the tagger's word runs over the title's end into the name
    text = "由行政院院長陳建仁主持,包含經濟部次長林全能,屏東縣縣長周春米,嘉義縣長翁章梁出席。"
    assert {"林全能", "翁章梁"} <= persons(nlp, text)


@pytest.mark.parametrize(
    ("text", "name", "run_on"),
    [
        # real-pages-19 k07: the last item of a list, 等 closing it
        ("贵港市领导李健龙、吴燕、杨大东、蒙家坤、蒙爱杏、甘杰刚、邓旭平等出席开工仪式。", "邓旭平", "邓旭平等"),
        # real-pages-36 x12 (中评社)
        ("發展投資策進會執行長陳怡樺與苗栗縣政府工商發展處長詹彩苹都到場與會。", "詹彩苹", "詹彩苹都"),
    ],
)
def test_a_name_run_on_into_deng_or_dou(nlp, text, name, run_on):
    got = persons(nlp, text)
    assert name in got
    assert run_on not in got


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # real-pages-40 bb08 (114.cq3a.com)
        ("此次签约聚焦“高”“新”“特”,涉及“荣昌猪、荣昌陶、荣昌夏布”特色产业、智能装备制造、食品医药等多个领域。", "夏布"),
        # real-pages-6 u05
        ("赵璟来到丹凤县黑沟河村葡萄产业园,看到“夏黑”、“阳光玫瑰”等品种晶莹剔透。", "夏黑"),
        # real-pages-31 s12
        ("要坚持把项目建设作为推动经济社会发展的不二“王炸”,掀起新一轮“大抓项目、抓大项目”热潮。", "王炸"),
        # real-pages-37 a04 (a dotted slogan)
        ("此次签约,围绕“葫芦丝之乡·康养新梁河”建设目标,打造中草药种植基地。", "乡·康"),
    ],
)
def test_no_person_in_a_short_quoted_phrase(nlp, text, word):
    assert not any(word in p or p in word for p in persons(nlp, text))


def test_a_titled_name_in_quotes_stays(nlp):
    got = persons(nlp, "“感谢市长张强的支持”,李明说。")
    assert {"张强", "李明"} <= got
