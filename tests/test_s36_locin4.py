"""``park_list`` (s36-locin4): a list of companies closed by 等…企业 lies in the park written right
before it and joined to it (的, 及其, 内的, an inspecting verb), or in the park the article named
last where only a park's kind stands for it (a visit to 开发区, a closer 等园区…企业). Sentences
written in the shape of county news pages of the ``pages`` corpus (an official's visit to a park's
firms), with invented firm and park names."""

from __future__ import annotations

from conftest import located_pairs

FIRMS = ("恒川新材料有限公司", "瑞丰食品有限公司")


def test_a_park_and_its_firms_joined_by_jiqi(nlp):
    got = located_pairs(
        nlp,
        "10月27日,副市长一行深入青岭工业园及其恒川新材料有限公司、瑞丰食品有限公司等企业调研,详细了解企业发展情况。",
    )
    for firm in FIRMS:
        assert (firm, "青岭工业园") in got


def test_a_parks_firms_after_de(nlp):
    got = located_pairs(
        nlp,
        "县长一行调研了青岭工业园的恒川新材料有限公司、瑞丰食品有限公司等企业,听取复工情况汇报。",
    )
    for firm in FIRMS:
        assert (firm, "青岭工业园") in got


def test_a_visit_to_a_parks_kind_alone_means_the_park_the_article_named(nlp):
    got = located_pairs(
        nlp,
        "青岭经济开发区今年新签约项目12个。随后,副市长一行还来到开发区参观了恒川新材料有限公司和"
        "瑞丰食品有限公司等企业。",
    )
    for firm in FIRMS:
        assert (firm, "青岭经济开发区") in got


def test_a_closer_naming_the_parks_kind(nlp):
    got = located_pairs(
        nlp,
        "青岭工业园区是全县工业发展的主阵地。县长先后来到县供电公司等单位,以及恒川新材料有限公司、"
        "瑞丰食品有限公司等园区规模生产企业,详细了解生产运营情况。",
    )
    for firm in FIRMS:
        assert (firm, "青岭工业园区") in got


def test_a_list_no_park_is_joined_to_stays_unplaced(nlp):
    # the park is named, but the list of firms is not joined to it: the firms may lie anywhere
    got = located_pairs(
        nlp,
        "青岭工业园区今年新签约项目12个。座谈会上,县长听取了恒川新材料有限公司、瑞丰食品有限公司等重点企业的意见建议。",
    )
    for firm in FIRMS:
        assert (firm, "青岭工业园区") not in got


def test_a_list_after_a_firms_de_is_not_the_parks(nlp):
    # 的 after a company, not a park: "某集团的A、B等企业" are the group's, not a park's
    got = located_pairs(
        nlp,
        "青岭工业园区今年新签约项目12个。会上,青川控股集团的恒川新材料有限公司、瑞丰食品有限公司等企业作了交流发言。",
    )
    for firm in FIRMS:
        assert (firm, "青岭工业园区") not in got
