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

from kg.nlp.gazetteer import load_gazetteer
from kg.numerals import read_number
from kg.patterns import alternation
from kg.resolve.keys import UnionFind, clean, resolution_patterns

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
    # "X暨Y" names one event, each half another name of it (GUIDE.md): a name that is a half's
    # ("第六届某某节" for "中国·某县第六届某某节暨某某赛"; not another joint name sharing the half)
    for name in keys:
        for half in name.split("暨") if "暨" in name else []:
            # (a half takes the marks of the whole: "全市X暨Y" is no "全省Y")
            stem, own = event_form(half)
            marks = {**forms[name][1], **own}
            for other in stems.get(stem, []) if len(stem) >= 4 else []:
                if "暨" not in other and _agree(marks, forms[other][1]):
                    uf.union(keys[name], keys[other], "meeting.same_event", r.doc)
    for names in stems.values():
        for i, a in enumerate(names):
            for b in names[i + 1 :]:
                if _same_event(a, b, names, forms):
                    uf.union(keys[a], keys[b], "meeting.same_event", r.doc)
    # "某某镇第三届某某节" / "某某第三届某某节": a town written without its 镇 (no gazetteer
    # lists towns, so the document's own full form is the evidence)
    for name, k in keys.items():
        for i in (2, 3, 4):
            short = name[:i] + name[i + 1 :]
            if len(name) >= i + 5 and name[i] == "镇" and short in keys:
                uf.union(k, keys[short], "meeting.town_without_level_word", r.doc)


def _agree(a: Marks, b: Marks) -> bool:
    """Whether no mark of two names tells their events apart (a mark one name lacks agrees; a
    standing body's numbered sitting has no bare name: "县政府常务会议" is the series). A place
    named on one form only, while the other has a mark of its own, is another event: the city's
    "某市防汛工作会议" that a district's "2021年防汛工作会议" studies."""
    if ("sitting" in a) != ("sitting" in b):
        return False
    if a.keys() - b.keys() and b.keys() - a.keys() and "place" in (a.keys() ^ b.keys()):
        return False
    return all(a[x] == b[x] for x in a.keys() & b.keys())


def _same_event(a: str, b: str, names: list[str], forms: dict[str, tuple[str, Marks]]) -> bool:
    """Two names of one stem are one event when their marks agree and every other name of the
    stem agrees with both or with neither: a bare "某某节" beside "第二届某某节" and "第三届某某节"
    names neither edition."""
    ma, mb = forms[a][1], forms[b][1]
    if not _agree(ma, mb):
        return False
    return all(_agree(ma, forms[c][1]) == _agree(mb, forms[c][1]) for c in names if c not in (a, b))


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
    stem = rest = stem[len(opener) :]
    for n in range(min(6, len(rest) - 3), 1, -1):
        # the division in full ("某某县") or in its short form ("某某" for 某某县)
        found = gaz.lookup(rest[:n])
        if (rest[n - 1] in "省市县区旗" and found) or any(d.short == rest[:n] for d in found):
            place(found)
            stem = rest[n:]
            break
    if "次" in marks.get("edition", "") and stem.endswith(tuple(conf["sitting_heads"])):
        marks["sitting"] = marks["edition"]
        stem = _sitting_body(stem, marks)
    heads = conf["same_event_heads"]
    head = next((h for h in sorted(heads, key=len, reverse=True) if stem.endswith(h)), None)
    return (stem[: len(stem) - len(head)] + "*" if head else stem), marks
