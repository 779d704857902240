"""Session 30 (s30-place): parks a project builds, and a place's shorter form on the same page.

- A park, a resort or an exhibition centre that is all of a project's name but its bare project
  head ("某某产业园|建设项目", "某某度假区|项目", "某某数字展示中心|项目") is no place of its own there
  (:func:`kg.nlp.entities.prefixes._built_park`); the general golds name the project only.
- A place written in full and shorter on one page ("粤港澳大湾区" / "大湾区", "永康科技工业区" /
  "永康工业区", "通州现代化国际新城" / "通州新城") is one place
  (:mod:`kg.resolve.place_tail_forms`).

The sentences are from the tuning pages named at each test.
"""

from __future__ import annotations

from test_place_forms import mentions, places

import kg


def _built(text: str) -> tuple[set[str], set[str], dict[str, set[str]]]:
    """The place labels, the project labels and each place's names (label and aliases) of a built graph."""
    G = kg.build(text, progress=False)
    ents = G.entities
    p = ents[ents.type == "PLACE"]
    names = {row.label: {row.label, *row.aliases} for row in p.itertuples()}
    return set(p.label), set(ents[ents.type == "PROJECT"].label), names


def test_resort_that_is_the_project_is_no_place() -> None:
    # real-pages-37 a10 (wz.7890.net): the project's span runs into its bracket
    text = "总投资17.8亿元的湖岸云居度假区项目(涵盖旅游、农业观光等,推动一二三产融合)等7个项目。"
    found = mentions(text)
    assert not any(label == "PLACE" and "度假区" in name for name, label in found)
    assert any(label == "PROJECT" and name.startswith("湖岸云居度假区项目") for name, label in found)


def test_food_park_that_is_the_project_is_no_place() -> None:
    # real-pages-6 u04 (gansu.gscn.com.cn)
    found = mentions("投资1亿元的甘肃华膳食品工业园项目,是填补肉品方便调理食品生产加工市场空白的项目。")
    assert ("甘肃华膳食品工业园项目", "PROJECT") in found
    assert ("甘肃华膳食品工业园", "PLACE") not in found


def test_exhibition_centre_built_by_the_project_and_the_site_inside_it() -> None:
    # real-pages-12 k01 (anyue.gov.cn): no place of the centre, nor of the grottoes read inside it;
    # the city that opens the name stays (an optional place of the gold)
    text = "新疆中气(安岳)清洁能源装备智能智造研发生产、北京莫高丝路(安岳)石窟数字展示中心项目等13个重点项目"
    found = places(text)
    assert not any(name.endswith(("展示中心", "石窟")) for name in found)
    assert "北京" in found


def test_park_with_its_works_named_stays_a_place() -> None:
    # real-proj q03: "…园区|基础设施建设项目", the park the tagger leaves in common words (read by
    # park_in_name, not by the entity stage) stays a place there
    text = "總投資6000萬元的風陵渡新材料園區基礎設施建設項目,總投資1.5億元的九峰山道教文化建設項目"
    found, _, _ = _built(text)
    assert "风陵渡新材料园区" in found


def test_region_and_its_short_form_are_one_place() -> None:
    # real-pages-32 t12 (heyuanxw.com); also real-pages-14 n03 (gd.people.com.cn), -37 a12 (exmoo.com)
    text = "他指出,当前,紫金县正积极抢抓粤港澳大湾区建设的发展机遇,地理区位优势更加显现,大湾区效应日益凸显。"
    found, _, names = _built(text)
    assert "大湾区" not in found
    assert "大湾区" in names["粤港澳大湾区"]


def test_new_town_without_its_middle_words_is_one_place() -> None:
    # real-pages-28 d01 (jingmin.org)
    text = (
        "通州区投资促进局招商部主任石园园向与会来宾详细介绍了通州现代化国际新城建设及产业发展情况。"
        "据介绍,通州现代化国际新城位于大运河边,意在发展集商务、文化、旅游为一体的通州新城。"
    )
    found, _, names = _built(text)
    assert "通州新城" not in found
    assert "通州新城" in names["通州现代化国际新城"]
