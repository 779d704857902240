"""Places of the kinds that recur on the pages of session 14's fragment pool (issue 14, audited
in ``benchmarks/audits/s14-frag``): epithets of a homeland read as places ("侗乡"), and
Taiwan's indigenous villages ("某某部落") that the tagger cuts apart. Every village, township
and sentence here is made up.
"""

from __future__ import annotations

from test_place_forms import places

from kg.nlp.document import document_setting
from kg.nlp.entities import recognise
from kg.nlp.segmenters import make_segmenter
from kg.nlp.words import words_of


def test_an_epithet_of_a_homeland_is_no_place():
    # "侗乡茶园", "瑶乡群众": the Dong or Yao country, any county of it, no one place
    found = places("春茶开采期到了,侗乡茶园随处可见采茶的身影,青禾村村民也上山采茶")
    assert "青禾村" in found and "侗乡" not in found
    found = places("瑶乡群众载歌载舞,迎接来石岭镇的游客")
    assert "石岭镇" in found and "瑶乡" not in found


def _taiwan_places(raw: str) -> set[str]:
    """The places of a page as kg reads the page as a whole (a Taiwan page by its characters)."""
    text, context, _ = document_setting(raw)
    words = words_of(make_segmenter("lac").segment(text))
    return {text[c.start : c.end] for c in recognise(text, words, context) if c.label == "PLACE"}


def test_an_indigenous_village_named_before_its_head_is_a_place_on_a_taiwan_page():
    # "光榮部落、簿簿部落、馬太鞍部落" (s14-frag A): the tagger cuts the names apart
    raw = "台灣花蓮縣長昨日前往青嵐部落、石溪部落、馬太溪部落歡慶豐年祭，與族人共舞，並致贈文化傳承基金予各部落。"
    found = _taiwan_places(raw)
    assert {"青岚部落", "石溪部落"} <= found
    assert not any(p.endswith("部落") and p not in {"青岚部落", "石溪部落", "马太溪部落"} for p in found)


def test_words_that_describe_villages_are_no_village():
    # "當地部落", "還能體驗部落生活", "期盼部落…": a description, a clause, no village's name
    raw = "台灣遊客湧入讓當地部落族人感到困擾，遊客還能體驗部落生活。縣長期盼部落文化代代相傳，原住民部落青年返鄉。"
    assert not any(p.endswith("部落") for p in _taiwan_places(raw))


def test_a_village_before_its_head_needs_a_taiwan_page():
    # on a mainland page 部落 is no village's head word
    assert not any(p.endswith("部落") for p in places("游客前往青岚部落参观,感受民族文化"))
