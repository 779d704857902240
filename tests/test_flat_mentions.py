"""An entity whose name is in every document (its mentions grow with the corpus) is made and
written from sorted runs of its mentions (kg.resolve.flat_mentions): the task that makes it
holds none of its long runs, and its lines are the same bytes as those of ``resolve()``."""

from __future__ import annotations

import gzip

from conftest import document_part_shares

from kg.nlp.document import DocumentResult, MentionRecord
from kg.resolve import flat, resolve
from kg.resolve.flat_mentions import INLINE, Mentions, Run
from kg.shards import record_lines
from kg.shards_writers import PREFIXES, write_entities

CITY = "黑石市"  # an invented city


def _corpus(n: int) -> list[DocumentResult]:
    """``n`` documents, each naming the city 30 times and a person of its own once."""
    docs = []
    for d in range(n):
        text = f"{CITY}，" * 30
        ms = [MentionRecord(0, 4 * i, 4 * i + 3, CITY, CITY, "PLACE", "rule", 0.9) for i in range(30)]
        ms.append(
            MentionRecord(0, 200 + d % 7, 203 + d % 7, "严明" if d % 2 else "嚴明", "严明", "PERSON", "rule", 0.6)
        )
        docs.append(DocumentResult(f"d{d:04d}.txt", ms, [], 1))
        assert len(text) >= 120
    return docs


def test_the_task_that_makes_an_entity_holds_none_of_its_long_runs(tmp_path):
    held, counts = {}, {}
    for n in (40, 160):
        (tmp_path / str(n)).mkdir()
        shares = document_part_shares(_corpus(n), per_part=10, buckets=2, runs=tmp_path / str(n))
        city = [d for bucket in shares for share in bucket for k, d in share.items() if CITY in k]
        # Each part's 300 mentions of the city are a run in a file; what the task loads
        # is where they are, none of them: the same for 4x the documents.
        assert all(isinstance(d["m"], Run) for d in city) and len(city) == n // 10
        lists = [d["m"] for bucket in shares for s in bucket for d in s.values() if isinstance(d["m"], list)]
        assert lists and all(len(m) <= INLINE for m in lists)  # the other names' runs, short, in memory
        held[n] = sum(len(d["m"]) for d in city if isinstance(d["m"], list))
        counts[n] = sum(len(d["m"]) for d in city)
    assert counts == {40: 1200, 160: 4800}
    assert held[40] == held[160] == 0


def test_entities_from_runs_are_those_of_resolve_and_written_to_the_same_bytes(tmp_path):
    results = _corpus(40)  # 600 mentions of the city a part: a run of two chunks
    want, _ = resolve(results)
    parts = [results[i::2] for i in range(2)]
    got, _ = flat.resolve_flat(parts, 2, runs=tmp_path)
    city = [e for e in got if e.label == CITY]
    assert len(city) == 1 and isinstance(city[0].mentions, Mentions) and len(city[0].mentions) == 40 * 30
    assert got == want
    # Written one mention at a time, the lines are those of the single files.
    stage = tmp_path / "stage"
    lines: dict[str, list[str]] = {"entities": [], "mentions": []}
    for bucket in range(2):
        made = [e for e in got if flat.id_bucket(e.id, 2) == bucket]
        entries = write_entities(str(stage), 2, bucket, (made, []), [])["entries"]
        for kind, parts_written in entries.items():
            for index, entry in sorted(parts_written):
                lines[kind].append((index % 2, PREFIXES[index // 2], entry["path"]))
    for kind in ("entities", "mentions"):
        text = "".join(
            gzip.decompress((stage / path).read_bytes()).decode("utf-8")
            for _, _, path in sorted(lines[kind], key=lambda x: (x[1], x[0]))
        )
        by_id = sorted(want, key=lambda e: e.id)
        assert text == "".join(record_lines(by_id, [])[kind])
