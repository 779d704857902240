"""Projects that name a firm and the several products it will make, listed with "、" before one
head word: "某某镁合金制造有限公司镁、铝合金精密压铸项目", "某某酒业公司年产2万吨白酒、黄酒、养生酒生产线
第三期技改项目", "某某公司机械加工、高铁结构件加工制造项目" (real-pages-12, -17, -19, -23: four pages of
four sites, session 24).

The rules read the part after the last "、" as a project of its own (a common name the head holds)
and the learned tagger the firm and its first product as another ("…有限公司镁"); but the products
share the one head, and the firm opens the name. The run is one project where a firm (a word LAC
tags ORG, with a firm's mark such as 公司 in it or in its first product) opens it at the start of
a clause or list item, the first product is short and holds no head word and no 的, and the items
after the first "、" hold no other firm, place or person, no verb and no 等, 和, 与 or 及 (a list of
firms, of fields or of a visit's sites is no such name). A run whose items each name their maker
("甲20GW某某胶膜、乙3.5GW某某组件项目") opens with no firm and is left alone.

The firm is no investor of such a project by its prefix alone (``attrs["firm_items"]``, read by
:mod:`kg.nlp.relations.invests_in`): that fact is optional in the gold (GUIDE.md), and LAC often
reads a place into the firm's word ("某某湖|某泰公司"), which then makes it a false one.

The words are ``project.firm_items`` of ``ontology/patterns/entities.toml``.
"""

from __future__ import annotations

from kg.nlp.entities.candidate import Candidate
from kg.nlp.entities.lexicon_data import lexicon
from kg.nlp.entities.project_checks import class_by_count
from kg.nlp.words import Word

# (not nz: LAC tags a product's name so, "黄酒/nz", "高铁铁路/nz")
_NAMED_TAGS = ("ORG", "LOC", "PER", "nt", "ns", "nr")


def firm_item_projects(text: str, words: list[Word]) -> list[Candidate]:
    """PROJECT candidates for a firm's products listed before one head word.

    >>> from kg.nlp.words import words_of
    >>> t = "来到甲乙镁业有限公司镁、铝合金精密压铸项目、丙丁公司项目。"
    >>> ws = words_of([("来到", "v"), ("甲乙镁业有限公司", "ORG"), ("镁", "n"), ("、", "w"), ("铝合金", "n"),
    ...                ("精密", "a"), ("压铸", "vn"), ("项目", "n"), ("、", "w"), ("丙丁公司", "ORG"),
    ...                ("项目", "n"), ("。", "w")])
    >>> [t[c.start : c.end] for c in firm_item_projects(t, ws)]
    []
    >>> t = "分别是:甲乙公司机械加工、高铁结构件加工制造项目,丙丁公司项目。"
    >>> ws = words_of([("分别", "d"), ("是", "v"), (":", "w"), ("甲乙公司", "ORG"), ("机械加工", "n"), ("、", "w"),
    ...                ("高铁", "n"), ("结构件", "n"), ("加工", "vn"), ("制造", "vn"), ("项目", "n"), (",", "w"),
    ...                ("丙丁公司", "ORG"), ("项目", "n"), ("。", "w")])
    >>> [t[c.start : c.end] for c in firm_item_projects(t, ws)]
    ['甲乙公司机械加工、高铁结构件加工制造项目']
    """
    p = lexicon().patterns["project"]["firm_items"]
    openings = tuple(p["openings"])
    ends = frozenset(p["heads"])
    heads = tuple(lexicon().patterns["project"]["heads"])
    out: list[Candidate] = []
    for i, w in enumerate(words):
        if w.tag != "ORG" or (w.start > 0 and text[w.start - 1] not in openings):
            continue
        # the first product: words up to the first "、", short, with no head word of a project
        j = i + 1
        while j < len(words) and words[j].text != "、" and words[j].end - w.end <= p["max_first_item"]:
            j += 1
        if j >= len(words) or words[j].text != "、" or j == i + 1:
            continue
        first = text[w.end : words[j].start]
        if any(h in first for h in heads) or any(ch in first for ch in p["breaks"] + p["not_first"]):
            continue  # "甲公司某某项目、…": the firm's project is named whole before the list goes on
        if not any(f in text[w.start : words[j].start] for f in p["firm_marks"]):
            continue  # "某省交通运输厅提出的公路、…项目": a body, no firm, makes no products
        # the further products, up to the head word that closes the run
        k, items = j + 1, 1
        while k < len(words) and words[k].end - w.start <= p["max_chars"]:
            x = words[k]
            if x.text in ends:
                break
            if x.text == "、":
                items += 1
            elif x.tag in _NAMED_TAGS or x.tag == "v" or x.text in p["not_inside"] or x.text in p["breaks"]:
                k = len(words)  # another maker, a verb, 等, or the clause's end: no shared head
                break
            k += 1
        if k >= len(words) or words[k].text not in ends or k == j + 1 or items > p["max_items"]:
            continue
        if class_by_count(text, w.start, words[k].end):
            continue  # "…、国省道建设项目|32个": a class of projects
        attrs = {"head": words[k].text, "firm_items": True}
        out.append(Candidate(w.start, words[k].end, "PROJECT", "head_words", 0.7, attrs))
    return out
