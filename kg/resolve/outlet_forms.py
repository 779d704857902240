"""One outlet named on one page by its site's name and by its brand, or by two forms of its site:
"四川新闻 > 市州联播" (a breadcrumb) / "来源:四川新闻网", "【某县融媒】" / "某县融媒体中心",
"某港商报官网 > …" / "来源:某港商报網" (session 30, s30-org: real-pages-38 p01 scnews.newssc.org,
-16 h09 chinamcloud.com, -6 u06 hkcd.com; one outlet kept as two on 3 pages of 3 sites; the golds
list both forms as one organisation's names).

Two names of a page's organisations are one outlet where each, less at most one outlet word
(``org.outlet_forms.tails`` of ``ontology/patterns/resolution.toml``: 官网, 网, 融媒体中心, 融媒), is
the same name of at least ``min_core`` characters, and at least one of them ends in such a word.
A paper and its site are two outlets in the golds ("某南商报" / "某南商报网", real-pages-7 v05): a
bare name ending in a paper's word (``paper_ends``) joins no site; two forms of the site join.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable

from kg.resolve.keys import UnionFind, resolution_patterns


def outlet_core(name: str) -> str | None:
    """The outlet's name without one outlet word ending it, or None where ``name`` ends in none.

    >>> outlet_core("某川新闻网"), outlet_core("某县融媒体中心"), outlet_core("某港商报官网"), outlet_core("某川新闻")
    ('某川新闻', '某县', '某港商报', None)
    """
    conf = resolution_patterns()["org"]["outlet_forms"]
    for tail in sorted(conf["tails"], key=len, reverse=True):
        if name.endswith(tail) and len(name) - len(tail) >= conf["min_core"]:
            return name[: -len(tail)]
    return None


def merge_outlet_forms(orgs: list[str], key: Callable[[str], str], uf: UnionFind, doc: str) -> None:
    """Join the names of ``orgs`` that are one outlet's forms (``org.outlet_form``).

    >>> uf = UnionFind()
    >>> names = ["某川新闻", "某川新闻网", "某南商报", "某南商报网", "某县融媒", "某县融媒体中心"]
    >>> merge_outlet_forms(names, str, uf, "d")
    >>> uf.find("某川新闻") == uf.find("某川新闻网"), uf.find("某县融媒") == uf.find("某县融媒体中心")
    (True, True)
    >>> uf.find("某南商报") == uf.find("某南商报网")
    False
    >>> merge_outlet_forms(["某港商报官网", "某港商报网"], str, uf, "d")
    >>> uf.find("某港商报官网") == uf.find("某港商报网")
    True
    """
    conf = resolution_patterns()["org"]["outlet_forms"]
    paper_ends = tuple(conf["paper_ends"])
    groups: dict[str, set[str]] = defaultdict(set)
    for name in orgs:
        core = outlet_core(name)
        if core is not None:
            groups[core].add(name)
    for core, names in groups.items():
        if core in orgs and not core.endswith(paper_ends):
            names = names | {core}  # "某川新闻" / "某川新闻网": the brand and its site
        first, *rest = sorted(names)
        for other in rest:
            uf.union(key(first), key(other), "org.outlet_form", doc)
