"""``located_in`` read off trigger words: "X位于PLACE", "落户", "在PLACE建设", "位于PLACE的X".
The frames that place what a sentence names (a place opening it, a visit) are in
:mod:`kg.nlp.relations.located_frames`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.nlp.entities.firm_lists import firm_list_spans
from kg.nlp.relations.investment import list_item_before, project_for
from kg.nlp.relations.places import (
    is_company,
    is_park,
    last_company,
    list_after,
    listed_places,
    place_chain,
    with_park_prefix,
)
from kg.nlp.relations.table import fact, rule
from kg.nlp.relations.view import ArticleView, RawRelation, triggers
from kg.nlp.words import CJK_CHAR


@rule("located_trigger")
def located_trigger(view: ArticleView) -> list[RawRelation]:
    """X 位于/落户 PLACE; PLACE 引进 ORG、ORG; PLACE 规划了 PARK、PARK; X 落户开发区 (the one park
    the article names)."""
    out = []
    conf = triggers()["located_in"]
    text = view.article.text
    trig = tuple(conf["triggers"])
    trig_re = _located_triggers()
    back_ref = _back_reference()
    introduces = "|".join(map(re.escape, conf["place_first"]))
    adverbs = "|".join(map(re.escape, conf["place_first_adverbs"]))
    place_first = re.compile(rf"(?:{adverbs})?({introduces})了?")
    bare = tuple(conf["bare_parks"])
    parks = {view.text(j): j for j, mj in enumerate(view.mentions) if not mj.attrs.get("nested") and is_park(view, j)}
    the_park = next(iter(parks.values())) if len(parks) == 1 else None
    for k, sent in enumerate(view.article.sentences):
        idx = view.by_sentence[k]
        for i in idx:
            m = view.mentions[i]
            if m.label not in ("ORG", "PROJECT", "PLACE"):
                continue
            # "某项目选址位于某区", "该项目建设地点位于某镇": a word for the site may come between.
            site = next((w for w in conf["site_words"] if text.startswith(w, m.end)), "")
            if site in trig and not text.startswith(trig, m.end + len(site)):
                site = ""  # "某项目选址某县": the site word is the verb itself
            if not site and is_company(view, i):  # "某有限公司总部位于某开发区": its own site
                site = next((w for w in conf["company_sites"] if text.startswith(w, m.end)), "")
            # "A项目和B项目等已签约落户某开发区": adverbs between; each item of the list is there.
            adverbs = None
            # "某县已落户企业20家" is no place of the county; a site named as a place may have its
            # adverbs ("这个影视文化公园初步选址在某镇")
            if not site and (m.label != "PLACE" or view.division(i) is None):
                adverbs = re.match(conf["before_trigger"], text[m.end : sent.end])
            gap = len(site) + (adverbs.end() if adverbs else 0)
            heads = [i]
            if gap > len(site) and m.label == "PROJECT":
                heads = list_item_before(view, k, i) or [i]
            for t in trig:
                if text.startswith(t, m.end + gap):
                    # "落户万柏林区西山生态文旅示范区": every place of the chain (the county and the zone).
                    chain = _chain_or_stem(view, k, m.end + gap + len(t))
                    if chain:  # "位于某镇大坪村、金塘村": each village of the list
                        chain += listed_places(view, k, chain[-1])
                    if not chain and the_park is not None and text.startswith(bare, m.end + gap + len(t)):
                        chain = [the_park]  # "某某厂：2006年落户开发区" in a page about one park
                    for tail in chain:
                        for h in heads:
                            out.append(fact("located_in", h, tail, None, k, "located_trigger"))
                    break
        # "…项目总投资约6亿元，将落户经开区食品产业园": a clause without a named subject (or with
        # the bare word 项目) places the project the clause speaks of.
        for tm in trig_re.finditer(sent.text):
            pos = sent.start + tm.start()
            clause_start = max(text.rfind(c, sent.start, pos) for c in ",;") + 1
            clause_start = max(clause_start, sent.start)
            company_ref = re.search(conf["company_reference"], text[clause_start:pos])
            # "…生产线，由某公司投资建设。地址位于某开发区某工业园": a clause opened by a word for
            # the site ("地址", "建设地点") gives the address of the project just spoken of.
            site_open = next((w for w in conf["site_words"] if text.startswith(w, clause_start)), "")
            lead = text[clause_start - 1 : clause_start] if clause_start > sent.start else ""
            before = lead + text[clause_start + len(site_open) : pos]
            if not company_ref and not back_ref.search(before):
                continue
            chain = _chain_or_stem(view, k, sent.start + tm.end())
            # "坐落于某镇的某公司": an attribute of the name after 的, not a clause of its own; a
            # sentence that opens with the trigger refers back only by saying 项目.
            if not chain or text[view.mentions[chain[-1]].end : view.mentions[chain[-1]].end + 1] == "的":
                continue
            if company_ref:
                # "该公司位于…": the company the article named last, before this clause.
                named = [
                    o
                    for o, mo in enumerate(view.mentions)
                    if mo.end <= clause_start and not mo.attrs.get("nested") and is_company(view, o)
                ]
                if named:
                    last = max(named, key=lambda o: view.mentions[o].end)
                    for tail in with_park_prefix(view, chain + listed_places(view, k, chain[-1])):
                        out.append(fact("located_in", last, tail, None, k, "located_back_reference"))
                continue
            if clause_start == sent.start and not site_open and not re.search("项目|工程", text[clause_start:pos]):
                continue
            head = project_for(view, k, clause_start)
            if head is None and clause_start > sent.start:
                # "某有限公司成立于2015年，位于某县某镇": the company that opens the sentence.
                opening = [o for o in view.of_type(k, "ORG") if view.mentions[o].start == sent.start]
                head = next((o for o in opening if is_company(view, o)), None)
                if head is None and re.match(triggers()["located_refer"]["sentence_company"], sent.text):
                    # "合作社成立于2013年，地处某镇": the company named last (a heading line).
                    head = last_company(view, sent.start)
            if head is None:
                # "A、B、C等9家企业代表…签订了项目投资协议书,正式落户某市": no project named, the
                # listed firms settle there, each of them.
                for o in _listed_firms(view, k, clause_start):
                    for tail in with_park_prefix(view, chain + listed_places(view, k, chain[-1])):
                        out.append(fact("located_in", o, tail, None, k, "located_back_reference"))
                continue
            chain += listed_places(view, k, chain[-1])
            for tail in with_park_prefix(view, chain):
                out.append(fact("located_in", head, tail, None, k, "located_back_reference"))
        for i in idx:
            m = view.mentions[i]
            if m.label != "PLACE":
                continue
            mm = place_first.match(text, m.end)
            if not mm:
                continue
            pos = mm.end()
            for j in idx:
                mj = view.mentions[j]
                if mj.start < pos or not (mj.label in ("ORG", "PROJECT") or is_park(view, j)):
                    continue  # "某县全面规划了某工业园区、某经济区": the county's parks too
                gap = text[pos : mj.start]
                if len(gap) > 6 and not re.fullmatch(r"[、,和与及]", gap[-1:]):
                    break
                out.append(fact("located_in", j, i, None, k, "place_introduces"))
                pos = mj.end
    return out


def _listed_firms(view: ArticleView, k: int, pos: int) -> list[int]:
    """The ORG mentions of sentence ``k`` before ``pos`` that are items of a "、" list closed by a
    count of firms ("A、B、C等9家企业", :func:`kg.nlp.entities.firm_lists.firm_list_spans`)."""
    spans = firm_list_spans(view.article.text, view.article.sentences[k].start, pos)
    return [
        i
        for i in view.of_type(k, "ORG")
        if not view.mentions[i].attrs.get("nested")
        and any(s <= view.mentions[i].start and view.mentions[i].end <= e for s, e in spans)
    ]


def _chain_or_stem(view: ArticleView, k: int, pos: int) -> list[int]:
    """The places written from ``pos`` on, or, where none is, the town or county the article
    names in full whose short form stands there alone ("南岭镇…。某项目落户南岭，": the short
    form ends at a punctuation mark, so "南岭山" or "南岭路" is no such short form)."""
    chain = place_chain(view, k, pos)
    if chain:
        return chain
    text = view.article.text
    for stem, j in _stems(view):
        end = pos + len(stem)
        if text.startswith(stem, pos) and end < len(text) and not CJK_CHAR.match(text, end):
            return [j]
    return []


def _stems(view: ArticleView) -> list[tuple[str, int]]:
    """The short forms of the towns and counties the article names in full (the name without
    its level word, two characters at least), longest first, each with its full name's mention;
    once per article while no mention is added (``view.memo``)."""
    if "division_stems" in view.memo:
        return view.memo["division_stems"]
    conf = triggers()["located_in"]
    levels = sorted((*conf["towns"], *conf["short_form_levels"]), key=len, reverse=True)
    stems: dict[str, int] = {}
    for j, mj in enumerate(view.mentions):
        if mj.attrs.get("nested") or not view.is_place_name(j):
            continue
        name = view.text(j)
        level = next((lv for lv in levels if name.endswith(lv)), None)
        if level is not None and len(name) - len(level) >= 2:
            stems.setdefault(name[: -len(level)], j)
    out = sorted(stems.items(), key=lambda kv: len(kv[0]), reverse=True)
    view.memo["division_stems"] = out
    return out


@lru_cache(maxsize=1)
def _located_triggers() -> re.Pattern[str]:
    """The located_in trigger words, longest first."""
    words = sorted(triggers()["located_in"]["triggers"], key=len, reverse=True)
    return re.compile("|".join(map(re.escape, words)))


@lru_cache(maxsize=1)
def _back_reference() -> re.Pattern[str]:
    """What may stand before a located_in trigger in a clause whose subject is the project
    spoken of ("，将落户…", "，项目选址…")."""
    return re.compile(triggers()["located_in"]["back_reference"])


@rule("located_at_of")
def located_at_of(view: ArticleView) -> list[RawRelation]:
    """ "位于伊金霍洛旗的蒙苏经济开发区零碳产业园", "位于清徐县的X有限公司": the name after 的
    is at the place (and so is a zone its name opens with); without 位于, a project after a
    place and 的, and a company after a park and 的 ("某开发区的X有限公司").
    """
    text = view.article.text
    trig = tuple(triggers()["located_in"]["triggers"])
    out = []
    trig_re = re.compile("|".join(map(re.escape, trig)))
    for k, sent in enumerate(view.article.sentences):
        starts = [(sent.start + m.end(), True) for m in trig_re.finditer(sent.text)]
        # Without 位于: "沁县定昌镇的杂粮精深加工产业园项目" (a project only).
        starts += [
            (view.mentions[j].start, False)
            for j in view.of_type(k, "PLACE")
            if not view.mentions[j].attrs.get("nested")
            and text[view.mentions[j].start - 2 : view.mentions[j].start] not in trig
        ]
        for pos, stated in starts:
            # "坐落在该县某镇园区的A": a word for the article's county before the chain.
            refer = triggers()["located_refer"]
            ref = next((w for w in refer["place_reference"] if stated and text.startswith(w, pos)), "")
            chain = place_chain(view, k, pos + len(ref))
            if not chain:
                continue
            end = view.mentions[chain[-1]].end
            # "…某镇园区的A和B": the town's park, named by its kind alone, holds what follows.
            kind = next((w for w in refer["chain_park_kinds"] if stated and text.startswith(w + "的", end)), "")
            end += len(kind)
            # "位于某街道某产业园内的X有限公司": a word for inside may close the place; without
            # 位于 it makes a park's companies explicit ("某开发区内的A、B、C等一批企业").
            inside = next((w for w in triggers()["located_in"]["inside"] if text.startswith(w, end)), "")
            walled = bool(inside) and not stated and is_park(view, chain[-1])
            if stated or walled:
                end += len(inside)
            if text[end : end + 1] != "的":
                continue
            # "某开发区的X有限公司", "在某产业园的X公司": a company named right after a park and
            # 的 is one of the park's (a body of it is not: "园区的管委会" is no company).
            parked = not (stated or walled) and is_park(view, chain[-1])
            labels = ("ORG", "PROJECT", "PLACE") if stated or walled else ("ORG", "PROJECT") if parked else ("PROJECT",)
            heads = [
                i
                for i in view.of_type(k, *labels)
                if view.mentions[i].start == end + 1
                and not view.mentions[i].attrs.get("nested")
                and (stated or walled or view.mentions[i].label != "ORG" or is_company(view, i))
            ]
            if not heads:
                continue
            head = max(heads, key=lambda x: view.mentions[x].end)
            prefix = view.mentions[head].attrs.get("place_prefix")
            targets = [head]
            # "某工业园的A有限公司、B有限公司、C项目": a company that opens the longer mention after the
            # park, nested in it, is one of the park's too (s28-place: a list the tagger ran on)
            targets += [
                i
                for i in view.of_type(k, "ORG")
                if parked
                and i != head
                and view.mentions[i].start == end + 1
                and view.mentions[i].attrs.get("nested")
                and is_company(view, i)
            ]
            if prefix is not None and view.division(prefix) is None and is_park(view, prefix):
                targets.append(prefix)
            if stated or walled:
                targets += list_after(view, k, head, labels)
            # "位于某市某某工业园的X": the division that opens the park's name holds X too.
            tails = list(chain)
            for t in chain:
                p = view.mentions[t].attrs.get("place_prefix")
                if p is not None and view.division(p) is not None and p not in tails:
                    tails.append(p)
            for i in targets:
                for t in tails:
                    out.append(fact("located_in", i, t, None, k, "located_at_of" if stated else "place_of_project"))
    return out


@rule("settled_among")
def settled_among(view: ArticleView) -> list[RawRelation]:
    """ "已有17家配套企业落户X园区。其中，Y有限公司…", "X产业园已落户企业30余家…。其中，Y公司
    年产…项目…": the companies (and projects named after them) of the first clause of the next
    sentence are among those in the park. the listing implies it.
    """
    conf = triggers()["located_in"]
    settle = "|".join(map(re.escape, conf["settle"]))
    text = view.article.text
    sents = view.article.sentences
    out = []
    for k in range(len(sents) - 1):
        if not sents[k + 1].text.startswith(tuple(conf["among"])):
            continue
        park = None
        for m in re.finditer(settle, sents[k].text):
            pos = sents[k].start + m.end()
            chain = place_chain(view, k, pos)  # "…落户X园区"
            if chain:
                park = chain[-1]
            else:  # "X园区，已落户企业…"
                before = [j for j in view.of_type(k, "PLACE", "PROJECT") if view.mentions[j].end <= pos]
                before = [j for j in before if is_park(view, j) and not view.mentions[j].attrs.get("nested")]
                park = before[-1] if before else None
        if park is None:
            continue
        nxt = sents[k + 1]
        clause_end = min((x for x in (text.find(c, nxt.start, nxt.end) for c in ";。") if x >= 0), default=nxt.end)
        for i in view.of_type(k + 1, "ORG", "PROJECT"):
            mi = view.mentions[i]
            if mi.end > clause_end or is_park(view, i):
                continue
            company = is_company(view, i)
            named_after = mi.label == "PROJECT" and mi.attrs.get("org_prefix") is not None
            if company or named_after:
                out.append(fact("located_in", i, park, None, k + 1, "settled_among"))
    return out
