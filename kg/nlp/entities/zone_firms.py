"""A zone or district written before a firm that has a place of its own in its name:
"高新区|陕西某某汽车配件制造有限公司汽车零配件研发生产项目", "某某矿区|承德某某特殊钢有限公司…项目",
"某某园区|青海某某环保科技有限公司项目", "正定高新区(南区)|河北某某科技发展有限公司…项目" (real-pages-14 n11,
-30 r05, -32 t08, real-proj2 r02: 4 pages of 4 sites, session 28, s28-proj2).

The zone says where the firm's plant stands; it is no part of the firm's registered name, which
opens with its own province or city. The golds name the firm and the firm's project from the firm
(GUIDE.md: a company that opens a project's name is its maker; the zone is a place linked by
``located_in``). A place prefix that belongs to a zone's or a project's own name stays (GUIDE.md,
"通江县高明新区", "蒲州镇高标准设施葡萄项目"): here the name after the zone is a firm's, with its own
place. The mention keeps its span (the zone in it is still the place it lies in); the name from
the firm is its ``without_place`` name, an alias of the entity (as
:mod:`kg.nlp.entities.province_openings` does for a province before a body). The zone's pattern
and the firm heads are ``place.zone_before_firm`` of ``ontology/patterns/entities.toml``.
"""

from __future__ import annotations

import re

from kg.nlp.entities.candidate import Candidate, named_without_opening
from kg.nlp.entities.lexicon_data import lexicon
from kg.nlp.gazetteer import load_gazetteer

_LABELS = ("ORG", "PROJECT")


def without_zones_before_firms(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """``candidates`` with each firm or firm's project that a zone opens (:func:`zone_before_firm`)
    named from the firm too (``attrs["without_place"]``, an alias of its entity). The mention keeps
    its span: the zone inside it is still read as the place the firm or project lies in.

    >>> text = "在高新区陕西某某汽车配件制造有限公司汽车零配件研发生产项目开工现场"
    >>> [c.attrs for c in without_zones_before_firms(text, [Candidate(1, 29, "PROJECT", "t", 0.6)])]
    [{'without_place': '陕西某某汽车配件制造有限公司汽车零配件研发生产项目'}]
    """
    return named_without_opening(text, candidates, _LABELS, zone_before_firm)


def zone_before_firm(name: str, label: str) -> int:
    """The length of the zone that opens ``name`` (simplified) before a firm whose own name opens
    with a province or city, or 0. A firm (ORG) must end at its head; a project must hold the
    firm's head with more words after it.

    >>> zone_before_firm("某某园区青海某某环保科技有限公司项目", "PROJECT")
    4
    >>> zone_before_firm("某某园区青海某某环保科技有限公司", "ORG")
    4
    >>> zone_before_firm("某某矿区承德某某特殊钢有限公司", "ORG")
    4
    >>> zone_before_firm("高新区陜西某某汽车配件制造有限公司项目", "PROJECT")
    3
    >>> zone_before_firm("某某园区青海某某环保科技有限公司", "PROJECT")  # a firm is no project
    0
    >>> zone_before_firm("市工业园区某某铝业有限公司年产10万吨项目", "PROJECT")  # no place opens the firm
    0
    >>> zone_before_firm("通江县高明新区", "PLACE"), zone_before_firm("沙县区山海协作绿色循环经济产业园建设", "PROJECT")
    (0, 0)
    """
    data = lexicon().patterns["place"]["zone_before_firm"]
    m = re.match(data["pattern"], name)
    if m is None:
        return 0
    cut = m.end()
    rest = name[cut:]
    head = re.search("|".join(map(re.escape, data["firm_heads"])), rest)
    if head is None or head.start() < data["min_firm_chars"]:
        return 0
    if (label == "ORG") != (head.end() == len(rest)):
        return 0
    gaz = load_gazetteer()
    # the firm's own place: a province or a city (full or short form) that opens it ("陜西": a variant
    # form that traditional pages write and t2s leaves as it is)
    for old, new in data["char_variants"]:
        rest = rest.replace(old, new)
    if not any(d.level in ("province", "city") for n in (2, 3) for d in gaz.lookup(rest[:n])):
        return 0
    return cut
