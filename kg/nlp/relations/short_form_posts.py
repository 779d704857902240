"""A post whose body is written by a short form of a name the article gives in full:
"某某钢铁股份有限公司…与|某某钢铁|董事长X", "江山某某门业股份有限公司…|某某门业|副总裁X",
"国立某某大学…及|某某大学|校长X".

A firm or a school named in full once is then called by the head of its name, its legal tail
(股份有限公司, 有限公司) or its leading place or qualifier dropped. The tagger reads no
organisation in the short form, so the title list finds no body before the title and the person
works for no one (s37-worksfor4 audit). The body is the article's organisation whose name is the
short form and a firm's legal form after it (``positions.short_form_posts.legal_tails``: 股份有限公司,
有限公司…) or nothing, once a division of the gazetteer or a qualifier
(``positions.short_form_posts.qualifiers``: 国立…) is dropped from its start; a name whose tail is
no legal form ("某某特区|政府") is not written so. The short form is a run of Chinese
characters that no mention crosses (a piece read inside it is allowed), opening after a mark, a
blank, the sentence's start or a function word (``positions.gap_posts.stops``; inside the run one
is allowed: "以…"), at least ``min_chars`` long and shorter than the name; a credit's title takes
no body.
"""

from __future__ import annotations

from kg.nlp.entities.candidate import ALL_CJK
from kg.nlp.gazetteer import load_gazetteer
from kg.nlp.relations.view import ArticleView, triggers
from kg.nlp.words import CJK_CHAR
from kg.normalize import to_simplified


def _stems(view: ArticleView, i: int, qualifiers: tuple[str, ...]) -> list[str]:
    """The forms of organisation ``i``'s name a short form may open: the name, and the name
    after a division of the gazetteer or a qualifier at its start ("江山|某某门业…", "国立|某某大学")."""
    name = view.text(i)
    simple = to_simplified(name)
    places = load_gazetteer().by_name
    out = [name]
    out += [name[j:] for j in range(2, min(5, len(name) - 1)) if simple[:j] in places]
    out += [name[len(q) :] for q in qualifiers if name.startswith(q) and len(name) > len(q)]
    return out


def _holds(stem: str, run: str, tails: tuple[str, ...]) -> bool:
    """Whether ``run`` is ``stem`` itself or ``stem`` without a firm's legal form at its end."""
    return stem == run or (stem.startswith(run) and to_simplified(stem[len(run) :]) in tails)


def short_form_body(view: ArticleView, k: int, floor: int, start: int, title: str) -> tuple[int | None, int]:
    """The organisation whose short form stands right before ``title`` at ``start`` in sentence
    ``k``, and where the short form starts; ``(None, start)`` when there is none."""
    conf = triggers()["positions"]
    if title.endswith(tuple(conf["credit_titles"])):
        return None, start
    own = conf["short_form_posts"]
    stops = set(conf["gap_posts"]["stops"])
    qualifiers = tuple(own["qualifiers"])
    tails = tuple(own["legal_tails"])
    text = view.article.text
    covered = [view.mentions[i] for i in view.by_sentence[k]]
    orgs = [i for i, m in enumerate(view.mentions) if m.label == "ORG" and not m.attrs.get("nested")]
    for size in range(own["max_chars"], own["min_chars"] - 1, -1):
        at = start - size
        if at < floor:
            continue
        run = text[at:start]
        if not ALL_CJK.fullmatch(run):
            continue
        before = text[at - 1] if at > floor else ""
        if CJK_CHAR.fullmatch(before) and before not in stops:
            continue  # inside a longer word: no short form opens here
        # A mention across the run's borders, or a person in it, is no short form; a piece the
        # tagger read inside it ("成功/ORG|大学") is.
        inside = [m for m in covered if m.start < start and m.end > at]
        if any(m.start < at or m.end > start or m.label == "PERSON" for m in inside):
            continue
        holders = {
            view.text(i): i
            for i in orgs
            if len(view.text(i)) > size and any(_holds(s, run, tails) for s in _stems(view, i, qualifiers))
        }
        if holders:  # one firm's names differ by their legal form only: the fullest one
            return holders[max(holders, key=len)], at
    return None, start
