"""Relation extraction: rules over the mentions of one article, sentence by sentence.

Each rule is a function ``(ArticleView) -> list[RawRelation]`` registered in ``RULES``
under the name that each relation carries as its ``rule``. Trigger words are data in
``ontology/patterns/relations.toml``; what a rule does with them (the word order of
Chinese news writing) is here.

Mentions are referred to by index into ``ArticleView.mentions``; resolution later maps
them to entities.

Each rule's confidence is data: ``[confidence]`` in relations.toml, the rule's measured
precision on the seeds, the written dev sets and dev-real/tune (benchmarks/rule_precision.py).
Facts derived from other facts (the gazetteer's hierarchy) are
not made here; resolution adds them with ``inferred: true``.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from kg.ingest import BYLINE, CAPTION, HEADING, Article, layout_patterns
from kg.nlp.amounts import Amount, find_amounts, parse_amount
from kg.nlp.entities import Candidate, gazetteer_regex, lexicon, words_by_last_char
from kg.nlp.gazetteer import Division, load_gazetteer
from kg.resources import ontology_path


@dataclass
class RawRelation:
    """A fact read in one sentence, between mentions of the article (indices)."""

    type: str
    head: int
    tail: int | None
    value: dict[str, Any] | None
    sentence: int
    rule: str
    confidence: float


@dataclass
class ArticleView:
    """What the rules read: the article, its sentences and the mentions of each."""

    article: Article
    mentions: list[Candidate]
    home_city: str | None = None  # full name of the city the paper calls 我市
    word_ends: frozenset[int] = frozenset()  # offsets where the segmenter ends a word
    by_sentence: list[list[int]] = field(default_factory=list)
    # Codes of the divisions that the place mentions name, kept up to date by add_place.
    named_divisions: set[str] = field(default_factory=set)

    def __post_init__(self) -> None:
        self.by_sentence = [[] for _ in self.article.sentences]
        for i, m in enumerate(self.mentions):
            self._file(i, m)
        self.named_divisions = {
            d.code for i, m in enumerate(self.mentions) if m.label == "PLACE" and (d := self.division(i))
        }

    def _file(self, i: int, m: Candidate) -> None:
        for k, s in enumerate(self.article.sentences):
            if s.start <= m.start and m.end <= s.end:
                self.by_sentence[k].append(i)
                self.by_sentence[k].sort(key=lambda j: (self.mentions[j].start, -self.mentions[j].end))
                break

    def add_place(self, start: int, end: int, division: Division | None, source: str) -> int:
        """A place mention the entity stage did not keep (我市; 大同 inside 中车大同电力机车有限公司),
        added to the shared mention list; the index of an existing one with that span if any."""
        for i, m in enumerate(self.mentions):
            if m.start == start and m.end == end and m.label == "PLACE":
                return i
        attrs: dict[str, Any] = {"nested": True}
        if division is not None:
            attrs.update(admin_code=division.code, admin_level=division.level, admin_name=division.name)
        self.mentions.append(Candidate(start, end, "PLACE", source, 0.6, attrs))
        i = len(self.mentions) - 1
        self._file(i, self.mentions[i])
        if division is not None:
            self.named_divisions.add(division.code)
        return i

    def add_mention(self, start: int, end: int, label: str, source: str) -> int:
        """A mention the entity stage did not keep (an event named after 出席), added to the
        shared mention list; the index of an existing one with that span and label if any."""
        for i, m in enumerate(self.mentions):
            if m.start == start and m.end == end and m.label == label:
                return i
        self.mentions.append(Candidate(start, end, label, source, 0.6, {}))
        i = len(self.mentions) - 1
        self._file(i, self.mentions[i])
        return i

    def in_title(self, i: int) -> bool:
        """The mention is part of a title in 《》 (a policy or a book names no located thing)."""
        m = self.mentions[i]
        text = self.article.text
        line_start = text.rfind("\n", 0, m.start) + 1
        before = text[line_start : m.start]
        return before.rfind("《") > before.rfind("》")

    def division(self, i: int) -> Division | None:
        """The administrative division a place mention names, if any."""
        code = self.mentions[i].attrs.get("admin_code")
        return load_gazetteer().divisions.get(code) if code else None

    def text(self, i: int) -> str:
        m = self.mentions[i]
        return self.article.text[m.start : m.end]

    def of_type(self, k: int, *labels: str) -> list[int]:
        return [i for i in self.by_sentence[k] if self.mentions[i].label in labels]

    def is_place_name(self, i: int) -> bool:
        """A place for sure: an administrative division, or a name ending in a place or zone
        head word. A bare name the statistical tagger called a place ("华阳" in
        "华阳高性能碳纤维项目", "长城1号" in "长城1号公路") is a brand or a name part, not a location."""
        m = self.mentions[i]
        if m.label != "PLACE" or not (m.attrs.get("admin_code") or m.attrs.get("head")):
            return False
        # A common noun with a place head ("老城区排水防涝项目", "县建制镇污水处理厂") names no place.
        return re.sub("^[省市县区]", "", self.text(i)) not in triggers()["located_in"]["generic_places"]

    def is_named_org(self, i: int) -> bool:
        """An organisation recognised by its head word (有限公司, 集团, 局…), not a bare brand."""
        m = self.mentions[i]
        return m.label == "ORG" and bool(m.attrs.get("head"))


@lru_cache(maxsize=1)
def triggers() -> dict[str, Any]:
    with open(ontology_path("patterns", "relations.toml"), "rb") as f:
        return tomllib.load(f)


def confidence(rule_name: str, rtype: str | None = None) -> float:
    """The confidence of the facts a rule writes, from ``[confidence]`` in relations.toml: the
    rule's measured precision (benchmarks/rule_precision.py), per relation type for a rule that
    writes several (``appointed_to = { holds_position = 0.8, works_for = 0.75 }``).

    >>> confidence("located_trigger") > confidence("home_city")
    True
    """
    value = triggers()["confidence"][rule_name]
    return float(value[rtype] if isinstance(value, dict) else value)


def _fact(rtype: str, head: int, tail: int | None, value: dict[str, Any] | None, k: int, rule_name: str) -> RawRelation:
    """A fact of rule ``rule_name`` read in sentence ``k``, at the rule's confidence."""
    return RawRelation(rtype, head, tail, value, k, rule_name, confidence(rule_name, rtype))


Rule = Callable[[ArticleView], list[RawRelation]]
RULES: dict[str, Rule] = {}


def rule(name: str) -> Callable[[Rule], Rule]:
    def decorate(func: Rule) -> Rule:
        RULES[name] = func
        return func

    return decorate


def extract_relations(view: ArticleView) -> list[RawRelation]:
    """Run every rule on the article."""
    out: list[RawRelation] = []
    for func in RULES.values():
        out.extend(func(view))
    return out


# --------------------------------------------------------------------------- positions


@rule("title_before_name")
def positions(view: ArticleView) -> list[RawRelation]:
    """``[ORG]TITLE、[ORG]TITLE PERSON``: holds_position for each title, works_for each org.

    "市委副书记、市长张强" gives 市委副书记 and 市长; "清华大学美术学院党委书记覃川" gives
    党委书记 at 清华大学美术学院 and works_for it; "市政协委员、中车大同电力机车有限公司高级技师
    王强" gives both titles and works_for the company; in "中央民族大学党委常委、统战部长彭勇"
    the university named before the list is the body of 统战部长 too. "本报记者 史涌涛 苑捷"
    gives 记者 to both names of the byline.

    A title written against the name is the usual form of Chinese news; works_for is read
    from the body named before the title.
    """
    out = []
    text = view.article.text
    inherit_block = tuple(triggers()["positions"]["own_body_prefixes"])
    members = tuple(triggers()["positions"]["member_titles"])
    for k, sent in enumerate(view.article.sentences):
        persons = view.of_type(k, "PERSON")
        # Skipping a coordinated name list leftwards ("副市长孟维君、高新文", "记者 史涌涛 苑捷")
        # in linear time: the persons by end offset (first in sentence order wins), and the
        # start of each list remembered for the names inside it.
        order = {q: i for i, q in enumerate(persons)}
        ends: dict[int, int] = {}
        for q in persons:
            ends.setdefault(view.mentions[q].end, q)
        list_start: dict[int, int] = {}
        for p in persons:
            pos = view.mentions[p].start
            walked: list[int] = []
            while pos not in list_start:
                walked.append(pos)
                gap = pos
                while gap > 0 and (text[gap - 1] in "、和" or text[gap - 1].isspace()):
                    gap -= 1
                # The person ending in the gap (of 、 和 and spaces) that comes first in the sentence.
                prev = min((ends[e] for e in range(gap, pos) if e in ends), key=order.__getitem__, default=None)
                if prev is None:
                    break
                pos = view.mentions[prev].start
            pos = list_start.get(pos, pos)
            list_start.update(dict.fromkeys(walked, pos))
            found = _title_list_before(view, k, sent.start, pos)
            when = _post_time(view, sent.start, found_start(view, k, sent.start, pos))
            body: int | None = None
            parents: list[str] = []  # names of the list's body so far, to compose a sub-body with
            for title, org_idx, unnamed in found:
                if org_idx is None:
                    org_idx = _body_of_title(view, title, parents, unnamed)
                elif parents:
                    # "山西大学…、物理电子工程学院院长": the sub-body by its full name if the article has it.
                    short = view.article.text[view.mentions[org_idx].start : view.mentions[org_idx].end]
                    org_idx = next(
                        (f for f in (_named_in_article(view, p + short) for p in parents) if f is not None), org_idx
                    )
                if org_idx is None and body is not None and not title.startswith(inherit_block):
                    org_idx = body
                body = org_idx if org_idx is not None else body
                parents = _names_of_body(view, title, body) or parents
                value: dict[str, Any] = {"position": title}
                if org_idx is not None:
                    value["org"] = org_idx
                value.update(when)
                out.append(_fact("holds_position", p, None, value, k, "title_before_name"))
                if org_idx is not None and not title.endswith(members):
                    employer = _parent_of_committee(view, org_idx)
                    out.append(_fact("works_for", p, employer, None, k, "org_title_name"))
    return out


