"""invests_in from signings: who signs for a project is its investor.

"某县与X公司签订Y项目投资协议" (X -> Y); "某县先后与A、B就X和Y完成签约" (A -> X, B -> Y, in
order); a company that builds a list ("X拟在某县投资5亿元，建设A、B") invests in each item
(see ``investor_builds`` in :mod:`kg.nlp.relations.invests_in`, which reads :func:`list_after`).

The words are in ``[invests_in]`` of ``ontology/patterns/relations.toml``; the rules register
in :data:`kg.nlp.relations.RULES` (imported by that package; they run at their place in
``ORDER`` of :mod:`kg.nlp.relations.table`).
"""

from __future__ import annotations

import re

from kg.nlp.relations import ArticleView, RawRelation, confidence, is_company, rule, triggers
from kg.patterns import alternation

_JOINS = ("、", "和", "及", "与", ",")


def list_after(view: ArticleView, k: int, first: int, label: str = "PROJECT") -> list[int]:
    """``first`` and the mentions of ``label`` coordinated after it ("A、B和C"), in order."""
    text = view.article.text
    items = [first]
    for j in view.of_type(k, label):
        if view.mentions[j].attrs.get("nested") or view.mentions[j].start <= view.mentions[items[-1]].start:
            continue
        if text[view.mentions[items[-1]].end : view.mentions[j].start] in _JOINS:
            items.append(j)
        elif view.mentions[j].start > view.mentions[items[-1]].end:
            break
    return items


def partner_list(view: ArticleView, k: int, first: int) -> tuple[list[int], int]:
    """The partners of a signing coordinated from organisation ``first`` and where their list ends.

    As :func:`list_after` on organisations, and a list may join its last item with 以及 ("与A以及B就P
    签署协议") or name each firm's representative after it ("分别与A代表、B代表为P和Q签约": the firm
    signs through its 代表; ``partner_stands``; session 32, s32-investrec)."""
    text = view.article.text
    stands = tuple(triggers()["invests_in"]["partner_stands"])

    def past_stand(pos: int) -> int:
        return pos + next((len(w) for w in stands if text.startswith(w, pos)), 0)

    items, end = [first], past_stand(view.mentions[first].end)
    for j in sorted(view.of_type(k, "ORG"), key=lambda q: view.mentions[q].start):
        m = view.mentions[j]
        if m.attrs.get("nested") or m.start < end:
            continue
        if text[end : m.start] not in (*_JOINS, "以及"):
            break
        items.append(j)
        end = past_stand(m.end)
    return items, end


def _words(key: str) -> str:
    return alternation(triggers()["invests_in"][key])


