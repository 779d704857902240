"""``kg serve``: the README's queries answered over HTTP by the SPARQL 1.1 Protocol, updates
refused, a runaway query stopped at the time limit."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from rdflib import Literal, URIRef

from kg.query import QueryResult

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
from test_readme import README, build_seeds, readme_examples  # noqa: E402


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("serve")
    build_seeds(out)
    return out


@pytest.fixture(scope="module")
def endpoint(built):
    proc = subprocess.Popen(
        [sys.executable, "-m", "kg", "serve", str(built), "--port", "0", "--query-timeout", "2"],
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    try:
        line = proc.stderr.readline()
        m = re.search(r"http://([\d.]+):(\d+)/sparql", line)
        assert m, line
        yield f"http://{m[1]}:{m[2]}/sparql", m[1]
    finally:
        proc.terminate()
        proc.wait(timeout=30)
        proc.stderr.close()


def post(url: str, data: dict[str, str] | str, accept: str = "application/sparql-results+json", ctype=None):
    body = urllib.parse.urlencode(data).encode() if isinstance(data, dict) else data.encode("utf-8")
    headers = {"Accept": accept, "Content-Type": ctype or "application/x-www-form-urlencoded"}
    req = urllib.request.Request(url, data=body, headers=headers, method="POST")
    try:
        with urllib.request.urlopen(req, timeout=60) as resp:
            return resp.status, resp.headers.get("Content-Type"), resp.read().decode("utf-8")
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers.get("Content-Type"), exc.read().decode("utf-8")


def from_json(text: str) -> QueryResult:
    """SPARQL 1.1 JSON results -> a QueryResult, to print the table ``kg query`` prints."""
    doc = json.loads(text)
    variables = doc["head"]["vars"]

    def term(b):
        if b is None:
            return None
        if b["type"] == "uri":
            return URIRef(b["value"])
        return Literal(b["value"], lang=b.get("xml:lang"), datatype=URIRef(b["datatype"]) if "datatype" in b else None)

    rows = [tuple(term(row.get(v)) for v in variables) for row in doc["results"]["bindings"]]
    return QueryResult("select", variables, rows)


def test_listens_on_loopback_by_default(endpoint):
    assert endpoint[1] == "127.0.0.1"


@pytest.mark.parametrize("index", range(len(readme_examples(README.read_text(encoding="utf-8")))))
def test_readme_queries_answer_over_http(endpoint, index):
    example = readme_examples(README.read_text(encoding="utf-8"))[index]
    status, ctype, body = post(endpoint[0], {"query": example["query"]})
    assert status == 200, body
    assert ctype.startswith("application/sparql-results+json")
    assert from_json(body).to_table() + "\n" == example["output"]


def test_get_and_sparql_query_post_and_csv(endpoint):
    q = 'SELECT ?c WHERE { ?c kg:lookup "廣靈縣" }'  # traditional characters find the county
    with urllib.request.urlopen(endpoint[0] + "?" + urllib.parse.urlencode({"query": q}), timeout=60) as resp:
        rows = json.loads(resp.read())["results"]["bindings"]
    assert len(rows) == 1
    status, ctype, body = post(endpoint[0], q, accept="text/csv", ctype="application/sparql-query")
    assert status == 200 and ctype.startswith("text/csv")
    assert body.splitlines()[1] == rows[0]["c"]["value"]
    status, ctype, body = post(endpoint[0], {"query": "CONSTRUCT { ?m ?p ?o } WHERE { ?m a kg:Meeting ; ?p ?o }"},
                               accept="text/turtle")  # fmt: skip
    assert status == 200 and ctype.startswith("text/turtle") and "Meeting" in body


def test_updates_are_refused(endpoint):
    url = endpoint[0]
    status, _, body = post(url, {"update": "DELETE WHERE { ?s ?p ?o }"})
    assert status == 403 and "read-only" in body
    status, _, body = post(url, "INSERT DATA { <urn:a> <urn:b> <urn:c> }", ctype="application/sparql-update")
    assert status == 403
    # ... and the graph is whole.
    status, _, body = post(url, {"query": "ASK { ?s <https://w3id.org/kg-news/ontology#chaired> ?m }"})
    assert json.loads(body)["boolean"] is True
    status, _, body = post(url, {"query": "INSERT DATA { <urn:a> <urn:b> <urn:c> }"})
    assert status == 400  # an update sent as a query does not parse as one


def test_a_runaway_query_is_stopped_at_the_time_limit(endpoint):
    q = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
    status, _, body = post(endpoint[0], {"query": q})
    assert status == 503 and "time limit" in body
    status, _, body = post(endpoint[0], {"query": "ASK { ?s ?p ?o }"})
    assert status == 200 and json.loads(body)["boolean"] is True  # still serving


def test_bad_query_and_missing_graph(endpoint, tmp_path):
    status, _, body = post(endpoint[0], {"query": "SELECT ?x WHERE { ?x"})
    assert status == 400 and "bad SPARQL" in body
    done = subprocess.run(
        [sys.executable, "-m", "kg", "serve", str(tmp_path / "none")], capture_output=True, text=True, cwd=ROOT
    )
    assert done.returncode == 1 and "no such file" in done.stderr


def test_serves_nquads_with_the_named_graphs_as_default_graph(built):
    from kg.cli import main
    from kg.serve import load_store, run_sparql

    assert main(["export", str(built), "--to", "nq.gz"]) == 0
    store = load_store(built / "graph.nq.gz")
    status, _, body = run_sparql(store, 'SELECT ?c WHERE { ?c kg:lookup "廣靈縣" }')
    assert status == 200 and len(json.loads(body)["results"]["bindings"]) == 1
    facts = "<https://w3id.org/kg-news/id/graph/facts>"
    status, _, body = run_sparql(store, f"ASK {{ GRAPH {facts} {{ ?f a kg:Assertion }} }}")
    assert json.loads(body)["boolean"] is False  # the assertions are in the provenance graph
