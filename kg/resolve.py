"""Entity resolution across the corpus: one entity per real thing, with its names.

Rules, in order:

* places with an administrative code are one entity per code (大同 = 大同市; 靈丘 = 灵丘县);
  "我市"/"本市" is an alias of the paper's city where the document shows which it is;
* organisations whose core names (without 有限公司 / 公司 / 集团 …) are prefixes of one
  another in the same document are one entity (中车大同 / 中车大同公司 /
  中车大同电力机车有限公司); "市工信局" and "大同市工信局" are one where 大同市 is the city;
* persons with one name are one entity unless their employers differ (two 王强 working for
  different organisations stay apart; 市委 and 大同市委 are not different);
* other names are one entity per type and normalised name.

The label is the fullest simplified form; aliases are every other form, traditional
forms included. Entity ids are ASCII and stable: a hash of the type and the key.

>>> from kg.nlp.document import DocumentResult, MentionRecord
>>> m = [MentionRecord(0, 0, 2, "張強", "张强", "PERSON", "statistical", 0.6)]
>>> ents, rels = resolve([DocumentResult("d.txt", m, [], 1)])
>>> ents[0].label, ents[0].aliases
('张强', ['張強'])
"""

from __future__ import annotations

import hashlib
import re
import tomllib
from collections import defaultdict
from collections.abc import Iterable, Sequence
from functools import lru_cache

from kg.model import Entity, Mention, Relation
from kg.nlp.document import DocumentResult
from kg.nlp.gazetteer import load_gazetteer
from kg.resources import ontology_path

_COMPANY_SUFFIX = re.compile(r"(?:股份有限公司|有限责任公司|有限公司|分公司|公司|集团)$")
_STRIP = re.compile(r"[\s\u3000\"'“”‘’「」『』《》]")


def stable_id(kind: str, key: str) -> str:
    """An ASCII id that depends only on the entity's type and key."""
    return f"{kind.lower()}-{hashlib.sha1(key.encode('utf-8')).hexdigest()[:12]}"


def clean(name: str) -> str:
    return _STRIP.sub("", name)


def _org_core(name: str) -> str:
    return _COMPANY_SUFFIX.sub("", name) or name


def _brand(name: str) -> str:
    """The name without company suffixes and business words ("秦淮数据集团" -> "秦淮")."""
    tails = tuple(_patterns()["org"]["brand_tails"])
    core = _org_core(name)
    while core.endswith(tails):
        t = next(x for x in tails if core.endswith(x))
        if len(core) - len(t) < 2:
            break
        core = core[: -len(t)]
    return core


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            # Deterministic representative: the smaller key.
            if rb < ra:
                ra, rb = rb, ra
            self.parent[rb] = ra


