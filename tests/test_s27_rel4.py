"""Session 27, round 4 (s27-rel4 audit): a committee member's title (委员) gives works_for of the
body named before it, as the golds annotate it; a deputy's (代表) still does not
(positions.member_titles = ["代表"]). Real sentences of the tuning pages (each test names its page).
"""

from __future__ import annotations

import pytest
from test_s26_works_kinds import posts, works


@pytest.mark.parametrize(
    ("text", "person", "body"),
    [
        # real-pages-34 v04
        (
            "活动中,县委常委、统战部部长胡明伟主持推介会;天易经开区党工委委员、管委会副主任欧阳钧"
            "作县情、区情及项目推介。",
            "欧阳钧",
            "天易经开区党工委",
        ),
        # real-pages-31 s05
        (
            "7月9日,由湖南省人大常委会委员、省人大民侨外委主任委员石光明,省人大常委会委员、"
            "省人大民侨外委副主任委员彭清国、刘路平等组成的省人大民侨外委调研组一行深入龙山县。",
            "石光明",
            "湖南省人大常委会",
        ),
    ],
)
def test_a_committee_member_works_for_the_body(nlp, text, person, body):
    assert (person, body) in works(nlp, text)


def test_a_member_and_chairman_of_a_committee_works_for_it(nlp):
    # real-pages-31 s05: 主任委员 ends with 委员 and was refused with it
    text = (
        "7月9日,由湖南省人大常委会委员、省人大民侨外委主任委员石光明,省人大常委会委员、"
        "省人大民侨外委副主任委员彭清国、刘路平等组成的省人大民侨外委调研组一行深入龙山县。"
    )
    got = works(nlp, text)
    assert ("石光明", "省人大民侨外委") in got
    assert ("彭清国", "省人大民侨外委") in got


def test_a_deputy_still_does_not_work_for_the_assembly(nlp):
    # the refusal kept for 代表 (tests/test_relations.py has the 全国人大代表 form)
    text = "十四届全国人大三次会议期间,全国人大代表、大同市委书记张强表示,大同将加速构建现代化产业体系。"
    got = works(nlp, text)
    assert ("张强", "大同市委") in got
    assert not any(body == "全国人大" for _, body in got)
    assert ("张强", "全国人大代表") in posts(nlp, text)


def test_a_senior_member_title_does_not_leave_its_first_word_in_the_body(nlp):
    # real-pages-24 w08: 高级 is the post's qualifier (positions.title_qualifiers); the tagger
    # ran the body on to "…南区办事处高级"
    text = (
        "會中邀請行政院全球聯合招商服務中心執行長嚴重光、中華民國對外貿易投資協會南區辦事處高級委員洪耀騰、"
        "工業技術研究院南分院副主任戴友煉等貴賓共同揭牌。"
    )
    assert not any(body.endswith(("高级", "高級")) for _, body in works(nlp, text))
    assert ("洪耀腾", "高级委员") in posts(nlp, text)
    assert ("严重光", "行政院全球联合招商服务中心") in works(nlp, text)
