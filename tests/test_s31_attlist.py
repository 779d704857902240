"""Session 31 round 4 (s31-attlist): the persons listed right after the clause that holds an
event, with no word of attending, attended it (kg/nlp/relations/attendees_after.py, rule
``attendees_after_event``; ``[attended] after_event_*`` in ontology/patterns/relations.toml).

"舉辦X,A,B,C…專程來港與…聚會團拜", "召開X,A,B、C…與…進行了深度座談", "X在澳門舉行,A及B等作為主
禮嘉賓": the names open the next clause (only their titles before them). A clause that says or
chairs ("會議昨召開,縣長A強調") gives nothing, nor one of guests who come to congratulate.
"""

from __future__ import annotations

from conftest import meetings_and_event_facts

# real-pages-31 s07 (wenweipo.com): a list cut by commas, closed by a group with the predicate
S07 = (
    "■肇慶市春茗,逾500政商嘉賓赴會,市領導和林武、戴德豐一齊向來賓祝酒。\n"
    "香港文匯報訊 肇慶市日前假洲際酒店舉辦2013年港澳新春團拜會,肇慶市政協主席張成文,市委副書記吳華欽,"
    "副市長關鵬及陳宣群,市屬各縣(市、區)及市直有關部門負責人專程來港與500多港澳客商聚會團拜。"
    "中聯辦副主任林武,全國政協常委、四洲集團主席戴德豐等嘉賓出席致辭。\n"
)

# real-pages-14 n05 (ipim.gov.mo): the event's own clause says it is held, the guests follow
N05 = (
    "本局武漢代表處正式啟動\n\n"
    "8月12日,本局武漢代表處啟動儀式在澳門舉行,湖北省副省長曹廣晶及澳門經濟財政司司長梁維特等作為主禮嘉賓。"
    "儀式上,本局主席張祖榮與湖北省商務廳廳長盧焱群簽署了《深化雙方經貿交流合作備忘錄》。\n"
)

# real-pages-27 c01: the names of the predicate's clause chained by list joiners (the firms'
# chairmen after 與 sat at the same table)
C01 = (
    "5月26日,大渡口區政府召開企業發展座談會,大渡口區委副書記、區長黃紅,區委常委區常務副區長鐘渝、"
    "區政協副主席民盟區委會主委胡軍、區政府辦公室、區經濟資訊委主要負責人與華堅國際(BVI)股份有限公司"
    "(簡稱華堅集團)董事長張華榮、安徽華仕健康産業集團有限公司(簡稱華仕集團)董事長閆浩進行了深度座談,"
    "區領導傾聽市內外企業代表提出的有關訴求和建議。\n"
)

# real-pages-28 d03 (udn.com): guests who come to congratulate ("前往祝賀") are refused (the gold
# keeps them optional, to a shorter name of the ceremony than kg's)
D03 = (
    "嘉義縣馬稠後產業園區再傳喜訊，食品原料供應大廠緯承實業今天舉辦新建廠房動土典禮，"
    "縣長翁章梁、六腳鄉長黃鉦凱等人前往祝賀。緯承實業預計投入2億元，在園區建置食品原料加工廠。\n"
)


def _attendees(facts: set[tuple[str, str, str]], meeting: str) -> set[str]:
    # the facts are read in simplified characters (kg reads a simplified copy of the text)
    return {p for t, p, m in facts if t == "attended" and m == meeting}


def test_a_list_cut_by_commas_after_the_held_event_attended(nlp):
    _, facts = meetings_and_event_facts(nlp, S07)
    assert {"张成文", "吴华钦", "关鹏", "陈宣群"} <= _attendees(facts, "2013年港澳新春团拜会")


def test_guests_after_the_event_held_in_its_clause_attended(nlp):
    _, facts = meetings_and_event_facts(nlp, N05)
    assert {"曹广晶", "梁维特"} <= _attendees(facts, "本局武汉代表处启动仪式")


def test_names_chained_into_the_predicate_clause_attended(nlp):
    _, facts = meetings_and_event_facts(nlp, C01)
    assert {"钟渝", "胡军", "张华荣", "闫浩"} <= _attendees(facts, "企业发展座谈会")


def test_guests_who_come_to_congratulate_are_not_read_from_the_list(nlp):
    meetings, facts = meetings_and_event_facts(nlp, D03)
    assert "新建厂房动土典礼" in meetings  # the shape holds: only the refused predicate stops it
    assert not any(t == "attended" and p in ("翁章梁", "黄钲凯") for t, p, _ in facts)
