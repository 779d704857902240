"""The training sets of kg's learned models: declared in ontology/training/sets.toml, read
with their gold, gold names found back in their texts, held-out sets refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.learn.gold import entity_types, find_mentions, read_pages, training_sets

ROOT = Path(__file__).resolve().parents[1]


def test_every_declared_set_reads():
    pages = list(read_pages(training_sets()))
    assert {p.set for p in pages} == {s.name for s in training_sets()}
    assert all(p.text and p.doc.endswith(".txt") for p in pages)


def test_gold_names_of_covered_types_are_found_in_their_texts():
    missing = []
    for page in read_pages(training_sets()):
        for e in page.entities:
            covered = set(entity_types(e)) & page.entity_types
            if covered and not find_mentions(page.text, [e["name"], *e.get("aliases", ())]):
                missing.append((page.set, page.doc, e["name"]))
    assert not missing, missing


def test_traditional_and_spaced_forms_map_to_original_offsets():
    text = "由張 強主持的會議"
    ((start, end, _),) = find_mentions(text, ["张强"])
    assert text[start:end] == "張 強"


def test_a_held_out_set_is_refused(tmp_path):
    declared = tmp_path / "sets.toml"
    declared.write_text(
        '[[set]]\nname = "x"\ntexts = "tests/fixtures/real-pages-3/texts"\ngold = "tests/fixtures/real-pages-3/gold"\n',
        encoding="utf-8",
    )
    with pytest.raises(ValueError, match="held out"):
        training_sets(declared, root=ROOT)


def test_an_unread_set_is_skipped_unless_asked_for(tmp_path):
    declared = tmp_path / "sets.toml"
    declared.write_text(
        '[[set]]\nname = "a"\ntexts = "tests/fixtures/dev/texts"\ngold = "tests/fixtures/dev/gold"\n\n'
        '[[set]]\nname = "b"\ntexts = "tests/fixtures/dev2/texts"\ngold = "tests/fixtures/dev2/gold"\nunread = true\n',
        encoding="utf-8",
    )
    assert [s.name for s in training_sets(declared, root=ROOT)] == ["a"]
    assert [s.name for s in training_sets(declared, root=ROOT, include_unread=True)] == ["a", "b"]
