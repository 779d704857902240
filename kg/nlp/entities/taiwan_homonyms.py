"""A name the gazetteer looks up as a mainland division, read on a Taiwan page as Taiwan's
homonym whose parent the page names (audit ``benchmarks/audits/s39-twplaces``).

The gazetteer holds the same full name in both trees (a county of a mainland city and a county
of Taiwan's own tree, one code each). :func:`kg.nlp.entities.gazetteer.division_in_context` took
the mainland division, the first looked up; a Taiwan page that names no other division of the
mainland one's province means Taiwan's. (Townships by the short form of a mainland city were
counted too and left: see the audit.)
"""

from __future__ import annotations

from kg.nlp.gazetteer import TAIWAN, Division, Gazetteer


def _province(gaz: Gazetteer, d: Division) -> Division:
    up = gaz.ancestors(d)
    return up[-1] if up else d


def taiwan_homonym(
    gaz: Gazetteer, name: str, divisions: list[Division], context_names: frozenset[str]
) -> Division | None:
    """On a Taiwan page (``TAIWAN`` among the page's names), the one division of Taiwan's tree
    with the full name of ``name`` (or of the divisions it is looked up as) whose parent the page
    names, when the page names no other division of the province of the mainland one (a page of
    that province means the mainland county: a delegation from a county of that province).

    >>> from kg.nlp.gazetteer import load_gazetteer
    >>> gaz = load_gazetteer()
    >>> taiwan = next(d for d in gaz.lookup(TAIWAN) if d.level == "province")
    >>> tw = next(d for d in gaz.divisions.values() if gaz.parent(d) == taiwan and d.name in gaz.by_name
    ...            and any(_province(gaz, x).name != TAIWAN for x in gaz.lookup(d.name)))
    >>> taiwan_homonym(gaz, tw.name, gaz.lookup(tw.name), frozenset({TAIWAN})) == tw
    True
    >>> taiwan_homonym(gaz, tw.name, gaz.lookup(tw.name), frozenset({tw.name})) is None
    True
    """
    if TAIWAN not in context_names or not divisions or _province(gaz, divisions[0]).name == TAIWAN:
        return None
    mainland = _province(gaz, divisions[0])
    own = {d.name for d in divisions} | {name}
    if any(
        _province(gaz, x).code == mainland.code
        for n in context_names - own
        for x in gaz.lookup(n)
        if x.name == n and x.code != mainland.code
    ):
        return None  # (the page names another division of the mainland one's province)
    if mainland.name in context_names:
        return None
    # (the full names of the divisions ``name`` is looked up as: a short form of a county of
    # both trees names either)
    pool = {x.code: x for n in {name} | {d.name for d in divisions} for x in gaz.homonyms(n)}
    found = [
        x
        for x in pool.values()
        if _province(gaz, x).name == TAIWAN and (p := gaz.parent(x)) is not None and p.name in context_names
    ]
    return found[0] if len(found) == 1 else None
