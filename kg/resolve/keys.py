"""Keys and normal forms: what a mention is called before any merge, and where it stands.

A *key* is ``TYPE|name`` (``PLACE|code:140200`` for a division of the gazetteer); a name
that only holds in one place carries its scope (``ORG|县委@d.txt``). The
:class:`DocumentPlace` of a document is the city and counties it is about, read from its
place mentions; relative names ("市工信局", "县委") are read against it.

>>> project_key("华兴大同农批城项目"), _zone_key("云冈经济技术开发区")
('华兴大同农批城', '云冈经开区')
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from functools import lru_cache
from typing import TYPE_CHECKING

from kg.nlp.entities.dotted_persons import NAME_DOT
from kg.nlp.gazetteer import load_gazetteer
from kg.patterns import alternation, pattern_file
from kg.resolve.home_place import home_division

if TYPE_CHECKING:  # kg.nlp.document loads spaCy: resolution needs only its record types
    from kg.nlp.document import DocumentResult, MentionRecord
    from kg.resolve.document_place import DocumentPlace

_STRIP = re.compile(r"[\s\u3000\"'“”‘’「」『』《》]")
LEVELS = "省市县区乡镇"


def stable_id(kind: str, key: str) -> str:
    """An ASCII id that depends only on the entity's type and key.

    >>> stable_id("PERSON", "PERSON|张强")
    'person-...'
    """
    return f"{kind.lower()}-{hashlib.sha1(key.encode('utf-8')).hexdigest()[:12]}"


def clean(name: str) -> str:
    """A name without spaces and quotation marks (``“云中声谷”`` -> ``云中声谷``)."""
    return _STRIP.sub("", name)


def in_order(part: str, whole: str) -> bool:
    """Every character of ``part`` stands in ``whole``, in the same order (a short form written
    by leaving words out of the full one).

    >>> in_order("投资说明会", "投资环境说明会"), in_order("说明投资会", "投资环境说明会")
    (True, False)
    """
    rest = iter(whole)
    return all(ch in rest for ch in part)


def person_key_name(name: str) -> str:
    """A person's name for its key: :func:`clean`, the dot between its parts always "·" (pages
    write one person's name with any of the dots of ``NAME_DOT``).

    >>> person_key_name("阿某提•伊明") == person_key_name("阿某提.伊明") == "阿某提·伊明"
    True
    """
    return NAME_DOT.sub("·", clean(name))


#: What joins a key to the one place it holds in, a city or a document: "ORG|县委@a.txt".
SCOPE_MARK = "@"


def scoped_key(key: str, scope: str) -> str:
    """A key that holds only within ``scope`` (a city, or a document's name).

    >>> scoped_key("ORG|县委", "a.txt")
    'ORG|县委@a.txt'
    """
    return f"{key}{SCOPE_MARK}{scope}"


def split_scope(key: str) -> tuple[str, str]:
    """A key without its scope, and the scope ("" for a key that holds everywhere).

    >>> split_scope("ORG|县委@a.txt"), split_scope("PERSON|张强")
    (('ORG|县委', 'a.txt'), ('PERSON|张强', ''))
    """
    base, _, scope = key.partition(SCOPE_MARK)
    return base, scope


def key_name(key: str) -> str:
    """The name of a key, without its type and scope.

    >>> key_name("ORG|县委@d.txt"), key_name("PERSON|张强")
    ('县委', '张强')
    """
    return split_scope(key)[0].split("|", 1)[-1]


def company_suffix(name: str) -> str:
    """The word of ``[org] company_suffixes`` (resolution.toml) that ends ``name``, or "".

    >>> company_suffix("某某电力机车有限公司"), company_suffix("某某市工信局")
    ('有限公司', '')
    """
    found = _company_suffix().search(name)
    return found.group() if found else ""


@lru_cache(maxsize=1)
def _company_suffix() -> re.Pattern[str]:
    return re.compile(f"(?:{alternation(resolution_patterns()['org']['company_suffixes'])})$")


def org_core(name: str) -> str:
    """A company's name without its company word ("中车大同公司" -> 中车大同)."""
    return name[: len(name) - len(company_suffix(name))] or name


def brand(name: str) -> str:
    """The name without company suffixes and business words ("秦淮数据集团" -> "秦淮")."""
    tails = tuple(patterns()["org"]["brand_tails"])
    core = org_core(name)
    while core.endswith(tails):
        t = next(x for x in tails if core.endswith(x))
        if len(core) - len(t) < 2:
            break
        core = core[: -len(t)]
    return core


def patterns() -> dict:
    """``ontology/patterns/entities.toml`` (what recognition reads; names are keyed by it too)."""
    return pattern_file("entities")


def resolution_patterns() -> dict:
    """``ontology/patterns/resolution.toml``: what cross-document resolution compares."""
    return pattern_file("resolution")


class UnionFind:
    """Union-find over keys; every union that joins two sets is logged with its reason.

    >>> uf = UnionFind()
    >>> uf.union("ORG|a", "ORG|b", "short_form", "d.txt")
    >>> uf.find("ORG|b"), uf.log
    ('ORG|a', [('ORG|a', 'ORG|b', 'short_form', 'd.txt')])
    """

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}
        self.log: list[tuple[str, str, str, str]] = []

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str, why: str = "", where: str = "") -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            # Deterministic representative: the smaller key.
            if rb < ra:
                ra, rb = rb, ra
            self.parent[rb] = ra
            self.log.append((a, b, why, where))


