"""The town, township, street or village that opens the name of a body or a company: "某某镇
某某有限公司", "某某乡某某专业合作社", "某某街道党工委".

The tagger reads such a name as one word, and a town is no division of the gazetteer, so no
source offers the town as a place of its own; the name then says nothing of where the body is.
Yet a full place name before a body's name places it (GUIDE.md: "a county name prefixed to a
company", "a full place-name prefix is scored"), and a town's name is as full as a county's.
This offers the town as a place candidate at the start of the name, so that selection keeps it
as the name's nested place prefix.
"""

from __future__ import annotations

from kg.nlp.entities.alone_reading import ordinary_alone
from kg.nlp.entities.candidate import ALL_CJK, Candidate, word_at
from kg.nlp.entities.lexicon_data import lexicon
from kg.nlp.entities.names import left_edge
from kg.nlp.entities.place_forms import class_of_places
from kg.nlp.words import Word
from kg.normalize import simplified_aligned, to_simplified


def town_opening(name: str) -> int | None:
    """Where the town (or village) that opens ``name`` ends, or None: a head of
    ``place.town_heads`` or ``place.village_heads`` after a stem of as many characters as
    ``place.opening_town_chars`` allows, with a name of two characters or more after it that
    does not open with a level word ("某某乡|村" is 乡村, a word for the countryside). The longest
    such town is taken ("某某镇街道" is a street, not a town and the word 街道).

    >>> town_opening("柳河镇宏达建材有限公司"), town_opening("青禾街道党工委")
    (3, 4)
    >>> town_opening("美丽乡村建设有限公司") is None, town_opening("特色小镇运营公司") is None
    (True, True)
    >>> town_opening("甲乙乡亲联谊会") is None
    True
    """
    name = simplified_aligned(name)  # "某某鎮…" is read as "某某镇…"
    p = lexicon().patterns["place"]
    low, high = p["opening_town_chars"]
    levels = tuple(p["admin_heads"])
    best = None
    for head in (*p["town_heads"], *p["village_heads"]):
        for k in range(low, high + 1):
            cut = k + len(head)
            town, rest = name[:cut], name[cut:]
            if not name.startswith(head, k) or len(rest) < 2 or rest.startswith(levels):
                continue
            if not all(ALL_CJK.match(ch) for ch in name[:k]) or name[:k].startswith(levels):
                continue  # "县城关镇…": the level word opens a body of the county, not a town
            if class_of_places(town) or town.endswith(tuple(p["themed_towns"])) or town in p["not_heads"]:
                continue
            if any(0 < cut - name.find(w, max(0, cut - len(w) + 1)) < len(w) for w in p["people_words"] if w in name):
                continue  # "某某乡|亲联谊会": the town would end inside a word for its people (乡亲)
            if best is None or cut > best:
                best = cut
    return best


