"""Source ``bylines``: names in bylines and photo credits."""

from __future__ import annotations

import re
from functools import lru_cache

from kg.nlp.entities.bracketed_outlets import bracketed_outlet_candidates
from kg.nlp.entities.breadcrumb_outlets import breadcrumb_outlet_candidates
from kg.nlp.entities.candidate import Candidate
from kg.nlp.entities.header_outlets import header_outlet_candidates
from kg.nlp.entities.lexicon_data import gazetteer_regex, lexicon
from kg.nlp.entities.outlet_parts import brand_before_dot, channel_after_place, dotted_parts, outlet_named
from kg.nlp.entities.shapes import has_surname
from kg.nlp.entities.title_outlets import title_outlet_candidates
from kg.nlp.gazetteer import load_gazetteer
from kg.nlp.words import Word
from kg.normalize import to_simplified
from kg.patterns import alternation


def byline_candidates(text: str, words: list[Word]) -> list[Candidate]:
    """Names in bylines and photo credits: "本报记者 史涌涛 苑捷", "(记者 张彩峰)", "(李信君摄)", and in a
    dateline's bracket with no role, "某某网讯(张某某 李某)"."""
    out = []
    person = lexicon().patterns["person"]
    role = f"(?:{alternation(person['byline_roles'])})"
    mark = re.escape(person["photo_mark"])
    opener = f"(?:{role}|{person['byline_dateline_open']}(?![\\s:]*{role}))"  # a role after the bracket leads
    marks = re.escape(person["credit_role_marks"])
    # The names apart by blanks or "、" ("记者:某某某、某某某"), a mark of credit_role_marks allowed
    # between the role and the names ("(记者 ▏某某某 某某某)"). An item of four characters closed
    # by "、" ("记者:某某某某、某某某", a minority name) is passed over: the list goes on after it.
    item = r"(?:[\u4e00-\u9fff]{2,3}|[\u4e00-\u9fff]{4}(?=、))"
    for m in re.finditer(opener + rf"[\s:{marks}]*((?:{item}(?:\s+|、|(?=[)\s{mark}]|$)))+)", text):
        pos = m.start(1)
        for part in re.finditer(r"[\u4e00-\u9fff]+", m.group(1)):
            if len(part.group(0)) > 3:
                continue
            name = part.group(0).removesuffix(person["photo_mark"])
            if len(name) >= 2 and name[0] in lexicon().surnames | {n[0] for n in lexicon().double_surnames}:
                s = pos + part.start()
                out.append(Candidate(s, s + len(name), "PERSON", "bylines", 0.85, {"role": m.group(0)[:2]}))
    for m in re.finditer(role + r"[\s:：]*([\u4e00-\u9fff][ \u3000][\u4e00-\u9fff])(?=[)）\s]|$)", text):
        if m.group(1)[0] in lexicon().surnames:
            out.append(Candidate(m.start(1), m.end(1), "PERSON", "bylines", 0.85, {"role": m.group(0)[:2]}))
    for m in re.finditer(rf"\(([\u4e00-\u9fff]{{2,3}}){mark}\)", text):
        out.append(Candidate(m.start(1), m.end(1), "PERSON", "bylines", 0.8))
    out += credit_candidates(text) + bracket_credit_candidates(text, words)
    out += source_credit_candidates(text) + dateline_candidates(text) + outlet_candidates(text)
    out += breadcrumb_outlet_candidates(text)  # "某某新闻网 > 某城频道 > 正文"
    out += header_outlet_candidates(text)  # "2018-04-21 10:05   某某新闻网": the header's outlet
    out += title_outlet_candidates(text)  # "某某…签约仪式 - 某务之窗": the title line's site
    out += bracketed_outlet_candidates(text)  # "【某某网】", "【某某新闻报道】": the lead's outlet
    return out + titled_outlet_candidates(text) + closing_credit_candidates(text)


