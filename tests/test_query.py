"""``kg query`` and ``run_query``: SPARQL on the gold graph's graph.ttl with both engines."""

from __future__ import annotations

import csv
import io
import json
import unicodedata
from pathlib import Path

import pytest
from rdflib import Graph, Literal

from kg.cli import main
from kg.export.turtle import write_turtle
from kg.namespaces import KG, PREFIXES, entity_iri
from kg.query import QueryError, run_query

XSD = PREFIXES["xsd"]

# The three questions of the mission, as a user writes them: no PREFIX lines.
COMPANIES_IN_GUANGLING = """
SELECT ?company WHERE {
  ?c a kg:Organization ; rdfs:label ?company ; kg:locatedIn ?county .
  ?county rdfs:label "广灵县"@zh .
} ORDER BY ?company"""

MEETINGS_CHAIRED_BY_ZHANG = """
SELECT ?meeting ?attendee WHERE {
  ?p rdfs:label "张强"@zh ; kg:chaired ?m .
  ?m rdfs:label ?meeting .
  OPTIONAL { ?a kg:attended ?m ; rdfs:label ?attendee }
} ORDER BY ?meeting ?attendee"""

PROJECTS_OVER_1E9 = """
SELECT ?project ?yuan ?qualifier WHERE {
  ?p a kg:Project ; rdfs:label ?project ; kg:investedAmount ?a .
  ?a schema:value ?yuan ; kg:qualifier ?qualifier .
  FILTER (?yuan >= 1000000000)
} ORDER BY DESC(?yuan)"""

EVIDENCE = """
SELECT ?fact ?sentence ?doc ?confidence WHERE {
  ?fact rdf:subject/rdfs:label "张强"@zh ; rdf:predicate kg:chaired ;
        kg:confidence ?confidence ; kg:evidence ?ev .
  ?ev kg:text ?sentence ; prov:wasQuotedFrom ?doc .
}"""


@pytest.fixture(scope="module")
def ttl(gold_graph, tmp_path_factory) -> Path:
    return write_turtle(gold_graph, tmp_path_factory.mktemp("query"))[0]


def _sorted(rows):
    return sorted(rows, key=lambda row: [("" if t is None else t.n3()) for t in row])


@pytest.mark.parametrize("query", [COMPANIES_IN_GUANGLING, MEETINGS_CHAIRED_BY_ZHANG, PROJECTS_OVER_1E9, EVIDENCE])
def test_both_engines_give_the_same_rows(ttl, query):
    a = run_query(ttl, query, engine="rdflib")
    b = run_query(ttl, query, engine="oxigraph")
    assert a.kind == b.kind == "select"
    assert a.variables == b.variables
    assert a.rows  # the gold has an answer to each
    assert _sorted(a.rows) == _sorted(b.rows)


def test_mission_answers(ttl):
    companies = {r["company"] for r in run_query(ttl, COMPANIES_IN_GUANGLING).records()}
    assert "广灵县御鑫隆再生资源有限公司" in companies
    chaired = run_query(ttl, MEETINGS_CHAIRED_BY_ZHANG, engine="oxigraph").records()
    assert {r["meeting"] for r in chaired} == {"全市重点工程项目调度会", "古城建设专题会"}
    assert {"meeting": "全市重点工程项目调度会", "attendee": "任希杰"} in chaired
    projects = run_query(ttl, PROJECTS_OVER_1E9).records()
    assert [r["yuan"] for r in projects] == sorted((r["yuan"] for r in projects), reverse=True)
    assert {"project": "华兴农博园", "yuan": 2000000000, "qualifier": str(KG.Exact)} in projects
    assert all(r["yuan"] >= 10**9 for r in projects)


def test_query_prefixes_override_predeclared(ttl):
    q = "PREFIX kg: <http://example.org/other#> SELECT ?p WHERE { ?p kg:chaired ?m }"
    for engine in ("rdflib", "oxigraph"):
        assert run_query(ttl, q, engine=engine).rows == []


def test_run_query_accepts_graph_objects(gold_graph, ttl):
    q = 'SELECT ?p WHERE { ?p rdfs:label "广灵县御鑫隆再生资源有限公司"@zh }'
    expected = [(entity_iri("d003-e46"),)]
    rdf = Graph().parse(ttl)
    for source in (gold_graph, rdf, str(ttl), ttl.parent):
        for engine in ("rdflib", "oxigraph"):
            assert run_query(source, q, engine=engine).rows == expected, (type(source), engine)


def test_ask_and_construct(ttl):
    assert run_query(ttl, 'ASK { ?p rdfs:label "张强"@zh ; kg:chaired ?m }', engine="oxigraph").boolean is True
    assert run_query(ttl, 'ASK { ?p rdfs:label "张强"@zh ; kg:attended ?p }').boolean is False
    q = "CONSTRUCT { ?p kg:chaired ?m } WHERE { ?p kg:chaired ?m }"
    a, b = run_query(ttl, q), run_query(ttl, q, engine="oxigraph")
    assert a.kind == b.kind == "graph"
    assert sorted(a.triples) == sorted(b.triples) and len(a.triples) == 2
    assert a.to_turtle() == b.to_turtle()


