"""Namespaces and IRIs of the RDF graph: the one place where IRIs are minted.

Two namespaces are ours:

* ``KG`` (``https://w3id.org/kg-news/ontology#``): the vocabulary, defined in
  ``ontology/kg.ttl``.
* ``ID`` (``https://w3id.org/kg-news/id/``): the resources of a graph, one sub-namespace per
  kind: ``entity/``, ``fact/`` (assertions), ``ev/`` (evidence sentences), ``doc/``,
  ``post/``, ``amount/``, ``build/`` (the ``prov:Activity`` of a build), ``software/`` and
  ``graph/`` (the named graphs of ``graph.nq.gz``).

Resource IRIs are ASCII and depend only on the input: an id made of ASCII letters, digits,
``_``, ``-`` and ``.`` is used as it is (``ent:d001-e22``); any other id, and content such as
a post or an evidence sentence, is named by the SHA-1 of its UTF-8 text, so the same input
gives the same IRIs on every run and machine (never Python's ``hash()``, never a counter).

Example
-------
>>> entity_iri("d001-e22")
rdflib.term.URIRef('https://w3id.org/kg-news/id/entity/d001-e22')
>>> str(entity_iri("张强"))
'https://w3id.org/kg-news/id/entity/_h11ca558e102522d1d1bf'
>>> str(amount_iri(682000000, "CNY", "exact"))
'https://w3id.org/kg-news/id/amount/CNY-682000000-exact'
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from pathlib import Path

from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, ORG, OWL, PROV, RDF, RDFS, SDO, SKOS, XSD, DefinedNamespace

from kg.resources import ontology_dir

#: Directory of the ontology, the SHACL shapes and the other data files: the checkout's
#: ``ontology/`` or, in an installed wheel, the package's own copy (see kg.resources).
ONTOLOGY_DIR = ontology_dir()
ONTOLOGY_FILE = ONTOLOGY_DIR / "kg.ttl"
SHAPES_FILE = ONTOLOGY_DIR / "shapes.ttl"
#: The JSON-LD ``@context`` of ``graph.jsonld`` (published beside the ontology).
CONTEXT_FILE = ONTOLOGY_DIR / "context.jsonld"


class KG(DefinedNamespace):
    """The kg-news vocabulary; every term is declared in ``ontology/kg.ttl``."""

    _NS = Namespace("https://w3id.org/kg-news/ontology#")
    _fail = True

    # classes
    Person: URIRef
    Organization: URIRef
    GovernmentBody: URIRef
    Company: URIRef
    Place: URIRef
    AdministrativeArea: URIRef
    Province: URIRef
    City: URIRef
    County: URIRef
    DevelopmentZone: URIRef
    Project: URIRef
    Meeting: URIRef
    MonetaryAmount: URIRef
    Position: URIRef
    Document: URIRef
    Assertion: URIRef
    Evidence: URIRef
    AmountQualifier: URIRef
    AmountQualifiers: URIRef
    Exact: URIRef
    Approximate: URIRef
    AtLeast: URIRef
    Planned: URIRef
    # relations
    locatedIn: URIRef
    chaired: URIRef
    attended: URIRef
    investedAmount: URIRef
    investsIn: URIRef
    worksFor: URIRef
    # attributes and provenance
    lookup: URIRef
    adminCode: URIRef
    mentionedIn: URIRef
    qualifier: URIRef
    confidence: URIRef
    rule: URIRef
    inferred: URIRef
    asOf: URIRef
    evidence: URIRef
    text: URIRef
    start: URIRef
    end: URIRef
    path: URIRef
    sha256: URIRef
    charCount: URIRef
    source: URIRef
    # annotations read by the exporter
    jsonName: URIRef
    labelSuffix: URIRef


ID = Namespace("https://w3id.org/kg-news/id/")
ENT = Namespace(ID["entity/"])
FACT = Namespace(ID["fact/"])
EV = Namespace(ID["ev/"])
DOC = Namespace(ID["doc/"])
POST = Namespace(ID["post/"])
AMOUNT = Namespace(ID["amount/"])
BUILD = Namespace(ID["build/"])
SOFTWARE = Namespace(ID["software/"])
#: Named graphs of ``graph.nq.gz``: the facts (entities, their attributes and relations,
#: amounts and posts), their provenance (assertions, evidence) and the documents (with the
#: build activity), so that a store can load the facts alone.
GRAPH = Namespace(ID["graph/"])
FACTS_GRAPH = GRAPH["facts"]
PROVENANCE_GRAPH = GRAPH["provenance"]
DOCUMENTS_GRAPH = GRAPH["documents"]
SCHEMA = SDO

#: Prefixes written in graph.ttl and predeclared for ``kg query`` (prefix -> namespace).
PREFIXES: Mapping[str, Namespace] = {
    "kg": Namespace(str(KG._NS)),
    "ent": ENT,
    "fact": FACT,
    "ev": EV,
    "doc": DOC,
    "post": POST,
    "amount": AMOUNT,
    "build": BUILD,
    "software": SOFTWARE,
    "rdf": Namespace(str(RDF._NS)),
    "rdfs": Namespace(str(RDFS._NS)),
    "owl": Namespace(str(OWL._NS)),
    "xsd": Namespace(str(XSD._NS)),
    "skos": Namespace(str(SKOS._NS)),
    "schema": Namespace(str(SDO._NS)),
    "org": Namespace(str(ORG._NS)),
    "prov": Namespace(str(PROV._NS)),
    "dcterms": Namespace(str(DCTERMS._NS)),
}

# Local names that are kept as they are: ASCII, valid unescaped in a Turtle prefixed name
# and in a SPARQL one (no trailing dot), and never starting with "_" (hashed names do).
_SAFE = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9_.-]*[A-Za-z0-9_-])?")
_MAX_SAFE = 100


def content_hash(*parts: object, length: int = 20) -> str:
    """Hex SHA-1 of ``parts`` as canonical JSON: stable across runs, machines and Pythons.

    >>> content_hash("市长", "d001-o22")
    'cd0cf731f2316fb72569'
    """
    payload = json.dumps(parts, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha1(payload.encode("utf-8")).hexdigest()[:length]


def local_name(raw: str) -> str:
    """The ASCII local name for an id: the id itself when safe, else ``_h`` + its hash.

    >>> local_name("001_dda893dc9e605152.txt")
    '001_dda893dc9e605152.txt'
    >>> local_name("大同日报.txt")
    '_hc275a0e9dc64e1813d19'
    """
    if len(raw) <= _MAX_SAFE and _SAFE.fullmatch(raw):
        return raw
    return "_h" + hashlib.sha1(raw.encode("utf-8")).hexdigest()[:20]


# Entity and document IRIs are minted again for every mention, fact and evidence that names
# them (rdflib checks each IRI character by character); the same id gives the same IRI.
@lru_cache(maxsize=65536)
def entity_iri(entity_id: str) -> URIRef:
    """IRI of an entity (person, organisation, place, project, meeting).

    >>> entity_iri("d001-e22").n3()
    '<https://w3id.org/kg-news/id/entity/d001-e22>'
    """
    return ENT[local_name(entity_id)]


def fact_iri(relation_id: str) -> URIRef:
    """IRI of the assertion node of a relation (``fact:<relation id>``).

    >>> str(fact_iri("d001-r41"))
    'https://w3id.org/kg-news/id/fact/d001-r41'
    """
    return FACT[local_name(relation_id)]


@lru_cache(maxsize=65536)
def document_iri(doc_id: str) -> URIRef:
    """IRI of a source document.

    >>> str(document_iri("001_dda893dc9e605152.txt"))
    'https://w3id.org/kg-news/id/doc/001_dda893dc9e605152.txt'
    """
    return DOC[local_name(doc_id)]


def evidence_iri(doc_id: str, start: int, end: int, text: str) -> URIRef:
    """IRI of an evidence sentence: a hash of where it is and what it says.

    Facts read from the same sentence share the node.

    >>> str(evidence_iri("a.txt", 0, 2, "张强"))
    'https://w3id.org/kg-news/id/ev/849ff5a416294f04dc4e'
    """
    return EV[content_hash(doc_id, start, end, text)]


def post_iri(position: str, org_id: str | None, holder_id: str | None = None) -> URIRef:
    """IRI of an ``org:Post``: one per (title, organisation), shared by its holders.

    When the text names no organisation, ``holder_id`` keeps the post to that holder: two
    people called 市长 in different articles do not hold one post.

    >>> str(post_iri("市长", "d001-o22"))
    'https://w3id.org/kg-news/id/post/cd0cf731f2316fb72569'
    >>> post_iri("市长", None, "d001-p5") == post_iri("市长", None, "d003-p10")
    False
    """
    return POST[content_hash(position, org_id) if org_id else content_hash(position, None, holder_id)]


def amount_lexical(amount: int | float | str | Decimal) -> str:
    """The canonical number of an amount: an integer when whole, else a plain decimal.

    >>> amount_lexical(682000000.0), amount_lexical("1.5e3"), amount_lexical(0.25)
    ('682000000', '1500', '0.25')
    """
    d = Decimal(str(amount))
    if not d.is_finite():
        raise ValueError(f"amount {amount!r} is not a finite number")
    if d == d.to_integral_value():
        return str(int(d))
    return format(d.normalize(), "f")


def amount_iri(amount: int | float | str | Decimal, currency: str, qualifier: str) -> URIRef:
    """IRI of a monetary amount, readable when it can be: ``amount:CNY-682000000-exact``.

    >>> str(amount_iri(1e9, "CNY", "approx"))
    'https://w3id.org/kg-news/id/amount/CNY-1000000000-approx'
    """
    return AMOUNT[local_name(f"{currency}-{amount_lexical(amount)}-{qualifier}")]


def amount_literal(amount: int | float | str | Decimal) -> Literal:
    """The number of an amount as ``xsd:integer`` when whole, else ``xsd:decimal``.

    >>> amount_literal(682000000).n3()
    '"682000000"^^<http://www.w3.org/2001/XMLSchema#integer>'
    """
    lexical = amount_lexical(amount)
    return Literal(lexical, datatype=XSD.decimal if "." in lexical else XSD.integer)


def build_iri(version: str, documents: Mapping[str, Mapping[str, object]]) -> URIRef:
    """IRI of the ``prov:Activity`` of a build: a hash of kg's version and of the inputs.

    The inputs are the documents' ids and SHA-256, so building the same files with the same
    kg gives the same IRI (and the same bytes); a changed file gives another build.

    >>> str(build_iri("0.1.0", {"a.txt": {"sha256": "00"}}))
    'https://w3id.org/kg-news/id/build/37a42bbc7f114b8fb8a5'
    """
    inputs = sorted((doc, str(info.get("sha256") or "")) for doc, info in documents.items())
    return BUILD[content_hash("kg", version, inputs)]


def software_iri(version: str) -> URIRef:
    """IRI of kg itself at one version (the ``prov:SoftwareAgent`` of a build).

    >>> str(software_iri("0.1.0"))
    'https://w3id.org/kg-news/id/software/kg-0.1.0'
    """
    return SOFTWARE[local_name(f"kg-{version}")]


def lookup_form(name: str) -> str:
    """The form of a name in ``kg:lookup``: NFKC, simplified characters, no outer spaces.

    >>> lookup_form("廣靈縣"), lookup_form(" 张强 "), lookup_form("ＡＢＣ公司")
    ('广灵县', '张强', 'ABC公司')
    """
    import unicodedata

    from kg.normalize import to_simplified

    return to_simplified(unicodedata.normalize("NFKC", name)).strip()


# --- the vocabulary as the exporter needs it, read from ontology/kg.ttl ---------------------


@dataclass(frozen=True)
class Vocabulary:
    """Mappings from JSONL names to ontology terms, and the class hierarchy to materialise."""

    entity_classes: Mapping[str, URIRef]
    relation_predicates: Mapping[str, URIRef]
    kind_classes: Mapping[str, URIRef]
    admin_level_classes: Mapping[str, URIRef]
    qualifiers: Mapping[str, URIRef]
    #: class -> the class and all its superclasses declared in the ontology, sorted.
    superclasses: Mapping[URIRef, tuple[URIRef, ...]]
    #: (suffix, class), longest suffix first.
    label_suffixes: tuple[tuple[str, URIRef], ...]
    #: relation predicate -> the properties a triple of it entails and the exporter writes
    #: too: ``(property, inverse?)``, from rdfs:subPropertyOf (transitive) and owl:inverseOf.
    entailed_properties: Mapping[URIRef, tuple[tuple[URIRef, bool], ...]] = field(default_factory=dict)

    def types_of(self, cls: URIRef) -> tuple[URIRef, ...]:
        """``cls`` and every superclass of it, to write as ``rdf:type`` triples."""
        return self.superclasses.get(cls, (cls,))

    def class_by_suffix(self, label: str) -> URIRef | None:
        """The class that the label's suffix indicates (``…有限公司`` -> ``kg:Company``)."""
        for suffix, cls in self.label_suffixes:
            if label.endswith(suffix) and len(label) > len(suffix):
                return cls
        return None