_CREDIT_NAME = re.compile(r"(?:[\u4e00-\u9fff][ \u3000][\u4e00-\u9fff]|[\u4e00-\u9fff]{2,3})(?=[\s)）\]】,、;]|$)")
_CREDIT_GAP = re.compile(r"[ \t\u3000、]+")
# What closes a credit's name that opens with no listed surname: a blank, a bracket, a bar, "、"
# or the line's end (not a comma: "记者:您好," is an interview's line).
_UNLISTED_CLOSE = re.compile(r"[ \t\u3000\n)）\]】|丨、]|$")


def credit_candidates(text: str) -> list[Candidate]:
    """The names of an editors' credit ("责编:某某", "审核:某某 某某", "监制 | 某 某") are persons: a
    role of ``person.credit_roles`` or ``person.byline_roles``, a mark of
    ``person.credit_role_marks``, then names of two or three characters (or a surname and a
    one-character given name set apart), apart by blanks or "、". The role without its mark is a
    common word ("审核通过").

    A name opens with a surname of the list; one that does not (a rare surname or a pen name
    after "责任编辑:", "三审:", "记者:某某某、", "编辑:"; s28-works: 6 pages of 5 sites, every
    such item of the tuning sets a gold person) is a name only where it closes the
    credit's item as a word, a blank, bracket, bar, "、" or the line's end after it (an
    interview's "记者:您好," goes on with a comma), and is no word of ``not_names``.

    >>> text = "责编:李某 张 某\\n审核通过 欧阳某\\n监制 | 欧阳某 编辑:王某\\n三审:扶某某)\\n记者:您好,"
    >>> [text[c.start:c.end] for c in credit_candidates(text)]
    ['李某', '张 某', '欧阳某', '王某', '扶某某']
    """
    person = lexicon().patterns["person"]
    marks = re.escape(person["credit_role_marks"])
    roles = [*person["credit_roles"], *person["byline_roles"]]
    head = re.compile(f"(?:{alternation(roles)})[ \t\u3000]*[{marks}][ \t\u3000]*")
    surnames, doubles = lexicon().surnames, lexicon().double_surnames
    out = []
    for m in head.finditer(text):
        pos = m.end()
        while (name := _CREDIT_NAME.match(text, pos)) is not None:
            first = name.group(0)
            listed = first[0] in surnames or first[:2] in doubles
            if first in lexicon().not_names or (not listed and not _UNLISTED_CLOSE.match(text, name.end())):
                break  # "作者:佚名" (no name), "记者:您好,"
            if first not in roles:  # "作者:记者 某某某", "作者: 通讯员 某某": the role, then the names
                out.append(Candidate(name.start(), name.end(), "PERSON", "bylines", 0.85, {"role": m.group(0)[:2]}))
            gap = _CREDIT_GAP.match(text, name.end())
            if gap is None:
                break
            pos = gap.end()
    return out


_BRACKET_CREDIT = re.compile(r"[(（]([^()（）\n]{2,40})[)）]")
# The end of a line; or the editor's credit in square brackets that the text's normalising ran on
# after the closing bracket ("…考察。(某某融媒 付某)[编辑:某某]": the blank line between is gone).
_LINE_END = re.compile(r"[ \t\u3000]*(?:\n|$|[\[【])")


