"""Articles that speak as a county's own site or paper ("我县…", "全县上下…").

County sites write their county by its short form alone, with nothing else on the page to tie it
to the county ("努力让某某成为创新创造的热土", "关心支持某某发展"): the gazetteer source keeps a
county's short form only where the page names the county or its city, so the page's own county was
lost. An article that writes the county it is about as "我县" or "全县" is that county's page, and a
county's short form written there as a word of its own is the page's county
(:func:`kg.nlp.entities.gazetteer.gazetteer_candidates`). "我县" itself is read as no place: a
session-11 reading of it as a home county was withdrawn (kg/nlp/page_county.py).
"""

from __future__ import annotations

from kg.nlp.entities.lexicon_data import lexicon


def speaks_as_county(text: str) -> bool:
    """The article writes the county it is about as one of ``place.page_county.own_county_words``.

    >>> speaks_as_county("全县上下…努力让某某成为热土"), speaks_as_county("县长出席")
    (True, False)
    """
    return any(w in text for w in lexicon().patterns["place"]["page_county"]["own_county_words"])