@rule("investor_signs")
def investor_signs(view: ArticleView) -> list[RawRelation]:
    """The partner of a signing invests in what is signed for.

    "灵丘县与X有限公司签订了Y项目投资协议" -> X invests_in Y (and "X有限公司与灵丘县人民政府
    签订…": the company, not the host); "某县先后与A、B就X和Y完成签约"
    -> A in X, B in Y (one to one when the two lists have the same length, else each partner in
    each project when one side is a single name).
    """
    text = view.article.text
    signs = _words("signs")
    cooperates = _words("cooperates")
    hosts = tuple(triggers()["invests_in"]["hosts"])
    out = []
    for k, sent in enumerate(view.article.sentences):
        orgs = [o for o in view.of_type(k, "ORG") if not view.mentions[o].attrs.get("nested")]
        for o in orgs:
            om = view.mentions[o]
            if text[om.start - 1 : om.start] not in ("与", "同", "和") and not _classed_partner(view, k, o):
                continue
            # The partner is the one after 与 (the other side, a county or its government, is
            # the host): "与A、B" is a list of partners.
            partners, end = partner_list(view, k, o)
            if all(view.text(p).endswith(hosts) for p in partners):
                # "X有限公司与某县人民政府签订Y项目投资协议": the host is after 与; the company
                # before it signs for the project.
                first = next((q for q in orgs if view.mentions[q].end == om.start - 1 and is_company(view, q)), None)
                if first is None:
                    continue
                partners = [first]
            # "…就X和Y完成签约" (the projects between 就 and the signing; "为P和Q签约" alike,
            # `sign_topics`), or "签订(了)X项目…协议".
            topics = _words("sign_topics")
            about = re.match(
                rf"(?:{topics})(?P<what>[^。;]{{2,120}}?)(?:进行|完成|举行|正式)?(?:{signs})", text[end : sent.end]
            )
            if about:
                lo, hi = end + about.start("what"), end + about.end("what")
            else:
                signed = re.match(rf"(?:正式|现场)?(?:{signs})(?:了)?", text[end : sent.end])
                # "某区与X合作的P", "县府与X合作开发的P": the partner of the work named at once after
                # 的 invests in it (session 29, s29-invest; `cooperates`).
                works = re.match(rf"(?:共同)?(?:{cooperates})的", text[end : sent.end])
                if works:
                    lo = hi = end + works.end()
                    first = next((p for p in view.of_type(k, "PROJECT") if view.mentions[p].start == lo), None)
                    if first is None:
                        continue
                    hi = view.mentions[first].end
                elif not signed:
                    continue
                else:
                    lo = end + signed.end()
                    stop = [x for x in (text.find(c, lo, sent.end) for c in ",;。") if x >= 0]
                    hi = min(stop, default=sent.end)
            projects = [
                p
                for p in view.of_type(k, "PROJECT")
                if lo <= view.mentions[p].start <= view.mentions[p].end <= hi
                and not view.mentions[p].attrs.get("nested")
            ]
            if not about and projects:
                projects = list_after(view, k, projects[0])
            if not projects:
                continue
            if len(partners) == len(projects):
                pairs = list(zip(partners, projects, strict=True))
            elif len(partners) > len(projects) and text[view.mentions[projects[-1]].end :].startswith(_JOINS[:3]):
                # "分别与A、B签订了P和建设Q": the list of projects goes on past the last one found (the
                # entity stage missed Q): the partners pair with the projects found in order, A -> P
                # (real-pages-2 q06; session 32, s32-investrec).
                pairs = list(zip(partners, projects, strict=False))
            elif len(partners) == 1 or len(projects) == 1:
                pairs = [(a, p) for a in partners for p in projects]
            else:
                continue  # two lists of different lengths: who signs for what is not said
            for a, p in pairs:
                out.append(RawRelation("invests_in", a, p, None, k, "investor_signs", confidence("investor_signs")))
    # The partners found from their first name: drop repeats of a later partner of a list.
    seen: set[tuple[int, int | None]] = set()
    unique = []
    for r in out:
        if (r.head, r.tail) not in seen:
            seen.add((r.head, r.tail))
            unique.append(r)
    return unique


def _classed_partner(view: ArticleView, k: int, o: int) -> bool:
    """Whether organisation ``o`` is the partner after 与/同 with a class of rank or kind between
    them: "与中国500强企业|某某集团有限公司签约", "与世界500强企业、|某集团合作的P" (the class describes
    the firm; :func:`kg.nlp.relations.invest_slots.class_before`)."""
    from kg.nlp.relations.invest_slots import class_before

    text, start = view.article.text, view.mentions[o].start
    sent = view.article.sentences[k]
    slot = max(text.rfind("与", sent.start, start), text.rfind("同", sent.start, start))
    return slot >= 0 and class_before(view, k, slot + 1, o)


