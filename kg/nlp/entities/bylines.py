"""Source ``bylines``: names in bylines and photo credits."""

from __future__ import annotations

import re

from kg.nlp.entities.candidate import Candidate
from kg.nlp.entities.lexicon_data import lexicon
from kg.nlp.words import Word


def byline_candidates(text: str, words: list[Word]) -> list[Candidate]:
    """Names in bylines and photo credits: "本报记者 史涌涛 苑捷", "(记者 张彩峰)", "(李信君摄)"."""
    out = []
    role = r"(?:记者|通讯员|特约记者|见习记者|实习生|摄影|责任编辑|编辑|校对)"
    for m in re.finditer(role + r"[\s:]*((?:[\u4e00-\u9fff]{2,3}(?:\s+|(?=[)\s摄]|$)))+)", text):
        pos = m.start(1)
        for part in re.finditer(r"[\u4e00-\u9fff]{2,3}", m.group(1)):
            name = part.group(0)
            if name.endswith("摄"):
                name = name[:-1]
            if len(name) >= 2 and name[0] in lexicon().surnames | {n[0] for n in lexicon().double_surnames}:
                s = pos + part.start()
                out.append(Candidate(s, s + len(name), "PERSON", "bylines", 0.85, {"role": m.group(0)[:2]}))
    for m in re.finditer(role + r"[\s:：]*([\u4e00-\u9fff][ \u3000][\u4e00-\u9fff])(?=[)）\s]|$)", text):
        if m.group(1)[0] in lexicon().surnames:
            out.append(Candidate(m.start(1), m.end(1), "PERSON", "bylines", 0.85, {"role": m.group(0)[:2]}))
    for m in re.finditer(r"\(([\u4e00-\u9fff]{2,3})摄\)", text):
        out.append(Candidate(m.start(1), m.end(1), "PERSON", "bylines", 0.8))
    return out + source_credit_candidates(text) + dateline_candidates(text)


def dateline_candidates(text: str) -> list[Candidate]:
    """The place of a byline's dateline ("記者某某/高雄報導", "【記者 某某／宜蘭 報導】") is a
    place: the tagger reads it as an outlet or a person. ``dateline`` of ``entities.toml``.

    >>> text = "〔記者林某某/高雄報導〕市立醫院今天舉辦活動"
    >>> [(text[c.start:c.end], c.label) for c in dateline_candidates(text)]
    [('高雄', 'PLACE')]
    """
    d = lexicon().patterns["dateline"]
    pattern = "(?:{})\\s*[\u4e00-\u9fff]{{2,4}}\\s*[{}]\\s*(?P<place>[\u4e00-\u9fff]{{2,4}}?)\\s*(?:{})".format(
        "|".join(map(re.escape, d["roles"])), re.escape("".join(d["slashes"])), "|".join(map(re.escape, d["reported"]))
    )
    return [
        Candidate(m.start("place"), m.end("place"), "PLACE", "bylines", 0.85, {"dateline": True})
        for m in re.finditer(pattern, text)
    ]


def source_credit_candidates(text: str) -> list[Candidate]:
    """The outlet of a page's source credit ("来源: 某某融媒  编辑:…", "(来源:某某日报)") is an
    organisation, unless it names no outlet ("来源:网络"): ``org.source_credit`` and
    ``org.not_outlets`` of ``entities.toml``.

    >>> text = "来源:东川融媒 编辑:王某 时间:2023-07-11 (来源:网络)"
    >>> [text[c.start:c.end] for c in source_credit_candidates(text)]
    ['东川融媒']
    """
    org = lexicon().patterns["org"]
    not_outlets = frozenset(org["not_outlets"])
    return [
        Candidate(m.start("outlet"), m.end("outlet"), "ORG", "bylines", 0.8, {"head": "source_credit"})
        for m in re.finditer(org["source_credit"], text)
        if m.group("outlet") not in not_outlets
    ]
