"""Session 38 (s38-lochead): the places chained at the opening of a project's or body's name
(:func:`kg.nlp.entities.town_prefix.town_openings`). A town right after the division that opens
the name is a place even where the tagger reads the town alone as an ordinary word, and a
village right after that town is one more step of the chain; each is then placed in the place
before it (``place_prefix``).

Sentences written for the test with placeholder places (no readable page names them).
"""

from __future__ import annotations

from test_relations import relations_of


def test_a_town_after_the_county_is_placed_in_the_county(nlp) -> None:
    # alone, the tagger reads the town's name as a word; the county before it makes it a place
    text = "平武县召开会议。平武县商贸镇镁制品及耐火材料深加工项目开工。"
    got = relations_of(nlp, text, "located_in")
    assert ("located_in", "商贸镇", "平武县") in got


def test_a_village_after_the_town_is_placed_in_the_town(nlp) -> None:
    got = relations_of(nlp, "平武县石桥镇祠堂村环北部湾水资源配置工程项目开工。", "located_in")
    assert ("located_in", "祠堂村", "石桥镇") in got
    assert ("located_in", "石桥镇", "平武县") in got


def test_no_village_after_the_town_gives_no_more_places(nlp) -> None:
    # a road after the town is part of the project's name, no village
    got = relations_of(nlp, "平武县石桥镇柳河大道改造工程开工。", "located_in")
    assert not any(f[1].startswith("柳河") for f in got)


def test_a_themed_town_after_the_county_is_no_place(nlp) -> None:
    got = relations_of(nlp, "平武县特色小镇文旅综合体项目开工。", "located_in")
    assert not any("小镇" in f[1] and "项目" not in f[1] for f in got)
