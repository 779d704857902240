"""attended from the other ways real pages name who was at an event: a list after the
trigger ("出席会议的有A、B"), a person who speaks at the event named in the same span
("A在推进会上强调…", "A在会上讲话"), and one who announces it open ("A宣布某某集中开工活动启动").

The words are in ``[attended]`` of ``ontology/patterns/relations.toml``; the rules register in
:data:`kg.nlp.relations.RULES` (imported by that package; they run at their place in
``ORDER`` of :mod:`kg.nlp.relations.table`).
"""

from __future__ import annotations

import re
from functools import cache

from kg.nlp.relations import (
    ArticleView,
    RawRelation,
    confidence,
    meeting_of_article,
    rule,
    triggers,
    words_re,
)
from kg.nlp.relations.meeting_chairs import without_chairs
from kg.nlp.relations.meeting_parts import after_title, opens_sentence, past_honorific, subject_run
from kg.nlp.relations.meetings import sitting_of
from kg.patterns import alternation


def event_in(view: ArticleView, k: int, start: int, end: int, named_only: bool = False) -> int | None:
    """The meeting named between ``start`` and ``end``, or the article's meeting when a bare
    event word there ends its name (会议, 会, 仪式 … or the meeting's own head word) or, of four
    characters or more, stands inside it."""
    named = [m for m in view.of_type(k, "MEETING") if start <= view.mentions[m].start < end]
    if named:
        return named[0]
    meeting = meeting_of_article(view, k, named_only)
    if meeting is None:
        return None
    conf = triggers()["chaired"]
    # A sitting of the event ("在开幕式上致辞") is the article's event as well.
    refs = (*conf["session_sittings"], *conf["meeting_references"])
    # "本次颁奖仪式", "本届运动会": a determiner before the bare word refers back as well
    determiners = alternation(triggers()["attended"]["determiners"])
    bare = re.search(
        rf"(?:{determiners})?({alternation(refs)}|[\u4e00-\u9fff]{{0,4}}(?:{alternation(conf['event_heads'])}))",
        view.article.text[start:end],
    )
    word = bare.group(1) if bare else ""
    # "…就职典礼晚宴" is named by "就职典礼" too: a longer event word inside its name
    if word and (word in refs or view.text(meeting).endswith(word) or (len(word) >= 4 and word in view.text(meeting))):
        return sitting_of(view, k, word, meeting)
    return None


@rule("attendees_listed")
def attendees_listed(view: ArticleView) -> list[RawRelation]:
    """ "出席会议的有市委副书记A、副市长B", "参加签约仪式的还有C": the persons listed after it
    attended the event named (or the article's, by a bare event word)."""
    conf = triggers()["attended"]
    pattern = re.compile(
        rf"(?:{alternation(conf['triggers'])})(?P<event>[^,;。的]{{0,20}})的"
        rf"(?:(?:{alternation(conf['group_titles'])})(?:和|及|与)?){{0,2}}(?:{alternation(conf['listed'])})"
    )
    text = view.article.text
    out = []
    for k, sent in enumerate(view.article.sentences):
        for m in pattern.finditer(text, sent.start, sent.end):
            meeting = event_in(view, k, m.start("event"), m.end("event"))
            if meeting is None and not m.group("event"):
                meeting = meeting_of_article(view, k)
            if meeting is None:
                continue
            ends = [x for x in (text.find(c, m.end(), sent.end) for c in ";。") if x >= 0]
            end = min(ends, default=sent.end)
            listed = [p for p in view.of_type(k, "PERSON") if m.end() <= view.mentions[p].start < end]
            for p in listed + _listed_after(view, k) if text[end : end + 1] in ";；" else listed:
                out.append(
                    RawRelation("attended", p, meeting, None, k, "attendees_listed", confidence("attendees_listed"))
                )
    return out


def _listed_after(view: ArticleView, k: int) -> list[int]:
    """The persons of the sentences after ``k`` (which ends in a semicolon) that go on with its
    list, group by group, each ending in a semicolon: "出席仪式的领导有:市领导A、B;集团公司领导
    C、D;区领导E;各单位负责同志出席了仪式。" (C, D and E too)."""
    text, sents = view.article.text, view.article.sentences
    out: list[int] = []
    j = k + 1
    while (
        j < len(sents)
        and sents[j - 1].text.rstrip().endswith((";", "；"))
        and sents[j].text.rstrip().endswith((";", "；"))
    ):
        persons = view.of_type(j, "PERSON")
        semicolon = max(text.rfind(";", sents[j].start, sents[j].end), text.rfind("；", sents[j].start, sents[j].end))
        run = subject_run(view, persons, semicolon)
        if len(run) != len(persons) or (
            run and not opens_sentence(view, j, min(run, key=lambda p: view.mentions[p].start))
        ):
            break
        out += run
        j += 1
    return out


