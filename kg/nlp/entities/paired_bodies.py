"""Two bodies written as one name: a party committee and its level's government side by side
("县委县政府", "某某市委市政府", "省委省政府"), which the tagger reads as one organisation.

The shape is data (``org.paired_bodies`` of ``ontology/patterns/entities.toml``).
"""

from __future__ import annotations

import re
from functools import cache

from kg.nlp.entities.candidate import Candidate
from kg.nlp.entities.lexicon_data import gazetteer_regex, lexicon


@cache
def _paired() -> re.Pattern[str]:
    return re.compile(lexicon().patterns["org"]["paired_bodies"])


def split_paired_bodies(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """ORG candidates that end in a committee and a government written together, each cut in
    two: the committee (with the place that opens the name, if any) and the government. Words
    the tagger ran in before the committee ("锚定|省委省政府") are left out.

    >>> t = "落实县委县政府部署,黄冈市委市政府赋予,全市上下锚定省委省政府"
    >>> spans = [(t.index(n), t.index(n) + len(n)) for n in ("县委县政府", "黄冈市委市政府", "全市上下锚定省委省政府")]
    >>> cs = [Candidate(a, b, "ORG", "statistical", 0.6) for a, b in spans]
    >>> [t[c.start:c.end] for c in split_paired_bodies(t, cs)]
    ['县委', '县政府', '黄冈市委', '市政府', '省委', '省政府']
    """
    out = []
    for c in candidates:
        m = _paired().search(text, c.start, c.end) if c.label == "ORG" else None
        if m is None or m.end() != c.end:
            out.append(c)
            continue
        prefix = text[c.start : m.start()]
        first = c.start if prefix and gazetteer_regex().fullmatch(prefix) else m.start()
        out.append(Candidate(first, m.end("first"), c.label, c.source, c.score, dict(c.attrs)))
        out.append(Candidate(m.start("second"), c.end, c.label, c.source, c.score, dict(c.attrs)))
    return out


def body_before_committee(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """ORG candidates that run a named body into its committee before a title ("某某银行党委|委员",
    one word for the tagger) end with the body: the post is the body's. The title may begin with
    the committee word itself ("某某县政府党组|成员": 党组成员 is the title). A place's committee
    ("某某乡党委|书记") stays a body of its own. The committee words are ``org.body_committees``.

    >>> t = "某某银行党委委员李明,东河乡党委书记马建国"
    >>> cs = [Candidate(0, 6, "ORG", "statistical", 0.6), Candidate(11, 16, "ORG", "statistical", 0.6)]
    >>> [t[c.start:c.end] for c in body_before_committee(t, cs)]
    ['某某银行', '东河乡党委']
    >>> t = "西河县政府党组成员、副县长王明"
    >>> [t[c.start:c.end] for c in body_before_committee(t, [Candidate(0, 7, "ORG", "statistical", 0.6)])]
    ['西河县政府']
    """
    lex = lexicon()
    committees = tuple(lex.patterns["org"]["body_committees"])
    out = []
    for c in candidates:
        committee = next((x for x in committees if c.label == "ORG" and text.endswith(x, c.start, c.end)), None)
        body_end = c.end - len(committee) if committee else c.start
        if (
            committee
            and (text.startswith(lex.titles, c.end) or text.startswith(lex.titles, body_end))
            and body_end - c.start >= 3
            and text.endswith(lex.org_suffixes, c.start, body_end)
        ):
            c = Candidate(c.start, body_end, c.label, c.source, c.score, dict(c.attrs))
        out.append(c)
    return out


def party_level_committees(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """A party's name and its committee at a level, read by the tagger as two organisations
    ("某某党|省委会主委"), joined into one as well: "某某党省委会" (``org.level_committee``).

    >>> t = "某某党省委会主委李明"
    >>> cs = [Candidate(0, 3, "ORG", "statistical", 0.6), Candidate(3, 6, "ORG", "head_words", 0.65)]
    >>> [t[c.start:c.end] for c in party_level_committees(t, cs)]
    ['某某党', '省委会', '某某党省委会']
    """
    level = re.compile(lexicon().patterns["org"]["level_committee"])
    suffixes = lexicon().org_suffixes
    by_start: dict[int, list[Candidate]] = {}
    for c in candidates:
        if c.label == "ORG" and level.fullmatch(text, c.start, c.end):
            by_start.setdefault(c.start, []).append(c)
    joined = [
        Candidate(a.start, b.end, "ORG", b.source, max(a.score, b.score), {"head": "level_committee"})
        for a in candidates
        if a.label == "ORG" and a.end in by_start and not text.endswith(suffixes, a.start, a.end)
        for b in by_start[a.end][:1]
    ]
    return candidates + joined
