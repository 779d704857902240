"""Session 32 (s32-orgrec): organisations missed on real pages.

A level's party committee by its two-character short form ("省委", "市委", "县委") is the body even
where the tagger's word runs into a noun after it ("落实|省委|决策部署"): ``[tagger] level_committees``,
``kg/nlp/entities/statistical.py``. The outlet named first inside the lenticular brackets that open a
lead ("【某某网】", "【某某新闻报道】", "【某某传媒／记者…】") is an organisation:
``[org] bracketed_outlet``, ``kg/nlp/entities/bracketed_outlets.py``.
Kinds and counts: ``benchmarks/audits/s32-orgrec/``. The sentences are quoted from the tuning pages
named in each test.
"""

from __future__ import annotations

from kg.nlp.document import analyse_document


def _orgs(nlp, text: str) -> set[str]:
    return {m.norm for m in analyse_document(nlp, "t.txt", text).mentions if m.label == "ORG"}


def test_a_level_committee_before_a_noun_is_the_body(nlp):
    # real-pages-15 g06 (jlszx.gov.cn): "和|市委/ORG|部署/vn|要求"
    text = "会议强调,要按照政协章程规定和市委部署要求,进一步明确分工,落实责任。"
    assert "市委" in _orgs(nlp, text)
    # real-pages-26 b12 (yc.sxgov.cn): "落实|市委/ORG|项目/n|为王"
    text = "坚决落实市委项目为王“五个一”工作机制和“五抓一优一促”工作总要求,在切实强化疫情防控的同时,全力以赴抓项目。"
    assert "市委" in _orgs(nlp, text)
    # real-pages-24 w03 (changbai.gov.cn): "围绕|县委/ORG|生态/n|强县"
    text = "聚焦市委、市政府“一山两江”经济带以及“一体两翼”发展格局,围绕县委生态强县建设,发挥好生态、资源及区位优势。"
    assert "县委" in _orgs(nlp, text)


def test_a_short_body_before_a_noun_still_modifies_it(nlp):
    # real-pages-24 w03 (changbai.gov.cn): "政协/ORG|委员/n|提案": a member's motion, no body (the
    # page's gold names no 政协); only the level committees escape the guard
    text = "主动接受群众监督和舆论监督,高质量办理人大代表建议和政协委员提案。弘扬法治精神,严格依法行政。"
    assert "政协" not in _orgs(nlp, text)


def test_an_outlet_alone_in_the_leads_brackets(nlp):
    # real-pages-35 w03 (nhcl.com.cn): the site alone in 【】 on its line
    text = "2020年04月13日 02:04耐火材料网zr\n【中国耐火材料网】\n"
    text += "为进一步扩大招商引资成果,加快推进项目建设,4月8日,鞍山市第二届云招商项目洽谈会暨项目云签约仪式举行。"
    assert "中国耐火材料网" in _orgs(nlp, text)


def test_an_outlet_before_its_report_word_or_its_reporter(nlp):
    # real-pages-23 f07 (dotdotnews, traditional): "【點新聞報道】"
    text = "【點新聞報道】香港科技園公司(科技園公司)與11間先進製造策略夥伴企業今日(28日)舉行簽署儀式。"
    found = _orgs(nlp, text)
    assert "点新闻" in found and "点新闻报道" not in found
    # real-pages-30 r12 (互传媒 via Yahoo): the outlet, a slash, its reporter
    text = "【互傳媒／記者 張文琦／澎湖 報導】澎湖縣政府、國立澎湖科技大學與國立成功大學"
    text += "今（4）日舉行合作備忘錄（MOU）簽署儀式。"
    assert "互传媒" in _orgs(nlp, text)


def test_brackets_that_name_no_outlet(nlp):
    # real-pages-14 n04, -41 bc12, -7 v05: "本报讯", "特讯", "资料图" name no outlet here
    text = "【本報訊】應珠海市政府邀請,經濟財政司司長率團訪問珠海。\n【资料图】\n"
    found = _orgs(nlp, text)
    assert not any(o.startswith(("本报", "资料图")) for o in found)
