"""Projects, session 25 project round of issue 14 (benchmarks/audits/s25-proj).

A programme's batch of projects is no project: a batch's ordinal before the name, opening it or
after it ("某县第三批|“某某”项目集中开工", "前|三批某某区建设项目", "某某试验区建设项目|(第四批)集中开工":
real-pages-18, -21, -23); completed projects are counted as started ones ("某某新城开工竣工项目达42个").
A capacity per day stays in a project's name as one per year does ("4500t/d新型干法熟料水泥生产线项目":
the tagger reads "4500t|/|d"; real-pages-7, -12). Sentences of each kind, names invented."""

from __future__ import annotations

import pytest
from conftest import recognised

from kg.learn.spans import LearnedSpan
from kg.nlp.entities.learned import combine


def projects(text: str) -> set[str]:
    return recognised(text, "PROJECT")


@pytest.mark.parametrize(
    "text",
    [
        "4月9日上午,榆溪县举行2021年第二批“稳就业促发展”项目集中开工仪式。",
        "全省各市县统一举行青岚湾兴业新区建设项目(第五批)集中开工和签约仪式。",
        "在稳步推动前三批兴业新区建设项目集中开工的基础上,今天又迎来第四批。",
        "临川新港开工竣工项目达36个,投资总额达98.2亿元。",
    ],
)
def test_a_batch_or_a_class_of_completed_projects_is_no_project(text: str) -> None:
    assert projects(text) == set()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a project named in a batch's ceremony is one still
        (
            "榆溪县第二批重点项目集中开工仪式在瑞丰建材年产30万吨新型墙材项目现场举行。",
            "瑞丰建材年产30万吨新型墙材项目",
        ),
        # a park followed by its batch of firms is no batch of projects
        ("碧溪金禾电子产业园第二批入园企业签约。", "碧溪金禾电子产业园"),
    ],
)
def test_a_named_project_beside_a_batch_stays(text: str, name: str) -> None:
    assert name in projects(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("副经理对6000t/d新型干法熟料水泥生产线项目规划作了汇报。", "6000t/d新型干法熟料水泥生产线项目"),
        ("瑞丰建材120万吨/年焦炉干熄焦改造工程开工。", "瑞丰建材120万吨/年焦炉干熄焦改造工程"),
    ],
)
def test_a_capacity_per_day_stays_in_the_name(text: str, name: str) -> None:
    got = projects(text)
    assert name in got
    assert not any(n != name and n in name for n in got)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "青峰建材公司签约投资兴建3000t/d旋窑水泥生产线暨6MW余热发电站技改项目,这是该县的重要成果。",
            "3000t/d旋窑水泥生产线暨6MW余热发电站技改项目",
        ),
        (
            "开发区的碧源新材原料药生产暨国际研发产业园项目、锦川镇的清洁储能项目等项目。",
            "碧源新材原料药生产暨国际研发产业园项目",
        ),
    ],
)
def test_ji_joins_two_parts_of_one_project(text: str, name: str) -> None:
    got = projects(text)
    assert name in got
    assert not any(n != name and n in name for n in got)


@pytest.mark.parametrize(
    "text",
    [
        # an event joined by 暨 to a project's own groundbreaking: the project starts after 暨
        "松岭县举行2024年春季重点项目集中开工暨锦川国际家居建材工业园项目开工仪式。",
        # two projects' heads on either side of 暨: two things
        "松岭县一季度重点项目暨华辰原药项目集中开工动员会召开。",
    ],
)
def test_ji_after_an_event_or_a_project_joins_no_name(text: str) -> None:
    got = projects(text)
    assert not any("暨" in n for n in got)


def test_a_figure_after_the_name_does_not_take_qizhong() -> None:
    got = projects("临港片区开工项目达42个,其中华辰石化PTA项目总投资超37亿元,本月正式投产。")
    assert "华辰石化PTA项目" in got
    assert not any(n.startswith("其中") for n in got)


def test_the_learned_tagger_adds_no_batch_of_projects() -> None:
    text = "榆溪县举行2021年第二批“稳就业促发展”项目集中开工仪式。"
    a, b = text.index("“"), text.index("项目") + 2
    spans = [LearnedSpan(a, b, "PROJECT", 0.99)]
    assert [c for c in combine(text, [], [], spans) if c.label == "PROJECT"] == []
    # the same span with no batch beside it is added
    plain = "榆溪县举行“稳就业促发展”项目集中开工仪式。"
    a, b = plain.index("“"), plain.index("项目") + 2
    got = combine(plain, [], [], [LearnedSpan(a, b, "PROJECT", 0.99)])
    assert [(c.start, c.end) for c in got] == [(a, b)]
