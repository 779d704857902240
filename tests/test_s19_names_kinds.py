"""Kinds of the session 19 names audit (issue 14, benchmarks/audits/s19-names).

The tagger cuts a name of one surname before a last character that is also an adverb, an
auxiliary or a verb ("主任|某发/PER|刚/d|主持", "、|某军/PER|才/d|出席会议", "县长|某拴/PER|会/v|陪同",
"副县长|某林/PER|发/v|,"); the name is whole when a mark, a report's act or a copula and a job title
follows that character (``[person.final_chars]`` of ontology/patterns/entities.toml;
kg.nlp.entities.cut_names.final_char_name). An adverb that stands before a report's act (也, 又,
还) is never taken.

The sentences and names are written for the kind (no page's text or names).
"""

from __future__ import annotations

from test_meeting_kinds import read

from kg.ingest import segment_document
from kg.nlp.pipeline import analyse_article


def _labels(nlp, text: str) -> set[tuple[str, str]]:
    art = segment_document("t.txt", text)[0]
    doc = analyse_article(nlp, art)
    return {(m.label, art.text[m.start : m.end]) for m in doc._.mentions}


def test_a_name_cut_before_an_adverb_that_ends_it_before_the_act_it_chairs(nlp):
    text = "5月8日,全县重点项目集中开工仪式举行。仪式由县委常委、县委办公室主任韦发刚主持。"
    mentions, facts = read(nlp, text)
    assert ("PERSON", "韦发刚") in mentions
    assert ("PERSON", "韦发") not in mentions
    assert ("chaired", "韦发刚", "全县重点项目集中开工仪式") in facts


def test_the_last_name_of_a_list_cut_before_an_adverb_and_an_act(nlp):
    labels = _labels(nlp, "市委常委甘晓峰、孟庆林、邵军才出席会议,市人大常委会主任吴守成列席会议。")
    assert ("PERSON", "邵军才") in labels
    assert ("PERSON", "邵军") not in labels


def test_a_name_cut_before_an_auxiliary_or_a_verb_after_a_title(nlp):
    labels = _labels(nlp, "县委副书记、县长韩栓会陪同。")
    assert ("PERSON", "韩栓会") in labels
    labels = _labels(nlp, "县委常委、常务副县长胡晓东,副县长蒋林发,县政协副主席柯佳宁及相关乡镇负责同志参加会议。")
    assert ("PERSON", "蒋林发") in labels
    assert ("PERSON", "蒋林") not in labels


def test_an_adverb_before_an_act_stays_apart_from_the_name(nlp):
    # 也 stands between a name and the act it qualifies; it is no last character of a name
    labels = _labels(nlp, "县委副书记、县长冯强也出席。")
    assert ("PERSON", "冯强也") not in labels
    # an article that writes the two characters before another word names a person of two
    labels = _labels(nlp, "县长韩栓会陪同。韩栓强调,要抓好项目建设。")
    assert ("PERSON", "韩栓会") not in labels