@rule("body_by_reference")
def body_by_reference(view: ArticleView) -> list[RawRelation]:
    """A title whose body is not named before it but referred to: "该公司总经理X" works for the
    company the article named last; "泓达智能项目经理X" for the org whose project he runs.
    the body is resolved, not written against the title."""
    conf = triggers()["positions"]
    refs = tuple(sorted(conf["body_references"], key=len, reverse=True))
    posts = tuple(sorted(conf["project_posts"], key=len, reverse=True))
    text = view.article.text
    out = []
    for k, sent in enumerate(view.article.sentences):
        for p in view.of_type(k, "PERSON"):
            pos = view.mentions[p].start
            found = _title_list_before(view, k, sent.start, pos)
            if not found or found[0][1] is not None or found[0][2]:
                continue
            start = found_start(view, k, sent.start, pos)
            ref = next((r for r in refs if text.startswith(r, start - len(r))), None)
            org = None
            bare = ref is not None and not ref.startswith("该")
            if bare and text[start - len(ref) - 1 : start - len(ref)] not in ("", ",", "。", ";", " "):
                ref = None  # "公司", "合作社" alone only opening a clause
            if ref is not None and not _inside_mention(view, k, start - 1, labels=("ORG",)):
                # A bare head word refers to the last organisation of that kind ("合作社理事长X").
                before = [
                    i
                    for i, m in enumerate(view.mentions)
                    if m.end <= start - len(ref)
                    and _is_company(view, i)
                    and not m.attrs.get("nested")
                    and (not bare or view.text(i).endswith(ref))
                ]
                org = max(before, key=lambda i: view.mentions[i].end) if before else None
            post = next((w for w in posts if text.startswith(w, start - len(w))), None)
            if org is None and post is not None:
                org = _mention_ending_at(view, k, start - len(post), "ORG")
            if org is not None:
                out.append(_fact("works_for", p, org, None, k, "body_by_reference"))
    return out


@rule("dateline_agency")
def dateline_agency(view: ArticleView) -> list[RawRelation]:
    """ "新华社呼和浩特6月21日电（记者 A、B）": the reporters of an agency's dateline work for the
    agency that opens it."""
    pattern = re.compile(triggers()["positions"]["dateline"])
    text = view.article.text
    out = []
    for k, sent in enumerate(view.article.sentences):
        orgs = [o for o in view.of_type(k, "ORG") if view.mentions[o].start == sent.start]
        if not orgs:
            continue
        agency = orgs[0]
        m = pattern.match(text, view.mentions[agency].end, sent.end)
        if not m:
            continue
        close = min((x for x in (text.find(c, m.end(), sent.end) for c in ")）") if x >= 0), default=-1)
        if close < 0:
            continue
        for p in view.of_type(k, "PERSON"):
            if m.end() <= view.mentions[p].start < close:
                out.append(_fact("works_for", p, agency, None, k, "dateline_agency"))
    return out


@rule("appointed_to")
def appointed_to(view: ArticleView) -> list[RawRelation]:
    """ "王军，2019年3月起任长治市委书记": the post after 任, with its time when stated
    (``date``, or ``since`` for 起/以来) and its body when a mention stands before the title.

    """
    out = []
    text = view.article.text
    titles = lexicon().titles
    pattern = re.compile(triggers()["positions"]["date_after"])
    for k, sent in enumerate(view.article.sentences):
        for p in view.of_type(k, "PERSON"):
            m = pattern.match(text, view.mentions[p].end, sent.end)
            if not m:
                continue
            pos = m.end()
            org = next((o for o in view.of_type(k, "ORG") if view.mentions[o].start == pos), None)
            t_start = view.mentions[org].end if org is not None else pos
            title = next((t for t in titles if text.startswith(t, t_start)), None)
            if title is None:
                continue
            value: dict[str, Any] = {"position": title}
            if org is not None:
                value["org"] = org
            if m.group("year"):
                iso = m.group("year") + (f"-{int(m.group('month')):02d}" if m.group("month") else "")
                value["since" if m.group("since") else "date"] = iso
            out.append(_fact("holds_position", p, None, value, k, "appointed_to"))
            if org is not None:
                out.append(_fact("works_for", p, org, None, k, "appointed_to"))
    return out


def found_start(view: ArticleView, k: int, floor: int, pos: int) -> int:
    """Where the title list that ends at ``pos`` begins (its first body or title)."""
    text = view.article.text
    start = pos
    for title, org, unnamed in _title_list_before(view, k, floor, pos):
        t = text.rfind(title, floor, start if start < pos else pos)
        if org is not None:
            t = min(t, view.mentions[org].start) if t >= 0 else view.mentions[org].start
        if unnamed:
            t = text.rfind(unnamed, floor, t) if t >= 0 else t
        if 0 <= t < start:
            start = t
        break
    return start


def _post_time(view: ArticleView, floor: int, start: int) -> dict[str, str]:
    """``{"date": "2019"}`` or ``{"since": "2019-03"}`` when the clause states the year right
    before the title list ("2019年任市长的张强", "2019年3月起任…"); ``{}`` otherwise.

    >>> import re
    >>> bool(re.search(triggers()["positions"]["date_before"], "2019年3月起任"))
    True
    """
    text = view.article.text
    m = re.search(triggers()["positions"]["date_before"], text[max(floor, start - 14) : start])
    if not m:
        return {}
    iso = m.group("year") + (f"-{int(m.group('month')):02d}" if m.group("month") else "")
    return {"since" if m.group("since") else "date": iso}


def _named_in_article(view: ArticleView, name: str, label: str = "ORG") -> int | None:
    """A mention of the article with exactly this text (the first), if any."""
    text = view.article.text
    return next(
        (i for i, m in enumerate(view.mentions) if m.label == label and text[m.start : m.end] == name), None
    )


def _body_of_title(view: ArticleView, title: str, parents: list[str], unnamed: str | None) -> int | None:
    """The organisation of a title that no mention stands before, when the article names it.

    ``parents`` are the names of the body named earlier in the list (中央民族大学党委,
    中央民族大学; 市委 from the title 市委常委).

    * a body the tagger did not recognise, after the body of the list: "中央民族大学…、历史文化
      学院院长" -> 中央民族大学历史文化学院;
    * a department head after the committee of the list: "市委常委、统战部长" -> 市委统战部
      (部长 of a 部);
    * a title that begins with its body: "市委常委" -> 市委, "县委副书记" -> 县委.
    """
    conf = triggers()["positions"]
    wanted = [p + unnamed for p in parents] + [unnamed] if unnamed else []
    for head in conf["department_heads"]:
        if not unnamed and title.endswith(head) and len(title) > len(head):
            wanted += [p + title[: -len(head)] + "部" for p in parents]
    m = re.match(conf["body_in_title"], title)
    if m and not unnamed:
        wanted.append(m.group(0))
    for name in wanted:
        found = _named_in_article(view, name)
        if found is not None:
            return found
    return None


def _names_of_body(view: ArticleView, title: str, body: int | None) -> list[str]:
    """The names a later title of the list may compose its body with: the body's own name and
    that of the organisation whose committee it is, or the body a title begins with."""
    text = view.article.text
    out = []
    if body is not None:
        name = text[view.mentions[body].start : view.mentions[body].end]
        out.append(name)
        committees = triggers()["positions"]["committees"]
        out += [name[: -len(c)] for c in committees if name.endswith(c) and len(name) > len(c)]
    m = re.match(triggers()["positions"]["body_in_title"], title)
    if m and m.group(0) not in out:
        out.append(m.group(0))
    return out


def _parent_of_committee(view: ArticleView, i: int) -> int:
    """The organisation whose party committee a body is: "中央民族大学党委" -> 中央民族大学
    when the article names it; else the body itself."""
    text = view.article.text
    name = text[view.mentions[i].start : view.mentions[i].end]
    for suffix in triggers()["positions"]["committees"]:
        if name.endswith(suffix) and len(name) > len(suffix):
            found = _named_in_article(view, name[: -len(suffix)])
            if found is not None:
                return found
    return i


def _title_list_before(view: ArticleView, k: int, floor: int, pos: int) -> list[tuple[str, int | None, str | None]]:
    """The titles of the list that ends right before ``pos``, left to right, each with the
    organisation named right before it (``None`` if none) and the text of a body before it
    that no mention covers ("、历史文化学院院长": 历史文化学院).

    The list is walked leftwards: a title (spaces allowed before the name), then an optional
    body (an organisation, or a place as in "平城|区委书记"), then "、" or "," to go on.
    """
    titles = words_by_last_char(lexicon().titles)
    text = view.article.text
    out: list[tuple[str, int | None, str | None]] = []
    end = pos
    while end > floor and text[end - 1] in " \u3000":
        end -= 1
    while end > floor:
        ending_here = titles.get(text[end - 1], ())
        hit = next((t for t in ending_here if end - len(t) >= floor and text.startswith(t, end - len(t))), None)
        if not hit:
            break
        start = end - len(hit)
        # "市政府副秘书长": a deputy of a title the lexicon lists without 副.
        if start - 1 >= floor and text[start - 1] == "副" and not hit.startswith("副"):
            hit, start = "副" + hit, start - 1
        # The body: an organisation right before the title, or one that the title's own
        # first characters end ("中央军委|主席", "市委|副书记" when 市委 is recognised).
        org = _mention_ending_at(view, k, start, "ORG")
        if org is None:
            inside = [
                i for i in view.of_type(k, "ORG") if view.mentions[i].start < end and start < view.mentions[i].end < end
            ]
            org = inside[0] if inside else None
        body_start = start if org is None else min(start, view.mentions[org].start)
        if org is None:
            place = _mention_ending_at(view, k, start, "PLACE")
            if place is not None:
                body_start = view.mentions[place].start
        if body_start > floor and text[body_start - 1] in "、,":
            out.append((hit, org, None))
            end = body_start - 1
            continue
        # An item of the list whose body was not recognised: "、历史文化学院院长".
        m = re.search(r"、([\u4e00-\u9fff]{2,10})$", text[max(floor, body_start - 11) : body_start])
        if m and body_start == start:
            out.append((hit, org, m.group(1)))
            end = body_start - len(m.group(1)) - 1
            continue
        out.append((hit, org, None))
        break
    return out[::-1]


