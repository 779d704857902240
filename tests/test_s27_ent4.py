"""Session 27, round 4 (s27-ent4): a county's short form on the county's own page.

A county's site writes its county by the short form alone and names neither the county in full nor
its city; where the article speaks as the county ("我县…", "全县…"), a county's short form that
the tagger reads as a place is the page's county (:mod:`kg.nlp.entities.county_pages`, used by
:func:`kg.nlp.entities.gazetteer.gazetteer_candidates`). The sentences are from real-pages-27 c03
(traditional characters; mentions are read simplified).
"""

from __future__ import annotations

from test_place_forms import places

from kg.nlp.entities.county_pages import speaks_as_county

# real-pages-27 c03: the page's opening sentence (我縣) and a later one with the county's short form.
_OWN = (
    "為扎實推進重大產業項目建設,加快招商引資項目落地實施,營造項目建設的濃厚氛圍,"
    "9月28日上午,我縣舉行重大產業項目集中開工儀式。"
)
_SHORT = (
    "楊云峰代表縣委、縣政府,向參加集中開工的企業表示熱烈的祝賀,"
    "向長期以來關心支持泗洪發展的各位企業家朋友表示誠摯的感謝。"
)


def test_county_short_form_on_the_county_own_page_is_a_place() -> None:
    assert "泗洪" in places(_OWN + _SHORT)


def test_county_short_form_without_the_county_voice_stays_unread() -> None:
    # 县委 / 县政府 alone do not make the page the county's own: the short form is still no place.
    assert "泗洪" not in places(_SHORT)


def test_county_voice_words() -> None:
    assert speaks_as_county("全县上下凝心聚力") and speaks_as_county("我县举行集中开工仪式")
    assert not speaks_as_county("县委、县政府向企业表示祝贺")