def type_votes(doc: DocumentResult) -> dict[str, str]:
    """One type for a name the tagger calls now a place, now an organisation in one document
    ("晋创谷·大同"): the more frequent, an organisation on a tie. Divisions keep PLACE.

    >>> from kg.nlp.document import DocumentResult, MentionRecord
    >>> ms = [MentionRecord(0, i, i + 6, "晋创谷·大同", "晋创谷·大同", t, "statistical", 0.6) for i, t in
    ...       enumerate(["PLACE", "ORG", "PLACE"])]
    >>> type_votes(DocumentResult("d.txt", ms, [], 1))
    {'晋创谷·大同': 'PLACE'}
    """
    counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for m in doc.mentions:
        if m.label in ("ORG", "PLACE") and not m.attrs.get("admin_code"):
            counts[clean(m.norm)][m.label] += 1
    out = {}
    for name, c in counts.items():
        if len(c) == 2 and not load_gazetteer().lookup(name):
            out[name] = "PLACE" if c["PLACE"] > c["ORG"] else "ORG"
    # A base or park that a project is built in ("某某能源化工基地|200万千瓦光伏项目") is a place
    # there and a project where it stands alone: one entity, a project (both types are fair).
    bases = {clean(m.norm) for m in doc.mentions if m.label == "PLACE" and m.attrs.get("base")}
    for m in doc.mentions:
        if m.label == "PROJECT" and clean(m.norm) in bases:
            out[clean(m.norm)] = "PROJECT"
    return out


def mention_key(doc: DocumentResult, m: MentionRecord, label: str | None = None) -> str:
    """The first, pre-merge key of a mention (``label`` overrides the mention's type)."""
    if label and label != m.label:
        return f"{label}|{clean(m.norm)}"
    if m.label == "PLACE":
        if m.norm in resolution_patterns()["place"]["home_city_names"] and doc.home_city:
            # (a county-level city's paper: its 我市 is that city, not the prefecture)
            home = home_division(doc)
            div = [d for d in load_gazetteer().lookup(home or "") if d.name == home]
            if home != doc.home_city and div:
                return f"PLACE|code:{div[0].code}"
        if m.attrs.get("admin_code"):
            return f"PLACE|code:{m.attrs['admin_code']}"
        if m.attrs.get("country"):
            return f"PLACE|{m.attrs['country']}"  # "中俄两国": 俄 is 俄罗斯
        if m.norm in resolution_patterns()["place"]["home_city_names"] and doc.home_city:
            div = load_gazetteer().lookup(doc.home_city)
            if div:
                return f"PLACE|code:{div[0].code}"
        div = load_gazetteer().lookup(clean(m.norm))
        if div and len(load_gazetteer().homonyms(div[0].name)) > 1:
            # (a name of two trees' divisions: the one the document codes it as elsewhere)
            coded = (x.attrs.get("admin_code") for x in doc.mentions if x.label == "PLACE" and x.norm == m.norm)
            code = next((c for c in coded if c), None)
            if code:
                return f"PLACE|code:{code}"
        if div:
            return f"PLACE|code:{div[0].code}"
        if m.attrs.get("page_zone"):  # "高新区" alone: the zone of its page, not another page's
            return scoped_key(f"PLACE|{_zone_key(clean(m.norm))}", doc.doc)
        return f"PLACE|{_zone_key(clean(m.norm))}"
    if m.label == "PROJECT":
        if m.attrs.get("generic_name"):  # "污水处理厂项目": a kind of project, one per document
            return scoped_key(f"PROJECT|{project_key(clean(m.norm))}", doc.doc)
        return f"PROJECT|{project_key(clean(m.norm))}"
    if m.label == "PERSON":
        return f"PERSON|{person_key_name(m.norm)}"
    return f"{m.label}|{clean(m.norm)}"