@rule("speaker_at_named_event")
def speaker_at_named_event(view: ArticleView) -> list[RawRelation]:
    """ "A在推进会上强调…", "A在会上讲话", "A在签约仪式上致辞", "A在座谈会上的重要讲话", "A在就职
    典礼致辞": a person who speaks at the event named in the same span attended it, and so do the
    names listed before him that share the verb ("邀请A、B和C在会上讲话")."""
    conf = triggers()["attended"]
    verbs = words_re(tuple(conf["speaks"] + conf["presents"]))
    at = alternation(conf["at_meeting"])
    of = alternation(conf["speech_of"])  # "A在某某座谈会上的重要讲话"
    chaired = triggers()["chaired"]
    heads = alternation((*chaired["event_heads"], *chaired["meeting_references"], *conf["named_event_ends"]))
    reports = re.compile(
        rf"{re.escape(conf['reports_to'])}(?P<event>[^,;。向]{{0,30}}?(?:{heads}))(?:{alternation(conf['report_verbs'])})"
    )
    text = view.article.text
    out = []
    for k, sent in enumerate(view.article.sentences):
        persons = view.of_type(k, "PERSON")
        for p in persons:
            pe = after_title(text, view.mentions[p].end, ("在",))  # "A总书记在…"
            # "A同志在…会上的讲话": a word of address between the name and 在
            pe += next((len(h) for h in chaired["honorifics"] if text.startswith(h + "在", pe)), 0)
            m = re.match(rf"在(?P<event>[^,;。在]{{1,40}}?)(?:{at})[,]?", text[pe : sent.end])
            named_only = not (m and verbs.match(text, pe + m.end()))
            spoken_of = False
            if named_only:
                # "上的重要讲话", "A在就职典礼致辞" (no 上 where an event word ends the span): only
                # a meeting already named, none read from the opening sentences for this
                m = re.match(rf"在(?P<event>[^,;。在]{{1,40}}?)(?:{at})(?:{of})", text[pe : sent.end])
                m = m if m and verbs.match(text, pe + m.end()) else None
                spoken_of = m is not None
                m = m or re.match(
                    rf"在(?P<event>[^,;。在]{{1,40}}?(?:{heads}))(?={verbs.pattern})", text[pe : sent.end]
                )
            base = pe
            if not m:
                m, base, named_only = _report_to(view, k, pe, reports), 0, False
            if not m:
                continue
            meeting = event_in(view, k, base + m.start("event"), base + m.end("event"), named_only)
            if meeting is None:
                continue
            c = confidence("speaker_at_named_event")
            before = [q for q in persons if view.mentions[q].start < view.mentions[p].start]
            # "B传达了A在某会上的讲话": a speech named as a noun is A's alone; the names before
            # share no verb with it (they share one in "邀请A、B和C在会上讲话")
            run = [] if spoken_of else subject_run(view, before, view.mentions[p].start)
            for q in [p, *run]:
                out.append(RawRelation("attended", q, meeting, None, k, "speaker_at_named_event", c))
    return out


def _report_to(view: ArticleView, k: int, pe: int, reports: re.Pattern[str]) -> re.Match[str] | None:
    """ "A代表某某委员会向大会作《工作报告》": a report, in A's clause (from ``pe``), to the event
    named after 向: a meeting mention there, or a whole back-reference word (大会, 会议), never a
    word that merely ends in one ("向社会作出承诺")."""
    text, sent = view.article.text, view.article.sentences[k]
    clause_end = min([x for x in (text.find(c, pe, sent.end) for c in ",;。") if x >= 0], default=sent.end)
    m = reports.search(text, pe, clause_end)
    if m is None:
        return None
    named = any(view.mentions[x].start == m.start("event") for x in view.of_type(k, "MEETING"))
    refs = [r for r in triggers()["chaired"]["meeting_references"] if len(r) > 1]
    return m if named or m.group("event") in refs else None


