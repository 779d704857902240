"""Rosters: a list of names, one a line, each with the unit the person works in
("范某某 某某市第一中学", the rows of an honours list or an award notice).

A line that holds only a person and an organisation after it (whitespace between) is a row of
such a list; the person works for that organisation. One such line alone is no roster (a
byline or a caption may read so), so an article needs ``min_rows`` of them.
"""

from __future__ import annotations

from kg.nlp.relations.table import fact, rule
from kg.nlp.relations.view import ArticleView, RawRelation, triggers


@rule("roster_row")
def roster_rows(view: ArticleView) -> list[RawRelation]:
    """``PERSON ORG`` alone on a line, in an article with several such lines: works_for."""
    text = view.article.text
    conf = triggers()["positions"]["rosters"]
    rows: list[tuple[int, int, int]] = []
    for k in range(len(view.article.sentences)):
        persons = view.of_type(k, "PERSON")
        orgs = view.of_type(k, "ORG")
        for p in persons:
            pm = view.mentions[p]
            line_start = text.rfind("\n", 0, pm.start) + 1
            if text[line_start : pm.start].strip():
                continue
            line_end = text.find("\n", pm.end)
            line_end = len(text) if line_end < 0 else line_end
            gap_end = pm.end
            while gap_end < line_end and text[gap_end] in " \u3000\t":
                gap_end += 1
            if gap_end == pm.end:
                continue  # a name run into its unit is no row
            org = next((o for o in orgs if view.mentions[o].start == gap_end), None)
            if org is None or text[view.mentions[org].end : line_end].strip():
                continue
            rows.append((p, org, k))
    if len(rows) < conf["min_rows"]:
        return []
    return [fact("works_for", p, org, None, k, "roster_row") for p, org, k in rows]
