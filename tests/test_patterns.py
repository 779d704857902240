"""The pattern files and word lists of ontology/ are read in one module (kg.patterns), once."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import kg.patterns
from kg.patterns import pattern_file, word_list
from kg.resources import ontology_dir

ROOT = Path(__file__).resolve().parents[1]


def test_every_pattern_file_parses_and_is_read_once():
    names = sorted(p.stem for p in (ontology_dir() / "patterns").glob("*.toml"))
    assert {"dates", "entities", "layout", "relations", "resolution"} <= set(names)
    for name in names:
        assert isinstance(pattern_file(name), dict) and pattern_file(name)
        assert pattern_file(name) is pattern_file(name)


def test_word_lists_drop_comments_and_blank_lines():
    titles = word_list("titles")
    assert "市长" in titles and not any(t.startswith("#") or not t.strip() for t in titles)


def test_a_broken_pattern_file_is_named_in_the_error(tmp_path, monkeypatch):
    (tmp_path / "patterns").mkdir()
    (tmp_path / "patterns" / "broken.toml").write_text('heads = ["项目"\n', encoding="utf-8")
    monkeypatch.setattr(kg.patterns, "ontology_path", lambda *parts: tmp_path.joinpath(*parts))
    with pytest.raises(ValueError, match=r"broken\.toml: not TOML"):
        pattern_file.__wrapped__("broken")


def test_no_other_module_parses_pattern_files_or_word_lists():
    # The relation rules (kg/nlp/relations*) still read relations.toml themselves: they are
    # being split into a package and move to kg.patterns after that.
    readers = []
    for path in sorted((ROOT / "kg").rglob("*.py")):
        rel = path.relative_to(ROOT).as_posix()
        if rel in ("kg/patterns.py", "kg/resources.py") or rel.startswith("kg/nlp/relations"):
            continue
        if re.search(r"\btomllib\b|\bread_lexicon\b", path.read_text(encoding="utf-8")):
            readers.append(rel)
    assert readers == []


def test_home_city_words_are_the_located_in_list_and_date_the_documents_city():
    from kg.nlp.document import _most_named_city, home_city_words

    words = pattern_file("relations")["located_in"]["home_city"]
    assert [m.group(0) for m in home_city_words().finditer("".join(words))] == words
    assert _most_named_city("全市重点项目……大同市……", ["大同市", "晋中市", "大同市"]) == "大同市"
    assert _most_named_city("大同市……晋中市……", ["大同市", "晋中市"]) is None  # no 我市/本市/全市


def test_home_city_names_are_no_label_of_the_city():
    from kg.resolve.facts import label_of

    assert set(pattern_file("resolution")["place"]["home_city_names"]) == {"我市", "本市"}
    assert label_of(["我市", "大同"], {}) == "大同"  # (我 sorts after 大: without the list 我市 would win)
    assert label_of(["本市"], {}) == "本市"