@rule("speaker_beside_event")
def speaker_beside_event(view: ArticleView) -> list[RawRelation]:
    """ "市领导A、B出席开幕式,副市长C致辞", "开幕式由A主持,县教育局局长B致开幕辞", "A在开幕式上讲话,B、C
    分别致辞": in a sentence that names the event in a clause of attending, chairing or speaking at
    it, who makes a speech in another clause of it attended the event too. The speaker's clause
    holds nothing but the names, their titles and the speech ("B致辞并宣布开幕" is left to the
    rules of its own words), so no other act is read as one at the event."""
    conf = triggers()["attended"]
    text = view.article.text
    frames, speech = _beside_patterns()
    honorifics = triggers()["chaired"]["honorifics"]
    out = []
    for k, sent in enumerate(view.article.sentences):
        clauses = [(sent.start + a, sent.start + b) for a, b in _clause_spans(text[sent.start : sent.end])]
        persons = view.of_type(k, "PERSON")
        speakers = []
        for p in persons:
            pe = view.mentions[p].end
            start, end = next(((a, b) for a, b in clauses if a <= pe <= b), (pe, pe))
            pe = after_title(text, pe, tuple(conf["speeches"]))
            # "A同志致辞": a word of address between the name and the speech
            pe += next((len(h) for h in honorifics if text.startswith(h, pe)), 0)
            if not speech.fullmatch(text, pe, end):
                continue
            before = [q for q in persons if start <= view.mentions[q].start < view.mentions[p].start]
            run = [p, *subject_run(view, before, view.mentions[p].start)]
            # the names open their clause: only titles and bodies (a short stretch) before the first
            first = min(view.mentions[q].start for q in run)
            if len(run) == len(before) + 1 and first - start <= conf["speaker_prefix_max"]:
                speakers += run
        # the event is looked for only where someone speaks (finding it may add its mention)
        meeting = None
        for (a, b), (i, frame) in ((c, f) for c in clauses for f in enumerate(frames) if speakers):
            m = (frame.match if i == 1 else frame.search)(text, a, b)
            if m and meeting is None:
                meeting = event_in(view, k, m.start("event"), m.end("event"))
        if meeting is None and speakers:
            # "A宣布开工,市长B讲话": a clause that announces works starting names the article's
            # ceremony of works starting
            announced = _works_announced()
            hit = next((m for a, b in clauses if (m := announced.search(text, a, b))), None)
            meeting = _works_ceremony(view, k, hit)
        if meeting is None:
            continue
        c = confidence("speaker_beside_event")
        out += [RawRelation("attended", q, meeting, None, k, "speaker_beside_event", c) for q in speakers]
    return without_chairs(view, out)


@cache
def _beside_patterns() -> tuple[tuple[re.Pattern[str], ...], re.Pattern[str]]:
    """The three clauses that name the event of :func:`speaker_beside_event` (one attending or
    chairing it, one it is the subject of, one at it) and its speech words."""
    conf = triggers()["attended"]
    at = alternation(conf["at_meeting"])
    frames = (
        re.compile(rf"(?:{alternation(conf['beside_verbs'])})(?P<event>[^,;。]{{1,30}}?)(?:并|$)"),
        re.compile(r"(?P<event>[^,;。由]{1,30}?)由"),  # matched at the clause's start
        re.compile(rf"在(?P<event>[^,;。在]{{1,40}}?)(?:{at})"),
    )
    speech = re.compile(rf"(?:{alternation(conf['in_turn'])})?(?:{alternation(conf['speeches'])})")
    return frames, speech


@cache
def _works_announced() -> re.Pattern[str]:
    """An announcement of works starting inside a clause ("宣布项目开工", "下达开工令")."""
    conf = triggers()["attended"]
    announces, works = alternation(conf["announces"]), alternation(conf["works_started"])
    return re.compile(rf"(?:{announces})[^,，;；。]{{0,40}}?(?:{works})")


def _clause_spans(sentence: str) -> list[tuple[int, int]]:
    """The spans of the clauses of ``sentence`` (between commas, semicolons and stops)."""
    return [m.span() for m in re.finditer(r"[^,，;；。!?！？]+", sentence)]


@rule("announcer_at_event")
def announcer_at_event(view: ArticleView) -> list[RawRelation]:
    """ "县委书记A宣布某县2020年第二批重点项目集中开工活动启动": a person who announces the
    event named right after 宣布 open (启动, 开幕, 开工) attended it; "A宣布(集中)开工" in an article
    about an event whose name holds what is announced ("…集中开工仪式") attended that event."""
    conf = triggers()["attended"]
    pattern = re.compile(
        rf"(?:{alternation(conf['announces'])})(?P<event>[^,;。]{{4,40}}?)(?:{alternation(conf['announced'])})"
    )
    short = re.compile(
        rf"(?:{alternation(conf['announces'])})(?P<what>[^,;。]{{0,4}}?(?:{alternation(conf['announced'])}))"
    )
    # "A宣布项目开工": anything but a clause's end between the verb and the works starting
    works = re.compile(
        rf"(?:{alternation(conf['announces'])})[^,，;；。]{{0,40}}?(?:{alternation(conf['works_started'])})"
    )
    text = view.article.text
    after = tuple(conf["announce_after"])
    # "A同志宣布项目开工", "A在来宾分会场宣布开工": a word of address and the venue where he
    # stands come between the name and the announcing verb
    venue = re.compile(
        rf"在[^,，;；。]{{0,14}}?(?:{alternation(conf['announce_venues'])})(?=(?:{alternation(conf['announces'])}))"
    )
    out = []
    for k, sent in enumerate(view.article.sentences):
        for p in view.of_type(k, "PERSON"):
            pe = past_honorific(text, view.mentions[p].end)
            pe = v.end() if (v := venue.match(text, pe, sent.end)) else pe
            # "A致辞并宣布开工": a speech before the announcement
            pe += next((len(a) for a in after if text.startswith(a, pe)), 0)
            m = pattern.match(text, pe, sent.end)
            named = [
                x
                for x in view.of_type(k, "MEETING")
                if m and m.start("event") <= view.mentions[x].start < m.end("event") <= view.mentions[x].end + 2
            ]
            bare = short.match(text, pe, sent.end)
            meeting = named[0] if named else meeting_of_article(view, k, named_only=True) if bare else None
            # "A宣布开幕": nothing named but the event's opening, which is the article's event's
            # (not "A宣布开工": a project's works may start at a meeting of another kind)
            alone = bare and bare.group("what") in conf["opens_alone"]
            if not named and not bare and m:
                # "A宣布本届运动会开幕": a determiner and a bare word for the article's event
                meeting = event_in(view, k, m.start("event"), m.end("event"), named_only=True)
                named = [meeting] if meeting is not None and _determined(m.group("event")) else []
            if meeting is None or not (
                named or alone or (bare is not None and bare.group("what") in view.text(meeting))
            ):
                # "A宣布项目开工" at a ceremony of works starting, whatever is said to start
                meeting = _works_ceremony(view, k, works.match(text, pe, sent.end))
            if meeting is not None:
                c = confidence("announcer_at_event")
                out.append(RawRelation("attended", p, meeting, None, k, "announcer_at_event", c))
    return out


