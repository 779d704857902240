"""The names' merge table of a sharded build, joined by rounds over buckets of names.

Each part of the documents merges its keys (:func:`kg.resolve.corpus.merge_keys`): every key
of the part -> the smallest key of its set in the part. The corpus's table is the union of
those sets joined where they share a key (:func:`kg.resolve.join_roots`), each key -> the
smallest key of its component. Joined in one task, that table has an entry per distinct
name of the corpus, and every part read it whole: the workers' memory grew with the names
of the corpus. Here the table is never in one place: a part keeps its own keys, a bucket of
names the keys whose hash falls in it, and labels flow between them until they settle:

1. each part labels each of its sets with the set's part root and sends every key, with
   its set's label, to the key's bucket (:func:`part_round` with no replies);
2. each bucket gives every key the smallest label sent for it and replies to each part for
   the keys that part sent (:func:`bucket_round`);
3. each part gives each set the smallest label of its keys and sends again; a round in
   which no part's set changed its label ends it (:func:`part_round`).

The labels only go down, and the smallest key of a component labels every set that holds
it from the first round, so each key ends labelled with the smallest key of its component:
:func:`~kg.resolve.join_roots` of all parts, in as many rounds as the longest chain of sets
that share keys (a few: the forms of one name). A part's last replies are its roots: the
table :func:`kg.resolve.flat.split_part` reads for the part's units.

>>> a = {"ORG|b": "ORG|b", "ORG|c": "ORG|b"}           # part 0: {b, c}
>>> z = {"ORG|a": "ORG|a", "ORG|c": "ORG|a"}           # part 1: {a, c}
>>> labels0, _, send0, _ = part_round(a, 2, None)
>>> labels1, _, send1, _ = part_round(z, 2, None)
>>> replies = [bucket_round(send0[b], send1[b]) for b in range(2)]
>>> labels0, _, _, changed = part_round(a, 2, labels0, *(r[0] for r in replies))
>>> labels0, changed                                   # c joins the sets: b's set takes a
({'ORG|b': 'ORG|a'}, 1)
"""

from __future__ import annotations

from kg.resolve.corpus import partition_of


def part_round(
    merges: dict[str, str], buckets: int, labels: dict[str, str] | None, *replies: dict[str, str]
) -> tuple[dict[str, str], dict[str, str], list[dict[str, str]], int]:
    """A part's round: ``(labels, roots, sends, changed)``. ``labels``: each set of
    ``merges`` (by its part root) -> its label, None in the first round (the part roots);
    ``replies``: what each bucket answered for the keys the part sent. ``roots``: each key
    -> its label as the buckets answered; ``sends``: per bucket, the part's keys of that
    bucket -> their set's label; ``changed``: how many sets took a smaller label."""
    known: dict[str, str] = {}
    for reply in replies:
        known.update(reply)
    if labels is None:
        labels, changed = {root: root for root in merges.values()}, 0
    else:
        new = dict(labels)
        for key, root in merges.items():
            if known[key] < new[root]:
                new[root] = known[key]
        changed = sum(new[root] != label for root, label in labels.items())
        labels = new
    sends: list[dict[str, str]] = [{} for _ in range(buckets)]
    for key, root in merges.items():
        sends[partition_of(key, buckets)][key] = labels[root]
    return labels, known, sends, changed


def bucket_round(*sends: dict[str, str]) -> list[dict[str, str]]:
    """A bucket's round: from what each part sent (``key -> label``), per part, its keys ->
    the smallest label any part sent for them."""
    least: dict[str, str] = {}
    for sent in sends:
        for key, label in sent.items():
            if key not in least or label < least[key]:
                least[key] = label
    return [{key: least[key] for key in sent} for sent in sends]


def roots_wanted(roots: dict[str, str], wanted: set[str] | frozenset[str]) -> dict[str, str]:
    """The roots of the keys of ``wanted`` that a part has (the blocks of ``same`` decisions)."""
    return {key: roots[key] for key in wanted if key in roots}
