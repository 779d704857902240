"""Training a pair scorer (``kg train located-in``): candidates of kg's own analysis of the
gold pages, labelled by the gold, weighed by a logistic regression (scikit-learn, the
``train`` extra), written as a model file that kg reads with numpy (:mod:`kg.learn.pair_model`).

A candidate pair is labelled true when its head mention and its tail mention carry a name of
the head and the tail of one gold fact, names compared the way ``../shared/gold/score.py``
compares them (its ``norm``: NFKC, simplified, spaces and quotes ignored); a pair that only an
optional gold fact names is left out. Only sets whose gold covers the relation completely
(``relations`` of ``ontology/training/sets.toml``) give examples.

>>> label({"大同市"}, {"灵丘县"}, [({"大同市"}, {"灵丘县", "灵丘"}, False)])
1
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kg.learn.gold import GoldPage, name_key, read_pages, training_sets
from kg.learn.pair_model import PairModel
from kg.learn.pairs import candidate_pairs

#: Features that say what the rules did: left out of a model that scores without the rules.
RULE_FEATURES = ("rule:", "rule_confidence", "rules_agreeing", "no_rule", "other_sentence")
#: Thresholds tried on the out-of-fold probabilities (the one with the best F1 is kept).
THRESHOLDS = tuple(round(0.05 * i, 2) for i in range(2, 20))
#: An add threshold no probability reaches: the model adds no pair.
NEVER = 1.01


@dataclass(frozen=True)
class Example:
    """One candidate pair of one gold page: its features and its label (1 true, 0 false)."""

    set: str
    doc: str
    features: dict[str, float]
    label: int
    names: tuple[str, str] = ("", "")  # the head's and the tail's text, to read the examples


def label(head: set[str], tail: set[str], gold: Sequence[tuple[set[str], set[str], bool]]) -> int | None:
    """1 when a non-optional gold fact joins a name of ``head`` to a name of ``tail``, None when
    only an optional one does, else 0 (names compared as score.py compares them)."""
    found = [opt for gh, gt, opt in gold if head & gh and tail & gt]
    if not found:
        return 0
    return 1 if not all(found) else None


def _gold_pairs(page: GoldPage, rtype: str) -> list[tuple[set[str], set[str], bool]]:
    ents = {e["id"]: e for e in page.entities}
    names = {i: {name_key(n) for n in [e["name"], *e.get("aliases", [])]} - {""} for i, e in ents.items()}
    out = []
    for r in page.relations:
        if r["type"] == rtype and r.get("tail") in names and r.get("head") in names:
            opt = bool(r.get("optional")) or any(ents[r[k]].get("optional") for k in ("head", "tail"))
            out.append((names[r["head"]], names[r["tail"]], opt))
    return out


def page_examples(nlp: Any, page: GoldPage, rtype: str, sources: tuple[str, ...]) -> list[Example]:
    """The labelled candidates of one page, as ``kg build`` analyses it (same context, home city)."""
    from kg.ingest import segment_document
    from kg.nlp.document import document_setting
    from kg.nlp.pipeline import analyse_article

    _, context, home = document_setting(page.text)
    gold = _gold_pairs(page, rtype)
    out = []
    for art in segment_document(page.doc, page.text):
        sdoc = analyse_article(nlp, art, context, home)
        view = sdoc.user_data["kg_view"]
        for p in candidate_pairs(view, sdoc.user_data["kg_rule_relations"], rtype, sources):
            names = [
                {name_key(view.text(i)), name_key(view.mentions[i].attrs.get("admin_name") or "")} - {""}
                for i in (p.head, p.tail)
            ]
            y = label(names[0], names[1], gold)
            if y is not None:
                out.append(Example(page.set, page.doc, p.features, y, (view.text(p.head), view.text(p.tail))))
    return out


def collect(
    rtype: str, set_names: Iterable[str] | None = None, sources: tuple[str, ...] = ("sentence", "rules")
) -> list[Example]:
    """The examples of every page of the training sets that cover ``rtype`` (or of ``set_names``)."""
    from kg.nlp.pipeline import make_pipeline

    wanted = set(set_names) if set_names is not None else None
    sets = [s for s in training_sets() if rtype in s.relations and (wanted is None or s.name in wanted)]
    nlp = make_pipeline()
    return [ex for page in read_pages(sets) for ex in page_examples(nlp, page, rtype, sources)]


def _matrix(examples: Sequence[Example], names: Sequence[str]) -> Any:
    import numpy as np

    return np.array([[ex.features.get(n, 0.0) for n in names] for ex in examples], dtype=np.float64)


def _best_thresholds(examples: Sequence[Example], probs: Sequence[float]) -> tuple[float, float]:
    """The thresholds (keep a rule's fact, add a pair no rule proposed) with the best F1 over
    the facts of the examples (the pairs of one document that join the same two names count
    once, as score.py counts entities' facts; a fact is found when one of its pairs is).
    Ties go to the higher thresholds. ``NEVER`` as the second adds nothing."""
    keys = [(ex.set, ex.doc, name_key(ex.names[0]), name_key(ex.names[1])) for ex in examples]
    ruled = ["no_rule" not in ex.features for ex in examples]
    truth: dict[tuple, int] = {}
    for k, ex in zip(keys, examples, strict=True):
        truth[k] = max(truth.get(k, 0), ex.label)
    positives = sum(truth.values())

    def f1(keep: float, add: float) -> float:
        found = {k for k, r, p in zip(keys, ruled, probs, strict=True) if p >= (keep if r else add)}
        tp = sum(truth[k] for k in found)
        return 2 * tp / (len(found) + positives) if tp else 0.0

    grid = [(keep, add) for keep in (0.0, *THRESHOLDS) for add in (*THRESHOLDS, NEVER)]
    return max(grid, key=lambda t: (round(f1(*t), 6), t))


def fit(
    examples: Sequence[Example],
    rtype: str,
    rule_features: bool = True,
    sources: tuple[str, ...] = ("sentence", "rules"),
    keep: float | None = None,
    add: float | None = None,
) -> PairModel:
    """A logistic model of ``examples``; its thresholds from out-of-fold probabilities (pages
    grouped, five folds), so that they are not tuned on the pages it was fitted on, unless
    given: ``keep`` (a rule's pair) and ``add`` (a pair no rule proposed; ``NEVER``: none),
    as chosen by leave-one-set-out builds (benchmarks/relation_model_cv.py)."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import GroupKFold

    names = sorted({n for ex in examples for n in ex.features if rule_features or not n.startswith(RULE_FEATURES)})
    x, y = _matrix(examples, names), [ex.label for ex in examples]
    groups = [f"{ex.set}/{ex.doc}" for ex in examples]
    if len(set(y)) < 2:
        raise ValueError(f"training {rtype}: the examples have one label only ({len(y)} examples)")

    def model() -> LogisticRegression:
        return LogisticRegression(C=1.0, max_iter=5000)

    oof = [0.0] * len(y)
    folds = min(5, len(set(groups))) if keep is None or add is None else 0
    if folds >= 2:
        for train, test in GroupKFold(n_splits=folds).split(x, y, groups):
            if len({y[i] for i in train}) < 2:
                continue
            m = model().fit(x[train], [y[i] for i in train])
            for i, p in zip(test, m.predict_proba(x[test])[:, 1], strict=True):
                oof[i] = float(p)
    chosen = _best_thresholds(examples, oof) if folds >= 2 else (0.5, 0.5)
    keep = chosen[0] if keep is None else keep
    add = chosen[1] if add is None else add
    final = model().fit(x, y)
    weights = {n: round(float(w), 6) for n, w in zip(names, final.coef_[0], strict=True) if round(float(w), 6)}
    return PairModel(rtype, weights, round(float(final.intercept_[0]), 6), keep, sources, f"{rtype}_learned", add=add)


def train(
    rtype: str,
    set_names: Iterable[str] | None = None,
    rule_features: bool = True,
    date: str | None = None,
    keep: float | None = None,
    add: float | None = None,
) -> PairModel:
    """Collect, fit and describe a model of ``rtype`` (its ``training`` manifest); ``keep``
    and ``add``: fixed thresholds (see :func:`fit`)."""
    sources = ("sentence", "rules") if rule_features else ("sentence",)
    examples = collect(rtype, set_names, sources)
    model = fit(examples, rtype, rule_features, sources, keep, add)
    wanted = set(set_names) if set_names is not None else None
    covering = [s for s in training_sets() if rtype in s.relations and (wanted is None or s.name in wanted)]
    pages = Counter(page.set for page in read_pages(covering))
    manifest = {
        "date": date or dt.date.today().isoformat(),
        "sets": sorted(pages),
        "pages": dict(sorted(pages.items())),
        "pairs": len(examples),
        "true_pairs": sum(ex.label for ex in examples),
        "rule_features": rule_features,
        "thresholds": "given" if keep is not None and add is not None else "out-of-fold",
    }
    return PairModel(
        model.relation,
        model.weights,
        model.intercept,
        model.threshold,
        sources,
        model.learned_rule,
        True,
        manifest,
        model.add,
    )


def _toml(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_toml(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{ " + ", ".join(f"{json.dumps(k, ensure_ascii=False)} = {_toml(v)}" for k, v in value.items()) + " }"
    raise TypeError(f"cannot write a {type(value).__name__} to TOML")


def model_toml(model: PairModel, enabled: bool = True) -> str:
    """The model file's text: the same model gives the same bytes."""
    lines = [
        f"# A learned scorer of {model.relation} candidates, written by `kg train` (kg/learn/train_pairs.py).",
        "# P(pair holds) = 1 / (1 + exp(-(intercept + sum of weight * feature))); a pair holds when",
        "# P >= threshold (a rule's pair) or P >= add_threshold (a pair no rule proposed; above 1: none),",
        "# and P is the fact's confidence. Features: kg/learn/pairs.py. Edit `enabled`",
        "# to switch the scorer off (the rules' facts are then kept as they are).",
        f"relation = {_toml(model.relation)}",
        f"enabled = {_toml(enabled)}",
        f"candidates = {_toml(list(model.candidates))}",
        f"learned_rule = {_toml(model.learned_rule)}",
        f"threshold = {_toml(model.threshold)}",
        f"add_threshold = {_toml(model.add)}",
        f"intercept = {_toml(model.intercept)}",
        "",
        "[weights]",
    ]
    lines += [f"{json.dumps(n, ensure_ascii=False)} = {_toml(w)}" for n, w in sorted(model.weights.items())]
    lines += ["", "[training]"]
    lines += [f"{k} = {_toml(v)}" for k, v in model.training.items()]
    return "\n".join(lines) + "\n"


def train_command(args: Any) -> int:
    """``kg train RELATION --out FILE``: train and write the model file."""
    import sys

    rtype = args.relation.replace("-", "_")
    sets = args.sets.split(",") if args.sets else None
    add = NEVER if args.keep_only else args.add_threshold
    model = train(rtype, sets, not args.no_rule_features, args.date, args.threshold, add)
    out: Path = args.out
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(model_toml(model, enabled=not args.disabled), encoding="utf-8")
    m = model.training
    print(
        f"kg train: {rtype}: {m['pairs']} pairs ({m['true_pairs']} true) from {sum(m['pages'].values())} pages "
        f"of {', '.join(m['sets'])}; thresholds {model.threshold} (keep) {model.add} (add); wrote {out}",
        file=sys.stderr,
    )
    return 0
