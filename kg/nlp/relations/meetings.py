"""Rules of meetings: who attended a meeting and where it was held, and the helpers the other
meeting rules read (which meeting of the article a sentence speaks of). Who chaired it:
:mod:`~kg.nlp.relations.meeting_chair_rule`; who spoke or presented:
:mod:`~kg.nlp.relations.meeting_speakers`.
"""

from __future__ import annotations

import re

from kg.nlp import article_event
from kg.nlp.bare_events import refers_alike, tail_reference
from kg.nlp.broken_names import joined_across
from kg.nlp.entities import lexicon
from kg.nlp.event_edges import edge_cut
from kg.nlp.relations.fair_events import is_fair
from kg.nlp.relations.meeting_chairs import without_chairs
from kg.nlp.relations.meeting_frames import without_frames
from kg.nlp.relations.meeting_parts import (
    after_title,
    bracketed_before,
    holds_own_meeting,
    is_held,
    joint_names,
    listed_before,
    planned,
    subject_run,
)
from kg.nlp.relations.table import fact, rule
from kg.nlp.relations.tour_objects import tour_object
from kg.nlp.relations.view import ArticleView, RawRelation, determiner_opening, triggers
from kg.nlp.topic_frames import followed_or_saluted
from kg.patterns import alternation


def is_topic(view: ArticleView, m: int) -> bool:
    """Whether meeting ``m`` is what is studied, not an event held: "传达市党代会精神",
    "传达学习全国两会和中央文件精神", or a clause that opens with such a verb and closes with
    such a word around it ("传达某某督导检查十九大维稳工作时的讲话精神") (``[chaired]
    topic_after`` / ``topic_before``)."""
    conf = triggers()["chaired"]
    text = view.article.text
    mention = view.mentions[m]
    if mention.attrs.get("head") == "studied":
        return True  # "按照|某某会议|部署要求": what is followed (kg/nlp/studied_events.py)
    after, before = tuple(conf["topic_after"]), tuple(conf["topic_before"])
    if text.startswith(after, mention.end) or text.endswith(before, 0, mention.start):
        return True
    if followed_or_saluted(text, mention.start, mention.end):
        return True  # "落实|市两会|部署要求", "向|党的二十大|献礼": no event the page reports on
    if joined_across(view.article, mention.start, mention.end):
        return True  # "…出席开工仪式。某省|开工仪式现场。": read over two lines the page joined
    # inside a document's title ("《关于某次会议以来…的报告》"): the title opens before it, unclosed
    opens, closes = conf["topic_title"]
    line_start = text.rfind("\n", 0, mention.start) + 1
    if text.rfind(opens, line_start, mention.start) > text.rfind(closes, line_start, mention.start):
        return True
    start = max(text.rfind(c, 0, mention.start) for c in ",，;；。\n") + 1
    end = min([x for x in (text.find(c, mention.end) for c in ",，;；。\n") if x >= 0], default=len(text))
    return text.startswith(before, start) and text.endswith(after, 0, end)


def meeting_of_article(view: ArticleView, before_sentence: int, named_only: bool = False) -> int | None:
    """The meeting the article is about: the last one named up to this sentence (the last one
    held, when it is only spoken of and an earlier one is held: :func:`is_held`), else (unless
    ``named_only``: no mention is added) the event its opening sentences say is held
    (:func:`kg.nlp.article_event.article_event`)."""
    for k in range(before_sentence, -1, -1):
        # Not held: a topic ("传达市党代会精神"), one decided ("会议决定,某会议于某日召开"), a session
        # whose presidium holds its own meeting ("某届人大某次会议|主席团举行第一次会议").
        found = [m for m in view.of_type(k, "MEETING") if not is_topic(view, m) and not planned(view, m)]
        framed, found = without_frames(view, found)  # "在X期间,…举行集中开工仪式", "会前,…召开了X"
        if framed is not None:
            return framed
        if any(holds_own_meeting(view, m) for m in found):
            found = [m for m in found if not holds_own_meeting(view, m)]
            if not found:
                # the presidium's own meeting, when no mention names it ("…主席团举行第一次会议")
                return None if named_only else article_event.article_event(view, before_sentence)
        if found:
            if is_held(view, found[0]):
                return found[0]
            held = [
                m
                for j in range(k + 1)
                for m in view.of_type(j, "MEETING")
                if view.mentions[m].start < view.mentions[found[0]].start and not is_topic(view, m) and is_held(view, m)
            ]
            return held[-1] if held else found[0]
    return None if named_only else article_event.article_event(view, before_sentence)


