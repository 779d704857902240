"""References back to the event an article names, found on the error lists of the tuning sets
real-pages and real-pages-2 and confirmed on the pool of benchmarks/audits/s16-meet: a bare
ceremony word of two characters that no list holds ("出席签字仪式", "参加庆典仪式") beside the
named ceremony, a headline's shorter form of that ceremony, and one who announces works
starting at a ceremony of works starting ("县委书记A宣布项目开工").

The sentences are written for each kind (no page's text or names).
"""

from __future__ import annotations

from test_meeting_kinds import read


def test_an_unlisted_ceremony_word_is_the_ceremony_named_whole_by_its_clause(nlp):
    text = "6月3日上午,青禾大学与云岭县人民政府举行了校地合作签字仪式。云岭县委书记章明远、县长贺立新出席签字仪式。"
    mentions, facts = read(nlp, text)
    assert ("MEETING", "签字仪式") not in mentions
    for p in ("章明远", "贺立新"):
        assert ("attended", p, "校地合作签字仪式") in facts


def test_a_headline_s_shorter_form_leaves_one_event_for_the_bare_word(nlp):
    text = (
        "青川县举行重点项目集中开工仪式\n"
        "3月1日,青川县举行2024年第一批重点项目集中开工仪式。县领导滕子骞、危一鸣出席开工仪式。"
    )
    mentions, facts = read(nlp, text)
    assert ("MEETING", "开工仪式") not in mentions
    assert ("attended", "危一鸣", "2024年第一批重点项目集中开工仪式") in facts


def test_an_unlisted_ceremony_word_of_another_stem_is_the_one_ceremony_named(nlp):
    text = "9月9日,石门县隆重举行石门工业园暨企业进园典礼仪式。县领导裘文海、费思源等参加庆典仪式。"
    mentions, facts = read(nlp, text)
    assert ("MEETING", "庆典仪式") not in mentions
    assert ("attended", "裘文海", "石门工业园暨企业进园典礼仪式") in facts


def test_an_unlisted_ceremony_word_stays_where_two_events_are_named(nlp):
    text = (
        "5月8日,青川县举行2024年重点项目集中开工仪式,随后召开青川县项目建设推进会。县领导滕子骞、危一鸣参加庆典仪式。"
    )
    _, facts = read(nlp, text)
    assert ("attended", "危一鸣", "2024年重点项目集中开工仪式") not in facts
    assert ("attended", "危一鸣", "青川县项目建设推进会") not in facts


def test_one_who_announces_works_starting_attends_the_ceremony_of_works_starting(nlp):
    text = (
        "4月2日,白水县2024年第二季度重点项目集中开工仪式举行。"
        "县委书记柏云舟宣布白水县第二季度重大工程项目开工。县长闵思齐主持开工仪式。"
    )
    _, facts = read(nlp, text)
    assert ("attended", "柏云舟", "白水县2024年第二季度重点项目集中开工仪式") in facts


def test_works_announced_at_a_meeting_of_another_kind_are_no_attendance(nlp):
    text = "4月2日,白水县召开重点项目建设推进会。会议结束后,县委书记柏云舟宣布项目开工。"
    _, facts = read(nlp, text)
    assert not any(f[:2] == ("attended", "柏云舟") for f in facts)


def test_an_opening_announced_with_a_long_name_and_no_determiner_is_read(nlp):
    # the announcer rule once failed here (no bare word after 宣布), and the article was lost
    text = (
        "3月2日,青石机械公司召开第二届三次职工代表大会。"
        "工会主席钟子林宣布青石机械有限责任公司第二届三次职工代表大会在国歌声中开幕。"
    )
    mentions, _ = read(nlp, text)
    assert any(label == "MEETING" for label, _ in mentions)
