"""Session 25 (s25-place): false places the tuning pages showed in general shapes.

* The tagger's place word right after a post is the holder's name ("副主任|某楞塔/LOC|宣布",
  "总经理|都/d|某东/LOC", "副县长|籍/n|某利/LOC"): no place, and a person where the name is whole
  before an act or its surname is one of surnames.txt (:mod:`kg.nlp.entities.held_posts`).
* A byline's manner of reporting is no dateline place ("記者某某/綜合報導", "某地|即時報導").
* Words for the people of a place are no place ("某某老乡", "新乡贤"), and a town does not end
  inside one ("某某乡|亲联谊会"): ``place.people_words``.
"""

from __future__ import annotations

from kg.nlp.entities.candidate import Candidate
from kg.nlp.entities.plausible import plausible
from kg.nlp.entities.statistical import statistical_candidates
from kg.nlp.entities.town_prefix import town_opening
from kg.nlp.words import words_of


def _found(pairs: list[tuple[str, str]]) -> set[tuple[str, str]]:
    words = words_of(pairs)
    text = "".join(w for w, _ in pairs)
    return {(text[c.start : c.end], c.label) for c in statistical_candidates(words)}


def test_name_after_post_before_act_is_person() -> None:
    found = _found([("副主任", "n"), ("甲楞塔", "LOC"), ("宣布", "v"), ("开工", "v"), ("。", "w")])
    assert ("甲楞塔", "PERSON") in found
    assert ("甲楞塔", "PLACE") not in found


def test_surname_read_apart_after_post() -> None:
    found = _found([("公司", "n"), ("总经理", "n"), ("都", "d"), ("乙东", "LOC"), ("热情", "ad"), ("接待", "v")])
    assert ("都乙东", "PERSON") in found
    assert not any(label == "PLACE" for _, label in found)


def test_unknown_surname_after_post_is_no_place() -> None:
    found = _found([("副县长", "n"), ("籍", "n"), ("丙利", "LOC"), ("，", "w"), ("部门", "n")])
    assert not any(label == "PLACE" for _, label in found)
    assert ("籍丙利", "PERSON") not in found  # 籍 is no surname of surnames.txt: left alone


def test_division_after_post_stays_place() -> None:
    # the guard: a division of the gazetteer right after a title word is still a place
    found = _found([("市长", "n"), ("大同市", "LOC"), ("考察", "v")])
    assert ("大同市", "PLACE") in found
    assert not any(label == "PERSON" for _, label in found)


def test_place_after_preposition_is_not_taken_for_holder() -> None:
    found = _found([("副县长", "n"), ("在", "p"), ("灵丘县", "LOC"), ("调研", "v")])
    assert ("灵丘县", "PLACE") in found
    assert not any(label == "PERSON" for _, label in found)


def test_people_of_a_place_are_no_place() -> None:
    assert not plausible("甲乙老乡", Candidate(0, 4, "PLACE", "head_words", 0.5))
    assert not plausible("支持新乡贤", Candidate(2, 5, "PLACE", "statistical", 0.6))
    # the guard: the town itself stays
    assert plausible("丁戊乡", Candidate(0, 3, "PLACE", "head_words", 0.5))


def test_town_does_not_end_inside_people_word() -> None:
    assert town_opening("甲乙乡亲联谊会") is None
    assert town_opening("丁戊乡农业专业合作社") == 3


def test_dateline_manner_is_no_place() -> None:
    from kg.nlp.entities.bylines import dateline_candidates

    text = "記者甲某某/綜合報導 記者乙某某/丁戊即時報導"
    found = [(text[c.start : c.end], c.label) for c in dateline_candidates(text)]
    assert ("綜合", "PLACE") not in found
    assert ("丁戊即時", "PLACE") not in found
    assert ("丁戊", "PLACE") in found  # the place before the live report's word stays


def test_short_form_after_post_before_act_is_no_person() -> None:
    # the guard: a division's short form right after a title and before an act stays a place
    found = _found([("市委书记", "n"), ("深圳", "LOC"), ("调研", "v")])
    assert ("深圳", "PERSON") not in found
