"""Reporters of outlets named apart from their title (s19-outlets2, issue 14): a dateline opened
by two outlets joined by a dash or a middle dot ("某某网-某某日报讯(记者 X)", "某某网·某某新闻某地
11月28日讯(记者 X)") names both and its reporter works for the paper, or for the site whose
channel the second is; a byline line that opens with the outlet apart from the reporter ("某某报／
记者X／某地报导", "某某网 某某APP 记者 X", "某某日报 X" alone on its line) gives works_for the
outlet. Sentences and names invented for these tests."""

from __future__ import annotations

import pytest
from test_joined_outlets import orgs
from test_relations import facts


@pytest.mark.parametrize(
    ("text", "outlets", "reporter", "employer"),
    [
        (
            "  溪北网·青岚新闻济南5月8日讯(记者 陈立伟)5月8日下午,青岚县委书记冯晓安到工业园区走访企业。",
            ["溪北网", "青岚新闻"],
            "陈立伟",
            "溪北网",
        ),
        (
            "溪南零距离网-溪南日报讯(记者 赵明轩)5月25日,副市长冯晓安到青岚县调研工业运行。",
            ["溪南零距离网", "溪南日报"],
            "赵明轩",
            "溪南日报",
        ),
    ],
)
def test_a_dateline_opened_by_two_outlets(nlp, text, outlets, reporter, employer):
    assert set(outlets) <= orgs(nlp, text)
    assert ("works_for", reporter, employer) in facts(nlp, text)


@pytest.mark.parametrize(
    ("text", "reporter", "outlet"),
    [
        (
            "青岚县召开项目推进会\n溪南晚報／ 記者陳立偉／青岚即時報導\n青岚县县长冯晓安今天在会上说明重点施政。",
            "陈立伟",
            "溪南晚报",
        ),
        ("青岚县召开项目推进会\n  溪南在线 云帆APP 记者 赵明轩\n5月8日,青岚县召开项目推进会。", "赵明轩", "溪南在线"),
        ("青岚县工业园区扩区动工\n溪南日报 陈立伟\n5月8日,青岚县工业园区扩区动工。", "陈立伟", "溪南日报"),
    ],
)
def test_a_byline_line_that_opens_with_its_outlet(nlp, text, reporter, outlet):
    assert ("works_for", reporter, outlet) in facts(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # a correspondent after the reporter works for no outlet of the dateline
        "溪南零距离网-溪南日报讯(记者 赵明轩 通讯员 陈立伟)5月25日,青岚县召开项目推进会。",
        # a line that goes on after the name is no byline
        "青岚县工业园区扩区动工\n溪南日报 陈立伟 冯晓安等领导出席\n5月8日,青岚县工业园区扩区动工。",
    ],
)
def test_no_outlet_for_correspondents_or_running_lines(nlp, text):
    assert not any(f[0] == "works_for" and f[1] == "陈立伟" for f in facts(nlp, text))


def test_a_place_before_the_dot_is_no_second_outlet(nlp):
    text = "中国·溪南网5月8日讯 5月8日,青岚县召开项目推进会。"
    assert "中国" not in orgs(nlp, text)


def test_an_outlet_ending_in_a_word_before_the_place_of_its_dateline(nlp):
    text = "  青岚在线重庆频道消息(记者 陈立伟):5月8日,青岚县举行项目签约仪式。"
    assert "青岚在线" in orgs(nlp, text)
    assert ("works_for", "陈立伟", "青岚在线") in facts(nlp, text)
