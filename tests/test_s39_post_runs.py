"""Session 39's unannotated pages (s39-userpages audit): a transliterated (Mongolian) name right
after a post that the tagger cut is one person (kg/nlp/entities/post_runs.py), on short real lines
of pages outside every set (Inner Mongolian banner news: "主任|某日古/PER|楞/v|一行",
"旗长|那/r|顺某/q|图/n|参加"); a Chinese name with the act glued after it, a rank before the name
and two names joined by 和 are no such run.
"""

from __future__ import annotations

import pytest
from test_editor_credits import persons

from kg.nlp.entities.post_runs import post_run_persons
from kg.nlp.words import words_of


@pytest.mark.parametrize(
    ("text", "name", "cut"),
    [
        # www.sntzqdwgkw.gov.cn (苏尼特左旗): "主任|斯日古/PER|楞/v|一行"
        ("5月28日,旗人大常委会主任斯日古楞一行深入我旗学习考察。", "斯日古楞", "斯日古"),
        # www.zltqrd.gov.cn (扎鲁特旗): "主任|乌云/n|毕力格/PER|,"
        ("旗人大常委会农牧委主任乌云毕力格,旗人大常委会干部陪同考察。", "乌云毕力格", "毕力格"),
        # cy-map.com (阿巴嘎旗): "旗长|那/r|顺巴/q|图/n|参加", no person at all before
        ("旗委副书记、旗长那顺巴图参加会议并讲话,旗委副书记王晓伟主持会议。", "那顺巴图", None),
    ],
)
def test_a_cut_transliterated_name_after_a_post_is_one_person(nlp, text, name, cut):
    got = persons(nlp, text)
    assert name in got
    assert cut not in got


def _run(pieces: list[tuple[str, str]]) -> list[str]:
    words = words_of(pieces)
    text = "".join(w.text for w in words)
    return [text[c.start : c.end] for c in post_run_persons(text, words)]


def test_what_is_no_run_of_one_name():
    # a Chinese name and the act glued to it: two of five characters are of transliteration
    assert _run([("书记", "n"), ("某兴禄", "PER"), ("委托", "v"), (",", "w")]) == []
    # two names joined by 和
    assert _run([("主任", "n"), ("张明", "PER"), ("和", "c"), ("李华", "PER"), ("参加", "v")]) == []
    # a rank between the post and the name
    assert _run([("主任", "n"), ("科员", "n"), ("赖兴奎", "PER"), ("及", "c")]) == []
    # a name the tagger read whole stands (the word after it is a clause's 时)
    assert _run([("总经理", "n"), ("巴达日拉图", "PER"), ("时", "n"), (",", "w")]) == []
    # cut, then closed by 时: the whole name
    assert _run([("总经理", "n"), ("巴达日", "PER"), ("拉图", "v"), ("时", "n"), (",", "w")]) == ["巴达日拉图"]
    # what the holders did after the post ("负责人随行考察。"): acts only
    assert _run([("负责人", "n"), ("随行", "d"), ("考察", "v"), ("。", "w")]) == []
    # a name closed by 等人 is the title source's Chinese name
    assert _run([("总经理", "n"), ("叶某山", "PER"), ("等人", "r"), ("出席", "v")]) == []
    # no close within six characters: nothing
    assert _run([("主任", "n"), ("斯日古", "PER"), ("楞", "v"), ("深入", "v"), ("调研", "v")]) == []


def test_a_tagger_name_with_a_common_surname_and_its_act_stands():
    # "副市长|唐明/PER|随即/d|主持" (test_meeting_chairs6): a Chinese name the tagger read, and its act
    assert _run([("副市长", "n"), ("唐明", "PER"), ("随即", "d"), ("主持", "v")]) == []
    # "会长|潘海东/PER|分别/d|致辞" (test_meeting_attendance6): the same with a list's adverb
    assert _run([("会长", "n"), ("潘海东", "PER"), ("分别", "d"), ("致辞", "v")]) == []
    # two tagger persons in the run are two names ("名誉会长|丹某某/PER|郑某某/PER")
    assert _run([("名誉会长", "n"), ("丹斯里", "PER"), ("郑某发", "PER"), ("、", "w")]) == []
    # a surname outside the common ones opens a cut transliteration: still one name
    assert _run([("主任", "n"), ("斯日古", "PER"), ("楞", "v"), ("一行", "m")]) == ["斯日古楞"]
