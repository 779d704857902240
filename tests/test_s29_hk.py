"""Session 29 (s29-hk): Hong Kong and Macau government bodies named by their 署 / 公署 / 局 head
without their place (``benchmarks/audits/s29-hk/``).

The tagger reads such a body as one common noun ("投資|推廣署/vn", "外交公署/n") or cuts its own
name before the head ("澳門貿易投資促進/ORG|局/n"); ``head_words`` now names them
(``org.body_word_heads``). The sentences are quoted (in their own characters) from the tuning pages
named in each test.
"""

from __future__ import annotations

from conftest import normed_mentions_and_facts


def test_department_read_as_a_common_noun(nlp):
    # real-pages-35 w12 (am730): the clause opens with the body's own verb, cut off by the tagger
    text = "投資推廣署公布，去年共協助560間海外及內地企業在港開設或擴展業務，較前年上升超過4%，數目創新高。"
    mentions, _ = normed_mentions_and_facts(nlp, text)
    assert ("ORG", "投资推广署") in mentions
    assert ("ORG", "推广署") not in mentions
    # real-pages-32 t02 (zlb.gov.cn)
    text = "並與澳門特區行政長官賀一誠、外交公署特派員沈蓓莉、澳門特區立法會主席高開賢出席。"
    mentions, pairs = normed_mentions_and_facts(nlp, text)
    assert ("ORG", "外交公署") in mentions
    assert ("works_for", "沈蓓莉", "外交公署") in pairs


def test_tagger_name_cut_before_its_bureau(nlp):
    # real-pages-29 e05 (華僑報)
    text = "澳門旅遊局局長文綺華女士、澳門貿易投資促進局執行委員李藻森先生,以及歐洲各國駐港澳總領事。"
    mentions, pairs = normed_mentions_and_facts(nlp, text)
    assert ("ORG", "澳门贸易投资促进局") in mentions
    assert ("ORG", "澳门贸易投资促进") not in mentions
    assert ("works_for", "李藻森", "澳门贸易投资促进局") in pairs


def test_no_body_in_a_plan_a_conjunction_or_a_second_name(nlp):
    # real-pages-12 k10: 部署 is the government's plan, no body
    text = "本次项目集中开工,是认真落实省委、省政府部署,全力打好投资扩容增效攻坚战的重要举措。"
    mentions, _ = normed_mentions_and_facts(nlp, text)
    assert ("ORG", "省政府") in mentions
    assert not any(label == "ORG" and norm.endswith("部署") for label, norm in mentions)
    # real-pages-11 z11: the office's second name in brackets is no second body
    text = "县委书记施振强,县委副书记、县长丁政,金华市经合办(招商局)主任洪建文出席。"
    mentions, _ = normed_mentions_and_facts(nlp, text)
    assert ("ORG", "招商局") not in mentions
    # real-pages-23 f07: the bureau's name runs on before the conjunction
    text = "在創新科技及工業局局長孫東、工業貿易署署長見證下簽署。"
    mentions, _ = normed_mentions_and_facts(nlp, text)
    assert ("ORG", "工业局") not in mentions
