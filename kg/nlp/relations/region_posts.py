"""A firm's regional post: "某集团|华北区域|总经理", "某公司|中国区|董事总经理".

A firm's head of a region writes the region between the firm and the title; the post is the
region's ("华北区域总经理", as the golds write it) and the body the firm named before it. Without
this the title list finds no body ending at the title and the head works for no one (s30-works
audit: 4 pages of 4 sites). The region is a compass or continental word of
``positions.region_divisions`` closed by one of ``positions.region_suffixes``; a district's name
("某某区") is none of them, nor is a place: the word before must be an organisation.
"""

from __future__ import annotations

from kg.nlp.relations.view import ArticleView, mention_ending_at, triggers


def region_before_title(view: ArticleView, k: int, floor: int, start: int) -> str:
    """The regional division written right before the title at ``start`` when an organisation
    of sentence ``k`` ends right before the division ("招商蛇口|华北区域|总经理": 华北区域); ''
    when there is none (no organisation before it, or a body already ends at the title)."""
    if mention_ending_at(view, k, start, "ORG") is not None:
        return ""
    conf = triggers()["positions"]
    text = view.article.text
    for suffix in sorted(conf["region_suffixes"], key=len, reverse=True):
        if not text.endswith(suffix, floor, start):
            continue
        for word in sorted(conf["region_divisions"], key=len, reverse=True):
            at = start - len(suffix) - len(word)
            if at > floor and text.startswith(word, at) and mention_ending_at(view, k, at, "ORG") is not None:
                return text[at:start]
    return ""
