"""Rules of positions: ``holds_position`` and ``works_for`` from titles written against names
("市委副书记、市长张强"), referred bodies ("该公司总经理X"), datelines and appointments.
"""

from __future__ import annotations

import re
from typing import Any

from kg.nlp.entities import lexicon, words_by_last_char
from kg.nlp.relations.departments import body_before_department, parent_of_department
from kg.nlp.relations.gap_posts import body_across_gap
from kg.nlp.relations.region_posts import region_before_title
from kg.nlp.relations.short_form_posts import short_form_body
from kg.nlp.relations.table import fact, rule
from kg.nlp.relations.view import (
    ArticleView,
    RawRelation,
    inside_mention,
    mention_ending_at,
    named_in_article,
    triggers,
)
from kg.nlp.relations.zone_posts import zone_of_post


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
    acting = tuple(triggers()["positions"]["acting_marks"])  # "代区长" names its own body as 区长 does
    members = tuple(triggers()["positions"]["member_titles"])
    committees = tuple(triggers()["positions"]["committees"])  # "某某银行党委委员" works there
    level_committees = tuple(triggers()["positions"]["level_committees"])  # "某某盟委委员" works there
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
                # "/" parts a credit's names as "、" does ("记者某某/某某/某某台南报导").
                while gap > 0 and (text[gap - 1] in "、和/" or text[gap - 1].isspace()):
                    gap -= 1
                # The person ending in the gap (of 、 和 and spaces) that comes first in the sentence.
                prev = min((ends[e] for e in range(gap, pos) if e in ends), key=order.__getitem__, default=None)
                if prev is None:
                    break
                pos = view.mentions[prev].start
            pos = list_start.get(pos, pos)
            list_start.update(dict.fromkeys(walked, pos))
            found = title_list_before(view, k, sent.start, pos)
            over = body_before_department(view, k, pos)
            if over is not None:
                out.append(fact("works_for", p, over, None, k, "department_body"))
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
                        (f for f in (named_in_article(view, p + short) for p in parents) if f is not None), org_idx
                    )
                own = title[len(next((a for a in acting if title.startswith(a)), "")) :]
                if org_idx is None and body is not None and not own.startswith(inherit_block):
                    org_idx = body
                body = org_idx if org_idx is not None else body
                parents = _names_of_body(view, title, body) or parents
                value: dict[str, Any] = {"position": title}
                if org_idx is not None:
                    value["org"] = org_idx
                value.update(when)
                out.append(fact("holds_position", p, None, value, k, "title_before_name"))
                if org_idx is not None and (
                    not title.endswith(members)
                    or title.startswith(committees)
                    or _mention_text(view, org_idx).endswith(level_committees)
                ):
                    employer = parent_of_department(view, parent_of_committee(view, org_idx))
                    out.append(fact("works_for", p, employer, None, k, "org_title_name"))
    return out


def _mention_text(view: ArticleView, i: int) -> str:
    return view.article.text[view.mentions[i].start : view.mentions[i].end]


def found_start(view: ArticleView, k: int, floor: int, pos: int) -> int:
    """Where the title list that ends at ``pos`` begins (its first body or title)."""
    text = view.article.text
    start = pos
    for title, org, unnamed in title_list_before(view, k, floor, pos):
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
        found = named_in_article(view, name)
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


def parent_of_committee(view: ArticleView, i: int) -> int:
    """The organisation whose party committee a body is: "中央民族大学党委" -> 中央民族大学
    when the article names it; else the body itself."""
    text = view.article.text
    name = text[view.mentions[i].start : view.mentions[i].end]
    for suffix in triggers()["positions"]["committees"]:
        if name.endswith(suffix) and len(name) > len(suffix):
            found = named_in_article(view, name[: -len(suffix)])
            if found is not None:
                return found
    return i


def _title_after_whole_body(view: ArticleView, k: int, hit: str, start: int, end: int) -> tuple[str, int]:
    """The title and its start after a body the tagger read whole into the title's first part
    (``positions.committee_titles``: "县委政法委/ORG|书记" is 书记 of 县委政法委)."""
    if hit not in triggers()["positions"]["committee_titles"]:
        return hit, start
    text = view.article.text
    for i in view.of_type(k, "ORG"):
        m = view.mentions[i]
        if m.start < start < m.end < end and text[m.end : end] in lexicon().titles:
            return text[m.end : end], m.end
    return hit, start


def _acting_mark(view: ArticleView, k: int, floor: int, start: int, concurrent: tuple[str, ...]) -> str:
    """The mark of an acting post (``positions.acting_marks``) right before the title at
    ``start`` where it opens an item of the list: after a list mark, a concurrent mark, the
    sentence's start or a body ("县委副书记、|代|县长", "市政府|代|市长"). Inside a word it is no
    mark ("新时代|校长", "代县/LOC|县长"), so the title is read without it; '' if none."""
    text = view.article.text
    for mark in triggers()["positions"]["acting_marks"]:
        at = start - len(mark)
        if at < floor or not text.startswith(mark, at) or inside_mention(view, k, at, ("ORG", "PLACE", "PERSON")):
            continue
        if at == floor or text[at - 1] in "、,，" or text.endswith(concurrent, floor, at):
            return mark
        if mention_ending_at(view, k, at, "ORG") is not None:
            return mark
    return ""


