"""Seconds of the analysis on adversarial inputs at growing sizes (issue 15).

Each case doubles its size a few times and prints seconds and the ratio to the previous
size: about 2 is linear, 4 quadratic, 8 cubic. ``tests/test_faults.py`` holds the same
cases on operation counts (the Markdown page on what is read only: its cost is inside the
regex engine, where no step can be counted); this reports the seconds.

    .venv/bin/python benchmarks/bench_adversarial.py [--sizes 200 400 800]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜"
GIVEN = "伟强芳敏静丽军磊洋勇艳杰娟涛明超秀霞平刚"
PLACES = ["大同市", "太原市", "朔州市", "忻州市", "广灵县", "灵丘县", "浑源县", "天镇县", "阳高县"]


def names(n: int) -> str:
    """One sentence listing ``n`` names after a title."""
    listed = "、".join(SURNAMES[i % len(SURNAMES)] + GIVEN[i // len(SURNAMES) % len(GIVEN)] for i in range(n))
    return f"市长{listed}出席会议。"


def places(n: int) -> str:
    """One sentence opened by ``n`` places written back to back."""
    return "在" + "".join(PLACES[i % len(PLACES)] for i in range(n)) + "，华兴农博园项目建设进展顺利。"


def unpunctuated(n: int) -> str:
    """``n`` hundred characters without sentence punctuation, one line."""
    return "市长张强在调度会上强调各区县要加快推进项目建设扫一扫在手机上查看" * (n * 100 // 32)


def markdown_page(n: int) -> str:
    """Front matter, a heading and body lines, each with a run of ``n`` hundred spaces."""
    spaces = " " * (n * 100)
    return f"---\ntitle: a{spaces}b\n---\n# 标{spaces}题{spaces}##\n" + f"正文{spaces}x\n" * 2


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[200, 400, 800, 1600])
    args = parser.parse_args()

    from kg.nlp.document import analyse_document
    from kg.nlp.pipeline import make_pipeline
    from kg.sources import iter_sources, markdown_meta

    nlp = make_pipeline()
    analyse_document(nlp, "warm-up", "市长张强主持会议。")
    tmp = Path(tempfile.mkdtemp())

    def jsonl_ids(n: int) -> None:
        path = tmp / f"ids{n}.jsonl"
        path.write_text('{"id": "x", "text": "张强主持会议。"}\n' * (n * 25), encoding="utf-8")
        for _ in iter_sources([path]):
            pass

    cases = {
        "names in one sentence": lambda n: analyse_document(nlp, "a.txt", names(n)),
        "places back to back": lambda n: analyse_document(nlp, "a.txt", places(n)),
        "unpunctuated line (x100 chars)": lambda n: analyse_document(nlp, "a.txt", unpunctuated(n)),
        "markdown heading spaces (x100)": lambda n: markdown_meta("# a" + " " * (n * 100) + "b\n"),
        "markdown page spaces (x100)": lambda n: markdown_meta(markdown_page(n)),
        "jsonl identical ids (x25)": jsonl_ids,
    }
    print(f"{'case':32} {'size':>6} {'seconds':>10} {'ratio':>6}")
    for name, func in cases.items():
        previous = None
        for n in args.sizes:
            # The best of up to five runs within half a second: one run of the slow cases, and
            # the cases of microseconds not read off a single run that the host interrupted.
            runs: list[float] = []
            while len(runs) < 5 and sum(runs) < 0.5:
                start = time.perf_counter()
                func(n)
                runs.append(time.perf_counter() - start)
            seconds = min(runs)
            ratio = f"{seconds / previous:6.1f}" if previous else ""
            print(f"{name:32} {n:6} {seconds:10.6f} {ratio:>6}", flush=True)
            previous = max(seconds, 1e-9)


if __name__ == "__main__":
    main()
