"""Learned pair scorers at run time: a logistic model per relation type, kept as data.

``[scored.TYPE]`` of the rule table (``ontology/patterns/rules.toml``) names a model file of
``ontology/models/`` (feature -> weight, intercept, threshold, the candidates it scores and
how it was trained; ``kg train`` writes it). When the file says ``enabled = true``,
:func:`apply_models` runs after the relation rules: every candidate pair of
:func:`kg.learn.pairs.candidate_pairs` gets the model's probability; a rule's fact is kept when
its pair reaches ``threshold``, with the probability as its confidence and its rule name as
before; a pair no rule proposed that reaches ``add_threshold`` is a new fact of the model's
``learned_rule``.
Scoring needs numpy only (training needs scikit-learn: :mod:`kg.learn.train_pairs`).

>>> m = PairModel("located_in", {"no_rule": -2.0, "trigger_between": 3.0}, 0.0, 0.5)
>>> [round(p, 3) for p in m.probabilities([{"no_rule": 1.0}, {"no_rule": 1.0, "trigger_between": 1.0}])]
[0.119, 0.731]
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from kg.learn.pairs import candidate_pairs
from kg.nlp.relations.view import ArticleView, RawRelation
from kg.patterns import data_file
from kg.resources import ontology_path


@dataclass(frozen=True)
class PairModel:
    """A logistic model over named features: P(pair holds) = 1 / (1 + exp(-(b + sum w·x)))."""

    relation: str
    weights: dict[str, float]
    intercept: float
    threshold: float
    candidates: tuple[str, ...] = ("sentence", "rules")
    learned_rule: str = "located_in_learned"
    enabled: bool = True
    training: dict[str, Any] = field(default_factory=dict)
    add: float = 0.5  # the threshold of a pair that no rule proposed

    def probabilities(self, rows: Sequence[dict[str, float]]) -> list[float]:
        """The model's probability for each feature dict (features it has no weight for count 0)."""
        if not rows:
            return []
        names = sorted(self.weights)
        w = np.array([self.weights[n] for n in names], dtype=np.float64)
        x = np.array([[row.get(n, 0.0) for n in names] for row in rows], dtype=np.float64)
        z = x @ w + self.intercept
        return [float(v) for v in 1.0 / (1.0 + np.exp(-z))]


def read_model(path: Path) -> PairModel:
    """A model file (TOML); a missing key or a non-number weight is an error naming the file."""
    try:
        data = data_file(path)
        weights = {str(k): float(v) for k, v in data["weights"].items()}
        return PairModel(
            relation=data["relation"],
            weights=weights,
            intercept=float(data["intercept"]),
            threshold=float(data["threshold"]),
            candidates=tuple(data.get("candidates", ("sentence", "rules"))),
            learned_rule=data.get("learned_rule", f"{data['relation']}_learned"),
            enabled=bool(data.get("enabled", True)),
            training=dict(data.get("training", {})),
            add=float(data.get("add_threshold", data["threshold"])),
        )
    except (OSError, KeyError, TypeError, ValueError) as e:
        raise ValueError(f"{path}: not a pair model file ({type(e).__name__}: {e})") from e


@lru_cache(maxsize=1)
def active_models() -> tuple[PairModel, ...]:
    """The enabled models that ``[scored]`` of the rule table names, in its order."""
    from kg.nlp.relations.table import rule_table

    out = []
    for rtype, decl in rule_table().get("scored", {}).items():
        model = read_model(ontology_path(*decl["model"].split("/")))
        if model.relation != rtype:
            raise ValueError(f"{decl['model']}: a model of {model.relation}, declared for {rtype}")
        if model.enabled:
            out.append(model)
    return tuple(out)


def apply_model(view: ArticleView, relations: list[RawRelation], model: PairModel) -> list[RawRelation]:
    """``relations`` with the facts of ``model.relation`` decided by the model (see the module)."""
    rtype = model.relation
    pairs = candidate_pairs(view, relations, rtype, model.candidates)
    probs = model.probabilities([p.features for p in pairs])
    score = {(p.head, p.tail): pr for p, pr in zip(pairs, probs, strict=True)}
    out: list[RawRelation] = []
    for r in relations:
        if r.type != rtype:
            out.append(r)
        elif "rules" in model.candidates and score.get((r.head, r.tail), 0.0) >= model.threshold:
            out.append(replace(r, confidence=round(score[(r.head, r.tail)], 3)))
    for p, pr in zip(pairs, probs, strict=True):
        if pr >= model.add and not p.rules:
            out.append(RawRelation(rtype, p.head, p.tail, None, p.sentence, model.learned_rule, round(pr, 3)))
    return out


def apply_models(view: ArticleView, relations: list[RawRelation]) -> list[RawRelation]:
    """The rules' facts after every enabled pair model (unchanged when none is enabled)."""
    for model in active_models():
        relations = apply_model(view, relations, model)
    return relations
