"""A person's name or a title's first characters read as a place before a title (s36-placeword).

"王县长" (Mr Wang the county head) read as 王县, "名誉村主任" as 名誉村, "分管县领导" as 管县, and
"区长王某某 … 某某区长" as 某某区: the level word is the title's. Placeholder names (甲乙) and
common surnames only; the cases the rule must leave alone are a division the gazetteer holds before
its head's title and a name before a title the page gives no person for.
"""

from __future__ import annotations

from kg.nlp.entities.candidate import Candidate
from kg.nlp.entities.plausible import plausible


def _place(text: str, name: str, nth: int = 0) -> bool:
    """Whether the ``nth`` occurrence of ``name`` in ``text`` may stand as a place."""
    at = -1
    for _ in range(nth + 1):
        at = text.index(name, at + 1)
    return plausible(text, Candidate(at, at + len(name), "PLACE", "statistical", 0.6))


def test_a_surname_before_a_head_title_is_no_place() -> None:
    assert not _place("看到这些问题,王县长立即同意动支经费。", "王县")
    assert not _place("随后,李镇长到乡公所听取陈情。", "李镇")


def test_the_opening_of_a_longer_title_is_no_place() -> None:
    assert not _place("37位企业家被聘为名誉村主任。", "名誉村")


def test_a_word_before_a_group_title_is_no_place() -> None:
    assert not _place("听取了分管县领导的情况汇报。", "管县")


def test_a_given_name_the_page_names_after_the_same_title_is_no_place() -> None:
    text = "区长王甲乙出席。副主席在甲乙区长的陪同下参观。"
    assert not _place(text, "甲乙区")


def test_a_division_before_its_head_title_stays() -> None:
    assert _place("和县长表示,项目年底投产。", "和县")  # 和县 is a county of the gazetteer
    assert _place("南投县长表示,园区明年启用。", "南投县")


def test_a_name_before_a_title_without_a_named_person_stays() -> None:
    assert _place("甲乙区长表示,项目年底投产。", "甲乙区")
    assert _place("甲乙区位于某市东部。", "甲乙区")
