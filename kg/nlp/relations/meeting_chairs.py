"""Who chairs each meeting of the article, so that the readings of attendance that look past
the person's own clause (persons seated on the rostrum, "在主席台就座的还有…"; who opens a
clause after "会上,") do not make the chair one of the attendees too: the gold guide keeps a
meeting's chair out of its ``attended`` (the attend trigger already skips a chair within its
sentence, "会议由X主持,A、B参加"); and which of two nested meeting mentions a chair's word of
reference stands for (:func:`outermost`).
"""

from __future__ import annotations

from kg.nlp.relations.view import ArticleView, RawRelation


def article_chairs(view: ArticleView) -> set[tuple[str, str]]:
    """(person, meeting) names of every ``chaired`` fact the chair rule reads in the article.

    The chair rule runs before the attendance rules and adds no mention a second run would not
    find again (``add_mention`` returns an existing span), so running it here is safe; it runs
    once per article while no mention is added (``view.memo``), however many readings ask.
    """
    from kg.nlp.relations.table import RULES  # the registry, filled once the rule modules load

    if "chairs" not in view.memo:
        chair_rule = RULES.get("chair_trigger")
        facts = chair_rule(view) if chair_rule is not None else []
        view.memo["chairs"] = {
            (view.text(r.head), view.text(r.tail)) for r in facts if r.type == "chaired" and r.tail is not None
        }
    return view.memo["chairs"]


def without_chairs(view: ArticleView, facts: list[RawRelation]) -> list[RawRelation]:
    """``facts`` less the ``attended`` ones whose person the article says chairs that meeting
    (the same person's name and the same meeting's name)."""
    if not any(r.type == "attended" for r in facts):
        return facts
    chairs = article_chairs(view)
    if not chairs:
        return facts
    return [
        r
        for r in facts
        if not (r.type == "attended" and r.tail is not None and (view.text(r.head), view.text(r.tail)) in chairs)
    ]


def outermost(view: ArticleView, m: int) -> int:
    """The longest meeting mention that holds mention ``m`` (itself when none does): "某市…集中开工
    仪式" inside "某市…集中开工仪式宁武现场活动" is named for the longer event, the article's own."""
    a, b = view.mentions[m].start, view.mentions[m].end
    holders = [
        x
        for k in range(len(view.article.sentences))
        for x in view.of_type(k, "MEETING")
        if view.mentions[x].start <= a and b <= view.mentions[x].end
    ]
    return max(holders, key=lambda x: view.mentions[x].end - view.mentions[x].start, default=m)
