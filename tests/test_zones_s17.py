"""Zones as places (issue 14, audited in ``benchmarks/audits/s17-zones``): a zone's name opened by
a division before the words that describe it ("某县|产业转移|工业园", "某县|农副产品加工|园区") or
before a kind the tagger did not call a place ("某县|工业园"); a development zone the page names
by its kind alone ("莅临高新区", "听取县开发区…汇报"), the zone it names in full where there is
one. Every zone name here is made up; none is from a page.
"""

from __future__ import annotations

import pytest

from kg.nlp.document import analyse_document
from kg.resolve import resolve


def _resolved(nlp, *texts: str):
    return resolve([analyse_document(nlp, f"d{i}.txt", t) for i, t in enumerate(texts)])


def _places(nlp, text: str) -> dict[str, set[str]]:
    ents, _ = _resolved(nlp, text)
    return {e.label: set(e.aliases) for e in ents if e.type == "PLACE"}


def _located(nlp, text: str) -> set[tuple[str, str]]:
    ents, rels = _resolved(nlp, text)
    label = {e.id: e.label for e in ents}
    return {(label[r.head], label[r.tail]) for r in rels if r.type == "located_in"}


@pytest.mark.parametrize(
    ("text", "zone", "county"),
    [
        ("首批项目落户剑川县产业转移工业园。", "剑川县产业转移工业园", "剑川县"),
        ("两家加工企业在剑川县农副产品加工园区正式投产。", "剑川县农副产品加工园区", "剑川县"),
        ("调研组来到剑川县特色种植示范区察看长势。", "剑川县特色种植示范区", "剑川县"),
        ("今年又有三个项目落户剑川县工业园。", "剑川县工业园", "剑川县"),
    ],
)
def test_a_division_opens_the_name_of_the_zone_it_describes(nlp, text, zone, county):
    assert zone in _places(nlp, text)
    assert (zone, county) in _located(nlp, text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("剑川县加快建设工业园区。", "工业园区"),  # a clause: the county builds parks
        ("剑川县重点园区发展良好。", "园区"),  # a class of the county's parks
        ("剑川县园区企业达到30家。", "园区"),  # the county's parks in general
    ],
)
def test_a_division_before_a_clause_or_a_class_names_no_zone(nlp, text, kind):
    assert not any(p.endswith(kind) for p in _places(nlp, text))


@pytest.mark.parametrize(
    ("text", "zone"),
    [
        ("县委书记听取县开发区工作情况汇报。", "县开发区"),
        ("考察团一行莅临高新区，表示高新区发展迅速。", "高新区"),
        ("4月26日，示范区举行投资签约仪式。", "示范区"),
    ],
)
def test_a_development_zone_named_by_its_kind_alone_is_the_page_s_zone(nlp, text, zone):
    assert zone in _places(nlp, text)


def test_the_kind_alone_is_the_zone_the_page_names_in_full(nlp):
    places = _places(nlp, "市长到剑湖经济技术开发区调研。经开区今年新增企业8家。")
    assert "经开区" in places.get("剑湖经济技术开发区", set()), places
    assert "经开区" not in places


@pytest.mark.parametrize(
    "text",
    [
        "各高新区要加快转型发展。",  # every zone of the kind
        "高新区党工委书记出席会议。",  # the body's name (s15-zones: no place for its bare kind)
        "该县去年成功创建示范区。",  # a title won, no zone
        "会议强调了示范区创建工作的重要意义。",  # a title being won
        "首页 > 开发区新闻 > 图片新闻",  # a section of the site
        "发布开发区:青禾工业园区",  # a field's label
        "全省同步举行开发区项目集中签约。",  # 开发区 alone: every zone of the province
        "青禾小镇三产融合发展示范区建成。",  # a verb before the kind the tagger cut describes it
    ],
)
def test_a_kind_that_counts_titles_or_opens_a_body_names_no_zone(nlp, text):
    places = _places(nlp, text)
    assert not any(p in ("高新区", "示范区", "开发区") for p in places), places


def test_two_pages_bare_zones_are_two_zones(nlp):
    ents, _ = _resolved(nlp, "领导莅临高新区调研。", "考察团莅临高新区参观。")
    zones = [e for e in ents if e.type == "PLACE" and e.label == "高新区"]
    assert len(zones) == 2, [(e.label, e.mentions) for e in zones]


def test_the_division_before_a_zone_holds_the_county_that_opens_the_zone(nlp):
    # the zone inside an event's name: "某州|某县产业转移工业园…开工仪式"; the county is in the
    # prefecture by the text itself, not only by the gazetteer's hierarchy
    ents, rels = _resolved(nlp, "大理州剑川县产业转移工业园中心启动区道路工程开工仪式在县城举行。")
    label = {e.id: e.label for e in ents}
    stated = {(label[r.head], label[r.tail]) for r in rels if r.type == "located_in" and not r.inferred}
    assert ("剑川县", "大理白族自治州") in stated, stated
    assert ("剑川县产业转移工业园", "剑川县") in stated, stated


def test_a_kind_alone_after_two_zones_of_the_kind_is_neither(nlp):
    places = _places(nlp, "甲溪经开区企业增多。乙岭经开区现有项目32个。经开区已有企业16家。")
    assert "经开区" not in places and not any("经开区" in a for a in places.values()), places


def test_the_kind_alone_is_the_level_word_s_zone_of_the_article(nlp):
    places = _places(nlp, "县长深入县经开区调研，经开区今年新增企业8家。")
    assert "经开区" in places.get("县经开区", set()), places
