"""Lists of persons written without separators: "委员：李鹏乔石李瑞环彭真…".

Official lists (治丧委员会名单, 主席团名单, 按姓名笔划排列) print names one after another;
where the layout's spaces are lost the line is one run of characters, and the tagger cuts
it wrongly ("费孝通孙|起|孟雷洁琼"). A run is read as such a list when the text around it is
a list's (it stands between a "：" or a bracketed note such as "（女）"/"（藏族）" and a line
end, a note or a "："), the tagger reads a good part of it as persons' names, and it divides
wholly into names: a surname and one or two characters, or a minority or foreign name whose
parts a middle dot joins ("帕巴拉·格列朗杰"). Of several divisions the one with the best
formed names wins (Chinese given names of two characters, common surnames, the tagger's own
names). The weights are ``person.list_run`` of ``entities.toml``.
"""

from __future__ import annotations

import re
from functools import cache

from kg.nlp.entities.lexicon_data import lexicon
from kg.nlp.words import Word
from kg.patterns import word_list

_DOTS = "·•‧・"
_RUN = re.compile("[\u4e00-\u9fff" + _DOTS + "]+")
_NOTE = re.compile(r"[（(][^（）()\n]{1,12}[）)]")
_OPENS = "：:）)"
_CLOSES = "（(：:"


def _lines(words: list[Word]) -> list[tuple[int, str]]:
    """The stretches of text the words cover without a gap or a line break: ``(start, text)``
    (joined once each: a page that lost its line breaks is one long stretch)."""
    out: list[tuple[int, str]] = []
    parts: list[str] = []
    start = end = 0
    for w in words:
        if not w.text.strip():
            continue  # a line break ends the line
        if parts and end == w.start:
            parts.append(w.text)
        else:
            if parts:
                out.append((start, "".join(parts)))
            start, parts = w.start, [w.text]
        end = w.start + len(w.text)
    if parts:
        out.append((start, "".join(parts)))
    return out


def name_runs(words: list[Word]) -> list[tuple[int, int]]:
    """The names of the separator-less lists of persons in the words: ``(start, end)`` spans.

    >>> from kg.nlp.words import words_of
    >>> ws = words_of([("委员", "n"), ("：", "w"), ("李鹏乔石", "PER"), ("李瑞环", "PER"), ("彭真", "PER"),
    ...       ("朱镕基", "PER"), ("荣毅仁丁关根", "PER"), ("（", "w"), ("女", "a"), ("）", "w")])
    >>> text = "".join(w.text for w in ws)
    >>> [text[a:b] for a, b in name_runs(ws)]
    ['李鹏', '乔石', '李瑞环', '彭真', '朱镕基', '荣毅仁', '丁关根']
    >>> name_runs(words_of([("今天", "t"), ("：", "w"), ("王刚", "PER"), ("参加", "v"), ("会议", "n")]))
    []
    """
    per = {(w.start, w.end) for w in words if w.tag == "PER"}
    per_chars = {k for w in words if w.tag == "PER" for k in range(w.start, w.end)}
    conf = lexicon().patterns["person"]["list_run"]
    out: list[tuple[int, int]] = []
    for start, line in _lines(words):
        runs = []
        for m in _RUN.finditer(line):
            a, b = m.span()
            body = line[a:b]
            before, after = line[a - 1 : a], line[b : b + 1]
            if a > 0 and before not in _OPENS:
                continue
            if b < len(line) and after not in _CLOSES:
                continue
            if after in "：:":
                title = next((t for t in lexicon().titles if body.endswith(t)), "")
                body = body[: len(body) - len(title)]  # "江泽民委员：": the next role opens
            if b < len(line) and after in "（(" and not _NOTE.match(line, b):
                continue
            if len(body) >= 2 and body[0] not in _DOTS and body[-1] not in _DOTS:
                runs.append((start + a, body))
        chars = sum(len(body) for _, body in runs)
        if chars < conf["min_chars"]:
            continue
        covered = sum(1 for a, body in runs for k in range(a, a + len(body)) if k in per_chars)
        if covered < conf["tagged_share"] * chars:
            continue
        found = [f for f in (_divide(a, body, per, conf) for a, body in runs) if f]
        names = [span for spans, _odd in found for span in spans]
        unknown = sum(odd for _spans, odd in found)
        if len(names) >= conf["min_names"] and unknown <= conf["max_unknown_share"] * len(names):
            out += names
    return out


def _divide(start: int, run: str, per: set[tuple[int, int]], conf: dict) -> tuple[list[tuple[int, int]], int] | None:
    """The best division of ``run`` (at ``start``) into names and how many of them are of no
    known shape, or None where none holds."""
    common = common_surnames(conf["common_surnames"])
    top = common_surnames(conf["top_surnames"])
    n = len(run)
    best: list[tuple[float, list[tuple[int, int]], int] | None] = [None] * (n + 1)
    best[0] = (0.0, [], 0)
    for i in range(n):
        if best[i] is None:
            continue
        cost0, spans, odd = best[i]  # type: ignore[misc]
        for j, cost, unknown in _names_at(run, i, common, top, conf):
            c = cost0 + cost - (conf["tagged_bonus"] if (start + i, start + j) in per else 0.0)
            cur = best[j]
            if cur is None or c < cur[0] - 1e-9:
                best[j] = (c, spans + [(start + i, start + j)], odd + unknown)
    if best[n] is None:
        return None
    _cost, spans, odd = best[n]
    return (spans, odd) if odd <= max(1, len(spans) // 2) else None  # "委员会名单（…）": a heading, no names


@cache
def common_surnames(n: int) -> frozenset[str]:
    """The first ``n`` single surnames of ``lexicon/surnames.txt`` (it lists the common ones first)."""
    return frozenset([s for s in " ".join(word_list("surnames")).split() if len(s) == 1][:n])


def _names_at(
    run: str, i: int, common: frozenset[str], top: frozenset[str], conf: dict
) -> list[tuple[int, float, int]]:
    """The names that can start at ``i``: ``(end, cost, 1 if of unknown shape else 0)``."""
    lex = lexicon()
    out = []
    for first in range(1, 6):
        # "帕巴拉·格列朗杰", "格·阿·亚夫林斯基": parts joined by dots
        k = i + first
        if k >= len(run) or run[k] not in _DOTS or any(ch in _DOTS for ch in run[i:k]):
            continue
        while k is not None:
            nxt = None
            for last in range(1, 7):
                e = k + 1 + last
                if e > len(run) or run[e - 1] in _DOTS:
                    break
                if e < len(run) and run[e] in _DOTS:
                    nxt = e  # another part follows: the name goes on
                    break
                extra = max(0, first - 3) + max(0, last - 4)
                out.append((e, conf["long_part"] * extra, 0))
            k = nxt
    surname = 2 if run[i : i + 2] in lex.double_surnames else 1 if run[i] in lex.surnames else 0
    if surname:
        rare = 0.0 if run[i : i + surname] in common or surname == 2 else conf["rare_surname"]
        for given, cost in ((2, 0.0), (1, conf["one_char_given"])):
            e = i + surname + given
            if e <= len(run) and not any(ch in _DOTS for ch in run[i:e]):
                # "王涛王|海王群": a given name seldom ends in a common surname, the next name starts there
                late = conf["surname_last"] if given == 2 and run[e - 1] in top else 0.0
                out.append((e, cost + rare + late, 0))
    for e in (i + 2, i + 3):
        if e <= len(run) and not any(ch in _DOTS for ch in run[i:e]):
            out.append((e, conf["unknown"], 1))  # "布赫", "热地": a name with no Chinese surname
    return out
