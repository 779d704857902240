"""A project the page names elsewhere, found again where its amount stands.

A page often names a project first with its place ("某街道“某某”改造项目", "某县某某产业园") and
then, where it gives the money, in another form: without the place, with or without 项目
("投资10亿元的“某某”改造项目", "某某产业园项目投资120亿元", "投资10亿元建设的某县某某加工项目").
When no rule tags that second form, the amount has no project to go to and is lost (audit
s31-amount, kind R1: 3 pages of 3 sites). This pass takes the page's own PROJECT mentions as
known names and looks for one of their forms only at an amount's own position: right after
"投资N元(建设)的", or right before the amount's trigger ("…项目投资N元"). Anywhere else such a
re-find is loose (9 right of 19 in all readable texts, audit s31-amount), at that position it
names the project the amount is about.
"""

from __future__ import annotations

from functools import lru_cache

from kg.nlp.amounts import find_amounts
from kg.nlp.entities.candidate import Candidate

#: The class word a project's forms may have or leave off ("某某加工" / "某某加工项目").
_PROJECT_WORD = "项目"
#: The shortest form (characters, 项目 not counted) re-found: a shorter one is a common word.
MIN_FORM = 5


@lru_cache(maxsize=1)
def _builds() -> tuple[str, ...]:
    """The verbs of building that may stand between the amount and 的 ("投资2亿元建设的")."""
    # (imported here: the relations package imports the entities package)
    from kg.nlp.relations.view import triggers

    return tuple(triggers()["invested_amount"]["bare_unit_builds"])


def _forms(text: str, known: list[Candidate], mentions: list[Candidate]) -> list[str]:
    """The forms of the page's project names: the name, and the name without the place mention
    that opens it; each with and without 项目. Longest first (the longest form present wins)."""
    forms: set[str] = set()
    for c in known:
        names = {text[c.start : c.end]}
        for p in mentions:
            if p.label == "PLACE" and p.start == c.start and p.end < c.end:
                names.add(text[p.end : c.end])  # "某街道|“某某”改造项目": the name without its place
        for name in names:
            bare = name[: -len(_PROJECT_WORD)] if name.endswith(_PROJECT_WORD) else name
            if len(bare) >= MIN_FORM:
                forms |= {bare, bare + _PROJECT_WORD}
    return sorted(forms, key=len, reverse=True)


def refound_projects(text: str, mentions: list[Candidate]) -> list[Candidate]:
    """PROJECT candidates for the page's known project names where an amount stands.

    Right after "投资N元(建设)的" or right before the amount's trigger, a form of a known name
    (:func:`_forms`) that no PROJECT mention covers becomes a candidate of its own.
    """
    known = [c for c in mentions if c.label == "PROJECT" and not c.attrs.get("generic_name")]
    if not known:
        return []
    forms = _forms(text, known, mentions)
    projects = [(c.start, c.end) for c in mentions if c.label == "PROJECT"]
    out: list[Candidate] = []
    for a in find_amounts(text):
        slots: list[tuple[int, int]] = []  # (start, end) of the form found
        after = a.end
        for verb in _builds():
            if text.startswith(verb, after):
                after += len(verb)
                break
        if text.startswith("的", after):
            form = next((f for f in forms if text.startswith(f, after + 1)), None)
            if form:
                slots.append((after + 1, after + 1 + len(form)))
        form = next((f for f in forms if text.endswith(f, 0, a.start)), None)
        if form:
            slots.append((a.start - len(form), a.start))
        for start, end in slots:
            if any(s < end and start < e for s, e in projects):
                continue  # a project is tagged there already: the amount reaches it as usual
            out.append(Candidate(start, end, "PROJECT", "head_words", 0.8, {"refound": True}))
            projects.append((start, end))
    return out
