"""Session 27's works_for / holds_position / PERSON kinds (s27-works audit), on real sentences of
the tuning pages (each test names its page):

- a three-character name the tagger cut before its last character, that character read as a verb
  before a report's act ("主任|傅自/PER|应/v|出席", "总裁|卢敏/PER|放/v|致辞": person.final_chars) or
  fused with the 等 closing a "、" list before the list's verb ("、|刘路/PER|平等/ad|组成");
- a name the tagger ran on into the first character of the verb after it ("梁君作/PER|汇报",
  "马波作主/PER|发布", "李彦莅鼎/PER|开展": person.run_on_verbs);
- a prefecture's body written with the bare level word 州 before a title ("州|政府|副州长X",
  "州人大常委会/n|副主任X"): org.title_body_levels;
- compound titles the lexicon lacked, whose tail alone left a word between the body and the post
  ("某某公司行政总裁X", "某某有限公司董事总经理X"), and the customs head's 关长.
"""

from __future__ import annotations

import pytest
from test_names_round4 import persons_of
from test_s26_works_kinds import posts, works

# --------------------------------------------------------------------------- names cut before a last character


@pytest.mark.parametrize(
    ("text", "whole", "cut", "body"),
    [
        # real-pages-32 t02
        (
            "1月8日晚,中央政府駐澳門聯絡辦公室主任傅自應出席澳門廠商聯合會(以下簡稱“廠商會”)"
            "成立60周年會慶暨第三十三屆理監事就職典禮。",
            "傅自应",
            "傅自",
            "中央政府驻澳门联络办公室",
        ),
        # real-pages-28 d07
        (
            "市委副书记、市长、和林格尔新区党工委书记贺海东出席并讲话,蒙牛集团总裁卢敏放致辞,"
            "市委常委、常务副市长刘程民通报全市重大项目建设情况,副市长毕国臣主持。",
            "卢敏放",
            "卢敏",
            "蒙牛集团",
        ),
    ],
)
def test_a_name_cut_before_a_last_character_read_as_a_verb(nlp, text, whole, cut, body):
    found = persons_of(nlp, text)
    assert whole in found and cut not in found
    assert (whole, body) in works(nlp, text)


def test_the_last_name_of_a_list_fused_with_its_closing_deng(nlp):
    # real-pages-31 s05
    text = (
        "7月9日,由湖南省人大常委会委员、省人大民侨外委主任委员石光明,省人大常委会委员、"
        "省人大民侨外委副主任委员彭清国、刘路平等组成的省人大民侨外委调研组一行深入龙山县。"
    )
    found = persons_of(nlp, text)
    assert {"彭清国", "刘路平"} <= found and "刘路" not in found
    assert ("刘路平", "副主任委员") in posts(nlp, text)


def test_a_list_closed_by_deng_keeps_its_two_character_names(nlp):
    # real-pages-16 h05: the list's last name and 等 are two words; nothing is fused
    text = (
        "在家县级领导魏国、韩秀晋、贺若玉、朱海涛、王政瑞、邢波、寇俊仁、李旭东、薛永升、张子君、王娜、宋琦辉、"
        "张治斌、杜峰等出席开工仪式。"
    )
    found = persons_of(nlp, text)
    assert {"邢波", "王娜", "杜峰"} <= found
    assert not any(p.endswith("等") for p in found)


# --------------------------------------------------------------------------- names run on into a verb


@pytest.mark.parametrize(
    ("text", "name", "run_on"),
    [
        # real-pages-31 s05 (a line of its own: a picture's caption)
        ("县委副书记、县长梁君作汇报", "梁君", "梁君作"),
        # real-meet3 a04
        (
            "首場新聞發布會由省委副秘書長、省委辦公廳主任、省委新聞發言人馬波作主發布,"
            "省發展改革委主任唐利民、省委政研室副主任吳成鋼參與發布。",
            "马波",
            "马波作主",
        ),
        # real-pages-21 m10
        (
            "福鼎新闻网讯(吴小翠)近日,宁德市委常委、市政府党组副书记李彦莅鼎开展“四下基层”活动暨"
            "投资工作专项调研督导。福鼎市委书记林青,市委副书记、市长周春海,市委常委、常务副市长庄超和,"
            "副市长洪荣参加调研。\n李彦一行实地察看佳阳畲族乡象洋村安置地项目。",
            "李彦",
            "李彦莅鼎",
        ),
    ],
)
def test_a_name_run_on_into_a_verb(nlp, text, name, run_on):
    found = persons_of(nlp, text)
    assert name in found and run_on not in found


