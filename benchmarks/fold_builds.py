"""What the leave-one-set-out benchmarks (span_model_cv.py, relation_model_cv.py) share: a
build of a held set with another ontology directory (``KG_ONTOLOGY_DIR``, so a fold's model
and settings apply), scored by ``../shared/gold/score.py`` (``KG_SHARED_DIR`` when
``../shared`` is not beside the checkout).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCORE = Path(os.environ.get("KG_SHARED_DIR", ROOT.parent / "shared")) / "gold" / "score.py"


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
