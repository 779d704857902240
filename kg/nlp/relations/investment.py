"""The rule of ``invested_amount``: an amount and the project it is for, with the project a clause
speaks of (:func:`project_for`, which the rule of ``invests_in``, :mod:`kg.nlp.relations.invests_in`,
reads too).
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.nlp import amount_heads
from kg.nlp import investors as investor_lists
from kg.nlp.amounts import Amount, find_amounts, parse_amount
from kg.nlp.entities.lexicon_data import lexicon
from kg.nlp.entities.rank_descriptors import ranking_gap
from kg.nlp.relations.invests_own import own_project
from kg.nlp.relations.page_currency import with_page_currency
from kg.nlp.relations.places import in_location_slot
from kg.nlp.relations.table import fact, rule
from kg.nlp.relations.view import ArticleView, RawRelation, shares_words, triggers, words_re


@rule("investment_amount")
def invested_amount(view: ArticleView) -> list[RawRelation]:
    """ "总投资6.82亿元" -> the project its clause speaks of (or the one an earlier sentence named).

    Amounts that are no project's total are left out (已完成投资, 年度计划投资, 一期投资, a sum
    over several projects, 单笔最大投资; see :mod:`kg.nlp.amounts`). "A、B、C项目总投资分别为
    1亿元、2亿元、3亿元" gives one amount per item, in order.
    """
    out = []
    text = view.article.text
    several = re.compile(triggers()["invested_amount"]["several"])
    for k, sent in enumerate(view.article.sentences):
        # A bare 元 on a Taiwan / Hong Kong / Macau page is that region's dollar (page_currency).
        found = with_page_currency(view, find_amounts(text[: sent.end], sent.start))
        for n, a in enumerate(found):
            if a.scope not in ("project", "phase", "several"):
                continue
            # "总投资5亿元的A项目、总投资3亿元的B项目": the amount describes the name after it
            # (no project named before it, and none when that name was not recognised); a count
            # in an earlier clause ("签约项目9个，分别是总投资6亿元的A…") makes it no sum.
            series = amount_heads.series_before(view, k, a)
            if series is not None:  # "总投资分别为X、Y的A和B": one amount per item, in order
                out.extend(fact("invested_amount", i, None, s.value(), k, "investment_amount") for i, s in series)
                continue
            if a.trigger in triggers()["invested_amount"]["spend_triggers"]:  # "斥资2亿元兴建某某馆"
                head = amount_heads.spent_on(view, k, a)
                if head is not None and a.scope in ("project", "phase"):
                    out.append(_amount_fact(head, a, k))
                continue
            if amount_heads.demonstrated(view, a):  # "这个总投资5亿元的项目": the project named before
                head = project_for(view, k, a.start)
                if head is None:
                    head = amount_heads.named_untagged(view, k, a.start)
                if head is not None and a.scope in ("project", "phase"):
                    out.append(_amount_fact(head, a, k))
                continue
            describes, head = amount_heads.attributive(view, k, a)
            if a.scope == "several" and not (describes and head is not None and amount_heads.own_clause(view, a)):
                continue
            if describes:
                if (
                    head is not None
                    and "分别" not in text[a.start : a.end]
                    and not amount_heads.counted_list(view, head)
                ):
                    out.append(_amount_fact(head, a, k))
                continue
            # "此次集中签约共17个项目，涉及…，总投资额67.5亿元": a count earlier in the sentence
            # and no project named since makes the amount a sum.
            named = [i for i in view.of_type(k, "PROJECT") if view.mentions[i].end <= a.start]
            if several.search(text, max([sent.start] + [view.mentions[i].end for i in named]), a.start):
                continue
            if amount_heads.items_of_count(view, k, a, named):
                continue
            head = project_for(
                view,
                k,
                a.start,
                amount_heads.list_item_start(text, sent.start, a, found),
                own_subject=True,
                costs=a.trigger in triggers()["invested_amount"]["cost_triggers"],
            )
            if head is None:
                head = _project_built_after(view, k, a.end)
            if head is None:
                continue
            if "分别" in text[a.start : a.end]:
                # "A项目、B项目，总投资分别为1亿元和2亿元": one amount per item, after a comma too.
                out.extend(_distributed(view, k, head, a, found[n:]))
                break
            if list_item_before(view, k, head) and re.match("等?[,，]", text[view.mentions[head].end : a.start]):
                continue  # "A项目、B项目(等)，总投资5亿元": the list's total, no item's
            if amount_heads.closes_list(view, head, a):
                continue  # "A项目和B项目，投资总额30亿元" (B not recognised): the list's total
            hm = view.mentions[head]
            if text[hm.start - 1 : hm.start] == "、" and re.search("[,;]", text[hm.end : a.start]):
                continue  # "A、B、C项目参加开工活动，总投资超30亿元" (A, B unrecognised): the list's total
            if text.startswith("、", hm.end) and not re.search("[,;。]", text[hm.end : a.start]):
                continue  # "A、B吸引投资超百亿元" (B unrecognised): the list's total, in one clause
            if head not in view.by_sentence[k] and amount_heads.has_other_total(out, head, a):
                continue  # a project an earlier sentence gave its total is no "项目" of a new total
            if head not in view.by_sentence[k] and several.search(text, _sentence_end(view, head), sent.start):
                # "随着A工程奠基。本次共开工48个项目。项目总投资71.73亿元": a count of projects in a
                # sentence between the project's and the amount's makes the amount their sum (in the
                # project's own sentence, "A项目等一批项目。该项目总投资9亿元", it does not)
                continue
            out.append(_amount_fact(head, a, k))
    return out


def _amount_fact(head: int, a: Amount, k: int) -> RawRelation:
    """``head``'s amount ``a``; a phase's ("首期投资1.5亿元") kept as such by its own rule, no total."""
    rule_name = "phase_amount" if a.scope == "phase" else "investment_amount"
    return fact("invested_amount", head, None, a.value(), k, rule_name)


def _described_by(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is the copula of a clause that says what the project before it is
    ("是国家级", ``project.described_by`` of ``ontology/patterns/entities.toml``).

    >>> _described_by("甲项目是国家级乙基地", 3, 7), _described_by("甲项目和乙基地", 3, 4)
    (True, False)
    """
    return re.fullmatch(lexicon().patterns["project"]["described_by"], text[start:end]) is not None


