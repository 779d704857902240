"""List items beside the projects every source proposed: "签约|甲乙产业园、丙丁物流平台、戊己产业园等90个项目".

The head words read a list of projects (``kg.nlp.project_lists``) with the projects their own
names give: an item counts as a known project only when a head word ends it. A project the
learned tagger proposes ("甲乙支架制造及數智物流平臺", "丙丁人才孵化研学教育基地与设备研发中心")
is as much a project of the list, yet it was not counted, so a list of three whose middle item
only the tagger knew fell short of its known half and its other items were never proposed
(session 32, benchmarks/audits/s32-projlists). Here the same list reading runs again once all
sources' candidates are in, with the same item tests; only items no candidate already spans are
added (an item read whole as a zone or a site keeps that reading: real-loc l05's "分别为:" list of
scenes, typed PLACE by their 度假区/示范区, stays as it was).
"""

from __future__ import annotations

from kg.nlp.entities.candidate import Candidate
from kg.nlp.entities.head_words import listed_project_candidates
from kg.nlp.entities.line_projects import lines_without_verbs
from kg.nlp.words import Word


def learned_list_items(text: str, words: list[Word], candidates: list[Candidate]) -> list[Candidate]:
    """``candidates`` with the project items of the lists that all sources' projects make up.

    Only a list holding a project that no head word gives can read differently from the head
    words' pass, so a page with no such project is left as it is (and costs nothing more).
    """
    projects = [c for c in candidates if c.label == "PROJECT"]
    if not any(c.source != "head_words" for c in projects):
        return candidates
    # an item some source already proposed whole, as a project or as a zone or site ("分别为:甲乙小镇
    # 旅游度假区、…": a place's head word read it), keeps that reading: only items never proposed are added
    spans = {(c.start, c.end) for c in candidates}
    # an item that a shorter place opens ("甲乙小镇|三产融合发展示范区", "丙丁古运河|现代…示范带") is
    # left out: its place prefix would be read as where the item lies, and such a place is most often
    # the theme town or the canal the scene is named after, not the town the golds give (real-loc
    # l05: 2 false located_in against 3 items the golds accept as places too; the place_prefix rule's
    # choice, which this pass does not change)
    opens = {c.start for c in candidates if c.label == "PLACE"}
    # the items cut as the head words' items were ("某某北环线及某某大桥主桥建设" -> the line and the
    # bridge, "地铁某某线|开工"): read whole again, a line and its verb would come back as one item
    found = lines_without_verbs(text, listed_project_candidates(text, words, projects))
    return candidates + [c for c in found if (c.start, c.end) not in spans and c.start not in opens]
