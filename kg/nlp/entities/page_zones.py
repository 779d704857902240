"""A development zone named by its kind alone on a page about it: "领导莅临高新区", "示范区举行签约
仪式", "听取县开发区…汇报". The other sources read a kind of zone alone as no place ("在|工业园区":
:func:`kg.nlp.entities.place_forms.is_zone_kind`); for the kinds of ``place.page_zone_kinds``
standing on their own the article speaks of its own zone, the one it names in full elsewhere
(:func:`kg.resolve.zones.merge_page_zones` makes the bare kind that zone's alias) or its own
county's or city's. Where the article names two zones of the kind, the bare kind is no place.
The candidates carry ``attrs["page_zone"]``: their key holds within their document only (two
pages' "高新区" are two zones).
"""

from __future__ import annotations

from kg.nlp.entities.candidate import ALL_CJK, Candidate, word_at
from kg.nlp.entities.lexicon_data import lexicon
from kg.nlp.entities.place_forms import zone_family
from kg.nlp.words import Word


def _named_twice(text: str, words: list[Word], kind: str) -> bool:
    """Whether ``text`` names two zones of ``kind``'s family: two names before it ("甲乙|经开区",
    "丙丁|经济技术开发区", "戊己经开区/ORG管委会"), a name being the part of a word before the kind
    or a word of a name's tag right before it (not a level word, not a word that gathers zones)."""
    p = lexicon().patterns["place"]
    name_tags = frozenset(p["page_zone_name_tags"])
    stops = tuple(p["zone_levels"] + p["page_zone_not_after"])
    stems = set()
    for form in zone_family(kind):
        at = text.find(form)
        while at > 0:
            j = word_at(words, at - 1)
            if j is not None and words[j].end > at:
                stem = text[words[j].start : at]  # the tagger's one word, "运城经开区管委会"
            elif j is not None and words[j].tag in name_tags:
                stem = words[j].text  # "运城|经开区"
            else:
                stem = ""
            if len(stem) >= 2 and all(ALL_CJK.match(c) for c in stem) and not stem.endswith(stops):
                stems.add(stem[-2:])
            at = text.find(form, at + 1)
    return len(stems) >= 2


def page_zone_candidates(text: str, words: list[Word]) -> list[Candidate]:
    """PLACE candidates for a zone kind that stands on its own ("莅临|高新区|,"), with a level
    word before it when there is one ("县|开发区").

    >>> ws = [Word(0, 2, "莅临", "v"), Word(2, 5, "高新区", "LOC"), Word(5, 6, "，", "w")]
    >>> [(c.start, c.end) for c in page_zone_candidates("莅临高新区，", ws)]
    [(2, 5)]
    >>> ws = [Word(0, 2, "听取", "v"), Word(2, 3, "县", "n"), Word(3, 6, "开发区", "n"), Word(6, 8, "汇报", "vn")]
    >>> [(c.start, c.end) for c in page_zone_candidates("听取县开发区汇报", ws)]
    [(2, 6)]
    >>> ws = [Word(0, 1, "各", "r"), Word(1, 4, "高新区", "n"), Word(4, 7, "党工委", "ORG")]
    >>> page_zone_candidates("各高新区党工委", ws), page_zone_candidates("高新区党工委", ws[1:])
    ([], [])
    """
    lex = lexicon()
    p = lex.patterns["place"]
    kinds = sorted(p["page_zone_kinds"], key=len, reverse=True)
    levels = frozenset(p["zone_levels"])
    level_only = frozenset(p["page_zone_level_only"])
    not_after = tuple(p["page_zone_not_after"])
    not_before = frozenset(p["page_zone_not_before"])
    name_tags = frozenset(p["page_zone_name_tags"])
    ends = {w.end: j for j, w in enumerate(words)}
    firsts = frozenset(x[:1] for x in kinds)
    out: list[Candidate] = []
    for i, w in enumerate(words):
        if w.text[:1] not in firsts:
            continue  # (no kind starts with its first character: most words, one set look-up)
        # the kind as one word or as words the tagger cut it into ("示范/vn|区/n")
        kind = next((x for x in kinds if w.text.startswith(x[: len(w.text)]) and w.start + len(x) in ends), None)
        if kind is None or "".join(x.text for x in words[i : ends[w.start + len(kind)] + 1]) != kind:
            continue
        last = ends[w.start + len(kind)]
        start, k = w.start, i - 1
        if k >= 0 and words[k].end == start and words[k].text in levels:
            start, k = words[k].start, k - 1  # "县|开发区": the county's own zone
        elif kind in level_only:
            continue  # "举行|开发区…签约": all zones of a province, as often as one
        before = words[k] if k >= 0 and words[k].end == start else None
        if before is not None and (before.text.endswith(not_after) or before.tag in name_tags):
            continue  # "各|高新区", "创建|示范区", "新乡|高新区": a class, a title, or a longer name
        if before is not None and last > i and before.tag == "v":
            continue  # "融合发展|示范/vn|区/n": a verb before a kind the tagger did not join describes it
        after = words[last + 1] if last + 1 < len(words) and words[last + 1].start == words[last].end else None
        if after is not None and (after.tag == "ORG" or after.text.endswith(lex.org_suffixes)):
            continue  # "高新区|党工委", "开发区|招商局": the body's name
        if after is not None and after.text in not_before:
            continue  # "开发区|新闻", "发布开发区|:": a section of a site, a field's label
        if _named_twice(text, words, kind):
            continue  # "甲经开区…乙经开区…经开区已有": which of them is not said
        attrs = {"head": "page_zone", "page_zone": True}
        out.append(Candidate(start, words[last].end, "PLACE", "head_words", 0.6, attrs))
    return out
