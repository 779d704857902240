"""Session 29 (s29-trad): pages from Taiwan, Hong Kong and Macau (regional style, not script).

Kinds read on the traditional pages' errors (``benchmarks/audits/s29-trad/``):

* a Taiwan firm named by its brand and a business word without 公司 ("三陽工業", "瑞昱半導體",
  "德昌營造": ``org.brand_tails``);
* a firm's new, enlarged or numbered plant named after the firm is a project ("緯承實業馬稠後新廠",
  "望隼科技擴廠", "頎邦科技湖口光復二廠": ``kg/nlp/entities/firm_plants.py``);
* a listed ministry written into its head's title ("科技部長陳良基", "內政部長劉世芳":
  ``org.shared_head_title_tails``).

The sentences are quoted (in their own characters) from the tuning pages named in each test.
"""

from __future__ import annotations

from conftest import normed_mentions_and_facts


def test_taiwan_firms_named_by_brand_and_business_word(nlp):
    # real-pages-16 h07 (changhuanews.com)
    text = (
        "彰化縣長王惠美帶領縣府團隊14日前往新竹縣招商並簽署投資招商MOU後,又轉往參訪三陽工業全球總部,"
        "受到吳清源董事長熱情歡迎,除聽取三陽工業產業發展簡介並參觀公司産品。"
    )
    mentions, _ = normed_mentions_and_facts(nlp, text)
    assert ("ORG", "三阳工业") in mentions
    # real-pages-5 t03 (中評社)
    text = (
        "加上群聯電子將在苗栗投資22億元、瑞昱半導體也將投入31億元，不久後，都將為苗栗帶來充沛的就業機會及產業發展前景。"
    )
    mentions, _ = normed_mentions_and_facts(nlp, text)
    assert ("ORG", "瑞昱半导体") in mentions
    # real-pages-6 u02 (kingtop.com.tw)
    mentions, _ = normed_mentions_and_facts(
        nlp, "草屯手工藝產業園區動土典禮,包括立委許淑華、開發商德昌營造董事長黃政勇,縣議員李洲忠出席。"
    )
    assert ("ORG", "德昌营造") in mentions
    # real-pages-16 h06 (kamalan-news.com): the brand the tagger reads as a name is no person
    # (the firm itself is still missed: a brand tagged PER opens no firm, see the audit)
    text = "也邀請佛光大學楊朝祥校長及邦特生技李執行長,分享跨領域應用的寶貴經驗。"
    mentions, _ = normed_mentions_and_facts(nlp, text)
    assert ("PERSON", "邦特") not in mentions


def test_a_firms_plant_is_a_project_of_the_firm(nlp):
    # real-pages-28 d03 (聯合報), headline
    mentions, _ = normed_mentions_and_facts(nlp, "緯承實業馬稠後新廠動土 投資2億元打造中南部物流加工據點")
    assert ("PROJECT", "纬承实业马稠后新厂") in mentions
    assert ("ORG", "纬承实业") in mentions
    # real-pages-30 r11 (atanews.net): the tagger's one ORG word for firm and plant
    text = "頎邦科技湖口光復二廠今(30)日舉行落成典禮,縣長楊文科應邀剪綵時感謝吳非艱董長受聘擔任縣政顧問。"
    mentions, _ = normed_mentions_and_facts(nlp, text)
    assert ("PROJECT", "颀邦科技湖口光复二厂") in mentions
    assert ("ORG", "颀邦科技湖口光复二厂") not in mentions
    assert ("ORG", "颀邦科技") in mentions
    # real-pages-36 x12 (中評社)
    text = (
        "石安指出,望隼科技這次在竹南擴廠總投資金額約50億元,預估可以創造超過1千個就業機會。"
        "感謝苗栗縣政府的全力協助,才能讓望隼科技擴廠進行得如此快速與順利。"
    )
    mentions, _ = normed_mentions_and_facts(nlp, text)
    assert ("PROJECT", "望隼科技扩厂") in mentions
    # a plant no firm opens names nothing (real-pages-16 h07)
    text = "他也承諾未來路竹廠完工投產後,如果有需要擴廠,一定會優先選擇彰化。"
    mentions, _ = normed_mentions_and_facts(nlp, text)
    assert not any(label == "PROJECT" and name.endswith("扩厂") for label, name in mentions)


def test_a_ministry_written_into_its_heads_title(nlp):
    # real-pages-32 t01 (三立新聞網)
    text = (
        "今(16)日市長林智堅、科技部長陳良基、中油董事長戴謙、農委會副主委李退之與竹科管理局長王永壯"
        "等人一起視察竹科X預定地。"
    )
    mentions, pairs = normed_mentions_and_facts(nlp, text)
    assert ("ORG", "科技部") in mentions
    assert ("works_for", "陈良基", "科技部") in pairs
    # real-pages-20 l11 (Yahoo奇摩新聞)
    text = "由嘉義市長黃敏惠親自主持典禮，內政部長劉世芳與多位立法委員、議員與里長等民意代表共同出席見證歷史一刻。"
    mentions, pairs = normed_mentions_and_facts(nlp, text)
    assert ("works_for", "刘世芳", "内政部") in pairs
    # a committee's department is no ministry of the list: no body named "统战部" alone
    mentions, _ = normed_mentions_and_facts(nlp, "市委常委、統戰部長王某某出席會議。")
    assert ("ORG", "统战部") not in mentions
