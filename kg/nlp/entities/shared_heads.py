"""Short items listed with "、" before one project's head: "东区、南区污水处理厂调节池建设项目",
"9号、15号煤层水平延深项目", "某公司投资的新型环保、机械设备生产线项目" (session 30, benchmarks/audits/s30-proj).

The walk to a name's left edge stops at the "、", and the project keeps only its last item
("南区污水处理厂调节池建设项目", "15号煤层水平延深项目", "机械设备生产线项目"): a false name, a missed one,
and the project's amount on the cut name. An item before the "、" that cannot name a project of its
own belongs to the name. Two shapes say so:

- parallel labelled parts: the item is one short word that a number, a letter or a direction opens and
  that ends as the next item's first word ends ("东区、南区…", "9号、15号…", "一期、二期…");
- a short common item: at most ``max_item_chars`` characters of common words (no name, no head word of
  a project or facility, no verb), right after the clause's start, 的, a verb or a firm, before an
  item that opens with a common word and holds no name ("新型环保、机械设备生产线项目").

It is left alone where an item names its maker, a brand or a place ("某某家居、某某包装项目", "某某康养、
某某文旅项目": projects of their own), where an item is a project or facility ("某某馆、某某基地"), where an
item runs longer than a short word or two ("环保设备制造、分布式光伏": fields, each a project in the
golds), and where a count closes the list ("…、国省道建设项目32个": a class). The words are
``project.shared_heads`` of ``ontology/patterns/entities.toml``.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.nlp.entities.candidate import Candidate
from kg.nlp.entities.lexicon_data import lexicon
from kg.nlp.entities.project_checks import class_by_count
from kg.nlp.words import Word

# "9号", "15號", "东区", "一期", "A区": a part labelled by a number, a letter or a direction
_LABELLED = re.compile(r"^(?:[0-9０-９A-Za-z#＃]+|[一二三四五六七八九十]+|[东南西北中上下前后])(.)$")


def _labelled_pair(a: Word, b: Word) -> bool:
    """Whether ``a`` and ``b`` are two labelled parts of one kind ("东区"/"南区", "9号"/"15号")."""
    ma, mb = _LABELLED.match(a.text), _LABELLED.match(b.text)
    return bool(ma and mb and ma.group(1) == mb.group(1) and a.tag == b.tag)


def _item_start(text: str, words: list[Word], j: int, first: Word, heads: tuple[str, ...]) -> int | None:
    """The index of the first word of the item that ends right before the "、" at ``words[j]``, when
    that item belongs to the name whose next item opens with ``first``; None otherwise."""
    p = lexicon().patterns["project"]["shared_heads"]
    if j >= 1 and _labelled_pair(words[j - 1], first):
        return j - 1
    if first.tag not in p["common_tags"]:
        return None  # the next item opens with a name ("某某康养、|某某文旅项目")
    k = j - 1
    while k >= 0 and words[k].tag in p["common_tags"] and words[j].start - words[k].start <= p["max_item_chars"]:
        k -= 1
    if k == j - 1:
        return None
    item = text[words[k + 1].start : words[j].start]
    if k >= 0 and words[k].tag in p["common_tags"]:
        return None  # the item runs on: a longer phrase ("环保设备制造、…")
    if any(item.endswith(h) for h in heads) or any(w in item for w in p["not_inside"]):
        return None  # the item is a project or facility of its own ("某某馆、…")
    if item.endswith(tuple(p["not_end"])):
        return None  # a firm by its trade ("某某菌业、…"), a maker of its own
    return k + 1


def _opening_ok(text: str, words: list[Word], k: int) -> bool:
    """Whether what stands before the list's first item (``words[k]`` starts it) lets it open a name:
    the clause's start, 的, a verb, a firm or another "、"."""
    if k == 0:
        return True
    before = words[k - 1]
    p = lexicon().patterns["project"]["shared_heads"]
    return before.tag in p["before_tags"] or before.text in p["before_words"] or before.text[-1] in p["breaks"]


def shared_head_items(text: str, words: list[Word], out: list[Candidate]) -> list[Candidate]:
    """``out`` with each PROJECT candidate that a list of short items before it widened to the list's
    first item.

    >>> from kg.nlp.words import words_of
    >>> t = "工程,东区、南区污水处理厂调节池建设项目,齐家川"
    >>> ws = words_of([("工程", "n"), (",", "w"), ("东区", "LOC"), ("、", "w"), ("南区", "LOC"), ("污水处理", "vn"),
    ...                ("厂", "n"), ("调节池", "n"), ("建设", "vn"), ("项目", "n"), (",", "w"), ("齐家川", "LOC")])
    >>> c = Candidate(t.index("南区"), t.index(",齐"), "PROJECT", "head_words", 0.7)
    >>> [t[x.start : x.end] for x in shared_head_items(t, ws, [c])]
    ['东区、南区污水处理厂调节池建设项目']
    >>> t = "公司投资的新型环保、机械设备生产线项目拟投资1.2亿元"
    >>> ws = words_of([("公司", "n"), ("投资", "v"), ("的", "u"), ("新型", "a"), ("环保", "n"), ("、", "w"),
    ...                ("机械", "n"), ("设备", "n"), ("生产线", "n"), ("项目", "n"), ("拟", "v"), ("投资", "vn"),
    ...                ("1.2亿元", "m")])
    >>> c = Candidate(t.index("机械"), t.index("拟"), "PROJECT", "head_words", 0.7)
    >>> [t[x.start : x.end] for x in shared_head_items(t, ws, [c])]
    ['新型环保、机械设备生产线项目']
    >>> t = "签约了冠达星家居、腾辉包装项目"
    >>> ws = words_of([("签约", "v"), ("了", "u"), ("冠达星", "ORG"), ("家居", "n"), ("、", "w"), ("腾辉", "PER"),
    ...                ("包装", "vn"), ("项目", "n")])
    >>> c = Candidate(t.index("腾辉"), len(t), "PROJECT", "head_words", 0.7)
    >>> [t[x.start : x.end] for x in shared_head_items(t, ws, [c])]
    ['腾辉包装项目']
    """
    proj = lexicon().patterns["project"]
    p = proj["shared_heads"]
    heads = tuple(proj["heads"]) + tuple(proj["facility"]["heads"])
    ends = tuple(p["ends"])
    result: list[Candidate] = []
    starts = {w.start: i for i, w in enumerate(words)}
    for c in out:
        i = starts.get(c.start) if c.label == "PROJECT" else None
        if i is None or i < 2 or words[i - 1].text != "、" or not text[c.start : c.end].endswith(ends):
            result.append(c)
            continue
        inner = [w for w in words[i : len(words)] if w.end <= c.end]
        if any(w.tag in p["name_tags"] for w in inner[1:]):
            result.append(c)  # the last item names a maker or brand of its own
            continue
        first, j, k = words[i], i - 1, None
        for _ in range(p["max_items"]):
            at = _item_start(text, words, j, first, heads)
            if at is None:
                break
            k = at
            if at >= 2 and words[at - 1].text == "、":
                first, j = words[at], at - 1
                continue
            break
        if k is None or (k >= 1 and words[k - 1].text == "、") or not _opening_ok(text, words, k):
            result.append(c)
            continue
        start = words[k - 1].start if k >= 1 and words[k - 1].tag == "ORG" else words[k].start
        if class_by_count(text, start, c.end):
            result.append(c)
            continue
        attrs = {**c.attrs, "shared_head": True}
        if start < words[k].start:
            attrs["firm_items"] = True  # the firm opens the name: no investor by its prefix alone
        result.append(replace(c, start=start, attrs=attrs))
    return result
