"""``home_city`` and groups (s33-homecity): a group ("某某集团") that a sentence about the paper's
city names (visiting, investing, hosting a venue) has seats in many places, and the frame does
not place it in the city; its own clause can ("某某集团落户我市", "某某集团是我市…企业"). At
session 33's base the rule gave 8 such facts over every readable set: 6 false (6 pages, 6 sites),
2 right, both of the stated kind. Sentences written with a made-up name (华川, on no readable page).
"""

from __future__ import annotations

from conftest import located_pairs


def _located(nlp, text: str, home_city: str) -> set[tuple[str, str]]:
    return located_pairs(nlp, text, home_city, admin_names=True)


def test_a_group_the_city_frames_is_not_placed_there(nlp):
    got = _located(
        nlp,
        "昨日,我市重大项目集中开工仪式举行,华川集团总裁致辞。我市对华川集团、华川能源各位企业家到我市考察表示欢迎。",
        "巴中市",
    )
    assert ("华川集团", "巴中市") not in got


def test_a_firm_the_city_frames_is_still_placed_there(nlp):
    got = _located(nlp, "行走在我市各产业园区,在华川新能源汽车有限公司总装车间内,生产线高速运转。", "巴中市")
    assert ("华川新能源汽车有限公司", "巴中市") in got


def test_a_group_its_clause_puts_in_the_city_stays(nlp):
    got = _located(nlp, "继世界500强企业华川集团落户我市以来,今天我们又引进了一批知名企业。", "巴中市")
    assert ("华川集团", "巴中市") in got
    got = _located(nlp, "华川集团是我市集种、养、加为一体的大型农业开发企业,发展前景良好。", "巴中市")
    assert ("华川集团", "巴中市") in got