def bracket_credit_candidates(text: str, words: list[Word]) -> list[Candidate]:
    """The names in the brackets that close a line ("…作用。(某城高 黄某妃)", "(陈某某 徐 某)") or
    follow a dateline ("某某日报讯 (记者 张某广 麦 某)"), blank-separated, are its reporters: each item a name of two
    or three characters or a surname and a one-character given name set apart ("徐 某"), each
    opening with a surname. The bracket vouches for its items only with a role of
    ``person.byline_roles`` among them or one item the tagger reads as a person: the tagger cuts
    the others ("某城/LOC|高/a") or never sees a set-apart name.

    >>> from kg.nlp.words import words_of
    >>> text = "仪式举行。(潘明高 黄小妃)"
    >>> ws = words_of([("仪式", "n"), ("举行", "v"), ("。", "w"), ("(", "w"), ("潘明", "LOC"), ("高", "a"),
    ...                (" ", "w"), ("黄小妃", "PER"), (")", "w")])
    >>> [text[c.start:c.end] for c in bracket_credit_candidates(text, ws)]
    ['潘明高', '黄小妃']
    >>> text = "仪式举行。(上接 第一版)"
    >>> bracket_credit_candidates(text, words_of([("仪式举行。(上接 第一版)", "n")]))
    []
    """
    lex = lexicon()
    roles = frozenset(lex.patterns["person"]["byline_roles"])
    persons = {(w.start, w.end) for w in words if w.tag == "PER"}
    dateline = re.compile(f"(?:{lex.patterns['person']['byline_dateline_open']})$")
    out = []
    for m in _BRACKET_CREDIT.finditer(text):
        if not _LINE_END.match(text, m.end()) and not dateline.search(text, max(0, m.start() - 8), m.start() + 1):
            continue  # a bracket inside the text, neither closing a line nor a dateline's
        unit = _credit_unit(m.group(1))
        items = _credit_items(m.group(1)[unit:], m.start(1) + unit)
        names = [(a, b) for a, b in items if text[a:b] not in roles]
        role = len(names) < len(items) or unit > 0
        if len(names) < (1 if role else 2) or any(not has_surname(text[a:b]) for a, b in names):
            continue
        if not role and not any((a, b) in persons for a, b in names):
            continue
        out += [Candidate(a, b, "PERSON", "bylines", 0.8, {"closing_credit": True}) for a, b in names]
    return out


def _credit_unit(inner: str) -> int:
    """The length of the writers' unit that opens a bracket's text, with the blanks after it
    ("某县发改局 王某", "某某融媒 付某": a name of four to twelve characters ending in one of
    ``org_suffixes``); 0 where none opens it. The unit vouches for the names as a role does.

    >>> _credit_unit("南华县发改局 杨慧"), _credit_unit("杨慧 王强"), _credit_unit("招商局 杨慧")
    (7, 0, 0)
    """
    m = re.match(r"([\u4e00-\u9fff]{4,12})[ \t\u3000]+", inner)
    return m.end() if m and m.group(1).endswith(lexicon().org_suffixes) else 0


def _credit_items(inner: str, base: int) -> list[tuple[int, int]]:
    """The blank-separated items of a bracket's text as offsets, a lone character joined to the
    lone character after it ("徐 某": one name set apart); ``[]`` when a lone character is left
    over or an item is no two or three CJK characters."""
    tokens = [(t.start(), t.end()) for t in re.finditer(r"[^ \t\u3000]+", inner)]
    items, k = [], 0
    while k < len(tokens):
        a, b = tokens[k]
        if b - a == 1:
            if k + 1 >= len(tokens) or tokens[k + 1][1] - tokens[k + 1][0] != 1:
                return []
            b = tokens[k + 1][1]
            k += 1
        elif not 2 <= b - a <= 3 or not re.fullmatch(r"[\u4e00-\u9fff]+", inner[a:b]):
            return []
        items.append((base + a, base + b))
        k += 1
    return items


def dateline_candidates(text: str) -> list[Candidate]:
    """The place of a byline's dateline ("記者某某/高雄報導", "【記者 某某／宜蘭 報導】") is a
    place: the tagger reads it as an outlet or a person. ``dateline`` of ``entities.toml``.

    >>> text = "〔記者林某某/高雄報導〕市立醫院今天舉辦活動"
    >>> [(text[c.start:c.end], c.label) for c in dateline_candidates(text)]
    [('高雄', 'PLACE')]
    >>> text = "記者林某某/苗栗即時報導 記者王某某/綜合報導"
    >>> [(text[c.start:c.end], c.label) for c in dateline_candidates(text)]
    [('苗栗', 'PLACE')]
    """
    d = lexicon().patterns["dateline"]
    manners = "|".join(map(re.escape, d["manners"]))
    pattern = "(?:{})\\s*[\u4e00-\u9fff]{{2,4}}\\s*[{}]\\s*(?P<place>[\u4e00-\u9fff]{{2,4}}?)\\s*(?:{})?\\s*(?:{})"
    pattern = pattern.format(
        "|".join(map(re.escape, d["roles"])),
        re.escape("".join(d["slashes"])),
        manners,
        "|".join(map(re.escape, d["reported"])),
    )
    return [
        Candidate(m.start("place"), m.end("place"), "PLACE", "bylines", 0.85, {"dateline": True})
        for m in re.finditer(pattern, text)
        if m.group("place") not in d["manners"]  # "記者某某/綜合報導": how it was reported, no place
    ]


