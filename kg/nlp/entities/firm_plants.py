"""A firm's new, enlarged or numbered plant, named by the firm (and the place of the plant), is
a project: "某承实业|某稠后|新厂动土", "某隼科技|扩厂开工", "某邦科技某口某复二厂/ORG|举行落成典礼".

Taiwan pages name a factory being built this way, without 项目 ("…新厂", "…扩厂", "…二厂"); the
golds type each such name PROJECT, the firm before it ORG (real-pages-16 h04 自由時報, -28 d03
聯合報, -30 r11 atanews, -36 x12 中评社: 4 pages of 4 sites). The tagger reads the firm alone
(the plant's head goes to the next words: "新/a|厂/n", "扩/v|厂/n") or the whole name as one ORG.
A bare "新厂" or "扩厂" ("规划…的新厂", "如果有需要扩厂") names nothing: the firm must open it.
The heads and the tags of the place words between are ``[project.firm_plants]`` of
``ontology/patterns/entities.toml``; a firm is an ORG whose name ends in a business word
(``org.brand_tails``, ``person.firm_tails``, ``firm_suffixes``) and not in a legal suffix
(``legal_ends``: a legal name before the head is a longer form of the plant the golds do not list).
"""

from __future__ import annotations

from functools import cache

from kg.nlp.entities.candidate import Candidate, word_at
from kg.nlp.entities.lexicon_data import lexicon
from kg.nlp.words import Word
from kg.normalize import simplified_aligned


@cache
def _lists() -> tuple[tuple[str, ...], tuple[str, ...], frozenset[str], int, tuple[str, ...]]:
    pats = lexicon().patterns
    f = pats["project"]["firm_plants"]
    ends = set(pats["org"]["brand_tails"]) | set(pats["person"]["firm_tails"]) | set(f["firm_suffixes"])
    ends = {e for e in ends if not e.endswith(tuple(f["legal_ends"]))}  # "某某钢铁股份有限公司|新厂": none
    return (
        tuple(sorted(f["heads"], key=len, reverse=True)),
        tuple(sorted(ends, key=len, reverse=True)),
        frozenset(f["place_tags"]),
        f["max_place"],
        tuple(f["not_after"]),
    )


def _firm_end(name: str) -> int | None:
    """Where the firm's name ends inside ``name`` (a business word or a suffix, the last one),
    or None."""
    _, ends, _, _, _ = _lists()
    best = None
    for e in ends:
        k = name.rfind(e)
        if k > 0 and (best is None or k + len(e) > best):
            best = k + len(e)
    return best


def _legal(name: str) -> bool:
    """A legal name runs in the word ("某某科技有限公司新厂"): no firm's short name opens a plant there."""
    return any(e in name for e in lexicon().patterns["project"]["firm_plants"]["legal_ends"])


def _plant_head(simple: str, at: int) -> str | None:
    heads, _, _, _, not_after = _lists()
    head = next((h for h in heads if simple.startswith(h, at)), None)
    if head is None or simple.startswith(not_after, at + len(head)):
        return None  # "新厂房", "新厂区", "二厂长": another word
    return head


def plants_as_projects(text: str, words: list[Word], candidates: list[Candidate]) -> list[Candidate]:
    """``candidates`` with a PROJECT for each firm's plant: an ORG firm followed by up to
    ``max_place`` characters of place words and a plant head, or an ORG word of the tagger's
    that runs from a firm's name into such a head (made a PROJECT, the firm kept as an ORG).

    >>> from kg.nlp.words import words_of
    >>> t = "某承实业某稠后新厂动土"
    >>> ws = words_of([("某承", "ORG"), ("实业", "n"), ("某稠", "PER"), ("后", "f"), ("新", "a"), ("厂", "n"),
    ...                ("动土", "v")])
    >>> [(t[c.start:c.end], c.label) for c in plants_as_projects(t, ws, [Candidate(0, 4, "ORG", "head_words", 0.6)])]
    [('某承实业某稠后新厂', 'PROJECT'), ('某承实业', 'ORG')]
    >>> t = "某隼科技举办扩厂典礼"
    >>> ws = words_of([("某隼科技", "ORG"), ("举办", "v"), ("扩", "v"), ("厂", "n"), ("典礼", "n")])
    >>> [(t[c.start:c.end], c.label) for c in plants_as_projects(t, ws, [Candidate(0, 4, "ORG", "statistical", 0.6)])]
    [('某隼科技', 'ORG')]
    >>> t = "某邦科技某口某复二厂举行落成典礼"
    >>> ws = words_of([("某邦科技某口某复二厂", "ORG"), ("举行", "v")])
    >>> [(t[c.start:c.end], c.label) for c in plants_as_projects(t, ws, [Candidate(0, 10, "ORG", "head_words", 0.6)])]
    [('某邦科技', 'ORG'), ('某邦科技某口某复二厂', 'PROJECT')]
    """
    _, _, place_tags, max_place, _ = _lists()
    simple = simplified_aligned(text)
    out: list[Candidate] = []
    for c in candidates:
        if c.label != "ORG":
            out.append(c)
            continue
        name = simple[c.start : c.end]
        # the tagger's one word for the firm and its plant: "某邦科技某口某复二厂/ORG"
        firm = _firm_end(name)
        if firm is not None and c.length - firm <= max_place + 2 and not _legal(name):
            rest = name[firm:]
            k = next((i for i in range(len(rest)) if _plant_head(simple, c.start + firm + i)), None)
            if k is not None and firm + k + len(_plant_head(simple, c.start + firm + k) or "") == c.length:
                out.append(Candidate(c.start, c.start + firm, "ORG", c.source, c.score, {"firm_plant": True}))
                out.append(Candidate(c.start, c.end, "PROJECT", c.source, c.score, {"head": "firm_plant"}))
                continue
        if not name.endswith(_lists()[1]):
            out.append(c)
            continue  # a firm ends in its business word or suffix
        # the firm, then place words, then the head: "某承实业|某稠/PER|后/f|新/a|厂/n"
        at, i = c.end, word_at(words, c.end)
        while i is not None and at - c.end <= max_place:
            head = _plant_head(simple, at)
            if head is not None:
                # (marked: the firm stays a mention of its own inside the plant's name, prefixes.py)
                c = Candidate(c.start, c.end, c.label, c.source, c.score, dict(c.attrs, firm_plant=True))
                out.append(Candidate(c.start, at + len(head), "PROJECT", "head_words", 0.65, {"head": "firm_plant"}))
                break
            if words[i].start != at or words[i].tag not in place_tags:
                break
            at, i = words[i].end, (i + 1 if i + 1 < len(words) else None)
        out.append(c)
    return out
