"""Session 38's title round (s38-titlelist audit): the holder's two-character name right after a
body's post, read by the tagger as an ordinary noun or verb and closed by a mark
("某市工商联/ORG|主席|某震/n|,", "某商会/ORG|会长|某立/v|,"): a body's post names its holder next,
whatever follows the mark (kg/nlp/entities/body_post_names.py, read by the titles source).
Sentences invented for these tests.

Not where no body stands right before the title, nor where the word is what the holder does
(person.right_boundaries) or a noun of his tenure (listed_not_names).
"""

from __future__ import annotations

from test_names_round4 import persons_of


def test_a_name_read_as_a_noun_after_a_body_post(nlp):
    assert "朱雀" in persons_of(nlp, "市侨商会会长朱雀,计划在新区兴建总部大楼。")


def test_what_the_holder_does_is_no_name(nlp):
    assert not persons_of(nlp, "县委书记指出,要抓好项目。") & {"指出"}
    assert not persons_of(nlp, "市侨商会会长表示,将组织企业考察。") & {"表示"}


def test_a_noun_of_tenure_is_no_name(nlp):
    assert not persons_of(nlp, "区工商联主席任上,他做了大量工作。") & {"任上"}
    assert not persons_of(nlp, "公司总经理职务,由他兼任。") & {"职务"}


def test_no_body_before_the_title_reads_nothing_new():
    from kg.nlp.entities.body_post_names import body_post_name
    from kg.nlp.words import words_of

    ws = words_of([("会长", "n"), ("朱雀", "n"), ("，", "w")])
    assert not body_post_name(ws, 1, "，", False)
    assert body_post_name(ws, 1, "，", True)
    assert not body_post_name(ws, 1, "将", True)