def _mention_ending_at(view: ArticleView, k: int, pos: int, label: str) -> int | None:
    found = [i for i in view.of_type(k, label) if view.mentions[i].end == pos]
    return max(found, key=lambda i: view.mentions[i].end - view.mentions[i].start) if found else None


# --------------------------------------------------------------------------- meetings


def _first_in_sentences(view: ArticleView, sentences: range, label: str) -> int | None:
    """The first mention of ``label`` in the first of ``sentences`` that has one."""
    for k in sentences:
        found = view.of_type(k, label)
        if found:
            return found[0]
    return None


def _meeting_of_article(view: ArticleView, before_sentence: int) -> int | None:
    """The meeting the article is about: the last one named up to this sentence, else the event
    its opening sentences say is held (:func:`kg.nlp.article_event.article_event`)."""
    # "传达市党代会精神": a meeting whose spirit is studied is the topic, not the event held
    topic = tuple(triggers()["chaired"]["topic_after"])
    text = view.article.text
    for k in range(before_sentence, -1, -1):
        found = [m for m in view.of_type(k, "MEETING") if not text.startswith(topic, view.mentions[m].end)]
        if found:
            return found[0]
    return article_event.article_event(view, before_sentence)


def _list_start(view: ArticleView, k: int, p: int) -> int:
    """Where the titles before person ``p`` begin: ``p``'s own clause when only titles (and
    、-joined titles) stand between the clause start and the name ("县委副书记、县长B")."""
    text = view.article.text
    sent = view.article.sentences[k]
    start = max([sent.start] + [text.rfind(c, sent.start, view.mentions[p].start) + 1 for c in ",;。"])
    before = text[start : view.mentions[p].start]
    titles = "|".join(map(re.escape, sorted(lexicon().titles, key=len, reverse=True)))
    return start if re.fullmatch(rf"(?:[一-鿿]{{0,8}}?(?:{titles})、?)*", before) else -1


def _after_title(text: str, pos: int, verbs: tuple[str, ...]) -> int:
    """Past a title written after a name when one of ``verbs`` follows it ("张某|副书记|主持").

    >>> _after_title("张强副市长主持会议", 2, ("主持",)), _after_title("张强副市长", 2, ("主持",))
    (5, 2)
    """
    title = next((x for x in lexicon().titles if text.startswith(x, pos)), None)
    if title is not None and text.startswith(verbs, pos + len(title)):
        return pos + len(title)
    return pos


@rule("chair_trigger")
def chaired(view: ArticleView) -> list[RawRelation]:
    """PERSON 主持(召开) MEETING in one sentence; "X主持会议", "X主持推介会",
    "会议由X主持": a bare 会议 (or the head word of the article's meeting) refers back to the
    meeting the article is about, the last one named up to the sentence.
    """
    out = []
    conf = triggers()["chaired"]
    trig = tuple(sorted(conf["triggers"], key=len, reverse=True))
    refs = "|".join(map(re.escape, sorted(conf["meeting_references"], key=len, reverse=True)))
    trig_re = "|".join(map(re.escape, trig))
    heads = "|".join(map(re.escape, conf["event_heads"]))
    text = view.article.text
    for k, sent in enumerate(view.article.sentences):
        for p in view.of_type(k, "PERSON"):
            pe = view.mentions[p].end
            # "X在银川主持召开…座谈会": the place where the person chairs stands between.
            if text[pe : pe + 1] == "在":
                chain = _place_chain(view, k, pe + 1) or [
                    j for j in view.of_type(k, "PLACE", "ORG") if view.mentions[j].start == pe + 1
                ][:1]
                pe = view.mentions[chain[-1]].end if chain else pe
            pe = _after_title(text, pe, trig)  # "张某副书记主持会议"
            t = next((x for x in trig if text.startswith(x, pe)), None)
            if t is None:
                continue
            named = next(
                (m for m in view.of_type(k, "MEETING") if pe <= view.mentions[m].start <= pe + 8),
                None,
            )
            if named is not None:
                out.append(_fact("chaired", p, named, None, k, "chair_trigger"))
                continue
            meeting = _meeting_of_article(view, k)
            if meeting is None:
                continue
            after = pe + len(t)
            # "主持会议" / "主持推介会": a bare meeting word closing the clause.
            bare = re.match(
                rf"(?:{trig_re})(?:了)?({refs}|[\u4e00-\u9fff]{{0,3}}(?:{heads}))(?=[,;。、并和]|$)",
                text[pe : sent.end],
            )
            mname = view.text(meeting)
            if bare and (bare.group(1) in conf["meeting_references"] or mname.endswith(bare.group(1))):
                out.append(_fact("chaired", p, meeting, None, k, "chair_reference"))
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
                and (by.group(1) in conf["meeting_references"] or mname.endswith(by.group(1)))
            ):
                out.append(_fact("chaired", p, meeting, None, k, "chair_reference"))
            elif t == "主持" and text[after : after + 1] in ("。", ";") and clause_start == _list_start(view, k, p):
                # "县委书记A出席。县委副书记、县长B主持。": the sentence of the person and the
                # bare verb, after the article's event was named, chairs that event.
                out.append(_fact("chaired", p, meeting, None, k, "chair_reference"))
    return out


@rule("attend_trigger")
def attended(view: ArticleView) -> list[RawRelation]:
    """Persons then 参加/出席: the meeting named after the trigger, else the article's meeting."""
    out = []
    conf = triggers()["attended"]
    trig = tuple(sorted(conf["triggers"], key=len, reverse=True))
    text = view.article.text
    heads = "|".join(map(re.escape, sorted(triggers()["chaired"]["event_heads"], key=len, reverse=True)))
    event_after = rf"(?:了)?([\u4e00-\u9fff]{{{conf['event_min'] - 2},20}}(?:{heads}))(?=[,;。、]|$)"
    for k, sent in enumerate(view.article.sentences):
        persons = view.of_type(k, "PERSON")
        if not persons:
            continue
        for m in re.finditer("|".join(map(re.escape, trig)), sent.text):
            t_start, t_end = sent.start + m.start(), sent.start + m.end()
            # The subjects: the persons of the clause before the trigger.
            clause_start = max(text.rfind(c, sent.start, t_start) for c in "。;!?") + 1
            # Not one who chairs in an earlier clause ("会议由X主持，A、B参加").
            chairs = tuple(triggers()["chaired"]["triggers"])
            subjects = [
                p
                for p in persons
                if clause_start <= view.mentions[p].start < t_start
                and not text.startswith(chairs, _after_title(text, view.mentions[p].end, chairs))
            ]
            if not subjects:
                continue
            meeting = next(
                (x for x in view.of_type(k, "MEETING") if t_end <= view.mentions[x].start <= t_end + 12), None
            )
            rule_name = "attend_trigger"
            if meeting is None:
                meeting = _meeting_of_article(view, k)
                rule_name = "attend_article_meeting"  # the meeting the article is about
                # "出席集中签约开工投产仪式": an event the tagger did not keep, named after the
                # trigger, that is not the article's meeting by a short form of its name.
                named = re.match(event_after, text[t_end : sent.end])
                if named and not (meeting is not None and view.text(meeting).endswith(named.group(1))):
                    start = t_end + named.start(1)
                    meeting = view.add_mention(start, start + len(named.group(1)), "MEETING", "event_after_trigger")
                    rule_name = "attend_trigger"
            if meeting is None:
                continue
            for p in subjects:
                out.append(_fact("attended", p, meeting, None, k, rule_name))
    return out


@rule("meeting_place")
def meeting_place(view: ArticleView) -> list[RawRelation]:
    """Where a meeting is held, as the meeting's attribute ``place`` (the index of the place
    mention; no relation): "…专场活动在浙江大学紫金港校区举行", "在中央民族大学历史文化学院
    举办的…合作共建活动", "张强在市政府主持召开…调度会". The first place stated wins.
    """
    text = view.article.text
    held = "|".join(map(re.escape, sorted(triggers()["meetings"]["held"], key=len, reverse=True)))
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
                meeting = next((x for x in meetings if after <= view.mentions[x].start <= after + 4), None)
            if meeting is not None:
                view.mentions[meeting].attrs.setdefault("place", i)
    return []


@rule("speaker_at_meeting")
def spoke_at(view: ArticleView) -> list[RawRelation]:
    """ "今年的全市两会上,…王强建议": a person who speaks at a meeting attended it."""
    out = []
    text = view.article.text
    conf = triggers()["attended"]
    at = tuple(conf["at_meeting"])
    speaks = _words_re(tuple(conf["speaks"]))
    turn, spoken_words = ("|".join(map(re.escape, conf[w])) for w in ("in_turn", "speaks"))
    in_turn = re.compile(rf"(?:{turn})(?:{spoken_words}|{'|'.join(map(re.escape, conf['presents']))})")
    heads = "|".join(map(re.escape, triggers()["chaired"]["event_heads"]))
    at_re = "|".join(map(re.escape, at))
    for k, sent in enumerate(view.article.sentences):
        spoken = [
            (m, view.mentions[m].end) for m in view.of_type(k, "MEETING") if text.startswith(at, view.mentions[m].end)
        ]
        # "座谈会上，企业家X建议…": a bare event word opening the sentence is the article's meeting.
        bare = re.match(rf"([\u4e00-\u9fff]{{0,4}}(?:{heads}))(?:{at_re}),", sent.text)
        if bare and not view.of_type(k, "MEETING"):
            meeting = _meeting_of_article(view, k)
            if meeting is not None and view.text(meeting).endswith(bare.group(1)):
                spoken.append((meeting, sent.start + bare.end(1)))
        for m, me in spoken:
            for p in view.of_type(k, "PERSON"):
                pe = view.mentions[p].end
                if view.mentions[p].start <= me:
                    continue
                # "签约仪式上，A、B及…负责人分别致辞": each of a list that speaks in turn.
                ends = [x for x in (text.find(c, pe, sent.end) for c in ",;。") if x >= 0]
                clause = text[pe : min(ends, default=sent.end)]
                if speaks.match(text, pe) or in_turn.search(clause):
                    out.append(_fact("attended", p, m, None, k, "speaker_at_meeting"))
    return out


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
    meeting = next((m for k in lead for m in view.of_type(k, "MEETING")), None)
    if meeting is None:
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
            out.append(_fact("attended", p, meeting, None, k, "presenter_at_event"))
    return out


