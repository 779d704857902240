"""``located_in`` after a part of a division by one direction (issue 14, audited in
``benchmarks/audits/s13-loc``): "某村位于某区某镇西部", "某村位于某县东部". The direction is no body
("某县东部" is not an organisation placed in the county) and no part of the place's name (the
village is in the town, which ends at its 镇). Every name here is made up; none is from a page.
"""

from __future__ import annotations

from conftest import located_pairs
from test_place_forms import mentions, places


def test_a_village_in_a_towns_part_is_in_the_town_and_its_district(nlp):
    found = located_pairs(nlp, "青石村位于秦州区白岭镇西部,距镇政府12公里。")
    assert {("青石村", "白岭镇"), ("青石村", "秦州区")} <= found
    assert ("青石村", "白岭镇") in located_pairs(nlp, "青石村位于白岭镇西部,紧靠红石岭。")


def test_the_same_in_traditional_script(nlp):
    # the text is read in simplified characters
    assert ("青石村", "白岭镇") in located_pairs(nlp, "青石村位於白嶺鎮東部,距鎮政府8公里。")


def test_a_countys_part_by_one_direction_is_no_organisation(nlp):
    text = "红旗村位于安平县东部,全村有农户300户。"
    assert ("红旗村", "安平县") in located_pairs(nlp, text)
    assert not any(name.endswith("东部") for name, label in mentions(text) if label in ("ORG", "PLACE"))
    assert "白岭镇" in places("该村位于白岭镇西部,紧靠红石岭南麓。")


def test_a_schools_part_stays_a_part_of_the_school():
    # 初中部: one direction after no level character is a body's part, not a division's
    assert ("青禾中学初中部", "ORG") in mentions("青禾中学初中部今年招生300人。")
