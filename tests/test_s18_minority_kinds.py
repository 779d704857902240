"""Session 18 (s18-minority): minority and transliterated persons' names whose parts a dot joins
(·, •, ‧, ・, ．or "."), read whole where the tagger splits them, and one person however the dot
is written; a prefecture's party committee and administrative office (地委, 行署) written before
a title. Invented names of the kind; none is a gold set's."""

from __future__ import annotations

import json

from conftest import recognised, run_kg_build
from test_relations import facts

from kg.resolve.keys import person_key_name


def test_a_name_cut_inside_its_second_part_is_read_whole() -> None:
    # LAC: "买买/v|提江•阿不/PER|都/d|卡地尔/PER": two fragments, the title holding the first
    found = recognised("县委副书记、县长买买提江•阿不都卡地尔主持会议并讲话。", "PERSON")
    assert "买买提江•阿不都卡地尔" in found
    assert not found & {"卡地尔", "提江•阿不"}


def test_a_plain_full_stop_between_the_parts_joins_them() -> None:
    # "叶尔波拉提/PER|./w|吐尔森/v|别克/ORG": the first part alone, the second an organisation
    found = recognised("村党支部书记叶尔波拉提.吐尔森别克表示,要把牧业做好。", "PERSON")
    assert found == {"叶尔波拉提.吐尔森别克"}
    assert "别克" not in recognised("村党支部书记叶尔波拉提.吐尔森别克表示,要把牧业做好。", "ORG")


def test_a_full_stop_between_two_sentences_joins_no_names() -> None:
    # the guard: Chinese names on both sides of a "." are two persons, not one
    found = recognised("会议由县长张伟主持.李强出席。", "PERSON")
    assert found == {"张伟", "李强"}


def test_a_dot_between_a_country_and_a_county_is_no_person() -> None:
    # the guard: no person's word of the tagger around the dot
    assert recognised("2024中国·伽师县第三届甜瓜文化节开幕。", "PERSON") == set()


def test_one_person_whatever_dot_the_page_writes() -> None:
    assert person_key_name("库尔班·吐拉克") == person_key_name("库尔班•吐拉克") == person_key_name("库尔班.吐拉克")
    assert person_key_name("张伟") == "张伟"


def test_a_name_written_with_two_dots_in_one_article_is_one_entity(tmp_path) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "a.txt").write_text(
        "行署专员库尔班·吐拉克陪同调研。\n\n随后，库尔班•吐拉克来到阿依村，实地察看核桃种植情况。\n",
        encoding="utf-8",
    )
    r = run_kg_build(pages, tmp_path / "out")
    assert r.returncode == 0, r.stderr
    ents = [json.loads(line) for line in (tmp_path / "out" / "entities.jsonl").read_text(encoding="utf-8").splitlines()]
    persons = [e for e in ents if e["type"] == "PERSON"]
    assert len(persons) == 1, persons
    assert {m["text"] for m in persons[0]["mentions"]} == {"库尔班·吐拉克", "库尔班•吐拉克"}


def test_a_prefecture_committee_and_office_before_titles(nlp) -> None:
    got = facts(nlp, "阿勒泰地区地委书记王某新、行署专员库尔班·吐拉克陪同调研。")
    assert ("works_for", "王某新", "阿勒泰地区地委") in got
    assert ("works_for", "库尔班·吐拉克", "行署") in got
    assert ("holds_position", "库尔班·吐拉克", "专员") in got


def test_a_league_committee_member_works_for_it_beside_the_office(nlp) -> None:
    got = facts(nlp, "盟委委员、行署副盟长赵某强出席。")
    assert {("works_for", "赵某强", "盟委"), ("works_for", "赵某强", "行署")} <= got


def test_a_bare_office_word_without_a_title_is_no_body() -> None:
    # the guard: 行署 is read as a body only right before a title
    assert "行署" not in recognised("这座城市曾是行署所在地。", "ORG")
