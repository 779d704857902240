"""located_in from a list of companies a park holds: "某工业园的A公司、B公司等企业", "深入某工业园
及其A公司、B公司等企业调研", "来到开发区参观了A公司、B公司等企业", "以及A公司、B公司等园区规模生产
企业". The list is closed by 等…企业; the park is the one written right before the list and joined
to it (的, 及其, 内的, an inspecting verb), or, where only a park's kind is written (a visit to
"开发区", a closer "等园区…企业"), the park the article named last before the list.

The rule registers in :data:`kg.nlp.relations.RULES` (this module is imported by the package
:mod:`kg.nlp.relations`); its confidence is in ``[confidence]`` of
``ontology/patterns/relations.toml``, its words under ``[located_in]`` (``park_list_*``, with
``bare_parks``, ``visit`` and ``inspect``).
"""

from __future__ import annotations

import re
from functools import cache

from kg.nlp.relations import ArticleView, RawRelation, is_park, rule, triggers
from kg.nlp.relations.table import fact


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], tuple[str, ...]]:
    """The closer (its modifier captured), the link before the list (its start is where the park
    must end), a visit to a park's kind alone, and the joiners of the list: made once."""
    conf = triggers()["located_in"]

    def alt(words: list[str]) -> str:
        return "|".join(map(re.escape, sorted(words, key=len, reverse=True)))

    close = re.compile(conf["park_list_close"])
    link = re.compile(rf"(?:{alt(conf['park_list_links'])}|,?(?:{alt(conf['inspect'])})了?)$")
    bare = re.compile(rf"(?:{alt(conf['visit'])})(?:{alt(conf['bare_parks'])})$")
    return close, link, bare, tuple(conf["park_list_joiners"])


def _run_before(view: ArticleView, k: int, end: int, joiners: tuple[str, ...]) -> list[int]:
    """The companies and projects of sentence ``k`` that end at ``end`` and those joined to them
    before ("A、B和C"): the list a closer ends, first to last (none if no name ends there)."""
    text = view.article.text
    names = [i for i in view.of_type(k, "ORG", "PROJECT") if not view.mentions[i].attrs.get("nested")]
    last = [i for i in names if view.mentions[i].end == end]
    if not last:
        return []
    run = last[:1]
    while True:
        first = view.mentions[run[0]].start
        joined = [i for i in names if view.mentions[i].end <= first and text[view.mentions[i].end : first] in joiners]
        if not joined:
            return run
        run.insert(0, max(joined, key=lambda i: view.mentions[i].end))


@rule("park_list")
def park_list(view: ArticleView) -> list[RawRelation]:
    """A list of companies (and projects) closed by 等…企业 lies in a park: the park written right
    before the list and joined to it ("某工业园的A、B等企业", "某工业园及其A、B等企业", "来到某开发区,
    参观了A、B等企业"); or the park the article named last before the list, where only a park's kind
    stands for it (a visit to the kind alone, "来到开发区参观了A、B等企业", or a closer that names
    the kind, "以及A、B等园区规模生产企业"). A list whose park nothing names is left."""
    close, link, bare, joiners = _patterns()
    kinds = tuple(triggers()["located_in"]["bare_parks"])
    text = view.article.text
    parks = sorted(
        (
            j
            for j, m in enumerate(view.mentions)
            if m.label == "PLACE" and not m.attrs.get("nested") and is_park(view, j)
        ),
        key=lambda j: view.mentions[j].end,
    )
    out = []
    for k, sent in enumerate(view.article.sentences):
        for closer in close.finditer(text, sent.start, sent.end):
            run = _run_before(view, k, closer.start(), joiners)
            if not run:
                continue
            start = view.mentions[run[0]].start
            holder = None
            linked = link.search(text, sent.start, start)
            if linked is not None:
                # the park ends where the link starts ("某工业园|的A、B"); else its kind alone
                # after a visit ("来到开发区|参观了A、B")
                holder = next((j for j in parks if view.mentions[j].end == linked.start()), None)
                if holder is None and bare.search(text, sent.start, linked.start()):
                    holder = _last_park(view, parks, start)
            if holder is None and closer.group(1).startswith(kinds):
                holder = _last_park(view, parks, start)
            if holder is None:
                continue
            out.extend(fact("located_in", i, holder, None, k, "park_list") for i in run if i != holder)
    return out


def _last_park(view: ArticleView, parks: list[int], before: int) -> int | None:
    """The park the article named last before position ``before`` (the one a bare kind means)."""
    named = [j for j in parks if view.mentions[j].end <= before]
    return named[-1] if named else None
