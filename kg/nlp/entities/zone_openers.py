"""The division that opens a zone's name, where the zone is itself nested in a longer name.

A zone that stands alone ("某县经济技术开发区") is chosen with the division that opens it as its
nested prefix (:func:`kg.nlp.entities.prefixes.prefix_mentions`), and the relation stage places
the zone in the division. Inside a longer name ("某县经济技术开发区|某某项目", "某某经济开发区|管委会")
the zone is the name's nested prefix, and nested mentions were not read for prefixes of their own:
the division was lost there, though the same page's golds name it a place as they do beside a
zone alone (session 35, s35-placemiss: 15 right against 4 wrong over every readable text).

Only a division the gazetteer source read (a full name, or a short form it accepted: in context,
or before a zone's kind), and only before a zone's kind (``place.zones``,
``place.prefixed_zone_heads``): a town or a hill opening a site's name is read by the sources
that own them.
"""

from __future__ import annotations

from kg.nlp.entities.candidate import Candidate
from kg.nlp.entities.lexicon_data import lexicon
from kg.nlp.entities.plausible import plausible


def zone_opener(text: str, zone: Candidate, starts: dict[int, list[Candidate]]) -> Candidate | None:
    """The nested division that opens ``zone`` (a place nested in a longer name), or ``None``.

    ``starts``: the article's candidates by start. The returned candidate is a new nested copy;
    the caller adds it to the mentions and refers to it from ``zone.attrs["place_prefix"]``.

    >>> text = "古县经济技术开发区某某项目"
    >>> zone = Candidate(0, 9, "PLACE", "head_words", 0.8, {"nested": True})
    >>> county = Candidate(0, 2, "PLACE", "gazetteer", 0.9, {"admin_name": "古县"})
    >>> text[(c := zone_opener(text, zone, {0: [zone, county]})).start : c.end], c.attrs["nested"]
    ('古县', True)
    >>> zone_opener("古县某某商城项目", Candidate(0, 6, "PLACE", "head_words", 0.8), {0: [county]}) is None
    True
    """
    p = lexicon().patterns["place"]
    heads = tuple(p["zones"]) + tuple(p["prefixed_zone_heads"])
    if zone.label != "PLACE" or "place_prefix" in zone.attrs or not text[zone.start : zone.end].endswith(heads):
        return None
    inner = [
        x
        for x in starts.get(zone.start, ())
        if x.label == "PLACE" and x.source == "gazetteer" and x.end < zone.end and plausible(text, x)
    ]
    if not inner:
        return None
    best = max(inner, key=lambda x: x.length)
    return Candidate(best.start, best.end, best.label, best.source, best.score, dict(best.attrs, nested=True))
