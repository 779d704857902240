"""A post whose body is written by a short form of a name the article gives in full:
"某某钢铁股份有限公司…与|某某钢铁|董事长X", "江山某某门业股份有限公司…|某某门业|副总裁X",
"国立某某大学…及|某某大学|校长X".

A firm or a school named in full once is then called by the head of its name, its legal tail
(股份有限公司, 有限公司) or its leading place or qualifier dropped. The tagger reads no
organisation in the short form, so the title list finds no body before the title and the person
works for no one (s37-worksfor4 audit). The body is the article's organisation whose name holds
the short form as its start, or right after a place the tagger read at its start or a
qualifier (``positions.short_form_posts.qualifiers``: 国立…). The short form is a run of Chinese
characters that no mention crosses (a piece read inside it is allowed), opening after a mark, a
blank, the sentence's start or a function word (``positions.gap_posts.stops``), at least
``min_chars`` long and shorter than the name; one name only may hold it (two different names: no
body). A credit's title takes no body.
"""

from __future__ import annotations

from kg.nlp.relations.view import ArticleView, triggers


def _stems(view: ArticleView, i: int, qualifiers: tuple[str, ...]) -> list[str]:
    """The forms of organisation ``i``'s name a short form may open: the name, and the name
    after a place the tagger read at its start or after a qualifier."""
    m = view.mentions[i]
    name = view.text(i)
    out = [name]
    k = view.sentence_of(i)
    for j in view.by_sentence[k] if k is not None else ():
        p = view.mentions[j]
        if p.label == "PLACE" and p.start == m.start and p.end < m.end:
            out.append(name[p.end - p.start :])
    out += [name[len(q) :] for q in qualifiers if name.startswith(q) and len(name) > len(q)]
    return out


def short_form_body(view: ArticleView, k: int, floor: int, start: int, title: str) -> tuple[int | None, int]:
    """The organisation whose short form stands right before ``title`` at ``start`` in sentence
    ``k``, and where the short form starts; ``(None, start)`` when there is none."""
    conf = triggers()["positions"]
    if title.endswith(tuple(conf["credit_titles"])):
        return None, start
    own = conf["short_form_posts"]
    stops = set(conf["gap_posts"]["stops"])
    qualifiers = tuple(own["qualifiers"])
    text = view.article.text
    covered = [view.mentions[i] for i in view.by_sentence[k]]
    orgs = [i for i, m in enumerate(view.mentions) if m.label == "ORG" and not m.attrs.get("nested")]
    for size in range(own["max_chars"], own["min_chars"] - 1, -1):
        at = start - size
        if at < floor:
            continue
        run = text[at:start]
        if not all("\u4e00" <= c <= "\u9fff" and c not in stops for c in run):
            continue
        before = text[at - 1] if at > floor else ""
        if before and "\u4e00" <= before <= "\u9fff" and before not in stops:
            continue  # inside a longer word: no short form opens here
        # A mention across the run's borders, or a person in it, is no short form; a piece the
        # tagger read inside it ("成功/ORG|大学") is.
        inside = [m for m in covered if m.start < start and m.end > at]
        if any(m.start < at or m.end > start or m.label == "PERSON" for m in inside):
            continue
        holders = {
            view.text(i): i
            for i in orgs
            if len(view.text(i)) > size and any(s.startswith(run) for s in _stems(view, i, qualifiers))
        }
        if len(holders) == 1:
            return next(iter(holders.values())), at
        return None, start  # the longest run decides: a shorter one is part of it
    return None, start