# --------------------------------------------------------------------------- places


@rule("place_prefix")
def place_prefix(view: ArticleView) -> list[RawRelation]:
    """A place right before a name, or inside it as its prefix: "广灵县御鑫隆再生资源有限公司"."""
    out = []
    for k, _sent in enumerate(view.article.sentences):
        idx = view.by_sentence[k]
        for a, b in zip(idx, idx[1:], strict=False):
            ma, mb = view.mentions[a], view.mentions[b]
            if (
                ma.end == mb.start
                and mb.label in ("ORG", "PROJECT", "PLACE")
                and view.is_place_name(a)
                and not _named_after_place(view, b)
                and not view.in_title(b)
                and _can_contain(view, a, b)
            ):
                out.append(_fact("located_in", b, a, None, k, "place_prefix"))
        for i in idx:
            m = view.mentions[i]
            prefix = m.attrs.get("place_prefix")
            if view.in_title(i):
                continue
            if (
                m.label in ("ORG", "PROJECT", "PLACE")
                and prefix is not None
                and view.is_place_name(prefix)
                and not _named_after_place(view, i)
            ):
                zone = _zone_opening(view, i, view.mentions[prefix].end)
                if zone is not None:
                    # "某县经开区绿色低碳智慧园区项目": in the zone its county opens, the zone in the county.
                    out.append(_fact("located_in", i, zone, None, k, "place_prefix"))
                    out.append(_fact("located_in", zone, prefix, None, k, "place_prefix"))
                    continue
                out.append(_fact("located_in", i, prefix, None, k, "place_prefix"))
    return out


def _zone_opening(view: ArticleView, i: int, end: int) -> int | None:
    """The zone that a place ending at ``end`` opens inside the name ``i`` ("长子|经开区|绿色…项目"),
    as a place mention (added when the entity stage kept none), or None."""
    m = view.mentions[i]
    text = view.article.text
    parks = sorted(triggers()["located_in"]["park_heads"], key=len, reverse=True)
    head = next((h for h in parks if text.startswith(h, end) and end + len(h) < m.end), None)
    if head is None or m.label == "PLACE":
        return None
    z = view.add_place(m.start, end + len(head), None, "place_prefix")
    view.mentions[z].attrs["head"] = head
    return z


def _can_contain(view: ArticleView, outer: int, inner: int) -> bool:
    """``outer`` may hold ``inner``: a division lies only in a division above it. Two names
    side by side are no containment when the second is a division and the first is a road or
    a district of it: "长城一号旅游公路|天镇县段" (a stretch of the road), "云州区|大同黄花专业镇"
    (the city's name opens the town's name)."""
    d_in = view.division(inner)
    if d_in is None:
        return True
    d_out = view.division(outer)
    return d_out is not None and any(a.code == d_out.code for a in load_gazetteer().ancestors(d_in))


@rule("located_trigger")
def located_trigger(view: ArticleView) -> list[RawRelation]:
    """X 位于/落户 PLACE; PLACE 引进 ORG、ORG."""
    out = []
    conf = triggers()["located_in"]
    text = view.article.text
    trig = tuple(conf["triggers"])
    trig_re = _located_triggers()
    back_ref = _back_reference()
    for k, sent in enumerate(view.article.sentences):
        idx = view.by_sentence[k]
        for i in idx:
            m = view.mentions[i]
            if m.label not in ("ORG", "PROJECT", "PLACE"):
                continue
            # "某项目选址位于某区", "该项目建设地点位于某镇": a word for the site may come between.
            site = next((w for w in conf["site_words"] if text.startswith(w, m.end)), "")
            for t in trig:
                if text.startswith(t, m.end + len(site)):
                    # "落户万柏林区西山生态文旅示范区": every place of the chain (the county and the zone).
                    for tail in _place_chain(view, k, m.end + len(site) + len(t)):
                        out.append(_fact("located_in", i, tail, None, k, "located_trigger"))
                    break
        # "…项目总投资约6亿元，将落户经开区食品产业园": a clause without a named subject (or with
        # the bare word 项目) places the project the clause speaks of.
        for tm in trig_re.finditer(sent.text):
            pos = sent.start + tm.start()
            clause_start = max(text.rfind(c, sent.start, pos) for c in ",;") + 1
            clause_start = max(clause_start, sent.start)
            if not back_ref.search(text[clause_start - 1 if clause_start > sent.start else sent.start : pos]):
                continue
            chain = _place_chain(view, k, sent.start + tm.end())
            # "坐落于某镇的某公司": an attribute of the name after 的, not a clause of its own; a
            # sentence that opens with the trigger refers back only by saying 项目.
            if not chain or text[view.mentions[chain[-1]].end : view.mentions[chain[-1]].end + 1] == "的":
                continue
            if clause_start == sent.start and not re.search("项目|工程", text[clause_start:pos]):
                continue
            head = _project_for(view, k, clause_start)
            if head is None and clause_start > sent.start:
                # "某有限公司成立于2015年，位于某县某镇": the company that opens the sentence.
                opening = [o for o in view.of_type(k, "ORG") if view.mentions[o].start == sent.start]
                head = next((o for o in opening if _is_company(view, o)), None)
            if head is None:
                continue
            for tail in _with_park_prefix(view, chain):
                out.append(_fact("located_in", head, tail, None, k, "located_back_reference"))
        for i in idx:
            m = view.mentions[i]
            if m.label != "PLACE":
                continue
            after = text[m.end : m.end + 8]
            mm = re.match(
                r"(?:先后|已|相继|还|共|积极|成功)?(" + "|".join(map(re.escape, conf["place_first"])) + ")", after
            )
            if not mm:
                continue
            pos = m.end + mm.end()
            for j in idx:
                mj = view.mentions[j]
                if mj.start < pos or mj.label not in ("ORG", "PROJECT"):
                    continue
                gap = text[pos : mj.start]
                if len(gap) > 6 and not re.fullmatch(r"[、,和与及]", gap[-1:]):
                    break
                out.append(_fact("located_in", j, i, None, k, "place_introduces"))
                pos = mj.end
    return out


@lru_cache(maxsize=1)
def _located_triggers() -> re.Pattern[str]:
    """The located_in trigger words, longest first."""
    words = sorted(triggers()["located_in"]["triggers"], key=len, reverse=True)
    return re.compile("|".join(map(re.escape, words)))


@lru_cache(maxsize=1)
def _back_reference() -> re.Pattern[str]:
    """What may stand before a located_in trigger in a clause whose subject is the project
    spoken of ("，将落户…", "，项目选址…")."""
    return re.compile(triggers()["located_in"]["back_reference"])


@rule("built_at")
def built_at(view: ArticleView) -> list[RawRelation]:
    """ "在PLACE建设PROJECT", "PROJECT在PLACE开工建设": a project built somewhere is there.
    The project follows the verb in its clause, or is the name right before 在.
    """
    out = []
    text = view.article.text
    verbs = "|".join(map(re.escape, sorted(triggers()["located_in"]["build_at"], key=len, reverse=True)))
    for k, sent in enumerate(view.article.sentences):
        for i in view.of_type(k, "PLACE"):
            m = view.mentions[i]
            if text[m.start - 1 : m.start] != "在" or not view.is_place_name(i):
                continue
            chain = _place_chain(view, k, m.start)
            if not chain or chain[0] != i:
                continue
            end = view.mentions[chain[-1]].end  # "在阳曲县泥屯镇建设…": the whole chain
            mm = re.match(rf"(?:[\u4e00-\u9fff]{{0,2}})?(?:{verbs})", text[end : sent.end])
            if not mm:
                continue
            clause_end = min((x for x in (text.find(c, end, sent.end) for c in ",;。") if x >= 0), default=sent.end)
            after = [j for j in view.of_type(k, "PROJECT") if end + mm.end() <= view.mentions[j].start < clause_end]
            before = [j for j in view.of_type(k, "PROJECT") if view.mentions[j].end == m.start - 1]
            for j in after[:1] + before:
                for tail in chain:
                    out.append(_fact("located_in", j, tail, None, k, "built_at"))
    return out


def _is_park(view: ArticleView, i: int) -> bool:
    """A park, zone or base that things lie in, whether tagged a place or a project."""
    m = view.mentions[i]
    return m.label in ("PLACE", "PROJECT") and view.text(i).endswith(tuple(triggers()["located_in"]["park_heads"]))


def _with_park_prefix(view: ArticleView, chain: list[int]) -> list[int]:
    """The chain and the zone a park of it is named after: "晋中经开区装备制造产业园" is in
    晋中经开区 too (a zone, not a division: those are left to the gazetteer's hierarchy)."""
    out = list(chain)
    for j in chain:
        prefix = view.mentions[j].attrs.get("place_prefix")
        if prefix is not None and view.division(prefix) is None and _is_park(view, prefix) and prefix not in out:
            out.append(prefix)
    return out


def _place_chain(view: ArticleView, k: int, pos: int) -> list[int]:
    """The places written back to back from ``pos`` on, outermost mentions: "屯留区|康庄工业园区",
    "阳曲县|泥屯镇" (each a division, a place with a head word, or a park)."""
    # The outermost place starting at each offset of the sentence, found once per sentence
    # (and again when a mention is added): a chain of n places is then n steps, not n scans
    # of the sentence's mentions, which made coordinated lists of places cubic.
    cached = view.__dict__.setdefault("_place_starts", {})
    stamp = (len(view.mentions), len(view.by_sentence[k]))
    if k not in cached or cached[k][0] != stamp:
        starts: dict[int, int] = {}
        for j in view.by_sentence[k]:
            if view.is_place_name(j) or _is_park(view, j):
                m = view.mentions[j]
                if m.start not in starts or m.end > view.mentions[starts[m.start]].end:
                    starts[m.start] = j
        cached[k] = (stamp, starts)
    starts = cached[k][1]
    out: list[int] = []
    while pos in starts:
        j = starts[pos]
        out.append(j)
        pos = view.mentions[j].end
    return out


