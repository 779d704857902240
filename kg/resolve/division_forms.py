"""One organisation named on one page with the division it opens with written in full and in
short (the audit s29-dups): "深圳市某某商会" / "深圳某某商会", "山东省某某研究院" / "山东某某研究院",
"某某羌族自治县县委" / "某某县委". The gazetteer reads both openings as one division; the words
after it are the same (a county's level word may stand once for both: "某某县委" is the county's
short form and "县委"). Bodies of two divisions, or two words after one, stay two.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable

from kg.nlp.gazetteer import load_gazetteer
from kg.resolve.keys import UnionFind

# (the longest opening read as a division: "内蒙古自治区", "某某羌族自治县" fit in 9 characters)
_LONGEST = 9
# (the words after the division: one character is a level word or a head, not a body's name)
_REST_MIN = 2


def division_forms(name: str) -> tuple[bool, set[str]]:
    """Whether ``name`` opens with a division's full name, and its forms with that division
    written as its code: "<code>|<rest>" (a short opening whose rest opens with the division's
    level word also gives the rest without it: "某某县人民政府").

    >>> division_forms("深圳某某商会")
    (False, {'4403|某某商会'})
    >>> division_forms("深圳市某某商会")
    (True, {'4403|某某商会'})
    >>> division_forms("北川县委"), division_forms("北川羌族自治县县委")
    ((False, {'510726|县委'}), (True, {'510726|县委'}))
    >>> division_forms("某某经济合作局")
    (False, set())
    """
    gaz = load_gazetteer()
    for n in range(min(_LONGEST, len(name) - _REST_MIN), 1, -1):
        prefix, rest = name[:n], name[n:]
        found = gaz.lookup(prefix)
        full = [d for d in found if d.name == prefix]
        if full:
            return True, {f"{d.code}|{rest}" for d in full}
        short = [d for d in found if prefix in (d.short, d.short + d.name[-1])]
        if short:
            forms = set()
            for d in short:
                forms.add(f"{d.code}|{rest}")
                if rest[0] == d.name[-1] and len(rest) > _REST_MIN:
                    # "某某县人民政府": the level word read after the short form
                    forms.add(f"{d.code}|{rest[1:]}")
            return False, forms
    return False, set()


def merge_division_forms(orgs: list[str], key: Callable[[str], str], uf: UnionFind, doc: str) -> None:
    """Join a name opening with a division's short form to the one name of the page opening
    with that division in full and the same words after it (``org.division_short_form``)."""
    full_names: dict[str, set[str]] = defaultdict(set)
    shorts: dict[str, set[str]] = {}
    for name in orgs:
        is_full, forms = division_forms(name)
        if is_full:
            for f in forms:
                full_names[f].add(name)
        elif forms:
            shorts[name] = forms
    for name, forms in shorts.items():
        found = {b for f in forms for b in full_names.get(f, ())}
        if len(found) == 1:
            uf.union(key(name), key(next(iter(found))), "org.division_short_form", doc)
