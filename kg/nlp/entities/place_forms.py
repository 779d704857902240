"""Shapes of place names on real pages that the tagger cuts or runs on: a zone named only by
its kind and its host ("县经济开发区", "某某县工业园区"), a place run into the title after it
("某某县长", "某某|镇长"), a class of villages rather than one ("乡村振兴示范村").

The word lists are ``place.zone_kinds``, ``place.head_titles`` and ``place.class_heads`` of
``ontology/patterns/entities.toml``.
"""

from __future__ import annotations

from kg.nlp.entities.lexicon_data import gaz_full, lexicon
from kg.nlp.words import Word
from kg.normalize import to_simplified


def _place_patterns() -> dict:
    return lexicon().patterns["place"]


def zone_host(words: list[Word], i: int) -> int | None:
    """Where the name of the zone at word ``i`` starts, if the word is a zone named only by its
    kind ("工业园区", "经济开发区"): at the place or level word right before it ("象州县|工业园区",
    "县|经济开发区"). ``None`` where no host stands before it: the kind alone is no one place.

    >>> ws = [Word(0, 3, "某某县", "LOC"), Word(3, 7, "工业园区", "LOC")]
    >>> zone_host(ws, 1), zone_host(ws[1:], 0)
    (0, None)
    >>> zone_host([Word(0, 1, "县", "n"), Word(1, 6, "经济开发区", "LOC")], 1)
    0
    """
    if i == 0:
        return None
    before = words[i - 1]
    if before.end != words[i].start:
        return None
    p = _place_patterns()
    if before.text in p["zone_levels"]:
        return before.start  # "县|经济开发区": the county's own zone
    if before.tag == "LOC" and (before.text.endswith(tuple(p["admin_heads"])) or gaz_full(before.text)):
        return before.start  # "某某县|工业园区": the zone takes its county's name
    return None


def is_zone_kind(w: str) -> bool:
    """A word that names a kind of zone or park, not one ("产业集聚区", "开发区").

    Words that describe a kind (``place.zone_kind_modifiers``) leave a kind before one:
    "现代工业园区", "国家湿地公园".

    >>> is_zone_kind("经济开发区"), is_zone_kind("云冈经济技术开发区"), is_zone_kind("现代工业园区")
    (True, False, True)
    """
    p = _place_patterns()
    while w not in p["zone_kinds"]:
        lead = next((x for x in p["zone_kind_modifiers"] if w.startswith(x) and len(w) > len(x)), None)
        if lead is None:
            return False
        w = w[len(lead) :]
    return True


def zone_family(kind: str) -> set[str]:
    """The kind and its long and short forms (``place.zone_abbreviations``, ``place.zone_short_kinds``).

    >>> sorted(zone_family("经开区"))
    ['经开区', '经济开发区', '经济技术开发区']
    """
    p = _place_patterns()
    pairs = [*p["zone_abbreviations"].items(), *p["zone_short_kinds"].items()]  # (long kind, short kind)
    return {kind} | {b for a, b in pairs if a == kind} | {a for a, b in pairs if b == kind}


def titled_place(words: list[Word], i: int) -> tuple[int, int] | None:
    """The place's own span where the tagger ran it into the title after it or left its level
    word in the title: "某某县长/LOC" is 某某县 (and its 县长), "玉里/LOC 镇长/n" is 玉里镇.

    >>> titled_place([Word(0, 4, "花莲县长", "LOC")], 0)
    (0, 3)
    >>> titled_place([Word(0, 2, "玉里", "LOC"), Word(2, 4, "镇长", "n")], 0)
    (0, 3)
    >>> titled_place([Word(0, 3, "富里乡", "LOC"), Word(3, 5, "乡长", "n")], 0) is None
    True
    """
    titles = _place_patterns()["head_titles"]
    s, e, w, _t = words[i]
    title = next((x for x in titles if w.endswith(x) and len(w) - len(x) >= 2), None)
    if title is not None:
        return s, e - len(title) + 1  # "花莲县长": the level word closes the place, 长 is the title's
    nxt = words[i + 1] if i + 1 < len(words) else None
    if nxt is not None and nxt.start == e and nxt.text in titles and not w.endswith(nxt.text[0]):
        return s, e + 1  # "玉里|镇长": the title's level word closes the place's name
    return None


