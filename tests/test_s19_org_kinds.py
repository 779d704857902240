"""Organisations kg cut, missed or kept apart on general news pages (s19-org audit, issue 14):
companies named by a short name in a list of companies (a brand and a business word, with or
without a place before them, no legal suffix), and one government or party body written in its
long and its short form in one article (某县人民政府 / 县政府, 某县县委 / 县委, 省政府 / 某省人民政府).
Names and sentences invented for these tests."""

from __future__ import annotations

from test_entities import mentions

from kg.nlp.document import analyse_document
from kg.resolve.document import document_keys
from kg.resolve.document_merges import government_form


def orgs(text: str) -> set[str]:
    return {t for t, label in mentions(text) if label == "ORG"}


def test_a_listed_firm_the_tagger_read_as_a_place_with_its_business_word():
    text = "签约仪式上,苏州澜汀电子、杭州沐禾电器、合肥岚峰铜业、江西舜禾建设、深圳晟科光通信共5个项目集中签约。"
    found = orgs(text)
    assert {"苏州澜汀电子", "江西舜禾建设"} <= found
    assert "江西舜禾" not in found


def test_a_listed_firm_with_its_place_before_the_brand():
    text = "同时,北京锦迁食品、华岳科技公司、北京清泉源生态环境、山川环境产业集团负责人分别发言。"
    found = orgs(text)
    assert {"北京锦迁食品", "北京清泉源生态环境"} <= found
    assert "北京清泉源" not in found


def test_listed_firms_closed_by_a_class_of_firms():
    found = orgs("围绕高翔数码、宝钢新源稀土等一批现有骨干企业招引一批项目。")
    assert {"高翔数码", "宝钢新源稀土"} <= found


def test_a_list_of_trades_is_no_list_of_firms():
    found = orgs("当地电子、信息、新材料、食品等产业加快发展。")
    assert not any(name.endswith(("电子", "食品")) for name in found)


def test_a_places_trade_in_a_list_is_no_firm():
    found = orgs("全省重点发展北京食品、上海电子和深圳科技等合作领域。")
    assert not {"北京食品", "上海电子", "深圳科技"} & found


def test_a_governments_long_and_short_forms():
    assert government_form("某某县人民政府") == "某某县政府"
    assert government_form("某县县委") == "某县委"
    assert government_form("某某公司") == "某某公司"


def _units(nlp, text: str) -> list[set[str]]:
    dk = document_keys(analyse_document(nlp, "d.txt", text))
    return [set(u.names) for u in dk.units if u.type == "ORG"]


def test_a_city_government_by_its_full_and_short_names_is_one_body(nlp):
    text = "会上,河源市人民政府与三家企业签约。河源市政府有关负责人表示,将做好服务。"
    assert any({"河源市人民政府", "河源市政府"} <= names for names in _units(nlp, text))


def test_a_province_government_and_its_level_word_form_are_one_body(nlp):
    text = "江西省人民政府日前印发通知。省政府要求各地抓好落实。"
    assert any({"江西省人民政府", "省政府"} <= names for names in _units(nlp, text))


def test_two_bodies_of_one_county_stay_apart(nlp):
    text = "瑞金县人民政府与瑞金县政协联合召开座谈会。"
    units = _units(nlp, text)
    assert not any({"瑞金县人民政府", "瑞金县政协"} <= names for names in units)


def test_a_list_closed_by_a_class_of_trades_is_no_list_of_firms():
    found = orgs("此次签约的项目涵盖镁铝新材料、新能源汽车零部件、高端食品加工等领域。")
    assert not any(name.endswith("新材料") for name in found)