def last_ending_in(view: ArticleView, before_sentence: int, word: str) -> int | None:
    """The last meeting named up to this sentence (not a topic) that ends in the event word
    ``word`` (or whose X暨Y half does), when that word is at least two characters."""
    if len(word) < 2:
        return None
    for k in range(before_sentence, -1, -1):
        for m in reversed(view.of_type(k, "MEETING")):
            if not is_topic(view, m) and any(n.endswith(word) for n in joint_names(view.text(m))):
                return m
    return None


def sitting_of(view: ArticleView, k: int, word: str, meeting: int | None) -> int | None:
    """The event a bare sitting ``word`` ("开班典礼") refers to: the last one named up to sentence
    ``k`` that ends in it ("…培训班开班典礼"), else ``meeting`` (the article's)."""
    if word not in triggers()["chaired"]["session_sittings"]:
        return meeting
    return last_ending_in(view, k, word) or meeting


@rule("attend_trigger")
def attended(view: ArticleView) -> list[RawRelation]:
    """Persons then 参加/出席: the meeting named after the trigger, else the article's meeting."""
    out = []
    conf = triggers()["attended"]
    trig = tuple(sorted(conf["triggers"], key=len, reverse=True))
    reach = conf["meeting_within"]
    text = view.article.text
    heads = alternation(triggers()["chaired"]["event_heads"])
    event_after = rf"(?:了)?([\u4e00-\u9fff]{{{conf['event_min'] - 2},20}}(?:{heads}))(?=[,;。、]|$)"
    chaired_sittings = triggers()["chaired"]["session_sittings"]
    seated, seated_out = tuple(conf["seated_triggers"]), []  # on the rostrum: the chair sits there too
    greets = tuple(conf["greets_attendees"])
    trig_pattern = re.compile("|".join(map(re.escape, trig)))  # (once a page, not once a sentence)
    for k, sent in enumerate(view.article.sentences):
        persons = view.of_type(k, "PERSON")
        if not persons:
            continue
        opened_by = -1  # the end of a second trigger read with the first ("出席并见证签约|仪式")
        for m in trig_pattern.finditer(sent.text):
            t_start, t_end = sent.start + m.start(), sent.start + m.end()
            if t_start < opened_by:
                continue
            # "看望出席某会议的委员": the trigger opens a clause describing whom the subject meets.
            if text.endswith(greets, sent.start, t_start):
                continue
            # The subjects: the persons of the clause before the trigger.
            clause_start = max(text.rfind(c, sent.start, t_start) for c in "。;!?") + 1
            # Not one who chairs in an earlier clause ("会议由X主持，A、B参加").
            chairs = tuple(triggers()["chaired"]["triggers"])
            subjects = [
                p
                for p in subject_run(
                    view, [p for p in persons if clause_start <= view.mentions[p].start < t_start], t_start
                )
                if not text.startswith(chairs, after_title(text, view.mentions[p].end, chairs))
                # "(通讯员 A B)…领导出席": a byline in brackets closed before the trigger
                and not bracketed_before(text, view.mentions[p].start, view.mentions[p].end, t_start)
            ]
            if not subjects or tour_object(view, t_end, sent.end):  # "参加调研": a tour, no event
                continue
            # "副市长A,县委书记B;校长C,院士D出席仪式": the groups of one list cut by semicolons
            first = min(subjects, key=lambda p: view.mentions[p].start)
            listed = listed_before(view, k, first)
            meeting = next(
                (x for x in view.of_type(k, "MEETING") if t_end <= view.mentions[x].start <= t_end + reach), None
            )
            rule_name, sitting = "attend_trigger", ""
            if meeting is None:
                meeting = meeting_of_article(view, k)
                rule_name = "attend_article_meeting"  # the meeting the article is about
                sitting = next((w for w in chaired_sittings if text.startswith(w, t_end)), "")
                meeting = sitting_of(view, k, sitting, meeting)
                # "出席集中签约开工投产仪式": an event the tagger did not keep, named after the
                # trigger, that is not the article's meeting by a short form of its name.
                named = re.match(event_after, text[t_end : sent.end])
                # "出席|参加开工仪式", "出席|并见证签约仪式": a second trigger opens no event's name
                # ... nor one joined by 并 ("出席|并见证…签约仪式"), or a verb that ends an event's name
                # on the left (``[meeting.left_edge] triggers``) joined so
                openers = "|".join(map(re.escape, (*trig, *triggers()["chaired"]["triggers"])))
                verbs = [v for v in lexicon().patterns["meeting"]["left_edge"]["triggers"] if len(v) > 1]
                joined = "|".join(map(re.escape, sorted(verbs, key=len, reverse=True)))
                joiners = "|".join(map(re.escape, conf["second_trigger_joiners"]))
                inner = "|".join(map(re.escape, conf["two_events_joiners"]))
                lead = (
                    re.match(f"(?:{joiners})?(?:{openers})|(?:{joiners})(?:{joined})", named.group(1))
                    if named
                    else None
                )
                cut = lead.end() if lead else 0
                opened_by = t_end + named.start(1) + cut if lead else opened_by
                # "出席签约仪式|或参加|开工仪式": a second trigger inside the run joins two events in
                # one clause, no event's name; the article's event stands
                if named and re.search(f"(?:{joiners}|{inner})(?:{openers})", named.group(1)[cut:]):
                    named = None
                if named and len(named.group(1)) - cut < conf["event_min"]:
                    # "博览会举行投资项目签约仪式。A、B出席并见证|签约仪式": a bare word is the last event
                    # named that ends in it, when the article's event does not
                    bare = named.group(1)[cut:]
                    if meeting is None or not view.text(meeting).endswith(bare):
                        meeting = last_ending_in(view, k, bare) or meeting
                    named = None
                # "参加此次集中签约仪式": a determiner points back to the article's meeting
                back = determiner_opening().match(named.group(1)[cut:]) if named else None
                if back and back.end() and meeting is not None:
                    named = None
                cut += back.end() if back and named else 0  # ... else it is no word of the name
                # "出席|陵水分会场活动" after "…集中开工和签约陵水分会场": the article's event with a tail
                if named and meeting is not None and tail_reference(named[1][cut:], [view.text(meeting)]):
                    named = None
                # "参加|集中开工仪式" after "…集中开工活动": the bare word with the head written loosely
                if named and meeting is not None and refers_alike(named[1][cut:], view.text(meeting)):
                    named = None
                if named and not (meeting is not None and view.text(meeting).endswith(named.group(1)[cut:])):
                    # "出席某署举办|的|某某欢迎会": no word of the clause at the name's edges
                    start, end = edge_cut(text, t_end + named.start(1) + cut, t_end + named.end(1))
                    meeting = view.add_mention(start, end, "MEETING", "event_after_trigger")
                    rule_name = "attend_trigger"
            # "A、B见证签约。" in a report from a fair: at one of its events, not at the fair (a
            # sitting of the fair itself, "出席开幕仪式", is at it)
            if meeting is None or (rule_name == "attend_article_meeting" and not sitting and is_fair(view, meeting)):
                continue
            for p in subjects:
                (seated_out if m.group(0) in seated else out).append(fact("attended", p, meeting, None, k, rule_name))
            # (one of the groups who chairs the event is its chair: without_chairs drops him)
            seated_out += [fact("attended", p, meeting, None, k, rule_name) for p in listed]
    return out + without_chairs(view, seated_out)


