"""Places and ``located_in`` of the kinds that recur on the pages of session 10's place pool
(issue 14, audited in ``benchmarks/audits/s10-place``): a division run together with a town or
village below it ("某县短名+某某镇" in a heading), words for a class of places or roads that are
no one place ("圩镇", "地州市", "大城市", "快速公路"), and a project placed by 在 after an adverb or by the
ground-breaking held on its site; round 2: words for the countryside or towns in general
("美丽乡村", "镇村") and a township's office ("某乡公所") are no place; round 3: a word the tagger calls a
place only in its sentence (an ordinary word read alone, "繁育", "污水") or right after a credit word
("编辑: 某某") is no place, and a division written before its office ("某某镇|公所") is the division.
Every name here is made up;
none is from a page.
"""

from __future__ import annotations

from conftest import located_pairs
from test_place_forms import places


def test_a_county_run_into_its_town_is_two_places(nlp):
    # a heading that writes the county by its short form before the town
    found = places("南靖青禾镇：全力推进新材料项目清障工作")
    assert "青禾镇" in found and "南靖青禾镇" not in found
    assert ("青禾镇", "南靖") in located_pairs(nlp, "南靖青禾镇：全力推进新材料项目清障工作")


def test_a_district_run_into_its_township_is_two_places(nlp):
    found = places("合作社惠及点军区石湾乡1200户成员")
    assert {"点军区", "石湾乡"} <= found and "点军区石湾乡" not in found
    assert ("石湾乡", "点军区") in located_pairs(nlp, "合作社惠及点军区石湾乡1200户成员")


def test_a_city_run_into_its_village_is_two_places(nlp):
    assert ("云岭村", "文昌") in located_pairs(nlp, "文昌云岭村：发展民宿集群助力乡村振兴")


def test_a_town_that_only_opens_like_a_county_stays_one_name():
    # 大同 is a city's short form, but "大同镇" is one town: nothing of two characters follows
    assert "大同镇" in places("项目已在永兴县大同镇落地")
    assert "南靖县" in places("南靖县召开招商工作会")


def test_words_for_a_class_of_places_are_no_place():
    assert "圩镇" not in places("近年来，该镇在圩镇主干道两侧种植行道树")
    assert "地州市" not in places("全省13个地州市都申报了该项目")
    assert "大城市" not in places("公园建成后，将拉大城市框架，提升城市品位")
    assert "快速公路" not in places("重划区未来可结合东西向快速公路带动地方观光")


def test_a_project_placed_by_zai_after_an_adverb(nlp):
    found = located_pairs(nlp, "“青山农场”项目已在永兴县白鹭镇落地。")
    assert ("青山农场项目", "白鹭镇") in {(h.replace("“", "").replace("”", ""), t) for h, t in found}
    assert ("河东县滨江大道改造工程", "青石镇") in located_pairs(nlp, "河东县滨江大道改造工程将在青石镇开工建设。")


def test_a_ground_breaking_held_on_the_site_places_the_project(nlp):
    found = located_pairs(nlp, "5月8日，河东县城关大道改造工程在青石镇建设现场隆重举行开工仪式。")
    assert ("河东县城关大道改造工程", "青石镇") in found


def test_a_signing_ceremony_places_no_project(nlp):
    # the signing may be held anywhere: a hotel, the county's meeting centre
    found = located_pairs(nlp, "河东县城关大道改造工程在青石镇举行签约仪式。")
    assert ("河东县城关大道改造工程", "青石镇") not in found


def test_words_for_the_countryside_in_general_are_no_place():
    # round 2: campaign words made of two level words name a class of villages or towns
    assert not {p for p in places("县长一行察看了青禾镇枫林美丽乡村建设现场") if p.endswith("乡村")}
    assert not {
        p for p in places("全县和美乡村建设加快推进，巩固拓展脱贫攻坚成果同乡村振兴有效衔接") if p.endswith("乡村")
    }
    assert not {p for p in places("活动以“点亮”美丽城镇为主题，展示南岭城镇建设成果") if p.endswith("城镇")}
    assert "镇村" not in places("下一步，镇村将加大招商引资力度")


def test_a_town_or_village_named_with_one_character_before_the_word_stays_a_place():
    # "古城镇", "新镇村": one character before 城镇 / 镇村 is a name, not a campaign word
    assert "古城镇" in places("项目位于河东县古城镇")
    assert "新镇村" in places("青禾镇以新镇村为试点推进人居环境整治")


def test_the_office_of_a_township_is_no_place():
    # "某某乡公所" is the township's office, a body; the tagger may cut it before 所 or 公所
    for sentence in ("南港鄉公所今日舉辦社區營造成果展", "南港乡公所今日举办活动", "台南市北區區公所今天舉辦活動"):
        assert not {p for p in places(sentence) if p.endswith(("公所", "公"))}, sentence
    assert "南港乡" in places("南港乡今年种植茶叶三千亩")


def test_an_ordinary_word_the_tagger_calls_a_place_only_in_its_sentence_is_no_place():
    # round 3: read alone the tagger calls these a verb and a noun; framed by a place noun
    # after them ("小区", "泵站") it calls them places
    assert "繁育" not in places("新建集中繁育小区1处、育肥场2处。")
    assert "污水" not in places("工程包括新建污水泵站两座及配套管网。")


def test_a_name_after_a_credit_word_is_no_place():
    # a pen name after the credit word, which the tagger reads as a place
    assert "兰洲" not in places("编辑:兰洲晚风\n分享\n首页\n")
    assert "松洲" not in places("编辑：松洲\n")


def test_a_place_name_the_tagger_knows_alone_stays_a_place():
    # no gazetteer name and no place word at the end, but a name the tagger reads alone
    assert {"沙田", "荃湾"} <= places("三个居屋项目分别位于沙田、荃湾及元朗。")
    assert "瓯北" in places("他在永嘉瓯北购买了商品房。")


def test_a_division_written_before_its_office_is_the_division():
    # round 3: the office is a body, the township or district before it is a place
    assert "青斗镇" in places("县府比照青斗鎮公所的做法办理。")
    assert "吉平乡" in places("花蓮縣吉平鄉公所是老舊廳舍。")
    found = places("臺中市潭北區公所今日舉辦研習。")
    assert {"台中市", "潭北区"} <= found and "台中市潭北区" not in found
    # "某区区公所": the district and the 区 of its office, no place "某区区"
    assert "北区区" not in places("可于上班时间至北区区公所查阅。")
