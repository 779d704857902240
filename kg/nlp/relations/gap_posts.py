"""A post whose body is named a short word before the title: "某某电气公司|人事|经理X",
"某某局|西北|代表X", "某某部|驻港|副特派员X", "某某局|署理|局长X", "某某集团  董事长X".

A function or a region of the body, or a mark of the post, is often written between the body and
the title with no mark; the title list then finds no body ending at the title and the person works
for no one (s34-worksfor2 audit). The body is the sentence's organisation ending right before the
gap, when the gap is blanks only, or 2-3 Chinese characters that no mention covers, with no
function character (``positions.gap_posts.stops``: 的, 与, 和…) and no body's head word closing it
(``positions.gap_posts.unit_ends``: "某政府|新闻办|主任" is a body the tagger did not read, which
keeps its own name as the employer). At most three characters: a longer run is most often the
rest of a body the tagger cut ("某某集团|银海铝业|总经理"). The post stays the title as written in the
lexicon; only its body is found. Blanks never part a metadata field's value from the next field
("来源:某某日报 编辑:X": the editor of the page, not of the source). A credit's title (记者, 编辑:
``positions.credit_titles``) takes no body so: its outlet is the byline rules' ("某某日报|当代|融媒体
记者": the gap is the rest of the outlet's name, cut).
"""

from __future__ import annotations

from kg.nlp.relations.view import ArticleView, mention_ending_at, triggers


def body_across_gap(view: ArticleView, k: int, floor: int, start: int, title: str) -> int | None:
    """The organisation of sentence ``k`` written a short gap before ``title`` at ``start``; None
    when no such body stands there, or the title is a credit's."""
    if title.endswith(tuple(triggers()["positions"]["credit_titles"])):
        return None
    conf = triggers()["positions"]["gap_posts"]
    text = view.article.text
    blank = start
    while blank > floor and text[blank - 1] in " \u3000":
        blank -= 1
    if blank < start:
        org = mention_ending_at(view, k, blank, "ORG")
        if org is None or start - blank > conf["max_blanks"]:
            return None
        before = text[floor : view.mentions[org].start].rstrip(" \u3000")
        field = before.endswith((":", "："))  # "来源: 某某日报 编辑: X"
        return None if field else org
    stops, ends = set(conf["stops"]), tuple(conf["unit_ends"])
    for size in range(conf["min_chars"], conf["max_chars"] + 1):
        at = start - size
        if at <= floor:
            break
        gap = text[at:start]
        if not all("\u4e00" <= c <= "\u9fff" and c not in stops for c in gap) or gap.endswith(ends):
            continue
        if any(m.start < start and m.end > at for m in (view.mentions[i] for i in view.by_sentence[k])):
            continue
        org = mention_ending_at(view, k, at, "ORG")
        if org is not None:
            return org
    return None