def title_list_before(view: ArticleView, k: int, floor: int, pos: int) -> list[tuple[str, int | None, str | None]]:
    """The titles of the list that ends right before ``pos``, left to right, each with the
    organisation named right before it (``None`` if none) and the text of a body before it
    that no mention covers ("、历史文化学院院长": 历史文化学院).

    The list is walked leftwards: a title (spaces allowed before the name), then an optional
    body (an organisation, or a place as in "平城|区委书记"), then "、" or "," (or 兼, a post held
    with the one before it) to go on.
    """
    titles = words_by_last_char(lexicon().titles)
    committees = tuple(triggers()["positions"]["committees"])
    credits = tuple(triggers()["positions"]["credit_titles"])
    credit_marks = triggers()["positions"]["credit_marks"]
    concurrent = tuple(sorted(triggers()["positions"]["concurrent_marks"], key=len, reverse=True))
    unnamed_item = re.compile("(?:、|" + "|".join(concurrent) + r")([\u4e00-\u9fff]{2,10})$")
    qualifiers = tuple(sorted(triggers()["positions"]["title_qualifiers"], key=len, reverse=True))
    text = view.article.text
    out: list[tuple[str, int | None, str | None]] = []
    end = pos
    while end > floor and text[end - 1] in " \u3000":
        end -= 1
    # A page's credit: "编辑:某某", "记者/某某 某某", "责编 | 某某" (the mark between the title and
    # the names, spaces around it).
    if end > floor and text[end - 1] in credit_marks:
        before = end - 1
        while before > floor and text[before - 1] in " \u3000":
            before -= 1
        if text.endswith(credits, floor, before):
            end = before
    while end > floor:
        ending_here = titles.get(text[end - 1], ())
        hit = next((t for t in ending_here if end - len(t) >= floor and text.startswith(t, end - len(t))), None)
        if not hit:
            break
        start = end - len(hit)
        # "市政府副秘书长": a deputy of a title the lexicon lists without 副.
        if start - 1 >= floor and text[start - 1] == "副" and not hit.startswith("副"):
            hit, start = "副" + hit, start - 1
        # "宣传部|常务|副部长", "教育处|代理|处长": a qualifier between the body and the title.
        qual = next((q for q in qualifiers if start - len(q) >= floor and text.startswith(q, start - len(q))), None)
        if qual and not hit.startswith(qual):
            hit, start = qual + hit, start - len(qual)
        elif acting := _acting_mark(view, k, floor, start, concurrent):
            hit, start = acting + hit, start - len(acting)  # "县委副书记、|代|县长": an acting post
        # "县委政法委|书记": a body the tagger read whole ends inside a title that names a
        # committee ("政法委书记"), and what follows it is a title too: the body keeps its name.
        hit, start = _title_after_whole_body(view, k, hit, start, end)
        # "某集团|华北区域|总经理": a firm's regional post; the body is the firm before the region.
        if region := region_before_title(view, k, floor, start):
            hit, start = region + hit, start - len(region)
        # The body: an organisation right before the title, or one that the title's own
        # first characters end ("中央军委|主席", "市委|副书记" when 市委 is recognised).
        org = mention_ending_at(view, k, start, "ORG")
        committee = next((c for c in committees if org is None and text.startswith(c, start - len(c))), None)
        if committee and mention_ending_at(view, k, start - len(committee), "ORG") is not None:
            # "某某医院|党委|副书记": the body's own committee, the post is the body's
            hit, start = committee + hit, start - len(committee)
            org = mention_ending_at(view, k, start, "ORG")
        if org is None:
            # "某某促进局|咨询处|处长": the body named before its internal unit
            # (kg/nlp/entities/internal_units.py marks where the unit's title starts)
            org = next((i for i in view.of_type(k, "ORG") if view.mentions[i].attrs.get("unit_end") == start), None)
        here: int | None = None  # where a body run into the title is written in this list
        if org is None:
            inside = [
                i for i in view.of_type(k, "ORG") if view.mentions[i].start < end and start < view.mentions[i].end < end
            ]
            org = inside[0] if inside else None
            if org is not None:
                here = view.mentions[org].start
                # A body the tagger ran into the title ("某某供销社党|组成员"): the body named
                # before the title, when the article names it so.
                own = text[view.mentions[org].start : start]
                named = named_in_article(view, own) if own else None
                # "某某办事处高级/ORG|委员": a body that swallowed the post's qualifier is no body's
                # name; without the article naming it the post keeps no body.
                swallowed = bool(qual) and view.mentions[org].end == start + len(qual or "")
                org = named if named is not None else (None if swallowed else org)
        body_start = start if org is None else min(start, view.mentions[org].start)
        if here is not None:
            # The article's mention named above may stand sentences before: the list walks on
            # from the body as written here ("区长,某区党工委|副书记").
            body_start = min(start, here)
        if org is None:
            place = mention_ending_at(view, k, start, "PLACE")
            if place is not None:
                body_start = view.mentions[place].start
            org = zone_of_post(view, k, start, hit)  # "某某开发区|主任": the zone is the body
            if org is None and place is None:  # "某某公司|人事|经理": the body a short word before the title
                org = body_across_gap(view, k, floor, start, hit)
            if org is not None:
                body_start = view.mentions[org].start
            elif place is None:  # "某某钢铁|董事长X": a short form of a body named in full
                org, body_start = short_form_body(view, k, floor, start, hit)
        if body_start > floor and text[body_start - 1] in "、,":
            out.append((hit, org, None))
            end = body_start - 1
            continue
        # "某集团副总经理兼某公司副董事长", "董事长兼总经理": a post held with the one before it.
        joined = next((j for j in concurrent if text.endswith(j, floor, body_start)), None)
        if joined:
            out.append((hit, org, None))
            end = body_start - len(joined)
            continue
        # An item of the list whose body was not recognised: "、历史文化学院院长", "兼社工部部长".
        window = max(floor, body_start - 12)
        m = unnamed_item.search(text[window:body_start])
        if m and body_start == start:
            out.append((hit, org, m.group(1)))
            end = window + m.start()
            continue
        out.append((hit, org, None))
        break
    return out[::-1]
