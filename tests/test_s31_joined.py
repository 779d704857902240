"""Session 31 (s31-joined): organisations whose name holds 联合, which the tagger reads as the verb
"join" and so cuts the name there (``benchmarks/audits/s31-joined/``).

Three readings: a direction's 部 taken for the end of a first body joined by the verb
("行政院南部|聯合服務中心", kg/nlp/entities/org_forms.py ``_joined_body``), the head 聯合總會 read as
an adverb and a verb ("…廠商/ORG|聯合/vd|總會/v") and 聯合 tagged ORG alone before the rest of the
name ("聯合/ORG|環球股份有限公司/ORG") (kg/nlp/entities/joined_names.py). Where 联合 is the verb
between two bodies or before one, nothing changes.

The sentences are quoted (in their own characters) from the tuning pages named in each test.
"""

from __future__ import annotations

from conftest import normed_mentions_and_facts


def test_direction_part_ends_no_first_body(nlp):
    # real-pages-33 u12 (Penghu county)
    text = "包括行政院南部聯合服務中心執行長許乃文、副執行長陳文亮、馬公市長黃健忠、七美鄉長呂啓俊與各界代表與會。"
    mentions, facts = normed_mentions_and_facts(nlp, text)
    assert ("ORG", "行政院南部联合服务中心") in mentions
    assert ("ORG", "行政院南部") not in mentions
    assert ("ORG", "服务中心") not in mentions
    assert ("works_for", "许乃文", "行政院南部联合服务中心") in facts


def test_federation_head_read_as_a_verb(nlp):
    # real-pages-6 u02 (Nantou county)
    text = (
        "縣府建設處長李正偉、土銀副總經理林坤地、南開科大副校長林正敏、"
        "中華民國工業區廠商聯合總會副理事長董正宗、富寮里長簡家俊及眾多在地民眾參加,"
    )
    mentions, facts = normed_mentions_and_facts(nlp, text)
    assert ("ORG", "中华民国工业区厂商联合总会") in mentions
    assert ("ORG", "中华民国工业区厂商") not in mentions
    assert ("works_for", "董正宗", "中华民国工业区厂商联合总会") in facts


def test_joined_tagged_as_a_name_opens_it(nlp):
    # real-pages-5 t03 (Miaoli county)
    text = (
        "今年度包括聯合環球股份有限公司投資20億元在竹南新建的廠辦大樓6月將竣工啟用；"
        "台灣富士紡精密材料股份有限公司及怡何有限公司分別投入13億元及10億元的廠房也在近期啟建動土"
    )
    mentions, _ = normed_mentions_and_facts(nlp, text)
    assert ("ORG", "联合环球股份有限公司") in mentions
    assert ("ORG", "环球股份有限公司") not in mentions


def test_joined_as_a_verb_stays_out_of_names(nlp):
    # real-meet3 a01: 联合 the verb of two governments holding an event
    mentions, _ = normed_mentions_and_facts(
        nlp, "由农业部、安徽省人民政府和合肥市人民政府联合主办,安徽省农业委员会承办。"
    )
    assert ("ORG", "合肥市人民政府") in mentions
    assert not any("联合" in name for _, name in mentions)
    # seeds 001: 联合 the verb before a firm and before a bureau
    text = "与大同市大数据智慧服务产教协会合作，联合山西新晋时代信息科技有限公司、大同人和数据公司。"
    mentions, _ = normed_mentions_and_facts(nlp, text)
    assert ("ORG", "山西新晋时代信息科技有限公司") in mentions
    assert not any("联合" in name for _, name in mentions)
    mentions, _ = normed_mentions_and_facts(
        nlp, "组织大数据服务企业到各高校宣讲，联合市退役军人事务管理局、残联、妇联以及各社会组织。"
    )
    assert ("ORG", "市退役军人事务管理局") in mentions
    assert not any("联合" in name for _, name in mentions)
