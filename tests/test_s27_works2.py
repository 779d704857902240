"""Session 27's second works_for / holds_position round (s27-works2 audit), on real sentences of
the tuning pages (each test names its page):

- a zone's party working committee's head, "某开发区党工委书记X", "某产业园党工委副书记X": the title is
  read whole (titles.txt 党工委书记, 党工委副书记) as 党委书记 is, not as a bare 书记 that a reader
  (and the scorer) takes for the list's other 书记; the person still works for the 党工委;
- a comma list of posts before such a title ("区委副书记,区政府区长,某区党工委|副书记、管委会主任X"):
  the body the tagger ran into the title is walked on from where it is written, not from the
  article's other mention of it (positions.title_list_before).
"""

from __future__ import annotations

import pytest
from test_s26_works_kinds import posts, works


@pytest.mark.parametrize(
    ("text", "person", "post", "body"),
    [
        # real-pages-25 x02
        (
            "县委书记、东港产业园党工委书记杨斌,县长、东港产业园管委会主任李安洪,县委常委出席。",
            "杨斌",
            "党工委书记",
            "东港产业园党工委",
        ),
        # real-pages-20 l03
        (
            "副市长、新抚区委书记、胜利开发区党工委书记陆波,人大常委会主任赵玉申,政协主席郭忠良,"
            "新抚区政府分管日常工作的副区长张璐出席仪式。胜利开发区党工委副书记、管委会主任吴云龙讲话,"
            "管委会副主任庞茂林主持会议。",
            "陆波",
            "党工委书记",
            "胜利开发区党工委",
        ),
        (
            "副市长、新抚区委书记、胜利开发区党工委书记陆波,人大常委会主任赵玉申,政协主席郭忠良,"
            "新抚区政府分管日常工作的副区长张璐出席仪式。胜利开发区党工委副书记、管委会主任吴云龙讲话,"
            "管委会副主任庞茂林主持会议。",
            "吴云龙",
            "党工委副书记",
            "胜利开发区党工委",
        ),
    ],
)
def test_zone_working_committee_head_read_whole(nlp, text: str, person: str, post: str, body: str) -> None:
    found = posts(nlp, text)
    assert (person, post) in found
    assert (person, "书记") not in found and (person, "副书记") not in found
    assert (person, body) in works(nlp, text)


# real-pages-21 m06: the page's source line names 重庆经开区 apart ("来源:重庆经开区"); the comma list of
# posts before "重庆经开区党工委|副书记" was walked from that mention, not from the one written here, and
# was cut, losing 区委副书记 and 区长.
M06 = (
    "2月26日,南岸区委书记、重庆经开区党工委书记(兼)许洪斌率队赴重庆铁路投资集团,"
    "与重庆铁路投资集团党委书记、董事长周业军座谈交流。\n"
    "重庆铁路投资集团党委副书记、总经理李智刚,区委副书记,区政府区长,重庆经开区党工委副书记、"
    "管委会主任喻显镔,区委副书记唐昕,重庆经开区领导王建华出席。\n"
    "许洪斌代表南岸区、重庆经开区对重庆铁路投资集团长期以来给予南岸的支持帮助表示感谢。\n"
    "来源:重庆经开区"
)


def test_comma_list_before_a_body_run_into_the_title(nlp) -> None:
    found = posts(nlp, M06)
    assert {("喻显镔", "区长"), ("喻显镔", "党工委副书记"), ("喻显镔", "主任")} <= found
    assert ("喻显镔", "副书记") in found  # the 区委's
    assert {("喻显镔", "区委"), ("喻显镔", "区政府"), ("喻显镔", "管委会")} <= works(nlp, M06)
    # the list ends at the person before it: 李智刚's posts stay his own
    assert ("李智刚", "区长") not in found
