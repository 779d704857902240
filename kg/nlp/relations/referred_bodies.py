"""Titles whose body is referred to, not named before them: "该公司总经理X" works for the
company the article named last, "合作社理事长X" for the last cooperative, "某某项目经理X" for the
org whose project he runs.
"""

from __future__ import annotations

from kg.nlp.relations.places import last_company
from kg.nlp.relations.positions import found_start, title_list_before
from kg.nlp.relations.table import fact, rule
from kg.nlp.relations.view import ArticleView, RawRelation, inside_mention, mention_ending_at, triggers


@rule("body_by_reference")
def body_by_reference(view: ArticleView) -> list[RawRelation]:
    """A title whose body is not named before it but referred to: "该公司总经理X" works for the
    company the article named last; "泓达智能项目经理X" for the org whose project he runs.
    the body is resolved, not written against the title."""
    conf = triggers()["positions"]
    refs = tuple(sorted(conf["body_references"], key=len, reverse=True))
    posts = tuple(sorted(conf["project_posts"], key=len, reverse=True))
    openers = ("", *conf["bare_reference_after"])
    text = view.article.text
    out = []
    for k, sent in enumerate(view.article.sentences):
        for p in view.of_type(k, "PERSON"):
            pos = view.mentions[p].start
            found = title_list_before(view, k, sent.start, pos)
            if not found or found[0][1] is not None or found[0][2]:
                continue
            start = found_start(view, k, sent.start, pos)
            ref = next((r for r in refs if text.startswith(r, start - len(r))), None)
            org = None
            bare = ref is not None and not ref.startswith("该")
            if bare and text[max(0, start - len(ref) - 1) : start - len(ref)] not in openers:
                ref = None  # "公司", "合作社" alone only opening a clause
            if ref is not None and not inside_mention(view, k, start - 1, labels=("ORG",)):
                # A bare head word refers to the last organisation of that kind ("合作社理事长X").
                org = last_body(view, ref, start - len(ref))
            post = next((w for w in posts if text.startswith(w, start - len(w))), None)
            if org is None and post is not None:
                org = mention_ending_at(view, k, start - len(post), "ORG")
            if org is not None:
                out.append(fact("works_for", p, org, None, k, "body_by_reference"))
    return out


def last_body(view: ArticleView, ref: str, before: int) -> int | None:
    """The organisation a reference word ending before ``before`` speaks of: the last one the
    article named of that kind. "该公司"/"公司" -> the last company (a bare head word: one whose
    name ends with it); "该商会"/"商会" -> the last organisation named "…商会" (an association
    is no company, so its own head word decides)."""
    head = ref.removeprefix("该")
    if head not in triggers()["positions"]["association_references"]:
        return last_company(view, before, "" if ref.startswith("该") else ref)

    def fits(i: int) -> bool:
        name = view.text(i)
        return view.mentions[i].label == "ORG" and name.endswith(head) and len(name) > len(head)

    found = [i for i, m in enumerate(view.mentions) if m.end <= before and not m.attrs.get("nested") and fits(i)]
    if not found:
        # An association the article names only later ("…任商会会长。…江苏省某某商会已吸纳…"):
        # the one association of that head the article names, if it names one.
        later = [i for i, m in enumerate(view.mentions) if not m.attrs.get("nested") and fits(i)]
        if len({view.text(i) for i in later}) == 1:
            return later[0]
    return max(found, key=lambda i: view.mentions[i].end) if found else None
