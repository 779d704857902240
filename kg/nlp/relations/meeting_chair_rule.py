"""The chair rule (``chair_trigger``): PERSON 主持(召开) MEETING, "会议由X主持", a bare 会议 or
sitting word standing for the article's meeting. Split from :mod:`~kg.nlp.relations.meetings`,
whose helpers it reads.
"""

from __future__ import annotations

import re

from kg.nlp.bare_events import refers_alike
from kg.nlp.entities import lexicon
from kg.nlp.relations.meeting_chairs import outermost
from kg.nlp.relations.meeting_parts import (
    after_title,
    joined_meetings,
    joint_names,
    past_co_chairs,
    past_coordinated,
    past_time,
)
from kg.nlp.relations.meetings import is_topic, last_ending_in, meeting_of_article
from kg.nlp.relations.places import place_chain
from kg.nlp.relations.table import fact, rule
from kg.nlp.relations.view import ArticleView, RawRelation, triggers
from kg.patterns import alternation


def _list_start(view: ArticleView, k: int, p: int) -> int:
    """Where the titles before person ``p`` begin: ``p``'s own clause when only titles (and
    、-joined titles) stand between the clause start and the name ("县委副书记、县长B")."""
    text = view.article.text
    sent = view.article.sentences[k]
    start = max([sent.start] + [text.rfind(c, sent.start, view.mentions[p].start) + 1 for c in ",;。"])
    before = text[start : view.mentions[p].start]
    titles = alternation(lexicon().titles)
    # a layout mark opening the clause ("▲启动仪式由副市长X主持") is no word of it
    before = before.lstrip(triggers()["chaired"]["layout_marks"])
    return start if re.fullmatch(rf"(?:[一-鿿]{{0,8}}?(?:{titles})、?)*", before) else -1


def _referred(view: ArticleView, k: int, word: str, meeting: int, name: str, generic: tuple[str, ...]) -> int:
    """The event that a chair's word of reference (会议, 仪式, …) in sentence ``k`` stands for: the
    article's ``meeting`` (named ``name``), but for a generic word (``[chaired]
    generic_references``) whose head the article's event lacks, the last event named with it
    ("全市开展某某活动,某县举行A项目开工仪式。县长X主持仪式"), else the article's whatever its head
    word ("X主持活动" at a 动员大会)."""
    if word not in generic or any(n.endswith(word) for n in joint_names(name)):
        return meeting
    return last_ending_in(view, k, word) or meeting


def _last_holding(view: ArticleView, before_sentence: int, words: tuple[str, ...]) -> int | None:
    """The last meeting named up to this sentence (not a topic) whose name holds one of ``words``."""
    for k in range(before_sentence, -1, -1):
        for m in reversed(view.of_type(k, "MEETING")):
            if not is_topic(view, m) and any(w in view.text(m) for w in words):
                return m
    return None


