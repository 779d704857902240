"""Taiwan's townships and districts by their short form: "埔里", "草屯", "七股" (issue 14, s24-place).

Taiwan's pages name a township or district by its name without the level word ("落脚高雄|路竹",
"串联西屯、沙鹿、龙井", "七股潟湖", "「埔里微型产业园区」"), and the tagger reads such a form as a place
("埔里/LOC"), a noun ("沙鹿/n") or, where it opens with a numeral, a number ("七股/m"). The gazetteer
looks up a township by its full name only (:mod:`kg.nlp.gazetteer`: a district's short form is as
often a road or a common word, 中正, 信义, 成功), so these were missed. Here a short form is the
township where the page shows the township's county: the form is a word of its own of one of
``place.taiwan_townships.tags`` (no verb nor adjective: "成功/ad", "新兴/a" stay words) that
no word of ``not_before`` follows ("盐水|溪口": a river's name opens there; "鹿野|工业区": a zone
named by the township alone), or it opens a
word the tagger calls a place that ends in one of ``opened_heads`` ("竹山竹艺园区/LOC": the park is
named by its township; "恒春半岛/LOC" is no park). Forms that are any division's name the
gazetteer looks up (泰安, 龙井, 竹山) are left to :func:`kg.nlp.entities.gazetteer.gazetteer_candidates`.
"""

from __future__ import annotations

from functools import lru_cache

from kg.nlp.entities.candidate import Candidate, word_at
from kg.nlp.entities.lexicon_data import lexicon
from kg.nlp.gazetteer import TAIWAN, Division, load_gazetteer, short_form
from kg.nlp.words import Word


@lru_cache(maxsize=1)
def township_short_forms() -> dict[str, Division]:
    """Short form -> Taiwan's township or district, for forms of two characters or more that no
    other township shares (a form may also be another division's name: 竹山, 泰安).

    >>> forms = township_short_forms()
    >>> forms["埔里"].name, forms["竹山"].name, "中正" in forms
    ('埔里镇', '竹山镇', False)
    """
    gaz = load_gazetteer()
    levels = tuple(lexicon().patterns["place"]["taiwan_township_levels"])
    seen: dict[str, list[Division]] = {}
    for d in gaz.divisions.values():
        if not gaz.taiwan_township(d):
            continue
        form = d.name[:-1] if d.name.endswith(levels) else short_form(d.name)
        if form and len(form) >= 2:
            seen.setdefault(form, []).append(d)
    return {form: ds[0] for form, ds in seen.items() if len(ds) == 1}


@lru_cache(maxsize=1)
def township_forms() -> dict[str, Division]:
    """The short forms of :func:`township_short_forms` that name no division the gazetteer looks
    up (those are the gazetteer's to read).

    >>> forms = township_forms()
    >>> forms["埔里"].name, "龙井" in forms, "竹山" in forms
    ('埔里镇', False, False)
    """
    by_name = load_gazetteer().by_name
    return {form: d for form, d in township_short_forms().items() if form not in by_name}


def township_candidates(text: str, words: list[Word], context_names: frozenset[str]) -> list[Candidate]:
    """Townships named by their short form on a Taiwan page that names their county.

    >>> from kg.nlp.words import Word
    >>> t = "南投县规划埔里微型产业园区"
    >>> ws = [Word(0, 3, "南投县", "LOC"), Word(3, 5, "规划", "v"), Word(5, 7, "埔里", "LOC"),
    ...       Word(7, 9, "微型", "a"), Word(9, 13, "产业园区", "n")]
    >>> [t[c.start : c.end] for c in township_candidates(t, ws, frozenset({TAIWAN, "南投县"}))]
    ['埔里']
    >>> township_candidates(t, ws, frozenset({TAIWAN}))
    []
    """
    if TAIWAN not in context_names:
        return []
    p = lexicon().patterns["place"]["taiwan_townships"]
    tags, not_before, opened = set(p["tags"]), tuple(p["not_before"]), tuple(p["opened_heads"])
    gaz = load_gazetteer()
    out = []
    for form, d in township_forms().items():
        county = gaz.parent(d)
        if county is None or county.name not in context_names:
            continue  # (the county or city of the township must be named on the page: 台湾 is not enough)
        start = text.find(form)
        while start >= 0:
            end = start + len(form)
            wi = word_at(words, start)
            w = words[wi] if wi is not None else None
            own = w is not None and w.start == start and w.end == end and w.tag in tags
            own = own and not text.startswith(not_before, end)
            # (the full name, "草屯镇长", "台西乡长", is the gazetteer's: no second mention of it)
            own = own and not text.startswith(d.name, start)
            opens = w is not None and w.start == start and w.end > end and w.tag == "LOC" and w.text.endswith(opened)
            if own or opens:
                attrs = {"admin_code": d.code, "admin_level": d.level, "admin_name": d.name}
                out.append(Candidate(start, end, "PLACE", "gazetteer", 0.75, attrs))
            start = text.find(form, end)
    return out