def _sentence_end(view: ArticleView, i: int) -> int:
    """Where the sentence of mention ``i`` ends."""
    start = view.mentions[i].start
    return next((s.end for s in view.article.sentences if s.start <= start < s.end), view.mentions[i].end)


def list_item_before(view: ArticleView, k: int, i: int) -> list[int]:
    """The projects of a "、" / 和 list that ends with ``i`` (``i`` included), or [] when ``i``
    stands alone."""
    text = view.article.text
    items = [i]
    for j in reversed([j for j in view.of_type(k, "PROJECT") if view.mentions[j].end <= view.mentions[items[0]].start]):
        if view.mentions[j].attrs.get("nested"):
            continue
        if text[view.mentions[j].end : view.mentions[items[0]].start] in ("、", "和", "及", "与", ","):
            items.insert(0, j)
        else:
            break
    return items if len(items) > 1 else []


def _distributed(view: ArticleView, k: int, head: int, first: Amount, found: list[Amount]) -> list[RawRelation]:
    """ "A、B项目总投资分别为1亿元、2亿元": the n-th amount of the series is the n-th item's."""
    items = list_item_before(view, k, head) or [head]
    text = view.article.text
    series = [first]
    pos = first.end
    for m in amount_series().finditer(text, pos, view.article.sentences[k].end):
        if m.start() != pos:
            break
        amount = parse_amount(m.group("num"), m.group("unit")) or 0
        series.append(Amount(m.start(), m.end(), first.trigger, amount, first.currency, first.qualifier, "project"))
        pos = m.end()
    if len(series) != len(items):
        return []
    return [
        fact("invested_amount", i, None, a.value(), k, "investment_amount")
        for i, a in zip(items, series, strict=True)
        if a.amount
    ]


@lru_cache(maxsize=1)
def amount_series() -> re.Pattern[str]:
    """The further amounts of a "分别为X、Y和Z" series."""
    num = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
    return re.compile(rf"[、,和及](?P<num>{num})(?P<unit>[万亿千]*亿|[万千]?万)?(?:元|美元)")


