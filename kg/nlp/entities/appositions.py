"""Appositions: a project named right before another describes it or is where it is built."""

from __future__ import annotations

from kg.nlp.entities.candidate import Candidate
from kg.nlp.entities.lexicon_data import _size_pattern
from kg.nlp.entities.plausible import plausible


def appositions(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """A project right before another describes it ("国家4A级综合性物流园区|万昌国际物流园区",
    "华兴农博园一期项目|华兴大同农批城项目"): one mention, the description kept as another name
    (``attrs["also_called"]``) with its place prefix left to the nested place.

    A base or park before a project that opens with its size is where the project is built
    ("某某能源化工基地|200万千瓦光伏复合项目"): one project named by both, the base kept as a
    nested mention (``attrs["base"]``)."""
    size = _size_pattern()
    out: list[Candidate] = []
    for c in chosen:
        prev = out[-1] if out else None
        if prev is not None and prev.label == c.label == "PROJECT" and prev.end == c.start:
            out.pop()
            if size.match(text, c.start):
                c = Candidate(prev.start, c.end, c.label, c.source, c.score, dict(c.attrs, base=prev))
            else:
                c.attrs["also_called"] = prev
        out.append(c)
    return out


def apposition_mentions(text: str, chosen: list[Candidate], starts: dict[int, list[Candidate]]) -> list[Candidate]:
    """The nested mentions :func:`appositions` leaves on its projects: the base as a place
    (``attrs["place_prefix"]``), the describing name's place prefix; ``attrs["also_called"]``
    becomes the describing name's text without that prefix. ``starts``: candidates by start."""
    nested: list[Candidate] = []
    for c in chosen:
        base = c.attrs.pop("base", None)
        if base is not None:
            # the base is where the project is: a place here (a park is both, see GUIDE.md)
            attrs = dict(base.attrs, nested=True, base=True)
            b = Candidate(base.start, base.end, "PLACE", base.source, base.score, attrs)
            nested.append(b)
            c.attrs["place_prefix"] = b
        desc = c.attrs.pop("also_called", None)
        if desc is not None:
            # Its place prefix stays a mention; the rest is another name of this project.
            places = [x for x in starts.get(desc.start, ()) if x.label == "PLACE" and x.end < desc.end]
            places = [x for x in places if x.source != "statistical" and plausible(text, x)]
            d_start = max((x.end for x in places), default=desc.start)
            if places:
                p = max(places, key=lambda x: x.length)
                nested.append(Candidate(p.start, p.end, p.label, p.source, p.score, dict(p.attrs, nested=True)))
            c.attrs["also_called"] = text[d_start : desc.end]
    return nested
