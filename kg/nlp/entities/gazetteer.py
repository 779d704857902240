"""Source ``gazetteer``: China's administrative divisions by name (full names; short forms in context)."""

from __future__ import annotations

import re

from kg.nlp.entities.candidate import Candidate, word_at
from kg.nlp.entities.division_runs import division_run_candidates
from kg.nlp.entities.lexicon_data import gazetteer_regex, lexicon
from kg.nlp.entities.place_forms import office_front
from kg.nlp.entities.settlements import settlement_candidates
from kg.nlp.entities.shapes import sector_words
from kg.nlp.entities.short_forms import listed_with_division, short_form_shown
from kg.nlp.entities.taiwan_homonyms import taiwan_homonym
from kg.nlp.entities.taiwan_townships import township_candidates
from kg.nlp.entities.taiwan_villages import village_candidates
from kg.nlp.gazetteer import TAIWAN, Division, Gazetteer, load_gazetteer
from kg.nlp.tagger_evidence import run_on_is_foreign
from kg.nlp.words import Word

# How many characters before a short form :func:`ordinary_short_form` reads ("黑龙江|大庆", "贺州、|来宾").
_BEFORE = 8


def _weak_place(
    w: str,
    plain: set[str],
    context_names: frozenset[str],
    placed: bool = False,
    around: tuple[list[Word], int] | None = None,
) -> bool:
    """A word the tagger calls a place that the text does not bear out.

    * a word the same article also uses as an ordinary word ("资源", "古都": the tagger
      is inconsistent, so the place reading is the slip);
    * the short form of a county far from the document's places ("灵山" in "灵山秀水" is
      no 灵山县), unless the sentence shows it is a place (``placed``: "运到|界首",
      "湖南双牌、资兴、炎陵");
    * a division name run on into words that are no part of a place ("大同新能源",
      "大同锡|纯半导体"): the gazetteer finds the place itself;
    * a city's short form that is an ordinary word (:func:`ordinary_short_form`), read with
      the words ``around`` it (the tagger's words and the word's index).

    >>> _weak_place("资源", {"资源"}, frozenset()), _weak_place("大同新能源", set(), frozenset())
    (True, True)
    >>> _weak_place("大同古城", set(), frozenset()), _weak_place("京津冀", set(), frozenset())
    (False, False)
    """
    if w in plain:
        return True
    if around is not None and w.startswith(tuple(lexicon().patterns["place"]["ordinary_short_forms"])):
        ws, i = around  # (the words around are joined only for a word that opens with such a form)
        before, after = "".join(x.text for x in ws[max(0, i - 4) : i]), "".join(x.text for x in ws[i + 1 : i + 5])
        if ordinary_short_form(w, before, after, context_names):
            return True  # "向|来宾|介绍", "来宾们": guests, not the city
    gaz = load_gazetteer()
    divisions = gaz.lookup(w)
    p = lexicon().patterns["place"]
    if divisions:
        d = divisions[0]
        if w != d.name and d.level == "county" and not w.endswith(tuple(p["admin_heads"])):
            # (a full name with another level word is a place of its own: "松江县" for 松江区)
            in_context = d.name in context_names or gaz.in_context(d, context_names)
            return not (in_context or placed)
        return False
    m = gazetteer_regex().match(w)
    if m and len(m.group(0)) < len(w):
        rest = w[m.end() :]
        prefix = gaz.lookup(m.group(0))
        if prefix and rest in p["old_level_heads"]:
            return False  # "松江县" (now 松江区), "淮阴市": a division under its former level word
        if (
            prefix
            and prefix[0].level in ("county", "city")
            and rest not in p["admin_heads"]
            and run_on_is_foreign(
                rest,
                prefix_is_full=prefix[0].name == m.group(0),
                prefix_in_context=prefix[0].name in context_names or gaz.in_context(prefix[0], context_names),
            )
            and not sector_words(rest)
        ):
            return False  # "吉隆|坡", "多伦|多": a foreign place that begins like a far county
        # (a place after the division, or a district and its office: "台中市|某某区公所"; or the
        # division's port, the tagger's one word: "某州港/LOC", "某雄港/LOC")
        ends = tuple(p["heads"]) + tuple(p["zones"]) + tuple(p["division_ports"])
        return not (rest.endswith(ends) or gaz.lookup(rest) or office_front(rest))
    return False