def town_openings(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """A place candidate for the town that opens each organisation's or project's name among
    ``candidates``, when the tagger reads the town alone as a name (:func:`ordinary_alone`: "某某镇"
    is a place to it, "水乡" or "名镇" an ordinary word); or that opens it right after the
    divisions the name opens with (:func:`_after_divisions`: "某某市|某某镇|某某产业园项目",
    "某市|某区|某某镇人民政府"), with those divisions, so that selection chains the town after
    them as the name's smaller place (GUIDE.md: the town that opens a project's or site's name
    is scored; an administrative chain is places linked by ``located_in``)."""
    out, seen = [], set()
    divisions: dict[int, list[Candidate]] = {}
    placed = {(c.start, c.end) for c in candidates if c.label == "PLACE"}
    place_names = {to_simplified(text[c.start : c.end]) for c in candidates if c.label == "PLACE"}
    for c in candidates:
        if c.label == "PLACE" and c.source == "gazetteer":
            divisions.setdefault(c.start, []).append(c)
    for c in candidates:
        if c.label not in ("ORG", "PROJECT"):
            continue
        steps = _after_divisions(text, divisions, c)
        for start in {c.start, steps[-1].end if steps else c.start}:
            cut = town_opening(text[start : c.end])
            if cut is None or (start, start + cut) in seen:
                continue
            # Alone the tagger may read a town as a word ("牌楼镇"); a division right before it
            # in the name ("某某市|牌楼镇…") says it is a place, as the name's smaller division,
            # and so does another source that offers the town as a place in the article.
            offered = (start, start + cut) in placed
            named = offered or to_simplified(text[start : start + cut]) in place_names
            if start == c.start and not named and ordinary_alone(text[start : start + cut]):
                continue
            seen.add((start, start + cut))
            if not offered:
                out.append(Candidate(start, start + cut, "PLACE", "head_words", 0.7, {"head": "town"}))
            out += _village_after(text, start + cut, c, seen)
            if start != c.start:
                out += [d for d in steps if (d.start, d.end) not in seen]
                seen.update((d.start, d.end) for d in steps)
    return out


def _village_after(text: str, start: int, c: Candidate, seen: set[tuple[int, int]]) -> list[Candidate]:
    """The village that follows the town opening ``c``'s name ("某某镇|某某村|…项目"), as one
    more step of the chain: a village is named inside its township (GUIDE.md: an administrative
    chain is places linked by ``located_in``), and the town before it says it is a place.

    >>> body = Candidate(0, 14, "PROJECT", "x", 1)
    >>> [(v.start, v.end) for v in _village_after("青禾镇柳河村水资源配置工程", 3, body, set())]
    [(3, 6)]
    >>> _village_after("青禾镇柳河大道改造工程", 3, Candidate(0, 11, "PROJECT", "x", 1), set())
    []
    """
    cut = town_opening(text[start : c.end])
    village = text[start : start + cut] if cut else ""
    if not village or not simplified_aligned(village).endswith(tuple(lexicon().patterns["place"]["village_heads"])):
        return []
    if (start, start + cut) in seen:
        return []
    seen.add((start, start + cut))
    return [Candidate(start, start + cut, "PLACE", "head_words", 0.7, {"head": "village"})]


def _after_divisions(text: str, divisions: dict[int, list[Candidate]], c: Candidate) -> list[Candidate]:
    """The run of divisions that opens ``c``'s name ("化州市|…", "宜昌市|夷陵区|…"), empty when
    no gazetteer candidate opens it. Each step is the longest division candidate that starts
    there and ends inside the name, or else a division the gazetteer lists by the full name
    written there (the tagger read "某市某区某某镇人民政府" as one word, so the gazetteer offered
    its opening alone); a town is no division of the gazetteer, so the run stops before it.

    >>> d, body = Candidate(0, 3, "PLACE", "gazetteer", 0.9), Candidate(0, 12, "ORG", "x", 1)
    >>> [(x.start, x.end) for x in _after_divisions("六安市裕安区某某镇政府", {0: [d]}, body)]
    [(0, 3), (3, 6)]
    """
    from kg.nlp.gazetteer import load_gazetteer

    gaz = load_gazetteer()
    steps: list[Candidate] = []
    pos = c.start
    while True:
        inside = [d for d in divisions.get(pos, ()) if d.end < c.end]
        if not inside and steps:
            for k in range(6, 1, -1):
                if pos + k >= c.end:
                    continue
                name = to_simplified(text[pos : pos + k])
                full = [d for d in gaz.lookup(name) if d.name == name]
                if full:
                    attrs = {"admin_code": full[0].code, "admin_level": full[0].level, "admin_name": full[0].name}
                    inside = [Candidate(pos, pos + k, "PLACE", "gazetteer", 0.9, attrs)]
                    break
        if not inside:
            return steps
        steps.append(max(inside, key=lambda d: d.length))
        pos = steps[-1].end


def place_before_kind(text: str, words: list[Word], head_start: int, head: str) -> int | None:
    """The start of the town right before a kind of park that a town names by standing before
    it (``place.kinds_named_by_place``: "某某镇|工业集中区", "某某镇|小微园"), or None. The
    name's left edge stops at a place word ("白崖乡|涑湾村": a village is named apart from its
    township), which would leave the kind alone, no one park's name.

    >>> ws = [Word(0, 3, "柳河镇", "LOC"), Word(3, 8, "工业集中区", "n")]
    >>> place_before_kind("柳河镇工业集中区", ws, 3, "工业集中区")
    0
    >>> place_before_kind("柳河镇工业集中区", [Word(0, 3, "柳河镇", "n"), ws[1]], 3, "工业集中区") is None
    True
    """
    p = lexicon().patterns["place"]
    if head not in p["kinds_named_by_place"]:
        return None
    i = word_at(words, head_start - 1)
    if i is None or words[i].end != head_start or words[i].tag != "LOC":
        return None
    # A town's: "某某县|小微企业园" is the county's parks of that kind, no one park.
    return words[i].start if words[i].text.endswith(tuple(p["town_heads"])) else None


def name_before_area(text: str, words: list[Word], head_start: int, head: str) -> int | None:
    """The start of the name of an area that a proper name names by standing right before the
    area word (``place.kinds_named_by_name``: "某某|园区", "某某|片区"), or None. The name is one
    word the tagger reads as a place that no gazetteer lists as a city or province: "重庆|园区",
    "某市|片区" are that division's parks or parts in general, and a common word before the area
    word ("小微|园区", "功能|片区") makes a kind, no name, and a division's name ("某某镇|园区")
    its parts in general; so does a word the tagger reads as
    a place only in its sentence (:func:`ordinary_alone`), unless the gazetteer or the text
    names it as a town ("某某镇").

    >>> ws = [Word(0, 2, "青禾", "LOC"), Word(2, 4, "园区", "n")]
    >>> name_before_area("青禾园区在青禾镇", ws, 2, "园区")
    0
    >>> name_before_area("小微园区", [Word(0, 2, "小微", "a"), ws[1]], 2, "园区") is None
    True
    >>> name_before_area("青禾园区在青禾镇", [Word(0, 4, "青禾园区", "LOC")], 2, "园区")
    0
    >>> name_before_area("重庆园区", [Word(0, 2, "重庆", "LOC"), ws[1]], 2, "园区") is None
    True

    After a zone's name, the part keeps it: "某某协作区某某片区" is one name.
    """
    from kg.nlp.gazetteer import load_gazetteer

    if head not in lexicon().patterns["place"]["kinds_named_by_name"]:
        return None
    i = word_at(words, head_start - 1)
    if i is None or words[i].tag != "LOC":
        return None
    w = words[i]
    stem = text[w.start : head_start]
    if len(stem) < 2 or not all(ALL_CJK.match(c) for c in stem):
        return None
    p = lexicon().patterns["place"]
    found = load_gazetteer().lookup(stem)
    if any(d.level in ("province", "city") for d in found) or stem.endswith(tuple(p["admin_heads"])):
        return None  # "重庆|园区", "某某镇|园区": the division's parks or parts in general
    towns = tuple(stem + t for t in p["town_heads"])
    if not found and ordinary_alone(stem) and not any(t in text for t in towns):
        return None  # "未来|园区", "宜居|园区": an ordinary word the tagger called a place here
    zone = next((z for z in p["zones"] if text.endswith(z, 0, w.start)), None)
    if zone is not None:
        # "某某协作区|某某|片区": the part of a zone keeps the zone's name before its own
        opening = left_edge(text, words, w.start - len(zone), max_len=20, label="PLACE")
        if opening < w.start - len(zone):
            return opening
    return w.start