@rule("place_opener")
def place_opener(view: ArticleView) -> list[RawRelation]:
    """A sentence opened by a place: "在屯留区康庄工业园区，郑某详细了解Y项目进展", "走进襄垣县
    王桥镇，Y项目现场塔吊林立", "在小店区，X有限公司的…平台…". The projects and companies
    the sentence goes on to name are there; a later visit ("…，X走进祁县经济开发区，了解Y…")
    names the closer place for what follows it. the frame, not a verb, places them.
    """
    conf = triggers()["located_in"]
    openers = tuple(sorted(conf["opener"], key=len, reverse=True))
    visits = tuple(sorted(conf["visit"], key=len, reverse=True))
    inside = tuple(conf["inside"])
    text = view.article.text
    out = []
    for k, sent in enumerate(view.article.sentences):
        if sent.kind in (BYLINE, CAPTION, HEADING):
            continue
        opener = next((w for w in openers if sent.text.startswith(w)), "")
        chain = _place_chain(view, k, sent.start + len(opener))
        if not chain:
            continue
        end = view.mentions[chain[-1]].end
        # Without an opener word: a place dateline "某县某镇，Y项目…" (two places or more) or
        # "某开发区内，Y…".
        inner = next((w for w in inside if text.startswith(w, end)), "") if not opener else ""
        if text[end + len(inner) : end + len(inner) + 1] != "," or not (opener or inner or len(chain) > 1):
            continue
        heads = [
            i
            for i in view.of_type(k, "ORG", "PROJECT")
            if view.mentions[i].start > end and _placeable(view, i, in_slot=True) and not _is_park(view, i)
        ]
        for i in heads:
            start = view.mentions[i].start
            # A visit between the opener and the name: the visited place.
            visited = [
                j
                for j in view.of_type(k, "PLACE", "PROJECT")
                if end < view.mentions[j].start < start
                and text[: view.mentions[j].start].endswith(visits)
                and _place_chain(view, k, view.mentions[j].start)
            ]
            tails = _place_chain(view, k, view.mentions[visited[-1]].start) if visited else chain
            anchor = next((view.division(t) for t in tails if view.division(t)), None)
            if anchor is not None and _foreign(view, i, anchor):
                continue
            for t in tails:
                out.append(_fact("located_in", i, t, None, k, "place_opener"))
    return out


@rule("visit_inspect")
def visit_inspect(view: ArticleView) -> list[RawRelation]:
    """ "随后，X来到某经济开发区，察看Y项目": what an official inspects right after arriving
    at a place is there, up to the next visit or the end of the sentence.
    The itinerary, not a verb of location, places it. (A sentence opened by the visit is
    place_opener's.)"""
    conf = triggers()["located_in"]
    visits = _words_re(tuple(conf["visit"]))
    inspect = tuple(sorted(conf["inspect"], key=len, reverse=True))
    text = view.article.text
    out = []
    for k, sent in enumerate(view.article.sentences):
        if sent.kind in (BYLINE, CAPTION, HEADING):
            continue
        found = [(sent.start + v.start(), sent.start + v.end()) for v in visits.finditer(sent.text)]
        for n, (v_start, v_end) in enumerate(found):
            if v_start == sent.start:
                continue
            chain = _place_chain(view, k, v_end)
            if not chain:
                continue
            end = view.mentions[chain[-1]].end
            if text[end : end + 1] != "," or not text.startswith(inspect, end + 1):
                continue
            stop = found[n + 1][0] if n + 1 < len(found) else sent.end
            anchor = next((view.division(t) for t in chain if view.division(t)), None)
            for i in view.of_type(k, "ORG", "PROJECT"):
                if not end < view.mentions[i].start < stop or _is_park(view, i):
                    continue
                if not _placeable(view, i, in_slot=True) or (anchor is not None and _foreign(view, i, anchor)):
                    continue
                for t in _with_park_prefix(view, chain):
                    out.append(_fact("located_in", i, t, None, k, "visit_inspect"))
    return out


@lru_cache(maxsize=8)
def _words_re(words: tuple[str, ...]) -> re.Pattern[str]:
    """An alternation of ``words``, longest first."""
    return re.compile("|".join(map(re.escape, sorted(words, key=len, reverse=True))))


@rule("hosts_park")
def hosts_park(view: ArticleView) -> list[RawRelation]:
    """ "吕梁市则依托交城经济开发区，引进…": the park a division builds on is in the division
    (a park only, not "依托长城资源")."""
    words = _words_re(tuple(triggers()["located_in"]["hosts_park"]))
    text = view.article.text
    out = []
    for k, _sent in enumerate(view.article.sentences):
        for i in view.of_type(k, "PLACE"):
            if view.division(i) is None:
                continue
            m = re.match(r"(?:则|还|主要|积极|充分)?", text[view.mentions[i].end :])
            w = words.match(text, view.mentions[i].end + m.end())
            if not w:
                continue
            for j in _place_chain(view, k, w.end()):
                if _is_park(view, j) and view.division(j) is None and _can_contain(view, i, j):
                    out.append(_fact("located_in", j, i, None, k, "hosts_park"))
    return out


@rule("town_of_prefixed")
def town_of_prefixed(view: ArticleView) -> list[RawRelation]:
    """ "平鲁区某风光储一体化项目在阻虎乡开工", "某县第三届…文化旅游节在某镇某村开幕": a town
    where a county-prefixed project or event happens is a town of that county.
    The county is read off the name, the town off the sentence."""
    towns = tuple(triggers()["located_in"]["towns"])
    text = view.article.text
    out = []
    for k, _sent in enumerate(view.article.sentences):
        for i in view.of_type(k, "PROJECT", "MEETING"):
            m = view.mentions[i]
            prefix = m.attrs.get("place_prefix")
            d = view.division(prefix) if prefix is not None else None
            if d is None or d.level != "county" or text[m.end : m.end + 1] != "在":
                continue
            chain = _place_chain(view, k, m.end + 1)
            town = chain[0] if chain else None
            if town is None or view.division(town) is not None or not view.text(town).endswith(towns):
                continue
            out.append(_fact("located_in", town, prefix, None, k, "town_of_prefixed"))
    return out


@rule("located_at_of")
def located_at_of(view: ArticleView) -> list[RawRelation]:
    """ "位于伊金霍洛旗的蒙苏经济开发区零碳产业园", "位于清徐县的X有限公司": the name after 的
    is at the place (and so is a zone its name opens with).
    """
    text = view.article.text
    trig = tuple(triggers()["located_in"]["triggers"])
    out = []
    for k, sent in enumerate(view.article.sentences):
        starts = [(sent.start + m.end(), True) for m in re.finditer("|".join(map(re.escape, trig)), sent.text)]
        # Without 位于: "沁县定昌镇的杂粮精深加工产业园项目" (a project only).
        starts += [
            (view.mentions[j].start, False)
            for j in view.of_type(k, "PLACE")
            if not view.mentions[j].attrs.get("nested") and text[view.mentions[j].start - 2 : view.mentions[j].start]
            not in trig
        ]
        for pos, stated in starts:
            chain = _place_chain(view, k, pos)
            if not chain:
                continue
            end = view.mentions[chain[-1]].end
            if text[end : end + 1] != "的":
                continue
            labels = ("ORG", "PROJECT", "PLACE") if stated else ("PROJECT",)
            heads = [
                i
                for i in view.of_type(k, *labels)
                if view.mentions[i].start == end + 1 and not view.mentions[i].attrs.get("nested")
            ]
            if not heads:
                continue
            head = max(heads, key=lambda x: view.mentions[x].end)
            prefix = view.mentions[head].attrs.get("place_prefix")
            targets = [head]
            if prefix is not None and view.division(prefix) is None and _is_park(view, prefix):
                targets.append(prefix)
            for i in targets:
                for t in chain:
                    out.append(_fact("located_in", i, t, None, k, "located_at_of" if stated else "place_of_project"))
    return out


@rule("settled_among")
def settled_among(view: ArticleView) -> list[RawRelation]:
    """ "已有17家配套企业落户X园区。其中，Y有限公司…", "X产业园已落户企业30余家…。其中，Y公司
    年产…项目…": the companies (and projects named after them) of the first clause of the next
    sentence are among those in the park. the listing implies it.
    """
    conf = triggers()["located_in"]
    settle = "|".join(map(re.escape, conf["settle"]))
    text = view.article.text
    sents = view.article.sentences
    out = []
    for k in range(len(sents) - 1):
        if not sents[k + 1].text.startswith(tuple(conf["among"])):
            continue
        park = None
        for m in re.finditer(settle, sents[k].text):
            pos = sents[k].start + m.end()
            chain = _place_chain(view, k, pos)  # "…落户X园区"
            if chain:
                park = chain[-1]
            else:  # "X园区，已落户企业…"
                before = [j for j in view.of_type(k, "PLACE", "PROJECT") if view.mentions[j].end <= pos]
                before = [j for j in before if _is_park(view, j) and not view.mentions[j].attrs.get("nested")]
                park = before[-1] if before else None
        if park is None:
            continue
        nxt = sents[k + 1]
        clause_end = min((x for x in (text.find(c, nxt.start, nxt.end) for c in ";。") if x >= 0), default=nxt.end)
        for i in view.of_type(k + 1, "ORG", "PROJECT"):
            mi = view.mentions[i]
            if mi.end > clause_end or _is_park(view, i):
                continue
            company = _is_company(view, i)
            named_after = mi.label == "PROJECT" and mi.attrs.get("org_prefix") is not None
            if company or named_after:
                out.append(_fact("located_in", i, park, None, k + 1, "settled_among"))
    return out