def ordinary_short_form(w: str, before: str, after: str, context_names: frozenset[str]) -> bool:
    """``w`` opens with the short form of a division that is also an ordinary word
    (``place.ordinary_short_forms``: "各位|来宾", "百年|大庆") and nothing shows the division:
    the document does not name it in full, its province is not written right ``before``, and
    no zone's or site's head follows (in ``w``'s rest or ``after``), and no division stands
    beside it as another item of a list ("贺州、来宾、崇左").

    >>> ordinary_short_form("来宾", "各位", "，", frozenset())
    True
    >>> ordinary_short_form("来宾们", "", "参观", frozenset())
    True
    >>> ordinary_short_form("来宾", "各位", "", frozenset({"来宾市"}))
    False
    >>> ordinary_short_form("大庆", "黑龙江", "，", frozenset()), ordinary_short_form("来宾", "", "高新区", frozenset())
    (False, False)
    >>> ordinary_short_form("来宾", "贺州、", "、崇左", frozenset())
    False
    >>> ordinary_short_form("来宾", "领导、", "", frozenset())
    True
    """
    p = lexicon().patterns["place"]
    form = next((f for f in p["ordinary_short_forms"] if w.startswith(f)), None)
    if form is None:
        return False
    gaz = load_gazetteer()
    divisions = [d for d in gaz.lookup(form) if d.name != form]
    if not divisions:
        return False
    heads = tuple(p["heads"]) + tuple(p["zones"]) + tuple(p["prefixed_zone_heads"]) + tuple(p["admin_heads"])
    if (w[len(form) :] or after).startswith(heads):
        return False  # "来宾高新区", "大庆路"
    if listed_with_division(before, after):
        return False
    for d in divisions:
        if d.name in context_names:
            return False
        if any(before.endswith(n) for a in gaz.ancestors(d) for n in (a.name, a.short) if n):
            return False  # "广西来宾", "黑龙江大庆": the province names it a place
    return True


def division_in_context(
    gaz: Gazetteer, name: str, divisions: list[Division], context_names: frozenset[str]
) -> Division | None:
    """The division a name stands for when the document shows another than the first of its
    homonyms; ``None`` when the first stands (its city or province is named) or none is shown.

    * one whose city, county or province the document names: "中山区" on a page naming 基隆市 is
      Keelung's, not 大连's; Taiwan's districts named by one direction (台中市's "东区") count
      here although they are not looked up by name;
    * on a Taiwan page, the short form of a township it names in full: "吉安" with "吉安乡" is the
      township, not 江西's 吉安市 (nor "泰山" with "泰山区" 山东's district).

    >>> gaz = load_gazetteer()
    >>> d = division_in_context(gaz, "中山区", gaz.lookup("中山区"), frozenset({"基隆市"}))
    >>> gaz.parent(d).name
    '基隆市'
    >>> division_in_context(gaz, "吉安", gaz.lookup("吉安"), frozenset({"吉安乡", TAIWAN})).name
    '吉安乡'
    >>> division_in_context(gaz, "吉安", gaz.lookup("吉安"), frozenset({"吉安市"})) is None
    True
    """
    if gaz.in_context(divisions[0], context_names):
        return None
    # (of the first's level: Taiwan's 金门县 is a county of the island's tree, Fujian's a county
    # of its city, and the name keeps the division it was looked up as)
    pool = divisions + [x for x in gaz.homonyms(name) if x not in divisions and x.level == divisions[0].level]
    # (homonyms only: "湘潭" names the city even where the city is named, not its 湘潭县)
    placed = next((x for x in pool if x.name == name and gaz.in_context(x, context_names)), None)
    if placed is not None:
        return placed
    if (homonym := taiwan_homonym(gaz, name, divisions, context_names)) is not None:
        return homonym  # (a county of both trees, on a Taiwan page that names its Taiwan parent)
    if TAIWAN not in context_names or any(
        x.name in context_names and not any(gaz.taiwan_township(t) for t in gaz.homonyms(x.name)) for x in divisions
    ):
        return None  # (a mainland division the page names in full stands)
    levels = lexicon().patterns["place"]["taiwan_township_levels"]
    named = (t for lv in levels if name + lv in context_names for t in gaz.homonyms(name + lv))
    return next((t for t in named if gaz.taiwan_township(t) and gaz.in_context(t, context_names)), None)


def _taiwan_village(
    gaz: Gazetteer, d: Division, words: list[Word], wj: int, end: int, context_names: frozenset[str]
) -> int | None:
    """End of a Taiwan village named like a mainland division ("重庆|里|某某", 马公's 重庆里):
    on a Taiwan page that shows neither the division nor its city or province, the name
    written as its own word before a village word is the village's."""
    heads = lexicon().patterns["place"]["taiwan_village_heads"]
    nxt = words[wj + 1] if wj + 1 < len(words) else None
    if (
        TAIWAN not in context_names
        or nxt is None
        or nxt.start != end
        or nxt.text not in heads
        or any(a.name == TAIWAN for a in gaz.ancestors(d))
        or d.name in context_names
        or gaz.in_context(d, context_names)
    ):
        return None
    return nxt.end


def _cities_by_short_form(text: str, words: list[Word], context_names: frozenset[str]) -> frozenset[str]:
    """Full names of the prefecture-level cities the text names by their short form alone, as a
    word of their own the tagger calls a place ("温州企业家", "郴州|桂阳"), not an ordinary word
    (``place.ordinary_short_forms``): a county of such a city may be named by its short form
    too ("与永嘉结为友好县" on a page of 温州), as under a city named in full."""
    gaz = load_gazetteer()
    out = set()
    for m in gazetteer_regex().finditer(text):
        name = m.group(0)
        d = next((x for x in gaz.lookup(name) if x.level == "city" and x.name != name), None)
        wi = word_at(words, m.start())
        if d is None or wi is None or words[wi][:3] != (m.start(), m.end(), name) or words[wi].tag != "LOC":
            continue  # (its own word, tagged a place: not "温州商会" nor a part of another name)
        if not _ordinary_here(text, m, context_names):
            out.add(d.name)
    return frozenset(out)


