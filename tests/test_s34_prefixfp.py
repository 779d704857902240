"""``located_in`` false facts of session 34 (s34-prefixfp): a place or body whose name opens with
a natural site (a mountain, lake, reservoir…) the article writes nowhere else is called after the
site, not placed in it (``place_prefix``, ``located_in.name_only_sites``; the golds leave such a
site out: real-pages-28 d06, -41 bc04). Since s37-locfp4 a project's name is read so too (the
golds of seven sites leave such a site out as the project's place); anything named after a site the
article also writes on its own still lies in it, and the division before the site still holds the
name. Sentences from public pages (addresses in the comments), not from the tuning sets.
"""

from __future__ import annotations

from conftest import located_pairs


def test_a_park_called_after_a_site_written_only_in_its_name_is_not_in_the_site(nlp):
    # http://www.mok8888.com/content/2025-07/30/155_729206.html (simplified)
    text = "日前,图们市日光山森林公园开放了3.2公顷绿地共享区域,为市民提供多样化户外活动场所。"
    got = located_pairs(nlp, text)
    assert ("日光山森林公园", "日光山") not in got, got
    assert ("日光山森林公园", "图们市") in got, got  # the city before the site still holds the park


def test_a_project_named_after_a_site_lies_in_it_only_where_the_site_is_written_apart(nlp):
    # http://caijing.91abroad.com/caijing/2023/0520/40177.html: the reservoir only inside the works'
    # name is what the works are called after (s37-locfp4)
    text = "今天(5月20日),藻渡水库主体工程在重庆綦江区赶水镇南坪村开工。"
    assert ("藻渡水库主体工程", "藻渡水库") not in located_pairs(nlp, text)
    # the same page, the reservoir written apart first
    text = "重庆藻渡水库是我国150项重大水利工程之一。今天(5月20日),藻渡水库主体工程在重庆綦江区赶水镇南坪村开工。"
    assert ("藻渡水库主体工程", "藻渡水库") in located_pairs(nlp, text)
