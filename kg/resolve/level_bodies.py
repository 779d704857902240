"""Bodies named by a level word alone ("县委", "市政协") beside bodies named in full: which
division's body the bare name is (:func:`kg.resolve.document_merges.merge_orgs_in_document`).
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from kg.resolve.keys import LEVELS, clean, division_prefix, relative_body, split_scope

if TYPE_CHECKING:
    from kg.nlp.document import DocumentResult


def rekey_close_repeats(r: DocumentResult, ks: list[str], gap: int = 12) -> None:
    """A bare level-word body a few characters after a body named in full with that level's
    division, nothing named between them, is that body: "清徐县委书记某某,县委副书记、县长某某某"
    (real-pages-14 n01, where the page's other "县委" are the host county's). Its mention takes
    the full body's key (``ks`` is changed in place), whatever key its name has elsewhere.
    """
    order = sorted(
        range(len(r.mentions)), key=lambda i: (r.mentions[i].article, r.mentions[i].start, -r.mentions[i].end)
    )
    prev: int | None = None
    for i in order:
        m = r.mentions[i]
        if m.label not in ("ORG", "PLACE"):
            continue
        if prev is not None and r.mentions[prev].article == m.article and m.end <= r.mentions[prev].end:
            continue  # (a mention inside the one before: "清徐县" of "清徐县委")
        name = clean(m.norm)
        p = r.mentions[prev] if prev is not None else None
        if (
            m.label == "ORG"
            and p is not None
            and p.label == "ORG"
            and p.article == m.article
            and 0 <= m.start - p.end <= gap
            and len(name) >= 2
            and name[0] in LEVELS
            and relative_body(name)
        ):
            full = clean(p.norm)
            head = full[: len(full) - len(name) + 1]
            if full.endswith(name[1:]) and len(full) > len(name) and division_prefix(head, name[0]):
                ks[i] = ks[prev]
        if m.label == "PLACE" and not m.attrs.get("admin_code"):
            continue  # (only a division's name stands between)
        prev = i


def other_division(bare: str, key: str, full: str, named: Counter[str], after: dict[str, set[str]]) -> bool:
    """Whether a bare level-word body ("县委") stands for another division than that of the one
    body named in full (``full``, "某县委"), so that the two are not joined: the bare name is
    written right after another division's name ("交城|县委书记" beside a visiting "清徐县委",
    real-pages-14 n01; "開原|市政協" beside "鐵嶺市政協", real-pages-22 o02), or, where the
    document shows no division of that level for it (``key`` holds in its document only), the
    document names another division of that level at least as often as the full body's
    (商洛's "市委" beside a visiting "汉中市委", real-pages-33 u07). ``named`` counts the
    divisions' mentions, ``after`` the divisions named right before each bare body.

    >>> other_division("县委", "县委", "灵丘县委", Counter({"灵丘县": 3, "大同市": 2}), {})
    False
    >>> other_division("县委", "交城县委", "清徐县委", Counter(), {"县委": {"交城县"}})
    True
    >>> other_division("市委", "市委@d.txt", "汉中市委", Counter({"商洛市": 5, "汉中市": 5}), {})
    True
    """
    level = bare[0]
    prefixes = [full[:n] for n in range(len(full) - 1, 1, -1) if division_prefix(full[:n], level)]
    if not prefixes:
        return False
    own = prefixes[0]
    if any(d != own for d in after.get(bare, ())):
        return True
    if split_scope(key)[1]:
        return any(n != own and n.endswith(level) and c >= named[own] for n, c in named.items())
    return False
