"""Session 29 (s29-brands): firms named by a brand and a business word, with no company ending.

The business words of trades the lists lacked (``org.brand_tails`` += 航空; ``org.listed_firms.tails``
+= 电梯, 果业, 菌业) make the tagger's brand a firm, and a list item whose brand is one character
("…上|吴/LOC|电梯": a cut brand) is no firm (``kg/nlp/entities/listed_firms.py``).
The sentences are quoted from the tuning pages named in each test.
"""

from __future__ import annotations

from conftest import normed_mentions_and_facts


def test_airline_brand_is_the_investor(nlp):
    # real-pages-31 s09 (xinmin.cn)
    text = (
        "近日,如意航空计划在金山投资建设CH2000无人机研发制造项目,并参加了市政府举行的2022年度首次外资项目集中签约仪式。"
    )
    mentions, pairs = normed_mentions_and_facts(nlp, text)
    assert ("ORG", "如意航空") in mentions
    assert ("invests_in", "如意航空", "CH2000无人机研发制造项目") in pairs
    # seeds 000: a trade in a list of trades is no firm
    mentions, _ = normed_mentions_and_facts(nlp, "聚焦煤机制造、轨道交通、通用航空、换电重卡、高性能碳纤维等产业。")
    assert not any(label == "ORG" for label, _ in mentions)


def test_listed_firms_of_new_trades(nlp):
    # real-pages-31 s11
    text = (
        "什邡市招商引资项目集中签约仪式在市政府第四会议室举行,四川九创投资、四川宝利丰科技、苏州塞维拉上吴电梯、"
        "苏州奥斯玛电梯、沈阳市宏远电磁线、重庆卓越科技、成都深嘉机械、郑州中泉路桥设备、大益汽车配件9家企业代表"
        "分别与副市长席建国、什邡经济开发区管委会主任李庭勇签订了项目投资协议书,正式落户什邡。"
    )
    mentions, _ = normed_mentions_and_facts(nlp, text)
    assert ("ORG", "苏州奥斯玛电梯") in mentions
    assert ("ORG", "吴电梯") not in mentions  # a one-character brand is a cut
    # real-pages-26 b11
    text = (
        "视察组先后来到延刚果业、四叶纸箱厂、雅苑小区、凤栖街道胡村关联产业集中区、永乡镇圪崂村、旧县镇西关大桥等地。"
    )
    mentions, _ = normed_mentions_and_facts(nlp, text)
    assert ("ORG", "延刚果业") in mentions


def test_numeral_brand_in_a_list_of_firms(nlp):
    # real-loc l13 (荆楚网论坛): "亿佳欧电子陶瓷" is one word the tagger calls a number
    text = (
        "应城经济开发区内的泱盛生物科技、亿佳欧电子陶瓷、柯尚木业等一大批企业产销两旺,"
        "十三香麻辣鲜厂、中研茶妆等一批新项目密集开工,一季度该开发区工业总产值累计增幅达到47%。"
    )
    mentions, _ = normed_mentions_and_facts(nlp, text)
    assert ("ORG", "亿佳欧电子陶瓷") in mentions
    # real-pages-2 q10 (traditional reprint of 中新网)
    text = (
        "此次吉木薩爾縣參展亞博會企業共有11家,分別是三臺酒業、新疆莊子實業、"
        "天山驕子食品有限責任公司、二工鄉天元糧油製品專業合作社。"
    )
    mentions, _ = normed_mentions_and_facts(nlp, text)
    assert ("ORG", "三台酒业") in mentions
    # a number with a trade word is no firm: "13家" stays a count
    mentions, _ = normed_mentions_and_facts(nlp, "辽宁顺利邦物流、阳煦果业等13家省内外企业与开发区签约。")
    assert {n for label, n in mentions if label == "ORG"} == {"辽宁顺利邦物流", "阳煦果业"}
