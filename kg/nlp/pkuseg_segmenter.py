"""The ``pkuseg`` segmenter: spacy-pkuseg with a model directory the user gives (pkuseg's own
models are downloaded from the web and cannot be fetched here), its checks and its loader.
Registered in :mod:`kg.nlp.segmenters` as ``make_segmenter("pkuseg", model_dir=...)``.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from kg.nlp.segmenters import WHITESPACE_TAG, Segmenter, _split_whitespace, register_segmenter

# What spacy_pkuseg.train writes, and the older formats pkuseg still reads.
_PKUSEG_FEATURES = ("features.msgpack", "features.pkl", "features.json")
_PKUSEG_WEIGHTS = ("weights.npz", "model.txt")
# pkuseg's own POS model (postag.zip of the pkuseg releases), unpacked here.
_PKUSEG_POSTAG_SUBDIR = "postag"
_POSTAG_FEATURES = ("features.pkl", "features.json")
_PKUSEG_LOAD_LOCK = threading.Lock()

UserDict = str | Path | Iterable[str | tuple[str, str]]


def _check_model_dir(path: Path, features: tuple[str, ...], weights: tuple[str, ...], what: str) -> None:
    if not path.exists():
        raise FileNotFoundError(f"{what} directory {path} does not exist")
    if not path.is_dir():
        raise ValueError(f"{what} directory {path} is not a directory")
    missing = [" or ".join(names) for names in (features, weights) if not any((path / n).is_file() for n in names)]
    if missing:
        raise FileNotFoundError(
            f"{what} directory {path} is missing {' and '.join(missing)} "
            "(a model made by spacy_pkuseg.train has features.msgpack and weights.npz)"
        )


class PkusegSegmenter:
    """spacy-pkuseg with a model from a local directory: words, and POS tags if asked.

    pkuseg drops whitespace; the words are realigned to the text so that they join back
    to it exactly, each whitespace run becoming its own token with tag ``""``. Tags are
    pkuseg's POS tags (``n``, ``v``, ``ns``, ``nr``...) with ``postag=True``, else ``""``.

    >>> seg = PkusegSegmenter("models/pkuseg-news")  # doctest: +SKIP
    >>> seg.segment("市长 张强")  # doctest: +SKIP
    [('市长', ''), (' ', ''), ('张强', '')]
    """

    def __init__(self, model_dir: str | Path, user_dict: UserDict | None = None, postag: bool = False) -> None:
        self._seg, self._tagger = _load_pkuseg(*_pkuseg_key(model_dir, user_dict, postag))

    def segment(self, text: str) -> list[tuple[str, str]]:
        words = self._seg.cut(text)
        tags = self._tagger.tag(list(words)) if self._tagger is not None and words else [""] * len(words)
        return _realign(text, words, tags)


def _pkuseg_key(
    model_dir: str | Path, user_dict: UserDict | None, postag: bool
) -> tuple[str, str | tuple[tuple[str, str], ...] | None, bool]:
    """Check the paths and make the (hashable) arguments of :func:`_load_pkuseg`."""
    if model_dir is None or str(model_dir) == "":
        raise ValueError("the pkuseg segmenter needs model_dir: a directory made by spacy_pkuseg.train")
    # Absolute, because pkuseg downloads its own model when given a bare name like "news".
    path = Path(model_dir).expanduser().resolve()
    _check_model_dir(path, _PKUSEG_FEATURES, _PKUSEG_WEIGHTS, "pkuseg model")
    if postag:
        _check_model_dir(
            path / _PKUSEG_POSTAG_SUBDIR,
            _POSTAG_FEATURES,
            _PKUSEG_WEIGHTS,
            "pkuseg POS model (postag=True; unpack pkuseg's postag.zip there)",
        )
    words: str | tuple[tuple[str, str], ...] | None
    if user_dict is None:
        words = None
    elif isinstance(user_dict, str | Path):
        dict_path = Path(user_dict).expanduser().resolve()
        if not dict_path.is_file():
            raise FileNotFoundError(f"pkuseg user dictionary {dict_path} does not exist or is not a file")
        words = str(dict_path)
    else:
        words = tuple((w, "") if isinstance(w, str) else (w[0], w[1]) for w in user_dict)
    return str(path), words, postag


@lru_cache(maxsize=4)
def _load_pkuseg(model_dir: str, user_dict: str | tuple[tuple[str, str], ...] | None, postag: bool):
    import spacy_pkuseg
    from spacy_pkuseg.postag import Postag

    # pkuseg passes the model directory through a module-level config: one load at a time.
    with _PKUSEG_LOAD_LOCK:
        try:
            # postag=False always: pkuseg's own postag=True downloads the POS model.
            seg = spacy_pkuseg.pkuseg(
                model_name=model_dir, user_dict=list(user_dict) if isinstance(user_dict, tuple) else user_dict
            )
            tagger = Postag(str(Path(model_dir) / _PKUSEG_POSTAG_SUBDIR)) if postag else None
        except Exception as exc:
            raise ValueError(f"pkuseg model directory {model_dir} could not be loaded: {exc}") from exc
    return seg, tagger


def _realign(text: str, words: list[str], tags: list[str]) -> list[tuple[str, str]]:
    """Lay ``words`` (whitespace dropped) over ``text``: exact slices of it, plus whitespace runs.

    Each word claims as many non-whitespace characters of ``text`` as it has, so a word
    that pkuseg normalised still gets the original characters; text left over at the end
    becomes a last token with tag ``""``.

    >>> _realign("市长 张强", ["市长", "张强"], ["n", "nr"])
    [('市长', 'n'), (' ', ''), ('张强', 'nr')]
    """
    out: list[tuple[str, str]] = []
    pos, n = 0, len(text)
    for word, tag in zip(words, tags, strict=True):
        need = sum(1 for c in word if not c.isspace())
        start = pos
        while need and pos < n:
            if text[pos].isspace():
                if pos > start:
                    out.append((text[start:pos], tag))
                ws = pos
                while pos < n and text[pos].isspace():
                    pos += 1
                out.append((text[ws:pos], WHITESPACE_TAG))
                start = pos
            else:
                pos += 1
                need -= 1
        if pos > start:
            out.append((text[start:pos], tag))
    if pos < n:
        out.extend(_split_whitespace([(text[pos:], "")]))
    return out


@register_segmenter("pkuseg")
def make_pkuseg(model_dir: str | Path, user_dict: UserDict | None = None, postag: bool = False) -> Segmenter:
    """spacy-pkuseg with the model in ``model_dir``; nothing is downloaded.

    ``model_dir`` holds a model made by ``spacy_pkuseg.train`` (``features.msgpack`` and
    ``weights.npz``) or an unpacked pkuseg release model. ``user_dict`` is a file of words
    (one a line, optionally ``word<TAB>tag``) or a list of words that are never split.
    ``postag=True`` also tags parts of speech, with pkuseg's POS model unpacked in
    ``model_dir/postag``. A missing or incomplete directory raises an error naming it.

    >>> seg = make_pkuseg("models/pkuseg-news")  # doctest: +SKIP
    >>> seg.segment("张强主持召开会议")  # doctest: +SKIP
    [('张强', ''), ('主持', ''), ('召开', ''), ('会议', '')]
    """
    return PkusegSegmenter(model_dir, user_dict, postag)
