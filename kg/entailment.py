"""RDFS entailment for ``kg query --entailment rdfs``: what the ontology entails, added to a graph.

``graph.ttl`` states the superclasses of every entity and the parent properties of the
relations (``org:memberOf``, ``schema:worksFor``, ``schema:attendee``); the rest of what
``ontology/kg.ttl`` entails (``kg:evidence`` -> ``prov:wasDerivedFrom``, ``kg:text`` ->
``prov:value``, ``kg:mentionedIn`` -> ``schema:mentions``, domains and ranges) is added here.
"""

from __future__ import annotations

from rdflib import Graph, Literal
from rdflib.namespace import RDF, XSD
from rdflib.term import Node

Triple = tuple[Node, Node, Node]


def entail_rdfs(g: Graph, ontology: Graph | None = None) -> Graph:
    """``g`` with what RDFS entails from the ontology, and the inverses it declares.

    Adds, to a fixpoint: the super-properties of every triple (``rdfs:subPropertyOf``, e.g.
    ``kg:evidence`` -> ``prov:wasDerivedFrom``), the inverse triple of an ``owl:inverseOf``
    property (``kg:mentionedIn`` -> ``schema:mentions``), the super-classes of every type,
    and the types that ``rdfs:domain`` / ``rdfs:range`` give. ``graph.ttl`` already states the
    super-classes and the parents of the relations; this is for the rest.

    >>> from rdflib import URIRef
    >>> from kg.namespaces import KG
    >>> g = Graph(); _ = g.add((URIRef("http://ex.org/f"), KG.evidence, URIRef("http://ex.org/e")))
    >>> from rdflib.namespace import PROV
    >>> (URIRef("http://ex.org/f"), PROV.wasDerivedFrom, URIRef("http://ex.org/e")) in entail_rdfs(g)
    True
    """
    from rdflib.namespace import OWL, RDFS

    from kg.namespaces import ONTOLOGY_FILE

    onto = ontology if ontology is not None else Graph().parse(ONTOLOGY_FILE, format="turtle")
    supers_p = {p: set(onto.transitive_objects(p, RDFS.subPropertyOf)) - {p} for p in onto.subjects(RDFS.subPropertyOf)}
    supers_c = {c: set(onto.transitive_objects(c, RDFS.subClassOf)) - {c} for c in onto.subjects(RDFS.subClassOf)}
    inverse: dict[Node, set[Node]] = {}
    for a, b in onto.subject_objects(OWL.inverseOf):
        inverse.setdefault(a, set()).add(b)
        inverse.setdefault(b, set()).add(a)
    domains = {p: set(onto.objects(p, RDFS.domain)) for p in onto.subjects(RDFS.domain)}
    ranges = {p: set(onto.objects(p, RDFS.range)) for p in onto.subjects(RDFS.range)}
    out = Graph()
    for prefix, ns in g.namespaces():
        out.bind(prefix, ns, override=True, replace=True)
    todo = list(g)
    seen: set[Triple] = set()
    while todo:
        t = todo.pop()
        if t in seen:
            continue
        seen.add(t)
        s, p, o = t
        new: list[Triple] = [(s, p2, o) for p2 in supers_p.get(p, ())]
        if not isinstance(o, Literal):
            new += [(o, p2, s) for p2 in inverse.get(p, ())]
            new += [(o, RDF.type, c) for c in ranges.get(p, ()) if not str(c).startswith(str(XSD))]
        new += [(s, RDF.type, c) for c in domains.get(p, ())]
        if p == RDF.type:
            new += [(s, RDF.type, c) for c in supers_c.get(o, ())]
        todo.extend(x for x in new if x not in seen)
    for t in seen:
        out.add(t)
    return out