@rule("meeting_place")
def meeting_place(view: ArticleView) -> list[RawRelation]:
    """Where a meeting is held, as the meeting's attribute ``place`` (the index of the place
    mention; no relation): "…专场活动在浙江大学紫金港校区举行", "在中央民族大学历史文化学院
    举办的…合作共建活动", "张强在市政府主持召开…调度会". The first place stated wins.
    """
    text = view.article.text
    held = alternation(triggers()["meetings"]["held"])
    within = triggers()["meetings"]["held_within"]
    for k, sent in enumerate(view.article.sentences):
        meetings = view.of_type(k, "MEETING")
        if not meetings:
            continue
        for i in view.of_type(k, "PLACE", "ORG"):
            m = view.mentions[i]
            if text[m.start - 1 : m.start] != "在" or view.mentions[i].attrs.get("nested"):
                continue
            verb = re.match(rf"[\u4e00-\u9fff]{{0,2}}?(?:{held})(?:了)?(?:的)?", text[m.end : sent.end])
            if not verb:
                continue
            after = m.end + verb.end()
            # The meeting is the subject right before 在, or the object right after the verb.
            meeting = next((x for x in meetings if view.mentions[x].end in (m.start - 1, m.start - 2)), None)
            if meeting is None:
                meeting = next((x for x in meetings if after <= view.mentions[x].start <= after + within), None)
            if meeting is not None:
                view.mentions[meeting].attrs.setdefault("place", i)
    return []
