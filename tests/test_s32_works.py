"""Session 32's works_for round (s32-works audit), on real lines of the tuning pages (each test
names its page).

A zone's head written with the title right after the zone ("某某经济开发区主任X", "县工业园区主任X",
"县经济开发区常务副主任X"): the zone (a PLACE) is the post's body and the head works for it
(kg/nlp/relations/zone_posts.py). A district's or a town's head and a zone's party committee keep
their own bodies.
"""

from __future__ import annotations

import pytest
from test_s26_works_kinds import posts, works


@pytest.mark.parametrize(
    ("text", "person", "zone"),
    [
        # real-pages-35 w03 (nhcl.com.cn)
        (
            "签约仪式上,海城市集中签约1个项目,由腾鳌经济开发区主任王渊与山东泰利新能源科技有限公司总经理"
            "周伟签约年产6万吨N-甲基吡咯烷酮、γ-丁内酯系列产品项目。",
            "王渊",
            "腾鳌经济开发区",
        ),
        # dev-real tune r09 (zcrmt.net)
        (
            "4月6日,子长县委书记谢延明,县委副书记、县长雷兴平,副县长李宏宇,县工业园区主任杜永安及其相关人员陪同。",
            "杜永安",
            "县工业园区",
        ),
        # dev-real tune r05 (fynews.gov.cn): a park the tagger reads as a PROJECT, and one as a PLACE
        (
            "县领导米德成、何开春、钱家广、仲卫东、时金发、吴守连、张昊,苏商(凤阳)科技产业园负责人颜霏、"
            "浙商(凤阳)工业园负责人方文龙等客商代表,凤阳县工业园、凤阳硅工业园、凤阳宁国现代产业园以及"
            "县直有关单位、有关乡镇的主要负责人,出席集中签约仪式。",
            "颜霏",
            "(凤阳)科技产业园",
        ),
        (
            "县领导米德成、何开春、钱家广、仲卫东、时金发、吴守连、张昊,苏商(凤阳)科技产业园负责人颜霏、"
            "浙商(凤阳)工业园负责人方文龙等客商代表,凤阳县工业园、凤阳硅工业园、凤阳宁国现代产业园以及"
            "县直有关单位、有关乡镇的主要负责人,出席集中签约仪式。",
            "方文龙",
            "(凤阳)工业园",
        ),
        # dev-real tune r07 (cm.hczyw.com)
        (
            "县委常委、县委办公室主任王景美,县经济开发区常务副主任胡怀权,山东常林集团董事长张义华陪同。",
            "胡怀权",
            "县经济开发区",
        ),
    ],
)
def test_a_zones_head_works_for_the_zone(nlp, text, person, zone):
    got = works(nlp, text)
    assert any(p == person and z.endswith(zone) for p, z in got), got


def test_the_zones_head_keeps_his_post_and_the_list_its_other_bodies(nlp):
    # real-pages-35 w03: the firm's manager after 与 works for the firm, not the zone
    text = (
        "签约仪式上,海城市集中签约1个项目,由腾鳌经济开发区主任王渊与山东泰利新能源科技有限公司总经理"
        "周伟签约年产6万吨N-甲基吡咯烷酮、γ-丁内酯系列产品项目。"
    )
    assert ("王渊", "主任") in posts(nlp, text)
    got = works(nlp, text)
    assert ("周伟", "山东泰利新能源科技有限公司") in got
    assert not any(p == "周伟" and z.endswith("开发区") for p, z in got)


def test_a_zones_party_committee_stays_the_body(nlp):
    # real-pages-19 k04: the committee named with the zone is the body, not the zone alone
    text = "县委常委、宣传部部长杨剑舒,县委常委、睢宁经济开发区党工委副书记白咏,副县长吴应鹏参加活动。"
    got = works(nlp, text)
    assert ("白咏", "睢宁经济开发区党工委") in got
    assert ("白咏", "睢宁经济开发区") not in got