def project_key(name: str) -> str:
    """ "华兴大同农批城项目" and "华兴大同农批城" share a key: 项目 after a name that already
    ends in a head word of its kind adds nothing.

    >>> project_key("华兴大同农批城项目"), project_key("华阳高性能碳纤维项目")
    ('华兴大同农批城', '华阳高性能碳纤维项目')
    """
    heads = tuple(h for h in patterns()["project"]["heads"] if not h.endswith(("项目", "工程")))
    for tail in ("建设项目", "项目"):
        if name.endswith(tail) and name[: -len(tail)].endswith(heads):
            return name[: -len(tail)]
    return name


def _zone_key(name: str) -> str:
    """ "云冈经济技术开发区" and "云冈经开区" share a key."""
    abbreviations = patterns()["place"]["zone_abbreviations"]
    for long, short in sorted(abbreviations.items(), key=lambda x: -len(x[0])):
        if name.endswith(long):
            return name[: -len(long)] + short
    return name


def relative_body(name: str) -> bool:
    """A body named relative to a place the text leaves unsaid: "市工信局", "县委", "区管委会".
    Two such names in two documents may be the bodies of two different places."""
    return len(name) >= 2 and name[0] in LEVELS and not company_suffix(name)


def scoped(r: DocumentResult, key: str, place: DocumentPlace | None = None) -> str:
    """The key of an organisation named relative to a place: "市X" is "<city>X", "县X" is
    "<county>X" where the document shows which city or county it is about; else it holds only
    in its document ("县委" of one county's article is not that of another's).

    >>> from kg.nlp.document import DocumentResult
    >>> from kg.resolve.document_place import DocumentPlace
    >>> scoped(DocumentResult("d.txt", [], [], 1, home_city="长治市"), "ORG|市发展改革委")
    'ORG|长治市发展改革委'
    >>> scoped(DocumentResult("d.txt", [], [], 1), "ORG|县委", DocumentPlace(by_level={"县": "肥西县"}))
    'ORG|肥西县委'
    >>> scoped(DocumentResult("d.txt", [], [], 1), "ORG|县委")
    'ORG|县委@d.txt'
    """
    name = key.split("|", 1)[1]
    # "县府": a government's short form, keyed as its full name ("县政府") so that the article's
    # "某某县政府" and "县府" are one body
    name = patterns()["org"]["government_short_forms"].get(name, name)
    if not relative_body(name):
        return key
    if name[0] == "市" and r.home_city and r.home_city.endswith("市"):
        return f"ORG|{home_division(r)}{name[1:]}"
    where = place.by_level.get(name[0]) if place else None
    if where:
        return f"ORG|{where}{name[1:]}"
    return scoped_key(f"ORG|{name}", r.doc)


def region_stripped(name: str) -> list[str]:
    """The name without one, two … of the divisions it opens with (a brand may itself read as
    a county's name: "山西龙川检测" -> ["龙川检测", "检测"]).

    >>> region_stripped("山西太原华远新材料")
    ['太原华远新材料', '华远新材料']
    """
    from kg.nlp.entities import gazetteer_regex

    rx = gazetteer_regex()
    out = []
    while (m := rx.match(name)) and len(name) - m.end() >= 2:
        name = name[m.end() :]
        out.append(name)
    return out


def division_prefix(prefix: str, level: str) -> bool:
    """Whether ``prefix`` is a division's full name of that level character ("灵丘县", "县")."""
    return prefix.endswith(level) and any(d.name == prefix for d in load_gazetteer().lookup(prefix))


def name_city(name: str) -> str | None:
    """The city a name opens with, by a division's full name ("大同市委" -> "大同市"; a
    county's name gives its city). None when the name opens with no division's full name.

    >>> name_city("大同市委"), name_city("灵丘县人民政府"), name_city("市委")
    ('大同市', '大同市', None)
    """
    gaz = load_gazetteer()
    for n in range(min(len(name) - 1, 8), 1, -1):
        found = [d for d in gaz.lookup(name[:n]) if d.name == name[:n]]
        if found:
            d = found[0]
            if d.level == "county":
                p = gaz.parent(d)
                return p.name if p is not None else None
            return d.name if d.level == "city" else None
    return None


@lru_cache(maxsize=1)
def size_pattern() -> re.Pattern[str]:
    return re.compile(patterns()["project"]["size"])
