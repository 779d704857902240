"""Parks named by a trade the generic words make (session 33, s33-zonenames): "新能源产业园",
"绿色智能制造产业园" hold only words of ``project.generic`` before their head, so the entity stage
refused them as no name (``rejected_name``, ``project_class``), though a county has one such park
per trade and the golds name them (``["PLACE", "PROJECT"]``). ``kg/nlp/entities/head_stands.py``'s
``trade_words_park`` lets a trade park (s32-zones' ``trade_park``) stand when its stem is made
wholly of the generic words that name a trade (``project.trade_park_trades``); graders and counts
("重点", "经济", "3个") stay refused. ``创业园`` joins the trade parks' heads, and a visit
("调研"), an extension ("扩容") or a project's settling ("落户") opens one.
"""

from __future__ import annotations

from conftest import normed_names as _names


def test_a_park_named_by_generic_trade_words(nlp):
    names = _names(nlp, "某某县将高标准建设绿色智能制造产业园和区域物流中心,吸引企业入驻。")
    assert "绿色智能制造产业园" in names
    names = _names(nlp, "今年以来,某某公司的储能电池项目落户新能源产业园,目前厂房已封顶。")
    assert "新能源产业园" in names


def test_a_park_for_returning_workers_visited(nlp):
    names = _names(nlp, "县委书记某某到某某工业园区调研农民工创业园标准厂房建设、企业生产情况。")
    assert "农民工创业园" in names


def test_graders_counts_and_list_items_make_no_park(nlp):
    names = _names(nlp, "该县将打造重点产业园,推动项目落户数字经济产业园。")
    assert not any(n.endswith("产业园") for n in names)
    names = _names(nlp, "全县计划建设3个新能源产业园。")
    assert not any(n.endswith("产业园") for n in names)
    # a trade after a product in a "、" list is one more product, no park
    names = _names(nlp, "某某碳纤维、某某重力储能、数字低碳智能制造产业园等项目纷至沓来。")
    assert "数字低碳智能制造产业园" not in names
