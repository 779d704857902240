"""A facility named alone and as a project in one document is one project (s14-heads saw
"某某隧道" and "某某隧道项目" kept as two on three pages of its unseen half): resolution merges
the bare name with the name plus a project's class word (``[project]`` of
``ontology/patterns/resolution.toml``). Sentences of the kind, names invented."""

from __future__ import annotations

import kg


def _projects(text: str) -> list[str]:
    G = kg.build([text])
    return sorted(G.entities[G.entities["type"] == "PROJECT"]["label"])


def test_a_facility_and_its_project_form_are_one_project():
    text = "6月3日,青岭过江隧道正式开工建设。青岭过江隧道项目总投资30亿元,由市城投集团投资建设。"
    assert _projects(text) == ["青岭过江隧道项目"]


def test_a_bare_name_before_two_class_words_joins_neither():
    # "…园区项目" and "…园区工程" may be two things of one park: the bare name names neither
    from kg.nlp.document import DocumentResult, MentionRecord
    from kg.resolve.document_merges import merge_projects_in_document
    from kg.resolve.keys import UnionFind

    names = ["青岭数字园区", "青岭数字园区项目", "青岭数字园区工程"]
    ms = [MentionRecord(0, 0, 1, n, n, "PROJECT", "head_words", 0.7) for n in names]
    uf = UnionFind()
    merge_projects_in_document(DocumentResult("d.txt", ms, [], 1), uf)
    assert len({uf.find(f"PROJECT|{n}") for n in names}) == 3
    uf = UnionFind()
    merge_projects_in_document(DocumentResult("d.txt", ms[:2], [], 1), uf)
    assert uf.find("PROJECT|青岭数字园区") == uf.find("PROJECT|青岭数字园区项目")
