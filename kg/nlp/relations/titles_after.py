"""A title written after the name: "王某某院长一行", "刘某某秘书长主持会议".

Chinese news names a person with the title before the name on first mention ("院长王某某",
:mod:`kg.nlp.relations.positions`), but often after it ("王某某院长介绍…", "许某某主席欢迎…"),
and some persons are named only that way. The title right after a person mention is the
person's post when the title is a whole word there: what follows it is punctuation, the end of
the text, or a word of ``after_name_follow`` (一行, 表示, 主持, …). The follow list keeps
"部长助理", "书记处" and the like out, whose first part is a title but the whole is not; titles
of ``after_name_not`` ("代表" is also a verb: "王某某代表公司致辞") are never read after a name,
nor after a name that ends in one of ``after_name_openers`` ("洪前|理事长": 洪 + 前理事长). A title
that begins no longer word (``after_name_whole``: 总书记) is the post whatever follows it
("某某总书记视察…").

A body written right before the name is the post's body and the person's employer:
"县卫计委某某主任陪同", "区委某某副书记到…" (a unit, the name, then the title: the usual way of
naming a person with a title after the name).
"""

from __future__ import annotations

from typing import Any

from kg.nlp.entities import lexicon
from kg.nlp.entities.candidate import words_by_first_char
from kg.nlp.relations.departments import parent_of_department
from kg.nlp.relations.positions import parent_of_committee
from kg.nlp.relations.table import fact, rule
from kg.nlp.relations.view import ArticleView, RawRelation, mention_ending_at, triggers

#: Characters that close the title as a word: punctuation, quotes, brackets, whitespace. An
#: opening bracket closes it too: it opens a gloss of the post ("某某副部长(中央某某办公室副部长)",
#: the salutation of Hong Kong and Macau speeches) or a photo position ("某某校长(右四)").
_CLOSERS = "，,。.、；;：:！!？?（(）)」』”\"' \u3000\t\n"


def _whole_word(view: ArticleView, start: int, end: int) -> bool:
    """The segmenter ends a word right before the title and right at its end: the title is a
    word of its own there ("吴某某|董事长|热情欢迎", "王某|副特派员|进行"), whatever word follows it,
    where "部长助理", "书记处" are one word each (session 32, s32-twfirms)."""
    return start in view.word_ends and end in view.word_ends


def _name_at(view: ArticleView, k: int, pos: int) -> bool:
    """A person's name starts right after the title: the title is that name's, written before
    it ("某某副执行长、马公/PER|市长|某某": 马公 is a city read as a name)."""
    return any(view.mentions[q].start == pos for q in view.of_type(k, "PERSON"))


@rule("title_after_name")
def title_after_name(view: ArticleView) -> list[RawRelation]:
    """``[ORG] PERSON TITLE`` followed by punctuation or a word of ``after_name_follow``:
    holds_position, and works_for the body written right before the name."""
    conf = triggers()["positions"]
    follow = tuple(sorted(conf["after_name_follow"], key=len, reverse=True))
    never = frozenset(conf["after_name_not"])
    whole = frozenset(conf["after_name_whole"])
    openers = tuple(conf["after_name_openers"])
    members = tuple(conf["member_titles"])
    titles = words_by_first_char(lexicon().titles)  # longest first, by first character
    text = view.article.text
    out = []
    for k in range(len(view.article.sentences)):
        for p in view.of_type(k, "PERSON"):
            end = view.mentions[p].end
            if text.endswith(openers, view.mentions[p].start, end):
                continue  # "洪前|理事长": the name took the title's first character
            title = next((t for t in titles.get(text[end : end + 1], ()) if text.startswith(t, end)), None)
            if title is None or title in never:
                continue
            after = end + len(title)
            if (
                title not in whole
                and after < len(text)
                and text[after] not in _CLOSERS
                and not text.startswith(follow, after)
                and not (_whole_word(view, end, after) and not _name_at(view, k, after))
            ):
                continue  # "王某某部长助理": the title is only the first part of a longer word
            value: dict[str, Any] = {"position": title}
            org = mention_ending_at(view, k, view.mentions[p].start, "ORG")
            if org is not None:
                value["org"] = org
            out.append(fact("holds_position", p, None, value, k, "title_after_name"))
            if org is not None and not title.endswith(members):
                employer = parent_of_department(view, parent_of_committee(view, org))
                out.append(fact("works_for", p, employer, None, k, "title_after_name"))
    return out