def _works_ceremony(view: ArticleView, k: int, announced: re.Match[str] | None) -> int | None:
    """The article's event when ``announced`` ("宣布…开工") says works start and the event is a
    ceremony of works starting (its name holds one of ``works_events``: "…集中开工仪式", "…开工
    奠基仪式"); a project's works may also be announced at a meeting of another kind."""
    if announced is None:
        return None
    meeting = meeting_of_article(view, k, named_only=True)
    if meeting is None or not any(w in view.text(meeting) for w in triggers()["attended"]["works_events"]):
        return None
    return meeting


def _determined(words: str) -> bool:
    """Whether ``words`` open with a determiner ("本届运动会", "此次活动")."""
    return words.startswith(tuple(triggers()["attended"]["determiners"]))


@rule("programme_item")
def programme_item(view: ArticleView) -> list[RawRelation]:
    """ "仪式第一项:常务副区长A同志介绍项目情况": a programme item of the event named by a bare
    word (or its name) opening the sentence; each person the item names takes part in it."""
    conf = triggers()["attended"]
    pattern = re.compile(rf"(?P<event>[\u4e00-\u9fff]{{1,20}}?)(?:{conf['programme_item']})[:：]")
    text = view.article.text
    out = []
    for k, sent in enumerate(view.article.sentences):
        m = pattern.match(text, sent.start, sent.end)
        if not m:
            continue
        meeting = event_in(view, k, m.start("event"), m.end("event"))
        if meeting is None:
            continue
        for p in view.of_type(k, "PERSON"):
            if view.mentions[p].start >= m.end():
                out.append(RawRelation("attended", p, meeting, None, k, "programme_item", confidence("programme_item")))
    return out


@rule("event_verb")
def event_verb(view: ArticleView) -> list[RawRelation]:
    """ "省长A在某市调研并座谈。…座谈会上,…": a person who does what names the event (座谈) in
    his clause attended the article's event of that name (the verb's ``[attended]
    event_verbs`` head word ends it). When the article names no event at all, the bare word
    opening a sentence at it ("座谈会上,") is that event."""
    conf = triggers()["attended"]
    text = view.article.text
    sentences = view.article.sentences
    out = []
    for verb, head in conf["event_verbs"].items():
        after = re.compile(rf"[^,;。!?]{{0,20}}?{re.escape(verb)}(?!{re.escape(head[len(verb) :])})")
        doers = [
            (k, p)
            for k, sent in enumerate(sentences)
            for p in view.of_type(k, "PERSON")
            if after.match(text, view.mentions[p].end, sent.end)
        ]
        if not doers:
            continue
        events = [m for k in range(len(sentences)) for m in view.of_type(k, "MEETING") if view.text(m).endswith(head)]
        if not events and meeting_of_article(view, len(sentences) - 1) is None:
            opening = re.compile(rf"{re.escape(head)}(?:{alternation(conf['at_meeting'])})[,，]")
            at = next((s.start for s in sentences if opening.match(text, s.start, s.end)), None)
            events = [view.add_mention(at, at + len(head), "MEETING", "event_verb")] if at is not None else []
        for k, p in doers[: len(doers) if events else 0]:
            out.append(RawRelation("attended", p, events[0], None, k, "event_verb", confidence("event_verb")))
    return out
