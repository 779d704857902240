"""Page-level features of the learned PLACE model (kg.learn.page_features, session 39)."""

from __future__ import annotations

from kg.learn.page_features import page_traits, with_traits
from kg.learn.spans import line_features, lines_of
from kg.nlp.words import words_of


def test_recurrence_counts_the_word_on_the_page() -> None:
    ws = words_of([("某某园区", "n"), ("位于", "v"), ("某某园区", "n"), ("，", "w"), ("某某镇", "LOC")])
    text = "".join(w.text for w in ws)
    traits = page_traits(text, ws)
    assert "pr=2" in traits[0]
    assert "pr=1" in traits[text.index("某某镇")]
    assert traits[4] == ["pr=1"]  # (位于: once)


def test_gazetteer_level_and_the_page_locality() -> None:
    # the county named most often is the page's; the city above it is "up", another province's county "other"
    text = "灵丘县召开会议。灵丘县某某镇，大同市。另据某某报道，海淀区。"
    ws = words_of([(ch, "n") for ch in text])
    traits = page_traits(text, ws)
    at = text.index
    assert {"gl=county", "go=own"} <= set(traits[at("灵丘县")])
    assert {"gl=city", "go=up"} <= set(traits[at("大同市")])
    assert {"gl=county", "go=other"} <= set(traits[at("海淀区")])
    assert not any(t.startswith("g") for t in traits[at("召开")])


def test_no_locality_on_a_tie() -> None:
    text = "灵丘县和海淀区"
    ws = words_of([(ch, "n") for ch in text])
    assert "go=other" in page_traits(text, ws)[0]


def test_features_add_the_traits_only_when_asked() -> None:
    text = "某某园区开工\n某某园区投产"
    ws = words_of([("某某园区", "n"), ("开工", "v"), ("\n", "w"), ("某某园区", "n"), ("投产", "v")])
    traits = page_traits(text, ws)
    for offset, line, lws in lines_of(text, ws):
        plain = with_traits(line_features(line, lws, offset), None, offset)
        paged = with_traits(line_features(line, lws, offset), traits, offset)
        assert all(p == q[: len(p)] for p, q in zip(plain, paged, strict=True))
        assert "pr=2" in paged[0] and "pr=2" not in plain[0]
