"""Where a name :mod:`kg.nlp.entities.head_words` has found by its head word opens: the left
edge of :func:`kg.nlp.entities.names.left_edge` moved by what the text around it says (an item's
opening, a speech's frame, a zone's or a body's word, a pronoun, a phase, a leading verb, a
joined body, a grade), and the places a chain of divisions before a place's head splits into."""

from __future__ import annotations

import re
from typing import NamedTuple

from kg.nlp.entities.body_words import body_start, body_word
from kg.nlp.entities.candidate import Candidate, word_at
from kg.nlp.entities.head_checks import place_opens, spoken_at
from kg.nlp.entities.head_stands import HeadHit
from kg.nlp.entities.item_openings import item_opening
from kg.nlp.entities.joined_bodies import joined_bodies, tagged_joined
from kg.nlp.entities.level_parks import level_opening
from kg.nlp.entities.lexicon_data import _grade_pattern, lexicon
from kg.nlp.entities.names import left_edge
from kg.nlp.entities.org_forms import _joined_body
from kg.nlp.entities.place_forms import division_chain, division_then_place, village_after_town
from kg.nlp.entities.zone_openings import zone_left_edge
from kg.nlp.words import Word


class Opening(NamedTuple):
    """A name's left edge, with what the later checks need of how it was found: the opening of
    a speech's frame around an event (``framed``) and of the tagger's body word (``word_start``)."""

    start: int
    framed: int | None
    word_start: int | None


def opening(hit: HeadHit) -> Opening | None:
    """The left edge of the name ending in the head, or None where the head word stands alone
    and is no whole tagged name ("大同中院" may stand so)."""
    p = lexicon().patterns
    text, words, label, head, begin, end, hw = hit.text, hit.words, hit.label, hit.head, hit.begin, hit.end, hit.hw
    reach = p["project"]["max_chars"] if label == "PROJECT" else 30
    start = left_edge(text, words, begin, max_len=reach, label=label)
    if label == "PROJECT":
        start = item_opening(text, words, start, end)  # "、华电|内蒙古…项目": the item's opening
    # "某某书记在|康养产业发展座谈会|上的讲话": a speech given at it frames the event's name
    framed = spoken_at(text, begin, end) if label == "MEETING" else None
    start = start if framed is None else framed
    if label == "PLACE":
        start = zone_left_edge(text, words, start, begin, head)  # "某镇|工业集中区", "某县|产业转移|工业园"
    if label == "PLACE" and head in p["place"]["area_heads"] and not place_opens(text, words, start):
        # "调研|县|生态工业园区/n": the page's county by its level word opens the park's word
        hw_at = word_at(words, begin)
        level = level_opening(text, words, start if hw_at is None else min(start, words[hw_at].start))
        start = start if level is None else level
    word_start = body_start(text, words, hw) if body_word(words, hw, head, label) else None
    if word_start is not None and word_start < start:
        start = word_start  # "投资|推广署/vn": the body's word opens its name at least
    if start == begin:
        # The head word alone: only a whole tagged word may stand ("大同中院").
        wi = word_at(words, begin)
        if wi is None or words[wi].tag not in ("ORG", "LOC") or words[wi].end != end:
            return None
        start = words[wi].start
    if label in ("PROJECT", "PLACE") and text[start : start + 1] in "县市区" and text[start - 1 : start] in "我本该":
        start += 1  # "我|县|某某示范园", "我|县|某某镇": the pronoun's level word is no part of the name
    phase = re.match(p["name_words"]["leading_phase"], text[start:end])
    if phase:
        start += phase.end()  # "一期|华兴大同农批城": the phase belongs to the project before
    return Opening(start, framed, word_start)


def org_cuts(hit: HeadHit, start: int, score: float) -> tuple[int, list[Candidate]]:
    """A body's left edge past a verb the tagger took along, and past a first body joined to it
    (kept as a candidate of its own); unchanged for other labels but for the leading verb check."""
    p = lexicon().patterns
    text, words, label, end = hit.text, hit.words, hit.label, hit.end
    found: list[Candidate] = []
    lead = next((v for v in p["org"]["leading_verbs"] if text.startswith(v, start)), None)
    if lead and text.startswith(tuple(p["org"]["leading_verb_names"]), start):
        lead = None  # "联合国…": the name opens with the verb's characters
    if label == "ORG" and lead and end - start - len(lead) >= 4:
        start += len(lead)  # "联合|市退役军人事务管理局": the tagger took the verb along
    if label == "ORG" and (two := joined_bodies(text[start:end])):
        # "某县人民政府与|某某有限公司": two bodies, the first one kept as well
        found.append(Candidate(start, start + two[0], "ORG", "head_words", score, {"head": "joined"}))
        start += two[1]
    elif label == "ORG" and (tj := tagged_joined(text, words, start, end)):
        # "某某一冶与/ORG|远帆集团", "某县/LOC|和|某某公司": the tagger's own name ends at
        # the conjunction; a place before it is no body and stays a place
        if tj[2]:
            found.append(Candidate(start, tj[0], "ORG", "head_words", score, {"head": "joined"}))
        start = tj[1]
    if label == "ORG":
        joined = _joined_body(text[start:end], tuple(p["org"]["leading_verbs"]))
        if joined:
            # "某某中心|联合|县农业农村局": two bodies, the first one kept as well
            found.append(Candidate(start, start + joined[0], "ORG", "head_words", score, {"head": "joined"}))
            start += joined[1]
    return start, found


def graded_start(text: str, words: list[Word], start: int, end: int) -> int | None:
    """The left edge past a grade that opens the name ("国家级|某某开发区" names the zone), or
    None where the grade runs into the next word ("国家4A级旅游景区" is a class of places)."""
    graded = _grade_pattern().match(text, start, end)
    if not graded:
        return start
    gi = word_at(words, graded.end())
    if gi is None or words[gi].start != graded.end():
        return None
    return graded.end()


def chained_places(start: int, name: str, score: float) -> list[Candidate]:
    """ "云南|红河": a chain of divisions ending in a head character is two places (none where
    the name is no such chain)."""
    return [
        Candidate(start + a, start + b, "PLACE", "head_words", score, {"head": "division"})
        for a, b in division_chain(name) or []
    ]


def split_places(
    hit: HeadHit, start: int, name: str, named_alone: frozenset[str], score: float
) -> tuple[int, str, list[Candidate]]:
    """A place's name past the divisions and the town before it, each a place of its own:
    "南靖|丰田镇" (each division of a chain, "广州从化|鳌头镇"), "某某镇|南大坪村"."""
    text, words = hit.text, hit.words
    found: list[Candidate] = []
    below = division_then_place(name, named_alone)
    if below:
        for a, b in division_chain(name[:below]) or [(0, below)]:
            found.append(Candidate(start + a, start + b, "PLACE", "head_words", score, {"head": "division"}))
        start, name = start + below, name[below:]
    village = village_after_town(name)
    if village:
        town = left_edge(text, words, start + village - 1, max_len=10, label="PLACE")
        if start + village - town >= 3:
            found.append(Candidate(town, start + village, "PLACE", "head_words", score, {"head": "town"}))
        start, name = start + village, name[village:]
    return start, name, found
