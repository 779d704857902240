"""Session 34 (s34-orgent): a school, library or museum that opens a project's name is no body.

"某某小学|扩建工程", "某县图书馆|改造", "某某中小学|新校", "某市某某小学|教学综合楼及食堂…项目": the
project builds at the facility, and the golds score no such name an organisation (optional where
annotated), whatever the rest of the project's name (``org.built_facility_schools`` in
:func:`kg.nlp.entities.prefixes.built_facility`). A hospital keeps its body before more than a bare
project head, and a firm before its project names the investor. Names and sentences invented for
these tests (某某 placeholders).
"""

from __future__ import annotations

from test_entities import mentions

from kg.nlp.entities.candidate import Candidate
from kg.nlp.entities.prefixes import built_facility


def _orgs(text: str) -> set[str]:
    return {t for t, label in mentions(text) if label == "ORG"}


def _pair(text: str, inner: str, outer: str) -> tuple[Candidate, Candidate]:
    start = text.index(outer)
    x = Candidate(start, start + len(inner), "ORG", "head_words", 0.9)
    c = Candidate(start, start + len(outer), "PROJECT", "head_words", 0.9)
    return x, c


def test_a_school_opening_its_projects_name_is_no_body_whatever_the_rest() -> None:
    for inner, rest in (
        ("某某县城关小学", "扩建工程"),
        ("某某县图书馆", "改造"),
        ("某某中小学", "新校"),
        ("某某市某某小学", "教学综合楼及食堂项目"),
        ("某某區圖書館", "整建工程"),
    ):
        text = f"此次集中开工的项目有{inner}{rest}等。"
        x, c = _pair(text, inner, inner + rest)
        assert built_facility(text, x, c), inner


def test_other_facilities_keep_the_bare_rest_test() -> None:
    # guard: a hospital with more than a bare project head stays a body ("某县中医院|新建项目")
    text = "某某县中医院新建项目当天开工。"
    assert not built_facility(text, *_pair(text, "某某县中医院", "某某县中医院新建项目"))
    # guard: a firm before its project names the investor
    text = "某某新材料有限公司扩建项目开工。"
    assert not built_facility(text, *_pair(text, "某某新材料有限公司", "某某新材料有限公司扩建项目"))
    # the bare head after a centre still names the facility only (as before)
    text = "某某康养中心项目开工。"
    assert built_facility(text, *_pair(text, "某某康养中心", "某某康养中心项目"))


def test_the_pipeline_reads_no_school_body_in_a_list_of_projects() -> None:
    text = "一批重大项目包括某某第二再生水厂、青禾湾小学扩建工程、岚溪县图书馆改造等,均具有较强的影响力。"
    assert not {"青禾湾小学", "岚溪县图书馆"} & _orgs(text)


def test_a_school_named_on_its_own_stays_a_body() -> None:
    # guard: only the opening of a project's name is read as the site; a school that acts is a body
    assert "青禾湾小学" in _orgs("青禾湾小学校长王某某介绍了学校的办学情况。")
