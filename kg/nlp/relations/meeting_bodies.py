"""The full name of a numbered meeting whose body is written before the verb that convenes it.

Reports of standing bodies put the verb between the body and the numbered meeting:
"区十七届人大常委会召开第二十八次会议", "区政协召开十届委员会第三十六次主席会议", "某届人大某次会议
主席团召开第一次会议". The entity stage keeps the numbered part ("第二十八次会议"), which names no
meeting by itself; the gold guide writes the fullest form, the body and the number
("县委十六届常委会第47次会议"). The chair and the attendees of the article hang on that meeting,
so its name decides whether they are right.

:func:`meeting_body_name` gives such a mention the full name as ``attrs["also_called"]``, which
resolution adds to the entity's names (the longest becomes its label; the written part stays an
alias). The words are in ``[meeting_body]`` of ``ontology/patterns/relations.toml``.
"""

from __future__ import annotations

import re

from kg.nlp.relations.table import rule
from kg.nlp.relations.view import ArticleView, RawRelation, triggers
from kg.patterns import alternation

_CLAUSE_END = ",，;；。:：\n"


def body_before(text: str, start: int, sentence_start: int, conf: dict) -> str | None:
    """The body written before the convening verb that ends right at ``start``, if the clause
    up to the verb names one: "区十七届人大常委会|召开|", "某届人大某次会议主席团|召开|".

    >>> conf = triggers()["meeting_body"]
    >>> t = "12月5日上午,区十七届人大常委会召开第二十八次会议。"
    >>> body_before(t, t.index("第二十八"), 0, conf)
    '区十七届人大常委会'
    >>> t = "县十五届人大常委会于6月3日召开第三十一次会议。"
    >>> body_before(t, t.index("第三十一"), 0, conf) is None
    True
    >>> t = "某次会议主席团1月20日下午在江城举行第一次会议。"
    >>> body_before(t, t.index("第一次"), 0, conf)
    '某次会议主席团'
    >>> t = "本报讯 县委常委会近日举行会议。"
    >>> body_before(t, t.index("会议"), 0, conf)
    '县委常委会'
    """
    verb = re.search(rf"(?:{alternation(conf['verbs'])})$", text[sentence_start:start])
    if verb is None:
        return None
    end = sentence_start + verb.start()
    # "本报讯 县委常委会…": a lead before a space opens no body
    stops = (*_CLAUSE_END, *conf["lead_spaces"])
    clause = max([sentence_start] + [text.rfind(c, sentence_start, end) + 1 for c in stops])
    body = text[clause:end]
    # "县委常委会|近日|举行", "某主席团|1月20日下午在某市|举行": when and where it sits are no part of it
    between = re.search(conf["time_between"], body)
    body = body[: between.start()] if between else body
    # "近日区政协召开…": a word of time opening the clause is no part of the body
    lead = re.match(rf"(?:{alternation(conf['time_words'])})+", body)
    body = body[lead.end() :] if lead else body
    if not 0 < len(body) <= conf["body_max"] or not re.fullmatch(r"[\u4e00-\u9fff()（）]+", body):
        return None
    return body


@rule("meeting_body_name")
def meeting_body_name(view: ArticleView) -> list[RawRelation]:
    """A numbered meeting named without its body ("第二十八次会议", "十届四十二次主席会议",
    "主席团第一次会议"), right after a convening verb that a body stands before, is also called
    by the body and the number: "区十七届人大常委会召开第二十八次会议" names
    "区十七届人大常委会第二十八次会议". A presidium's meeting may follow the session it serves
    ("某届人大某次会议|召开|主席团第一次会议"). No relation; the mention's attribute only."""
    conf = triggers()["meeting_body"]
    numbered = re.compile(conf["numbered_name"])
    presidium = re.compile(conf["presidium_name"])
    owners = tuple(conf["body_ends"])
    sessions = tuple(conf["session_ends"])
    text = view.article.text
    for k, sent in enumerate(view.article.sentences):
        for m in view.of_type(k, "MEETING"):
            mention = view.mentions[m]
            name = view.text(m)
            by_presidium = bool(presidium.match(name))
            if not (numbered.match(name) or by_presidium) or mention.attrs.get("also_called"):
                continue
            body = body_before(text, mention.start, sent.start, conf)
            if body and (body.endswith(owners) or (by_presidium and body.endswith(sessions))):
                mention.attrs["also_called"] = body + name
    return []