def project_for(
    view: ArticleView,
    k: int,
    pos: int,
    item_start: int | None = None,
    own_subject: bool = False,
    costs: bool = False,
) -> int | None:
    """The project a clause at ``pos`` speaks of.

    The nearest project before it in the sentence that is not a location ("…示范项目位于
    云冈经开区清洁能源产业园,由…投资,总投资6.82亿元": the park is where the project is, not
    the project the amount belongs to); else the last project of the previous sentences
    (the subject that "该项目" refers back to). ``item_start`` opens the item of a list that
    ``pos`` is in: only a project inside the item is its subject. ``own_subject``: a later
    clause that names a project the entity stage missed speaks of that one, not of the one
    named before ("A项目总投资1亿元，B项目总投资2亿元", B unrecognised). ``costs``: the amount
    names a work's funds or cost (``cost_triggers``), which an organisation that budgets them
    ("市府編列工程經費…") does not make its own.
    """
    sent = view.article.sentences[k]
    text = view.article.text
    # "…项目总投资超8亿元;江苏X公司在…设立生产基地,首期投资6000万元": a later clause of a
    # semicolon list speaks of its own subject.
    clause_start = max(sent.start, text.rfind(";", sent.start, pos) + 1)
    if item_start is not None:
        clause_start = max(clause_start, item_start)
    before = [
        i
        for i in view.of_type(k, "PROJECT")
        if clause_start <= view.mentions[i].start and view.mentions[i].end <= pos and not in_location_slot(view, i)
    ]
    last = view.mentions[before[-1]].end if before else clause_start
    if any(w in text[last:pos] for w in triggers()["invested_amount"]["other_project"]):
        return None
    if before and own_subject and amount_heads.unrecognised_subject(view, k, view.mentions[before[-1]].end, pos):
        return None
    if len(before) >= 2 and _described_by(text, view.mentions[before[-2]].end, view.mentions[before[-1]].start):
        # "A项目是国家级B基地的主要建设项目之一，项目总投资27.2亿元": the clause says what A is;
        # the total is A's, not B's
        return before[-2]
    if before:
        return before[-1]
    if clause_start > sent.start or item_start is not None:
        return None
    # "北方X能源有限公司计划投资120亿元，…": an organisation as the subject invests on its own
    # account; only "该项目" (or 项目) carries the amount back to an earlier sentence.
    refers_back = "项目" in text[sent.start : pos]
    subject = any(
        view.mentions[o].end <= pos
        and not view.mentions[o].attrs.get("nested")
        and text[view.mentions[o].start - 1 : view.mentions[o].start] not in ("由", "与", "和", "、")
        for o in view.of_type(k, "ORG")
    )
    if subject and not refers_back and not costs:
        # "湖北某某高端整车扩能项目。湖北某某汽车有限公司投资20亿元…": the firm's own-named project
        # of a sentence before is what it invests in (session 30, s30-invest).
        owned = [p for o in view.of_type(k, "ORG") if view.mentions[o].end <= pos for p in [own_project(view, k, o)]]
        return next((p for p in owned if p is not None), None)
    # "某某化工公司烧碱-PVC-水泥循环经济产业链项目总投资28.8亿元": a name the entity stage did
    # not keep is the sentence's own subject, no reference back (unless it repeats the earlier
    # name's words: "华阳高性能碳纤维项目…。千吨级高性能碳纤维示范项目…总投资6.82亿元").
    unnamed = []
    # "某某工业园，总投资5000万元": a name of the sentence's own with a subject head word (not
    # one where the project stands: "项目位于某某产业园，总投资…").
    for m in re.finditer(amount_heads.subject_heads_re(), text[sent.start : pos]):
        at = sent.start + m.start()
        if re.search(r"(?:^|[,;:、])(?:该|此|本|这个|这一|整个)?$|(?:该|此|本|这个|这一)$", text[sent.start : at]):
            continue
        if amount_heads.in_site_phrase(text, sent.start, at):
            continue
        # "该项目是某市招商引进的重点项目": a class the project is said to be, no other project.
        if re.search(r"(?:该|此|本)(?:项目|工程)(?:是|为|系|属于|作为|列入)[^,;。]*$", text[sent.start : at]):
            continue
        # A park the entity stage typed as a place ("长兴工业园"/PLACE) is a name of its own too.
        covering = [i for i in view.by_sentence[k] if view.mentions[i].start < at < view.mentions[i].end]
        if all(view.mentions[i].label == "PLACE" and view.mentions[i].end == sent.start + m.end() for i in covering):
            unnamed.append(re.split(r"[,;:、]", text[sent.start : at])[-1])
    # "A项目，投资1亿元；B项目，投资2亿元": a list item without a named project has its own
    # subject, not the item before it.
    if k > 0 and view.article.sentences[k - 1].text.rstrip().endswith((";", ":")):
        return None
    for j in range(k - 1, max(-1, k - 4), -1):
        # A project named where the reporter stood ("记者在某镇某村X项目建设现场看到") is the one a
        # later sentence names again by its own words ("X项目占地50亩，计划总投资2.2亿元").
        found = [
            i
            for i in view.of_type(j, "PROJECT")
            if (not in_location_slot(view, i) or any(shares_words(u, view.text(i)) for u in unnamed))
            and not view.mentions[i].attrs.get("nested")
            and not _names_body(view, i)
        ]
        # "记者在X项目建设现场看到…。该项目总投资…": the only project of the sentence, named as
        # where the reporter stood, is the one an explicit 该项目 points back to.
        if not found and not unnamed and re.search(r"(?:该|此|这个|这一)(?:项目|工程)", text[sent.start : pos]):
            found = [i for i in view.of_type(j, "PROJECT") if not view.mentions[i].attrs.get("nested")]
        if not found and not unnamed:  # "A项目开工仪式在某地举行。该项目总投资…"
            found = amount_heads.named_in_ceremony(view, j, text[sent.start : pos], costs)
        if found and amount_heads.site_of_unnamed_subject(view, j, found[0]):
            # "某某钢管工业园在某某产业园区开工建设。该项目总投资…": the park is where the sentence's
            # subject (a name the entity stage missed) is built, not what 该项目 refers to.
            return None
        if found:
            # "A项目是某集团…建设的B基地项目之一": the sentence is about A, B is what A is said to be.
            found = amount_heads.subject_of_description(view, found)
            # Only a sentence about one project says which one 该项目 is: after a list
            # ("项目共有7个，分别是：A、B、C…") the reference is open.
            if not _one_name({view.text(i) for i in found}):
                return None
            if unnamed and not any(shares_words(u, view.text(found[0])) for u in unnamed):
                return None
            return found[0]
    return None


