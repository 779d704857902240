"""Character normalisation with offsets: a copy of a text folded to NFKC (full-width forms,
ideographic spaces) and converted from traditional to simplified characters (OpenCC
``t2s``), with, for every character of the copy, its offset in the original. Ingest reads
the copy; mentions and evidence report offsets into the original.

>>> normalize("張強，（記者）")
('张强,(记者)', [0, 1, 2, 3, 4, 5, 6])
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache


@lru_cache(maxsize=1)
def _t2s():
    import opencc

    return opencc.OpenCC("t2s").convert


def to_simplified(text: str) -> str:
    """Traditional -> simplified Chinese (OpenCC ``t2s``), keeping the names of divisions that
    t2s would change: 乾 is a simplified character too, and 乾安县 or 乾县 become 干安县, 干县,
    which no gazetteer knows (the names are the gazetteer's own, :func:`_kept_names`).

    >>> to_simplified("乾安縣委書記"), to_simplified("乾坤")
    ('乾安县委书记', '乾坤')
    """
    kept = _kept_names()
    if kept is None:
        return _t2s()(text)  # (the gazetteer loading: not remembered, the kept names are unknown yet)
    return _simplified(text, kept)


def simplified_aligned(text: str) -> str:
    """:func:`to_simplified` where the folding keeps every offset (one character for one), else
    ``text`` itself: the rules that read simplified words give offsets into the text.

    >>> simplified_aligned("經發局長"), simplified_aligned("abc")
    ('经发局长', 'abc')
    """
    simple = to_simplified(text)
    return simple if len(simple) == len(text) else text


@lru_cache(maxsize=1 << 16)
def _simplified(text: str, kept: re.Pattern) -> str:
    """:func:`to_simplified` once the kept names are known, remembered: the rules convert the
    same names and words again and again (37,000 calls for 131 pages from one of them)."""
    out = _t2s()(text)
    if len(out) != len(text):
        return out  # (a phrase of another length: normalize converts character by character)
    for m in kept.finditer(text):
        out = out[: m.start()] + m.group() + out[m.end() :]
    return out


_kept: re.Pattern | None = None
_loading = False  # the gazetteer converts Taiwan's names while it loads: no kept names then


def _kept_names() -> re.Pattern | None:
    """The names and short forms of the gazetteer's divisions that t2s would change, as one
    pattern (built once; ``None`` while the gazetteer loads)."""
    global _kept, _loading
    if _kept is not None or _loading:
        return _kept
    from kg.nlp.gazetteer import load_gazetteer

    _loading = True
    try:
        divisions = load_gazetteer().divisions.values()
    finally:
        _loading = False
    names = sorted({n for d in divisions for n in (d.name, d.short) if n and _t2s()(n) != n}, key=len, reverse=True)
    _kept = re.compile("|".join(map(re.escape, names)) or "(?!)")
    return _kept


def normalize(text: str, base: int = 0) -> tuple[str, list[int]]:
    """NFKC + traditional->simplified copy of ``text`` and, per character, its original offset.

    >>> normalize("張強，（記者）")
    ('张强,(记者)', [0, 1, 2, 3, 4, 5, 6])
    """
    if unicodedata.is_normalized("NFKC", text):
        # Every character of an NFKC string is its own NFKC form: the map is the identity.
        folded, origin = text, list(range(base, base + len(text)))
    else:
        folded, origin = _fold(text, base)
    simplified = to_simplified(folded)
    if len(simplified) != len(folded):
        # OpenCC converted a phrase to one of another length: convert char by char instead
        # so the offset map stays exact.
        simplified = "".join(to_simplified(c) if len(to_simplified(c)) == 1 else c for c in folded)
    return simplified, origin


def _fold(text: str, base: int) -> tuple[str, list[int]]:
    """NFKC character by character, with each output character's original offset."""
    folded = text.translate(_FOLDED)
    if len(folded) == len(text):
        # No character folds to nothing, so the same length means one for one: the
        # offset map is the identity.
        return folded, list(range(base, base + len(text)))
    # Some fold to several ("…" -> "..."): their offset repeats, the runs between them count on.
    wide = [ch for ch in set(text) if len(_FOLDED[ord(ch)]) > 1]
    origin: list[int] = []
    done = 0
    for m in re.finditer("|".join(map(re.escape, wide)), text):
        i = m.start()
        origin += range(base + done, base + i)
        origin += [base + i] * len(_FOLDED[ord(text[i])])
        done = i + 1
    origin += range(base + done, base + len(text))
    return folded, origin


def _fold_char(ch: str) -> str:
    n = unicodedata.normalize("NFKC", ch) if ord(ch) > 0x7F else ch
    if n == " " and ch == "\u3000":
        n = " "
    return n


class _FoldTable(dict):
    """A ``str.translate`` table from a code point to its NFKC form, filled in as characters
    are met (the whole of Unicode is too much to fold up front)."""

    def __missing__(self, code: int) -> str:
        form = self[code] = _fold_char(chr(code))
        return form


_FOLDED = _FoldTable()
