"""Session 31 (s31-twhk): legislatures on Taiwan / Hong Kong / Macau pages (``benchmarks/audits/s31-twhk/``).

A legislature written right before its chair's or member's title is read across the join by the
tagger ("連江縣/LOC|議會議長/n", "澳門/LOC|特區立法會/n|主席", "民建聯立法/ORG|會議員/n"): the body is
named from the place before it (kg/nlp/entities/legislatures.py ``legislature_candidates``), and a
tagger ORG word that runs into its name is cut before it (``without_legislature_openings``).

The sentences are quoted (in their own characters) from the tuning pages named in each test.
"""

from __future__ import annotations

from conftest import normed_mentions_and_facts


def test_council_before_its_chairs_title(nlp):
    # real-pages-40 bb12 (自由時報, Lienchiang county)
    text = (
        "連江縣長王忠銘昨天（28日）偕同立法委員陳雪生、連江縣議會議長張永江、議員陳玉發及北竿鄉長吳金平，"
        "前往大坵聯外道路工程施工連接側實地會勘，了解冬季過後整體工程進度與後續施工規劃。"
    )
    mentions, facts = normed_mentions_and_facts(nlp, text)
    assert ("ORG", "连江县议会") in mentions
    assert ("works_for", "张永江", "连江县议会") in facts
    assert ("located_in", "连江县议会", "连江县") in facts
    # real-pages-12 k08 (lotmg.com): a bare 議會 with no title after it names no council of its own
    text = (
        "苗栗縣議會第20屆第2次定期會10日上午開議,苗栗縣長鍾東錦赴議會作施政總報告指出,"
        "縣府今年積極招商引資,帶動產業蓬勃發展。"
    )
    mentions, _ = normed_mentions_and_facts(nlp, text)
    assert ("ORG", "议会") not in mentions


def test_legislative_council_before_a_members_title(nlp):
    # real-pages-29 e11 (民建聯, Hong Kong): the party's word runs into 立法會 in the tagger's reading
    mentions, facts = normed_mentions_and_facts(nlp, "民建聯立法會議員譚耀宗及葉國謙與十多名成員,於5月23日參觀科學園。")
    assert ("ORG", "民建联") in mentions
    assert ("ORG", "立法会") in mentions
    assert ("ORG", "民建联立法") not in mentions
    assert ("works_for", "谭耀宗", "立法会") in facts
    # real-pages-32 t02 (中聯辦, Macau): the territory's council, written with 特區
    text = (
        "並與澳門特區行政長官賀一誠、外交公署特派員沈蓓莉、澳門特區立法會主席高開賢、"
        "澳門特區政府經濟財政司司長李偉農、澳門海關關長黃文忠等共同主禮。"
    )
    mentions, facts = normed_mentions_and_facts(nlp, text)
    assert ("ORG", "澳门特区立法会") in mentions
    assert ("works_for", "高开贤", "澳门特区立法会") in facts