def class_of_places(name: str) -> bool:
    """A village or town named only by its class ("乡村振兴示范村", "美丽宜居示范村",
    "驻镇帮镇扶村"): the name ends in a class word of ``place.class_heads`` or a word for the
    countryside (``place.countryside_words``, below); or a phrase that
    counts what it speaks of ("某市开发首座微型工业区", ``place.counted``): no one place's name.

    >>> class_of_places("乡村振兴示范村"), class_of_places("某某镇扶村"), class_of_places("天湖村")
    (True, True, False)
    >>> class_of_places("某市开发首座微型工业区"), class_of_places("三家村")
    (True, False)

    A word for the countryside or towns in general (``place.countryside_words``) after a
    stem of two characters, or 乡村 after any: "美丽乡村", "某省城镇" are classes, "古城镇" a town.

    >>> class_of_places("美丽乡村"), class_of_places("和乡村"), class_of_places("某省城镇"), class_of_places("古城镇")
    (True, True, True, False)
    """
    p = _place_patterns()
    if name.endswith(tuple(p["class_heads"])) or any(w in name for w in p["counted"]):
        return True
    word = next((w for w in p["countryside_words"] if name.endswith(w)), None)
    return word is not None and (len(name) - len(word) >= 2 or word == "乡村")


def division_chain(w: str) -> list[tuple[int, int]] | None:
    """The parts of a word that is a chain of divisions ("内蒙古鄂托克旗", "某某市某某县"): two
    places, each a division of the gazetteer, that the tagger wrote as one word. A part after
    the first is a full name, or a short form of a division that the gazetteer places inside
    the part before it ("广州|从化", "云南|红河": news writes a chain by its short forms);
    "大同市|古城" stays one name: 古城区 lies in another city, the word is a site of 大同.

    >>> division_chain("内蒙古鄂托克旗"), division_chain("鄂托克旗")
    ([(0, 3), (3, 7)], None)
    >>> division_chain("大同市古城") is None
    True
    >>> division_chain("广州从化"), division_chain("云南红河")
    ([(0, 2), (2, 4)], [(0, 2), (2, 4)])
    """
    from kg.nlp.entities.lexicon_data import gazetteer_regex
    from kg.nlp.gazetteer import load_gazetteer

    rx, gaz = gazetteer_regex(), load_gazetteer()
    parts, at = [], 0
    while at < len(w):
        m = rx.match(w, at)
        if m is None or not gaz.lookup(m.group(0)):
            return None
        if at > 0 and not gaz_full(m.group(0)) and not lies_in(m.group(0), w[parts[-1][0] : parts[-1][1]]):
            return None
        parts.append((at, m.end()))
        at = m.end()
    return parts if len(parts) >= 2 else None


def lies_in(inner: str, outer: str) -> bool:
    """Whether a division called ``inner`` (full or short form) lies inside one called
    ``outer``, by the gazetteer's tree: the check that lets a chain be read from short forms.

    >>> lies_in("从化", "广州"), lies_in("古城", "大同市"), lies_in("红河", "云南")
    (True, False, True)
    """
    from kg.nlp.gazetteer import load_gazetteer

    gaz = load_gazetteer()
    above = {d.code for d in gaz.lookup(outer)}
    return any(above & {a.code for a in gaz.ancestors(d)} for d in gaz.lookup(inner))


def divisions_before(name: str) -> list[tuple[int, int]]:
    """The divisions that open ``name`` as a chain ("广州从化|鳌头镇" -> 广州, 从化): the first
    division of the gazetteer, then each next one that lies inside the one before it
    (:func:`lies_in`). Used to split what :func:`division_then_place` leaves before its place.

    >>> divisions_before("广州从化鳌头镇"), divisions_before("南靖丰田镇")
    ([(0, 2), (2, 4)], [(0, 2)])
    """
    from kg.nlp.entities.lexicon_data import gazetteer_regex

    rx, parts, at = gazetteer_regex(), [], 0
    while (m := rx.match(name, at)) is not None and m.end() < len(name):
        if parts and not lies_in(m.group(0), name[parts[-1][0] : parts[-1][1]]):
            break
        parts.append((at, m.end()))
        at = m.end()
    return parts


