"""The writer's unit in the bracket that closes a paragraph: "…项目建设。(某县发改局 王某)".

County and city news sites end a report contributed by an office or a media centre with a
credit bracket holding the unit and the writers' names, blanks between ("(某县中小企业局 刘某)",
"(某某融媒 付某)", "  (经济委办 邓某)" alone on its line; s26-works audit: 4 pages of 4 sites).
The writers work for the unit. A bracket inside a sentence is a gloss, not a credit: the bracket
must open the line or follow the end of a sentence (``positions.credit_unit_after``) and close
the line.
"""

from __future__ import annotations

from kg.nlp.relations.table import fact, rule
from kg.nlp.relations.view import ArticleView, RawRelation, triggers

_BLANKS = " \t\u3000"


@rule("credit_unit")
def credit_units(view: ArticleView) -> list[RawRelation]:
    """``(ORG PERSON [PERSON…])`` closing a line, opened at the line's start or after a sentence's
    end: works_for each person and the organisation."""
    after = triggers()["positions"]["credit_unit_after"]
    text = view.article.text
    out = []
    for k in range(len(view.article.sentences)):
        persons = sorted(view.of_type(k, "PERSON"), key=lambda i: view.mentions[i].start)
        for o in view.of_type(k, "ORG"):
            mo = view.mentions[o]
            if mo.start == 0 or text[mo.start - 1] not in "(（":
                continue
            before = mo.start - 1
            while before > 0 and text[before - 1] in _BLANKS:
                before -= 1
            if before > 0 and text[before - 1] != "\n" and text[before - 1] not in after:
                continue  # "某某公司(某某集团 王某)": a bracket inside a sentence
            names, pos = [], mo.end
            for p in persons:
                mp = view.mentions[p]
                if mp.start < pos:
                    continue
                gap = text[pos : mp.start]
                if gap.strip(_BLANKS + "、") or (not names and not gap):
                    break  # the unit and the first name stand apart by a blank
                names.append(p)
                pos = mp.end
            rest = pos
            while rest < len(text) and text[rest] in _BLANKS:
                rest += 1
            if not names or rest >= len(text) or text[rest] not in ")）":
                continue
            close = rest + 1
            while close < len(text) and text[close] in _BLANKS:
                close += 1
            if close < len(text) and text[close] not in "\n[【":
                continue  # the bracket does not close the line (nor run on to an editor's credit)
            out += [fact("works_for", p, o, None, k, "credit_unit") for p in names]
    return out