def _one_name(names: set[str]) -> bool:
    """Whether ``names`` are one project's, written with and without the city that opens it
    ("龜山區中正公園景觀改善工程" in a headline, "桃園市龜山區中正公園景觀改善工程" in the lead).

    >>> _one_name({"甲区乙公园改善工程", "丙市甲区乙公园改善工程"}), _one_name({"甲工程", "乙工程"})
    (True, False)
    """
    longest = max(names, key=len)
    return all(longest.endswith(n) and re.fullmatch(r"(?:\w{1,6}[省市县])?", longest[: -len(n)]) for n in names)


def _names_body(view: ArticleView, i: int) -> bool:
    """The park opens the name of its administrative body ("某产业园区管委会主任X"): it is the
    body's zone there, not the project a later "该项目" refers to."""
    return view.article.text.startswith(tuple(triggers()["located_in"]["zone_bodies"]), view.mentions[i].end)


def _project_built_after(view: ArticleView, k: int, pos: int) -> int | None:
    """The project that the clause after an amount builds: "X将投资15.2亿元，建设年产3万吨Y项目",
    or that the amount describes: "总投资12亿元的Y项目" (the project named next, when none was
    named before it)."""
    builds = words_re(tuple(triggers()["invests_in"]["subject_builds"]))
    text = view.article.text
    # "投资3.5亿元，在某区建设Y项目": the site may stand between the amount and the verb.
    m = re.match(r",?(?:将|拟|计划)?(?:在[^,;。]{1,16}?(?=" + builds.pattern + r"))?(?:用于|主要|重点)?", text[pos:])
    v = builds.match(text, pos + m.end())
    if text.startswith("的", pos):  # "总投资12亿元的某项目正式开工"
        at = pos + 1
    elif v:
        at = v.end()
    else:
        return None
    # "投资16亿元，打造|中国第一个|某某产业园": a ranking before the name is no part of it (session 31,
    # s31-proj: kg/nlp/entities/rank_descriptors.py), the verb builds the project after it.
    p = next(
        (
            j
            for j in view.of_type(k, "PROJECT")
            if view.mentions[j].start == at or ranking_gap(text[at : view.mentions[j].start])
        ),
        None,
    )
    # "投资5亿元，建设A、B": the amount of the list, no item's.
    return p if p is None or len(investor_lists.list_after(view, k, p)) == 1 else None
