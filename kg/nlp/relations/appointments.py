"""Posts stated by appointment and election: the post after 任/担任/当选(为) written after the
name ("王军，2019年3月起任长治市委书记", "余某同志当选为新一届理事会会长"), after a copula when an
appointing verb stands before the name ("大会选举张某为会长", "任命李某同志为某集团董事长"), for
every name of a 、 list before it ("A、B、C当选副主席") and for every title of a 、 list after
it ("任某公司董事长、党委书记")."""

from __future__ import annotations

import re
from typing import Any

from kg.nlp.entities import lexicon
from kg.nlp.relations.referred_bodies import last_body
from kg.nlp.relations.table import fact, rule
from kg.nlp.relations.view import ArticleView, RawRelation, triggers


@rule("appointed_to")
def appointed_to(view: ArticleView) -> list[RawRelation]:
    """ "王军，2019年3月起任长治市委书记": the post after 任, with its time when stated
    (``date``, or ``since`` for 起/以来) and its body when a mention stands before the title.

    A copula (为, 系, 是) gives a post with its body named after it, or without one when an
    appointing verb (选举, 任命, 聘任 …) stands before the name in the sentence ("选举某某为会长,
    某某、某某为副会长"). The names of a 、 list ending in the name before the verb hold the same
    posts (a title shared by a 、 list belongs to each name), and each title of a 、 list after
    the verb is a post (its body, when none is named before it, is the first title's).
    """
    out = []
    text = view.article.text
    conf = triggers()["positions"]
    pattern = re.compile(conf["date_after"])
    copulas = conf["copula_verbs"]
    appointing = tuple(conf["appointing_verbs"])
    bare_refs = [r for r in conf["body_references"] if not r.startswith("该")]
    members = conf["member_titles"]
    for k, sent in enumerate(view.article.sentences):
        persons = view.of_type(k, "PERSON")
        for p in persons:
            m = pattern.match(text, view.mentions[p].end, sent.end)
            if not m:
                continue
            pos = m.end()
            org = next((o for o in view.of_type(k, "ORG") if view.mentions[o].start == pos), None)
            t_start = pos
            appointed = _appointed(text, sent.start, view, p, appointing)
            if org is None:
                # "X任商会首任会长": a bare head word names the body the article spoke of.
                ref = next((r for r in bare_refs if text.startswith(r, pos)), None)
                org = last_body(view, ref, pos) if ref else None
                # An unresolved head word still stands between the verb and the title.
                skip = ref and (org is not None or m.group("verb") not in copulas or appointed)
                t_start = pos + len(ref) if skip else pos
            if org is None and m.group("verb") in copulas and not appointed:
                continue  # "某某为大家介绍": a copula names a post only with its body or an appointing verb
            posts = _posts_after(view, k, t_start, org)
            if not posts:
                continue
            when: dict[str, Any] = {}
            if m.group("year"):
                iso = m.group("year") + (f"-{int(m.group('month')):02d}" if m.group("month") else "")
                when["since" if m.group("since") else "date"] = iso
            names = [*_list_before(view, persons, p), p]
            respective = any(w in text[view.mentions[p].end : m.start("verb")] for w in conf["respective"])
            paired = respective and len(names) == len(posts) > 1  # "A、B分别当选为主席、副主席"
            if respective and len(names) > 1 and not paired:
                continue  # the titles of the names are not all read: none is given a wrong one
            for i, q in enumerate(names):
                for title, body in [posts[i]] if paired else posts:
                    value: dict[str, Any] = {"position": title, **when}
                    if body is not None:
                        value["org"] = body
                    out.append(fact("holds_position", q, None, value, k, "appointed_to"))
                # A delegate or a member ("当选某会代表") does not work for the body.
                employed = [b for t, b in ([posts[i]] if paired else posts) if b is not None and t not in members]
                for body in dict.fromkeys(employed):
                    out.append(fact("works_for", q, body, None, k, "appointed_to"))
    return out


def _posts_after(view: ArticleView, k: int, start: int, org: int | None) -> list[tuple[str, int | None]]:
    """The titles of the 、 list that begins at ``start`` (after the verb, or after the body named
    right after it), each with its body: the mention right before it, else the first title's.

    A modifier of an elected post may stand before the body or the title ("当选新一届中国某某协会
    主席", "当选为新一届理事会会长"). Nothing when no title opens the list.
    """
    text = view.article.text
    conf = triggers()["positions"]
    titles = lexicon().titles
    modifiers = re.compile(conf["post_modifiers"])
    qualifiers = tuple(sorted(conf["title_qualifiers"], key=len, reverse=True))
    not_before = tuple(conf["appointed_title_not_before"])
    committees = tuple(sorted(conf["committees"], key=len, reverse=True))
    orgs = {view.mentions[o].start: o for o in view.of_type(k, "ORG")}
    out: list[tuple[str, int | None]] = []
    pos = start
    while True:
        mod = modifiers.match(text, pos)
        pos = mod.end() if mod else pos
        own = orgs.get(pos)
        if own is not None:
            pos = view.mentions[own].end
            # "当选省政协十二届委员会主席": the term may follow the body too.
            mod = modifiers.match(text, pos)
            pos = mod.end() if mod else pos
        # "当选为某镇妇联兼职副主席", "当选为专职副主席": a qualifier belongs to the post, and so
        # does the body's own committee ("任某医院党委副书记").
        qual = next((q for q in qualifiers if text.startswith(q, pos)), "")
        if not qual and own is not None:
            qual = next((c for c in committees if text.startswith(c, pos)), "")
        title = next((t for t in titles if text.startswith(t, pos + len(qual))), None)
        if title is None or text.startswith(not_before, pos + len(qual) + len(title)):
            return out  # "担任董事会战略委员会委员": 董事 of 董事会 is no post
        body = own if own is not None else org
        if not out and own is not None:
            org = own  # the body of the list is the one named with its first title
        out.append((title if title.startswith(qual) else qual + title, body))
        pos += len(qual) + len(title)
        if not text.startswith(("、", "和", "与", "與"), pos):
            return out  # "当选理事长与常务监事": titles joined by 和/与 are a list too
        pos += 1


def _appointed(text: str, floor: int, view: ArticleView, p: int, verbs: tuple[str, ...]) -> bool:
    """An appointing verb stands before the name in its sentence ("大会选举某某为会长", "聘任某某、
    某某两位同志为副院长", "推选甲为会长，乙、丙为副会长")."""
    return any(v in text[floor : view.mentions[p].start] for v in verbs)


def _list_before(view: ArticleView, persons: list[int], p: int) -> list[int]:
    """The names of the 、 (or 和) list that ends with ``p``, before it: "张某、李某、王某当选
    副主席" -> 张某, 李某. An honorific after a name (同志, 先生, 女士) and line breaks are no break."""
    text = view.article.text
    honorifics = tuple(triggers()["positions"]["honorifics"])
    ends = {view.mentions[q].end: q for q in persons}
    out: list[int] = []
    pos = view.mentions[p].start
    while True:
        gap = pos
        while gap > 0 and text[gap - 1].isspace():
            gap -= 1
        if gap == 0 or text[gap - 1] not in "、和":
            break
        gap -= 1
        while gap > 0 and text[gap - 1].isspace():
            gap -= 1
        hon = next((h for h in honorifics if text.endswith(h, 0, gap)), "")
        q = ends.get(gap - len(hon)) if hon else ends.get(gap)
        if q is None:
            break
        out.append(q)
        pos = view.mentions[q].start
    return out[::-1]