def source_credit_candidates(text: str) -> list[Candidate]:
    """The outlet of a page's source credit ("来源: 某某融媒  编辑:…", "(来源:某某日报)") is an
    organisation, unless it names no outlet ("来源:网络", or an empty credit before the next field,
    "来源:发布时间:…"): ``org.source_credit``, ``org.not_outlets`` and ``org.credit_fields`` of
    ``entities.toml``.

    >>> text = "来源:东川融媒 编辑:王某 时间:2023-07-11 (来源:网络) 来源:发布时间:2023-07-11"
    >>> text += " 来源:某城网-某城日报 作者:李某"
    >>> [text[c.start:c.end] for c in source_credit_candidates(text)]
    ['东川融媒', '某城网', '某城日报']
    """
    org = lexicon().patterns["org"]
    not_outlets = frozenset(org["not_outlets"])
    fields = tuple(org["credit_fields"])  # "来源:发布时间:…": an empty credit, then the next field
    ends = tuple(org["byline_outlet_ends"])
    out = []
    for m in re.finditer(org["source_credit"], text):
        names = ["outlet"]
        if m.group("second") is not None:  # "来源:某某网-某某日报": two outlets, or none named
            if not (m.group("outlet").endswith(ends) and m.group("second").endswith(ends)):
                continue
            names.append("second")
        if m.group("outlet") in not_outlets or m.group("outlet").startswith(fields):
            continue
        if m.group("yu") is not None and not outlet_named(m.group("outlet")):
            continue  # "资金来源于…": only a name that ends like an outlet's follows 来源于
        spans = [(m.start(g), m.end(g)) for g in names]
        out += [Candidate(a, b, "ORG", "bylines", 0.8, {"head": "source_credit"}) for a, b in dotted_parts(text, spans)]
    return out


def titled_outlet_candidates(text: str) -> list[Candidate]:
    """A paper named in book-title marks is an organisation ("内容出处: 《某某日报》 报纸"): the
    marks hold a document's title unless the name ends like a paper's. ``org.titled_outlet``,
    ``org.titled_outlet_ends``.

    >>> text = "《溪南日报》、溪南电视台等媒体 《 溪南晚报 》 《关于某某的通报》 《工作简报》"
    >>> [text[c.start:c.end] for c in titled_outlet_candidates(text)]
    ['溪南日报', '溪南晚报']
    """
    org = lexicon().patterns["org"]
    ends = tuple(org["titled_outlet_ends"])
    return [
        Candidate(m.start("outlet"), m.end("outlet"), "ORG", "bylines", 0.85, {"head": "titled_outlet"})
        for m in re.finditer(org["titled_outlet"], text)
        if m.group("outlet").endswith(ends)
    ]


def closing_credit_candidates(text: str) -> list[Candidate]:
    """An outlet alone in the brackets that close a paragraph credits the report, an organisation
    ("…签约仪式。(某某日报)", "(某某新闻/王某 某地报导)"); a name that does not end like an
    outlet's ("(王某)") or names none ("(本报)") is not one. ``org.closing_credit``.

    >>> text = "副县长出席签约仪式。(溪南日报)\\n(青岚新闻/王某 某地报导)\\n仪式举行。(王晓明)\\n某某公司(某某报)"
    >>> [text[c.start:c.end] for c in closing_credit_candidates(text)]
    ['溪南日报', '青岚新闻']
    """
    org = lexicon().patterns["org"]
    return [
        Candidate(m.start("outlet"), m.end("outlet"), "ORG", "bylines", 0.85, {"head": "closing_credit"})
        for m in re.finditer(org["closing_credit"], text)
        if outlet_named(m.group("outlet"))
    ]


