"""Parts of the meeting rules (:mod:`kg.nlp.relations.meetings`): where a person's trigger
starts past titles, honorifics and persons joined to them, which meetings one chair joins
("A会议和B会议"), the names of the halves of "X暨Y", which names before an attending verb
are its subjects, and whether a meeting named is held in the text or only spoken of.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from kg.nlp.entities import lexicon
from kg.nlp.entities.candidate import words_by_first_char
from kg.nlp.relations.view import ArticleView, triggers
from kg.patterns import alternation


def past_honorific(text: str, pos: int) -> int:
    """Past a word of address at ``pos`` ("A|同志|致辞": ``[chaired] honorifics``), or ``pos``.

    >>> past_honorific("张强同志致辞", 2), past_honorific("张强致辞", 2)
    (4, 2)
    """
    return pos + next((len(h) for h in triggers()["chaired"]["honorifics"] if text.startswith(h, pos)), 0)


def after_title(text: str, pos: int, verbs: tuple[str, ...], past: Callable[[str, int], int] | None = None) -> int:
    """Past a title written after a name when one of ``verbs`` follows it ("张某|副书记|主持"),
    or follows what ``past`` skips after the title ("张某副书记|15日下午|主持").

    >>> after_title("张强副市长主持会议", 2, ("主持",)), after_title("张强副市长", 2, ("主持",))
    (5, 2)
    """
    ahead = words_by_first_char(lexicon().titles).get(text[pos : pos + 1], ())
    title = next((x for x in ahead if text.startswith(x, pos)), None)
    if title is not None:
        end = pos + len(title)
        if text.startswith(verbs, past(text, end) if past else end):
            return end
    return pos


def past_time(text: str, pos: int) -> int:
    """Past a caption's position mark and a date or time of day after a chair's name (``[chaired]
    position_mark``, ``time_between``): "乡长X|26日上午|主持", "X|(中)|主持".

    >>> past_time("张强15日下午主持会议", 2), past_time("张强主持", 2)
    (7, 2)
    """
    conf = triggers()["chaired"]
    found = re.match(f"(?:{conf['position_mark']})?(?:{conf['time_between']})", text[pos : pos + 40])
    return pos + found.end() if found else pos


def past_co_chairs(view: ArticleView, k: int, p: int, pos: int, trig: tuple[str, ...]) -> tuple[int, list[int]]:
    """Past the persons listed after ``p`` (ending at ``pos``) who chair with it: "由A、B、C连袂
    主持", "A(右一)、B(左二)、C等贵宾共同主持", "大会由A及B主持": the list shares the trigger
    when a co-chairing adverb stands before it or the list opens with 由 in its clause
    (``[chaired] co_chair_*``), and the persons after ``p`` in it; else ``pos`` and none (a bare
    "A、B、C出席" list is no list of chairs)."""
    conf = triggers()["chaired"]
    text = view.article.text
    joiners = tuple(sorted(conf["co_chair_joiners"], key=len, reverse=True))
    adverbs, groups = tuple(conf["co_chair_adverbs"]), tuple(conf["co_chair_group"])
    mark = re.compile(conf["position_mark"])
    # (the persons by start, once per sentence: the chair rule asks for each name of a list)
    starts = view.memo.get(f"person_starts:{k}")
    if starts is None:
        starts = view.memo[f"person_starts:{k}"] = {view.mentions[q].start: q for q in view.of_type(k, "PERSON")}
    end, listed = pos, []
    for _ in range(conf["co_chair_max"]):
        found = mark.match(text, end)
        end = found.end() if found else end
        joiner = next((j for j in joiners if text.startswith(j, end)), None)
        if joiner is None:
            break
        nxt = next((starts[x] for x in range(end + len(joiner), end + 13) if x in starts), None)
        if nxt is None or re.search(r"[,;。]", text[end : view.mentions[nxt].start]):
            break
        end = after_title(text, view.mentions[nxt].end, (*trig, *adverbs, *groups, *joiners, "("))
        listed.append(nxt)
    found = mark.match(text, end)
    end = found.end() if found else end
    end += len(next((g for g in groups if text.startswith(g, end)), ""))
    adverb = next((a for a in adverbs if text.startswith(a, end) and text.startswith(trig, end + len(a))), "")
    if adverb:
        return end + len(adverb), listed
    sent_start = view.article.sentences[k].start
    clause_start = max(text.rfind(c, sent_start, view.mentions[p].start) for c in ",;。") + 1
    if (
        end > pos
        and text.startswith(trig, end)
        and re.search(r"由[^由]*$", text[clause_start : view.mentions[p].start])
    ):
        return end, listed
    return pos, []


def joint_names(name: str) -> list[str]:
    """A meeting's name and, for "X暨Y", the names of its halves, X given Y's head word when it
    has none of its own ("启动暨签约仪式": 启动仪式, 签约仪式).

    >>> joint_names("启动暨签约仪式")
    ['启动暨签约仪式', '启动仪式', '签约仪式']
    """
    x, sep, y = name.partition("暨")
    if not sep:
        return [name]
    heads = sorted(triggers()["chaired"]["event_heads"], key=len, reverse=True)
    head = next((h for h in heads if y.endswith(h)), "")
    return [name, x if x.endswith(tuple(heads)) else x + head, y]


def joined_meetings(view: ArticleView, k: int, first: int, conjunctions: tuple[str, ...]) -> list[int]:
    """The meetings of sentence ``k`` joined to ``first`` one after another by a conjunction
    ("县政府党组(扩大)会议|和|县十六届第9次政府常务会议")."""
    text = view.article.text
    out, end = [], view.mentions[first].end
    for m in sorted(view.of_type(k, "MEETING"), key=lambda i: view.mentions[i].start):
        if view.mentions[m].start > end and text[end : view.mentions[m].start] in conjunctions:
            out.append(m)
            end = view.mentions[m].end
    return out


def past_coordinated(view: ArticleView, k: int, pos: int, trig: tuple[str, ...]) -> int:
    """Past the persons joined to the one ending at ``pos`` ("A|和B市长|出席主持…") and past an
    attending verb before the chairing one (``[chaired] attend_then_chair``: "出席并主持"): where
    the trigger they share may start."""
    conf = triggers()["chaired"]
    text = view.article.text
    joiners = tuple(conf["coordinated_by"])
    # "A、B、C出席": a 、 list is no pair of chairs; each step looks ahead a few characters only
    starts: dict[int, int] = {}
    for _ in range(conf["coordinated_max"]):
        if not text.startswith(joiners, pos):
            break
        starts = starts or {view.mentions[q].start: q for q in view.of_type(k, "PERSON")}
        nxt = next((starts[x] for x in range(pos + 1, pos + 13) if x in starts), None)
        if nxt is None or re.search(r"[,;。]", text[pos : view.mentions[nxt].start]):
            break
        pos = after_title(text, view.mentions[nxt].end, (*trig, *conf["attend_then_chair"]))
    before = next((b for b in conf["attend_then_chair"] if text.startswith(b, pos)), None)
    if before is not None and text.startswith(trig, pos + len(before)):
        pos += len(before)
    return pos


def subject_run(view: ArticleView, persons: list[int], until: int) -> list[int]:
    """The persons of ``persons`` (before a trigger at ``until``) that form the run of names
    the trigger has as its subject: walking back from the trigger, each name is followed only
    by a title, a tail (``[attended] subject_tails``: 等, 一行, 同志 …) and a list joiner
    (``subject_joiners``); a name whose clause goes on with a predicate of its own ends the
    run ("市委书记A作出批示,市长B出席会议": only B).
    """
    conf = triggers()["attended"]
    text = view.article.text
    tails = tuple(sorted(conf["subject_tails"], key=len, reverse=True))
    joiners = tuple(conf["subject_joiners"])
    titles = words_by_first_char(lexicon().titles)
    out: list[int] = []
    nxt = until
    for p in sorted(persons, key=lambda i: view.mentions[i].start, reverse=True):
        pos = view.mentions[p].end
        while pos < nxt:
            if text.startswith(tuple(conf["subject_group"]), pos):
                # "A等客商代表,…": the group noun after 等 closes the run's item
                while pos < nxt and not text.startswith(joiners, pos):
                    pos += 1
                break
            word = next((t for t in tails if text.startswith(t, pos)), None)
            word = word or next((t for t in titles.get(text[pos], ()) if text.startswith(t, pos)), None)
            if word is None:
                break
            pos += len(word)
        clause = re.match(r"[^,，;；]*", text[pos:nxt]).group()
        if len(clause) >= conf["subject_clause_min"] and pos + len(clause) < nxt and not text.startswith(joiners, pos):
            break  # "A作出批示,": a clause of its own (not a name's cut-off last character)
        out.append(p)
        nxt = view.mentions[p].start
    return out


def bracketed_before(text: str, start: int, end: int, until: int) -> bool:
    """Whether ``[start, end)`` lies inside brackets that close before ``until``.

    >>> t = "(通讯员 王辉)上午，县领导出席仪式"
    >>> bracketed_before(t, 5, 7, t.index("出席")), bracketed_before("王立（左三）出席", 0, 2, 6)
    (True, False)
    """
    close = max(text.rfind(")", end, until), text.rfind("）", end, until))
    if close < 0:
        return False
    opened = max(text.rfind("(", 0, start), text.rfind("（", 0, start))
    return opened >= 0 and max(text.rfind(")", opened, start), text.rfind("）", opened, start)) < 0


def is_held(view: ArticleView, m: int) -> bool:
    """Whether meeting mention ``m`` is held in the text ("某会议在某市召开", "主持召开某会议")
    rather than only spoken of ("会议通过了某会议选举办法", "代表某会议报告工作"); the words are
    ``[meetings] held_*`` in ``ontology/patterns/relations.toml``.

    >>> from types import SimpleNamespace as NS
    >>> def view(t, name):
    ...     i = t.index(name)
    ...     return NS(article=NS(text=t), mentions=[NS(start=i, end=i + len(name))])
    >>> is_held(view("某某座谈会在某市召开。", "某某座谈会"), 0), is_held(view("会议通过了某某会议办法", "某某会议"), 0)
    (True, False)
    >>> is_held(view("会议研究了召开某某会议有关事宜", "某某会议"), 0)
    False
    >>> is_held(view("会议决定某某会议于5月9日在某市召开", "某某会议"), 0)
    False
    """
    conf = triggers()["meetings"]
    text = view.article.text
    mention = view.mentions[m]
    after = alternation(conf["held_after"])
    if planned(view, m):
        return False
    # a name in quotes ("「某某联席会议」于6月21日在本澳举行"): the marks are no words between
    quotes = triggers()["chaired"]["name_quotes"]
    end = len(text) - len(text[mention.end :].lstrip(quotes))
    if re.match(rf"(?:[在于][^,，;；。\n]{{1,{conf['held_place_max']}}}?)?(?:隆重|顺利|胜利)?(?:{after})", text[end:]):
        return True
    before = text[: mention.start].rstrip(quotes)
    return any(re.search(rf"{re.escape(v)}(?:了)?$", before) for v in conf["held_before"])


def planned(view: ArticleView, m: int) -> bool:
    """Whether meeting mention ``m`` is one a meeting decides, proposes or prepares: one of
    ``[meetings] held_not_planned`` stands earlier in its clause ("研究召开某会议有关事宜") or ends
    the clause before it ("会议决定,某会议于某日在某市召开").

    >>> from types import SimpleNamespace as NS
    >>> def view(t, name):
    ...     i = t.index(name)
    ...     return NS(article=NS(text=t), mentions=[NS(start=i, end=i + len(name))])
    >>> planned(view("会议决定,某某会议于5月9日在某市召开", "某某会议"), 0)
    True
    >>> planned(view("3日,某某会议在某市召开", "某某会议"), 0)
    False
    >>> planned(view("某某会议将于5月在某市召开", "某某会议"), 0)
    True
    """
    conf = triggers()["meetings"]
    words = tuple(conf["held_not_planned"])
    text = view.article.text
    start = view.mentions[m].start
    marks = ",，;；。\n"
    clause_start = max(text.rfind(c, 0, start) for c in marks) + 1
    if any(w in text[clause_start:start] for w in words):
        return True
    later = rf"(?:{alternation(conf['planned_after'])})[^,，;；。\n]{{0,15}}?(?:{alternation(conf['planned_holding'])})"
    if re.match(later, text[view.mentions[m].end :]):
        return True  # "某会议下周举行": held later, not now
    before = text[: max(clause_start - 1, 0)]
    return clause_start > 0 and text[clause_start - 1] in ",，" and before.endswith(words)


def holds_own_meeting(view: ArticleView, m: int) -> bool:
    """Whether the session named by mention ``m`` has its presidium or convenors hold a meeting
    of their own right after its name ("某届人大某次会议|主席团举行第一次会议"; ``[meetings]
    sub_meeting``): that meeting is held, not the session.

    >>> from types import SimpleNamespace as NS
    >>> t = "市十届人大三次会议主席团举行第一次会议"
    >>> holds_own_meeting(NS(article=NS(text=t), mentions=[NS(start=0, end=9)]), 0)
    True
    """
    return re.match(triggers()["meetings"]["sub_meeting"], view.article.text[view.mentions[m].end :]) is not None


def listed_before(view: ArticleView, k: int, first: int) -> list[int]:
    """The persons of the sentences right before ``k`` that end in a semicolon and hold nothing
    but a list of names with their titles, when ``first`` (the first subject of a trigger in
    sentence ``k``) opens its sentence: one list of guests cut by semicolons into groups
    ("某市副市长A,县委书记B;某校校长C,院士D出席仪式": A and B attended too). A sentence that
    says something else of its names ("A主持会议;B、C出席") ends the walk.
    """
    text, sents = view.article.text, view.article.sentences
    if not opens_sentence(view, k, first):
        return []
    out: list[int] = []
    while k > 0 and sents[k - 1].text.rstrip().endswith((";", "；")):
        k -= 1
        persons = view.of_type(k, "PERSON")
        semicolon = max(text.rfind(";", sents[k].start, sents[k].end), text.rfind("；", sents[k].start, sents[k].end))
        run = subject_run(view, persons, semicolon)
        if not persons or len(run) != len(persons):
            break
        if not opens_sentence(view, k, min(run, key=lambda p: view.mentions[p].start)):
            break
        out += run
    return out


def opens_sentence(view: ArticleView, k: int, p: int) -> bool:
    """Whether person ``p`` opens sentence ``k``: nothing stands before the name but its titles
    and their bodies ("省政协原主席、某某研究会名誉会长A"), which end in a title."""
    text, sent = view.article.text, view.article.sentences[k]
    before = text[sent.start : view.mentions[p].start]
    ends = (*lexicon().titles, *triggers()["attended"]["group_titles"])  # "集团公司领导A"
    return not re.search(r"[,，;；:：。]", before) and (not before or before.endswith(ends))
