"""``located_in`` false facts of session 34 (s34-prefixfp): a natural site (a mountain, lake,
reservoir…) that the article writes only inside the name it opens is what the name is called after,
not a place the named thing lies in (``place_prefix``, ``located_in.name_only_sites``); the golds
leave such a site out (real-pages-28 d06 d11, -29 e08, -32 t05, -33 u02). A site the article also
writes on its own still holds the work named after it, and the division before the site still holds
the name. Sentences from public pages (addresses in the comments), not from the tuning sets.
"""

from __future__ import annotations

from conftest import located_pairs


def test_a_site_written_only_inside_a_name_holds_nothing(nlp):
    # http://www.mok8888.com/content/2025-07/30/155_729206.html (simplified)
    text = "日前,图们市日光山森林公园开放了3.2公顷绿地共享区域,为市民提供多样化户外活动场所。"
    got = located_pairs(nlp, text)
    assert ("日光山森林公园", "日光山") not in got, got
    assert ("日光山森林公园", "图们市") in got, got  # the city before the site still holds the park
    # http://caijing.91abroad.com/caijing/2023/0520/40177.html: the reservoir only inside the works' name
    text = "今天(5月20日),藻渡水库主体工程在重庆綦江区赶水镇南坪村开工。"
    got = located_pairs(nlp, text)
    assert ("藻渡水库主体工程", "藻渡水库") not in got, got


def test_a_site_the_article_writes_on_its_own_still_holds_the_works(nlp):
    # http://caijing.91abroad.com/caijing/2023/0520/40177.html: the reservoir is written apart first
    text = "重庆藻渡水库是我国150项重大水利工程之一。今天(5月20日),藻渡水库主体工程在重庆綦江区赶水镇南坪村开工。"
    got = located_pairs(nlp, text)
    assert ("藻渡水库主体工程", "藻渡水库") in got, got
