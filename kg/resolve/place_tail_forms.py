"""A named place written twice in one document, once in full and once shorter: "大湾区" after
"粤港澳大湾区" (the places that open the name left off), "某某工业区" after "某某科技工业区" or
"某某新城" after "某某现代化国际新城" (words in the middle left off). The golds give the shorter
form as an alias of the one place (session 30, s30-place: real-pages-14 n03, -24 w08, -28 d01,
-32 t12, -37 a12); kept apart, the scorer counts the second entity as a false duplicate.

A division of the gazetteer is left to the gazetteer's own forms (a county's short form is
another matter: "朝阳" is no short form of "某某朝阳"), and a short form that two longer places of
the document end with names neither.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.nlp.gazetteer import load_gazetteer
from kg.resolve.keys import clean, in_order

if TYPE_CHECKING:
    from kg.nlp.document import DocumentResult


def rekey_place_tail_forms(r: DocumentResult, ks: list[str]) -> list[str]:
    """``ks`` with each shorter form of a place given the key of the one longer place of the
    document it shortens (:func:`shortens`). Re-keyed, not joined: a union of the short name's own
    key ("PLACE|大湾区") would chain every page's reading of that name (as in
    :mod:`kg.resolve.place_short_forms`).

    >>> from kg.nlp.document import DocumentResult, MentionRecord
    >>> from kg.resolve.keys import mention_key
    >>> names = ["粤港澳大湾区", "大湾区", "湾区", "甲乙科技工业区", "甲乙工业区"]
    >>> ms = [MentionRecord(0, 0, 1, n, n, "PLACE", "head_words", 0.7) for n in names]
    >>> r = DocumentResult("d.txt", ms, [], 1)
    >>> ks = rekey_place_tail_forms(r, [mention_key(r, m) for m in ms])
    >>> ks[0] == ks[1] == ks[2], ks[3] == ks[4], ks[0] == ks[3]
    (True, True, False)
    """
    places = {clean(m.norm): k for m, k in zip(r.mentions, ks, strict=True) if m.label == "PLACE"}
    if len(places) < 2:
        return ks
    gaz = load_gazetteer()
    to: dict[str, str] = {}
    for short in places:
        if len(short) < 2 or gaz.lookup(short):
            continue
        longer = [full for full in places if shortens(short, full)]
        # (the longest only: "湾区" shortens "大湾区" and "粤港澳大湾区", one place)
        outer = [full for full in longer if not any(other != full and shortens(full, other) for other in longer)]
        if len(outer) == 1:
            to[short] = places[outer[0]]
    if not to:
        return ks
    return [
        to.get(clean(m.norm), k) if m.label == "PLACE" and not m.attrs.get("admin_code") else k
        for m, k in zip(r.mentions, ks, strict=True)
    ]


def shortens(short: str, full: str) -> bool:
    """Whether ``short`` is ``full`` with its opening left off (it ends ``full``, ``full`` two
    characters longer at least) or with words in its middle left off (the first two and the last
    two characters kept, the rest of ``short`` in order in ``full``).

    >>> shortens("大湾区", "粤港澳大湾区"), shortens("某某新城", "某某现代化国际新城"), shortens("新城", "某某新区")
    (True, True, False)
    >>> shortens("某某工业区", "某某科技工业区"), shortens("某某园区", "某某工业园区二期")
    (True, False)
    """
    if len(full) < len(short) + 2:
        return False
    if full.endswith(short):
        return True
    return len(short) >= 4 and full[:2] == short[:2] and full[-2:] == short[-2:] and in_order(short[2:-2], full[2:-2])