@rule("chair_trigger")
def chaired(view: ArticleView) -> list[RawRelation]:
    """PERSON 主持(召开) MEETING in one sentence; "X主持会议", "X主持推介会",
    "会议由X主持": a bare 会议 (or the head word of the article's meeting) refers back to the
    meeting the article is about, the last one named up to the sentence.
    """
    out = []
    conf = triggers()["chaired"]
    trig = tuple(sorted(conf["triggers"], key=len, reverse=True))
    # "主持会议", "主持闭幕会": a bare word for the meeting or one of its sittings
    ref_words = (*conf["meeting_references"], *conf["session_sittings"])
    # "X主持活动": a generic word stands for the article's event whatever its head word
    generic = tuple(conf["generic_references"])
    refs_all = (*ref_words, *generic)
    refs = alternation(ref_words)
    trig_re = "|".join(map(re.escape, trig))
    heads = "|".join(map(re.escape, conf["event_heads"]))
    text = view.article.text
    list_head: dict[int, int] = {}  # a co-chair listed after another -> the list's first person
    for k, sent in enumerate(view.article.sentences):
        for p in view.of_type(k, "PERSON"):
            pe = past_time(text, view.mentions[p].end)  # "乡长X26日上午主持", "X(中)主持"
            # "区长X同志在区府会议室主持召开…": the word of address before where the person chairs
            address = next((h for h in conf["honorifics"] if text.startswith(h + "在", pe)), "")
            pe += len(address)
            # "X在银川主持召开…座谈会": the place where the person chairs stands between.
            if text[pe : pe + 1] == "在":
                at = pe
                chain = (
                    place_chain(view, k, pe + 1)
                    or [j for j in view.of_type(k, "PLACE", "ORG") if view.mentions[j].start == pe + 1][:1]
                )
                pe = view.mentions[chain[-1]].end if chain else pe
                # "X在县政府三楼会议室主持召开…": a room no mention names, up to the trigger
                room = re.match(rf"在[^,;。]{{1,{conf['room_within']}}}?(?={trig_re})", text[at : sent.end])
                pe = at + room.end() if room and not text.startswith(trig, pe) else pe
            # "张某副书记主持会议", "张某副书记15日下午主持…"
            pe = past_time(text, after_title(text, pe, (*trig, *conf["attend_then_chair"]), past_time))
            honorific = next((h for h in conf["honorifics"] if text.startswith(h, pe)), "")
            if text.startswith((*trig, *conf["attend_then_chair"]), pe + len(honorific)):
                pe += len(honorific)  # "会议由X同志主持"
            # "县长X同志,主持召开了…": a comma after the name (its title, its word of address)
            comma = pe + len(honorific)
            if (
                text[comma : comma + 1] in conf["comma_before"]
                and text.startswith(trig, comma + 1)
                and not text.startswith(tuple(conf["not_triggers"]), comma + 1)
            ):
                pe = comma + 1
            adverb = next((a for a in conf["chair_adverbs"] if text.startswith(a, pe)), "")
            if adverb and text.startswith(trig, pe + len(adverb)):
                pe += len(adverb)  # "市长X亲自主持召开…"
            pe, listed = past_co_chairs(view, k, p, pe, trig)  # "由A、B、C连袂主持", "A、B等共同主持"
            for q in listed:
                list_head.setdefault(q, list_head.get(p, p))
            pe = past_coordinated(view, k, pe, trig)  # "A和B市长出席主持…"
            t = next((x for x in trig if text.startswith(x, pe)), None)
            if t is None:
                continue
            named = next(
                (m for m in view.of_type(k, "MEETING") if pe <= view.mentions[m].start <= pe + conf["meeting_within"]),
                None,
            )
            if named is not None:
                out.append(fact("chaired", p, named, None, k, "chair_trigger"))
                # "主持召开A会议和B会议": each meeting joined to the first is chaired too.
                for joined in joined_meetings(view, k, named, tuple(conf["joined_by"])):
                    out.append(fact("chaired", p, joined, None, k, "chair_trigger"))
                continue
            meeting = meeting_of_article(view, k)
            if meeting is None or adverb in conf["next_meeting_adverbs"]:
                continue
            after = pe + len(t)
            # "主持会议" / "主持推介会": a bare meeting word closing the clause.
            between = alternation(conf["before_reference"])
            # "主持新闻发布会": a compound head word of up to back_reference_max characters;
            # "主持运动会开幕式": the event's head word and one of its sittings.
            longest = conf["back_reference_max"] - 1
            sittings = alternation(conf["session_sittings"])
            bare = re.match(
                rf"(?:{trig_re})(?:{between})?({refs}|[\u4e00-\u9fff]{{0,{longest}}}?(?:{heads}))"
                rf"(?:{sittings})?(?=[,;。、并和时\n]|$)",
                text[pe : sent.end],
            )
            # "“云开工”活动": the name's quotation marks are no part of the word it ends in
            mname = view.text(meeting).translate({ord(c): None for c in conf["name_quotes"]})
            # (or the event's head written loosely: "主持开工仪式" for "…桂东分会场活动", session 29)
            if bare and (
                bare.group(1) in refs_all
                or any(n.endswith(bare.group(1)) for n in joint_names(mname))
                or refers_alike(bare.group(1), mname)
            ):
                target = outermost(view, _referred(view, k, bare.group(1), meeting, mname, generic))
                out.append(fact("chaired", p, target, None, k, "chair_reference"))
                continue
            # "X主持签约", "X主持启动仪式": the event's act or its launch, in a name that holds it
            acts = conf["act_references"]
            said = text[pe : sent.end]
            act = next((w for w in acts if re.match(rf"(?:{trig_re}){w}(?=[,;。、并和\n]|$)", said)), None)
            holding = _last_holding(view, k, tuple(acts[act])) if act is not None else None
            if holding is not None:
                out.append(fact("chaired", p, outermost(view, holding), None, k, "chair_reference"))
                continue
            # "…交流会暨企业家论坛…。论坛期间,举办某活动。省长X主持论坛": the head word names the
            # last event ending in it, though another event was named since
            earlier = last_ending_in(view, k, bare.group(1)) if bare else None
            if earlier is not None:
                out.append(fact("chaired", p, outermost(view, earlier), None, k, "chair_reference"))
                continue
            # "会议由副市长X主持。": the clause's subject is the meeting.
            clause_start = max(text.rfind(c, sent.start, view.mentions[p].start) for c in ",;。") + 1
            clause_start = max(clause_start, sent.start)
            # "签约仪式由副县长X主持": the article's event by its head word.
            by = re.search(
                rf"({refs}|[\u4e00-\u9fff]{{0,4}}(?:{heads}))由", text[clause_start : view.mentions[p].start]
            )
            if (
                t == "主持"
                and re.match(r"(?:[,;。]|$)", text[after : sent.end])
                and by
                and (by.group(1) in refs_all or mname.endswith(by.group(1)))
            ):
                target = _referred(view, k, by.group(1), meeting, mname, generic)
                out.append(fact("chaired", p, target, None, k, "chair_reference"))
            elif (
                t == "主持"
                # a line that ends right after the trigger (a caption, a paragraph with no stop)
                and (text.startswith(tuple(conf["bare_closed_by"]), after) or not text[after : sent.end].strip())
                # ... or the clause of the first of the co-chairs listed with it ("由A、B连袂主持。")
                and clause_start == _list_start(view, k, list_head.get(p, p))
            ):
                # "县委书记A出席。县委副书记、县长B主持(并讲话)。": the sentence of the person and
                # the bare verb, after the article's event was named, chairs that event; one the
                # sentence opens with ("开班典礼上,…B主持。") is the last event ending in its word.
                at = alternation(triggers()["attended"]["at_meeting"])
                opener = re.match(rf"([\u4e00-\u9fff]{{0,6}}(?:{heads}))(?:{at}),", sent.text)
                meeting = (last_ending_in(view, k, opener.group(1)) if opener else None) or meeting
                out.append(fact("chaired", p, meeting, None, k, "chair_reference"))
    return out
