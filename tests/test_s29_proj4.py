"""Session 29 (s29-proj4): a verb or preposition of the clause opening a project's name.

"以|某某公司机器人及其组件", "確保|某某科技年產…", "進入|某某產業園", "接待了|…客商230余批次": the name starts
past the word (``[project.clause_cuts] openers`` in :mod:`kg.nlp.entities.clause_cuts`), or is no name where
no proper noun is left; an opener the segmenter tags as part of a name ("以/ORG|勒鋼鐵新廠") stays.
Sentences quoted from tuning pages.
"""

from __future__ import annotations

from kg.nlp.document import analyse_document


def _projects(nlp, text: str) -> set[str]:
    return {m.text for m in analyse_document(nlp, "t.txt", text).mentions if m.label == "PROJECT"}


def test_a_list_opened_by_yi_wei_daibiao_starts_after_yi(nlp):
    # real-pages-35 w02
    text = (
        "总投资176.4亿元。项目产业层次较高,有以河北春蕾新能源开发有限公司机器人及其组件、"
        "河北御捷车业新能源整车和电池等项目为代表的。"
    )
    projects = _projects(nlp, text)
    assert "河北春蕾新能源开发有限公司机器人及其组件" in projects
    assert not any(p.startswith("以") for p in projects)


def test_quebao_opens_the_clause_not_the_name(nlp):
    # real-pages-26 b04
    text = (
        "鹽池縣全力打造主戰場、主引擎,全面落實“代領辦、一站式”服務,確保中氦科技年產60萬方氦氣、國電投5萬噸鋁型材、"
        "氦能科技提氦制氫及液化等89個項目3月份開工建設,力促一季度開工率達80%以上、上半年開工率達100%。"
    )
    projects = _projects(nlp, text)
    assert "中氦科技年產60萬方氦氣" in projects
    assert not any(p.startswith("確保") for p in projects)


def test_jinru_opens_the_clause_not_the_park(nlp):
    # real-pages-23 f09
    text = (
        "粵澳中醫藥科技產業園開發公司則分別與八間澳企簽署進入粵澳中醫藥科技產業園的租賃土地投資合作協議,"
        "成為是日簽約大戶。"
    )
    projects = _projects(nlp, text)
    assert not any(p.startswith("進入") for p in projects)


def test_jiedai_le_visitors_is_no_project(nlp):
    # real-pages-15 g08 (its whole sentence: the visitors are read as a listed item only in it)
    text = (
        "其中,投资额上亿元的项目17个,主要项目有:海南万国大德房地产开发有限公司投资30亿元的琼海九陆岭温泉休闲康养度假区项目,"
        "琼海明道实业有限公司投资17.1亿元的御泉庄温泉文化旅游城项目,海南寰岛置业发展有限公司投资12亿元的寰岛鸿椰花园项目,"
        "琼海博鳌基金小镇置业有限公司投资10亿元的博鳌基金总部基地项目等;签约的有琼海官塘温泉医疗康养中心项目、"
        "博鳌基金总部基地项目、琼海市人民政府与中关村股权投资协会深化战略合作框架协议等3个项目,签约金额为38亿元;"
        "接待了国内外来访客商230余批次,390余人次;电话和网上接洽230余次;对接洽谈项目43个。"
    )
    projects = _projects(nlp, text)
    assert "琼海官塘温泉医疗康养中心项目" in projects
    assert not any("客商" in p for p in projects)


def _cut(text: str, name: str) -> list[str]:
    from kg.nlp.entities.candidate import Candidate
    from kg.nlp.entities.clause_cuts import without_clause_verbs
    from kg.nlp.segmenters import make_segmenter
    from kg.nlp.words import words_of

    ws = words_of(make_segmenter("lac").segment(text))
    start = text.index(name)
    cands = [Candidate(start, start + len(name), "PROJECT", "head_words", 0.7)]
    return [text[c.start : c.end] for c in without_clause_verbs(ws, cands)]


def test_yi_is_cut_only_as_a_preposition():
    # real-pages-16 h04: the segmenter splits 以 off the firm "以勒鋼鐵" but tags it ORG: a name's character
    assert _cut("以勒鋼鐵新廠基地占地約0.6公頃，總投資金額達新台幣2.7億元。", "以勒鋼鐵新廠") == ["以勒鋼鐵新廠"]
    # real-pages-35 w02: 以 … 为代表
    text = "项目产业层次较高,有以河北春蕾新能源开发有限公司机器人及其组件、河北御捷车业新能源整车和电池等项目为代表的。"
    assert _cut(text, "以河北春蕾新能源开发有限公司机器人及其组件") == ["河北春蕾新能源开发有限公司机器人及其组件"]