def test_bad_query_raises(ttl):
    for engine in ("rdflib", "oxigraph"):
        with pytest.raises(QueryError, match="bad SPARQL"):
            run_query(ttl, "SELECT ?x WHERE { ?x kg:chaired }", engine=engine)


# --- command line --------------------------------------------------------------------------


def _display_width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


@pytest.mark.parametrize("engine", ["rdflib", "oxigraph"])
def test_cli_table_is_aligned_for_chinese(ttl, capsys, engine):
    assert main(["query", str(ttl), MEETINGS_CHAIRED_BY_ZHANG, "--engine", engine]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert [c.strip() for c in lines[0].split(" | ")] == ["meeting", "attendee"]
    assert "全市重点工程项目调度会 | 任希杰" in out
    assert lines[-1] == "(4 rows)"
    # The column separator sits at the same terminal column on every line.
    columns = {_display_width(line.split("|")[0]) for line in lines[2:-1]} | {_display_width(lines[0].split("|")[0])}
    assert len(columns) == 1
    assert lines[1].index("+") == _display_width(lines[0].split("|")[0])


def test_cli_table_right_aligns_numbers(ttl, capsys):
    assert main(["query", str(ttl), PROJECTS_OVER_1E9]) == 0
    rows = capsys.readouterr().out.splitlines()[2:-1]
    amounts = [row.split(" | ")[1] for row in rows]
    assert amounts[0].strip() == "100000000000" and amounts[-1] == "  1000000000"
    assert rows[0].endswith("kg:AtLeast")


def test_cli_csv(ttl, capsys):
    assert main(["query", str(ttl), PROJECTS_OVER_1E9, "--format", "csv", "--engine", "oxigraph"]) == 0
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    assert rows[0] == ["project", "yuan", "qualifier"]
    assert ["华兴农博园", "2000000000", str(KG.Exact)] in rows


def test_cli_json_is_sparql_results_json(ttl, capsys):
    assert main(["query", str(ttl), PROJECTS_OVER_1E9, "--format", "json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["head"]["vars"] == ["project", "yuan", "qualifier"]
    first = doc["results"]["bindings"][0]
    assert first["project"] == {"type": "literal", "value": "智算超算中心", "xml:lang": "zh"}
    assert first["yuan"] == {"type": "literal", "value": "100000000000", "datatype": str(XSD.integer)}
    assert first["qualifier"] == {"type": "uri", "value": str(KG.AtLeast)}


def test_cli_ask_and_construct(ttl, capsys):
    assert main(["query", str(ttl), 'ASK { ?p rdfs:label "张强"@zh ; kg:chaired ?m }']) == 0
    assert capsys.readouterr().out == "yes\n"
    assert main(["query", str(ttl), "ASK { ?m kg:chaired ?m }", "--engine", "oxigraph"]) == 0
    assert capsys.readouterr().out == "no\n"
    q = "CONSTRUCT { ?p kg:chaired ?m . ?m rdfs:label ?l } WHERE { ?p kg:chaired ?m . ?m rdfs:label ?l }"
    assert main(["query", str(ttl), q]) == 0
    g = Graph().parse(data=capsys.readouterr().out, format="turtle")
    assert (None, KG.chaired, None) in g
    assert Literal("古城建设专题会", lang="zh") in set(g.objects())


def test_cli_query_from_file(ttl, tmp_path, capsys):
    rq = tmp_path / "companies.rq"
    rq.write_text(COMPANIES_IN_GUANGLING, encoding="utf-8")
    assert main(["query", str(ttl), "--file", str(rq), "--engine", "oxigraph"]) == 0
    assert "广灵县御鑫隆再生资源有限公司" in capsys.readouterr().out


def test_cli_bad_query_exits_1_with_the_reason(ttl, tmp_path, capsys):
    for engine in ("rdflib", "oxigraph"):
        assert main(["query", str(ttl), "SELEC ?x WHERE { ?x ?p ?o }", "--engine", engine]) == 1
        err = capsys.readouterr().err
        assert err.startswith("kg query: bad SPARQL:"), err
    rq = tmp_path / "bad.rq"
    rq.write_text("SELECT ?x WHERE { ?x nosuch:p ?o }", encoding="utf-8")
    assert main(["query", str(ttl), "--file", str(rq)]) == 1
    err = capsys.readouterr().err
    assert str(rq) in err and "nosuch" in err


def test_cli_missing_files_exit_1_naming_them(ttl, tmp_path, capsys):
    missing = tmp_path / "nope.ttl"
    assert main(["query", str(missing), "ASK {}"]) == 1
    assert f"{missing}: no such file" in capsys.readouterr().err
    assert main(["query", str(ttl), "--file", str(tmp_path / "nope.rq")]) == 1
    assert "nope.rq: no such query file" in capsys.readouterr().err
    broken = tmp_path / "broken.ttl"
    broken.write_text('<a> <b> "unterminated .\n', encoding="utf-8")
    for engine in ("rdflib", "oxigraph"):
        assert main(["query", str(broken), "ASK {}", "--engine", engine]) == 1
        err = capsys.readouterr().err
        assert str(broken) in err and "not valid" in err


def test_cli_without_query_is_a_usage_error(ttl, capsys):
    assert main(["query", str(ttl)]) == 2
    assert "no query" in capsys.readouterr().err
