"""Session 36 (s36-placeshort2): a county's short form read as a place twice in an article
(:mod:`kg.nlp.entities.repeated_forms`) does not count a reading right before a common noun, where
the form opens a longer name or noun ("某某|精神", "某某|基地"): MSRA's news wrote a school's spirit,
its alumni and a farm named for a county that way, and the rule took them for the county. Sentences
written after those shapes with 澄城, a county no readable page names.
"""

from __future__ import annotations

from conftest import recognised


def test_a_form_opening_a_noun_each_time_is_refused():
    text = "澄城基地创建三十年。澄城基地官兵从实践中认识到科技的作用。"
    assert "澄城" not in recognised(text, "PLACE")
    assert "澄城" not in recognised("大力弘扬澄城精神，继承澄城精神。", "PLACE")


def test_readings_of_its_own_still_count():
    # a reading before a noun is discounted, not refused page-wide: two of its own still make it
    text = "澄城基地创建三十年。今年澄城投入资金两亿元。让世界了解澄城。"
    assert "澄城" in recognised(text, "PLACE")


def test_one_reading_of_its_own_beside_one_before_a_noun_is_not_enough():
    assert "澄城" not in recognised("澄城基地创建三十年。让世界了解澄城。", "PLACE")
