"""The merges within one document that :func:`kg.resolve.document.document_keys` runs: short
and full forms of one organisation, names without a scope or size (event editions and places:
:mod:`kg.resolve.event_merges`), projects
named with their company's short form or without their place, and abbreviations
(:func:`abbreviates`). Each join is logged on the union-find with its rule.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from typing import TYPE_CHECKING

from kg.nlp.entities.lexicon_data import gaz_full, gazetteer_regex
from kg.nlp.gazetteer import load_gazetteer
from kg.resolve.body_forms import join_bare_mentions, merge_prefecture_bodies
from kg.resolve.company_contractions import merge_contracted_companies
from kg.resolve.division_forms import merge_division_forms
from kg.resolve.document_place import DocumentPlace
from kg.resolve.keys import (
    LEVELS,
    UnionFind,
    brand,
    clean,
    company_suffix,
    division_prefix,
    in_order,
    key_name,
    mention_key,
    org_core,
    patterns,
    project_key,
    region_stripped,
    relative_body,
    resolution_patterns,
    scoped,
    scoped_key,
    size_pattern,
    split_scope,
)
from kg.resolve.level_bodies import other_division, rekey_close_repeats
from kg.resolve.org_initials import merge_initial_abbreviations
from kg.resolve.outlet_forms import merge_outlet_forms

if TYPE_CHECKING:
    from kg.nlp.document import DocumentResult


def merge_orgs_in_document(r: DocumentResult, ks: list[str], uf: UnionFind, place: DocumentPlace) -> None:
    """Short and full forms of one organisation in one document.

    Merged: a name and the same name without its place prefix (广灵县御鑫隆再生资源有限公司 /
    御鑫隆再生资源有限公司); core names that extend one another (中车大同 / 中车大同公司 /
    中车大同电力机车有限公司); a name that ends a longer one of at least three characters
    (历史文化学院 / 中央民族大学历史文化学院); 市X and <city>市X.
    """
    doc = r.doc

    def key(name: str) -> str:
        return scoped(r, f"ORG|{name}", place)

    # A body's name without its place ("能源局" of "某市能源局") is that body's only where no
    # other body of the document has it: the bodies of two places never merge.
    shorts: dict[str, set[str]] = defaultdict(set)
    project_names = {key_name(k): k for m, k in zip(r.mentions, ks, strict=True) if m.label == "PROJECT"}
    for m, k in zip(r.mentions, ks, strict=True):
        short = m.attrs.get("without_place")
        if short:
            shorts[clean(short)].add(k)
    for m, k in zip(r.mentions, ks, strict=True):
        short = m.attrs.get("without_place")
        if short and m.label == "ORG" and not company_suffix(clean(short)):
            if len(shorts[clean(short)]) == 1:
                s = key(clean(short)) if relative_body(clean(short)) else scoped_key(f"ORG|{clean(short)}", doc)
                uf.union(k, s, "org.without_place", doc)
                join_bare_mentions(clean(short), s, ks, uf, doc)
        elif short and m.label == "PROJECT":
            # "某县集中开工项目" and "集中开工项目": one project where one name of the document has
            # that short form, in this document only (another county's has the same short form)
            if len(clean(short)) > m.attrs.get("common_tail", 0):
                uf.union(k, f"PROJECT|{clean(short)}", "without_place", doc)  # a name of its own
            elif len(shorts[clean(short)]) == 1:
                name = project_key(clean(short))
                s = project_names.get(name, scoped_key(f"PROJECT|{name}", doc))
                uf.union(k, s, "project.without_place", doc)
        elif short:
            uf.union(k, f"{m.label}|{clean(short)}", "without_place", doc)
        declared = m.attrs.get("short_form")
        if declared and m.label == "ORG":
            # "某某科技有限公司(以下简称“某某科技”)": the declared short form is this company.
            uf.union(k, key(clean(declared)), "org.declared_short_form", doc)
    rekey_close_repeats(r, ks)
    # by length, then by name: names of one length must not come in the set's order, which
    # changes from run to run with Python's string hashing (the pairs below are read one way)
    orgs = sorted({clean(m.norm) for m in r.mentions if m.label == "ORG"}, key=lambda a: (len(a), a))
    short_forms = patterns()["org"]["government_short_forms"]
    # A bare body that ends the names of two bodies ("能源局" of two places) is neither's.
    ends_of = {a: [b for b in orgs if b != a and b.endswith(a)] for a in orgs}
    # What the pairs below compare, computed once per name (the pairs are quadratic).
    core = {a: org_core(a) for a in orgs}
    brands = {a: brand(a) for a in orgs}
    company = {a: bool(company_suffix(a)) for a in orgs}
    stripped = {a: region_stripped(core[a]) for a in orgs if company[a]}
    gf = {a: government_form(a) for a in orgs}
    named = Counter(m.attrs["admin_name"] for m in r.mentions if m.label == "PLACE" and m.attrs.get("admin_name"))
    # the division named right before a bare body ("某某|县委书记"): that division's body
    divisions = {
        (m.article, m.end): m.attrs["admin_name"]
        for m in r.mentions
        if m.label == "PLACE" and m.attrs.get("admin_name")
    }
    after: dict[str, set[str]] = defaultdict(set)
    for m in r.mentions:
        if m.label == "ORG" and (m.article, m.start) in divisions:
            after[clean(m.norm)].add(divisions[m.article, m.start])
    for i, a in enumerate(orgs):
        ca = core[a]
        for b in orgs[i + 1 :]:
            cb = core[b]
            why = ""
            if len(ca) >= 3 and cb.startswith(ca) and company[b]:
                why = "org.core_name"
            # "某某公司" / "某某检测技术公司" / "某某储能" for "山西某某储能科技股份有限公司": the
            # company's name without the place it opens with
            elif len(ca) >= 3 and company[b] and any(x.startswith(ca) for x in stripped[b]):
                why = "org.without_region"
            # "秦淮 / 秦淮数据 / 秦淮集团 / 秦淮数据集团": one brand with business words after it
            elif len(a) >= 2 and brands[a] == brands[b]:
                why = "org.brand"
            elif len(a) >= 4 and b.endswith(a) and not a.startswith(("市", "县", "省", "区")) and len(ends_of[a]) == 1:
                why = "org.name_ends_full_name"
            if why:
                uf.union(key(a), key(b), why, doc)
        # "清华美院" for "清华大学美术学院", "大同中院" for "大同市中级人民法院": an abbreviation
        # keeps the first two characters, the last one and the order of the rest.
        if len(a) >= 3:
            full = [b for b in orgs if len(b) > len(a) + 1 and abbreviates(a, b)]
            if len(full) == 1:
                uf.union(key(a), key(full[0]), "org.abbreviation", doc)
            # "工行西城支行" for "工商银行西城支行": the body's name abbreviated before a shared unit
            full = [b for b in orgs if abbreviates_head(a, b)]
            if len(full) == 1:
                uf.union(key(a), key(full[0]), "org.abbreviated_head", doc)
        # "县委组织部" after "灵丘县委组织部": the level word stands for the one division of that
        # level the document's bodies name.
        if len(a) >= 2 and a[0] in LEVELS:
            # (a government's short form is read as its full name: "县府" for "某某县政府")
            fa = short_forms.get(a, a)
            longer = [
                b for b in orgs if b != a and b.endswith(fa[1:]) and division_prefix(b[: len(b) - len(fa) + 1], fa[0])
            ]
            if not longer and split_scope(key(a))[1] == doc:
                # "省政府" for "某某省人民政府": a government's long and short forms read alike,
                # where the level word stands for no place the document names otherwise
                ga = government_form(fa)
                ends = [b for b in orgs if b != a and gf[b].endswith(ga[1:])]
                alike = {gf[b]: b for b in ends if division_prefix(gf[b][: len(gf[b]) - len(ga) + 1], ga[0])}
                longer = list(alike.values())
            if len(longer) == 1 and not other_division(a, key(a), longer[0], named, after):
                uf.union(key(a), key(longer[0]), "org.level_word_short_form", doc)
    merge_prefecture_bodies(orgs, ks, key, place, government_form)
    merge_contracted_companies(orgs, key, uf, doc)
    merge_initial_abbreviations(orgs, key, uf, doc)
    merge_division_forms(orgs, key, uf, doc)
    merge_outlet_forms(orgs, key, uf, doc)
    # "某县人民政府" / "县政府" (keyed 某县政府), "某县县委" / "县委" (keyed 某县委): one body
    forms: dict[tuple[str, str], str] = {}
    for k in sorted({k for k in ks if k.startswith("ORG|")}):
        form = (government_form(key_name(k)), split_scope(k)[1])
        if form in forms:
            uf.union(forms[form], k, "org.government_form", doc)
        forms.setdefault(form, k)


def government_form(name: str) -> str:
    """A government's or party committee's name in its short form: long words read as short
    ones, a division's level character doubled before its head written once
    (``org.government_forms`` of resolution.toml). Other names are unchanged.

    >>> government_form("某某县人民政府"), government_form("绛县县委"), government_form("某某市市委")
    ('某某县政府', '绛县委', '某某市委')
    >>> government_form("某某县委"), government_form("人民政府"), government_form("某某公司")
    ('某某县委', '人民政府', '某某公司')
    """
    conf = resolution_patterns()["org"]["government_forms"]
    for long, short in conf["long_forms"].items():
        if name.endswith(long) and len(name) > len(long):
            name = name[: -len(long)] + short
    for head in conf["doubled_heads"]:
        for level in conf["doubled_levels"]:
            if name.endswith(level + level + head) and len(name) > len(head) + 2:
                return name[: -len(head) - 1] + head
    return name


def merge_short_forms_in_document(r: DocumentResult, ks: list[str], uf: UnionFind) -> None:
    """An event or project named once in full and once without its scope, title or size is one
    thing: "全县生态文化旅游发展推进会" / "生态文化旅游发展推进会", "云中遗珍——辽金文物精品展" /
    "辽金文物精品展", "某区150万千瓦风光储一体化项目" / "某区风光储一体化项目", "某某智能终端及零部件
    产业基地项目" / "某某基地项目" (a headline, a caption or a second mention shortens the lead's
    name), "某县某镇某某小镇一期项目" / "某某小镇一期项目" (a project's name that ends the one longer
    name, head words 工程/项目 and 园区/园 read alike); a village without its level word ("某某堡" /
    "某某堡村").

    >>> from kg.nlp.document import DocumentResult, MentionRecord
    >>> names = [("全市招商引资推进会", "MEETING"), ("招商引资推进会", "MEETING"),
    ...          ("某县20万千瓦光伏项目", "PROJECT"), ("某县光伏项目", "PROJECT")]
    >>> ms = [MentionRecord(0, 0, 1, n, n, t, "head_words", 0.7) for n, t in names]
    >>> uf = UnionFind()
    >>> ks = [mention_key(DocumentResult("d.txt", ms, [], 1), m) for m in ms]
    >>> merge_short_forms_in_document(DocumentResult("d.txt", ms, [], 1), ks, uf)
    >>> uf.find(ks[0]) == uf.find(ks[1]), uf.find(ks[2]) == uf.find(ks[3])
    (True, True)
    """
    scopes = tuple(patterns()["meeting"]["left_edge"]["scopes"])
    size = size_pattern()
    # "守口堡" for "守口堡村": a village or town named without its level word (not a division
    # of the gazetteer, whose short forms it knows itself)
    places = {clean(m.norm): k for m, k in zip(r.mentions, ks, strict=True) if m.label == "PLACE"}
    for name, k in places.items():
        if len(name) < 2 or load_gazetteer().lookup(name):
            continue
        full = [name + h for h in ("村", "乡", "镇", "社区", "街道") if name + h in places]
        if len(full) == 1:
            uf.union(k, places[full[0]], "place.without_level_word", r.doc)
    conf = resolution_patterns()["project"]
    # "第50届工展会" / "工展会": an edition before a fair's short form (s27-meet) names the same
    # fair, however short the rest
    edition = re.compile(rf"^(?:{patterns()['meeting']['edition_mark']})")
    for label in ("MEETING", "PROJECT"):
        keys = {clean(m.norm): k for m, k in zip(r.mentions, ks, strict=True) if m.label == label}
        shorter: dict[str, list[str]] = defaultdict(list)
        unnumbered = {edition.sub("", n, count=1) for n in keys if edition.match(n)} if label == "MEETING" else set()
        if label == "PROJECT":
            # "某县某镇某某小镇一期项目" / "某某小镇一期项目", "某某改造工程" / "某某改造项目": a
            # name that ends another (head words read alike) is that project without its opening
            alike = {name: _alike_head(name, conf["alike_heads"]) for name in keys}
            for short in keys:
                if len(short) < conf["tail_min_chars"]:
                    continue
                full = [n for n in keys if n != short and alike[n].endswith(alike[short])]
                if len(full) == 1 and len(full[0]) >= len(short):
                    uf.union(keys[short], keys[full[0]], "project.tail_form", r.doc)
        for name in keys:
            if label == "PROJECT":
                shorts = [size.sub("", name, count=1)]
                # "易商基地项目" for "易商智能终端及核心零部件产业基地项目": the brand's first two
                # characters and the name's last words, the middle left out (a second mention)
                shorts += [
                    other
                    for other in keys
                    if len(other) >= 6
                    and len(name) >= len(other) + 3
                    and name.startswith(other[:2])
                    and name.endswith(other[2:])
                ]
            else:
                # "全县|某某推进会"; "某某风华——北魏文物精品展": a headline gives the subtitle alone;
                # "市政府|参事座谈会": a headline drops the body that holds it
                shorts = [name[2:] if name.startswith(scopes) else name, name.rpartition("——")[2]]
                shorts += [other for other in keys if len(other) < len(name) and name.endswith(other)]
                # "X暨Y" names one meeting, each half another name of it (GUIDE.md): the lead's
                # "某某职代会" is the headline's "某某职代会暨某某选举大会"
                shorts += name.split("暨") if "暨" in name else []
                shorts.append(edition.sub("", name, count=1))
            for short in dict.fromkeys(shorts):
                if short != name and (len(short) >= 5 or short in unnumbered) and short in keys:
                    shorter[short].append(name)
        for short, full in shorter.items():
            if len(full) == 1:  # (two full forms: the short one names neither)
                uf.union(keys[short], keys[full[0]], f"{label.lower()}.short_form", r.doc)


def _alike_head(name: str, heads: dict[str, str]) -> str:
    """``name`` with its head word written as the one it is read alike with ("某某产业园区" ->
    "某某产业园", "某某改造工程" -> "某某改造项目").

    >>> _alike_head("某某产业园区", {"园区": "园"}), _alike_head("某某大桥", {"园区": "园"})
    ('某某产业园', '某某大桥')
    """
    for head, alike in heads.items():
        if name.endswith(head):
            return name[: len(name) - len(head)] + alike
    return name


def merge_projects_in_document(r: DocumentResult, uf: UnionFind) -> None:
    """One project named with its company in full and with the company's short form or none:
    "山西某某新材料有限公司年产20万吨针状焦项目" = "某某新材料年产20万吨针状焦项目" = "年产20万吨
    针状焦项目" in one document (a caption names it by the brand, the text in full).

    >>> from kg.nlp.document import DocumentResult, MentionRecord
    >>> names = [("山西华远新材料有限公司", "ORG"), ("山西华远新材料有限公司年产5万吨石墨项目", "PROJECT"),
    ...          ("华远新材料年产5万吨石墨项目", "PROJECT")]
    >>> ms = [MentionRecord(0, 0, 1, n, n, t, "head_words", 0.7) for n, t in names]
    >>> uf = UnionFind()
    >>> merge_projects_in_document(DocumentResult("d.txt", ms, [], 1), uf)
    >>> uf.find("PROJECT|华远新材料年产5万吨石墨项目") == uf.find("PROJECT|山西华远新材料有限公司年产5万吨石墨项目")
    True
    """
    projects: dict[str, str] = {}
    for m in r.mentions:
        if m.label == "PROJECT":
            key = mention_key(r, m)  # (a generic name's key holds in its document)
            for name in (clean(m.norm), clean(m.attrs.get("without_place") or "")):
                if name:
                    projects.setdefault(name, key)
    # "某县某某新区建设项目" and "某某新区建设项目": the name without the division it opens with,
    # where no other project of the document shortens to it
    stripped = defaultdict(set)
    for a, key_a in projects.items():
        for b in region_stripped(a):
            if b in projects:
                stripped[b].add(key_a)
    _join_unique(stripped, projects, uf, "project.without_place", r.doc)
    # "某某隧道" and "某某隧道项目": a facility named alone and as a project, where the
    # bare name is that of one project only ("某某园区" with "某某园区项目" and "某某园区工程" names
    # neither)
    conf = resolution_patterns()["project"]
    by_bare = defaultdict(set)
    for a, key_a in projects.items():
        for w in conf["class_words"]:
            if a.endswith(w) and len(a) - len(w) >= conf["bare_min_chars"] and a[: -len(w)] in projects:
                by_bare[a[: -len(w)]].add(key_a)
    _join_unique(by_bare, projects, uf, "project.class_word", r.doc)
    companies = {clean(m.norm) for m in r.mentions if m.label == "ORG" and company_suffix(clean(m.norm))}
    for a, key_a in projects.items():
        for o in companies:
            if not a.startswith(o) or len(a) - len(o) < 4:
                continue
            tail, shorts = a[len(o) :], region_stripped(org_core(o))
            for b, key_b in projects.items():
                pre = b[: len(b) - len(tail)]
                brand_ok = not pre or (len(pre) >= 2 and any(x.startswith(pre) for x in shorts))
                if b != a and b.endswith(tail) and brand_ok:
                    uf.union(key_a, key_b, "project.company_short_form", r.doc)


def _join_unique(shorter: dict[str, set[str]], projects: dict[str, str], uf: UnionFind, reason: str, doc: str) -> None:
    """Join each shorter project name to the one longer name that shortens to it (a shorter name
    that two longer ones shorten to names neither)."""
    for short, fulls in sorted(shorter.items()):
        if len(fulls) == 1 and projects[short] not in fulls:
            uf.union(next(iter(fulls)), projects[short], reason, doc)


def abbreviates(short: str, full: str) -> bool:
    """Whether ``short`` is a Chinese abbreviation of ``full``.

    An abbreviation shortens the head too ("美院" for "美术学院"): "浙江大学" is no
    abbreviation of "浙江工业大学".

    A division's own body ("某某县委": the county's full name and a level body) abbreviates
    none of that county's other bodies ("某某县发改委").

    >>> abbreviates("清华美院", "清华大学美术学院"), abbreviates("浙江大学", "浙江工业大学")
    (True, False)
    >>> abbreviates("灵丘县委", "灵丘县发改委")
    False

    A name that opens a longer one is the body the longer one is part of, not its abbreviation:
    "某某银行" and its branch "某某银行某地分行".

    >>> abbreviates("某某银行", "某某银行武汉分行")
    False
    """
    if short[:2] != full[:2] or short[-1] != full[-1] or short[-2:] == full[-2:] or full.startswith(short):
        return False
    division = gazetteer_regex().match(short)
    if division and gaz_full(division.group(0)) and len(short) - division.end() <= 2:
        return False
    if len(full) < 1.5 * len(short):
        return False
    return in_order(short[2:-1], full[2:-1])


def abbreviates_head(short: str, full: str) -> bool:
    """Whether ``short`` is ``full`` with the name before their shared unit abbreviated: the
    first and last characters of that name kept, the others in order ("交行" for "交通银行").

    >>> abbreviates_head("工行西城支行", "工商银行西城支行"), abbreviates_head("市委宣传部", "市政协宣传部")
    (True, False)

    A division written into the name is another body, a district's beside its city's ("北京市投资促进局"
    and "北京市通州区投资促进局", real-pages-28 d01):

    >>> abbreviates_head("北京市投资促进局", "北京市通州区投资促进局")
    False
    """
    n = 0
    while n < min(len(short), len(full)) and short[-1 - n] == full[-1 - n]:
        n += 1
    for k in range(n, 1, -1):  # the shared unit may take the name's last character too ("行|西城支行")
        a, b = short[: len(short) - k], full[: len(full) - k]
        if len(a) >= 2 and len(b) >= len(a) + 2 and a[0] == b[0] and a[-1] == b[-1] and in_order(a[1:-1], b[1:-1]):
            # (not "北京市|通州区|投资促进局" for "北京市投资促进局": a division inserted, another body)
            return not any(full[: m.start()] + full[m.end() :] == short for m in gazetteer_regex().finditer(full))
    return False
