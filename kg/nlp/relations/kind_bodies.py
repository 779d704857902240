"""A head's title with no body written before it, in an article that names one body of the
title's kind: "院长某某" where the article names one 院 ("某某开发院", "县人民医院"), "校长某某"
where it names one 大学, "议长某某" where it names one 议会.

News names the body of its story once ("长江大学与某区签署协议") and its heads after by the bare
title ("党委副书记、校长某某", "我院院长某某"); the head works for that body. The kinds are the
endings of ``head_title_bodies`` (a title -> the name endings of its bodies). When the article
names two bodies of the kind (a hospital and a 法院, two universities), the title says nothing
of which, so nothing is stated; nor when the title list names a body of its own.
"""

from __future__ import annotations

from kg.nlp.relations.positions import title_list_before
from kg.nlp.relations.table import fact, rule
from kg.nlp.relations.view import ArticleView, RawRelation, triggers


@rule("body_of_kind")
def body_of_kind(view: ArticleView) -> list[RawRelation]:
    """``TITLE PERSON`` with no body before the title list: works_for the one body of the
    title's kind that the article names."""
    kinds: dict[str, list[str]] = triggers()["positions"]["head_title_bodies"]
    # (a council named inside its own session's name is the article's council: "某县议会|第20届…定期会")
    orgs = [
        i
        for i, m in enumerate(view.mentions)
        if m.label == "ORG" and (not m.attrs.get("nested") or m.attrs.get("council"))
    ]
    out = []
    for k, sent in enumerate(view.article.sentences):
        for p in view.of_type(k, "PERSON"):
            found = title_list_before(view, k, sent.start, view.mentions[p].start)
            if not found or any(org is not None or unnamed for _, org, unnamed in found):
                continue  # no title, or the list names a body of its own
            endings = next((tuple(kinds[t]) for t, _, _ in found if t in kinds), None)
            body = _one_body(view, orgs, endings) if endings else None
            if body is not None:
                out.append(fact("works_for", p, body, None, k, "body_of_kind"))
    return out


def _one_body(view: ArticleView, orgs: list[int], endings: tuple[str, ...]) -> int | None:
    """The organisation of the article whose name ends with one of ``endings``, if the article
    names one only (a short form inside a longer name, 市议会 of 台中市议会, is the same body)."""
    named = {view.text(i) for i in orgs if view.text(i).endswith(endings)}
    names = [n for n in named if not any(n != o and n in o for o in named)]
    if len(names) != 1:
        return None
    return next(i for i in reversed(orgs) if view.text(i) == names[0])
