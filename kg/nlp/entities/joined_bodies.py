"""Two organisations joined by a conjunction in one tagged word or one name: "某县人民政府与|某某
有限公司" (a signing), "某某集团和|某某有限公司". The first ends in an organisation's suffix, the
second is a name of four or more characters that ends in one too; a conjunction inside one
body's name ("市文化和旅游局") follows no suffix and is left alone.

The conjunctions are ``org.joining_conjunctions`` of ``ontology/patterns/entities.toml``.
"""

from __future__ import annotations

from kg.nlp.entities.lexicon_data import lexicon


def joined_bodies(name: str) -> tuple[int, int] | None:
    """Where the first body ends and the second starts, if ``name`` is two bodies joined.

    >>> joined_bodies("某县人民政府与某某建设集团有限公司")
    (6, 7)
    >>> joined_bodies("市文化和旅游局") is None, joined_bodies("某某有限公司") is None
    (True, True)
    """
    lex = lexicon()
    conjunctions = lex.patterns["org"]["joining_conjunctions"]
    for k in range(2, len(name) - 4):
        conj = next((c for c in conjunctions if name.startswith(c, k)), None)
        ends_body = name[:k].endswith(lex.org_suffixes) and name.endswith(lex.org_suffixes)
        if conj and ends_body and len(name) - k - len(conj) >= 4:
            return k, k + len(conj)
    return None


def trailing_conjunction(w: str) -> int:
    """How many characters of a conjunction the tagger ran onto an organisation's name
    ("某县人民政府与/ORG"), or 0.

    >>> trailing_conjunction("某县人民政府与"), trailing_conjunction("某某有限公司")
    (1, 0)
    """
    lex = lexicon()
    conj = next((c for c in lex.patterns["org"]["joining_conjunctions"] if w.endswith(c)), None)
    if conj and w[: -len(conj)].endswith(lex.org_suffixes):
        return len(conj)
    return 0
