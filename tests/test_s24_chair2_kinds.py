"""s24-chair round 2: who spoke at an event, in the shapes Taiwan, Hong Kong and Macau reports
write (traditional pages are read after conversion, so the sentences here are traditional).

1. A time between 在 and the sitting of the article's event ("在早上的開幕式,司長A致辭說",
   "A在3月10日開幕典禮中表示"), and the speech named as a noun right after the name, the event
   named in that sentence or the one before ("某某典禮…舉行;A在致詞中表示", "A致詞時表示")
   (3 pages of 3 sites: a Macau trade fair, a Taiwan business federation's board meeting, a
   Penghu mayor's inauguration).

Invented sentences of the kind; the names are in no gold set.
"""

from __future__ import annotations

from conftest import meetings_and_event_facts

from kg.nlp.pipeline import make_pipeline

_NLP = make_pipeline()

_FAIR = "第九屆澎溪國際商貿博覽會昨日在會展中心揭幕。"
_BOARD = "世界台灣同鄉聯合總會第十屆第二次理監事聯席會議在洛杉磯舉行。"
_INAUGURATION = "澎溪市第9屆市長宣示就職交接典禮,12/25日下午2時假市公所禮堂舉行;"


def _facts(text: str) -> set[tuple[str, str, str]]:
    return meetings_and_event_facts(_NLP, text + "\n")[1]


def test_a_time_before_the_opening_sitting_opening_the_sentence() -> None:
    facts = _facts(_FAIR + "在早上的開幕式,經濟財政司司長鍾志遠致辭說,本澳經濟穩步增長。")
    assert ("attended", "钟志远", "第九届澎溪国际商贸博览会") in facts


def test_a_date_between_at_and_the_opening_ceremony() -> None:
    facts = _facts(_BOARD + "榮譽團長胡海生在3月10日開幕典禮中表示,台商成就非凡。")
    assert ("attended", "胡海生", "世界台湾同乡联合总会第十届第二次理监事联席会议") in facts


def test_the_speech_as_a_noun_after_the_event_is_held() -> None:
    facts = _facts(_INAUGURATION + "周慶川在致詞中表示,將持續推動市政建設。")
    assert ("attended", "周庆川", "澎溪市第9届市长宣示就职交接典礼") in facts


def test_a_speech_when_he_spoke_in_the_next_sentence() -> None:
    text = "澎溪市第9屆市長宣示就職交接典禮12/25日下午2時在市公所禮堂舉行。周慶川致詞時表示,將持續推動市政建設。"
    assert ("attended", "周庆川", "澎溪市第9届市长宣示就职交接典礼") in _facts(text)


# guards


def test_a_speech_at_another_kind_of_ceremony_is_not_the_fairs() -> None:
    facts = _facts(_FAIR + "局長柯文彬在3月10日簽約儀式上表示,合作前景廣闊。")
    assert not any(f[1] == "柯文彬" for f in facts)


def test_a_speech_long_after_the_event_is_named_is_not_read_as_at_it() -> None:
    text = (
        _INAUGURATION
        + "市府團隊將推動各項建設。\n市府今年已完成十項工程。\n明年將再推動五項工程。\n"
        + "周慶川在致詞中表示,將持續推動市政建設。"
    )
    assert not any(f[1] == "周庆川" for f in _facts(text))


def test_one_who_will_speak_at_a_coming_sitting_did_not_attend() -> None:
    facts = _facts(_FAIR + "市長周慶川將在明天上午的閉幕式致辭。")
    assert not any(f[1] == "周庆川" for f in facts)


def test_a_speech_after_an_event_only_spoken_of_is_not_at_that_event() -> None:
    text = (
        "兩岸青年企業家峰會永久會址啟用儀式在澎溪舉行。峰會發端於2012年的澎溪經貿合作論壇,2013年成立理事會。"
        "柯文彬在致辭中表示,峰會成立順應潮流。"
    )
    assert ("attended", "柯文彬", "澎溪经贸合作论坛") not in _facts(text)


def test_the_opening_sitting_is_the_fairs_not_a_ceremony_named_since() -> None:
    opening = "在早上的開幕式,經濟財政司司長鍾志遠致辭說,本澳經濟穩步增長。"
    facts = _facts(_FAIR + "貿促局同日舉行澎溪代表處揭牌儀式。" + opening)
    assert ("attended", "钟志远", "第九届澎溪国际商贸博览会") in facts
    assert ("attended", "钟志远", "澎溪代表处揭牌仪式") not in facts
