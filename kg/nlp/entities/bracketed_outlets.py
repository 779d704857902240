"""Outlets credited inside the lenticular brackets that open a report's lead: "【某某网】",
"【某某新闻报道】", "【某某传媒／记者 王某／某地 报导】". The tagger reads such a site's name as a
common noun or splits it; the bracket and what follows the name make it the report's outlet, an
organisation (session 32, s32-orgrec: real-pages-35 w03, -23 f07, -30 r12, and -16 h09 found
before by another frame). ``org.bracketed_outlet``; the name must end like an outlet's
(``org.byline_outlet_ends``) and be none of ``org.not_outlets`` ("【本报讯】", "【特讯】",
"【资料图】", "【记者 王某／某地报导】" name none).
"""

from __future__ import annotations

import re

from kg.nlp.entities.candidate import Candidate
from kg.nlp.entities.lexicon_data import lexicon
from kg.nlp.entities.outlet_parts import outlet_named


def bracketed_outlet_candidates(text: str) -> list[Candidate]:
    """The outlet named first inside a lead's 【】: alone, before a report word (报道, 报导) or
    before a slash that parts it from its reporter.

    >>> text = "【溪南耐火材料网】\\n【青岚新闻报道】香港某某公司\\n【某某传媒／记者 王某／某地 报导】"
    >>> text += "\\n【本报讯】【特讯】【资料图】"
    >>> [text[c.start : c.end] for c in bracketed_outlet_candidates(text)]
    ['溪南耐火材料网', '青岚新闻', '某某传媒']
    """
    org = lexicon().patterns["org"]
    return [
        Candidate(m.start("outlet"), m.end("outlet"), "ORG", "bylines", 0.85, {"head": "bracketed_outlet"})
        for m in re.finditer(org["bracketed_outlet"], text)
        if outlet_named(m.group("outlet"))
    ]
