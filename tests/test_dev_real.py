"""Real news pages nobody wrote for this project (``../shared/dev-real``): kg holds floors on both.

``tune/`` (odd pages) is where errors are read and their kinds turned into general rules;
``check/`` (even pages) is only ever scored, once per round of work, and a hidden held-out
set of other real pages moves with it. The floors sit a little below what kg reaches and
may only go up. A change that lowers the ``check`` figures while raising ``tune`` has fitted
the pages it was tuned on, not news.
"""

from __future__ import annotations

import pytest
from conftest import ROOT, below_floors, score_build

DEV_REAL = ROOT.parent / "shared" / "dev-real"
SCORER_DIR = ROOT.parent / "shared" / "gold"
# half -> {row: F1 floor}; rows are the scorer's (entities/relations micro and per type).
# First scores (commit 18dcede, before any work on real pages): tune 0.827 / 0.673,
# check 0.792 / 0.715. After the first round: tune 0.895 / 0.875, check 0.816 / 0.764.
# After the rounds of session 5 (places, names, projects/meetings, relations): tune
# 0.937 / 0.909, check 0.814 / 0.764 (check did not move: the rounds fitted what they read).
# After session 6's gold-first rounds (projects, amounts, places, meetings, names): tune
# 0.941 / 0.923, check 0.825 / 0.785. After session 12's first wave of corpus audits: tune
# 0.945 / 0.929, check 0.834 / 0.814. After session 14's two waves: check 0.836 / 0.814,
# MEETING 0.813 (the issue's target, 0.80, met). After session 15's two waves: tune 0.945 /
# 0.931, check unchanged. Session 16 (kinds from the errors of real-pages and real-pages-2, then
# tuning sets): tune 0.945 / 0.931, check 0.845 / 0.830. Session 17 (two waves, kinds from five
# gold-first tuning sets): tune 0.945 / 0.933, check 0.846 / 0.824. Session 18 (two waves, kinds
# from eight gold-first tuning sets, fresh pools per round): tune 0.949 / 0.942, check 0.844 / 0.822.
# Session 19 (three waves, two new gold-first sets): tune 0.956 / 0.948, check 0.846 / 0.822.
# Session 20 (two waves; the learned PROJECT spans on): tune 0.964 / 0.957, check 0.858 / 0.824
# (PROJECT 0.524 -> 0.667). Session 22 (MEETING spans fixing rule meetings, three located_in rule
# kinds): check unchanged, 0.858 / 0.824 (with a learned PLACE veto and the located_in scorer also
# on it was 0.855, one project fewer; both shipped off, for other reasons: docs/real-pages.md, session 22).
FLOORS = {
    "tune": {
        ("entities", "micro"): 0.96,
        ("relations", "micro"): 0.95,
    },
    "check": {
        ("entities", "micro"): 0.85,
        ("relations", "micro"): 0.82,
        ("entities", "MEETING"): 0.80,
        ("entities", "PROJECT"): 0.66,
    },
}


@pytest.fixture(scope="module", params=sorted(FLOORS))
def scored(request, tmp_path_factory) -> tuple[str, dict]:
    half = request.param
    texts = DEV_REAL / half / "texts"
    if not texts.is_dir() or not (SCORER_DIR / "score.py").exists():
        pytest.skip(f"{texts} or {SCORER_DIR}/score.py is absent (../shared is laid beside the checkout in CI)")
    out = tmp_path_factory.mktemp(half) / "out"
    return half, score_build(texts, DEV_REAL / half / "gold", out, scorer_dir=SCORER_DIR)


def test_every_real_page_is_built(scored):
    half, report = scored
    texts = sorted((DEV_REAL / half / "texts").iterdir())
    assert len(texts) >= 10
    assert report["entities"]["micro"]["tp"] > 10 * len(texts) / 2


def test_real_pages_hold_their_floors(scored):
    half, report = scored
    low = below_floors(report, FLOORS[half])
    assert not low, f"dev-real/{half} below its floors (F1, floor): {low}"
