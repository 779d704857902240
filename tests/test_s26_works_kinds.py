"""Session 26's works_for / holds_position kinds (s26-works audit), on real sentences of the
tuning pages (each test names its page):

- a board between a body and the title ("某某股份有限公司董事局主席X"): the board is the body's own
  organ, the person works for the body (positions.committees);
- the writer's unit in the bracket that closes a paragraph ("…。(某县发改局 X)"): credit_unit,
  and the unit vouches for the name (bylines);
- general titles the lexicon lacked (总统, 首席投资官, …) and a lone 副 before a title written
  after the name, which is the title's ("某某副秘书长"), not the name's;
- a body a clause writes whole into its head's title, read by the tagger as a verb ("經發局長X").
"""

from __future__ import annotations

import pytest
from test_names_round4 import mentions, persons_of
from test_relations import relations_of

from kg.ingest import segment_document
from kg.nlp.pipeline import analyse_article


def works(nlp, text: str) -> set[tuple[str, str]]:
    return {(f[1], f[2]) for f in relations_of(nlp, text, "works_for")}


def _rules(nlp, text: str) -> list[str]:
    (art,) = segment_document("t.txt", text)
    return [r.rule for r in analyse_article(nlp, art)._.relations]


def posts(nlp, text: str) -> set[tuple[str, str]]:
    return {(f[1], f[2]) for f in relations_of(nlp, text, "holds_position")}


# --------------------------------------------------------------------------- boards


@pytest.mark.parametrize(
    ("text", "person", "body", "post"),
    [
        # real-pages-28 d08
        (
            "25日、26日,肖盛峰分别会见了华润集团董事长傅育宁,比亚迪股份有限公司董事局主席王传福,"
            "世茂集团董事局副主席许世坛等。",
            "王传福",
            "比亚迪股份有限公司",
            "董事局主席",
        ),
        # real-pages-15 g09
        (
            "下午,夏寶龍主任在李家超、文化體育及旅遊局局長羅淑佩、海洋公園公司董事局主席龐建貽和"
            "海洋公園公司行政總裁黃嗣輝陪同下考察海洋公園。",
            "庞建贻",
            "海洋公园公司",
            "董事局主席",
        ),
    ],
)
def test_a_board_between_the_body_and_the_title_is_the_bodys(nlp, text, person, body, post):
    assert (person, body) in works(nlp, text)
    assert (person, post) in posts(nlp, text)


def test_the_party_committee_of_a_body_still_reads_as_before(nlp):
    # real-pages-28 d10: 党组 between the company and the title, as before the boards were added
    text = "黄河水电公司党组副书记、总经理谢小平出席。"
    assert ("谢小平", "黄河水电公司") in works(nlp, text)


# --------------------------------------------------------------------------- credit_unit


def test_the_writers_unit_in_a_closing_bracket(nlp):
    # real-pages-17 i12
    text = (
        "这次集中开工的28个项目,涉及基础设施、产业发展、民生等领域,总投资20.16亿元,"
        "年度计划完成投资10.12亿元。(南华县发改局 杨慧)"
    )
    assert ("杨慧", "南华县发改局") in works(nlp, text)


def test_the_unit_vouches_for_a_name_the_tagger_cut(nlp):
    # real-pages-28 d09: the normalised text runs the bracket on to the editor's credit
    text = (
        "随后,王林波、霍俊波一行在中联创投集团天牧生物科技有限公司就全“羊”产业链进行了考察。"
        "(汾西融媒 付燕保)\n\n[编辑:孔志华]"
    )
    assert "付燕保" in persons_of(nlp, text)
    assert ("付燕保", "汾西融媒") in works(nlp, text)


def test_a_bracket_inside_a_sentence_is_no_credit(nlp):
    # real-pages-27 c01 writes a firm's short name in a bracket inside the sentence
    text = (
        "區政府辦公室、區經濟資訊委主要負責人與華堅國際(BVI)股份有限公司(簡稱華堅集團)董事長張華榮、"
        "安徽華仕健康産業集團有限公司(簡稱華仕集團)董事長閆浩進行了深度座談。"
    )
    assert not any(rule == "credit_unit" for rule in _rules(nlp, text))


# --------------------------------------------------------------------------- titles


@pytest.mark.parametrize(
    ("text", "person", "post"),
    [
        ("陳其邁指出,配合總統蔡英文的「大南方、大發展」政策。", "蔡英文", "总统"),  # real-pages-22 o05
        (
            "印力集团首席投资官竺海群,中航通用飞机有限责任公司总经理马小琦参加。",
            "竺海群",
            "首席投资官",
        ),  # real-pages-28 d08
        (
            "中央政府駐澳門聯絡辦公室秘書長王新東、葡萄牙駐上海總領事伊薩瓦等嘉賓逾200人出席。",
            "伊萨瓦",
            "总领事",
        ),  # real-pages-25 x10
    ],
)
def test_general_titles_the_lexicon_lacked(nlp, text, person, post):
    assert (person, post) in posts(nlp, text)


def test_a_lone_deputy_mark_before_a_title_is_the_titles(nlp):
    # real-pages-25 x10: 丁恬|副|秘書長, the name written before its title
    text = "中葡論壇(澳門)常設秘書處丁恬副秘書長率秘書處代表團於11月5日至7日赴上海。"
    found = persons_of(nlp, text)
    assert "丁恬" in found
    assert "丁恬副" not in found
    assert ("丁恬", "副秘书长") in posts(nlp, text)


# --------------------------------------------------------------------------- bodies in head titles


@pytest.mark.parametrize(
    ("text", "person", "body"),
    [
        ("經發局長廖泰翔表示,高雄投資與城市發展兩大方向。", "廖泰翔", "经发局"),  # real-pages-24 w07
        ("縣長饒慶鈴16日在建設處長蔡勝雄陪同下,前往視察。", "蔡胜雄", "建设处"),  # real-pages-26 b03
        (
            "動土典禮除了有南投縣長許淑華、內政部國土管理署總工程司游源順、中部都市基礎工程分署長陳俊雄出席。",
            "陈俊雄",
            "中部都市基础工程分署",
        ),  # real-pages-7 v02
    ],
)
def test_a_body_written_into_its_heads_title(nlp, text, person, body):
    assert (person, body) in works(nlp, text)


def test_a_taking_of_office_or_a_verb_before_the_title_names_no_body(nlp):
    # real-org o06: 包括 is the clause's verb, the body is 劳工局 alone
    text = "見證新舊任理事長交接儀式,包括勞工局長張大春、消防局長曾進財、立委楊瓊瓔、江啟臣等人也到場祝賀。"
    orgs = {t for t, label in mentions(nlp, text) if label == "ORG"}
    assert "劳工局" in orgs
    assert "包括劳工局" not in orgs