def test_a_name_run_on_into_a_verb_keeps_its_posts(nlp):
    # real-pages-31 s05
    text = "县委副书记、县长梁君作汇报"
    assert ("梁君", "县委") in works(nlp, text)
    assert ("梁君", "县长") in posts(nlp, text)


# --------------------------------------------------------------------------- 州 bodies


@pytest.mark.parametrize(
    ("text", "person", "body"),
    [
        # real-pages-10 y09
        (
            "州政协主席朱建斌,州委常委、州委秘书长靳汝柏,州人大常委会副主任、祥云县委书记王正林,"
            "州政府副州长字德海、秘书长施双林等出席开工仪式。",
            "字德海",
            "州政府",
        ),
        # real-pages-28 d10
        (
            "黄南州人民政府副州长朱小青,州政协副主席公保,州政府秘书长杜会锋,以及西北勘察设计院、"
            "省电力公司、黄河水电公司、州政府有关部门和河南县委、县政府负责同志及有关乡村干部群众代表参加开工仪式。",
            "杜会锋",
            "州政府",
        ),
        # real-pages-31 s05
        (
            "7月9日,由湖南省人大常委会委员、省人大民侨外委主任委员石光明,省人大常委会委员、"
            "省人大民侨外委副主任委员彭清国、刘路平等组成的省人大民侨外委调研组一行深入龙山县,"
            "开展工业集中区和龙凤示范区工作情况专题调研州人大常委会副主任吴凌频陪同调研。",
            "吴凌频",
            "州人大常委会",
        ),
    ],
)
def test_a_prefectures_body_written_with_the_bare_level_word(nlp, text, person, body):
    assert (person, body) in works(nlp, text)


def test_each_prefecture_body_keeps_its_own_holder(nlp):
    # real-pages-10 y09: the level word opens each body of the list, not one body for all
    text = (
        "州政协主席朱建斌,州委常委、州委秘书长靳汝柏,州人大常委会副主任、祥云县委书记王正林,"
        "州政府副州长字德海、秘书长施双林等出席开工仪式。"
    )
    got = works(nlp, text)
    assert {("朱建斌", "州政协"), ("王正林", "州人大常委会"), ("字德海", "州政府")} <= got
    assert ("朱建斌", "州政府") not in got and ("王正林", "州政府") not in got


# --------------------------------------------------------------------------- compound titles


@pytest.mark.parametrize(
    ("text", "person", "body", "post"),
    [
        # real-pages-15 g09
        (
            "夏寶龍主任在李家超、文化體育及旅遊局局長羅淑佩、海洋公園公司董事局主席龐建貽和"
            "海洋公園公司行政總裁黃嗣輝陪同下考察海洋公園。",
            "黄嗣辉",
            "海洋公园公司",
            "行政总裁",
        ),
        # real-pages (p07)
        (
            "澳门悦禾海洋产业发展有限公司董事总经理林霖表示:“选择江门台山,是因为这里自然环境优越、营商环境好。”",
            "林霖",
            "澳门悦禾海洋产业发展有限公司",
            "董事总经理",
        ),
        # real-pages-32 t02
        (
            "並與澳門特區行政長官賀一誠、澳門特區政府經濟財政司司長李偉農、澳門海關關長黃文忠、"
            "澳門中華總商會會長馬有禮等共同主禮。",
            "黄文忠",
            "澳门海关",
            "关长",
        ),
    ],
)
def test_a_compound_title_keeps_its_body(nlp, text, person, body, post):
    assert (person, body) in works(nlp, text)
    assert (person, post) in posts(nlp, text)
    assert (person, post[2:]) not in posts(nlp, text)  # not the tail alone ("总裁", "总经理", "长")
