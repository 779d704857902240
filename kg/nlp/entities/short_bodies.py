"""Two-character organisations the tagger reads that run into the noun after them: "政协|委员",
"中德|合资" modify the noun (no body of their own), but a level's party committee by its short form
stays the body there ("认真落实|省委|决策部署", "和|市委|部署要求", "落实|市委|项目|为王…机制"; the golds
name it: session 32, s32-orgrec, real-pages-15 g02 g06, -26 b12, -24 w03, -18 j05, 5 sites), unless
another tagged organisation follows it at once ("区委|区政府督查/ORG|室": one joint office's name,
real-pages-42 bd07). ``[tagger] level_committees``.
"""

from __future__ import annotations

from kg.nlp.entities.lexicon_data import lexicon
from kg.nlp.tagger_evidence import modifies_noun
from kg.nlp.words import Word


def runs_into_noun(words: list[Word], i: int) -> bool:
    """Whether the tagger's word ``i`` modifies the noun right after it (``modifies_noun``) and is no
    level committee before a word that is not itself an organisation.

    >>> from kg.nlp.words import words_of
    >>> runs_into_noun(words_of([("政协", "ORG"), ("委员", "n")]), 0)
    True
    >>> runs_into_noun(words_of([("省委", "ORG"), ("决策", "vn"), ("部署", "vn")]), 0)
    False
    >>> runs_into_noun(words_of([("区委", "ORG"), ("区政府督查", "ORG"), ("室", "n")]), 0)
    True
    """
    if not modifies_noun(words, i):
        return False
    levels = lexicon().patterns["tagger"]["level_committees"]
    return words[i].text not in levels or words[i + 1].tag == "ORG"