@rule("zone_body")
def zone_body(view: ArticleView) -> list[RawRelation]:
    """The administrative committee of a zone is in the zone: "山西转型综合改革示范区管委会" ->
    山西转型综合改革示范区 (a place mention of the article, or added inside the name)."""
    out = []
    bodies = tuple(triggers()["located_in"]["zone_bodies"])
    heads = tuple(triggers()["located_in"]["park_heads"])
    for k, _sent in enumerate(view.article.sentences):
        for i in view.of_type(k, "ORG"):
            name = view.text(i)
            body = next((b for b in bodies if name.endswith(b)), None)
            if body is None or not name[: -len(body)].endswith(heads):
                continue
            start, end = view.mentions[i].start, view.mentions[i].end - len(body)
            tail = view.add_place(start, end, None, "zone_body")
            out.append(_fact("located_in", i, tail, None, k, "zone_body"))
    return out


def _within(d: Division, container: Division) -> bool:
    """``d`` is ``container`` or lies inside it."""
    return d.code == container.code or any(a.code == container.code for a in load_gazetteer().ancestors(d))


def _divisions_in_name(view: ArticleView, i: int, provinces: bool = False) -> list[tuple[int, int, Division]]:
    """Divisions named inside a mention's text, as ``(start, end, division)`` in the article.

    A full name (灵丘县, 大同市) counts anywhere in the name; a short form (大同, 灵丘) when
    the article or the paper names that division outright (it is the paper's city, or a
    mention in the article is that division): "新华" in "新华书店" is no 新华区. Provinces are
    left out (山西华阳碳材科技有限公司 names its province of registration, not a location),
    and so is a name that is nothing but the division's short form (the brand 阿里).
    """
    m = view.mentions[i]
    gaz = load_gazetteer()
    named = view.named_divisions
    out = []
    name = view.article.text[m.start : m.end]
    for g in gazetteer_regex().finditer(name):
        for d in gaz.lookup(g.group(0)):
            full = d.name == g.group(0) and len(d.name) >= 3
            if (d.level == "province" and not provinces and not _municipality(d)) or g.end() - g.start() == len(name):
                continue  # a province prefix names where a company was founded, not where it is
            # A county of the paper's city by its short form, when a word ends with it: "阳高|服务器"
            # but not "华|阳高|性能" (华阳 高性能).
            home_county = _county_of_home(view, d) and m.start + g.end() in view.word_ends
            if full or d.code in named or d.name == view.home_city or home_county or _municipality(d):
                out.append((m.start + g.start(), m.start + g.end(), d))
                break
    return out


def _municipality(d: Division) -> bool:
    """A city at province level (北京市, 上海市): its name in a company's is a city's, as
    "北京弘康源医药科技有限公司" is a Beijing company."""
    return d.level == "province" and d.name.endswith("市")


def _county_of_home(view: ArticleView, d: Division) -> bool:
    """A county of the paper's own city: its short form is read in names without the article
    naming it (a Datong paper's "阳高" in "中联联志阳高服务器智造项目")."""
    if not view.home_city or d.level != "county":
        return False
    parent = load_gazetteer().parent(d)
    return parent is not None and parent.name == view.home_city


def _named_after_place(view: ArticleView, i: int) -> bool:
    """A university or college: its place is part of its name, not a statement of where it is
    (浙江大学, 中国人民大学), also a part of one named after it (浙江大学紫金港校区)."""
    m = view.mentions[i]
    words = tuple(triggers()["located_in"]["named_after_place"])
    if view.article.text[m.start : m.end].endswith(words):
        return True
    prefix = m.attrs.get("place_prefix")
    return prefix is not None and view.article.text.startswith(words, view.mentions[prefix].end)


def _partner(view: ArticleView, i: int) -> bool:
    """The clause names the organisation as a partner: "与万达集团等龙头企业合作"."""
    m = view.mentions[i]
    text = view.article.text
    clause_start = max(text.rfind(c, 0, m.start) for c in ",。;!?\n") + 1
    clause_end = min((x for x in (text.find(c, m.end) for c in ",。;!?\n") if x >= 0), default=len(text))
    before, after = text[clause_start : m.start], text[m.end : clause_end]
    conf = triggers()["located_in"]
    return any(w in before for w in conf["partner_before"]) and any(w in after for w in conf["partner_after"])


def _foreign(view: ArticleView, i: int, anchor: Division) -> bool:
    """The mention names a place that is neither inside ``anchor`` nor around it
    (浙江省农发集团 under a 云州区 heading is no company of 云州区)."""
    return any(
        not _within(anchor, d) and not _within(d, anchor) for _, _, d in _divisions_in_name(view, i, provinces=True)
    )


def _names_above(view: ArticleView, i: int, anchor: Division) -> bool:
    """The company's name carries a division that contains ``anchor`` (a city's company under
    a county heading is registered in the city, not placed in the county)."""
    if view.mentions[i].label != "ORG":
        return False  # a project's name may carry its city as a brand ("华兴大同农批城项目")
    return any(d.code != anchor.code and _within(anchor, d) for _, _, d in _divisions_in_name(view, i))


def _is_company(view: ArticleView, i: int) -> bool:
    m = view.mentions[i]
    return m.label == "ORG" and view.article.text[m.start : m.end].endswith(
        tuple(triggers()["located_in"]["company_heads"])
    )


def _placeable(view: ArticleView, i: int, in_slot: bool = False) -> bool:
    """What a page places in a county or city: a company, a project that is not itself a
    location slot (unless ``in_slot``: "在山西同昇…公司总装车间内" names a company where
    something happens, still a company of the city), a named site (a place with a head word
    that is no division)."""
    m = view.mentions[i]
    if m.attrs.get("nested") or (_in_location_slot(view, i) and not in_slot) or view.in_title(i):
        return False
    if m.label == "PROJECT":
        return True
    if m.label == "PLACE":
        return bool(m.attrs.get("head")) and view.division(i) is None
    return _is_company(view, i)


def _section_sentence(view: ArticleView) -> int | None:
    """The heading sentence that opens a county section ("云冈区" alone on its line) among the
    headings before the article's text, if the article is one."""
    pattern = layout_patterns().section_heading
    found = None
    for k, s in enumerate(view.article.sentences):
        if s.kind != HEADING:
            break
        if pattern.match(s.text) and any(view.division(i) for i in view.of_type(k, "PLACE")):
            found = k
    return found


def _is_section(view: ArticleView) -> bool:
    return _section_sentence(view) is not None


@rule("section_heading")
def section_heading(view: ArticleView) -> list[RawRelation]:
    """A page organised by county: under the heading "云冈区" the article's projects and
    companies are in 云冈区 (not those that name another place, not the location slots).

    the heading states where the article is, not each fact.
    """
    art = view.article
    k0 = _section_sentence(view)
    if k0 is None:
        return []
    tail = next((i for i in view.of_type(k0, "PLACE") if view.division(i)), None)
    if tail is None:
        return []
    county = view.division(tail)
    out = []
    for k, sent in enumerate(art.sentences):
        if sent.kind in (BYLINE, CAPTION):
            continue
        for i in view.of_type(k, "PROJECT", "ORG"):
            # "长治市润农投资集团有限公司" under a 沁县 heading: a city company, not the county's.
            if _placeable(view, i) and not _foreign(view, i, county) and not _names_above(view, i, county):
                out.append(_fact("located_in", i, tail, None, k, "section_heading"))
    return out


@rule("divisions_in_sentence")
def divisions_in_sentence(view: ArticleView) -> list[RawRelation]:
    """A sentence that names a division and the division it lies in ("宁夏银川市兴庆区",
    "我市…云州区…灵丘县"): located_in the nearest containing division the sentence names.

    The containment comes from the gazetteer; the fact is taken as read because the one
    sentence names both places. Pairs never named in one sentence are left
    to the inferred admin hierarchy.
    """
    out = []
    gaz = load_gazetteer()
    for k, _sent in enumerate(view.article.sentences):
        # Not a place inside an event's or a body's name ("人到山西好风光"人才宣介…活动).
        places = [
            i
            for i in view.of_type(k, "PLACE")
            if view.division(i)
            and not _in_school_name(view, k, i)
            and not _inside_mention(view, k, view.mentions[i].start, labels=("MEETING",))
            # A place inside a company's name ("内蒙古|聚能氢源科技有限公司") is where the
            # company was registered, not a place the sentence speaks of.
            and not _inside_mention(view, k, view.mentions[i].start, labels=("ORG",))
            # Nor a province inside a project's name ("江苏|某科技电子产品生产项目", an outside
            # firm's project): the sentence does not say what lies in it.
            and not (
                view.division(i).level == "province"
                and _inside_mention(view, k, view.mentions[i].start, labels=("PROJECT",))
            )
        ]
        home = _home_reference(view, k, paragraph=False) if view.home_city else None
        for i in places:
            d = view.division(i)
            named = {view.division(j).code: j for j in places if view.division(j).code != d.code}
            for anc in gaz.ancestors(d):
                if anc.code in named:
                    out.append(_fact("located_in", i, named[anc.code], None, k, "divisions_in_sentence"))
                    break
                if home is not None and anc.name == view.home_city and view.division(home) is not None:
                    out.append(_fact("located_in", i, home, None, k, "divisions_in_sentence"))
                    break
        # "我市主动服务全省发展大局,…打造山西对接京津冀…": the paper's city, named as 我市, lies
        # in the province the same sentence names.
        if home is not None and view.mentions[home].attrs.get("nested"):
            home_div = view.division(home)
            for j in places:
                if home_div is not None and any(a.code == view.division(j).code for a in gaz.ancestors(home_div)):
                    out.append(_fact("located_in", home, j, None, k, "divisions_in_sentence"))
                    break
    return out


