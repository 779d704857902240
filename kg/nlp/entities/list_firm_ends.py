"""A firm of a "、" list named by its short name, which the tagger cut before its trade word:
"某某市宏远/ORG|电磁线/n|、", "某益汽车/ORG|配件/n|9家企业", "某省远阳/ORG|玻璃/n|、" (real-pages-20 l03,
-28 d06, -31 s11: 3 pages of 3 sites, audit s27-org). The golds name the firm whole; the tagger's
part of it is a false body and the firm a missed one. The tagger's body is carried to the end of
the item where only nouns of a trade stand between it and the list's mark. The words are
``org.firm_item_ends`` of ``ontology/patterns/entities.toml``.
"""

from __future__ import annotations

import re

from kg.nlp.entities.candidate import Candidate, word_at
from kg.nlp.entities.lexicon_data import lexicon
from kg.nlp.words import Word
from kg.normalize import to_simplified


def whole_list_firms(text: str, words: list[Word], candidates: list[Candidate]) -> list[Candidate]:
    """``candidates`` with each tagger's body of a list item that ends in no body's suffix
    carried over the nouns that close its item ("某某市宏远|电磁线、" -> "某某市宏远电磁线").

    The nouns (``noun_tags``, at most ``max_words`` words and ``max_chars`` characters, none a
    title, a project's or a place's head or one of ``not_nouns``) stand right before "、", one of ``closers``
    or a count of firms ("9家"); the item is one of a list: "、" stands right before the body or
    right after the nouns; not a list whose later items hold a project's word in their first
    ``max_item`` characters (``project_words``: the items are projects' short names), nor where
    a project or a place is read over the nouns ("查看了某某汽配|商贸城、": a works).

    >>> from kg.nlp.words import words_of
    >>> ws = words_of([("甲乙宏远", "ORG"), ("电磁线", "n"), ("、", "w"), ("丙丁", "ORG"), ("配件", "n"),
    ...                ("9家", "m"), ("企业", "n"), ("、", "w"), ("某某", "ORG"), ("代表", "n"), ("、", "w")])
    >>> t = "".join(w.text for w in ws)
    >>> cs = [Candidate(0, 4, "ORG", "statistical", 0.6), Candidate(8, 10, "ORG", "statistical", 0.6),
    ...       Candidate(17, 19, "ORG", "statistical", 0.6)]
    >>> [t[c.start : c.end] for c in whole_list_firms(t, ws, cs)]
    ['甲乙宏远电磁线', '丙丁配件', '某某']
    """
    conf = lexicon().patterns["org"]["firm_item_ends"]
    tags = frozenset(conf["noun_tags"])
    closers = frozenset(conf["closers"])
    count = re.compile(conf["count"])
    pats = lexicon().patterns
    refused = frozenset(conf["not_nouns"]) | frozenset(pats["project"]["heads"]) | frozenset(pats["place"]["heads"])
    titles = frozenset(lexicon().titles)
    suffixes = lexicon().org_suffixes
    others = [(x.start, x.end) for x in candidates if x.label in ("PROJECT", "PLACE")]
    out = []
    for c in candidates:
        end = _item_end(text, words, c, tags, closers, count, refused | titles, suffixes, conf)
        if end is None or any(s < end and c.end < e for s, e in others):
            out.append(c)  # (a project or a place read over the trade word: "查看了某某汽配|商贸城、")
            continue
        out.append(Candidate(c.start, end, c.label, c.source, c.score, {**c.attrs, "item_end": True}))
    return out


def _item_end(text, words, c, tags, closers, count, refused, suffixes, conf) -> int | None:
    """The end of the list item the tagger's body ``c`` opens, past the nouns of its trade, or
    None where ``c`` is no such body or no such item."""
    if c.label != "ORG" or c.source != "statistical" or to_simplified(text[c.start : c.end]).endswith(suffixes):
        return None
    j = word_at(words, c.end)
    if j is None or words[j].start != c.end:
        return None  # the body ends inside a word
    k, chars = j, 0
    while k < len(words) and k - j < conf["max_words"] and words[k].tag in tags:
        if words[k].start != (words[k - 1].end if k > j else c.end):
            break
        noun = to_simplified(words[k].text)
        if noun in refused or noun in closers:
            return None
        chars += len(noun)
        k += 1
    if k == j or chars > conf["max_chars"] or k >= len(words):
        return None
    after = words[k]
    if after.start != words[k - 1].end or not (after.text in closers or count.match(after.text)):
        return None
    listed = text[c.start - 1 : c.start] == "、" or after.text == "、"
    if not listed:
        return None
    clause_end = min((i for i in (text.find(m, c.end) for m in conf["clause_marks"]) if i >= 0), default=len(text))
    items = to_simplified(text[c.end : clause_end]).split("、")[1:]
    if any(w in item[: conf["max_item"]] for item in items for w in conf["project_words"]):
        return None  # "与某某汉江源、某某生物制品加工、某某建材项目代表签约": projects by short names
    return words[k - 1].end
