"""Session 35's speed-ups, each the same answers as the long way (kg's outputs unchanged):
a "、" list's ends worked out once (``list_evidence.ListEnds``), heads and titles looked up by
their first character (``candidate.words_by_first_char``), the known names of a list of persons
looked up by their end (``listed_persons``)."""

from __future__ import annotations

import pytest

from kg.nlp.words import words_of

_LISTS = [
    [("秦淮", "ORG"), ("、", "w"), ("京东", "ORG"), ("、", "w"), ("秦云", "ORG"), ("等", "u"), ("企业", "n")],
    [("某甲", "PER"), ("、", "w"), ("某乙", "PER"), ("出席", "v"), ("，", "w"), ("某丙", "PER"), ("、", "w")],
    [("、", "w"), ("、", "w"), ("某甲", "PER")],
    [("某甲", "PER")],
    [],
]


@pytest.mark.parametrize("pairs", _LISTS)
def test_list_ends_are_list_items_last_for_every_word(pairs):
    from kg.nlp.list_evidence import ListEnds, list_items

    ws = words_of(pairs)
    ends = ListEnds(ws)
    assert [ends.last(i) for i in range(len(ws))] == [list_items(ws, i)[1] for i in range(len(ws))]


def test_a_list_cut_by_a_gap_ends_at_the_gap():
    from kg.nlp.list_evidence import ListEnds, list_items
    from kg.nlp.words import Word

    # "某甲、 某乙": a blank between the comma and the next item ends the list (the words do not touch)
    ws = [Word(0, 2, "某甲", "PER"), Word(2, 3, "、", "w"), Word(4, 6, "某乙", "PER")]
    assert ListEnds(ws).last(0) == list_items(ws, 0)[1] == 0


def test_list_of_bodies_reads_the_same_with_and_without_the_ends():
    from kg.nlp.list_evidence import ListEnds, list_of_bodies

    ws = words_of(_LISTS[0])
    ends = ListEnds(ws)
    for i in range(len(ws)):
        assert list_of_bodies(ws, i, ("企业",), ends) == list_of_bodies(ws, i, ("企业",))
    assert list_of_bodies(ws, 0, ("企业",), ends)  # found: "秦淮、京东、秦云|等|企业"
    assert not list_of_bodies(ws, 0, ("平台",), ends)  # not found: 等 is followed by no such noun


def test_the_statistical_source_walks_a_long_list_once(monkeypatch):
    """A list of N names: the words' list ends are worked out in one pass, not walked per name."""
    import kg.nlp.list_evidence as le
    from kg.nlp.entities.statistical import statistical_candidates

    pairs = []
    for k in range(200):
        pairs += [("某" + chr(0x4E00 + k), "LOC"), ("、", "w")]
    pairs += [("某某", "LOC"), ("等", "u"), ("企业", "n")]
    walks, asked = [], []
    monkeypatch.setattr(le, "list_items", lambda *a, **k: walks.append(a) or (a[1], a[1]))
    last = le.ListEnds.last
    monkeypatch.setattr(le.ListEnds, "last", lambda self, i: asked.append(i) or last(self, i))
    statistical_candidates(words_of(pairs))
    assert walks == [] and len(asked) > 100  # (each name asked where its list ends, none walked)


@pytest.mark.parametrize("text", ["市委书记某某", "副市长某某、市长某某", "党工委副书记", "某某", ""])
def test_the_first_title_by_first_character_is_the_first_of_all(text):
    from kg.nlp.entities import lexicon
    from kg.nlp.entities.candidate import words_by_first_char

    titles = lexicon().titles
    groups = words_by_first_char(titles)
    for pos in range(len(text) + 1):
        slow = next((t for t in titles if text.startswith(t, pos)), None)
        fast = next((t for t in groups.get(text[pos : pos + 1], ()) if text.startswith(t, pos)), None)
        assert fast == slow


def test_a_list_of_persons_names_each_item_from_the_known_names(nlp):
    """Found: each name of a list of persons after a title; not found: a name that runs over
    the start of its item (a known name must lie inside its item)."""
    from kg.ingest import segment_document
    from kg.nlp.pipeline import analyse_article

    text = "市委常委钱某明、孙某成、周某东、吴某新出席会议。"
    (art,) = segment_document("t.txt", text)
    persons = {art.text[m.start : m.end] for m in analyse_article(nlp, art)._.mentions if m.label == "PERSON"}
    assert {"钱某明", "孙某成", "周某东", "吴某新"} <= persons
    assert not any("、" in p for p in persons)
