"""The rule of ``invests_in``: an investor and its project ("由X投资", "X投资建设P", "X将在某区建设P",
a company named as a project's prefix). The amounts of investment are
:mod:`kg.nlp.relations.investment`'s; the investors of signings, :mod:`kg.nlp.investors`'.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.nlp import investors as investor_lists
from kg.nlp.entities.lexicon_data import lexicon
from kg.nlp.relations.invest_slots import by_predicate_re, class_before, owner_link
from kg.nlp.relations.investment import project_for
from kg.nlp.relations.invests_own import firm_references
from kg.nlp.relations.places import is_company
from kg.nlp.relations.table import fact, rule
from kg.nlp.relations.view import ArticleView, RawRelation, triggers, words_re
from kg.patterns import alternation


@lru_cache(maxsize=1)
def subject_builds_re() -> re.Pattern[str]:
    """What follows an investor that is the subject of the building: "将在某区建设",
    "计划投资12亿元，建设", "投资2亿建设", "拟投资3.5亿元，在某区建设", "与Y合资建设" (up to the verb); after a
    comma, the place and a verb of investing ("X有限公司，在某市投资|某某项目")."""
    conf = triggers()["invests_in"]
    builds = alternation(conf["subject_builds"])
    jointly = "|".join(map(re.escape, conf["jointly"]))
    invests = alternation(conf["subject_invests_at"])
    # "X投资2亿建设的Y": a bare 亿/万 ends the amount where a verb that builds follows at once.
    bare = alternation(triggers()["invested_amount"]["bare_unit_builds"])
    # "X公司(某地)规划在某县建设Y", "X公司则投资4.5亿元，建设Y": a note in brackets after the name,
    # a word that joins the sentence to the one before and a word of planning may stand before the
    # verb (session 29, s29-invest: `subject_adverbs`, `subject_plans`).
    adverbs = alternation(conf["subject_adverbs"])
    plans = alternation(conf["subject_plans"])
    # "投资2.5亿元，分两期建设", "投资4.95亿欧元(约合人民币35亿元)，建设" (session 30, s30-invest).
    notes = "|".join(conf["amount_notes"])
    return re.compile(
        rf"(?:[,，](?=在)[^,;。]{{2,16}}?(?:{invests})|"
        rf"(?:[(（][^()（）,;。，]{{1,16}}[)）])?(?:{adverbs})?"
        rf"(?:[,，](?=(?:计划|拟|预计|总)?投资))?"  # "X集团，投资6.2亿元，拟在某区打造Y": a comma after the subject
        # "公司将在荣投资18亿元，建设Y": a place may be one character, a city's short name (在荣, 在蓉, 在渝;
        # session 31, s31-invest).
        rf"(?:{plans})?(?:{jointly})?(?:在[^,;。]{{1,16}}?)?"
        rf"(?:(?:计划|拟|预计|总)?投资[^,;。]{{0,12}}?(?:元|[亿万](?={bare}))(?:{notes})?[,，]?)?"
        rf"(?:(?:将|拟)?在[^,;。]{{1,16}}?)?(?:{builds}))"
    )


@rule("investor")
def invests_in(view: ArticleView) -> list[RawRelation]:
    """ "由X投资", "由X与Y联手打造", "由X计划投资5亿元建设", "由X与Y共同投资建设的PROJECT",
    "由X负责投资建设", "由X投巨资兴建的PROJECT", "由X联合Y、Z投资建设" (each invests);
    "X投资建设PROJECT"; the org as the subject that builds: "X将在阳泉经开区建设PROJECT",
    "X计划投资12亿元,建设PROJECT", "X投资10亿元建设PROJECT", "X总投资50亿元建设PROJECT";
    a company named as a whole project name's prefix (:func:`_whole_name`)."""
    out = []
    conf = triggers()["invests_in"]
    verbs = alternation(conf["verbs"])
    subject_builds = subject_builds_re()
    text = view.article.text
    for k, sent in enumerate(view.article.sentences):
        orgs = view.of_type(k, "ORG")
        for m in words_re(tuple(conf["by"])).finditer(sent.text):
            pos = sent.start + m.end()
            investors = []
            for o in sorted(orgs, key=lambda i: view.mentions[i].start):
                om = view.mentions[o]
                # "由中国500强企业X投资": a class of rank or kind may stand before the firm's name;
                # "由某商会旗下X投资建设": the owner and its firm both invest (session 29).
                if om.start == pos or (om.start > pos and class_before(view, k, pos, o)):
                    investors.append(o)
                    pos = om.end
                    if text[pos : pos + 1] in ("与", "和", "、", "及"):
                        pos += 1
                    pos += owner_link(text, pos)
            # "由X计划投资5.5亿元建设": an amount may stand between the investor and the verb;
            # "由X计划投资8亿元的Y项目": the amount with 的 is the verb's phrase.
            # "由X投资2.5亿元，分两期建设的P": a phasing or a bracketed note after the amount.
            # "由X牵头投资建设": a word of sharing or leading may stand before the verb; several
            # investors may take the verb twice, before and after it ("由X、Y投资共同投资建设的P",
            # real-pages-30 r04), or share the funds put in ("由X与Y共同投入经费", real-pages-7 v02:
            # `shared_verbs`, read only after a word of sharing). Session 34: a role, a lump sum, a
            # comma after the amount and the partners a lead investor joins (`by_predicate_re`).
            vm = by_predicate_re().match(text, pos)
            if investors and vm and vm.group("partners"):
                # "由X联合Y、Z投资建设": the partners that are organisations invest with X.
                p_start, p_end = vm.span("partners")
                investors += [o for o in orgs if p_start <= view.mentions[o].start < p_end]
            if investors and vm:
                # "由X与Y共同投资建设的PROJECT": the project follows in the clause (a place may open
                # its name: "…的某能源化工基地200万千瓦光伏项目"); else the one the clause speaks of.
                if vm.group(0).endswith("的"):
                    after = vm.end()
                    clause_end = min(
                        (x for x in (text.find(c, after, sent.end) for c in ",;。") if x >= 0), default=sent.end
                    )
                    project = next(
                        (j for j in view.of_type(k, "PROJECT") if after <= view.mentions[j].start < clause_end), None
                    )
                else:
                    project = project_for(view, k, sent.start + m.start())
                if project is not None:
                    for o in investors:
                        out.append(fact("invests_in", o, project, None, k, "investor_by"))
        # "X有限公司总经理某某说，公司投资2.6亿元的P": a reference to a firm named before is the
        # subject in its place (session 30, s30-invest).
        subjects = [(o, view.mentions[o].end) for o in orgs] + firm_references(view, k)
        for o, end in subjects:
            om = view.mentions[o]
            # "X与Y将联合投资建设Z": X shares the predicate of the investors coordinated with it.
            while text[end : end + 1] in ("与", "和", "、", "及"):
                nxt = next((q for q in orgs if view.mentions[q].start == end + 1), None)
                if nxt is None:
                    break
                end = view.mentions[nxt].end
            # "X公司投资1.2亿元的Y项目", "X计划投资30亿元的Y项目": the amount and 的 may stand
            # between the verb and the name.
            # "X、Y等央企投资建设的Z": 等 and a class of investors may close the list.
            # A word of planning before 投资 only where the amount and 的 follow ("X将投资5亿元，建设Y"
            # is the subject building Y, below).
            # "X公司总投资2500万元、Y", "X公司投资4500万元Y" (a visit's list, a clause of works): the
            # project follows its investor's amount at once, after 的, "、" or nothing (session 26,
            # s26-proj: 3 pages of 3 sets); 总 before 投资 as a word of planning is.
            mm = re.match(
                rf"(?:等[^,;。、]{{0,4}}?(?=投资))?(?:(?:计划|拟|预计|将|总)(?=投资(?:约|近|超)?\d[\d.,]*[^,;。、\d]{{0,4}}?元[的、]?))?"
                rf"(?P<verb>{verbs})(?:(?<=投资)(?:约|近|超)?\d[\d.,]*[^,;。、\d]{{0,4}}?元[的、]?)?",
                text[end:],
            )
            rule_name = "investor_verb"
            after = _projects_at(view, k, end + mm.end()) if mm and mm.group("verb").startswith("投资") else []
            if not after:
                # "X将在忻州经开区建设Y", "X计划投资12亿元，建设Y": the org is the subject of the building;
                # so is it when 投资 takes the amount and no project ("X投资10亿元建设Y", "X总投资50亿元建设Y").
                mm = re.match(subject_builds, text[end : sent.end])
                rule_name = "investor_builds"
                if not mm or om.attrs.get("nested"):
                    continue
                after = _projects_at(view, k, end + mm.end())
            # "X拟在某县投资…，建设A、B": each item of the list built.
            after = investor_lists.list_after(view, k, after[0]) if after else []
            for p in after:
                out.append(fact("invests_in", o, p, None, k, rule_name))
        for p in view.of_type(k, "PROJECT"):
            pm = view.mentions[p]
            partner = _partner_before(view, k, p) if pm.attrs.get("partner_cut") else None
            if partner is not None:
                out.append(fact("invests_in", partner, p, None, k, "investor_partner"))
            org = pm.attrs.get("org_prefix")
            # "南京电气电力工程有限公司新能源装配式储能设备项目": the company is the investor;
            # a bare word before a project head ("亨源洪立储能电站项目") is its name, not an org.
            # Not a body that is the project itself ("某县博物馆|项目"), nor a company's project
            # named by nothing but the company ("某集团项目" is no named project of its own).
            rest = view.article.text[view.mentions[org].end : pm.end] if org is not None else ""
            # Nor a firm that opens its products' list ("某某公司镁、铝合金压铸项目": firm_items): an
            # investor resting on the prefix alone is optional (GUIDE.md), and LAC often runs a place
            # into such a firm's word ("某某湖|某泰公司"), which makes the fact a false one.
            if (
                org is not None
                and is_company(view, org)
                and rest not in ("项目", "工程")
                and not pm.attrs.get("firm_items")
                and _whole_name(view, p, org)
            ):
                out.append(fact("invests_in", org, p, None, k, "org_prefix"))
    return out


