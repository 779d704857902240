"""Decoding the bytes of a news file: byte-order marks, UTF-8, GB18030 and Big5 told apart
by how Chinese the text reads, binary files refused, and file names made printable.

See :mod:`kg.sources` ("Encodings") for the rules.

>>> _decode("市长张强主持召开调度会。".encode("gb18030")).encoding
'gb18030'
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

_SURROGATE = re.compile("[\ud800-\udfff]")


def clean_name(name: str) -> str:
    """A file name as text any output can hold: bytes that are not UTF-8 (Python keeps
    them as lone surrogates) decoded as GB18030 when they read as Chinese, else replaced.

    >>> import os
    >>> clean_name(os.fsdecode("新闻/张强.txt".encode("gbk")))
    '新闻/张强.txt'
    >>> clean_name("ok.txt")
    'ok.txt'
    """
    if not _SURROGATE.search(name):
        return name
    raw = name.encode("utf-8", "surrogateescape") if _only_escapes(name) else None
    if raw is None:
        return _SURROGATE.sub("\ufffd", name)
    try:
        text = raw.decode("gb18030")
    except UnicodeDecodeError:
        text = None
    if text is not None and _chinese_share(text)[0] >= _MIN_CHINESE_SHARE_SHORT:
        return text
    return raw.decode("utf-8", "replace")


def _only_escapes(name: str) -> bool:
    # surrogateescape holds undecodable bytes as U+DC80..U+DCFF only.
    return all("\udc80" <= c <= "\udcff" for c in _SURROGATE.findall(name))


# ----------------------------------------------------------------------------------
# Decoding


class _Unreadable(Exception):
    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.line = line


@dataclass(frozen=True)
class _Decoded:
    text: str
    encoding: str
    warning: str | None = None
    warning_line: int | None = None


_BOMS: tuple[tuple[bytes, str, str], ...] = (
    # UTF-32 first: its little-endian mark begins with UTF-16's.
    (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8", "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16-be"),
)

#: Legacy Chinese codecs tried after UTF-8, with fallbacks for Big5's vendor extensions.
_CJK_CODECS: tuple[tuple[str, ...], ...] = (("gb18030",), ("big5", "cp950", "big5hkscs"))
_TRIED = "tried utf-8, gb18030, big5"

#: Below this share of common characters a strict decode is taken for mojibake; a text
#: with fewer than ``_MIN_SAMPLE`` non-ASCII characters says less, and needs less.
_MIN_CHINESE_SHARE = 0.7
_MIN_SAMPLE = 20
_MIN_CHINESE_SHARE_SHORT = 0.5
#: A file with a larger share of invalid UTF-8 sequences is not "UTF-8 with a few bad bytes".
_MAX_BAD_UTF8_SHARE = 0.01

# Control bytes other than tab, line feed, vertical tab, form feed, carriage return and
# escape: text never holds many; binary formats are full of them.
_CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0E, 0x1B), *range(0x1C, 0x20), 0x7F])
_NOT_CONTROL = bytes(b for b in range(256) if b not in _CONTROL_BYTES)
_MAX_CONTROL_SHARE = 0.05

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a zip archive, e.g. .docx"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office document, e.g. .doc"),
    (b"\x1f\x8b", "gzip-compressed"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x7fELF", "a program"),
)


def _bom(data: bytes) -> tuple[str, str, int] | None:
    """``(codec, reported name, bom length)`` if ``data`` starts with a byte-order mark."""
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            return codec, name, len(bom)
    return None


def _binary_reason(data: bytes) -> str | None:
    for magic, what in _MAGIC:
        if data.startswith(magic):
            return f"looks like {what}"
    if b"\x00" in data:
        return "contains NUL bytes; UTF-16 text needs a byte-order mark"
    if data and len(data.translate(None, _NOT_CONTROL)) > _MAX_CONTROL_SHARE * len(data):
        return "too many control characters"
    return None


def _decode(data: bytes, declared: str | None = None) -> _Decoded:
    """Decode a whole file's bytes; raises :class:`_Unreadable` with the reason."""
    if not data:
        raise _Unreadable("empty file")
    bom = _bom(data)
    if bom is not None:
        codec, name, size = bom
        try:
            text = data[size:].decode(codec)
        except UnicodeDecodeError as e:
            raise _Unreadable(f"cannot decode as {name} ({e.reason} at byte {e.start + size})") from None
        ctrl = sum(1 for c in text if unicodedata.category(c) == "Cc" and c not in "\t\n\v\f\r\x1b")
        if "\x00" in text or ctrl > _MAX_CONTROL_SHARE * max(len(text), 1):
            raise _Unreadable(f"binary file, not text (control characters after a {name} byte-order mark)")
        return _Decoded(text, name)
    why = _binary_reason(data)
    if why:
        raise _Unreadable(f"binary file, not text ({why})")
    return _decode_no_bom(data, declared)


