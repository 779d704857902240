"""``attended`` of who speaks or presents at a meeting: "X在会上讲话", "会上,X作报告",
"X在某某推介会上推介". The chairs, attendance triggers and a meeting's place are in
:mod:`kg.nlp.relations.meetings`, whose helpers these rules share.
"""

from __future__ import annotations

import re

from kg.layout import HEADING
from kg.nlp.relations.clause_openers import clause_openers
from kg.nlp.relations.fair_events import is_fair
from kg.nlp.relations.meeting_chairs import without_chairs
from kg.nlp.relations.meeting_parts import after_title
from kg.nlp.relations.meetings import is_topic, meeting_of_article, sitting_of
from kg.nlp.relations.table import fact, rule
from kg.nlp.relations.view import ArticleView, RawRelation, triggers, words_re
from kg.patterns import alternation


@rule("speaker_at_meeting")
def spoke_at(view: ArticleView) -> list[RawRelation]:
    """ "今年的全市两会上,…王强建议": a person who speaks at a meeting attended it."""
    out = []
    text = view.article.text
    conf = triggers()["attended"]
    at = tuple(conf["at_meeting"])
    speaks = words_re(tuple(conf["speaks"]))
    turn, spoken_words = ("|".join(map(re.escape, conf[w])) for w in ("in_turn", "speaks"))
    in_turn = re.compile(rf"(?:{turn})(?:{spoken_words}|{'|'.join(map(re.escape, conf['presents']))})")
    presents = re.compile("|".join(map(re.escape, conf["presents"])))
    chaired = triggers()["chaired"]
    heads = "|".join(map(re.escape, chaired["event_heads"]))
    # "会议上,", "开幕式上,": a back-reference word or a sitting of the event refers to it whole
    refs = (*chaired["session_sittings"], *chaired["meeting_references"])
    at_re = "|".join(map(re.escape, at))
    for k, sent in enumerate(view.article.sentences):
        spoken = [
            (m, view.mentions[m].end) for m in view.of_type(k, "MEETING") if text.startswith(at, view.mentions[m].end)
        ]
        # "座谈会上，企业家X建议…": a bare event word opening the sentence is the article's meeting.
        bare = re.match(rf"在?({alternation(refs)}|[\u4e00-\u9fff]{{0,4}}(?:{heads}))(?:{at_re})[,，]", sent.text)
        if bare and not view.of_type(k, "MEETING"):
            meeting = meeting_of_article(view, k)
            if meeting is not None and (bare.group(1) in refs or view.text(meeting).endswith(bare.group(1))):
                meeting = sitting_of(view, k, bare.group(1), meeting)
                spoken.append((meeting, sent.start + bare.end(1)))
                # "会上,A对…作了部署;B就…进行解读;C…。": who opens a clause of the sentence (up to
                # its full stop, across semicolons) did so at the meeting, unless an unnamed one was
                # held since ("…召开调度会,…。会上,副市长A指示…": A was at that one).
                verbs = alternation(triggers()["meetings"]["held_before"])
                since = text[view.mentions[meeting].end : sent.start]
                j = (
                    k
                    if not re.search(rf"(?:{verbs})(?:了)?[\u4e00-\u9fff]{{0,4}}(?:{heads})(?=[,，;；。])", since)
                    else -1
                )
                chairs = tuple(chaired["triggers"])  # (one who chairs it is its chair, not an attendee)
                while j >= 0:
                    out += [
                        fact("attended", p, meeting, None, j, "speaker_at_meeting")
                        for p in clause_openers(view, j)
                        if not text.startswith(chairs, after_title(text, view.mentions[p].end, chairs))
                    ]
                    if j + 1 >= len(view.article.sentences) or not view.article.sentences[j].text.endswith((";", "；")):
                        break
                    j += 1
        for m, me in spoken:
            for p in view.of_type(k, "PERSON"):
                pe = view.mentions[p].end
                if view.mentions[p].start <= me:
                    continue
                # "签约仪式上，A、B及…负责人分别致辞": each of a list that speaks in turn.
                ends = [x for x in (text.find(c, pe, sent.end) for c in ",;。") if x >= 0]
                clause = text[pe : min(ends, default=sent.end)]
                # "在推介会上,市长A通过热情洋溢的演讲,…": the speech in the person's own clause
                if speaks.match(text, pe) or in_turn.search(clause) or presents.search(clause):
                    out.append(fact("attended", p, m, None, k, "speaker_at_meeting"))
    return without_chairs(view, out)


@rule("presenter_at_event")
def presenter_at_event(view: ArticleView) -> list[RawRelation]:
    """In an article about an event (a meeting named in its headings or lead), a person who
    opens a clause and presents in it attended the event: "北京大学研究员张玺立足系统工程
    视角,深度解读…;广发证券首席投资顾问安聚聚焦资本市场,剖析…". the
    attendance is implied by the speaking, not stated.
    """
    art = view.article
    # The headings and lead the article opens with (a page's own headings may come first).
    lead = [k for k, s in enumerate(art.sentences[:4]) if s.kind in (HEADING, "lead")]
    while lead and lead[-1] + 1 < len(art.sentences) and art.sentences[lead[-1] + 1].kind in (HEADING, "lead"):
        lead.append(lead[-1] + 1)
        if art.sentences[lead[-1]].kind == "lead":
            break
    meeting = next((m for k in lead for m in view.of_type(k, "MEETING") if not is_topic(view, m)), None)
    # a fair's presenters present at one of its events (a promotion, a forum), not at the fair
    if meeting is None or is_fair(view, meeting):
        return []
    conf = triggers()["attended"]
    verbs = re.compile("|".join(map(re.escape, conf["presents"])))
    text = art.text
    out = []
    for k, sent in enumerate(art.sentences):
        if sent.kind not in ("body", "lead"):
            continue
        for p in view.of_type(k, "PERSON"):
            pm = view.mentions[p]
            if pm.attrs.get("role"):
                continue  # a reporter of the byline
            clause_start = max(text.rfind(c, sent.start, pm.start) for c in ",;:。") + 1
            clause_start = max(clause_start, sent.start)
            ends = [x for x in (text.find(c, pm.end, sent.end) for c in ";。") if x >= 0]
            clause_end = min(ends, default=sent.end)
            # The person opens the clause: only a title and its body stand before the name.
            if pm.start - clause_start > 20 or not verbs.search(text[pm.end : clause_end]):
                continue
            if any(
                view.mentions[q].start < pm.start
                for q in view.of_type(k, "PERSON")
                if q != p and view.mentions[q].start >= clause_start
            ):
                continue
            out.append(fact("attended", p, meeting, None, k, "presenter_at_event"))
    # "X主持新闻发布会,副县长Y介绍…": the chair opens the clause of another's presenting
    return without_chairs(view, out)