def outlet_candidates(text: str) -> list[Candidate]:
    """The outlet that opens a report's lead or a byline is an organisation: "某某网 绍兴12月21日电",
    "某某在线消息 11月23日", "【某某2012年11月29日訊】", "某某新闻记者 王某" (the tagger reads it as a
    common noun or runs it into the place after it). ``org.dateline_outlet``, ``org.byline_outlet``.

    >>> text = "南江网湖南某县2019年4月22日电 2019年4月22日上午\\n溪口在线消息 11月23日,"
    >>> text += "\\n本报天台11月7日电 (记者 王某)\\n红原新闻记者 李某\\n溪北网·青岚新闻济南5月8日讯(记者 王某)"
    >>> text += "\\n某信息网讯:近日\\n丝路某城/某州融媒体中心讯(记者 王某)\\n某城网-某地融媒体中心(记者 王某)"
    >>> [text[c.start:c.end] for c in outlet_candidates(text)]  # doctest: +NORMALIZE_WHITESPACE
    ['南江网', '溪口在线', '青岚新闻', '溪北网', '某信息网', '某州融媒体中心', '红原新闻', '某城网',
     '某地融媒体中心']
    """
    org = lexicon().patterns["org"]
    not_outlets = frozenset(org["not_outlets"])
    outlet_like = tuple(org["byline_outlet_ends"])
    word_ends = tuple(org["outlet_word_ends"])
    places = gazetteer_regex()
    out = []
    for m in re.finditer(org["dateline_outlet"], text):
        brand = m.group("sep") == "·" and brand_before_dot(m.group("pair"), m.group("run"))
        if m.group("sep") == "·" and not outlet_named(m.group("pair")) and not brand:
            continue  # "中国·某某网讯": a place before the dot, one outlet's name
        start, run = m.start("run"), m.group("run")
        opener = next((w for w in org["lead_openers"] if run.startswith(w)), "")
        start, run = start + len(opener), run[len(opener) :]
        # "某某网湖南某市…电": the place reported from is written right after the outlet's name,
        # which ends in one of outlet_ends ("本报天台…电" is 本报 and 天台, not one name ending in
        # 台); a place the gazetteer does not hold ("某某社南投…電") is the last two or three
        # characters after one.
        ends = [k + 1 for k in range(1, len(run) - 1) if run[k] in org["outlet_ends"]]
        ends = sorted(ends + [k for k in range(3, len(run) - 1) if run[:k].endswith(word_ends)])
        plain = to_simplified(run)
        cut = next((k for k in ends if places.match(plain, k)), None)
        # ("中国台湾网", "某州融媒体中心" are one name each: it ends like an outlet's)
        if cut is None and not run.endswith(tuple(org["outlet_ends"])) and not outlet_named(run):
            cut = next((k for k in reversed(ends) if 2 <= len(run) - k <= 3), None)
        # "某某网河南频道讯": a channel named by its place after a site ending in 网 (outlet_ends) is
        # the outlet; the golds keep "国际在线重庆频道" as its site 国际在线 (real-pages-2 q09)
        channel = cut is not None and run[cut - 1] in org["outlet_ends"] and channel_after_place(plain[cut:])
        cut = len(run) if cut is None or channel else cut
        name = run[:cut]
        if len(name) < 2 or name in not_outlets or (cut == len(run) and load_gazetteer().lookup(name)):
            continue  # "本报讯", "北京6月22日电": no outlet named
        if m.group("open") is not None and not name.endswith(outlet_like):
            continue  # the lead's text right after the mark: only a name that ends like an outlet
        out.append(Candidate(start, start + len(name), "ORG", "bylines", 0.85, {"head": "dateline_outlet"}))
        pair = m.group("pair")
        if pair and (outlet_named(pair) or brand):  # "某某新闻网-某某报1月16日讯", "某某网·某某新闻某地…讯"
            out.append(Candidate(m.start("pair"), m.end("pair"), "ORG", "bylines", 0.85, {"head": "dateline_outlet"}))
    for m in re.finditer(org["byline_outlet"], text):
        # "某某网-某地融媒体中心(记者 王某)": a site before a dash, each an outlet
        for part in ("pair", "run"):
            if m.group(part) is not None and outlet_named(m.group(part)):
                out.append(Candidate(m.start(part), m.end(part), "ORG", "bylines", 0.85, {"head": "byline_outlet"}))
    return out + dotted_outlet_candidates(text)


