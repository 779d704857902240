"""A body's short form that one document keys apart from its full form (the audit s26-dups):
the document's own mention of a body's name without its place ("經發局" after "高雄市經發局",
"区政府" after "北京市密云区政府"), and a prefecture's "州政府" / "州委" beside its full name
("恩施州政府", "中共楚雄州委"). :func:`kg.resolve.document_merges.merge_orgs_in_document` calls
them; they join keys of one document only.
"""

from __future__ import annotations

from collections.abc import Callable

from kg.nlp.gazetteer import load_gazetteer
from kg.resolve.document_place import DocumentPlace
from kg.resolve.keys import UnionFind


def opens_with_division_name(name: str) -> bool:
    """Whether ``name`` opens with a division's full name and has more after it.

    >>> opens_with_division_name("密云区政府"), opens_with_division_name("经发局")
    (True, False)
    """
    gaz = load_gazetteer()
    return any(any(d.name == name[:n] for d in gaz.lookup(name[:n])) for n in range(2, min(len(name), 9)))


def join_bare_mentions(short: str, short_key: str, ks: list[str], uf: UnionFind, doc: str) -> None:
    """Join the document's own mentions of ``short``, a body's name without its place (keyed
    ``short_key``), that were keyed apart from it: "經發局" after "高雄市經發局", "区政府" (keyed
    密云区政府) after "北京市密云区政府" (one body kept as two on 2 pages of 2 sets). A short name
    opening with a division's name is a name of its own across documents and joins; a bare one
    ("经发局") is re-keyed into this document (another city's 经发局 is another body). The caller
    has checked that no other body of the document has that short form.

    >>> uf = UnionFind()
    >>> ks = ["ORG|经发局@d.txt", "ORG|经发局"]
    >>> join_bare_mentions("经发局", "ORG|经发局@d.txt", ks, uf, "d.txt"); ks
    ['ORG|经发局@d.txt', 'ORG|经发局@d.txt']
    """
    bare = f"ORG|{short}"
    if bare == short_key or bare not in ks:
        return
    if opens_with_division_name(short):
        uf.union(short_key, bare, "org.without_place", doc)
        return
    for i, k in enumerate(ks):
        if k == bare:
            ks[i] = short_key


def merge_prefecture_bodies(
    orgs: list[str],
    ks: list[str],
    key: Callable[[str], str],
    place: DocumentPlace,
    government_form: Callable[[str], str],
) -> None:
    """ "州政府", "州委" on the page of an autonomous prefecture: the level word 州 stands for the
    prefecture the page is about, whose body the page names in full ("恩施州政府", "黔东南州人民
    政府", "中共楚雄州委"; one body kept as two on 3 pages of 2 sets). The short form's mentions
    take the full form's key (a bare "州委" is no name of one body across documents). Only where
    exactly one body of the page is that full form (names compared in their
    :func:`~kg.resolve.document_merges.government_form`).

    >>> ks = ["ORG|州委", "ORG|中共楚雄州委"]
    >>> merge_prefecture_bodies(["州委", "中共楚雄州委"], ks, lambda n: f"ORG|{n}",
    ...                         DocumentPlace(city="楚雄彝族自治州"), lambda n: n); ks
    ['ORG|中共楚雄州委', 'ORG|中共楚雄州委']
    """
    city = place.city or ""
    if not city.endswith("州"):
        return
    division = next((d for d in load_gazetteer().lookup(city) if d.name == city), None)
    prefixes = {city} | ({division.short + "州"} if division and division.short else set())
    prefixes |= {"中共" + p for p in prefixes}
    for a in orgs:
        if len(a) < 2 or a[0] != "州":
            continue
        forms = {government_form(p + a[1:]) for p in prefixes}
        full = [b for b in orgs if b != a and government_form(b) in forms]
        if len(full) != 1:
            continue
        short_key, full_key = key(a), key(full[0])
        for i, k in enumerate(ks):
            if k == short_key:
                ks[i] = full_key
