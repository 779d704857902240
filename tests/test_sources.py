"""Reading real-world input: formats, encodings, bad files, folders, names, size.

The texts are the seed pages (real newspaper text), written in the encodings and
formats users have, into ``tmp_path``.
"""

from __future__ import annotations

import codecs
import json
from pathlib import Path

import pytest

from kg.sources import MAX_LINE_PROBLEMS, InputProblem, SourceDocument, iso_date, iter_sources

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
SIMPLIFIED = SEEDS / "000_027c92083353c18c.txt"
TRADITIONAL = SEEDS / "004_109dd10dde93b1b5.txt"


def seed(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def seed_lines(path: Path) -> list[str]:
    return [ln.strip() for ln in seed(path).splitlines() if ln.strip() and not ln.strip().isascii()]


#: A sentence of each script, from the seeds.
SIMPLIFIED_SENTENCE = next(ln for ln in seed_lines(SIMPLIFIED) if "。" in ln and len(ln) > 30)
TRADITIONAL_SENTENCE = seed_lines(TRADITIONAL)[1]


def read(*inputs: Path) -> tuple[list[SourceDocument], list[InputProblem]]:
    items = list(iter_sources(inputs))
    docs = [i for i in items if isinstance(i, SourceDocument)]
    problems = [i for i in items if isinstance(i, InputProblem)]
    assert len(docs) + len(problems) == len(items)
    return docs, problems


def only_doc(*inputs: Path) -> SourceDocument:
    docs, problems = read(*inputs)
    assert problems == []
    assert len(docs) == 1
    return docs[0]


def only_problem(*inputs: Path) -> InputProblem:
    docs, problems = read(*inputs)
    assert docs == []
    assert len(problems) == 1
    return problems[0]


# ----------------------------------------------------------------------------------
# Formats


def test_txt_is_read_unchanged(tmp_path: Path) -> None:
    doc = only_doc(SIMPLIFIED)
    assert doc.id == SIMPLIFIED.name
    assert doc.text == seed(SIMPLIFIED)
    assert doc.path == str(SIMPLIFIED)
    assert (doc.title, doc.date, doc.url, doc.source, doc.encoding) == ("", None, None, None, "utf-8")


def test_windows_line_ends_are_kept_so_offsets_match_the_file(tmp_path: Path) -> None:
    text = "\r\n".join(seed_lines(SIMPLIFIED)[:5]) + "\r\n"
    (tmp_path / "crlf.txt").write_bytes(text.encode("utf-8"))
    doc = only_doc(tmp_path / "crlf.txt")
    assert doc.text == text
    assert doc.text.index("闫昌") == text.index("闫昌")


def test_markdown_title_is_the_first_heading(tmp_path: Path) -> None:
    body = SIMPLIFIED_SENTENCE
    (tmp_path / "atx.md").write_text(f"前言文字\n\n## 从“煤都”到“智造高地” ##\n\n{body}\n", encoding="utf-8")
    (tmp_path / "setext.md").write_text(f"从“煤都”到“智造高地”\n==========\n\n# 第二\n{body}\n", encoding="utf-8")
    (tmp_path / "none.md").write_text(f"{body}\n", encoding="utf-8")
    docs, problems = read(tmp_path)
    assert problems == []
    titles = {d.id: d.title for d in docs}
    assert titles == {"atx.md": "从“煤都”到“智造高地”", "setext.md": "从“煤都”到“智造高地”", "none.md": ""}
    atx = next(d for d in docs if d.id == "atx.md")
    assert atx.text == (tmp_path / "atx.md").read_text(encoding="utf-8")  # markup stays: offsets


def test_markdown_front_matter_gives_title_and_date(tmp_path: Path) -> None:
    front = '---\ntitle: "大同日报 要闻"\ndate: 2025/6/21\nsource: 大同日报\n---\n'
    text = f"{front}\n# 另一个标题\n\n{SIMPLIFIED_SENTENCE}\n"
    (tmp_path / "fm.md").write_text(text, encoding="utf-8")
    doc = only_doc(tmp_path / "fm.md")
    assert (doc.title, doc.date, doc.source) == ("大同日报 要闻", "2025-06-21", "大同日报")
    assert doc.text == text


PAGE = """<!DOCTYPE html>
<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title> 大同日报 - 要闻 </title>
<meta property="article:published_time" content="2025-06-21T08:30:00+08:00">
<meta property="og:site_name" content="大同日报">
<link rel="canonical" href="https://example.cn/2025/0621/1.html">
<style>p { color: red }</style>
<script>var title = "不要这段";</script>
</head>
<body>
<nav><a href="/">首页</a> | <a href="/news">新闻</a></nav>
<h1>培育战略性新兴产业
  赋能高质量发展</h1>
<p>□ 本报记者&nbsp;张彩峰</p>
<p>党的二十大报告提出，推动<b>战略性新兴产业</b>融合集群发展。<br>
西安隆基2GW光伏组件项目投产&hellip;&hellip;</p>
<script type="text/javascript">document.write("<p>广告</p>");</script>
<noscript>请启用脚本</noscript>
<div><svg><title>图标</title><text>图</text></svg>大同锡纯半导体芯片材料二期项目基本完工。</div>
<pre>  第一行
  第二行</pre>
<!-- 评论 不显示 -->
</body></html>
"""


def test_html_gives_visible_text_by_block_and_its_metadata(tmp_path: Path) -> None:
    (tmp_path / "page.html").write_bytes(PAGE.encode("gb18030"))
    doc = only_doc(tmp_path / "page.html")
    assert doc.text.splitlines() == [
        "首页 | 新闻",
        "培育战略性新兴产业赋能高质量发展",  # a source line break between Chinese characters is no space
        "□ 本报记者\xa0张彩峰",
        "党的二十大报告提出，推动战略性新兴产业融合集群发展。",
        "西安隆基2GW光伏组件项目投产……",
        "大同锡纯半导体芯片材料二期项目基本完工。",
        "  第一行",
        "  第二行",
    ]
    assert doc.title == "大同日报 - 要闻"
    assert (doc.date, doc.url, doc.source) == ("2025-06-21", "https://example.cn/2025/0621/1.html", "大同日报")
    assert doc.encoding == "gb18030"


def test_html_without_visible_text_is_a_problem(tmp_path: Path) -> None:
    (tmp_path / "shell.htm").write_text(
        "<html><head><title>大同日报</title></head><body><script>load()</script></body></html>", encoding="utf-8"
    )
    p = only_problem(tmp_path / "shell.htm")
    assert p.path == str(tmp_path / "shell.htm")
    assert "no visible text" in p.message


def test_html_with_unclosed_head_still_has_its_body(tmp_path: Path) -> None:
    (tmp_path / "a.html").write_text(
        f"<html><head><title>t</title><body><p>{SIMPLIFIED_SENTENCE}</p>", encoding="utf-8"
    )
    assert only_doc(tmp_path / "a.html").text == SIMPLIFIED_SENTENCE


def test_jsonl_one_article_a_line(tmp_path: Path) -> None:
    records = [
        {"id": "dt-001", "text": seed(SIMPLIFIED), "title": "从“煤都”到“智造高地”", "date": "2025-06-21"},
        {"id": 2, "text": seed(TRADITIONAL), "date": "2025年3月12日", "url": "https://x.cn/4", "source": "新華網"},
    ]
    lines = [json.dumps(r, ensure_ascii=False) for r in records]
    (tmp_path / "feed.jsonl").write_text(lines[0] + "\n\n" + lines[1] + "\n", encoding="utf-8")
    docs, problems = read(tmp_path / "feed.jsonl")
    assert problems == []
    assert [(d.id, d.title, d.date, d.url, d.source) for d in docs] == [
        ("dt-001", "从“煤都”到“智造高地”", "2025-06-21", None, None),
        ("2", "", "2025-03-12", "https://x.cn/4", "新華網"),
    ]
    assert [d.text for d in docs] == [seed(SIMPLIFIED), seed(TRADITIONAL)]
    assert {d.path for d in docs} == {str(tmp_path / "feed.jsonl")}


def test_jsonl_bad_lines_are_reported_with_their_line_and_the_rest_still_yields(tmp_path: Path) -> None:
    good = json.dumps({"id": "ok", "text": SIMPLIFIED_SENTENCE}, ensure_ascii=False)
    lines = [
        good,  # 1
        '{"id": "cut", "text": "张强主持',  # 2: truncated by the scraper
        json.dumps({"title": "无正文", "content": SIMPLIFIED_SENTENCE}, ensure_ascii=False),  # 3
        '["id", "text"]',  # 4
        json.dumps({"id": "n", "text": 12}),  # 5
        json.dumps({"id": "", "text": "有正文"}, ensure_ascii=False),  # 6
        json.dumps({"id": "e", "text": "  "}),  # 7
        good.replace('"ok"', '"ok2"'),  # 8
    ]
    path = tmp_path / "news.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    docs, problems = read(path)
    assert [d.id for d in docs] == ["ok", "ok2"]
    assert [(p.path, p.line) for p in problems] == [(str(path), n) for n in (2, 3, 4, 5, 6, 7)]
    messages = [p.message for p in problems]
    assert messages[0].startswith("not JSON: Unterminated string")
    assert messages[1] == 'missing "id" and "text" (the record has: content, title)'
    assert messages[2] == "not a JSON object (a list)"
    assert messages[3] == '"text" is a number, not a string'
    assert messages[4] == '"id" must be a non-empty string or an integer'
    assert messages[5] == 'empty "text"'
    assert str(problems[0]).startswith(f"{path}:2: not JSON")


def test_jsonl_many_bad_lines_are_summed_up(tmp_path: Path) -> None:
    path = tmp_path / "junk.jsonl"
    path.write_text("不是JSON\n" * (MAX_LINE_PROBLEMS + 5), encoding="utf-8")
    docs, problems = read(path)
    assert docs == []
    assert len(problems) == MAX_LINE_PROBLEMS + 1
    assert problems[-1].message == f"5 more bad lines not shown ({MAX_LINE_PROBLEMS + 5} in all)"


def test_jsonl_lines_in_legacy_encodings_are_decoded_one_by_one(tmp_path: Path) -> None:
    gb = json.dumps({"id": "gb", "text": SIMPLIFIED_SENTENCE}, ensure_ascii=False).encode("gb18030")
    b5 = json.dumps({"id": "b5", "text": TRADITIONAL_SENTENCE}, ensure_ascii=False).encode("big5")
    (tmp_path / "mixed.jsonl").write_bytes(gb + b"\r\n" + b5 + b"\r\n")
    docs, problems = read(tmp_path / "mixed.jsonl")
    assert problems == []
    assert [(d.id, d.text, d.encoding) for d in docs] == [
        ("gb", SIMPLIFIED_SENTENCE, "gb18030"),
        ("b5", TRADITIONAL_SENTENCE, "big5"),
    ]


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be", "utf-8-sig"])
def test_jsonl_with_a_byte_order_mark(tmp_path: Path, codec: str) -> None:
    # U+2028 is legal inside a JSON string and must not end the line.
    text = SIMPLIFIED_SENTENCE + "\u2028" + TRADITIONAL_SENTENCE
    lines = [json.dumps({"id": f"r{i}", "text": text}, ensure_ascii=False) for i in range(3)]
    data = "\n".join(lines).encode(codec)
    if codec == "utf-16-be":
        data = codecs.BOM_UTF16_BE + data
    (tmp_path / "bom.jsonl").write_bytes(data)
    docs, problems = read(tmp_path / "bom.jsonl")
    assert problems == []
    assert [(d.id, d.text) for d in docs] == [(f"r{i}", text) for i in range(3)]


@pytest.mark.parametrize(
    ("value", "iso"),
    [
        ("2025-06-21", "2025-06-21"),
        ("2025-06-21 08:30:00", "2025-06-21"),
        ("2025-06-21T08:30:00+08:00", "2025-06-21"),
        ("2025/6/21", "2025-06-21"),
        ("2025.06.21", "2025-06-21"),
        ("2025年6月21日 08:30", "2025-06-21"),
        ("20250621", "2025-06-21"),
        ("2025-02-30", None),
        ("6月21日", None),
        ("1750464000", None),
        ("昨天", None),
    ],
)
def test_iso_date(value: str, iso: str | None) -> None:
    assert iso_date(value) == iso


def test_a_date_that_is_not_a_date_is_a_warning_and_the_article_is_kept(tmp_path: Path) -> None:
    (tmp_path / "d.jsonl").write_text(
        json.dumps({"id": "x", "text": SIMPLIFIED_SENTENCE, "date": "昨天"}, ensure_ascii=False) + "\n",
        encoding="utf-8",
    )
    docs, problems = read(tmp_path / "d.jsonl")
    assert [d.date for d in docs] == [None]
    assert [(p.line, p.skipped) for p in problems] == [(1, False)]
    assert "昨天" in problems[0].message


# ----------------------------------------------------------------------------------
# Encodings


@pytest.mark.parametrize(
    ("source", "codec", "reported"),
    [
        (SIMPLIFIED, "gb18030", "gb18030"),
        (SIMPLIFIED, "gbk", "gb18030"),
        (TRADITIONAL, "gb18030", "gb18030"),  # traditional characters are in GBK too
        (TRADITIONAL, "big5", "big5"),
        (SIMPLIFIED, "utf-16", "utf-16-le"),
        (TRADITIONAL, "utf-16", "utf-16-le"),
        (SIMPLIFIED, "utf-8-sig", "utf-8-sig"),
        (TRADITIONAL, "utf-32", "utf-32-le"),
    ],
)
def test_whole_seed_in_each_encoding(tmp_path: Path, source: Path, codec: str, reported: str) -> None:
    (tmp_path / "page.txt").write_bytes(seed(source).encode(codec))
    doc = only_doc(tmp_path / "page.txt")
    assert doc.text == seed(source)  # the byte-order mark is gone
    assert doc.encoding == reported


def test_utf16_big_endian_with_bom(tmp_path: Path) -> None:
    (tmp_path / "be.txt").write_bytes(codecs.BOM_UTF16_BE + seed(TRADITIONAL).encode("utf-16-be"))
    doc = only_doc(tmp_path / "be.txt")
    assert (doc.text, doc.encoding) == (seed(TRADITIONAL), "utf-16-be")


def test_big5_vendor_extensions_fall_back_to_cp950(tmp_path: Path) -> None:
    # The euro sign is in Microsoft's Big5 (cp950) only.
    text = TRADITIONAL_SENTENCE + "投資超過€600億。"
    (tmp_path / "cp950.txt").write_bytes(text.encode("cp950"))
    doc = only_doc(tmp_path / "cp950.txt")
    assert (doc.text, doc.encoding) == (text, "cp950")


def test_every_short_seed_line_is_detected_in_gb18030_and_big5(tmp_path: Path) -> None:
    # Short lines are where detectors fail (both codecs accept most of the other's bytes):
    # bylines, place names, "新華網".
    expected: dict[str, tuple[str, str]] = {}
    for path in sorted(SEEDS.glob("*.txt")):
        for i, line in enumerate(seed_lines(path)):
            for codec in ("gb18030", "big5"):
                try:
                    data = line.encode(codec)
                except UnicodeEncodeError:
                    continue  # simplified-only characters are not in Big5
                name = f"{path.stem[:3]}_{i:03d}_{codec}.txt"
                (tmp_path / name).write_bytes(data)
                expected[name] = (line, codec)
    assert sum(len(t) < 10 for t, _ in expected.values()) > 20
    docs, problems = read(tmp_path)
    assert problems == []
    got = {d.id: (d.text, d.encoding) for d in docs}
    wrong = {name: got[name] for name in expected if got[name] != expected[name]}
    assert wrong == {}


def test_a_few_bad_utf8_bytes_are_replaced_and_reported(tmp_path: Path) -> None:
    good = seed(SIMPLIFIED).encode("utf-8")
    cut = good.index("闫昌".encode())
    data = good[:cut] + "闫".encode()[:2] + good[cut + 3 :]  # a character cut by a scraper
    (tmp_path / "cut.txt").write_bytes(data)
    docs, problems = read(tmp_path / "cut.txt")
    assert len(docs) == 1
    assert docs[0].text == seed(SIMPLIFIED).replace("闫昌", "\ufffd昌")
    [p] = problems
    line = seed(SIMPLIFIED)[: seed(SIMPLIFIED).index("闫昌")].count("\n") + 1
    assert (p.path, p.line, p.skipped) == (str(tmp_path / "cut.txt"), line, False)
    assert "1 invalid UTF-8" in p.message


# ----------------------------------------------------------------------------------
# Bad input


def test_empty_and_blank_files(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(b"")
    (tmp_path / "b.txt").write_text(" \n\t\u3000\n", encoding="utf-8")
    (tmp_path / "c.jsonl").write_text("\n\n", encoding="utf-8")
    (tmp_path / "d.md").write_bytes(codecs.BOM_UTF8)
    docs, problems = read(tmp_path)
    assert docs == []
    assert [(Path(p.path).name, p.line, p.message) for p in problems] == [
        ("a.txt", None, "empty file"),
        ("b.txt", None, "empty file (only whitespace)"),
        ("c.jsonl", None, "empty file"),
        ("d.md", None, "empty file (only whitespace)"),
    ]


@pytest.mark.parametrize(
    ("data", "why"),
    [
        (b"\x00\x01\x02\x03" * 100 + SIMPLIFIED_SENTENCE.encode(), "NUL"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "PDF"),
        (b"PK\x03\x04\x14\x00\x06\x00", "zip"),
        (bytes(range(1, 32)) * 20, "control characters"),
    ],
)
def test_binary_files_are_refused(tmp_path: Path, data: bytes, why: str) -> None:
    (tmp_path / "x.txt").write_bytes(data)
    (tmp_path / "y.jsonl").write_bytes(data)
    docs, problems = read(tmp_path)
    assert docs == []
    assert [Path(p.path).name for p in problems] == ["x.txt", "y.jsonl"]
    for p in problems:
        assert p.message.startswith("binary file, not text")
        assert why in p.message


@pytest.mark.parametrize(
    "data",
    [
        "東京都の天気は晴れです。明日は雨が降るでしょう。日本語のテキストを書いています。".encode("shift_jis"),
        "Café crème à la mode, naïve résumé.".encode("cp1252"),
    ],
)
def test_undecodable_files_are_refused(tmp_path: Path, data: bytes) -> None:
    (tmp_path / "x.txt").write_bytes(b"line one\n" + data)
    p = only_problem(tmp_path / "x.txt")
    assert p.path == str(tmp_path / "x.txt")
    assert p.message.startswith("cannot decode (tried utf-8, gb18030, big5)")
    assert "line 2" in p.message


def test_undecodable_jsonl_line_is_reported_and_others_read(tmp_path: Path) -> None:
    good = json.dumps({"id": "ok", "text": SIMPLIFIED_SENTENCE}, ensure_ascii=False).encode()
    bad = '{"id": "jp", "text": "東京都の天気は晴れです。明日は雨が降るでしょう。日本語です。"}'.encode("shift_jis")
    (tmp_path / "m.jsonl").write_bytes(good + b"\n" + bad + b"\n" + good.replace(b'"ok"', b'"ok2"'))
    docs, problems = read(tmp_path / "m.jsonl")
    assert [d.id for d in docs] == ["ok", "ok2"]
    assert [(p.line, p.message) for p in problems] == [(2, "cannot decode (tried utf-8, gb18030, big5)")]


def test_missing_paths_and_empty_folders(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    (tmp_path / "pictures").mkdir()
    (tmp_path / "pictures" / "a.png").write_bytes(b"\x89PNG\r\n")
    docs, problems = read(tmp_path / "nope.txt", tmp_path / "empty", tmp_path / "pictures", SIMPLIFIED)
    assert [d.id for d in docs] == [SIMPLIFIED.name]
    assert [str(p) for p in problems] == [
        f"{tmp_path / 'nope.txt'}: no such file or directory",
        f"{tmp_path / 'empty'}: no .txt/.md/.html/.jsonl files",
        f"{tmp_path / 'pictures'}: no .txt/.md/.html/.jsonl files",
    ]


def test_a_file_given_explicitly_is_read_whatever_its_extension(tmp_path: Path) -> None:
    (tmp_path / "article.text").write_bytes(seed(TRADITIONAL).encode("big5"))
    (tmp_path / "README").write_text(SIMPLIFIED_SENTENCE, encoding="utf-8")
    docs, problems = read(tmp_path / "article.text", tmp_path / "README")
    assert problems == []
    assert [(d.id, d.encoding) for d in docs] == [("article.text", "big5"), ("README", "utf-8")]
    assert read(tmp_path) == ([], [InputProblem(str(tmp_path), None, "no .txt/.md/.html/.jsonl files")])


def test_bad_files_do_not_stop_the_good_ones(tmp_path: Path) -> None:
    (tmp_path / "1_empty.txt").write_bytes(b"")
    (tmp_path / "2_good.txt").write_bytes(seed(SIMPLIFIED).encode("gb18030"))
    (tmp_path / "3_binary.html").write_bytes(b"\x00" * 64)
    (tmp_path / "4_good.md").write_text(seed(TRADITIONAL), encoding="utf-8")
    (tmp_path / "5_latin1.txt").write_bytes("naïve".encode("latin-1"))
    docs, problems = read(tmp_path)
    assert [d.id for d in docs] == ["2_good.txt", "4_good.md"]
    assert [Path(p.path).name for p in problems] == ["1_empty.txt", "3_binary.html", "5_latin1.txt"]
    assert all(p.skipped for p in problems)


# ----------------------------------------------------------------------------------
# Folders, order and names


def test_folders_are_walked_recursively_in_relative_path_order(tmp_path: Path) -> None:
    root = tmp_path / "news"
    for rel in ["b/2.txt", "a.txt", "b/1.TXT", "b/c/0.md", "a/z.html", "b.jsonl"]:
        f = root / rel
        f.parent.mkdir(parents=True, exist_ok=True)
        if f.suffix == ".jsonl":
            f.write_text(json.dumps({"id": "j1", "text": SIMPLIFIED_SENTENCE}, ensure_ascii=False), encoding="utf-8")
        else:
            f.write_text(SIMPLIFIED_SENTENCE, encoding="utf-8")
    # Skipped silently: other extensions, hidden files and folders (macOS "._" files are binary).
    (root / "b" / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    (root / "b" / "._2.txt").write_bytes(b"\x00\x05\x16\x07")
    (root / ".git").mkdir()
    (root / ".git" / "x.txt").write_text("不读", encoding="utf-8")
    docs, problems = read(root)
    assert problems == []
    assert [d.path for d in docs] == [
        str(root / rel) for rel in ["a/z.html", "a.txt", "b/1.TXT", "b/2.txt", "b/c/0.md", "b.jsonl"]
    ]
    assert [d.id for d in docs] == ["z.html", "a.txt", "1.TXT", "2.txt", "0.md", "j1"]


def test_duplicate_names_do_not_collide(tmp_path: Path) -> None:
    for rel in ["d1/000_x.txt", "d1/sub/000_x.txt", "d2/000_x.txt"]:
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(f"{rel} {SIMPLIFIED_SENTENCE}", encoding="utf-8")
    (tmp_path / "d2" / "feed.jsonl").write_text(
        json.dumps({"id": "000_x.txt", "text": "记录一"}, ensure_ascii=False)
        + "\n"
        + json.dumps({"id": "000_x.txt", "text": "记录二"}, ensure_ascii=False)
        + "\n",
        encoding="utf-8",
    )
    docs, problems = read(tmp_path / "d1", tmp_path / "d2")
    assert problems == []
    # The first keeps its name; a later one takes its path below the folder given, then
    # its path as found; a JSONL record takes "<file>#<id>".
    assert [(d.id, d.text[:5]) for d in docs] == [
        ("000_x.txt", "d1/00"),
        ("sub/000_x.txt", "d1/su"),
        (f"{tmp_path}/d2/000_x.txt", "d2/00"),
        ("feed.jsonl#000_x.txt", "记录一"),
        ("feed.jsonl#000_x.txt~2", "记录二"),
    ]
    assert len({d.id for d in docs}) == len(docs)


def test_a_file_reached_twice_is_read_once(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(SIMPLIFIED_SENTENCE, encoding="utf-8")
    (tmp_path / "link").mkdir()
    (tmp_path / "link" / "b.txt").symlink_to(tmp_path / "a.txt")
    (tmp_path / "link" / "loop").symlink_to(tmp_path)  # a link loop must end
    docs, problems = read(tmp_path, tmp_path / "a.txt")
    assert problems == []
    assert [d.id for d in docs] == ["a.txt"]


# ----------------------------------------------------------------------------------
# Size


@pytest.mark.parametrize(("suffix", "codec"), [(".txt", "utf-8"), (".txt", "gb18030"), (".jsonl", "utf-8")])
def test_a_5mb_single_line_file(tmp_path: Path, suffix: str, codec: str) -> None:
    sentence = SIMPLIFIED_SENTENCE.replace("\n", "")
    text = sentence * (5_000_000 // len(sentence.encode(codec)) + 1)
    assert len(text.encode(codec)) >= 5_000_000 and "\n" not in text
    path = tmp_path / f"big{suffix}"
    if suffix == ".jsonl":
        path.write_bytes(json.dumps({"id": "big", "text": text}, ensure_ascii=False).encode(codec))
    else:
        path.write_bytes(text.encode(codec))
    doc = only_doc(path)
    assert (doc.text, doc.encoding) == (text, codec)