def division_then_place(name: str, named: frozenset[str] = frozenset()) -> int | None:
    """Where the town, township or village starts in a name that runs a division of the
    gazetteer and a place below it together ("某某县|某某镇", the short form too: "南靖|丰田镇",
    "文昌|凤尾村"): the page names two places, the second in the first. The place after the
    division has a head of ``place.town_heads`` or ``place.village_heads`` and two or three
    characters before it, as towns and villages are named: a town that only opens like a county
    ("大同镇") stays one name, and so does a site named with its county ("某县大数据专业镇",
    ``place.themed_towns``).

    >>> division_then_place("南靖丰田镇"), division_then_place("点军区土城乡"), division_then_place("大同镇")
    (2, 3, None)
    >>> division_then_place("丰田镇"), division_then_place("灵丘县"), division_then_place("灵丘花海小镇")
    (None, None, None)
    >>> division_then_place("柳林镇南庄村") is None
    True

    A chain of divisions may open the name ("广州从化|鳌头镇", "重庆南川|兴隆镇": each division
    inside the one before it, :func:`divisions_before`); the place starts after the last one.

    >>> division_then_place("广州从化鳌头镇"), division_then_place("重庆南川兴隆镇")
    (4, 4)

    Where the gazetteer knows no division there (a township's short form, 玉里), the opening
    is one only when the article names it as a place on its own (``named``, from
    :func:`places_named_alone`): "屏东|雾台乡" where 屏东 stands alone elsewhere, "玉里|某某村"
    after "玉里镇". A road that ends the name before its head keeps it whole ("屏东|中山路社区").

    >>> division_then_place("青岚雾台乡"), division_then_place("青岚雾台乡", frozenset({"青岚", "青岚雾台乡"}))
    (None, 2)
    >>> division_then_place("青岚度假村", frozenset({"青岚", "青岚度假村"})) is None
    True
    >>> division_then_place("中国青岚之乡", frozenset({"中国", "中国青岚之乡"})) is None
    True
    >>> division_then_place("青岚中山路社区", frozenset({"青岚"})) is None
    True
    """
    p = _place_patterns()
    heads = tuple(p["town_heads"]) + tuple(p["village_heads"])
    head = next((h for h in heads if name.endswith(h)), None)
    chain = divisions_before(name) or _named_opening(name, named, head)
    if head is None or not chain:
        return None
    for _, cut in reversed(chain):  # the place after the whole chain, else after its first part
        rest = name[cut:]
        if not 2 <= len(rest) - len(head) <= 3 or rest.endswith(tuple(p["themed_towns"])):
            continue  # "灵丘|大数据专业镇": a themed site keeps its county's name
        if rest.startswith(tuple(p["admin_heads"]) + tuple(p["zone_levels"])) or class_of_places(rest):
            continue  # "柳林|镇南庄村" is 柳林镇 and its village: the level word closes the first name
        return cut
    return None


def _named_opening(name: str, named: frozenset[str], head: str | None) -> list[tuple[int, int]]:
    """The longest place of ``named`` that opens ``name`` as a division would: a name of words
    alone that ends in no head of a road, hill or river ("207国道|某镇" is a town on a road,
    "某河|故道村" a village), before a name that ends in none either ("屏东|中山路社区" is one
    community named by its road). The tagger must have read the township or village as a name
    (the whole word, or the part after the opening), and no kind of site ends it
    (``place.site_villages``: "某地度假村" is a resort, not a village); a country opens no
    township ("中国|某某之乡" is an honour)."""
    if head is None or name.endswith(tuple(_place_patterns()["site_villages"])):
        return []
    place_heads = tuple(_place_patterns()["heads"])
    countries = set(dict(lexicon().country_names).values())  # "中国|槟榔之乡": an honour, no county
    for k in range(len(name) - len(head) - 2, 1, -1):
        opening, own = name[:k], name[k : len(name) - len(head)]
        read_as_names = name in named or name[k:] in named  # "屏东雾台乡/LOC", "花莲/LOC 秀林乡/LOC"
        if (
            opening in named
            and opening not in countries
            and read_as_names
            and opening.isalpha()
            and not any(x.endswith(place_heads) for x in (opening, own))
        ):
            return [(0, k)]
    return []


def places_named_alone(words: list[Word]) -> frozenset[str]:
    """The places an article names on their own, which :func:`division_then_place` may take for
    an opening division that no gazetteer lists: a word the tagger reads as a place (LOC) that
    no place word follows ("屏东/LOC 民众"; not "二姊/LOC 云林仑/LOC", where the tagger ran on),
    also without its level word ("玉里镇" -> 玉里); and a county or city that opens a place's or
    a body's word before its level word ("花莲县政府/ORG" -> 花莲).

    >>> from kg.nlp.words import words_of
    >>> sorted(places_named_alone(words_of([("玉里镇", "LOC"), ("民宅", "n"), ("屏东", "LOC")])))
    ['屏东', '玉里', '玉里镇']
    >>> sorted(places_named_alone(words_of([("花莲县政府", "ORG"), ("表示", "v"), ("解特", "LOC"), ("某某镇", "LOC")])))
    ['某某', '某某镇', '花莲', '花莲县']
    """
    p = _place_patterns()
    levels, counties = tuple(p["admin_heads"]), tuple(p["zone_levels"])
    out = set()
    for i, w in enumerate(words):
        if w.tag in ("LOC", "ORG"):
            # (the county of "某某县政府", "某某县某某乡": two or three characters, then its level)
            k = next((k for k in (2, 3) if w.text[k : k + 1] in counties and len(w.text) > k + 1), None)
            if k:
                out |= {w.text[:k], w.text[: k + 1]}
        run_on = i + 1 < len(words) and words[i + 1].tag == "LOC"
        if w.tag == "LOC" and len(w.text) >= 2 and not run_on:
            out.add(w.text)
            level = next((h for h in levels if w.text.endswith(h) and len(w.text) - len(h) >= 2), None)
            if level:
                out.add(w.text[: -len(level)])
    return frozenset(out)


