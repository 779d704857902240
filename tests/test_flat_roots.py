"""The names' merge table joined by rounds between parts and buckets of names
(kg.resolve.flat_roots) equals join_roots of all parts, with no task holding every name."""

from __future__ import annotations

import random

from kg.resolve import join_roots
from kg.resolve.flat_roots import bucket_round, part_round, roots_wanted
from kg.resolve.keys import UnionFind


def _part_merges(rng: random.Random, names: list[str], sets: int) -> dict[str, str]:
    """A part's merge_keys: random sets of a few names, each key -> the smallest of its set."""
    uf = UnionFind()
    for _ in range(sets):
        members = rng.sample(names, rng.randint(1, 4))
        for m in members[1:]:
            uf.union(members[0], m)
        uf.find(members[0])
    return {k: uf.find(k) for k in uf.parent}


def _rounds(parts: list[dict[str, str]], buckets: int) -> tuple[list[dict[str, str]], int, int]:
    """The rounds as kg.shards_cluster runs them: (each part's roots, rounds, most keys a task held)."""
    state = [part_round(m, buckets, None) for m in parts]
    rounds, held = 0, max(len(m) for m in parts)
    while True:
        replies = [bucket_round(*(s[2][b] for s in state)) for b in range(buckets)]
        held = max(held, *(sum(len(r) for r in rs) for rs in replies))
        state = [part_round(m, buckets, s[0], *(replies[b][i] for b in range(buckets))) for i, (m, s) in
                 enumerate(zip(parts, state, strict=True))]  # fmt: skip
        rounds += 1
        if not any(s[3] for s in state):
            return [s[1] for s in state], rounds, held


def test_rounds_give_each_key_the_smallest_key_of_its_component():
    rng = random.Random(7)
    for trial in range(30):
        names = [f"ORG|{rng.randrange(10**6):06d}" for _ in range(rng.randint(5, 300))]
        parts = [_part_merges(rng, names, rng.randint(1, 40)) for _ in range(rng.randint(1, 9))]
        whole = join_roots(parts)
        roots, rounds, _ = _rounds(parts, buckets=rng.randint(1, 7))
        for merges, part_roots in zip(parts, roots, strict=True):
            assert part_roots == {k: whole[k] for k in merges}, trial  # every key of the part, no other


def test_a_chain_of_parts_takes_more_rounds_and_no_task_holds_every_name():
    # part i holds {k(i), k(i+1)}: one component whose smallest key must travel the chain
    keys = [f"ORG|{i:04d}" for i in range(40)]
    parts = [{keys[i]: keys[i], keys[i + 1]: keys[i]} for i in reversed(range(39))]
    roots, rounds, held = _rounds(parts, buckets=8)
    assert all(set(r.values()) == {keys[0]} for r in roots)
    assert rounds > 2  # the label moved a set per round
    assert held < len(keys) // 2  # a bucket holds its share of the names, a part its own


def test_roots_wanted_keeps_only_the_part_s_keys():
    assert roots_wanted({"ORG|b": "ORG|a", "ORG|c": "ORG|a"}, frozenset({"ORG|b", "ORG|z"})) == {"ORG|b": "ORG|a"}