def _decode_no_bom(data: bytes, declared: str | None = None) -> _Decoded:
    try:
        return _Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as e:
        first_bad = e.start
    first_line = data.count(b"\n", 0, first_bad) + 1

    # UTF-8 with a few damaged bytes (a scraper cut a character): keep it, and say so.
    replaced = data.decode("utf-8", errors="replace")
    bad = replaced.count("\ufffd") - data.count("\ufffd".encode())
    non_ascii = len(replaced) - len(replaced.encode("ascii", errors="ignore"))
    if bad <= _MAX_BAD_UTF8_SHARE * non_ascii:
        return _Decoded(
            replaced,
            "utf-8",
            f"{bad} invalid UTF-8 byte sequence(s), replaced by U+FFFD; the rest was read",
            first_line,
        )

    best: tuple[float, str, str] | None = None
    for family in _CJK_CODECS:
        for codec in family:
            try:
                text = data.decode(codec)
            except UnicodeDecodeError:
                continue
            share, sample = _chinese_share(text)
            if share < (_MIN_CHINESE_SHARE if sample >= _MIN_SAMPLE else _MIN_CHINESE_SHARE_SHORT):
                break  # decodes, but to mojibake; the family's wider codecs will not do better
            # The charset an HTML page declares settles near ties.
            bonus = 0.05 if declared is not None and declared in family else 0.0
            if best is None or share + bonus > best[0]:
                best = (share + bonus, codec, text)
            break
    if best is None:
        raise _Unreadable(f"cannot decode ({_TRIED})", first_line)
    return _Decoded(best[2], best[1])


@lru_cache(maxsize=1)
def _common_chinese() -> frozenset[str]:
    """Characters of ordinary Chinese text, simplified and traditional.

    GB2312 level 1 (rows 0xB0-0xD7) holds the 3755 most used simplified characters; OpenCC
    gives their traditional forms (mainland, Taiwan and Hong Kong variants).
    """
    import opencc

    simplified = []
    for lead in range(0xB0, 0xD8):
        for trail in range(0xA1, 0xFF):
            try:
                simplified.append(bytes((lead, trail)).decode("gb2312"))
            except UnicodeDecodeError:
                continue  # the end of row 0xD7 is unassigned
    s = "".join(simplified)
    chars = set(s)
    for config in ("s2t", "s2tw", "s2hk"):
        chars.update(opencc.OpenCC(config).convert(s))
    return frozenset(chars)


def _is_cjk_punctuation(c: str) -> bool:
    o = ord(c)
    return 0x3000 <= o <= 0x303F or 0x2010 <= o <= 0x2027 or 0xFF01 <= o <= 0xFF5E or o == 0xB7


def _chinese_share(text: str) -> tuple[float, int]:
    """Share of non-ASCII characters that are common Chinese characters or punctuation, and their count."""
    common = _common_chinese()
    counts = Counter(text)
    good = total = 0
    for c, n in counts.items():
        if c < "\x80":
            continue
        total += n
        if c in common or _is_cjk_punctuation(c):
            good += n
    return (good / total if total else 1.0), total


_CHARSET = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


def _declared_charset(data: bytes) -> str | None:
    """The codec an HTML page declares in its first 4 KB, as a name of ``_CJK_CODECS``."""
    m = _CHARSET.search(data, 0, 4096)
    if not m:
        return None
    try:
        name = codecs.lookup(m.group(1).decode("ascii")).name
    except (LookupError, UnicodeDecodeError):
        return None
    if name in ("gb2312", "gbk", "gb18030"):
        return "gb18030"
    if name in ("big5", "cp950", "big5hkscs"):
        return name
    return None
