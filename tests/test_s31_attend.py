"""Session 31 (s31-attend): a fair is not the event a bare attendance refers to
(kg/nlp/relations/fair_events.py, ``[attended] fairs`` in ontology/patterns/relations.toml).

In a report from a fair ("…在某某博览会上举行首场签约", "赴上海参加某进口博览会…并参加某推介活动"),
"A、B见证签约。", "A、B等嘉宾逾200人出席" and "A、B分别致辞" name persons of one of the fair's own
events, not of the fair: no ``attended`` fact to the fair from ``attend_article_meeting`` or
``presenter_at_event``. Attending a fair by its name ("出席2009某某交易会") is kept.
"""

from __future__ import annotations

from conftest import meetings_and_event_facts

# real-pages-39 ba11 (yybnet.net): the signing at the fair is the event the witnesses were at
BA11 = (
    "本报讯(记者 蒋增科 杨宇晗)11月20日下午,咸阳市在第十九届中国杨凌农业高新科技成果博览会上举行首场签约。"
    "共达成合作项目61个,总投资116.6亿元,其中集中签约项目40个,投资84.46亿元。\n"
    "省政协副主席李冬玉、市长姜锋、市人大常委会主任赵庆明、市政协主席李效民、杨凌示范区管委会副主任刘庆、"
    "市人大常委会副主任肖芳以及市委副市级咨询员张宗平等见证签约,市委副书记卫华讲话,副市长严维佳主持签约仪式。\n"
)

# real-meet3 a01 (93.gov.cn): the fair named in the headline's 出席 is kept; the speeches in its
# body are at its opening ceremony
A01 = (
    "邵鸿副主席、原副主席洪绂曾出席2009中国安徽(合肥)农业产业化交易会\n\n"
    "11月3日上午10时,2009中国安徽(合肥)农业产业化交易会(以下简称农交会)开幕式,在安徽国际会展中心隆重举行。\n\n"
    "全国政协副主席李兆焯宣布大会开幕。中共安徽省委书记王金山,农业部副部长陈晓华,合肥市委书记孙金龙分别致辞。\n"
)


def test_witnesses_of_a_signing_at_a_fair_did_not_attend_the_fair(nlp):
    meetings, facts = meetings_and_event_facts(nlp, BA11)
    assert "第十九届中国杨凌农业高新科技成果博览会" in meetings
    fair = [f for f in facts if f[0] == "attended" and f[2].endswith("博览会")]
    assert fair == []


def test_guests_of_a_promotion_at_an_import_expo_did_not_attend_the_expo(nlp):
    # real-pages-25 x10 (gov.mo): the expo opened (held) before the promotion's guests are listed;
    # the guests of the promotion (whose quoted name kg does not keep) are not the expo's
    _, facts = meetings_and_event_facts(
        nlp,
        "中葡論壇常設秘書處參加第2屆進博會 宣傳澳門平台作用、助力一個平台建設\n\n"
        "為加強中國與葡語國家之間經貿交流, 發揮澳門中國與葡語國家商貿合作服務平台作用, "
        "中葡論壇(澳門)常設秘書處丁恬副秘書長率秘書處代表團於11月5日至7日赴上海參加「第二屆中國國際進口博覽會」, "
        "參觀澳門展區和相關展館, 並參加“澳門投資合作論壇—中國與葡語國家商貿合作服務平台推介”活動。\n\n"
        "11月5日, 第二届中國國際進口博覽會在上海國家會展中心開幕, 由中國商務部和上海市人民政府主辦, "
        "是迄今為止世界上第一個以進口為主題的國家級博覽會, 是中國主動向世界開放市場的重大決策。"
        "澳門在會場內設置兩個展館, 展示其“一中心”“一平台”的獨特魅力。\n\n"
        "由上海市人民政府港澳事務辦公室、澳門貿易投資促進局、中葡論壇常設秘書處合辦的"
        "“澳門投資合作論壇—中國與葡語國家商貿合作服務平台推介”活動於11月6日下午在上海國展寶龍麗筠酒店舉行, "
        "澳門特區政府經濟財政司司長梁維特、中央政府駐澳門聯絡辦公室秘書長王新東、"
        "葡萄牙駐上海總領事伊薩瓦等嘉賓逾200人出席, "
        "重點向來自世界各地的與會嘉賓推介澳門作為“中國與葡語國家商貿合作服務平台”的定位和優勢。\n\n",
    )
    assert not [f for f in facts if f[1] in ("梁维特", "王新东", "伊萨瓦") and f[2].endswith("博览会")]
    # who goes to the expo by its name ("赴上海參加「…博覽會」") attended it
    assert ("attended", "丁恬", "第二届中国国际进口博览会") in facts


def test_a_fair_named_after_the_trigger_is_attended_and_its_speeches_are_not_at_it(nlp):
    _, facts = meetings_and_event_facts(nlp, A01)
    assert ("attended", "邵鸿", "2009中国安徽(合肥)农业产业化交易会") in facts
    assert not [f for f in facts if f[1] in ("王金山", "陈晓华", "孙金龙") and f[2].endswith("交易会")]
