"""Parts of an outlet's name in a page's credits (s29-org): a site's channel named by the place it
serves ("某某网河南频道讯"), a brand before a middle dot ("新某某·某某网讯"), and a paper and its app
in one source credit ("来源:某某日报·某某客户端"). The data: ``org.outlet_channels``,
``org.byline_outlet_ends``, ``org.not_outlets`` of ``ontology/patterns/entities.toml``.
"""

from __future__ import annotations

from kg.nlp.entities.lexicon_data import gazetteer_regex, lexicon
from kg.normalize import to_simplified


def outlet_named(name: str) -> bool:
    """``name`` ends like an outlet's (``org.byline_outlet_ends``) and is no word of
    ``org.not_outlets``."""
    org = lexicon().patterns["org"]
    return name.endswith(tuple(org["byline_outlet_ends"])) and name not in org["not_outlets"]


def _place(name: str) -> bool:
    """``name`` is a place of the gazetteer or a country's name."""
    countries = {full for _short, full in lexicon().country_names} | {s for s, _full in lexicon().country_names}
    return bool(gazetteer_regex().fullmatch(to_simplified(name))) or name in countries


def channel_after_place(rest: str) -> bool:
    """``rest`` (what follows a site's name in a dateline's run, simplified) is a place and a
    channel word after it ("河南频道", "龙山站"): the channel is part of the outlet's name.

    >>> channel_after_place("河南频道"), channel_after_place("河南"), channel_after_place("频道")
    (True, False, False)
    """
    channel = next((w for w in lexicon().patterns["org"]["outlet_channels"] if rest.endswith(w)), None)
    return channel is not None and len(rest) > len(channel) and _place(rest[: -len(channel)])


def brand_before_dot(pair: str, run: str) -> bool:
    """A dateline "新某某·某某网讯": the part before the dot is no place (not "中国·某某网", one name)
    and the part after it ends like an outlet's, so the first is a brand of its own, an outlet too.

    >>> brand_before_dot("新江苏", "中国江苏网"), brand_before_dot("中国", "江苏网"), brand_before_dot("新江苏", "江苏")
    (True, False, False)
    """
    not_outlets = lexicon().patterns["org"]["not_outlets"]
    return len(pair) >= 2 and not _place(pair) and outlet_named(run) and pair not in not_outlets


def dotted_parts(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Each span of a source credit, split at a middle dot where the part before it ends like an
    outlet's ("某某日报·某某客户端": a paper and its app, two outlets); kept whole otherwise
    ("中国·某某网": a place before the dot).

    >>> t = "湖南日报·新湖南客户端 中国·江苏网"
    >>> [t[a:b] for a, b in dotted_parts(t, [(0, 11), (12, 18)])]
    ['湖南日报', '新湖南客户端', '中国·江苏网']
    """
    out = []
    for a, b in spans:
        dot = text.find("·", a, b)
        if dot > a + 1 and b - dot > 2 and "·" not in text[dot + 1 : b] and outlet_named(text[a:dot]):
            out += [(a, dot), (dot + 1, b)]
        else:
            out.append((a, b))
    return out