def _in_school_name(view: ArticleView, k: int, i: int) -> bool:
    """The place is part of a university's name (浙江|大学)."""
    m = view.mentions[i]
    if view.article.text.startswith(tuple(triggers()["located_in"]["named_after_place"]), m.end):
        return True  # "浙江|大学紫金港校区": the school's name, whatever the mention around it ends in
    return any(
        view.mentions[j].start <= m.start and m.end <= view.mentions[j].end and _named_after_place(view, j)
        for j in view.by_sentence[k]
        if j != i
    )


def _home_reference(view: ArticleView, k: int, paragraph: bool = True) -> int | None:
    """The paper's city as sentence ``k`` refers to it: a mention of the city itself
    ("助力大同构筑…"), else "我市"/"本市"/"全市" in the sentence or earlier in its paragraph
    (resolved to the home city and added as a mention); ``None`` otherwise."""
    if not view.home_city:
        return None
    div = next((d for d in load_gazetteer().lookup(view.home_city) if d.level == "city"), None)
    if div is None:
        return None
    for i in view.of_type(k, "PLACE"):
        d = view.division(i)
        if d is not None and d.code == div.code and not view.mentions[i].attrs.get("nested"):
            return i
    words = _home_city_words()
    text = view.article.text
    j = k
    while j >= 0:
        sent = view.article.sentences[j]
        # "全市残疾人运动会在平城区…": a word inside a name is part of the name, not a reference.
        m = next((x for x in words.finditer(sent.text) if not _inside_mention(view, j, sent.start + x.start())), None)
        if m:
            return view.add_place(sent.start + m.start(), sent.start + m.end(), div, "home_city")
        if not paragraph or j == 0 or "\n" in text[view.article.sentences[j - 1].end : sent.start]:
            return None  # the paragraph starts here
        j -= 1
    return None


@lru_cache(maxsize=1)
def _home_city_words() -> re.Pattern[str]:
    """The words that refer to the paper's city ("我市", "本市" …), in the order of ``relations.toml``."""
    return re.compile("|".join(map(re.escape, triggers()["located_in"]["home_city"])))


def _inside_mention(
    view: ArticleView, k: int, pos: int, labels: tuple[str, ...] = ("ORG", "PROJECT", "MEETING", "PERSON")
) -> bool:
    """Position ``pos`` of sentence ``k`` falls in a name of one of ``labels``."""
    return any(
        view.mentions[i].start <= pos < view.mentions[i].end and view.mentions[i].label in labels
        for i in view.by_sentence[k]
    )


@rule("home_city")
def home_city(view: ArticleView) -> list[RawRelation]:
    """ "行走在我市各产业园区…在山西同昇新能源汽车有限公司…": what a sentence about 我市 places
    (companies, projects, named sites) is in the paper's city, unless its name says it is
    elsewhere. the sentence frames the fact rather than stating it.
    """
    out = []
    if not view.home_city:
        return out
    home_div = next((d for d in load_gazetteer().lookup(view.home_city) if d.level == "city"), None)
    if home_div is None or _is_section(view):
        return out  # under a county heading the county is the place to give
    for k, _sent in enumerate(view.article.sentences):
        heads = [
            i
            for i in view.of_type(k, "ORG", "PROJECT", "PLACE")
            if _placeable(view, i, in_slot=True) and not _partner(view, i) and not _named_after_place(view, i)
        ]
        # Roads, rivers and mountains run across cities: no city fact from the framing alone.
        heads = [
            i for i in heads if view.mentions[i].attrs.get("head") not in set(triggers()["located_in"]["not_framed"])
        ]
        # A name that places itself elsewhere or in a county of the city gives no city fact.
        heads = [
            i
            for i in heads
            if not any(d.code != home_div.code and not _within(home_div, d) for _, _, d in _divisions_in_name(view, i))
        ]
        if not heads:
            continue
        tail = _home_reference(view, k)
        if tail is None:
            continue
        for i in heads:
            out.append(_fact("located_in", i, tail, None, k, "home_city"))
    return out


@rule("place_in_name")
def place_in_name(view: ArticleView) -> list[RawRelation]:
    """A division inside a name that the entity stage did not split off: "大同金控集团",
    "中国重汽集团大同齿轮有限公司", "北京弘康源医药科技有限公司". Chinese company names carry
    the place of registration (行政区划 + 字号 + 行业 + 组织形式, the place also after the
    字号).
    """
    out = []
    for k, _sent in enumerate(view.article.sentences):
        for i in list(view.of_type(k, "ORG", "PROJECT", "PLACE")):
            m = view.mentions[i]
            if m.attrs.get("place_prefix") is not None or m.attrs.get("nested") or view.division(i):
                continue
            if m.label == "PLACE" and not m.attrs.get("head"):
                continue
            if _named_after_place(view, i):
                continue
            org = m.attrs.get("org_prefix")
            for start, end, d in _divisions_in_name(view, i):
                # "长治宏泰光电科技有限公司年产5GW…项目": the company's place of registration is
                # not where its project is built.
                if org is not None and view.mentions[org].start <= start and end <= view.mentions[org].end:
                    continue
                # A company name carries its place after the brand, and so does a project its
                # county ("国家电投|灵丘|风电项目"); any other name only at its start.
                if start != m.start and not _is_company(view, i) and not (m.label == "PROJECT" and d.level == "county"):
                    continue
                z = _zone_opening(view, i, end) if start == m.start else None
                if z is not None:
                    # "某县经开区绿色低碳智慧园区项目": the zone the county names opens the name; the
                    # project is in the zone, the zone in the county.
                    tail = view.add_place(start, end, d, "place_in_name")
                    out.append(_fact("located_in", i, z, None, k, "place_in_name"))
                    out.append(_fact("located_in", z, tail, None, k, "place_in_name"))
                    continue
                tail = view.add_place(start, end, d, "place_in_name")
                out.append(_fact("located_in", i, tail, None, k, "place_in_name"))
    return out


# --------------------------------------------------------------------------- money


@rule("investment_amount")
def invested_amount(view: ArticleView) -> list[RawRelation]:
    """ "总投资6.82亿元" -> the project its clause speaks of (or the one an earlier sentence named).

    Amounts that are no project's total are left out (已完成投资, 年度计划投资, 一期投资, a sum
    over several projects, 单笔最大投资; see :mod:`kg.nlp.amounts`). "A、B、C项目总投资分别为
    1亿元、2亿元、3亿元" gives one amount per item, in order.
    """
    out = []
    text = view.article.text
    several = re.compile(triggers()["invested_amount"]["several"])
    for k, sent in enumerate(view.article.sentences):
        found = find_amounts(text[: sent.end], sent.start)
        for n, a in enumerate(found):
            if a.scope not in ("project", "phase", "several"):
                continue
            # "总投资5亿元的A项目、总投资3亿元的B项目": the amount describes the name after it
            # (no project named before it, and none when that name was not recognised); a count
            # in an earlier clause ("签约项目9个，分别是总投资6亿元的A…") makes it no sum.
            describes, head = amount_heads.attributive(view, k, a)
            if a.scope == "several" and not (describes and head is not None and amount_heads.own_clause(view, a)):
                continue
            if describes:
                if head is not None and "分别" not in text[a.start : a.end]:
                    rule_name = "phase_amount" if a.scope == "phase" else "investment_amount"
                    out.append(_fact("invested_amount", head, None, a.value(), k, rule_name))
                continue
            # "此次集中签约共17个项目，涉及…，总投资额67.5亿元": a count earlier in the sentence
            # and no project named since makes the amount a sum.
            named = [i for i in view.of_type(k, "PROJECT") if view.mentions[i].end <= a.start]
            if several.search(text, max([sent.start] + [view.mentions[i].end for i in named]), a.start):
                continue
            head = _project_for(view, k, a.start)
            if head is None:
                head = _project_built_after(view, k, a.end)
            if head is None:
                continue
            if _list_item_before(view, k, head) and text[view.mentions[head].end : a.start].startswith(","):
                continue  # "A项目、B项目，总投资5亿元": the list's total, no item's
            if amount_heads.closes_list(view, head, a):
                continue  # "A项目和B项目，投资总额30亿元" (B not recognised): the list's total
            if "分别" in text[a.start : a.end]:
                out.extend(_distributed(view, k, head, a, found[n:]))
                break
            if a.scope == "phase":
                # "首期投资1.5亿元": the phase's amount, kept as such (no total of the project).
                out.append(_fact("invested_amount", head, None, a.value(), k, "phase_amount"))
            else:
                out.append(_fact("invested_amount", head, None, a.value(), k, "investment_amount"))
    return out


def _list_item_before(view: ArticleView, k: int, i: int) -> list[int]:
    """The projects of a "、" / 和 list that ends with ``i`` (``i`` included), or [] when ``i``
    stands alone."""
    text = view.article.text
    items = [i]
    for j in reversed([j for j in view.of_type(k, "PROJECT") if view.mentions[j].end <= view.mentions[items[0]].start]):
        if view.mentions[j].attrs.get("nested"):
            continue
        if text[view.mentions[j].end : view.mentions[items[0]].start] in ("、", "和", "及", "与", ","):
            items.insert(0, j)
        else:
            break
    return items if len(items) > 1 else []


def _distributed(view: ArticleView, k: int, head: int, first: Amount, found: list[Amount]) -> list[RawRelation]:
    """ "A、B项目总投资分别为1亿元、2亿元": the n-th amount of the series is the n-th item's."""
    items = _list_item_before(view, k, head) or [head]
    text = view.article.text
    series = [first]
    pos = first.end
    for m in amount_series().finditer(text, pos, view.article.sentences[k].end):
        if m.start() != pos:
            break
        amount = parse_amount(m.group("num"), m.group("unit")) or 0
        series.append(Amount(m.start(), m.end(), first.trigger, amount, first.currency, first.qualifier, "project"))
        pos = m.end()
    if len(series) != len(items):
        return []
    return [
        _fact("invested_amount", i, None, a.value(), k, "investment_amount")
        for i, a in zip(items, series, strict=True)
        if a.amount
    ]


@lru_cache(maxsize=1)
def amount_series() -> re.Pattern[str]:
    """The further amounts of a "分别为X、Y和Z" series."""
    num = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
    return re.compile(rf"[、,和及](?P<num>{num})(?P<unit>[万亿千]*亿|[万千]?万)?(?:元|美元)")


