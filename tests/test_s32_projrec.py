"""Session 32 (s32-projrec): a facility whose investment names it right before its name is a project.

"总投资53.95亿元的|盘州英武水库……", "总投资15亿元的|三盛置地广场、", "投資5000萬元的在建項目——|潁上縣城市規劃展覽館,":
what is invested in a reservoir, a square or a hall makes it a project being built (``[project.facility]
amount_after_de`` / ``amount_heads`` in :mod:`kg.nlp.entities.facility_frames`); the amount then reaches it.
A place or a firm after the same frame ("总投资29.85亿元的|界首市|十二个项目") stays what it is.
Sentences quoted from tuning pages.
"""

from __future__ import annotations

from conftest import invested_amounts

from kg.nlp.document import analyse_document


def _labels(nlp, text: str) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for m in analyse_document(nlp, "t.txt", text).mentions:
        out.setdefault(m.text, set()).add(m.label)
    return out


def test_a_reservoir_after_its_investment_is_a_project(nlp):
    # real-pages-41 bc08 (real-pages-42 bd08 is the same page)
    text = (
        "总投资158.4亿元的贵州能源水城多能互补综合项目、总投资104.7亿元的贵州美锦六枝煤焦氢综合利用示范项目、"
        "总投资79.8亿元的六盘水火车站片区改造提升工程、总投资53.95亿元的盘州英武水库……目前六盘水每个市区至少有"
        "一个单体投资50亿元以上的重大项目正在实施。"
    )
    assert _labels(nlp, text)["盘州英武水库"] == {"PROJECT"}
    assert ("盘州英武水库", 5.395e9) in invested_amounts(nlp, text)


def test_a_square_after_its_investment_is_a_project(nlp):
    # real-pages-14 n02
    text = (
        "同时,总投资15亿元的三盛置地广场、总投资6亿元的文昌乐都汇购物中心都是大型城市综合体项目,"
        "它们将大大提升邗江路现代商贸中心质态和文昌商圈活力。"
    )
    assert _labels(nlp, text)["三盛置地广场"] == {"PROJECT"}
    assert ("三盛置地广场", 1.5e9) in invested_amounts(nlp, text)


def test_a_hall_after_its_investment_and_an_apposition_is_a_project(nlp):
    # real-pages-41 bc04 (a traditional page)
    text = (
        "考察期間,宋衛平、于勇一行首先參觀了位于五里湖濕地公園、投資5000萬元的在建項目——潁上縣城市規劃展覽館,"
        "并認真聽取了潁上城市建設情況和遠景發展目標的介紹。"
    )
    labels = _labels(nlp, text)
    assert labels["潁上縣城市規劃展覽館"] == {"PROJECT"}
    assert "PROJECT" not in labels["五里湖濕地公園"]  # the park it stands in is no project: no amount of its own


def test_a_place_after_the_frame_stays_a_place(nlp):
    # real-amount c01: the county's twelve projects, no facility
    text = "3月6日,总投资29.85亿元的界首市十二个项目分别在该市经开区和田营、光武、西城、鸭王五个产业园集中于动工。"
    labels = _labels(nlp, text)
    assert "PROJECT" not in labels.get("界首市", set())


def test_a_square_without_an_investment_is_no_project(nlp):
    # real-pages-31 s03: a shopping square the project holds, no project of its own
    text = (
        "在主会场开工的海门中心总部经济项目总投资50亿元,集五星级酒店、总部经济、商务办公、大型商业广场于一体,"
        "面积12万平方米,其中商业广场总面积8万平方米,由南通三江置业集团投资建设。"
    )
    labels = _labels(nlp, text)
    assert not any("广场" in name and "PROJECT" in kinds for name, kinds in labels.items())
