"""A city or province that opens a place's or project's name far from every place the article
writes: "某地产业园" on a page of another province (a homonym: a town or park called after a
distant city), "某市某某集团某某项目" (an outside firm's brand opening its project's name).

GUIDE: "A place seen only inside another name: optional when it is a province or a distant
city". The golds never place such a name in that city (benchmarks/audits/s35-prefixprec: the
guard removes 6 false and 2 optional facts of the scored sets, 7 false ones of sets without
located_in gold, no right one), while the same place written apart from the name, or in the
province the article writes, keeps its fact; a county is left alone (金湖镇商务旅馆案 -> 金湖镇,
德清工业园区 -> 德清: right), and so is a company or body, whose name carries its place of
registration (the golds score an outside firm in its city more often than not).
"""

from __future__ import annotations

from kg.nlp.gazetteer import Division, load_gazetteer
from kg.nlp.relations.view import ArticleView


def _province(d: Division) -> str:
    up = load_gazetteer().ancestors(d)
    return (up[-1] if up else d).code


def written_provinces(view: ArticleView) -> set[str]:
    """The provinces of the divisions the article writes outside every other name (a place
    mention no other mention holds), and of the paper's own city (我市)."""
    key = "written_provinces"
    if key in view.memo:
        return view.memo[key]
    spans = [(m.start, m.end) for m in view.mentions]
    out: set[str] = set()
    for i, m in enumerate(view.mentions):
        d = view.division(i)
        if m.label != "PLACE" or d is None or m.attrs.get("nested"):
            continue
        if any(a <= m.start and m.end <= b and (a, b) != (m.start, m.end) for a, b in spans):
            continue
        out.add(_province(d))
    if view.home_city:
        home = load_gazetteer().lookup(view.home_city)
        out.update(_province(d) for d in home[:1])
    view.memo[key] = out
    return out


def far_in_name(view: ArticleView, i: int, d: Division | None) -> bool:
    """The city or province ``d`` opens the name of the place or project ``i`` and lies in a
    province the article writes nowhere (it writes places, all in other provinces): the name is
    called after it, not placed in it. Not for a company or body, a county or town, a division
    named ``i`` itself, or an article that writes no division outside names."""
    if view.mentions[i].label not in ("PLACE", "PROJECT") or view.division(i) is not None:
        return False
    if d is None or d.level not in ("province", "city"):
        return False
    written = written_provinces(view)
    return bool(written) and _province(d) not in written