@lru_cache(maxsize=1)
def vocabulary(path: Path = ONTOLOGY_FILE) -> Vocabulary:
    """Read the JSONL-name mappings (``kg:jsonName``) and the class hierarchy from the ontology.

    >>> vocabulary().relation_predicates["chaired"] == KG.chaired
    True
    >>> KG.Place in vocabulary().types_of(KG.County)
    True
    >>> [str(p) for p, inverse in vocabulary().entailed_properties[KG.attended]]
    ['https://schema.org/attendee']
    """
    if not path.exists():
        raise FileNotFoundError(f"{path}: ontology file missing")
    g = Graph().parse(path, format="turtle")
    entity_classes: dict[str, URIRef] = {}
    predicates: dict[str, URIRef] = {}
    kinds: dict[str, URIRef] = {}
    levels: dict[str, URIRef] = {}
    qualifiers: dict[str, URIRef] = {}
    for term, name in g.subject_objects(KG.jsonName):
        name = str(name)
        if (term, RDF.type, KG.AmountQualifier) in g:
            qualifiers[name] = term
        elif name.isupper():  # entity types are upper case in entities.jsonl (PERSON, ORG)
            entity_classes[name] = term
        elif (term, RDF.type, OWL.Class) not in g:
            predicates[name] = term
        elif KG.AdministrativeArea in set(g.transitive_objects(term, RDFS.subClassOf)) - {term}:
            levels[name] = term
        else:
            kinds[name] = term
    supers: dict[URIRef, tuple[URIRef, ...]] = {}
    for cls in g.subjects(RDF.type, OWL.Class):
        chain = set(g.transitive_objects(cls, RDFS.subClassOf))
        supers[cls] = tuple(sorted(chain))
    suffixes = sorted(((str(s), cls) for cls, s in g.subject_objects(KG.labelSuffix)), key=lambda x: (-len(x[0]), x))
    entailed: dict[URIRef, tuple[tuple[URIRef, bool], ...]] = {}
    for pred in predicates.values():
        parents = {(p, False) for p in g.transitive_objects(pred, RDFS.subPropertyOf) if p != pred}
        parents |= {(inv, True) for inv in g.objects(pred, OWL.inverseOf)}
        if parents:
            entailed[pred] = tuple(sorted(parents))
    return Vocabulary(entity_classes, predicates, kinds, levels, qualifiers, supers, tuple(suffixes), entailed)


#: The named graphs of a sharded output (``kg build --sharded``): what is asserted, how it
#: was found (assertion nodes, evidence), and the source documents.
NAMED_GRAPHS: tuple[str, ...] = ("facts", "provenance", "documents")
GRAPH = Namespace(ID["graph/"])


def graph_iri(name: str) -> URIRef:
    """IRI of one of the :data:`NAMED_GRAPHS`.

    >>> str(graph_iri("facts"))
    'https://w3id.org/kg-news/id/graph/facts'
    """
    if name not in NAMED_GRAPHS:
        raise ValueError(f"no named graph {name!r} (known: {', '.join(NAMED_GRAPHS)})")
    return GRAPH[name]
