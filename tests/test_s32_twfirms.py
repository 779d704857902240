"""Session 32 (s32-twfirms): a title written after the name and followed by a word that is no
word of ``after_name_follow`` (``benchmarks/audits/s32-twfirms/``).

Taiwan / Hong Kong / Macau pages name a person before the title more often than mainland ones
("吳清源董事長熱情歡迎", "王冬副特派員進行午餐會談"). ``title_after_name`` took the title only
before punctuation or a listed word; now also where the segmenter reads the title as a word of
its own (kg/nlp/relations/titles_after.py ``_whole_word``), unless a name starts right after it.

The sentences are quoted (in their own characters) from the tuning pages named in each test.
"""

from __future__ import annotations

from conftest import normed_mentions_and_facts


def test_title_after_name_before_any_word(nlp):
    # real-pages-16 h07 (changhuanews.com, Taiwan)
    text = (
        "彰化縣長王惠美帶領縣府團隊14日前往新竹縣招商並簽署投資招商MOU後,又轉往參訪三陽工業全球總部,"
        "受到吳清源董事長熱情歡迎,除聽取三陽工業產業發展簡介並參觀公司産品。"
    )
    assert ("holds_position", "吴清源") in _positions(nlp, text, "董事长")
    # real-pages-29 e05 (Macau): the body before the name is the employer
    text = "同月,與中華人民共和國外交部駐澳門特區特派員公署王冬副特派員進行午餐會談,促進澳門與歐洲之間的友好關係。"
    _, facts = normed_mentions_and_facts(nlp, text)
    assert ("works_for", "王冬", "中华人民共和国外交部驻澳门特区特派员公署") in facts
    assert ("holds_position", "王冬") in _positions(nlp, text, "副特派员")


def test_title_before_a_name_or_an_honorific_is_no_post_of_the_name_before(nlp):
    # real-pages-33 u12 (Yahoo, Penghu): 馬公 (a city) read as a name; 市長 is 黃健忠's
    text = "包括行政院南部聯合服務中心執行長許乃文、副執行長陳文亮、馬公市長黃健忠、七美鄉長呂啓俊與各界代表與會。"
    assert not [p for p in _positions(nlp, text, "市长") if p[1] == "马公"]
    # real-pages-29 e05 (Macau): 教授 after the name is an honorific, the post is 主席
    text = "澳門歐洲商會理事會主席湯柏燊教授於致辭時說,中國及歐盟商品的進口增加。"
    assert not _positions(nlp, text, "教授")


def _positions(nlp, text: str, position: str) -> list[tuple[str, str]]:
    """The ``(holds_position, person)`` facts of ``text`` whose post is ``position``."""
    from kg.nlp.document import analyse_document

    result = analyse_document(nlp, "t.txt", text)
    return [
        ("holds_position", result.mentions[r.head].norm)
        for r in result.relations
        if r.type == "holds_position" and (r.value or {}).get("position") == position
    ]
