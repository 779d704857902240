"""What the clause that holds a meeting may hold besides the name's own characters (session 25,
s25-meet), for :mod:`kg.nlp.convened_events`.

The clause reading takes the stretch between a convening verb and the head word ("召开|…会议"), or
between a clause's start and the verb that holds it ("，|…仪式|在某地举行"), as the meeting's name,
and refuses a stretch with a mark a name cannot hold. Real pages write marks the reading refused
though the name is whole, and the tagger cuts the same names, so they were lost (the tuning sets'
pages, one each of six sites):

- a count of sittings before the name ("同时举行|四场|重大项目集中开工仪式", "召开|108次|常委会会议"):
  the count is cut off and the rest is read, when it names a meeting;
- a space typed inside a date ("江华2025 年第一次…活动"), and 〇 written for zero ("一〇二年");
- a comma inside the name's quoted slogan ("“共享新‘蓟’遇,携手绘‘津’彩”招商引资推介会…");
- a relative day between the name and the verb that holds it ("…第一次会议|昨|召开"), and a place
  of more than twenty characters there ("…签约仪式在|滨海片区(一期)…工程现场|举行");
- 自由 inside a name ("海南自由贸易试验区…签约仪式"), whose 由 is no "by" (``inside_phrases``);
- a signing's parties opening its name, the county by its pronoun ("我县与某某集团有限公司签约仪式").

A body that opens the name of its own numbered sitting keeps its mention ("某县某办公室|一〇二年
第一次会议": :func:`holds_sitting`).

The words are ``[meeting.convened]`` keys of ``ontology/patterns/entities.toml``.
"""

from __future__ import annotations

import re

from kg.nlp.words import QUOTES_CLOSE, QUOTES_OPEN


def _conf() -> dict:
    from kg.nlp.entities import lexicon

    return lexicon().patterns["meeting"]["convened"]


def quotes_masked(text: str) -> str:
    """``text`` with the clause marks inside a short quotation (at most ``quoted_max`` characters,
    no full stop or line break in it) replaced by ``quoted_mask``, so that a quoted slogan with a
    comma in it stays inside one clause; same length, so offsets into it are offsets into ``text``.

    >>> quotes_masked("4日,“甲乙,丙丁”推介会在某市举行。")
    '4日,“甲乙·丙丁”推介会在某市举行。'
    >>> quotes_masked("他说:“好,我们走。”")
    '他说:“好,我们走。”'
    """
    conf = _conf()
    marks, mask, longest = conf["quoted_marks"], conf["quoted_mask"], conf["quoted_max"]
    pairs = {o: c for o, c in zip(QUOTES_OPEN, QUOTES_CLOSE, strict=True) if o != c and o != "《"}
    out = list(text)
    i = 0
    while i < len(text):
        close = pairs.get(text[i])
        end = text.find(close, i + 1, i + 2 + longest) if close else -1
        inside = text[i + 1 : end] if end > 0 else ""
        if not inside or any(c in inside for c in conf["quoted_not"]):
            i += 1
            continue
        for k in range(i + 1, end):
            if out[k] in marks:
                out[k] = mask
        i = end + 1
    return "".join(out)


def opening_cut(name: str) -> int:
    """Where a stretch's name starts after a count of sittings that opens it (``count_cut``:
    "四场|重大项目集中开工仪式", "108次|常委会会议"), else 0. The rest must still name a meeting (the
    caller checks it); a count of projects ("十个项目签约仪式") or an ordinal ("第一次会议") is no
    count of sittings and is read as before.

    >>> opening_cut("四场重大项目集中开工仪式"), opening_cut("第四批某某聘任仪式"), opening_cut("十个项目签约仪式")
    (2, 0, 0)
    """
    counted = re.match(_conf()["count_cut"], name)
    return counted.end() if counted is not None else 0


def holds_sitting(text: str, body_end: int, end: int) -> bool:
    """Whether the meeting's name from ``body_end`` to ``end`` is a numbered sitting of the body
    before it (``owner_sitting``: a year, then an edition or an ordinal sitting), so that the body
    keeps its mention inside the name.

    >>> holds_sitting("某办公室一〇二年第一次会议", 4, 13), holds_sitting("某公司签约仪式", 3, 7)
    (True, False)
    """
    return re.match(_conf()["owner_sitting"], text[body_end:end]) is not None