def village_after_town(name: str) -> int | None:
    """Where the village starts in a name that runs a town and its village together
    ("某某镇|南大坪村", "某某乡|东里村"): after the last town word with two or more characters
    before it, where three or more characters of the village follow.

    >>> village_after_town("西合营镇南大坪村"), village_after_town("镇南村"), village_after_town("南大坪村")
    (4, None, None)
    """
    p = _place_patterns()
    if not name.endswith(tuple(p["village_heads"])):
        return None
    for k in range(len(name) - 3, 1, -1):
        town = next((t for t in p["town_heads"] if name.startswith(t, k - len(t) + 1)), None)
        if town and k + 1 - len(town) >= 2:
            return k + 1
    return None


def town_run_on(words: list[Word], i: int) -> int | None:
    """The end of the town where the tagger ran it into the village after it: "某某镇南/LOC
    大坪村/LOC" is 某某镇 and 南大坪村.

    >>> town_run_on([Word(0, 5, "西合营镇南", "LOC"), Word(5, 8, "大坪村", "LOC")], 0)
    4
    >>> town_run_on([Word(0, 4, "西合营镇", "LOC"), Word(4, 7, "大坪村", "LOC")], 0) is None
    True
    """
    p = _place_patterns()
    s, e, w, _t = words[i]
    nxt = words[i + 1] if i + 1 < len(words) else None
    if nxt is None or nxt.start != e or nxt.tag != "LOC" or not nxt.text.endswith(tuple(p["village_heads"])):
        return None
    for k in (len(w) - 2, len(w) - 3):
        town = next((t for t in p["town_heads"] if w.startswith(t, k - len(t) + 1)), None) if k >= 2 else None
        if town:
            return s + k + 1
    return None


def office_after(words: list[Word], i: int) -> int | None:
    """Where the office of the township tagged as word ``i`` ends, when the next word is the
    office's tail (``place.office_tails``): "某某乡/LOC|公所" names the township's office, a body
    (a district's office, "某某区|公所", is left to the district: no rule places it yet).

    >>> from kg.nlp.words import Word
    >>> office_after([Word(0, 3, "某某鄉", "LOC"), Word(3, 5, "公所", "n")], 0)
    5
    >>> office_after([Word(0, 3, "某某县", "LOC"), Word(3, 5, "公路", "n")], 0) is None
    True
    """
    p = lexicon().patterns["place"]
    if i + 1 >= len(words) or words[i + 1].start != words[i].end:
        return None
    w, nxt = to_simplified(words[i].text), words[i + 1].text
    tail = next((t for t in p["office_tails"] if nxt.startswith(t)), None)
    if tail is None or len(w) < 3 or not w.endswith(tuple(p["town_heads"])):
        return None
    return words[i + 1].start + len(tail)


def office_front(w: str) -> list[tuple[int, int]]:
    """The divisions before the office when one tagged word is a division and its office
    (``place.office_tails``): "某某乡公所/LOC" is 某某乡, the office a body of it; "某某市某某区公所"
    is the city and its district.

    >>> office_front("某某乡公所"), office_front("某某鄉公所"), office_front("某某公所")
    ([(0, 3)], [(0, 3)], [])
    >>> office_front("某中市某原區公所"), office_front("南某区区公所")  # the 区 of the office
    ([(0, 3), (3, 6)], [])
    """
    p = lexicon().patterns["place"]
    heads = tuple(p["admin_heads"])
    simple = to_simplified(w)
    for tail in p["office_tails"]:
        front = simple[: -len(tail)]
        if not (simple.endswith(tail) and len(front) >= 3 and front.endswith(heads)) or front[-1] == front[-2]:
            continue
        cut = next((k + 1 for k in range(2, len(front) - 3) if front[k] in heads), None)
        return [(0, cut), (cut, len(front))] if cut else [(0, len(front))]
    return []


def one_direction_part(word: str) -> int | None:
    """Where the division ends in ``word`` when the word ends in a part of it by one direction:
    a level character of ``org.division_part_levels`` and then one of ``org.one_direction_parts``
    ("某县东部", "某某鎮西部" in traditional script too); None otherwise. Such a part is no body
    and no place of its own: the place is the division before the direction.

    >>> one_direction_part("宁安县东部"), one_direction_part("东岔鎮西部"), one_direction_part("学校初中部")
    (3, 3, None)
    """
    org = lexicon().patterns["org"]
    simple = to_simplified(word)
    for d in org["one_direction_parts"]:
        if simple.endswith(d) and simple[: -len(d)].endswith(tuple(org["division_part_levels"])):
            return len(word) - len(d)
    return None
