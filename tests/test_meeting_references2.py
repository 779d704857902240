"""Meeting names and references back, from the error lists of the tuning sets real-pages,
real-pages-2 and real-pages-5, confirmed on the A half of benchmarks/audits/s16-meet2: a
determiner opening an event's name points back to the event the article names ("参加此次集中
签约仪式"); "X暨Y" whose first half has no head word, opened by the verb that holds it ("召开|防汛
暨…工作会议") or after 的 ("出席今晚的|…暨…晚宴"); a numbered session whose level word follows a
verb or a preposition ("讨论决定了|县|十七届人大六次会议").

The sentences are written for each kind (no page's text or names).
"""

from __future__ import annotations

from test_meeting_kinds import read


def test_a_determiner_and_a_ceremony_word_after_the_trigger_is_the_named_ceremony(nlp):
    text = "5月8日,青川县举行招商引资集中签约仪式。县领导滕子骞、危一鸣参加此次集中签约仪式。"
    mentions, facts = read(nlp, text)
    assert ("MEETING", "此次集中签约仪式") not in mentions
    for p in ("滕子骞", "危一鸣"):
        assert ("attended", p, "招商引资集中签约仪式") in facts


def test_a_determiner_with_de_points_back_to_a_long_joint_ceremony(nlp):
    text = (
        "9月6日,云岭开发区隆重举行了青禾食品产业园暨白鹭物流城、金穗米业项目开工奠基仪式。"
        "副省长章明远,市长贺立新等参加了此次的项目开工奠基仪式。"
    )
    mentions, facts = read(nlp, text)
    assert ("MEETING", "此次的项目开工奠基仪式") not in mentions
    assert ("attended", "贺立新", "青禾食品产业园暨白鹭物流城、金穗米业项目开工奠基仪式") in facts


def test_a_determiner_with_other_words_is_the_one_event_the_article_names(nlp):
    text = "县人民医院开展“健康同行”大型义诊系列公益活动。院长章明远、副院长贺立新参加本次公益惠民活动。"
    mentions, facts = read(nlp, text)
    assert ("MEETING", "本次公益惠民活动") not in mentions
    assert ("attended", "贺立新", "“健康同行”大型义诊系列公益活动") in facts


def test_a_joint_event_whose_first_half_is_a_topic_after_the_verb(nlp):
    mentions, facts = read(nlp, "5月7日上午,我县召开防汛暨地质灾害防治工作会议,县长贺立新主持会议。")
    assert ("MEETING", "防汛暨地质灾害防治工作会议") in mentions
    assert ("chaired", "贺立新", "防汛暨地质灾害防治工作会议") in facts
    mentions, facts = read(nlp, "县中医院开展联合义诊暨健康宣讲活动,院长章明远参加。")
    assert ("MEETING", "联合义诊暨健康宣讲活动") in mentions


def test_a_joint_event_starts_after_de(nlp):
    mentions, _ = read(nlp, "首场的青川县县情说明、项目推介暨签约仪式成功举行。县长贺立新出席。")
    assert ("MEETING", "青川县县情说明、项目推介暨签约仪式") in mentions
    mentions, _ = read(nlp, "会长章明远表示,很高兴看到宗亲出席今晚的乡贤会员暨庆中秋联欢晚宴。")
    assert ("MEETING", "乡贤会员暨庆中秋联欢晚宴") in mentions


def test_a_first_half_ending_in_a_title_is_no_topic(nlp):
    mentions, _ = read(nlp, "会上,县长贺立新召开县长暨秋收工作会议。")
    assert ("MEETING", "县长暨秋收工作会议") not in mentions


def test_a_numbered_session_keeps_its_level_word_after_a_verb(nlp):
    mentions, _ = read(nlp, "会议还讨论决定了县十七届人大六次会议召开时间。")
    assert ("MEETING", "县十七届人大六次会议") in mentions
    mentions, facts = read(nlp, "5月3日,云岭县人大常委会主任章明远出席区十八届人大三次会议。")
    assert ("attended", "章明远", "区十八届人大三次会议") in facts
    # the level word that ends a place's name stays with the place
    mentions, _ = read(nlp, "竹山县十七届人大六次会议于1月9日开幕。")
    assert ("MEETING", "县十七届人大六次会议") not in mentions


def test_a_shorter_form_of_a_joint_name_is_the_named_event(nlp):
    text = (
        "6月16日,香港青田同乡会成立暨理监事就职典礼在某酒店举行。300多位乡亲参加了成立暨就职典礼。"
        "会长章明远、副会长贺立新出席就职典礼。"
    )
    mentions, facts = read(nlp, text)
    assert ("MEETING", "成立暨就职典礼") not in mentions
    assert ("attended", "贺立新", "香港青田同乡会成立暨理监事就职典礼") in facts
