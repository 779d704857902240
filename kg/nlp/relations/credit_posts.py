"""The roles of an editors' credit as posts: "信息审核:某某", "初审:某某 终审:某 某", "摄影:某某".

A page closes with its credit line, and a photo's caption with its photographer; the golds keep
the role each name holds there as its post, scored on the newer sets and optional on the older
ones (s36-roles2 audit: 5 pages of 5 sites). :mod:`kg.nlp.entities.bylines` already reads the
names as persons; :mod:`kg.nlp.relations.positions` gives the roles of the title lexicon
(记者, 编辑, 责任编辑: ``positions.credit_titles``). These roles (``positions.credit_posts``) are
common words too ("初审通过", "摄影周", "摄影师"), so a role is a credit's only where it opens its
line or follows a blank, a mark or a bracket (``positions.credit_post_after``), and where a credit
mark stands between it and the names, or nothing but blanks and the names close the line
("编审某某" alone on its line, "…现场 摄影 某某" closing a caption). The names after the first,
apart by blanks or "、", hold the role too ("终审:某某 某某"). 审核 and 监制 stay no post (the
golds leave them optional at most).
"""

from __future__ import annotations

from kg.nlp.relations.table import fact, rule
from kg.nlp.relations.view import ArticleView, RawRelation, triggers

_BLANKS = " \t\u3000"


def _role_before(text: str, pos: int) -> tuple[str, bool] | None:
    """The credit role written before the name at ``pos`` and whether a credit mark stands
    between them; ``None`` if no role of ``positions.credit_posts`` stands there as a credit's."""
    positions = triggers()["positions"]
    roles = sorted(positions["credit_posts"], key=len, reverse=True)
    end = pos
    while end > 0 and text[end - 1] in _BLANKS:
        end -= 1
    marked = end > 0 and text[end - 1] in positions["credit_marks"]
    if marked:
        end -= 1
        while end > 0 and text[end - 1] in _BLANKS:
            end -= 1
    role = next((r for r in roles if text.endswith(r, 0, end)), None)
    if role is None:
        return None
    start = end - len(role)
    if start > 0 and text[start - 1] != "\n" and text[start - 1] not in positions["credit_post_after"]:
        return None  # "经初审", "年度摄影" (a word's end, not a credit's role)
    return role, marked


def _closes_line(text: str, end: int) -> bool:
    """Nothing but blanks between ``end`` and the line's end."""
    while end < len(text) and text[end] in _BLANKS:
        end += 1
    return end >= len(text) or text[end] == "\n"


@rule("credit_role_post")
def credit_role_posts(view: ArticleView) -> list[RawRelation]:
    """``ROLE:PERSON [PERSON…]`` of an editors' credit, or ``ROLE PERSON`` closing its line: each
    person holds the role as a post (no body: the page's outlet is the byline rules')."""
    text = view.article.text
    out = []
    for k in range(len(view.article.sentences)):
        persons = sorted(view.of_type(k, "PERSON"), key=lambda i: view.mentions[i].start)
        run: list[int] = []  # the names of the credit being read
        role: str | None = None
        marked = False
        for p in persons:
            mp = view.mentions[p]
            if run and role is not None:
                gap = text[view.mentions[run[-1]].end : mp.start]
                if gap and not gap.strip(_BLANKS + "、"):
                    run.append(p)  # "审核:某某 某某": the next name of the same credit
                    continue
                out += _posts(view, run, role, marked, k)
                run, role = [], None
            found = _role_before(text, mp.start)
            if found is not None:
                (role, marked), run = found, [p]
        if run and role is not None:
            out += _posts(view, run, role, marked, k)
    return out


def _posts(view: ArticleView, run: list[int], role: str, marked: bool, k: int) -> list[RawRelation]:
    """The posts of one credit's names: without a mark the names must close the line
    ("摄影 某某 通讯员 某某)" inside a bracket names the role of a reporters' list, read elsewhere)."""
    if not marked and not _closes_line(view.article.text, view.mentions[run[-1]].end):
        return []
    return [fact("holds_position", p, None, {"position": role}, k, "credit_role_post") for p in run]
