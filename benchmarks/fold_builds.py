"""What the leave-one-set-out benchmarks (span_model_cv.py, place_model_cv.py,
relation_model_cv.py) share: a copy of ontology/ with one tagger's settings and model, a
build of a held set with another ontology directory (``KG_ONTOLOGY_DIR``, so a fold's model
and settings apply), scored by ``../shared/gold/score.py`` (``KG_SHARED_DIR`` when
``../shared`` is not beside the checkout).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCORE = Path(os.environ.get("KG_SHARED_DIR", ROOT.parent / "shared")) / "gold" / "score.py"


def ontology_with(where: Path, table: str, model: Path | None, model_file: str, **settings: object) -> Path:
    """A copy of ontology/ in ``where`` whose ``[table]`` of ``patterns/spans.toml`` has the
    values ``settings`` (TOML text) and ``enabled`` as ``model`` says (``None``: that tagger
    off), and whose ``models/<model_file>`` (and its manifest) is ``model``; the file's other
    tables as they are (``[learned]`` and ``[places]`` share key names).

    >>> import tempfile
    >>> onto = ontology_with(Path(tempfile.mkdtemp()) / "o", "places", None, "places.crfsuite")
    >>> import tomllib
    >>> t = tomllib.loads((onto / "patterns" / "spans.toml").read_text(encoding="utf-8"))
    >>> t["places"]["enabled"], t["learned"]["enabled"]
    (False, True)
    """
    from kg.resources import ontology_dir

    if where.exists():
        shutil.rmtree(where)
    shutil.copytree(ontology_dir(), where)
    conf = where / "patterns" / "spans.toml"
    text = conf.read_text(encoding="utf-8")
    start = text.index(f"[{table}]\n")
    end = text.find("\n[", start + 1)
    end = len(text) if end < 0 else end + 1
    body = text[start:end]
    values = {"enabled": "true" if model else "false", **{k: str(v) for k, v in settings.items()}}
    for key, value in values.items():
        body = re.sub(rf"^{key} = .*$", f"{key} = {value}", body, flags=re.M)
    conf.write_text(text[:start] + body + text[end:], encoding="utf-8")
    if model:
        for suffix in ("", ".json"):
            shutil.copy(model.with_name(model.name + suffix), where / "models" / (model_file + suffix))
    return where


def parse_variants(given: list[str]) -> dict[str, dict[str, str]]:
    """The ways of combining named on the command line (``--variant NAME:KEY=VALUE;...``; each
    value TOML, read by :func:`ontology_with`).

    >>> parse_variants(["veto@0.9:veto_confidence=0.9;min_confidence=1.01"])
    {'veto@0.9': {'veto_confidence': '0.9', 'min_confidence': '1.01'}}
    """
    variants = {}
    for v in given:
        name, _, rest = v.partition(":")
        variants[name] = dict(kv.split("=", 1) for kv in rest.split(";") if kv)
    return variants


def score(gold: Path, out: Path) -> dict:
    """score.py's report (``--json``) of the build in ``out`` against ``gold``."""
    res = subprocess.run([sys.executable, str(SCORE), str(gold), str(out), "--json"], capture_output=True, check=True)
    return json.loads(res.stdout)


def build_and_score(texts: Path, gold: Path, ontology: Path, out: Path) -> dict:
    """Build ``texts`` into ``out`` with the ontology directory ``ontology`` (JSONL only:
    what the scorer reads) and score it."""
    env = dict(os.environ, KG_ONTOLOGY_DIR=str(ontology))
    kg = [sys.executable, "-m", "kg", "build", str(texts), "--out", str(out), "--jobs", "1", "--formats", "jsonl"]
    subprocess.run(kg, env=env, check=True, capture_output=True)
    return score(gold, out)


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    """Precision, recall and F1 of counts (0 where undefined)."""
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def fold_f1(report: dict, kind: str, key: str | None) -> float | None:
    """F1 of one type of a score.py report (``kind``: entities or relations; ``key`` None: its
    micro total), or None where the report has no such row.

    >>> round(fold_f1({"entities": {"PLACE": {"tp": 3, "fp": 1, "fn": 0}}}, "entities", "PLACE"), 3)
    0.857
    >>> fold_f1({"entities": {}}, "entities", None) is None
    True
    """
    row = report[kind].get(key or "micro")
    return prf(row["tp"], row["fp"], row["fn"])[2] if row else None


def print_changes(results: dict, baseline: str, figures: tuple[tuple[str, str, str | None], ...]) -> None:
    """Markdown: each fold's F1 change from the system ``baseline``, one table per other system
    (``results[fold][system]``: score.py's reports; ``figures``: (column, kind, key) as
    :func:`fold_f1` reads them), "=" where a fold did not move, and each column's worst fold."""
    for system in next(iter(results.values())):
        if system in (baseline, "model"):
            continue
        print(f"\n### change from {baseline}: {system}\n\n| fold | " + " | ".join(f[0] for f in figures) + " |")
        print("| --- |" + " --- |" * len(figures))
        worst = [0.0] * len(figures)
        for fold, res in results.items():
            cells = []
            for k, (_, kind, key) in enumerate(figures):
                a, b = fold_f1(res[baseline], kind, key), fold_f1(res[system], kind, key)
                if a is None or b is None:
                    cells.append("-")
                    continue
                worst[k] = min(worst[k], b - a)
                cells.append(f"{a:.3f} -> {b:.3f}" if abs(b - a) > 1e-9 else "=")
            print(f"| {fold} | " + " | ".join(cells) + " |")
        print("| worst fold | " + " | ".join(f"{w:+.3f}" for w in worst) + " |")
