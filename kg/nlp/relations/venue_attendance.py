"""``attended`` of who is placed at a venue of the article's event with no attendance verb:
"在某某分会场,市委书记A向省主会场报告…", "市长A在某某分会场向省主会场汇报…", "在…现场——某某仪式
主会场,随着市委书记A一声号令" (session 37, s37-meetattend6: real-pages-35 w02, -36 x11, -42 bd06,
-54 bp09; four sites). A branch or main venue is a place of the event itself, so one who is at it
and acts there (reports, announces, speaks) attended it; the verb that follows varies page by page.
"""

from __future__ import annotations

import re

from kg.nlp.relations.fair_events import is_fair
from kg.nlp.relations.meetings import meeting_of_article
from kg.nlp.relations.table import fact, rule
from kg.nlp.relations.view import ArticleView, RawRelation, triggers
from kg.patterns import alternation


@rule("attend_at_venue")
def attended_at_venue(view: ArticleView) -> list[RawRelation]:
    """Persons at a branch or main venue (``[attended] event_venues``): those of the clause a
    clause "在…<venue>," opens, and one written right before "在…<venue>"."""
    out: list[RawRelation] = []
    text = view.article.text
    conf = triggers()["attended"]
    venues = alternation(conf["event_venues"])
    venue = re.compile(rf"在([^,，;；。!?]{{0,{conf['event_venue_reach']}}}?)(?:{venues})")
    set_up = tuple(conf["event_venue_set_up"])
    honorifics = tuple(triggers()["chaired"]["honorifics"])
    for k, sent in enumerate(view.article.sentences):
        persons = view.of_type(k, "PERSON")
        if not persons:
            continue
        found: list[int] = []
        spans: list[tuple[int, int]] = []  # 在 and the venue word of each venue read
        for m in venue.finditer(sent.text):
            start, end = sent.start + m.start(), sent.start + m.end()
            if m.group(1).endswith(set_up):
                continue  # "我市在某某项目现场|设|分会场": where a venue is set up, no one placed at it
            spans.append((start, sent.start + m.end(1)))
            if text[end : end + 1] in (",", "，"):
                # "在某某分会场,|市委书记A…": the persons of the clause the venue opens
                stops = (text.find(c, end + 1, sent.end) for c in ",，;；。")
                close = min([x for x in stops if x >= 0], default=sent.end)
                found += [p for p in persons if end < view.mentions[p].start and view.mentions[p].end <= close]
            # "市长A|在某某分会场": the person right before 在 (or his word of address)
            found += [p for p in persons if text[view.mentions[p].end : start] in ("", *honorifics)]
        if not found:
            continue
        # "在|某省某某开工仪式|某市分会场": the event the venue belongs to, named in it; else the article's
        inside = [
            x
            for x in view.of_type(k, "MEETING")
            if any(a < view.mentions[x].start and view.mentions[x].end <= b for a, b in spans)
        ]
        meeting = inside[0] if inside else meeting_of_article(view, k)
        if meeting is None or is_fair(view, meeting):
            continue  # a fair's venue is a hall, not an event's
        out += [fact("attended", p, meeting, None, k, "attend_at_venue") for p in dict.fromkeys(found)]
    return out
