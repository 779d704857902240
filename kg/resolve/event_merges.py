"""One event written in several ways in one document (:func:`merge_event_editions`, run by
:func:`kg.resolve.document.document_keys`): with and without its edition or year, its place,
a middle dot, a scope word, a town's 镇, the long name of a body. What only writes the event
differently is dropped into its *stem*; what tells two events apart (an edition, a year, a
place, a scope's level) is kept as its *marks*, and two names of one stem merge only where no
other name of that stem tells them apart (two editions, two years, two towns stay two).
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import cache
from typing import TYPE_CHECKING

from kg.nlp.gazetteer import Division, load_gazetteer
from kg.numerals import read_number
from kg.patterns import alternation
from kg.resolve.document_place import document_place
from kg.resolve.keys import UnionFind, clean, in_order, resolution_patterns, scoped_key, split_scope
from kg.resolve.venue_events import merge_venue_references

if TYPE_CHECKING:
    from kg.nlp.document import DocumentResult

_BRACKETED = re.compile(r"[(（]([^()（）]{2,6})[)）]")
_DOTS = re.compile(r"[·•・]")

Marks = dict[str, str]


@cache
def _edition_patterns() -> dict[str, re.Pattern[str]]:
    """``[meeting]`` editions and years of resolution.toml: ``inside`` finds an edition
    anywhere in a name, ``opening`` the editions and years that open it."""
    conf = resolution_patterns()["meeting"]
    inside = f"{conf['editions']}|{alternation(conf['first_editions'])}"
    return {
        "inside": re.compile(inside),
        "opening": re.compile(f"^(?:{conf['editions']}|{conf['years']})+"),
        "year": re.compile(conf["years"]),
        "bare": re.compile(conf["bare_editions"]),
        "session": re.compile(conf["bare_session"]),
    }


def merge_event_editions(r: DocumentResult, ks: list[str], uf: UnionFind) -> None:
    """An event named with and without its edition, year or place in one document is one
    event: a headline's "某某国际摄影周新闻发布会" is the lead's "第三届某某国际摄影周新闻发布会";
    a tail "某某节" the lead's "2024年中国·某县第三届某某节"; a half of "X暨Y" the whole's."""
    keys = {clean(m.norm): k for m, k in zip(r.mentions, ks, strict=True) if m.label == "MEETING"}
    editions: dict[str, list[str]] = defaultdict(list)
    for name in keys:
        m = _edition_patterns()["opening"].match(name)
        if m and len(name) - m.end() >= 4 and name[m.end() :] in keys:
            editions[name[m.end() :]].append(name)
    for bare, named in editions.items():
        if len(named) == 1:  # (beside two editions, the bare name names neither)
            uf.union(keys[named[0]], keys[bare], "meeting.without_edition", r.doc)
    forms = {name: event_form(name) for name in keys}
    # a bare "区政府常务会议" is the one sitting a document numbers, not one of two (its body
    # written as the numbered sitting's is: "区政府常务会议" beside "区政府第3次常务会议")
    sittings = {f[1]["sitting"] for f in forms.values() if "sitting" in f[1]}
    if len(sittings) < 2:
        heads = tuple(resolution_patterns()["meeting"]["sitting_heads"])
        for name, (stem, marks) in forms.items():
            marks.pop("sitting", None)
            if sittings and "edition" not in marks and stem.endswith(heads):
                forms[name] = (_sitting_body(stem, marks), marks)
    stems: dict[str, list[str]] = defaultdict(list)
    for name, (stem, _) in forms.items():
        if len(stem) >= 4:
            stems[stem].append(name)
    home = _home_divisions(r)
    # "X暨Y" names one event, each half another name of it (GUIDE.md): a name that is a half's
    # ("第六届某某节" for "中国·某县第六届某某节暨某某赛"; not another joint name sharing the half)
    for name in keys:
        for half in name.split("暨") if "暨" in name else []:
            # (a half takes the marks of the whole: "全市X暨Y" is no "全省Y")
            stem, own = event_form(half)
            marks = {**forms[name][1], **own}
            for other in stems.get(stem, []) if len(stem) >= 4 else []:
                if "暨" not in other and _agree(marks, forms[other][1], home):
                    uf.union(keys[name], keys[other], "meeting.same_event", r.doc)
    for names in stems.values():
        for i, a in enumerate(names):
            for b in names[i + 1 :]:
                if _same_event(a, b, names, forms, home):
                    uf.union(keys[a], keys[b], "meeting.same_event", r.doc)
    merge_contracted_forms(r, ks, keys, forms, uf, home)
    merge_venue_references(r, keys, forms, uf, lambda name: _scoped_in_document(r, ks, keys, name, uf))
    # "某某镇第三届某某节" / "某某第三届某某节": a town written without its 镇 (no gazetteer
    # lists towns, so the document's own full form is the evidence)
    for name, k in keys.items():
        for i in (2, 3, 4):
            short = name[:i] + name[i + 1 :]
            if len(name) >= i + 5 and name[i] == "镇" and short in keys:
                uf.union(k, keys[short], "meeting.town_without_level_word", r.doc)


def _agree(a: Marks, b: Marks, home: frozenset[str] = frozenset()) -> bool:
    """Whether no mark of two names tells their events apart (a mark one name lacks agrees; a
    standing body's numbered sitting has no bare name: "县政府常务会议" is the series). A place
    named on one form only, while the other has a mark of its own, is another event: the city's
    "某市防汛工作会议" that a district's "2021年防汛工作会议" studies; unless that place is the
    county or district the document is about (``home``): "某县第三批…开工仪式" and "2020年第三批…开工
    仪式" on that county's page name one ceremony, its headline giving the year, its lead the county.

    >>> _agree({"place": "某县", "level": "县"}, {"year": "2020"})
    False
    >>> _agree({"place": "某县", "level": "县"}, {"year": "2020"}, frozenset({"某县"}))
    True
    """
    if ("sitting" in a) != ("sitting" in b):
        return False
    place = a.get("place") or b.get("place")
    if a.keys() - b.keys() and b.keys() - a.keys() and "place" in (a.keys() ^ b.keys()) and place not in home:
        return False
    return all(a[x] == b[x] for x in a.keys() & b.keys())


def _home_divisions(r: DocumentResult) -> frozenset[str]:
    """The counties and districts a document names most (:func:`~kg.resolve.document_place.document_place`):
    an event of the page's own county may be named with or without it."""
    gaz = load_gazetteer()
    return frozenset(
        name
        for name in document_place(r).by_level.values()
        if any(d.name == name and d.level == "county" for d in gaz.lookup(name))
    )


def _same_event(
    a: str, b: str, names: list[str], forms: dict[str, tuple[str, Marks]], home: frozenset[str] = frozenset()
) -> bool:
    """Two names of one stem are one event when their marks agree and every other name of the
    stem agrees with both or with neither: a bare "某某节" beside "第二届某某节" and "第三届某某节"
    names neither edition."""
    ma, mb = forms[a][1], forms[b][1]
    if not _agree(ma, mb, home):
        return False
    return all(_agree(ma, forms[c][1], home) == _agree(mb, forms[c][1], home) for c in names if c not in (a, b))


def contracts(short: str, full: str, head_chars: int) -> bool:
    """Whether the stem ``short`` is the stem ``full`` with words left out: both open with the
    same character and end with the same head (its last ``head_chars`` characters), and every
    character of ``short`` stands in ``full`` in the same order. How a headline or a second
    mention shortens one event's name: "二季度项目集中开工仪式" for "某年二季度“某某”等28个重点项目
    集中开工仪式", "招商引资项目集中开工仪式" for "招商引资8个项目集中开工仪式", "某县投资说明会" for
    "某县投资环境说明会", "政协某县第十四届第五次会议" for "政协某县第十四届委员会第五次会议".

    >>> contracts("二季度项目集中开工*", "二季度“某某”等28个重点项目集中开工*", 2)
    True
    >>> contracts("投资说明会", "投资环境说明会", 2)
    True

    Another head, another opening, or a word the full name lacks is another event: a festival
    and its press conference, the meeting a 座谈会 studies, a session and its preparatory meeting.

    >>> contracts("某某旅游文化节", "某某旅游文化节新闻发布会", 2)
    False
    >>> contracts("经济工作会议", "学习经济工作会议精神座谈会", 2)
    False
    >>> contracts("项目推进会", "项目建设调度会", 2), contracts("人大会议", "人大会议预备会议", 2)
    (False, False)
    """
    if len(short) >= len(full) or short[-head_chars:] != full[-head_chars:]:
        return False
    # (the whole short name followed by more words is another event: its preparatory meeting)
    return short[0] == full[0] and short not in full and in_order(short, full)


def bare_kind_of(stem: str, full: str, least: int, heads: int = 2) -> bool:
    """Whether the stem ``stem`` of a name with no marks of its own (no year, edition, place or
    scope) is a bare kind of the event ``full``: its words stand in ``full`` in order, the two end
    with the same ``heads`` characters, whatever word opens ``full`` ("集中开工仪式" of "2022年春季
    重点项目集中开工活动", "开工建设动员大会" of "某旗重大项目春季集中开复工建设动员大会"). The short
    name's whole words followed by more is another event (a festival's press conference); words
    between its last word and the head are another event ("集中签约开工投产仪式" / "…集中签约开工投产
    “三个一批”活动"); a joint name "X暨Y" has two events.

    >>> bare_kind_of("集中开工*", "春季重点项目集中开工*", 3)
    True
    >>> bare_kind_of("开工建设动员大会", "重大项目春季集中开复工建设动员大会", 3)
    True
    >>> bare_kind_of("集中签约开工投产*", "第二期项目集中签约开工投产三个一批*", 3)
    False
    >>> bare_kind_of("推介会", "招商引资签约仪式", 3), bare_kind_of("座谈会", "座谈会筹备会", 3)
    (False, False)
    >>> bare_kind_of("月开工竞赛*", "第七期开工一批暨第四期月开工竞赛项目集中开工*", 3)
    False
    """
    if "暨" in full or not least <= len(stem) < len(full) or stem[-heads:] != full[-heads:]:
        return False  # (a joint name's bare kind may be either half's)
    return stem not in full[:-1] and in_order(stem, full)


def merge_contracted_forms(
    r: DocumentResult,
    ks: list[str],
    keys: dict[str, str],
    forms: dict[str, tuple[str, Marks]],
    uf: UnionFind,
    home: frozenset[str] = frozenset(),
) -> None:
    """One event named in full and in short in one document (a headline's or a second mention's
    words left out, :func:`contracts`, or a numbered sitting without its body, "第四十二次常务会议"
    for "某县第十九届人民政府第42次常务会议"; ``[meeting] contraction_*`` of resolution.toml): the short
    name joins the one event whose stem its stem contracts, where their marks agree (an edition,
    a sitting, a year, a place); a short name two events' names contract names neither. A bare
    ceremony ("开工仪式", "动土典礼": a verb and a ceremony head) joins the one event of the document
    whose ceremony's name holds that verb ("某某路西延动土典礼"). The short name so joined holds in
    its document only (its mentions' keys in ``ks`` are scoped to it): "开工仪式" is another
    ceremony on another page."""
    conf = resolution_patterns()["meeting"]
    least, head_chars = conf["contraction_min_chars"], conf["contraction_head_chars"]
    verb, sitting_heads = conf["bare_ceremony_verb_chars"], tuple(conf["sitting_heads"])
    bare_kind = conf["bare_kind_min_chars"]
    for short, (stem, marks) in forms.items():
        if stem.endswith("*") and 2 <= len(stem) <= verb + 1:
            # a bare ceremony: the events whose ceremony holds its verb
            found = {
                uf.find(keys[n])
                for n, (s, _) in forms.items()
                if n != short and len(s) > len(stem) and s.endswith("*") and in_order(stem[:-1], s)
            }
        elif len(stem) >= least or (not marks and len(stem) >= bare_kind):
            # a numbered sitting ("第四十二次常务会议"): its body may be left out
            sitting = "次" in marks.get("edition", "") and stem.endswith(sitting_heads)
            found = {
                uf.find(keys[n])
                for n, (s, m) in forms.items()
                if n != short
                and (
                    contracts(stem, s, head_chars)
                    or (sitting and s.endswith(stem))
                    or (not marks and bare_kind_of(stem, s, bare_kind, head_chars))
                )
                and _agree(marks, m, home)
            }
        else:
            continue
        found.discard(uf.find(keys[short]))
        if len(found) == 1:
            uf.union(_scoped_in_document(r, ks, keys, short, uf), next(iter(found)), "meeting.contracted_form", r.doc)


def _scoped_in_document(r: DocumentResult, ks: list[str], keys: dict[str, str], name: str, uf: UnionFind) -> str:
    """Give the mentions named ``name`` a key that holds in this document only, and return it (a
    key another name of the document was already joined to stays joined)."""
    old = keys[name]
    if split_scope(old)[1]:
        return old
    new = keys[name] = scoped_key(old, r.doc)
    joined = any(k != old and uf.find(k) == uf.find(old) for k in ks)
    for i, k in enumerate(ks):
        if k == old:
            ks[i] = new
    if joined:
        uf.union(new, old, "meeting.contracted_form", r.doc)
    return new


def _sitting_body(stem: str, marks: Marks) -> str:
    """A numbered sitting's stem with its body written one way: the body's term ("十二届",
    "12届") and the level that opens the body ("县委", "区政府") become marks, the body's long
    name its short one (``[meeting] sitting_*`` of resolution.toml). A place that opens the name
    gives the level when the body's own word does not ("某区六届人民政府…" is the 区's).

    >>> _sitting_body("十二届县委常委会会议", m := {}), m
    ('委常委会会议', {'term': '12', 'body_level': '县'})
    >>> _sitting_body("六届人民政府常务会议", m := {"level": "区"}), m["body_level"]
    ('政府常务会议', '区')
    """
    conf = resolution_patterns()["meeting"]
    terms = [read_number(t["term"]) for t in re.finditer(conf["sitting_terms"], stem)]
    if terms:
        marks["term"] = "-".join(str(t) for t in terms)
    stem = re.sub(conf["sitting_terms"], "", stem)
    for long, short in conf["sitting_long_forms"].items():
        stem = stem.replace(long, short)
    if len(stem) > 4 and stem[0] in conf["sitting_levels"]:
        marks["body_level"], stem = stem[0], stem[1:]
    elif "level" in marks:
        marks["body_level"] = marks["level"]
    return stem


def _opening_division(stem: str, outer: Division | None) -> tuple[int, Division] | None:
    """The division that opens ``stem``, in full ("某某县", "某某盟") or in its short form ("某某"
    for 某某县), and its length; after a division (``outer``), only one that lies inside it: "内蒙古
    锡林郭勒盟上海招商推介会" opens with 内蒙古 and 锡林郭勒盟, not with 上海, where it is held."""
    gaz = load_gazetteer()
    for n in range(min(6, len(stem) - 3), 1, -1):
        found = gaz.lookup(stem[:n])
        named = [d for d in found if d.name == stem[:n] or d.short == stem[:n]]
        if stem[n - 1] in "省市县区旗" and found and not named:
            named = found
        if outer is not None:
            named = [d for d in named if gaz.holds(outer, d)]
        if named:
            return n, named[0]
    return None


def _numbered(edition: re.Match[str]) -> str:
    """An edition with its number in Arabic digits: 第二十五次 and 第25次 are one, 首届 is 第1届.

    >>> inside = _edition_patterns()["inside"]
    >>> [_numbered(inside.search(e)) for e in ("第二十五次", "首届", "第十届", "第105届")]
    ['第25次', '第1届', '第10届', '第105届']
    """
    if edition["number"] is None:  # one of [meeting] first_editions
        return "第1届"
    return f"第{read_number(edition['number'])}{edition['unit']}"


def event_form(name: str) -> tuple[str, Marks]:
    """A meeting's stem and marks: the name without its editions and year, a middle dot, a body's
    long name (``[meeting] long_forms``), a scope word or the division that opens it (in full or
    in short, after a word of ``[meeting] place_openers``) or stands in brackets inside it, and
    its ceremony head word among ``[meeting] same_event_heads`` (resolution.toml).

    >>> event_form("市第十一次党代会")
    ('市党代会', {'edition': '第11次'})
    >>> event_form("商城县2020年第二批重点项目集中开工活动")[0]
    '第二批重点项目集中开工*'
    >>> event_form("中国·绩溪第六届油菜花文化旅游节")[0], event_form("桃源第二届乡村文化旅游节")[0]
    ('油菜花文化旅游节', '乡村文化旅游节')
    >>> event_form("2015年中国(亳州)投资环境说明会")
    ('投资环境说明会', {'year': '2015', 'place': '亳州市', 'level': '市'})
    >>> event_form("全市2024招商推介会"), event_form("慈利县首届读书节")[0]
    (('招商推介会', {'year': '2024', 'level': '市'}), '读书节')
    """
    conf = resolution_patterns()["meeting"]
    gaz = load_gazetteer()
    marks: Marks = {}
    stem = name
    for long, short in conf["long_forms"].items():
        stem = stem.replace(long, short)
    patterns = _edition_patterns()
    if patterns["session"].search(stem):
        # a session written without 第 ("县十八届人大四次会议" for "第十八届人民代表大会第四次会议")
        stem = patterns["bare"].sub(r"第\g<number>\g<unit>", stem)
    editions = [_numbered(e) for e in patterns["inside"].finditer(stem)]
    if editions:
        marks["edition"] = "".join(editions)
    stem = patterns["inside"].sub("", stem)
    years = [y["year"] for y in patterns["year"].finditer(stem)]
    if years:
        marks["year"] = "".join(years)
    stem = _DOTS.sub("", patterns["year"].sub("", stem))

    def place(found: list) -> str:
        marks["place"], marks["level"] = found[0].name, found[0].name[-1]
        return ""

    # "2015年中国(某市)投资环境说明会": a division in brackets inside the name
    stem = _BRACKETED.sub(lambda x: place(f) if (f := gaz.lookup(x.group(1))) else x.group(), stem)
    # "全市…" is the event of the one city the document speaks of: its level is its mark
    scope = next((s for s in conf["scope_words"] if stem.startswith(s)), "")
    if scope:
        marks["level"], stem = scope[-1], stem[len(scope) :]
    # "中国·某县…", "中国某某博览会": the country, before a division or not
    opener = next((o for o in conf["place_openers"] if stem.startswith(o)), "")
    stem = stem[len(opener) :]
    outer = None
    while (found := _opening_division(stem, outer)) is not None:
        # a chain of divisions, each inside the one before ("某省某市", "某市某区"): the last is the place
        n, outer = found
        place([outer])
        stem = stem[n:]
    if "次" in marks.get("edition", "") and stem.endswith(tuple(conf["sitting_heads"])):
        # a sitting is its 次; a 届 beside it is its body's term ("第十六届人民政府第69次常务会议" is the
        # headline's "第六十九次常务会议")
        terms = [e for e in editions if e.endswith("届")]
        marks["edition"] = marks["sitting"] = "".join(e for e in editions if e.endswith("次"))
        if terms:
            marks["term"] = "-".join(e[1:-1] for e in terms)
        stem = _sitting_body(stem, marks)
    heads = conf["same_event_heads"]
    head = next((h for h in sorted(heads, key=len, reverse=True) if stem.endswith(h)), None)
    return (stem[: len(stem) - len(head)] + "*" if head else stem), marks
