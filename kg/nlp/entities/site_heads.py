"""A name that ends in a hall's head is a place, whatever source read it as a body: "某某纪念馆",
"某某国际会议中心", "某某国家会展中心", "某某社教馆" (real-pages-14 n05, -23 f10, -25 x10, -26 b01,
-28 d06, -19 k09: a visited or hosting hall read as an organisation on 6 pages of 6 sites; the
golds type them PLACE). The head-word source reads such a name as a place already
(``place.halls`` of ``ontology/patterns/entities.toml``), but where another source reads it with
a different left edge (a city before it, "某市|某某纪念馆") the longer body wins; the body is made
a place here. A hall with a post right after it ("某某博物馆馆长某某") is the post's body, an
organisation, whichever source read it; a hall that its clause builds is no site: the facility
frames' project of the same span ("某某博物馆位于…，总投资…") wins, and in a clause a verb of
building opens ("将建成…、某某博物馆、…", ``place.hall_building_verbs``) the name stays a body.
Other sites (``place.named_sites``: a residential compound, an oil field) read as bodies are
made places the same way, but for the clause of building (小区 opens housing projects' names).
A site's name before its head is at least ``place.named_sites.min_name`` characters long: "县会议
中心" names no site.
"""

from __future__ import annotations

import re

from kg.nlp.entities.candidate import Candidate
from kg.nlp.entities.lexicon_data import lexicon
from kg.normalize import simplified_aligned

_CLAUSE_MARKS = re.compile(r"[,，。;；:：!！?？\n]")


def sites_as_places(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """``candidates`` with each ORG whose name ends in a hall's head made a PLACE, each such
    name before a title or in a clause of building an ORG, and none of them where a facility
    frame's project has the same span.

    >>> t = "来到某市某某纪念馆参观,某某公司,某某博物馆馆长某某"
    >>> cs = [Candidate(2, 9, "ORG", "statistical", 0.6), Candidate(12, 16, "ORG", "head_words", 0.65),
    ...       Candidate(17, 22, "PLACE", "head_words", 0.75)]
    >>> [(t[c.start:c.end], c.label) for c in sites_as_places(t, cs)]
    [('某市某某纪念馆', 'PLACE'), ('某某公司', 'ORG'), ('某某博物馆', 'ORG')]
    >>> t = "某某博物馆位于某县,总投资约1.3亿元"
    >>> frame = {"frame": "facility"}
    >>> cs = [Candidate(0, 5, "PLACE", "head_words", 0.75), Candidate(0, 5, "PROJECT", "head_words", 0.7, frame)]
    >>> [(t[c.start:c.end], c.label) for c in sites_as_places(t, cs)]
    [('某某博物馆', 'PROJECT')]
    >>> t = "将建成集某某基地、某某博物馆、某某中心为一体"
    >>> [(t[c.start:c.end], c.label) for c in sites_as_places(t, [Candidate(9, 14, "PLACE", "head_words", 0.75)])]
    [('某某博物馆', 'ORG')]
    """
    place = lexicon().patterns["place"]
    halls = tuple(place["halls"])
    heads = halls + tuple(place["named_sites"]["heads"])
    min_name = place["named_sites"]["min_name"]
    verbs = tuple(place["hall_building_verbs"])
    titles = lexicon().titles
    simple = simplified_aligned(text)
    # (the facility frames' projects only: a site's head beats a project's head word, "某某教育基地")
    framed = [c for c in candidates if c.label == "PROJECT" and c.attrs.get("frame") == "facility"]
    projects = {(c.start, c.end) for c in framed}
    out = []
    for c in candidates:
        name = simple[c.start : c.end]
        head = next((h for h in heads if name.endswith(h)), None)
        if c.label in ("ORG", "PLACE") and head and len(name) - len(head) >= min_name:
            if head not in halls and c.label == "PLACE":
                out.append(c)
                continue
            if (c.start, c.end) in projects:
                continue  # "某某博物馆位于…，总投资…": the facility being built is the project
            opening = max((m.end() for m in _CLAUSE_MARKS.finditer(simple, 0, c.start)), default=0)
            built = head in halls and any(v in simple[opening : c.start] for v in verbs)
            label = "ORG" if built or simple.startswith(titles, c.end) else "PLACE"
            c = Candidate(c.start, c.end, label, c.source, c.score, dict(c.attrs))
        out.append(c)
    return out