def _ordinary_here(text: str, m: re.Match, context_names: frozenset[str]) -> bool:
    """:func:`ordinary_short_form` of the gazetteer match ``m``, with the characters before it
    (the few a province or list mark before it takes) and the text after it."""
    return ordinary_short_form(
        m.group(0), text[max(0, m.start() - _BEFORE) : m.start()], text[m.end() :], context_names
    )


def _city_shown(gaz: Gazetteer, d: Division, cities: frozenset[str]) -> bool:
    """``d``'s city is among ``cities`` (the document's names, or the cities it names by short form:
    :func:`_cities_by_short_form`)."""
    return any(a.name in cities for a in gaz.ancestors(d) if a.level == "city")


def gazetteer_candidates(text: str, words: list[Word], context_names: frozenset[str]) -> list[Candidate]:
    """Administrative divisions by name. Short forms count where the text shows they are places:
    the tagger calls the word a place, or the full name or the parent city is in the document."""
    gaz = load_gazetteer()
    out = []
    slogans = [s.span() for s in re.finditer(lexicon().patterns["place"]["slogans"], text)]
    cities = _cities_by_short_form(text, words, context_names)
    for m in gazetteer_regex().finditer(text):
        name = m.group(0)
        if any(a <= m.start() and m.end() <= b for a, b in slogans):
            continue  # "科教兴县": a development slogan, not the county 兴县
        divisions = gaz.lookup(name)
        if not divisions or (name in gaz.taiwan_forms and TAIWAN not in context_names):
            continue  # ("屏县" names 屏东县 on Taiwan pages only)
        d = division_in_context(gaz, name, divisions, context_names) or divisions[0]
        if gaz.taiwan_township(d) and not gaz.in_context(d, context_names):
            continue  # "通城县北港镇" is no township of 云林县: its county or Taiwan must be named
        is_short = name != d.name and name not in gaz.level_forms  # (黔西南州 names its level)
        # A name inside a longer word is not this place ("新华社" is no 新华区).
        wi = word_at(words, m.start())
        wj = word_at(words, m.end() - 1)
        if wi is None or wj is None:
            continue
        aligned = words[wi].start == m.start() and words[wj].end == m.end()
        # "亮相呼/v 和浩特/LOC": the tagger glued a place's first character to the verb before it
        glued = (
            not aligned
            and wi != wj
            and words[wi].tag == "v"
            and words[wj].tag == "LOC"
            and words[wj].end == m.end()
            and m.end() - words[wj].start >= 2
        )
        # Inside a longer word only as the prefix of a tagged name ("大同|人和数据科技有限公司").
        if (
            not aligned
            and not glued
            and (words[wi].tag not in ("LOC", "ORG") or words[wi].start != m.start() or wi != wj)
        ):
            continue
        if aligned and (village_end := _taiwan_village(gaz, d, words, wj, m.end(), context_names)):
            # (no head word in attrs: the village's name is not read for a division inside it)
            out.append(Candidate(m.start(), village_end, "PLACE", "head_words", 0.6))
            continue  # "重庆|里": the village, not the city
        if is_short and _ordinary_here(text, m, context_names):
            continue  # "各位来宾": guests, not 来宾市
        if is_short:
            tagged_place = (words[wi].tag == "LOC" and aligned) or glued
            in_context = d.name in context_names or _city_shown(gaz, d, context_names)
            if d.level == "county" and not (in_context or (aligned and _city_shown(gaz, d, cities))):
                if short_form_shown(gaz, d, text, m, aligned, context_names):
                    # (no division's code: the page does not tell which of the homonyms, or a
                    # town's namesake zone, the form names; the mention stays the form's own, a
                    # place by its head mark for the relation stage's place guard)
                    out.append(Candidate(m.start(), m.end(), "PLACE", "gazetteer", 0.75, {"head": "short_form"}))
                continue  # (a county's own word counts under a city named by its short form too)
            if d.level != "county" and not (tagged_place or in_context):
                continue
        out.append(
            Candidate(
                m.start(),
                m.end(),
                "PLACE",
                "gazetteer",
                0.9 if not is_short else 0.75,
                {"admin_code": d.code, "admin_level": d.level, "admin_name": d.name},
            )
        )
    # "某某部落" and "某某里" on Taiwan pages, and townships by their short form ("埔里", "七股")
    out += township_candidates(text, words, context_names)
    out += division_run_candidates(words)  # "青海互助土族自治县/LOC": each division of the run
    return out + settlement_candidates(text, words, context_names) + village_candidates(text, words, context_names)
