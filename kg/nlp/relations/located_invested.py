"""``located_in`` of what is built at a place (rule ``built_at``): "在PLACE建设PROJECT",
"PROJECT在PLACE开工建设", and a place's investment whose amount and building verb stand in two
clauses: "公司将在某县投资4.95亿欧元(约合人民币35亿元),建设A、B、C等项目" (s31-locrec).
Moved out of :mod:`kg.nlp.relations.located_triggers` in session 32 (that module had passed 400 lines)."""

from __future__ import annotations

import re

from kg.nlp.relations.places import is_company, place_chain
from kg.nlp.relations.table import fact, rule
from kg.nlp.relations.view import ArticleView, RawRelation, triggers
from kg.patterns import alternation


def invested_projects(view: ArticleView, k: int, pos: int, invested: re.Pattern[str]) -> list[int]:
    """The projects (not nested in a longer name) of the clause that a building verb opens after
    an amount invested at ``pos`` ("在某县|投资N亿元(…),建设|A、B等项目"), in sentence ``k``; none
    where no amount and verb follow ``pos``. A list of projects shares the clause (、 joins it)."""
    text = view.article.text
    sent = view.article.sentences[k]
    im = invested.match(text, pos, sent.end)
    if im is None:
        return []
    clause_end = min((x for x in (text.find(c, im.end(), sent.end) for c in ",，;；。") if x >= 0), default=sent.end)
    return [
        j
        for j in view.of_type(k, "PROJECT")
        if not view.mentions[j].attrs.get("nested") and im.end() <= view.mentions[j].start < clause_end
    ]


@rule("built_at")
def built_at(view: ArticleView) -> list[RawRelation]:
    """ "在PLACE建设PROJECT", "PROJECT在PLACE开工建设": a project built somewhere is there.
    The project follows the verb in its clause, or is the name right before 在.
    """
    out = []
    text = view.article.text
    conf = triggers()["located_in"]
    verbs = alternation(conf["build_at"] + conf["build_at_more"])
    adverbs = re.compile(conf["build_at_adverbs"])
    invests = alternation(triggers()["located_refer"]["company_builds_at"])
    # "在某开发区总投资2380万美元的|某项目": the amount invested there stands for the verb.
    amount = re.compile(conf["build_at_amount"])
    bare_verbs = re.compile(rf"(?:{alternation(conf['build_at_bare'])})(?:的)?")
    invested = re.compile(conf["build_at_invested"])
    for k, sent in enumerate(view.article.sentences):
        for i in view.of_type(k, "PLACE"):
            m = view.mentions[i]
            if text[m.start - 1 : m.start] != "在":
                continue
            if not view.is_place_name(i):
                # A bare name the tagger called a place (no level, no head word: "在金山投资建设|某项目",
                # "在察右后旗投资建设的|某项目") is a location in the frame of investing in a project
                # there: the project right after the verb, the name no part of a longer mention;
                # also after an amount ("将在某县投资4.95亿欧元(…),建设|A、B等项目").
                bm = bare_verbs.match(text, m.end, sent.end)
                inside = any(n.start <= m.start and m.end <= n.end and n is not m for n in view.mentions)
                if inside:
                    continue
                after = invested_projects(view, k, m.end, invested)
                if bm:
                    after += [j for j in view.of_type(k, "PROJECT") if view.mentions[j].start == bm.end()]
                out += [fact("located_in", j, i, None, k, "built_at") for j in after]
                continue
            chain = place_chain(view, k, m.start)
            if not chain or chain[0] != i:
                continue
            end = view.mentions[chain[-1]].end  # "在阳曲县泥屯镇建设…": the whole chain
            mm = re.match(rf"(?:[\u4e00-\u9fff]{{0,2}})?(?:{verbs})", text[end : sent.end])
            # "某工程在某乡施工现场举行开工仪式": the ground-breaking is held on the project's site.
            mm = mm or re.match(conf["build_at_ceremony"], text[end : sent.end])
            # "X公司在某县再追加投资…": the company right before 在 has its works there.
            company = [j for j in view.of_type(k, "ORG") if view.mentions[j].end == m.start - 1 and is_company(view, j)]
            if company and re.match(rf"[\u4e00-\u9fff]{{0,2}}?(?:{invests})", text[end : sent.end]):
                out += [fact("located_in", company[0], t, None, k, "built_at") for t in chain]
            # "拟在某镇投资5亿美元,分三期建设某园区": the amount's clause, then the verb's.
            projects = invested_projects(view, k, end, invested)
            out += [fact("located_in", j, t, None, k, "built_at") for j in projects for t in chain]
            am = amount.match(text, end, sent.end)
            if am:
                out += [
                    fact("located_in", j, t, None, k, "built_at")
                    for j in view.of_type(k, "PROJECT")
                    if view.mentions[j].start == am.end()
                    for t in chain
                ]
                continue
            if not mm:
                continue
            clause_end = min((x for x in (text.find(c, end, sent.end) for c in ",;。") if x >= 0), default=sent.end)
            after = [j for j in view.of_type(k, "PROJECT") if end + mm.end() <= view.mentions[j].start < clause_end]
            # "某项目已在某镇落地": adverbs may stand between the project and 在.
            before = [
                j
                for j in view.of_type(k, "PROJECT")
                if view.mentions[j].end <= m.start - 1 and adverbs.fullmatch(text, view.mentions[j].end, m.start - 1)
            ]
            for j in after[:1] + before:
                for tail in chain:
                    out.append(fact("located_in", j, tail, None, k, "built_at"))
    return out