def _project_for(view: ArticleView, k: int, pos: int) -> int | None:
    """The project a clause at ``pos`` speaks of.

    The nearest project before it in the sentence that is not a location ("…示范项目位于
    云冈经开区清洁能源产业园,由…投资,总投资6.82亿元": the park is where the project is, not
    the project the amount belongs to); else the last project of the previous sentences
    (the subject that "该项目" refers back to).
    """
    sent = view.article.sentences[k]
    text = view.article.text
    # "…项目总投资超8亿元;江苏X公司在…设立生产基地,首期投资6000万元": a later clause of a
    # semicolon list speaks of its own subject.
    clause_start = max(sent.start, text.rfind(";", sent.start, pos) + 1)
    before = [
        i
        for i in view.of_type(k, "PROJECT")
        if clause_start <= view.mentions[i].start and view.mentions[i].end <= pos and not _in_location_slot(view, i)
    ]
    last = view.mentions[before[-1]].end if before else clause_start
    if any(w in text[last:pos] for w in triggers()["invested_amount"]["other_project"]):
        return None
    if before:
        return before[-1]
    if clause_start > sent.start:
        return None
    # "北方X能源有限公司计划投资120亿元，…": an organisation as the subject invests on its own
    # account; only "该项目" (or 项目) carries the amount back to an earlier sentence.
    refers_back = "项目" in text[sent.start : pos]
    subject = any(
        view.mentions[o].end <= pos
        and not view.mentions[o].attrs.get("nested")
        and text[view.mentions[o].start - 1 : view.mentions[o].start] not in ("由", "与", "和", "、")
        for o in view.of_type(k, "ORG")
    )
    if subject and not refers_back:
        return None
    # "某某化工公司烧碱-PVC-水泥循环经济产业链项目总投资28.8亿元": a name the entity stage did
    # not keep is the sentence's own subject, no reference back (unless it repeats the earlier
    # name's words: "华阳高性能碳纤维项目…。千吨级高性能碳纤维示范项目…总投资6.82亿元").
    unnamed = []
    for m in re.finditer("项目|工程", text[sent.start : pos]):
        at = sent.start + m.start()
        if re.search(r"(?:^|[,;:、])(?:该|此|本|这个|这一|整个)?$|(?:该|此|本|这个|这一)$", text[sent.start : at]):
            continue
        if not any(view.mentions[i].start < at < view.mentions[i].end for i in view.by_sentence[k]):
            unnamed.append(re.split(r"[,;:、]", text[sent.start : at])[-1])
    # "A项目，投资1亿元；B项目，投资2亿元": a list item without a named project has its own
    # subject, not the item before it.
    if k > 0 and view.article.sentences[k - 1].text.rstrip().endswith((";", ":")):
        return None
    for j in range(k - 1, max(-1, k - 4), -1):
        found = [
            i
            for i in view.of_type(j, "PROJECT")
            if not _in_location_slot(view, i) and not view.mentions[i].attrs.get("nested") and not _names_body(view, i)
        ]
        if found:
            # Only a sentence about one project says which one 该项目 is: after a list
            # ("项目共有7个，分别是：A、B、C…") the reference is open.
            if len({view.text(i) for i in found}) > 1:
                return None
            if unnamed and not any(_shares_words(u, view.text(found[0])) for u in unnamed):
                return None
            return found[0]
    return None


def _names_body(view: ArticleView, i: int) -> bool:
    """The park opens the name of its administrative body ("某产业园区管委会主任X"): it is the
    body's zone there, not the project a later "该项目" refers to."""
    after = view.article.text[view.mentions[i].end : view.mentions[i].end + 5]
    return after.startswith(tuple(triggers()["located_in"]["zone_bodies"]))


def _shares_words(a: str, b: str, n: int = 4) -> bool:
    """The two names have ``n`` characters in a row in common.

    >>> _shares_words("千吨级高性能碳纤维示范", "华阳高性能碳纤维项目"), _shares_words("烧碱产业链", "电石项目")
    (True, False)
    """
    return any(a[i : i + n] in b for i in range(len(a) - n + 1))


def _project_built_after(view: ArticleView, k: int, pos: int) -> int | None:
    """The project that the clause after an amount builds: "X将投资15.2亿元，建设年产3万吨Y项目",
    or that the amount describes: "总投资12亿元的Y项目" (the project named next, when none was
    named before it)."""
    builds = _words_re(tuple(triggers()["invests_in"]["subject_builds"]))
    text = view.article.text
    m = re.match(r",?(?:用于|主要|重点)?", text[pos:])
    v = builds.match(text, pos + m.end())
    if text.startswith("的", pos):  # "总投资12亿元的某项目正式开工"
        at = pos + 1
    elif v:
        at = v.end()
    else:
        return None
    p = next((j for j in view.of_type(k, "PROJECT") if view.mentions[j].start == at), None)
    # "投资5亿元，建设A、B": the amount of the list, no item's.
    return p if p is None or len(list_after(view, k, p)) == 1 else None


def _in_location_slot(view: ArticleView, i: int) -> bool:
    """The mention stands where a location goes: right after 位于/落户/坐落于/在/入驻…."""
    start = view.mentions[i].start
    before = view.article.text[max(0, start - 4) : start]
    return before.endswith(tuple(triggers()["located_in"]["triggers"]) + tuple(triggers()["located_in"]["slot"]))


@rule("investor")
def invests_in(view: ArticleView) -> list[RawRelation]:
    """ "由X投资", "由X与Y联手打造", "由X计划投资5亿元建设", "由X与Y共同投资建设的PROJECT";
    "X投资建设PROJECT"; the org as the subject that builds: "X将在阳泉经开区建设PROJECT",
    "X计划投资12亿元,建设PROJECT"; a company named as a project's prefix."""
    out = []
    conf = triggers()["invests_in"]
    verbs = "|".join(map(re.escape, sorted(conf["verbs"], key=len, reverse=True)))
    builds = "|".join(map(re.escape, sorted(conf["subject_builds"], key=len, reverse=True)))
    jointly = "|".join(map(re.escape, conf["jointly"]))
    subject_builds = re.compile(
        rf"(?:将|拟|计划|已|正)?(?:{jointly})?(?:在[^,;。]{{2,16}}?)?(?:(?:计划|拟|预计)?投资[^,;。]{{0,12}}?元[,]?)?"
        rf"(?:{builds})"
    )
    text = view.article.text
    for k, sent in enumerate(view.article.sentences):
        orgs = view.of_type(k, "ORG")
        for m in re.finditer(r"由", sent.text):
            pos = sent.start + m.end()
            investors = []
            for o in sorted(orgs, key=lambda i: view.mentions[i].start):
                om = view.mentions[o]
                if om.start == pos:
                    investors.append(o)
                    pos = om.end
                    if text[pos : pos + 1] in ("与", "和", "、", "及"):
                        pos += 1
            # "由X计划投资5.5亿元建设": an amount may stand between the investor and the verb.
            vm = re.match(rf"(?:共同|联合)?(?:(?:计划|拟|预计)?投资[^,;。]{{0,12}}?元)?(?:{verbs})(?:的)?", text[pos:])
            if investors and vm:
                # "由X与Y共同投资建设的PROJECT": the project follows in the clause (a place may open
                # its name: "…的某能源化工基地200万千瓦光伏项目"); else the one the clause speaks of.
                if vm.group(0).endswith("的"):
                    after = pos + vm.end()
                    clause_end = min(
                        (x for x in (text.find(c, after, sent.end) for c in ",;。") if x >= 0), default=sent.end
                    )
                    project = next(
                        (j for j in view.of_type(k, "PROJECT") if after <= view.mentions[j].start < clause_end), None
                    )
                else:
                    project = _project_for(view, k, sent.start + m.start())
                if project is not None:
                    for o in investors:
                        out.append(_fact("invests_in", o, project, None, k, "investor_by"))
        for o in orgs:
            om = view.mentions[o]
            # "X与Y将联合投资建设Z": X shares the predicate of the investors coordinated with it.
            end = om.end
            while text[end : end + 1] in ("与", "和", "、", "及"):
                nxt = next((q for q in orgs if view.mentions[q].start == end + 1), None)
                if nxt is None:
                    break
                end = view.mentions[nxt].end
            mm = re.match(rf"(?:{verbs})", text[end:])
            rule_name = "investor_verb"
            if not mm or not mm.group(0).startswith("投资"):
                # "X将在忻州经开区建设Y", "X计划投资12亿元，建设Y": the org is the subject of the building.
                mm = re.match(subject_builds, text[end : sent.end])
                rule_name = "investor_builds"
                if not mm or om.attrs.get("nested"):
                    continue
            after = [
                p for p in view.of_type(k, "PROJECT") if end + mm.end() <= view.mentions[p].start <= end + mm.end() + 2
            ]
            # "X拟在某县投资…，建设A、B": each item of the list built.
            after = list_after(view, k, after[0]) if after else []
            for p in after:
                out.append(_fact("invests_in", o, p, None, k, rule_name))
        for p in view.of_type(k, "PROJECT"):
            pm = view.mentions[p]
            org = pm.attrs.get("org_prefix")
            # "南京电气电力工程有限公司新能源装配式储能设备项目": the company is the investor;
            # a bare word before a project head ("亨源洪立储能电站项目") is its name, not an org.
            # Not a body that is the project itself ("某县博物馆|项目"), nor a company's project
            # named by nothing but the company ("某集团项目" is no named project of its own).
            rest = view.article.text[view.mentions[org].end : pm.end] if org is not None else ""
            if org is not None and _is_company(view, org) and rest not in ("项目", "工程"):
                out.append(_fact("invests_in", org, p, None, k, "org_prefix"))
    return out


# Rules of other modules register here, after those above (run order is registration order).
# (modules, not names: either of a pair may be imported first)
from kg.nlp import amount_heads, article_event, attendance, located_lists  # noqa: E402, F401
from kg.nlp.investors import list_after  # noqa: E402
