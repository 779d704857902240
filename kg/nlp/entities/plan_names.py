"""Plans of works named by their 計畫 (計劃) on Taiwanese and Hong Kong pages: "「某某水網計畫」",
"「某某願景」計劃", "縣立某某館興建計畫" (no project head word of kg's names them; the gold does, the
corpus audit s20-proj), and quoted public works ending in 工程 ("「某某堤岸復建工程」": the left walk
stops inside them at a verb or a preposition LAC reads there; the corpus audit s24-proj). Only on a
page of Taiwan or in traditional characters (``TAIWAN`` in the
context, :func:`kg.nlp.document.document_setting`): on mainland pages 计划 is "to plan". The text is
read simplified. The marks, the chain marks and the verbs of building are ``project.plan`` of
``ontology/patterns/entities.toml``."""

from __future__ import annotations

import re

from kg.nlp.entities.candidate import Candidate, word_at
from kg.nlp.entities.lexicon_data import lexicon
from kg.nlp.entities.names import left_edge
from kg.nlp.gazetteer import TAIWAN
from kg.nlp.words import QUOTES_CLOSE, QUOTES_OPEN, Word

_BREAKS = re.compile(r"[。，,；;！!？?：:\n]")
_CORNER = "「『"  # the corner brackets that quote a work's name on Taiwanese and Hong Kong pages


def plan_candidates(text: str, words: list[Word], context_names: frozenset[str] = frozenset()) -> list[Candidate]:
    """PROJECT candidates for plans of works: a quoted name that ends in a plan's mark or is followed
    by one, and a facility's name before a verb of building and the mark; and quoted public works,
    a quoted name ending in a work's head (``quoted_heads``: "「某某堤岸復建工程」").

    >>> from kg.nlp.segmenters import make_segmenter
    >>> from kg.nlp.words import words_of
    >>> t = "县府推动「青岚乡自来水智慧型水网计划」,并公布「澄湖愿景」计划的造价。"
    >>> ws = words_of(make_segmenter("lac").segment(t))
    >>> [t[c.start : c.end] for c in plan_candidates(t, ws, frozenset({TAIWAN}))]
    ['青岚乡自来水智慧型水网计划', '「澄湖愿景」计划']
    >>> plan_candidates(t, ws)  # a mainland page's 计划
    []
    >>> t = "县府推动「十四五」计划,今年计划投资3亿元。"
    >>> plan_candidates(t, words_of(make_segmenter("lac").segment(t)), frozenset({TAIWAN}))
    []
    """
    if TAIWAN not in context_names:
        return []
    plan = lexicon().patterns["project"]["plan"]
    marks = tuple(plan["marks"])
    works = _quoted_works(text, tuple(plan["quoted_heads"]), plan["min_chars"])
    found = [Candidate(s, e, "PROJECT", "head_words", 0.7, {"head": "quoted_works"}) for s, e in works]
    if not any(m in text for m in marks):
        return found
    out = _quoted(text, marks, plan) + _built(text, words, marks, plan)
    return found + [Candidate(s, e, "PROJECT", "head_words", 0.7, {"head": "plan"}) for s, e in out]


def _quoted_works(text: str, heads: tuple[str, ...], min_chars: int) -> list[tuple[int, int]]:
    """Spans of quoted public works: "「某某鄉某某大排旁堤岸復建工程」" (the name inside corner brackets). A
    Taiwanese page quotes a work's whole name, and the left walk stops inside it at a word LAC reads
    as a verb or a preposition (有/v, 統/v 包/v, 向/p). A name of generic words only ("「重點工程」")
    is none.

    >>> t = "縣府啟動「甲乙鄉丙丁寮大排旁堤岸復建工程」，並推動「重點工程」。"
    >>> from kg.normalize import normalize
    >>> t = normalize(t)[0]
    >>> [t[s:e] for s, e in _quoted_works(t, ("工程",), 4)]
    ['甲乙乡丙丁寮大排旁堤岸复建工程']
    """
    from kg.nlp.entities.learned import bare

    out: list[tuple[int, int]] = []
    for a, ch in enumerate(text):
        if ch not in _CORNER:
            continue  # (a mainland page's “某某工程” in double quotes is a campaign's slogan, "“强县工程”")
        close = QUOTES_CLOSE[QUOTES_OPEN.index(ch)]
        b = text.find(close, a + 1, a + 60)
        if b < 0 or _BREAKS.search(text, a + 1, b):
            continue
        inner = text[a + 1 : b]
        head = next((h for h in heads if inner.endswith(h)), None)
        if head is None or len(inner) - len(head) < min_chars or bare(inner, "PROJECT"):
            continue
        out.append((a + 1, b))
    return out


def _quoted(text: str, marks: tuple[str, ...], plan: dict) -> list[tuple[int, int]]:
    """Spans of quoted plans: "「甲計畫」" (the name inside the marks), "「甲」計劃" (the quotation and
    the mark); in a chain of programmes, "「甲計畫-乙-丙計畫」", the last plan ("「甲-乙計畫」" is one name)."""
    out: list[tuple[int, int]] = []
    for a, ch in enumerate(text):
        if ch not in QUOTES_OPEN or ch == "《":
            continue
        close = QUOTES_CLOSE[QUOTES_OPEN.index(ch)]
        b = text.find(close, a + 1, a + 80)
        if b < 0 or _BREAKS.search(text, a + 1, b):
            continue
        inner = text[a + 1 : b]
        if re.fullmatch(plan["not_quoted"], inner):
            continue
        if inner.endswith(marks):
            parts = re.split("|".join(map(re.escape, plan["chain_marks"])), inner)
            chained = any(p.endswith(marks) for p in parts[:-1])  # "甲计划-乙-丙计划", not "甲-乙计划"
            s = b - len(parts[-1]) if chained else a + 1
            if b - s - 2 >= plan["min_chars"]:
                out.append((s, b))
        elif text.startswith(marks, b + 1) and len(inner) >= plan["min_chars"]:
            out.append((a, b + 3))
    return out


def _built(text: str, words: list[Word], marks: tuple[str, ...], plan: dict) -> list[tuple[int, int]]:
    """Spans of "某某館|興建|計畫": a facility's name, a verb of building, the mark, outside quotes."""
    out: list[tuple[int, int]] = []
    verbs = "|".join(map(re.escape, plan["building_verbs"]))
    for m in re.finditer(f"(?:{verbs})(?:{'|'.join(marks)})", text):
        i = word_at(words, m.start())
        if i is None or words[i].start != m.start():
            continue
        start = left_edge(text, words, m.start(), label="PROJECT")
        if m.start() - start >= 2 and text[start - 1 : start] not in QUOTES_OPEN:
            out.append((start, m.end()))
    return out
