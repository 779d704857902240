"""Names the s11-names audit (issue 14, round 4 of the names focus) found cut on pages of
several sites: after a job title the tagger cut a three-character name before its last
character and read that as a word of its own (a locative, a number, an adverb), so the person
lost a character ("董事|某明|中|以…", "记者|某木|上|/", "县长|某传|永|深入"). Sentences and
names invented for these tests."""

from __future__ import annotations

import pytest
from test_relations import relations_of

from kg.ingest import segment_document
from kg.nlp.pipeline import analyse_article


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("独立董事何明中以通讯方式参会。", "何明中", "董事"),
        ("(记者吕木上/台北报导)区公所举办活动。", "吕木上", "记者"),
        ("县委副书记、县长罗传永深入企业调研。", "罗传永", "县长"),
        ("任命副总裁许倩一为代理总裁。", "许倩一", "副总裁"),
    ],
)
def test_a_name_cut_before_a_lone_character_takes_it_back(nlp, text, name, title):
    found = relations_of(nlp, text, "holds_position")
    assert ("holds_position", name, title) in found
    assert ("holds_position", name[:2], title) not in found


def test_a_name_in_a_list_after_a_title_takes_it_back(nlp):
    found = relations_of(nlp, "独立董事田明、何明中以通讯方式参会。", "holds_position")
    assert ("holds_position", "何明中", "董事") in found


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("市长张强也参加了会议。", "张强", "市长"),
        ("主任王伟又强调安全。", "王伟", "主任"),
        ("局长李明正带领调研组。", "李明", "局长"),
        ("书记王海将出席会议。", "王海", "书记"),
    ],
)
def test_an_adverb_after_a_name_stays_out_of_it(nlp, text, name, title):
    found = relations_of(nlp, text, "holds_position")
    assert ("holds_position", name, title) in found
    assert not any(r[1].startswith(name) and r[1] != name for r in found)


def mentions(nlp, text: str) -> set[tuple[str, str]]:
    (art,) = segment_document("t.txt", text)
    doc = analyse_article(nlp, art)
    return {(art.text[m.start : m.end], m.label) for m in doc._.mentions}


def persons_of(nlp, text: str) -> set[str]:
    return {t for t, label in mentions(nlp, text) if label == "PERSON"}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("【記者洪瑞明/高雄報導】市立醫院今天舉辦捐贈儀式。", "高雄"),
        ("記者張怡萱/台東報導 農會今天舉辦表揚大會。", "台东"),
        ("記者葉蒼雲∕苗栗報導 鄉公所今天舉辦活動。", "苗栗"),
        ("【記者 張某明／宜蘭 報導】團委會舉行交接典禮。", "宜兰"),
        ("記者陳明德\\高雄報導 市府今天舉辦活動。", "高雄"),
        ("記者黃某忠\\臺南報導 議員今日召開座談會。", "台南"),
    ],
)
def test_the_place_of_a_dateline_is_no_outlet_and_no_person(nlp, text, place):
    found = mentions(nlp, text)
    assert (place, "PLACE") in found
    assert not any(place in t for t, label in found if label in ("ORG", "PERSON"))


def test_a_name_run_on_into_the_next_character_ends_where_the_article_ends_it(nlp):
    text = "愛心菜販陳樹梅捐款帶動募款。昨天陳樹梅特地停止營業到場參加。"
    found = persons_of(nlp, text)
    assert "陈树梅" in found
    assert "陈树梅特" not in found


def test_a_name_run_on_after_a_title_ends_where_the_article_ends_it(nlp):
    found = relations_of(nlp, "台北县长周锡明特率县府官员起立道别。周锡明表示感谢。", "holds_position")
    assert ("holds_position", "周锡明", "县长") in found
    assert ("holds_position", "周锡明特", "县长") not in found


def test_a_married_compound_name_keeps_its_four_characters(nlp):
    text = "議員呂黃春蘭出席。呂黃春蘭表示感謝。"
    assert not any(len(p) == 3 and p.startswith("呂黃") for p in persons_of(nlp, text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("行政长官林陈美娥出席典礼。", "林陈美娥"),
        ("行政长官梁吴月华视频致辞。", "梁吴月华"),
        ("九龍東葉黃淑儀以3萬票當選。", "叶黄淑仪"),
    ],
)
def test_a_married_name_keeps_her_husbands_surname(nlp, text, name):
    found = persons_of(nlp, text)
    assert name in found
    assert name[1:] not in found


def test_a_preposition_before_a_name_is_no_surname_of_it(nlp):
    assert "王强" in persons_of(nlp, "向王强表示感谢。")
