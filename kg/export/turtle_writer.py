"""The deterministic Turtle writer of ``graph.ttl`` (and of ``kg query``'s CONSTRUCT output).

rdflib's serialiser does not promise a stable order; this one sorts subjects, predicates and
objects, so the same triples always give the same bytes, and it writes 10^5 triples in about
a second.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from rdflib import BNode, Literal, Namespace, URIRef
from rdflib.namespace import RDF, RDFS, XSD  # noqa: F401  (RDFS: used by the doctests)
from rdflib.term import Node

from kg.namespaces import PREFIXES

Triple = tuple[Node, Node, Node]

# A local name that needs no escaping in a Turtle (and SPARQL) prefixed name, ASCII only.
_PN_LOCAL = re.compile(r"(?:[A-Za-z0-9_](?:[A-Za-z0-9_.-]*[A-Za-z0-9_-])?)?")
_INTEGER = re.compile(r"[+-]?[0-9]+")
_DECIMAL = re.compile(r"[+-]?[0-9]*\.[0-9]+")
_STRING_ESCAPES = {ord("\\"): "\\\\", ord('"'): '\\"', ord("\n"): "\\n", ord("\r"): "\\r", ord("\t"): "\\t"}
_STRING_ESCAPES.update({c: f"\\u{c:04X}" for c in (*range(0x20), 0x7F) if c not in _STRING_ESCAPES})
# Looked up once: attribute access on rdflib's DefinedNamespace is slow in a hot loop.
_XSD_STRING, _XSD_INTEGER, _XSD_DECIMAL, _XSD_BOOLEAN = XSD.string, XSD.integer, XSD.decimal, XSD.boolean
_IRI_ESCAPES = {c: f"\\u{c:04X}" for c in (*range(0x21), *map(ord, '<>"{}|^`\\'))}


class _Writer:
    """Turns rdflib terms into Turtle text, remembering the text of each IRI."""

    def __init__(self, prefixes: Mapping[str, Namespace]):
        # Longest namespace first, so ent: wins over a shorter namespace that also matches.
        self.namespaces = sorted(((str(ns), p) for p, ns in prefixes.items()), key=lambda x: -len(x[0]))
        self.cache: dict[str, str] = {str(RDF.type): "a"}

    def iri(self, iri: str) -> str:
        text = self.cache.get(iri)
        if text is None:
            text = "<" + iri.translate(_IRI_ESCAPES) + ">"
            for ns, prefix in self.namespaces:
                if iri.startswith(ns) and _PN_LOCAL.fullmatch(iri, len(ns)):
                    text = f"{prefix}:{iri[len(ns) :]}"
                    break
            self.cache[iri] = text
        return text

    def term(self, t: Node) -> str:
        if isinstance(t, URIRef):
            return self.iri(str(t))
        if isinstance(t, BNode):
            return f"_:{t}"
        if isinstance(t, Literal):
            lexical = str(t)
            if t.language:
                return f'"{lexical.translate(_STRING_ESCAPES)}"@{t.language}'
            dtype = t.datatype
            if dtype is None or dtype == _XSD_STRING:
                return f'"{lexical.translate(_STRING_ESCAPES)}"'
            if (
                (dtype == _XSD_INTEGER and _INTEGER.fullmatch(lexical))
                or (dtype == _XSD_DECIMAL and _DECIMAL.fullmatch(lexical))
                or (dtype == _XSD_BOOLEAN and lexical in ("true", "false"))
            ):
                return lexical
            return f'"{lexical.translate(_STRING_ESCAPES)}"^^{self.iri(str(dtype))}'
        raise TypeError(f"cannot write {t!r} as Turtle")


def _natural(text: str) -> tuple:
    # d000-e2 before d000-e10; the text itself breaks ties (d01 vs d1).
    parts = re.split(r"(\d+)", text)
    return (tuple(int(p) if i % 2 else p for i, p in enumerate(parts)), text)


# Types and names first; on assertions, the triple they are about before its provenance.
_PREDICATE_RANK = {
    p: i for i, p in enumerate(("a", "rdfs:label", "skos:altLabel", "rdf:subject", "rdf:predicate", "rdf:object"))
}


def serialize_turtle(triples: Iterable[Triple], prefixes: Mapping[str, Namespace] = PREFIXES) -> str:
    """Turtle text for ``triples``, sorted: the same triples always give the same text.

    Subjects in natural order of their IRI, ``a`` then ``rdfs:label`` then the other
    predicates by name, objects by their text. Literals keep their language tag and
    datatype; non-ASCII text is written as UTF-8.

    >>> from rdflib import Literal, URIRef
    >>> print(serialize_turtle([(URIRef("http://ex.org/s"), RDFS.label, Literal("张强", lang="zh"))],
    ...                        {"rdfs": Namespace(str(RDFS))}), end="")
    @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
    <BLANKLINE>
    <http://ex.org/s> rdfs:label "张强"@zh .
    """
    w = _Writer(prefixes)
    by_subject: dict[str, dict[str, set[str]]] = {}
    for s, p, o in triples:
        by_subject.setdefault(w.term(s), {}).setdefault(w.term(p), set()).add(w.term(o))
    lines = [f"@prefix {p}: <{ns}> ." for p, ns in sorted(prefixes.items())]
    for subject in sorted(by_subject, key=_natural):
        preds = by_subject[subject]
        body = " ;\n    ".join(
            f"{p} {', '.join(sorted(preds[p]))}" for p in sorted(preds, key=lambda p: (_PREDICATE_RANK.get(p, 9), p))
        )
        lines.append(f"\n{subject} {body} .")
    return "\n".join(lines) + "\n"
