"""Benchmark of the per-page cost of analysis, warm: what a build of 50 GB to 1 TB pays for each
page once the models are loaded (``bench_build.py`` measures whole builds, start-up included).

    python benchmarks/bench_pages.py DIR [DIR ...]      # the .txt pages of the directories
    python benchmarks/bench_pages.py DIR --profile 25   # and kg's 25 costliest functions
    python benchmarks/bench_pages.py --names 100,200,400,800   # one sentence of N names only

It prints, for the pages (each analysed once to warm the caches, then timed ``--repeat`` times:
the best pass is reported), pages/s, characters/s, and the seconds of each
stage of :func:`kg.nlp.pipeline.analyse_article` summed over the pages (``--profile`` gives
cProfile's cumulative seconds of kg's own functions, under the profiler's overhead). Then the
seconds of one page that is a sentence of N coordinated names ("会上，市长A、B、C…出席会议并讲话。
A、B、C…等参加活动。"), for each N of ``--names``: a rule that rescans the sentence per name makes
these grow with N squared (tests/test_faults.py counts the steps of some).

All seconds are CPU seconds of the process (``time.process_time``, the model's threads included),
not wall time: the hosts here are shared, and another build beside this one doubles wall times.
To compare two versions, run both back to back (``PYTHONPATH=DIR`` with ``kg`` and ``ontology``
of the other commit, e.g. from ``git archive``).
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟"
)
GIVEN = "伟强芳敏静丽军磊洋勇艳杰娟涛明超秀霞平刚"


def names(n: int) -> str:
    """``n`` distinct made-up names joined by 、."""
    return "、".join(SURNAMES[i % len(SURNAMES)] + GIVEN[i // len(SURNAMES) % len(GIVEN)] for i in range(n))


def stage_seconds(nlp, docs) -> tuple[float, dict[str, float]]:  # noqa: ANN001
    """Seconds of a pass over ``docs`` and of each component of the pipeline (spaCy's own
    per-component timing is not kept, so each component is wrapped for the pass)."""
    from kg.nlp.document import analyse_documents

    spent: dict[str, float] = {}
    originals = list(nlp.pipeline)

    def timed(name, comp):  # noqa: ANN001, ANN202
        def run(doc):  # noqa: ANN001, ANN202
            t = time.process_time()
            out = comp(doc)
            spent[name] = spent.get(name, 0.0) + time.process_time() - t
            return out

        return run

    start = time.process_time()
    nlp._components = [(name, timed(name, comp)) for name, comp in originals]  # (restored below)
    try:
        for _, _, error in analyse_documents(nlp, docs):
            if error:
                print("error:", error, file=sys.stderr)
    finally:
        nlp._components = originals
    total = time.process_time() - start
    spent["rest (LAC segmentation, articles, records)"] = total - sum(spent.values())
    return total, spent


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dirs", nargs="*", type=Path)
    ap.add_argument("--repeat", type=int, default=2)
    ap.add_argument("--profile", type=int, default=0, metavar="N")
    ap.add_argument("--names", default="100,200,400,800")
    args = ap.parse_args()
    from kg.nlp.document import analyse_document
    from kg.nlp.pipeline import make_pipeline

    nlp = make_pipeline()
    files = [p for d in args.dirs for p in sorted(d.glob("*.txt"))]
    docs = [(p.name, p.read_text(encoding="utf-8"), None) for p in files]
    if docs:
        chars = sum(len(t) for _, t, _ in docs)
        stage_seconds(nlp, docs)  # warm-up: lazily loaded data, regular-expression caches
        best, spent = min((stage_seconds(nlp, docs) for _ in range(args.repeat)), key=lambda r: r[0])
        rate = f"pages/s {len(docs) / best:.1f}  chars/s {chars / best:,.0f}"
        print(f"pages {len(docs)}  chars {chars}  seconds {best:.2f}  {rate}")
        print("stages: " + ", ".join(f"{k} {v:.2f}s" for k, v in spent.items()))
        if args.profile:
            from kg.nlp.document import analyse_documents

            prof = cProfile.Profile()
            prof.enable()
            list(analyse_documents(nlp, docs))
            prof.disable()
            out = io.StringIO()
            pstats.Stats(prof, stream=out).sort_stats("cumulative").print_stats(str(ROOT / "kg"), args.profile)
            print(out.getvalue())
    analyse_document(nlp, "warm.txt", "会上，市长张强出席会议。")
    for n in [int(x) for x in args.names.split(",") if x]:
        text = f"会上，市长{names(n)}出席会议并讲话。{names(n)}等参加活动。"
        start = time.process_time()
        analyse_document(nlp, "names.txt", text)
        print(f"names {n}: {time.process_time() - start:.2f}s")


if __name__ == "__main__":
    main()
