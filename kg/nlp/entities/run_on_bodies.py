"""Organisations' names the tagger runs on past the body or cuts inside a group's name, and bare
bodies that are part of a session's name (the data: ``org.run_on_event_verbs``,
``org.group_tails``, ``org.group_after``, ``org.edition_marks`` of
``ontology/patterns/entities.toml``):

* a body run into the verb of holding an event that ends in 办, a body's head character
  ("由某市人民政府主办/ORG", "某某协会协办/ORG的…"): the body is the name before the verb;
* a body's party or study group cut before 组 ("某某工商联党/ORG|组成员", "县委中心/ORG|组学习"):
  the body is the name before the group's tail;
* a standing body written bare right after the edition inside a numbered session's name
  ("某县十七届|人大|六次会议"): the session's owner, no mention of its own;
* a project's name run into the body after it ("某某新能源项目|某某集团", "…改造项目|和|某医院",
  "…改造项目|政府购买服务"): the body starts after the project word (``org.run_on_project_words``),
  none is left where what remains is no name;
* a body run into the verb of acting for it and the words before ("某某代表镇委镇政府/ORG",
  "致辞中代表|区委"): the body starts after the verb (``org.acting_verbs``, :func:`acting_cut`).
"""

from __future__ import annotations

from kg.nlp.entities.candidate import Candidate
from kg.nlp.entities.lexicon_data import lexicon
from kg.normalize import to_simplified


def trimmed_bodies(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """``candidates`` with each ORG that runs into a verb of holding an event, or ends in a
    group's tail before 组, cut to the body before it where what is left ends as a body does
    (dropped where less than two characters are left).

    >>> t = "由某市人民政府主办，"
    >>> [t[c.start : c.end] for c in trimmed_bodies(t, [Candidate(1, 9, "ORG", "head_words", 0.65)])]
    ['某市人民政府']
    >>> t = "某市总工会技协办"
    >>> [t[c.start : c.end] for c in trimmed_bodies(t, [Candidate(0, 8, "ORG", "head_words", 0.65)])]
    ['某市总工会技协办']
    >>> t = "某某工商联党组成员"
    >>> [t[c.start : c.end] for c in trimmed_bodies(t, [Candidate(0, 6, "ORG", "statistical", 0.6)])]
    ['某某工商联']
    """
    org = lexicon().patterns["org"]
    verbs = tuple(org["run_on_event_verbs"])
    tails = sorted(org["group_tails"], key=len, reverse=True)
    after = tuple(org["group_after"])
    # What is left must end as a body does (an organisation's suffix, or 联 of 台联, 工商联)
    ends = lexicon().org_suffixes + tuple(lexicon().patterns["tagger"]["short_body_heads"])
    out = []
    for c in candidates:
        if c.label == "ORG" and (body := after_project_word(to_simplified(text[c.start : c.end]))) is not None:
            if body < 0:
                continue  # "…改造项目|政府": no body is left
            c = Candidate(c.start + body, c.end, c.label, c.source, c.score, dict(c.attrs))
        if c.label != "ORG":
            out.append(c)
            continue
        name = to_simplified(text[c.start : c.end])
        cut = next((len(v) for v in verbs if name.endswith(v)), 0)
        if not cut and text.startswith(after, c.end):
            cut = next((len(t) for t in tails if name.endswith(t)), 0)
        left = name[:-cut] if cut else name
        if cut and len(left) < 2:
            continue  # "联合|会协办": no body is left
        if not cut or not left.endswith(ends):
            out.append(c)  # "某某总工会技|协办": the verb's character is part of an office's name
        else:
            out.append(Candidate(c.start, c.end - cut, c.label, c.source, c.score, dict(c.attrs)))
    return out


def after_project_word(name: str) -> int | None:
    """Where the body starts in ``name`` (an organisation's span, in simplified characters) that
    a project's name runs into: after the last project word and the conjunction, list mark or
    line break right after it; -1 where what is left is no body's name (fewer than three
    characters, or no organisation's suffix at its end); None where no project word runs into
    the name, or the name is an office of the project's ("某某项目部", "某某项目建设指挥部").

    >>> after_project_word("某某新能源项目某某集团")
    7
    >>> after_project_word("某县中医医院维修改造项目和三医院")
    13
    >>> after_project_word("某某片区改造项目政府")
    -1
    >>> after_project_word("某某大桥项目建设指挥部") is None
    True
    """
    org = lexicon().patterns["org"]
    cut = max((name.rfind(w) + len(w) for w in org["run_on_project_words"] if w in name), default=0)
    if cut <= 0 or cut >= len(name) or name.startswith(tuple(org["project_offices"]), cut):
        return None
    while cut < len(name) and name.startswith(tuple(org["project_joiners"]), cut):
        cut += next(len(j) for j in org["project_joiners"] if name.startswith(j, cut))
    rest = name[cut:]
    return cut if len(rest) >= 3 and rest.endswith(lexicon().org_suffixes) else -1


def bare_session_owner(text: str, c: Candidate) -> bool:
    """Whether ``c`` is a standing body written bare (``meeting.session_owners``) right after an
    edition mark ("某县十七届|人大|六次会议"): inside the session's name it is the session's owner.

    >>> t = "某县十七届人大六次会议"
    >>> bare_session_owner(t, Candidate(5, 7, "ORG", "statistical", 0.6))
    True
    >>> bare_session_owner("某县人大常委会", Candidate(2, 7, "ORG", "statistical", 0.6))
    False
    """
    p = lexicon().patterns
    return (
        c.label == "ORG"
        and c.start > 0
        and text[c.start - 1] in p["org"]["edition_marks"]
        and to_simplified(text[c.start : c.end]) in p["meeting"]["session_owners"]
    )


def without_acting_words(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """``candidates`` with each ORG that holds the verb of acting for a body with words before it
    ("某某代表镇委镇政府", "致辞中代表区委") cut to the body after the verb (:func:`acting_cut`);
    dropped where less than two characters are left.

    >>> t = "致辞中代表区委"
    >>> [t[c.start : c.end] for c in without_acting_words(t, [Candidate(0, 7, "ORG", "head_words", 0.65)])]
    ['区委']
    """
    out = []
    for c in candidates:
        acting = acting_cut(to_simplified(text[c.start : c.end])) if c.label == "ORG" else None
        if acting is None:
            out.append(c)
        elif c.end - c.start - acting >= 2:
            out.append(Candidate(c.start + acting, c.end, c.label, c.source, c.score, dict(c.attrs)))
    return out


def acting_cut(name: str) -> int | None:
    """Where the body starts in ``name`` (an organisation's span, in simplified characters) that
    holds the verb of acting for a body (``org.acting_verbs``) with words before it: right after
    the last such verb; None where there is none, or the verb's characters are a noun of the
    body's own name (what follows opens one of ``org.acting_verb_nouns``: "人民代表大会",
    "某某代表处", "人大代表联络站").

    >>> acting_cut("某某林代表镇委镇政府"), acting_cut("致辞中代表区委")
    (5, 5)
    >>> acting_cut("某县人民代表大会常务委员会"), acting_cut("某某驻某地代表处"), acting_cut("代表区委")
    (None, None, None)
    """
    org = lexicon().patterns["org"]
    nouns = tuple(org["acting_verb_nouns"])
    best = None
    for verb in org["acting_verbs"]:
        k = name.rfind(verb)
        if k > 0 and not name.startswith(nouns, k + len(verb)):
            best = max(best or 0, k + len(verb))
    return best