@rule("investor_named")
def investor_named(view: ArticleView) -> list[RawRelation]:
    """Who invests, said of a project or of a signing before it settles.

    - "P项目投资主体为X" / "P项目的投资方是X": X is P's investor (``investor_role``);
    - "X与某区签署合作协议，总投资100亿元的P项目落户某区", "X公司与某县签约，将投资5亿元建设P项目"
      (the company of the signing clause, the project that settles after it or that the next
      clause builds, ``signs_settles``), or that the signing verb names ("X公司，与某市签订|P项目"):
      one company, every such project of the sentence.
      A host (政府, 管委会) never invests; two companies in the signing clause leave open
      which one does.
    """
    from kg.nlp.relations.invests_in import subject_builds_re  # that module imports this one

    text = view.article.text
    conf = triggers()["invests_in"]
    roles = _words("investor_roles")
    settles = _words("settles")
    signs = _words("signs")
    out = []
    for k, sent in enumerate(view.article.sentences):
        orgs = [o for o in view.of_type(k, "ORG") if not view.mentions[o].attrs.get("nested")]
        projects = [p for p in view.of_type(k, "PROJECT") if not view.mentions[p].attrs.get("nested")]
        for p in projects:
            end = view.mentions[p].end
            # "P项目签约额3亿元，投资方为X": the role may open the clause after P's own, when no
            # other project stands between.
            m = re.match(rf"的?(?:[^,;。]{{0,24}}[,])?(?:{roles})(?:为|是)", text[end : sent.end])
            if not m or any(end < view.mentions[q].start < end + m.end() for q in projects):
                continue
            o = next((o for o in orgs if view.mentions[o].start == end + m.end()), None)
            if o is not None:
                for q in list_after(view, k, o, "ORG"):
                    out.append(RawRelation("invests_in", q, p, None, k, "investor_role", confidence("investor_role")))
        for s in re.finditer(signs, sent.text):
            at = sent.start + s.start()
            clause_start = max([sent.start] + [text.rfind(c, sent.start, at) + 1 for c in ",;:"])
            if text.startswith(("与", "同"), clause_start) and text[clause_start - 1 : clause_start] == ",":
                # "X有限公司,与某市签订Y项目": the company closes the clause before the partner's
                clause_start = max([sent.start] + [text.rfind(c, sent.start, clause_start - 1) + 1 for c in ",;:"])
            companies = [
                o
                for o in orgs
                if clause_start <= view.mentions[o].start
                and view.mentions[o].end <= at
                and is_company(view, o)
                and not view.text(o).endswith(tuple(conf["hosts"]))
            ]
            if not companies:
                companies = _clause_subject(view, k, clause_start, at)
            if len(companies) != 1:
                continue
            value = confidence("signs_settles")
            settled = [
                p
                for p in projects
                if view.mentions[p].start > at
                and re.match(rf"(?:正式|成功|顺利)?(?:{settles})", text[view.mentions[p].end : sent.end])
            ]
            # "X公司与某市签订|Y项目": the project is what is signed for; "X公司此次签约的|P" alike
            # (session 32, s32-investrec).
            signed = re.match(r"[了的]?", text[at + len(s.group()) :])
            first = next((p for p in projects if view.mentions[p].start == at + len(s.group()) + signed.end()), None)
            settled += list_after(view, k, first) if first is not None else []
            # "X公司与某县签约，将投资5亿元建设Y项目": the clause after the signing has no subject
            # of its own; the company builds what it names.
            comma = text.find(",", at, sent.end)
            builds = subject_builds_re().match(text, comma + 1, sent.end) if comma >= 0 else None
            if builds:
                first = next((p for p in projects if builds.end() <= view.mentions[p].start <= builds.end() + 2), None)
                settled += list_after(view, k, first) if first is not None else []
            for p in dict.fromkeys(settled):
                out.append(RawRelation("invests_in", companies[0], p, None, k, "signs_settles", value))
            break
    return out


def _clause_subject(view: ArticleView, k: int, clause_start: int, at: int) -> list[int]:
    """The company that signs in a clause with no subject of its own: "X公司总经理某某表示，…，这次与
    某区签约|P" (the clause opens at a comma with a word of time or manner, then 与/同 and the host, no
    company in it) is the firm that opens the sentence, no other company standing between
    (:func:`kg.nlp.relations.invests_clause.subject`; session 32, s32-investrec)."""
    from kg.nlp.relations.invests_clause import others_between, subject

    text = view.article.text
    openers = _words("sign_clause_openers")
    if text[clause_start - 1 : clause_start] not in (",", "，") or not re.fullmatch(
        rf"(?:{openers})*[与同][^,;。]{{1,16}}", text[clause_start:at]
    ):
        return []
    o = subject(view, k)
    if o is None or view.mentions[o].end > clause_start or others_between(view, k, o, at):
        return []
    return [o]
