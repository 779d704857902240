"""Numbers written in Arabic digits or in Chinese numerals, read the one way every stage needs:
counts of a list's closing (十五个项目), editions (第二十五届), amounts (一千二百万元).

>>> [read_number(n) for n in ("15", "1,200", "3.5", "十五", "二十", "一百零五", "两", "千")]
[15, 1200, 3.5, 15, 20, 105, 2, 1000]
"""

from __future__ import annotations

DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_TENS = {"十": 10, "百": 100, "千": 1000}


def read_number(text: str) -> int | float | None:
    """The value of ``text``, a number in digits (thousands separated by commas or not, a
    decimal point) or in Chinese numerals up to the thousands (二十五, 一百零五, 十); ``None``
    when it is neither. Myriads (万, 亿) are units, read by the caller.

    >>> read_number("第五"), read_number("")
    (None, None)
    """
    plain = text.replace(",", "")
    if not plain or plain.isalpha() and plain.isascii():  # ("nan", "inf": no number of a page)
        return None
    try:
        value = float(plain)
    except ValueError:
        pass
    else:
        return int(value) if value.is_integer() and "." not in plain else value
    total, digit = 0, 0
    for ch in text:
        if ch in DIGITS:
            digit = DIGITS[ch]
        elif ch in _TENS:
            total += (digit or 1) * _TENS[ch]
            digit = 0
        else:
            return None
    return total + digit
