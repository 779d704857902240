"""``located_in`` of the stops of a visit in a sentence opened by a county ("在某县，…"; rule
``place_opener``, kg/nlp/relations/located_frames.py), session 21, from real-pages-15's errors
(an inspection tour over three counties, each sentence naming its county's firms):

- a town written before the first stop ("X来到某镇A采摘园、B公司") is that stop's prefix, not a
  stop of its own: B is in the county that opened the sentence, not in the town;
- a county written right before a list of firms ("在某县A公司、B公司，X考察了…") holds each of them,
  up to the clause's end.

The persons and firms are made up; the county is a real division (the rules read the
gazetteer), the town is read by its head word.
"""

from __future__ import annotations

from conftest import located_pairs


def test_a_town_before_the_first_stop_places_only_that_stop(nlp):
    got = located_pairs(
        nlp,
        "4月2日,省政协主席周明远到平凉市调研。"
        "在泾川县,周明远来到丰台镇李家果园、鑫禾食品有限公司、青松新材料有限公司,了解蔬果种植、新型材料等情况。",
    )
    assert ("鑫禾食品有限公司", "泾川县") in got
    assert ("青松新材料有限公司", "泾川县") in got
    assert ("鑫禾食品有限公司", "丰台镇") not in got


def test_a_town_that_is_a_stop_of_its_own_places_what_follows(nlp):
    got = located_pairs(
        nlp,
        "4月2日,省政协主席周明远到平凉市调研。在泾川县,周明远来到丰台镇,察看鑫禾食品有限公司扩建情况。",
    )
    assert ("鑫禾食品有限公司", "丰台镇") in got


def test_a_county_written_before_a_list_of_firms(nlp):
    got = located_pairs(
        nlp,
        "4月2日,省政协主席周明远到平凉市调研。"
        "在泾川县瑞丰农业有限公司、鑫禾食品有限公司、青松新材料有限公司,周明远认真考察了玉米精深加工等情况。",
    )
    # (the first firm is read with its county prefix, 泾川县瑞丰农业有限公司)
    assert ("鑫禾食品有限公司", "泾川县") in got
    assert ("青松新材料有限公司", "泾川县") in got
