"""Which persons open a clause (kg.nlp.relations.clause_openers): the sentence marked once, each
piece between names matched once, the same answers as reading each name the long way."""

from __future__ import annotations

import re

import pytest


def _view(text: str, names: list[str], extra: list[tuple[int, int]] = ()):  # noqa: ANN202
    from kg.ingest import segment_document
    from kg.nlp.entities import Candidate
    from kg.nlp.relations import ArticleView

    (art,) = segment_document("t.txt", text)
    spans, at = [], 0
    for n in names:
        at = text.index(n, at)
        spans.append((at, at + len(n)))
        at += len(n)
    spans += list(extra)
    return art, ArticleView(art, [Candidate(s, e, "PERSON", "t", 1.0, {}) for s, e in spans])


def _slowly(view, k: int) -> list[int]:  # noqa: ANN001
    """The rule as it read each name before: the text before it rebuilt and matched whole."""
    from kg.nlp.entities import lexicon
    from kg.nlp.relations.clause_openers import _opens_slowly, _run

    text, sent = view.article.text, view.article.sentences[k]
    persons = view.of_type(k, "PERSON")
    run = _run(tuple(lexicon().titles))
    out = []
    for p in persons:
        start = view.mentions[p].start
        clause_start = max([sent.start] + [text.rfind(c, sent.start, start) + 1 for c in ",，;；:："])
        if _opens_slowly(view, persons, run, clause_start, start):
            out.append(p)
    return out


@pytest.mark.parametrize(
    ("text", "names", "openers"),
    [
        # titles and earlier names before each: all open; a clause after "，" opens again
        (
            "会上，镇党委副书记张某、李某对工作作了部署，王某作了讲话。",
            ["张某", "李某", "王某"],
            ["张某", "李某", "王某"],
        ),  # noqa: E501
        # a name after a verb of its clause opens nothing
        ("会上，张某对李某表示感谢。", ["张某", "李某"], ["张某"]),
        # words that are no title before the name: not an opener
        ("我们看到张某出席。", ["张某"], []),
    ],
)
def test_openers_found_and_not_found(text: str, names: list[str], openers: list[str]) -> None:
    from kg.nlp.relations.clause_openers import clause_openers

    _, view = _view(text, names)
    got = [view.text(p) for p in clause_openers(view, 0)]
    assert got == openers
    assert clause_openers(view, 0) == _slowly(view, 0)


def test_overlapping_names_are_read_the_long_way() -> None:
    # two person mentions over one span (and one inside another): the marks cannot cut the text
    from kg.nlp.relations.clause_openers import clause_openers

    text = "会上，市长张某某、李某出席。"
    s = text.index("张某某")
    _, view = _view(text, ["张某某", "李某"], [(s, s + 2)])
    assert clause_openers(view, 0) == _slowly(view, 0)


def test_answers_are_kept_per_sentence_until_a_mention_is_filed() -> None:
    from kg.nlp.relations.clause_openers import clause_openers

    text = "会上，张某对李某表示感谢。"
    _, view = _view(text, ["张某"])
    first = clause_openers(view, 0)
    first.append(99)  # a caller's own list
    assert clause_openers(view, 0) == [0]
    added = view.add_mention(text.index("李某"), text.index("李某") + 2, "PERSON", "t")
    assert clause_openers(view, 0) == [0] == _slowly(view, 0)
    assert added == 1


def test_a_long_list_of_names_is_matched_piece_by_piece(monkeypatch) -> None:  # noqa: ANN001
    # "市长A、B、C…出席": each name's text before it once cost a match of the whole list so far
    import kg.nlp.relations.clause_openers as co

    surnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾"
    given = "伟强芳敏静丽军磊洋勇"
    names = [surnames[i % len(surnames)] + given[i // len(surnames)] for i in range(300)]
    _, view = _view("会上，市长" + "、".join(names) + "出席会议。", names)
    matched = 0
    real = co._run(tuple(co.lexicon().titles))

    class Counting:
        def fullmatch(self, s: str) -> re.Match[str] | None:
            nonlocal matched
            matched += len(s)
            return real.fullmatch(s)

    monkeypatch.setattr(co, "_run", lambda titles: Counting())
    got = co.clause_openers(view, 0)
    assert len(got) == 300
    assert matched < 50  # the pieces "市长" and "、", once each (the whole list: ~450,000 characters)
    monkeypatch.undo()
    assert got == _slowly(view, 0)