def _partner_before(view: ArticleView, k: int, p: int) -> int | None:
    """The company named right after 与 and right before project ``p`` (the verbs of talks between
    them allowed), the entity stage having cut it off the name: "与|某某皮草有限公司|兔皮深加工项目，签约额…"
    (kg/nlp/entities/partner_projects.py): the partner of the deal invests in its project."""
    conf = lexicon().patterns["project"]["partner"]
    text, start = view.article.text, view.mentions[p].start
    for o in view.of_type(k, "ORG"):
        om = view.mentions[o]
        between = text[om.end : start]
        if text[max(0, om.start - 1) : om.start] in conf["before"] and (between == "" or between in conf["talks"]):
            return o if view.text(o).endswith(tuple(conf["company_marks"])) else None
    return None


def _whole_name(view: ArticleView, p: int, org: int) -> bool:
    """Whether the company that opens project ``p``'s name is read as its investor: only where the
    name ends in a project's head word, the company is no partner named after 与 and no plant that
    opens its own extension's name (:func:`_plant_extended`). On the real
    tuning pages (session 24, s24-amount) the prefix gave no scored investor and 38 false ones,
    mostly where the entity stage cut a list item short ("某公司镁、铝合金精密压铸项目" read as
    "某公司镁", "某酒业公司年产2万吨白酒、黄酒…项目"), took a company's seat for a project ("某集团
    总部"), or read a signing's partner into the name ("与某集团某某项目、与某公司某某项目…签约")."""
    text = view.article.text
    heads = tuple(lexicon().patterns["project"]["heads"])
    conf = triggers()["invests_in"]
    rest = text[view.mentions[org].end : view.mentions[p].end]
    # No name of its own where the span is a cut or a list (session 28, s28-invest: 5 false facts
    # on 5 pages of 5 sites, none right): the company and a bare head ("某厂|基地"), the company
    # opening a list of firms ("某公司|、某公司、某某处置项目"), or a name that goes on past the span
    # ("某公司…研发基地|示范项目", "某公司…产业基地|建设专案": the entity stage cut it short).
    after = text[view.mentions[p].end : view.mentions[p].end + 6]
    return (
        view.text(p).endswith(heads)
        and rest not in heads
        and not rest.startswith(tuple(conf["prefix_list_joins"]))
        and not after.startswith(tuple(conf["prefix_name_goes_on"]))
        and text[view.mentions[org].start - 1 : view.mentions[org].start] != "与"
        and not _plant_extended(view, p, org)
    )


def _plant_extended(view: ArticleView, p: int, org: int) -> bool:
    """Whether the org that opens project ``p``'s name is a plant and the rest of the name its phase
    or extension ("某某电厂|二期工程", "某某热电厂|工程扩建项目"): the plant is the works extended, no
    investor (``plant_heads``, ``extension_openers``; session 25, s25-amount)."""
    conf = triggers()["invests_in"]
    rest = view.article.text[view.mentions[org].end : view.mentions[p].end]
    return view.text(org).endswith(tuple(conf["plant_heads"])) and rest.startswith(tuple(conf["extension_openers"]))


def _projects_at(view: ArticleView, k: int, pos: int) -> list[int]:
    """The projects of sentence ``k`` that start at ``pos`` (or up to two characters after it)."""
    return [p for p in view.of_type(k, "PROJECT") if pos <= view.mentions[p].start <= pos + 2]
