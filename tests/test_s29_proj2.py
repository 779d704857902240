"""Session 29 (s29-proj2): the items of a "、" list that a count of firms closes ("…、台湾华宇、大连万达
等15家知名企业", "…、郑州中泉路桥设备、大益汽车配件9家企业代表") are firms, no projects
(:mod:`kg.nlp.entities.firm_lists`, first written by s29-proj and reverted there); and a clause
"…,正式落户某市" after such a list, with no project named, places each listed firm (the project
reading had placed one item by chance). Sentences quoted from tuning pages.
"""

from __future__ import annotations

from kg.nlp.document import analyse_document


def _mentions(nlp, text: str) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for m in analyse_document(nlp, "t.txt", text).mentions:
        out.setdefault(m.label, set()).add(m.text)
    return out


def test_firms_of_a_counted_list_are_no_projects(nlp):
    # real-pages-35 w09 (hntv520.com), traditional characters as written: 臺灣華宇, 大連萬達 were projects
    # (the head-word list rule read "等…項目" further on)
    text = (
        "昨天,延慶縣一口氣與首創集團、金隅集團、首旅集團、首農集團、臺灣華宇、大連萬達等15家知名企業簽訂合作項目,"
        "引進社會資本210億元,項目涉及旅游休閑、新能源與節能環保、有機循環農業等綠色主導產業。"
    )
    found = _mentions(nlp, text)
    assert not found.get("PROJECT", set()) & {"臺灣華宇", "大連萬達"}
    assert "大連萬達" in found["ORG"]


def test_a_firms_head_office_in_a_counted_list_is_no_project(nlp):
    # real-pages-19 k04 (huzhou.021cf.cn)
    text = (
        "此次招商活动行程约2000公里,跨越长三角地区6个县市,考察拜访了威马汽车、领湃新能源、东方纺织、天虹集团总部、"
        "世邦魏理仕公司、新吉奥集团、希乐工贸、诺高家居、一品木业、无锡上机等10家企业。"
    )
    assert "天虹集团总部" not in _mentions(nlp, text).get("PROJECT", set())


def test_the_listed_firms_settle_where_the_clause_says(nlp):
    # real-pages-31 s11 (cnzsyz.com): the gold places each listed firm in 什邡市; before, only
    # 郑州中泉路桥设备 (read as a project) was placed, by the back-reference to the sentence's last project
    text = (
        "中招网讯:什邡市招商引资项目集中签约仪式在市政府第四会议室举行,四川九创投资、四川宝利丰科技、"
        "苏州塞维拉上吴电梯、苏州奥斯玛电梯、沈阳市宏远电磁线、重庆卓越科技、成都深嘉机械、郑州中泉路桥设备、"
        "大益汽车配件9家企业代表分别与副市长席建国、什邡经济开发区管委会主任李庭勇签订了项目投资协议书,正式落户什邡。"
    )
    r = analyse_document(nlp, "t.txt", text)
    placed = {
        (r.mentions[x.head].text, r.mentions[x.tail].text)
        for x in r.relations
        if x.type == "located_in" and x.tail is not None
    }
    assert "郑州中泉路桥设备" not in {m.text for m in r.mentions if m.label == "PROJECT"}
    for firm in ("成都深嘉机械", "郑州中泉路桥设备", "大益汽车配件", "沈阳市宏远电磁线"):
        assert (firm, "什邡") in placed
    # the officials' bodies after 分别与 are no items of the list
    assert not any(h.startswith("什邡经济开发区管委会") and t == "什邡" for h, t in placed)


def test_a_list_a_count_of_projects_closes_keeps_its_projects(nlp):
    # real-pages-21 m04: "等4个项目" counts projects, not firms; the items stay projects
    text = (
        "在万宁分会场,万宁前海人寿妇女儿童医院项目、东兴医院精神病区病房及院区改造项目、"
        "万宁市东和小学教学综合楼及食堂及学生宿舍项目、万宁市东澳镇凤岭村委会生产基地沙地土壤改良和配套水利设施项目"
        "等4个项目集中开工,总投资达16.09亿元。"
    )
    projects = _mentions(nlp, text).get("PROJECT", set())
    assert {"万宁前海人寿妇女儿童医院项目", "东兴医院精神病区病房及院区改造项目"} <= projects
