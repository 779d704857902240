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
