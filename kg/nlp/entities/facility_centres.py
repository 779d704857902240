"""A trading or logistics centre the tagger reads as a body is a project: "某某国际物流中心",
"某某商品综合交易中心", "某某农产品集配中心", "某某物流商贸城", "某某大数据中心".

The tagger types a name ending in 中心 as an organisation (ORG), yet the news names such a centre
because it is planned, built or visited as a work; the golds type them PROJECT (real-pages-30 r08,
-23 f09, -26 b08, -20 l01, -21 m09, real-proj q05, real-proj2 r02: 7 pages of 7 sites), where
centres that serve, study or manage (服务中心, 研究中心, 管理中心) are bodies. The heads are
``[project.centres]`` of ``ontology/patterns/entities.toml``. A body among them stays one: the
exchange of a government (某市公共资源交易中心, 某县农村产权流转交易中心: ``body_words`` before the head),
a government's own centre (某市大数据中心: a level word right before the head), a centre with a
post right after it (某某物流中心主任某某) and one in a sentence that speaks of no works
(``sentence_words``: a visit to firms and their centres, real-pages-28 d06).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from kg.nlp.entities.candidate import Candidate
from kg.nlp.entities.lexicon_data import lexicon
from kg.normalize import simplified_aligned
from kg.patterns import pattern_file

_SENTENCE_MARKS = ("。", "！", "!", "？", "?", "\n")


@dataclass(frozen=True)
class Centres:
    """``[project.centres]``, read once."""

    heads: tuple[str, ...]
    min_name: int
    body_words: tuple[str, ...]
    levels: str
    sentence_words: tuple[str, ...]
    stem_breaks: tuple[str, ...]


@cache
def centres() -> Centres:
    f = pattern_file("entities")["project"]["centres"]
    return Centres(
        heads=tuple(sorted(f["heads"], key=len, reverse=True)),
        min_name=f["min_name"],
        body_words=tuple(f["body_words"]),
        levels=f["levels"],
        sentence_words=tuple(f["sentence_words"]),
        stem_breaks=tuple(f["stem_breaks"]),
    )


def centres_as_projects(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """``candidates`` with each ORG whose name ends in a trading or logistics centre's head made a
    PROJECT, but for a government's exchange or centre and a centre before a post.

    >>> t = "查看了某某国际建材商贸城、某某农产品集配中心,某市公共资源交易中心,某市大数据中心,某某物流中心主任某某项目"
    >>> cs = [Candidate(3, 12, "ORG", "statistical", 0.6), Candidate(13, 22, "ORG", "statistical", 0.6),
    ...       Candidate(23, 33, "ORG", "head_words", 0.65), Candidate(34, 41, "ORG", "head_words", 0.65),
    ...       Candidate(42, 48, "ORG", "statistical", 0.6)]
    >>> [c.label for c in centres_as_projects(t, cs)]
    ['PROJECT', 'PROJECT', 'ORG', 'ORG', 'ORG']
    >>> t = "先后到某某有限公司、某某农产品交易物流中心等地视察"
    >>> [c.label for c in centres_as_projects(t, [Candidate(10, 21, "ORG", "s", 0.6)])]
    ['ORG']
    """
    f = centres()
    titles = lexicon().titles
    simple = simplified_aligned(text)
    out = []
    for c in candidates:
        name = simple[c.start : c.end]
        head = next((h for h in f.heads if name.endswith(h)), None)
        if c.label != "ORG" or head is None:
            out.append(c)
            continue
        stem = name[: -len(head)]
        # "某市大数据中心", "某县物流中心": a level word right before the head (大 of 大数据 aside)
        # makes the government's own centre, a body
        own = stem.removesuffix("大")[-1:] in f.levels if stem.removesuffix("大") else True
        opening = max((simple.rfind(m, 0, c.start) for m in _SENTENCE_MARKS), default=-1) + 1
        closing = min((i for m in _SENTENCE_MARKS if (i := simple.find(m, c.end)) >= 0), default=len(simple))
        works = any(w in simple[opening:closing] for w in f.sentence_words)
        if (
            len(stem) < f.min_name
            or own
            or not works
            or any(w in stem for w in f.body_words)
            or any(w in stem for w in f.stem_breaks)
            or simple.startswith(titles, c.end)
        ):
            out.append(c)
            continue
        out.append(Candidate(c.start, c.end, "PROJECT", c.source, c.score, dict(c.attrs)))
    return out
