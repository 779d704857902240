"""The pattern files (``ontology/patterns/*.toml``) and word lists (``ontology/lexicon/*.txt``),
each read once for the whole process.

Every module that reads one of these files reads it here, so a file is parsed once however
many rules read it, and a broken file is reported the same way everywhere: a ``ValueError``
naming the file and the problem. The parsed data is shared: read it, never change it.

>>> tails = pattern_file("entities")["org"]["brand_tails"]
>>> tails[:3], pattern_file("entities") is pattern_file("entities")
(['数据', '科技', '物流'], True)
>>> word_list("titles")[:2]
('总书记', '国家主席')
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Any

from kg.resources import ontology_path, read_lexicon


@cache
def pattern_file(name: str) -> dict[str, Any]:
    """``ontology/patterns/<name>.toml``, parsed (once)."""
    path = ontology_path("patterns", f"{name}.toml")
    try:
        with open(path, "rb") as f:
            return tomllib.load(f)
    except tomllib.TOMLDecodeError as exc:
        raise ValueError(f"{path}: not TOML ({exc})") from exc


def data_file(path: Path) -> dict[str, Any]:
    """Another TOML data file (a model of ``ontology/models/``, the training sets of
    ``ontology/training/``), parsed on each call; a broken file is a ``ValueError`` naming it."""
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise ValueError(f"{path}: not TOML ({exc})") from exc


@cache
def word_list(name: str) -> tuple[str, ...]:
    """The entries of ``ontology/lexicon/<name>.txt`` in file order (see :func:`kg.resources.read_lexicon`)."""
    return tuple(read_lexicon("lexicon", f"{name}.txt"))


def alternation(words: Iterable[str]) -> str:
    """A regular-expression alternation of ``words``, longest first (so "经济开发区" is tried
    before "开发区"), each escaped; made once per word list, since rules ask per article.

    >>> alternation(["开发区", "经济开发区", "园区"])
    '经济开发区|开发区|园区'
    """
    return _alternation(tuple(words))


@cache
def _alternation(words: tuple[str, ...]) -> str:
    return "|".join(map(re.escape, sorted(words, key=len, reverse=True)))