def _type_votes(doc: DocumentResult) -> dict[str, str]:
    """One type for a name the tagger calls now a place, now an organisation in one document
    ("晋创谷·大同"): the more frequent, an organisation on a tie. Divisions keep PLACE.

    >>> from kg.nlp.document import MentionRecord
    >>> ms = [MentionRecord(0, i, i + 6, "晋创谷·大同", "晋创谷·大同", t, "statistical", 0.6) for i, t in
    ...       enumerate(["PLACE", "ORG", "PLACE"])]
    >>> _type_votes(DocumentResult("d.txt", ms, [], 1))
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


def _mention_key(doc: DocumentResult, m, label: str | None = None) -> str:
    """The first, pre-merge key of a mention (``label`` overrides the mention's type)."""
    if label and label != m.label:
        return f"{label}|{clean(m.norm)}"
    if m.label == "PLACE":
        if m.attrs.get("admin_code"):
            return f"PLACE|code:{m.attrs['admin_code']}"
        if m.norm in ("我市", "本市") and doc.home_city:
            div = load_gazetteer().lookup(doc.home_city)
            if div:
                return f"PLACE|code:{div[0].code}"
        div = load_gazetteer().lookup(clean(m.norm))
        if div:
            return f"PLACE|code:{div[0].code}"
        return f"PLACE|{_zone_key(clean(m.norm))}"
    if m.label == "PROJECT":
        return f"PROJECT|{_project_key(clean(m.norm))}"
    return f"{m.label}|{clean(m.norm)}"


@lru_cache(maxsize=1)
def _patterns() -> dict:
    with open(ontology_path("patterns", "entities.toml"), "rb") as f:
        return tomllib.load(f)


def _zone_abbreviations() -> dict[str, str]:
    return _patterns()["place"]["zone_abbreviations"]


def _project_key(name: str) -> str:
    """ "华兴大同农批城项目" and "华兴大同农批城" share a key: 项目 after a name that already
    ends in a head word of its kind adds nothing.

    >>> _project_key("华兴大同农批城项目"), _project_key("华阳高性能碳纤维项目")
    ('华兴大同农批城', '华阳高性能碳纤维项目')
    """
    heads = tuple(h for h in _patterns()["project"]["heads"] if not h.endswith(("项目", "工程")))
    for tail in ("建设项目", "项目"):
        if name.endswith(tail) and name[: -len(tail)].endswith(heads):
            return name[: -len(tail)]
    return name


def _zone_key(name: str) -> str:
    """ "云冈经济技术开发区" and "云冈经开区" share a key."""
    for long, short in sorted(_zone_abbreviations().items(), key=lambda x: -len(x[0])):
        if name.endswith(long):
            return name[: -len(long)] + short
    return name


def resolve(results: Iterable[DocumentResult]) -> tuple[list[Entity], list[Relation]]:
    """Merge the mentions of all documents into entities and their relations into facts."""
    results = sorted(results, key=lambda r: r.doc)
    uf = _UnionFind()
    keys: list[list[str]] = []
    for r in results:
        votes = _type_votes(r)
        ks = [_mention_key(r, m, votes.get(clean(m.norm))) for m in r.mentions]
        ks = [_scoped(r, k) if k.startswith("ORG|") else k for k in ks]
        keys.append(ks)
        for k in ks:
            uf.find(k)
        _merge_orgs_in_document(r, ks, uf)
        _merge_projects_in_document(r, uf)
        _merge_event_editions(r, ks, uf)
        _merge_short_forms_in_document(r, ks, uf)
    person_orgs = _person_employers(results, keys, uf)
    # Persons: split a name into one entity per distinct employer set when they conflict.
    clusters: dict[str, list[tuple[DocumentResult, int]]] = defaultdict(list)
    final_keys: list[list[str]] = []
    for r, ks in zip(results, keys, strict=True):
        fk = []
        for i, k in enumerate(ks):
            root = uf.find(k)
            if root.startswith("PERSON|"):
                root = person_orgs.get((r.doc, root), root)
            fk.append(root)
            clusters[root].append((r, i))
        final_keys.append(fk)

    entities: dict[str, Entity] = {}
    key_to_id: dict[str, str] = {}
    for root in sorted(clusters):
        members = clusters[root]
        label_type = root.split("|", 1)[0]
        names = sorted(
            {m.norm for r, i in members for m in [r.mentions[i]]}
            | {m.attrs["without_place"] for r, i in members for m in [r.mentions[i]] if m.attrs.get("without_place")}
            | {m.attrs["also_called"] for r, i in members for m in [r.mentions[i]] if m.attrs.get("also_called")}
        )
        originals = sorted({r.mentions[i].text for r, i in members})
        attrs: dict = {}
        for r, i in members:
            for k, v in r.mentions[i].attrs.items():
                if k in ("admin_code", "admin_level"):
                    attrs.setdefault(k, v)
        label = _label(root, names, attrs)
        aliases = sorted((set(names) | set(originals)) - {label})
        eid = stable_id(label_type, root)
        key_to_id[root] = eid
        mentions = sorted(
            {Mention(r.doc, r.mentions[i].start, r.mentions[i].end, r.mentions[i].text) for r, i in members}
        )
        entities[eid] = Entity(eid, label_type, label, aliases, mentions, attrs)

    relations = _relations(results, final_keys, key_to_id, entities)
    _meeting_dates(results, final_keys, key_to_id, entities)
    relations += _admin_hierarchy(entities, relations)
    return sorted(entities.values(), key=lambda e: e.id), relations


def _label(root: str, names: list[str], attrs: dict) -> str:
    if attrs.get("admin_code"):
        d = load_gazetteer().divisions.get(attrs["admin_code"])
        if d:
            return d.name
    candidates = [n for n in names if n not in ("我市", "本市")] or names
    return max(candidates, key=lambda n: (len(clean(n)), n))


def _relative_body(name: str) -> bool:
    """A body named relative to a place the text leaves unsaid: "市工信局", "县委", "区管委会".
    Two such names in two documents may be the bodies of two different places."""
    return len(name) >= 2 and name[0] in _LEVELS and not _COMPANY_SUFFIX.search(name)


def _scoped(r: DocumentResult, key: str) -> str:
    """The key of an organisation named relative to a place: "市X" is "<home city>X" in a paper
    that shows its city; else it holds only in its document ("县委" of one county's article is
    not that of another's).

    >>> _scoped(DocumentResult("d.txt", [], [], 1, home_city="长治市"), "ORG|市发展改革委")
    'ORG|长治市发展改革委'
    >>> _scoped(DocumentResult("d.txt", [], [], 1), "ORG|县委")
    'ORG|县委@d.txt'
    """
    name = key.split("|", 1)[1]
    if not _relative_body(name):
        return key
    if name[0] == "市" and r.home_city and r.home_city.endswith("市"):
        return f"ORG|{r.home_city}{name[1:]}"
    return f"ORG|{name}@{r.doc}"


def _merge_orgs_in_document(r: DocumentResult, ks: list[str], uf: _UnionFind) -> None:
    """Short and full forms of one organisation in one document.

    Merged: a name and the same name without its place prefix (广灵县御鑫隆再生资源有限公司 /
    御鑫隆再生资源有限公司); core names that extend one another (中车大同 / 中车大同公司 /
    中车大同电力机车有限公司); a name that ends a longer one of at least three characters
    (历史文化学院 / 中央民族大学历史文化学院); 市X and <city>市X.
    """
    def key(name: str) -> str:
        return _scoped(r, f"ORG|{name}")

    # A body's name without its place ("能源局" of "某市能源局") is that body's only where no
    # other body of the document has it: the bodies of two places never merge.
    shorts: dict[str, set[str]] = defaultdict(set)
    for m, k in zip(r.mentions, ks, strict=True):
        short = m.attrs.get("without_place")
        if short:
            shorts[clean(short)].add(k)
    for m, k in zip(r.mentions, ks, strict=True):
        short = m.attrs.get("without_place")
        if short and m.label == "ORG" and not _COMPANY_SUFFIX.search(clean(short)):
            if len(shorts[clean(short)]) == 1:
                uf.union(k, key(clean(short)) if _relative_body(clean(short)) else f"ORG|{clean(short)}@{r.doc}")
        elif short:
            uf.union(k, f"{m.label}|{clean(short)}")
        declared = m.attrs.get("short_form")
        if declared and m.label == "ORG":
            # "某某科技有限公司(以下简称“某某科技”)": the declared short form is this company.
            uf.union(k, key(clean(declared)))
    orgs = sorted({clean(m.norm) for m in r.mentions if m.label == "ORG"}, key=len)
    # A bare body that ends the names of two bodies ("能源局" of two places) is neither's.
    ends_of = {a: [b for b in orgs if b != a and b.endswith(a)] for a in orgs}
    # What the pairs below compare, computed once per name (the pairs are quadratic).
    core = {a: _org_core(a) for a in orgs}
    brand = {a: _brand(a) for a in orgs}
    company = {a: _COMPANY_SUFFIX.search(a) is not None for a in orgs}
    stripped = {a: _region_stripped(core[a]) for a in orgs if company[a]}
    for i, a in enumerate(orgs):
        ca = core[a]
        for b in orgs[i + 1 :]:
            cb = core[b]
            same = len(ca) >= 3 and cb.startswith(ca) and company[b]
            # "某某公司" / "某某检测技术公司" / "某某储能" for "山西某某储能科技股份有限公司": the
            # company's name without the place it opens with
            same = same or (len(ca) >= 3 and company[b] and any(x.startswith(ca) for x in stripped[b]))
            # "秦淮 / 秦淮数据 / 秦淮集团 / 秦淮数据集团": one brand with business words after it
            same = same or (len(a) >= 2 and brand[a] == brand[b])
            same = same or (
                len(a) >= 4 and b.endswith(a) and not a.startswith(("市", "县", "省", "区")) and len(ends_of[a]) == 1
            )
            if same:
                uf.union(key(a), key(b))
        # "清华美院" for "清华大学美术学院", "大同中院" for "大同市中级人民法院": an abbreviation
        # keeps the first two characters, the last one and the order of the rest.
        if len(a) >= 3:
            full = [b for b in orgs if len(b) > len(a) + 1 and _abbreviates(a, b)]
            if len(full) == 1:
                uf.union(key(a), key(full[0]))
        # "县委组织部" after "灵丘县委组织部": the level word stands for the one division of that
        # level the document's bodies name.
        if len(a) >= 2 and a[0] in _LEVELS:
            longer = [
                b for b in orgs if b != a and b.endswith(a[1:]) and _division_prefix(b[: len(b) - len(a) + 1], a[0])
            ]
            if len(longer) == 1:
                uf.union(key(a), key(longer[0]))


_LEVELS = "省市县区乡镇"


def _region_stripped(name: str) -> list[str]:
    """The name without one, two … of the divisions it opens with (a brand may itself read as
    a county's name: "山西龙川检测" -> ["龙川检测", "检测"]).

    >>> _region_stripped("山西太原华远新材料")
    ['太原华远新材料', '华远新材料']
    """
    from kg.nlp.entities import gazetteer_regex

    rx = gazetteer_regex()
    out = []
    while (m := rx.match(name)) and len(name) - m.end() >= 2:
        name = name[m.end() :]
        out.append(name)
    return out


_EDITION = re.compile(r"^(?:第[一二三四五六七八九十百0-9]+[届次]|[0-9]{4}年?(?:度)?)+")


def _merge_event_editions(r: DocumentResult, ks: list[str], uf: _UnionFind) -> None:
    """An event named with and without its edition or year in one document is one event: a
    headline's "某某国际摄影周新闻发布会" is the lead's "第三届某某国际摄影周新闻发布会"."""
    keys = {clean(m.norm): k for m, k in zip(r.mentions, ks, strict=True) if m.label == "MEETING"}
    for name, k in keys.items():
        m = _EDITION.match(name)
        if m and len(name) - m.end() >= 4 and name[m.end() :] in keys:
            uf.union(k, keys[name[m.end() :]])


def _merge_short_forms_in_document(r: DocumentResult, ks: list[str], uf: _UnionFind) -> None:
    """An event or project named once in full and once without its scope, title or size is one
    thing: "全县生态文化旅游发展推进会" / "生态文化旅游发展推进会", "云中遗珍——辽金文物精品展" /
    "辽金文物精品展", "某区150万千瓦风光储一体化项目" / "某区风光储一体化项目" (a headline or a
    caption shortens the lead's name); a village without its level word ("某某堡" / "某某堡村").

    >>> from kg.nlp.document import MentionRecord
    >>> names = [("全市招商引资推进会", "MEETING"), ("招商引资推进会", "MEETING"),
    ...          ("某县20万千瓦光伏项目", "PROJECT"), ("某县光伏项目", "PROJECT")]
    >>> ms = [MentionRecord(0, 0, 1, n, n, t, "head_words", 0.7) for n, t in names]
    >>> uf = _UnionFind()
    >>> ks = [_mention_key(DocumentResult("d.txt", ms, [], 1), m) for m in ms]
    >>> _merge_short_forms_in_document(DocumentResult("d.txt", ms, [], 1), ks, uf)
    >>> uf.find(ks[0]) == uf.find(ks[1]), uf.find(ks[2]) == uf.find(ks[3])
    (True, True)
    """
    scopes = tuple(_patterns()["meeting"]["left_edge"]["scopes"])
    size = _size_pattern()
    # "守口堡" for "守口堡村": a village or town named without its level word (not a division
    # of the gazetteer, whose short forms it knows itself)
    places = {clean(m.norm): k for m, k in zip(r.mentions, ks, strict=True) if m.label == "PLACE"}
    for name, k in places.items():
        if len(name) < 2 or load_gazetteer().lookup(name):
            continue
        full = [name + h for h in ("村", "乡", "镇", "社区", "街道") if name + h in places]
        if len(full) == 1:
            uf.union(k, places[full[0]])
    for label in ("MEETING", "PROJECT"):
        keys = {clean(m.norm): k for m, k in zip(r.mentions, ks, strict=True) if m.label == label}
        shorter: dict[str, list[str]] = defaultdict(list)
        for name in keys:
            if label == "PROJECT":
                shorts = [size.sub("", name, count=1)]
            else:
                # "全县|某某推进会"; "某某风华——北魏文物精品展": a headline gives the subtitle alone
                shorts = [name[2:] if name.startswith(scopes) else name, name.rpartition("——")[2]]
            for short in shorts:
                if short != name and len(short) >= 5 and short in keys:
                    shorter[short].append(name)
        for short, full in shorter.items():
            if len(full) == 1:  # (two full forms: the short one names neither)
                uf.union(keys[short], keys[full[0]])


@lru_cache(maxsize=1)
def _size_pattern() -> re.Pattern[str]:
    return re.compile(_patterns()["project"]["size"])


def _merge_projects_in_document(r: DocumentResult, uf: _UnionFind) -> None:
    """One project named with its company in full and with the company's short form or none:
    "山西某某新材料有限公司年产20万吨针状焦项目" = "某某新材料年产20万吨针状焦项目" = "年产20万吨
    针状焦项目" in one document (a caption names it by the brand, the text in full).

    >>> from kg.nlp.document import MentionRecord
    >>> names = [("山西华远新材料有限公司", "ORG"), ("山西华远新材料有限公司年产5万吨石墨项目", "PROJECT"),
    ...          ("华远新材料年产5万吨石墨项目", "PROJECT")]
    >>> ms = [MentionRecord(0, 0, 1, n, n, t, "head_words", 0.7) for n, t in names]
    >>> uf = _UnionFind()
    >>> _merge_projects_in_document(DocumentResult("d.txt", ms, [], 1), uf)
    >>> uf.find("PROJECT|华远新材料年产5万吨石墨项目") == uf.find("PROJECT|山西华远新材料有限公司年产5万吨石墨项目")
    True
    """
    projects: dict[str, str] = {}
    for m in r.mentions:
        if m.label == "PROJECT":
            key = f"PROJECT|{_project_key(clean(m.norm))}"
            for name in (clean(m.norm), clean(m.attrs.get("without_place") or "")):
                if name:
                    projects.setdefault(name, key)
    companies = {clean(m.norm) for m in r.mentions if m.label == "ORG" and _COMPANY_SUFFIX.search(clean(m.norm))}
    for a, key_a in projects.items():
        for o in companies:
            if not a.startswith(o) or len(a) - len(o) < 4:
                continue
            tail, shorts = a[len(o) :], _region_stripped(_org_core(o))
            for b, key_b in projects.items():
                pre = b[: len(b) - len(tail)]
                brand = not pre or (len(pre) >= 2 and any(x.startswith(pre) for x in shorts))
                if b != a and b.endswith(tail) and brand:
                    uf.union(key_a, key_b)


def _abbreviates(short: str, full: str) -> bool:
    """Whether ``short`` is a Chinese abbreviation of ``full``.

    An abbreviation shortens the head too ("美院" for "美术学院"): "浙江大学" is no
    abbreviation of "浙江工业大学".

    >>> _abbreviates("清华美院", "清华大学美术学院"), _abbreviates("浙江大学", "浙江工业大学")
    (True, False)
    """
    if short[:2] != full[:2] or short[-1] != full[-1] or short[-2:] == full[-2:]:
        return False
    if len(full) < 1.5 * len(short):
        return False
    it = iter(full[2:-1])
    return all(ch in it for ch in short[2:-1])


def _division_prefix(prefix: str, level: str) -> bool:
    """Whether ``prefix`` is a division's full name of that level character ("灵丘县", "县")."""
    return prefix.endswith(level) and any(d.name == prefix for d in load_gazetteer().lookup(prefix))


def _person_employers(results, keys, uf) -> dict[tuple[str, str], str]:
    """Give persons of one name but different employers different keys."""
    employers: dict[tuple[str, str], set[str]] = defaultdict(set)
    for r, ks in zip(results, keys, strict=True):
        for rel in r.relations:
            if rel.type == "works_for" and rel.tail is not None:
                person = uf.find(ks[rel.head])
                employers[(r.doc, person)].add(uf.find(ks[rel.tail]))
    by_person: dict[str, dict[str, set[str]]] = defaultdict(dict)
    for (doc, person), orgs in employers.items():
        by_person[person][doc] = orgs
    out: dict[tuple[str, str], str] = {}
    for person, docs in by_person.items():
        groups: list[set[str]] = []
        for doc in sorted(docs):
            orgs = docs[doc]
            group = next((g for g in groups if _same_employer(g, orgs)), None)
            if group is None:
                groups.append(set(orgs))
                group = groups[-1]
            else:
                group |= orgs
            idx = groups.index(group)
            if idx:
                out[(doc, person)] = f"{person}|{idx}"
    return out


def _same_employer(orgs: set[str], others: set[str]) -> bool:
    """Whether two employer sets may be one person's: they share an organisation, or one
    names it relative to the paper's city (市委) where the other names it in full (大同市委)."""
    names = {k.split("|", 1)[-1].split("@", 1)[0] for k in orgs}
    other_names = {k.split("|", 1)[-1].split("@", 1)[0] for k in others}
    return any(a.endswith(b) or b.endswith(a) for a in names for b in other_names)


def _relations(results, final_keys, key_to_id, entities) -> list[Relation]:
    merged: dict[tuple, Relation] = {}
    # Evidence already on each fact: a fact stated in thousands of articles (a county in its
    # city) must not be checked against its whole evidence list every time.
    seen: dict[tuple, set] = {}
    for r, fk in zip(results, final_keys, strict=True):
        for rel in r.relations:
            head = key_to_id[fk[rel.head]]
            tail = key_to_id[fk[rel.tail]] if rel.tail is not None else None
            value = dict(rel.value) if rel.value else None
            if value and isinstance(value.get("org"), int):
                value["org"] = key_to_id[fk[value["org"]]]
            if tail == head:
                continue
            sig = (rel.type, head, tail, _value_sig(rel.type, value))
            if sig in merged:
                existing = merged[sig]
                if rel.evidence not in seen[sig]:
                    seen[sig].add(rel.evidence)
                    existing.evidence.append(rel.evidence)
                # The rule and the confidence come from the same evidence: the best one.
                if rel.confidence > existing.confidence:
                    existing.confidence, existing.rule = rel.confidence, rel.rule
                continue
            rid = stable_id("rel", "|".join(str(x) for x in sig))
            merged[sig] = Relation(rid, rel.type, head, tail, value, [rel.evidence], rel.confidence, rel.rule)
            seen[sig] = {rel.evidence}
    return sorted(merged.values(), key=lambda x: x.id)


def _value_sig(rtype: str, value: dict | None) -> str:
    if not value:
        return ""
    if rtype == "holds_position":
        return f"{value.get('position')}|{value.get('org', '')}"
    return f"{value.get('amount')}|{value.get('qualifier')}"


def _meeting_dates(results, final_keys, key_to_id, entities) -> None:
    for r, fk in zip(results, final_keys, strict=True):
        for i, m in enumerate(r.mentions):
            if m.label == "MEETING" and m.article in r.article_dates:
                e = entities[key_to_id[fk[i]]]
                e.attributes.setdefault("date", r.article_dates[m.article])
            if m.label == "MEETING" and isinstance(m.attrs.get("place"), int):
                # Where the text says the meeting was held: the entity of that place mention.
                entities[key_to_id[fk[i]]].attributes.setdefault("place", key_to_id[fk[m.attrs["place"]]])


def _admin_hierarchy(entities: dict[str, Entity], read: Sequence[Relation] = ()) -> list[Relation]:
    """Derived facts: a county is in its city, a city in its province (``inferred``), unless a
    text states the pair (a ``located_in`` in ``read``), which then stands once, as read.

    >>> _admin_hierarchy({})
    []
    """
    gaz = load_gazetteer()
    by_code = {e.attributes["admin_code"]: e for e in entities.values() if e.attributes.get("admin_code")}
    stated = {(r.head, r.tail) for r in read if r.type == "located_in" and not r.inferred}
    out = []
    for code, e in sorted(by_code.items()):
        d = gaz.divisions.get(code)
        parent = gaz.parent(d) if d else None
        if parent and parent.code in by_code:
            p = by_code[parent.code]
            if (e.id, p.id) in stated:
                continue
            rid = stable_id("rel", f"located_in|{e.id}|{p.id}|admin")
            out.append(Relation(rid, "located_in", e.id, p.id, None, [], 1.0, "admin_hierarchy", inferred=True))
    return out
