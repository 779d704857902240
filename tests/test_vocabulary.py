"""Every list that must agree with ``ontology/kg.ttl``, checked against it in one place.

The ontology is the reference: the JSONL type names of ``kg.model``, the SHACL shapes'
``sh:in`` lists, the qualifier words of the amount patterns and the HTML style's types are
each held equal to what ``kg.ttl`` declares, so a type added in one place and forgotten in
another fails here, naming the place.
"""

from __future__ import annotations

import tomllib

from rdflib import Graph
from rdflib.collection import Collection
from rdflib.namespace import ORG, SH

from kg.export import html as html_export
from kg.model import ENTITY_TYPES, RELATION_TYPES
from kg.namespaces import SHAPES_FILE, vocabulary
from kg.resources import ontology_path


def _shape_in_lists() -> list[set]:
    shapes = Graph().parse(SHAPES_FILE)
    return [set(Collection(shapes, node)) for node in shapes.objects(None, SH["in"])]


def test_model_types_are_the_ontologys():
    v = vocabulary()
    assert set(v.entity_classes) == set(ENTITY_TYPES), "kg.model.ENTITY_TYPES vs kg:jsonName of the classes"
    assert set(v.relation_predicates) == set(RELATION_TYPES), "kg.model.RELATION_TYPES vs kg:jsonName"
    assert v.relation_predicates["holds_position"] == ORG.holds


def test_shapes_allow_exactly_the_ontologys_predicates_and_qualifiers():
    v = vocabulary()
    lists = _shape_in_lists()
    assert set(v.relation_predicates.values()) in lists, "shapes.ttl: the sh:in of a fact's rdf:predicate"
    assert set(v.qualifiers.values()) in lists, "shapes.ttl: the sh:in of kg:qualifier"


def test_amount_patterns_name_the_ontologys_qualifiers():
    patterns = tomllib.loads(ontology_path("patterns", "relations.toml").read_text(encoding="utf-8"))
    words = {k for k, v in patterns["invested_amount"].items() if k in vocabulary().qualifiers or k == "exact"}
    # every qualifier but exact (no word) has its word list in relations.toml
    assert words == set(vocabulary().qualifiers) - {"exact"}, "relations.toml [invested_amount] qualifier lists"


def test_html_style_draws_every_type():
    style = html_export.load_style()
    assert set(ENTITY_TYPES) <= set(style["entity_types"]), "kg/templates/graph-style.json entity_types"
    assert set(RELATION_TYPES) <= set(style["relation_types"]), "kg/templates/graph-style.json relation_types"
    assert set(style["value_types"]) == {"AMOUNT", "POSITION"}