# Read once per article: the byline source (outlet candidates) and the selection
# (:func:`without_dotted_runs`) both ask for the same text's matches, one right after the other.
@lru_cache(maxsize=1)
def _dotted_outlet_matches(text: str) -> tuple[tuple[re.Match[str], bool], ...]:
    """The matches of ``org.dotted_byline_outlets`` whose second part ends like an outlet, each
    with whether the dot is inside one name (a place before it, "中国·某某网")."""
    org = lexicon().patterns["org"]
    not_outlets = frozenset(org["not_outlets"])
    countries = {full for _short, full in lexicon().country_names}
    out = []
    for m in re.finditer(org["dotted_byline_outlets"], text):
        first, second = m.group("first"), m.group("second")
        if outlet_named(second) and first not in not_outlets:
            out.append((m, bool(gazetteer_regex().fullmatch(to_simplified(first))) or first in countries))
    return tuple(out)


@lru_cache(maxsize=1)
def _dotted_dateline_dots(text: str) -> list[int]:
    """Where the middle dot stands in the datelines opened by a site and its channel ("某某网·某某新闻
    某地…讯", ``org.dateline_outlet`` with ``sep`` a dot and an outlet's name before it)."""
    org = lexicon().patterns["org"]
    return [
        m.start("sep")
        for m in re.finditer(org["dateline_outlet"], text)
        if m.group("sep") == "·" and outlet_named(m.group("pair"))
    ]


def without_dotted_runs(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """Other sources' names read across the dot of two joined outlets ("新某某·某某日报记者": the
    tagger's "某某·某某日报"; "某某网·某某新闻济南…讯": the tagger's person "某某网·某某") are dropped:
    the two outlets are :func:`dotted_outlet_candidates` and :func:`outlet_candidates`."""
    dots = [m.end("first") for m, one_name in _dotted_outlet_matches(text) if not one_name]
    dots += _dotted_dateline_dots(text)
    if not dots:
        return candidates
    return [c for c in candidates if c.source == "bylines" or not any(c.start < d < c.end for d in dots)]


def dotted_outlet_candidates(text: str) -> list[Candidate]:
    """Two outlets joined by a middle dot before 记者 ("某某网·某某新闻记者 王某"): both are
    organisations; a place before the dot is part of one outlet's name ("中国·某某网记者").
    ``org.dotted_byline_outlets``.

    >>> text = "(新某城·某城日报记者 王某) 某某网·某某新闻记者 李某 中国·某城网记者 张某"
    >>> [text[c.start:c.end] for c in dotted_outlet_candidates(text)]
    ['新某城', '某城日报', '某某网', '某某新闻', '中国·某城网']
    """
    out = []
    for m, one_name in _dotted_outlet_matches(text):
        if one_name:
            spans = [(m.start("first"), m.end("second"))]
        else:
            spans = [(m.start("first"), m.end("first")), (m.start("second"), m.end("second"))]
        out += [Candidate(s, e, "ORG", "bylines", 0.85, {"head": "byline_outlet"}) for s, e in spans]
    return out
