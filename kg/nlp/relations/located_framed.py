"""The outer level ``home_city`` adds on top of a place the text states.

``home_city`` places what a sentence about 我市 names in the paper's city by the framing alone.
When another rule reads a finer place for the same name in the article ("某集团在某经济开发区
投资的纺织印染项目", "位于某开发区的某项目", "某项目落户某县", "某市某镇某项目"), the golds give that
place and leave the city out as an outer level (s36-locfp3: real-pages-5 t09, -21 m04, -31 s06,
-41 bc06, -50 bl09, seeds 003; no right fact of the rule has such a finer place). This runs after
every rule, since the rules that state the finer place run before and after ``home_city``.
"""

from __future__ import annotations

from kg.nlp.relations.places import within
from kg.nlp.relations.view import ArticleView, RawRelation, triggers

FRAMED = "home_city"


def _finer(view: ArticleView, place: int, tail: int) -> bool:
    """``place`` is no division holding ``tail`` nor ``tail`` itself: a county or town inside
    it, a zone, park or site (no division), or a division elsewhere."""
    d, t = view.division(place), view.division(tail)
    if d is None:
        return view.text(place) != view.text(tail)
    if t is None:
        return False
    return not within(t, d)


def without_framed_outer(view: ArticleView, facts: list[RawRelation]) -> list[RawRelation]:
    """``facts`` less the ``home_city`` facts whose head's name another ``located_in`` fact of
    the article places in a finer place than the framed tail."""
    framed = [r for r in facts if r.type == "located_in" and r.rule == FRAMED and r.tail is not None]
    if not framed:
        return facts
    stated: dict[str, list[int]] = {}
    for r in facts:
        if r.type == "located_in" and r.rule != FRAMED and r.tail is not None:
            stated.setdefault(view.text(r.head), []).append(r.tail)
    drop = {id(r) for r in framed if any(_finer(view, p, r.tail) for p in _stated_for(view.text(r.head), stated))}  # type: ignore[arg-type]
    return [r for r in facts if id(r) not in drop] if drop else facts


def _stated_for(name: str, stated: dict[str, list[int]]) -> list[int]:
    """The places stated for ``name`` or for a longer name of it that opens with its place
    ("某工业园某工业区|某某循环经济项目" written in full once, short after): the same thing."""
    out = list(stated.get(name, ()))
    if len(name) >= triggers()["located_in"]["framed_short_name_min"]:
        out += [p for other, places in stated.items() if other != name and other.endswith(name) for p in places]
    return out
