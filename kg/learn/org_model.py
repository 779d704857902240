"""The learned ORG tagger: a third model of the span tagger's kind (:mod:`kg.learn.spans`: the
same CRF, features and training), trained with ``kg train orgs`` on the ORG gold of the sets of
``ontology/training/sets.toml`` that annotate ORG, and used as ``[orgs]`` of
``ontology/patterns/spans.toml`` says (:func:`org_settings`; combined with the rule candidates
by :func:`kg.nlp.entities.learned.combine`).

Why a model: s37's audit of the false ORG found no rule shape for them (fragments, facilities,
ordinary words sharing a head word with true bodies); a model reading the characters around a
rule organisation may tell a body from a word that only ends like one.

>>> ORG_LABELS
('ORG',)
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kg.nlp.entities.learned import Settings

#: The types the organisation tagger learns (``kg train orgs``).
ORG_LABELS = ("ORG",)
#: The table of ``ontology/patterns/spans.toml`` that says how its spans meet the rules.
TABLE = "orgs"


@lru_cache(maxsize=1)
def org_settings() -> Settings:
    """The settings of the learned ORG source (``[orgs]``), read once."""
    from kg.nlp.entities.learned import read_settings

    return read_settings(TABLE)
