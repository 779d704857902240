"""Which project an amount describes when the amount stands before a name or closes a list.

Two constructions of real news that the clause rule of ``investment_amount`` (in
:mod:`kg.nlp.relations`) would otherwise give to the project named *before* the amount:

- the amount as an attribute of the name after it: "总投资5亿元的A项目、总投资3亿元的B项目",
  "投资2亿元C工程、投资8亿元D基地" (lists of signed or started projects). The amount is that
  name's, or nobody's when the name was not recognised; never the previous item's.
- the total of a coordinated list whose later items were not recognised:
  "A项目和B种植及加工项目，投资总额达30亿元" is the list's sum, no item's.

The words are ``attributive_heads`` and ``list_joins`` in ``[invested_amount]`` of
``ontology/patterns/relations.toml``.

>>> from kg.ingest import segment_document
>>> from kg.nlp.pipeline import analyse_article, make_pipeline
>>> text = "签约项目9个，分别是总投资6亿元的年产8万吨碳酸钙粉体项目、总投资26亿的年产30万吨再生铝合金项目。"
>>> (art,) = segment_document("t.txt", text)
>>> doc = analyse_article(make_pipeline(), art)
>>> ms = doc._.mentions
>>> sorted((art.text[ms[r.head].start : ms[r.head].end], r.value["amount"])
...        for r in doc._.relations if r.type == "invested_amount")
[('年产30万吨再生铝合金项目', 2600000000), ('年产8万吨碳酸钙粉体项目', 600000000)]
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.nlp.amounts import Amount
from kg.nlp.entities.rank_descriptors import ranking_gap
from kg.nlp.relations import ArticleView, RawRelation, triggers
from kg.patterns import alternation

_SEPARATORS = ",;:。、!?"
# A phrase after an amount also ends at a line break or at a bracket closed that it did not open:
# "A项目(总投资7.3亿元)⏎B项目" describes A, not the next line's name; "年产1万台(套)设备项目" is one.
_PHRASE_ENDS = _SEPARATORS + "\n"


@lru_cache(maxsize=1)
def _heads_re() -> re.Pattern[str]:
    heads = sorted(triggers()["invested_amount"]["attributive_heads"], key=len, reverse=True)
    return re.compile("|".join(map(re.escape, heads)))


def _phrase_after(text: str, pos: int, limit: int = 60) -> str:
    """The text from ``pos`` up to the next separator, closing bracket or line break (at most
    ``limit`` characters)."""
    end, depth = pos, 0
    while end < len(text) and end - pos < limit and text[end] not in _PHRASE_ENDS:
        depth += {"(": 1, ")": -1}.get(text[end], 0)
        if depth < 0:
            break
        end += 1
    return text[pos:end]


def attributive(view: ArticleView, k: int, a: Amount) -> tuple[bool, int | None]:
    """Whether ``a`` describes the name that follows it, and that name's PROJECT mention.

    True when the amount is followed by 的, or runs straight on (no separator) into a phrase
    with a project head word (项目, 工程, 基地…). The mention is the PROJECT that starts right
    there, or one that swallowed the amount into its name ("2亿元某某技改工程"); None when the
    name was not recognised (the amount then belongs to no project named elsewhere).
    """
    text = view.article.text
    at = a.end + 1 if text.startswith("的", a.end) else a.end
    # "由X投资5亿元建设的Y项目": a building verb and 的 between the amount and the name.
    builds = alternation(triggers()["invests_in"]["subject_builds"])
    # "投资2.5亿元，分两期建设的Y项目": a phasing or a bracketed note may stand before the verb.
    notes = "|".join(triggers()["invests_in"]["amount_notes"])
    verb = re.match(rf"(?:{notes})?[,，]?(?:{builds})的", text[a.end : a.end + 24])
    if verb:
        at = a.end + verb.end()
    phrase = _phrase_after(text, at)
    if at == a.end and (not phrase or not _heads_re().search(phrase)):
        return False, None
    # "X计划投资100亿元建设Y项目": a building verb makes the amount the subject's, not an attribute.
    if at == a.end and phrase.startswith(tuple(triggers()["invests_in"]["subject_builds"])):
        return False, None
    for j in view.of_type(k, "PROJECT"):
        m = view.mentions[j]
        if m.start == at or (a.start < m.start <= a.end < m.end):
            return True, j
        # "总投资20亿元的某公司投资建设(的)某项目": who builds it stands between 的 and the name.
        if at < m.start <= at + 24 and _builder_gap(text[at : m.start], builds):
            return True, j
    return True, None


def _builder_gap(gap: str, builds: str) -> bool:
    """Whether ``gap`` names who builds the project or where, and the verb ("由某公司投资建设的",
    "在某地建设"), a ranking after the verb aside ("在某地建设|某省最大|水煤浆项目": the name starts past the
    ranking, session 31, s31-proj)."""
    verb = re.compile(rf"由?[^,;。、]{{1,16}}?(?:{builds})的?")
    return any(verb.fullmatch(gap, 0, i) and (i == len(gap) or ranking_gap(gap[i:])) for i in range(len(gap), 0, -1))


def demonstrated(view: ArticleView, a: Amount) -> bool:
    """A demonstrative stands right before the amount and a bare class word after its 的, so the
    amount points back to a project named before: "这个总投资超5亿元的项目", "这个投资10亿元的项目",
    "这个总投资近3亿元的“水脉”项目" (a nickname in quotes, no name of its own). Not "该总投资
    5亿元的某某产业园项目" (a name after 的 is the one the amount describes).

    >>> from kg.nlp.amounts import find_amounts
    >>> class V:
    ...     class article:
    ...         text = "标志着这个投资10亿元的项目正式开工,这个总投资3亿元的某某产业园项目"
    >>> [demonstrated(V, a) for a in find_amounts(V.article.text)]
    [True, False]
    """
    conf = triggers()["invested_amount"]
    text = view.article.text
    if not text.endswith(tuple(conf["demonstratives"]), 0, a.start):
        return False
    classes = alternation(conf["demonstrated_classes"])
    nickname = r"(?:[“「『\"][^”」』\",;。]{1,8}[”」』\"])?"
    return re.match(rf"的{nickname}(?:{classes})", text[a.end : a.end + 16]) is not None


def named_untagged(view: ArticleView, k: int, pos: int) -> int | None:
    """A project of the article whose name the sentence writes before ``pos`` where the entity
    stage tagged no mention ("启迪某某产业园项目现场正式奠基，标志着这个投资10亿元的项目正式开工",
    the name tagged only where a later sentence says who builds it): the mention of that name
    written last before ``pos``, or None."""
    text = view.article.text
    sent = view.article.sentences[k]
    best: tuple[tuple[int, int], int] | None = None
    for j in range(len(view.article.sentences)):
        for i in view.of_type(j, "PROJECT"):
            name = view.text(i)
            at = text.rfind(name, sent.start, pos)
            # the name that ends last wins, the longer of two that end together
            if len(name) >= 4 and at >= 0 and (best is None or (at + len(name), len(name)) > best[0]):
                best = ((at + len(name), len(name)), i)
    return best[1] if best else None


def spent_on(view: ArticleView, k: int, a: Amount) -> int | None:
    """The project that a spending amount (``spend_triggers``: 斥资, 投入) is spent on (else it is
    money put into a programme or a village, no project's total): named
    right after it with 的 ("斥资6亿元的某某中心"), or after a verb that builds it, which 的 may
    follow ("斥资2亿元兴建某某馆", "投入8000万元实施某某工程", "斥资4700万元兴建的「某某中心」");
    None otherwise, and for a list of projects (the amount is then the list's).
    """
    from kg.nlp.investors import list_after

    text = view.article.text
    verbs = alternation(triggers()["invested_amount"]["spend_builds"])
    m = re.match(rf"(?:[,，]?(?:用于|用来|来)?(?:在[^,;。]{{1,16}}?)?(?:{verbs}))?的?", text[a.end : a.end + 40])
    if not m or not m.group(0):
        return None
    at = a.end + m.end()
    at += 1 if text[at : at + 1] in ("「", "“", "『", "《") else 0
    p = next((j for j in view.of_type(k, "PROJECT") if view.mentions[j].start == at), None)
    return p if p is not None and len(list_after(view, k, p)) == 1 else None


def counted_list(view: ArticleView, head: int) -> bool:
    """The name an amount describes opens a list that a count of projects closes, with no amount
    of its own for a later item: "总投资27亿元的A、B、C三个项目集中开工", "总投资逾5亿元的A、B…等8个
    项目" (the amount is the list's sum). Not "总投资5亿元的A、总投资3亿元的B等5个项目"."""
    text = view.article.text
    end = view.mentions[head].end
    if not text.startswith(("、", "和", "及", "与"), end):
        return False
    # A list of seven names runs past 80 characters ("总投资63.75亿元的A、B、…、G等12个项目现场签约");
    # an item's own amount is money ("总投资3亿元的B"), not its size ("年产60万吨新型肥料").
    clause = re.split(r"[,;。:!?]", text[end : end + 200])[0]
    count = re.search(r"等?(?:\d+|[两三四五六七八九十]+)[ \u3000]?(?:个|项|大)[^、]{0,4}?(?:项目|工程)", clause)
    money = r"\d[\d.]*[ \u3000]?[万亿]+(?:元|美元|港元|欧元)|投资[^、]{0,4}?\d"
    return count is not None and not re.search(money, clause[: count.start()])


def named_in_ceremony(view: ArticleView, j: int, before: str, costs: bool = False) -> list[int]:
    """The projects of sentence ``j`` named only inside the name of their ceremony ("某某项目签约
    仪式在某地举行", "某某项目开工仪式"), when the words ``before`` the amount point back to one
    project (该项目, 此项目, 这个工程; or 项目 opening the sentence), or the amount names a work's
    funds (``costs``: "…开工动土典禮」。…市府編列工程經費4,650萬元進行整體重建"): the next
    sentence's total is that project's. Other nested names stay no reference's target (a project
    inside a body's name)."""
    if not costs and not re.search(r"(?:该|此|这个|这一|本)(?:项目|工程)|^(?:项目|工程)", before):
        return []
    meetings = [view.mentions[m] for m in view.of_type(j, "MEETING")]
    return [
        i
        for i in view.of_type(j, "PROJECT")
        if view.mentions[i].attrs.get("nested")
        and any(m.start <= view.mentions[i].start and view.mentions[i].end < m.end for m in meetings)
    ]


def closes_list(view: ArticleView, head: int, a: Amount) -> bool:
    """The amount follows a coordinated list that ``head`` opens, whose other items the entity
    stage missed: "A项目和B项目，投资总额达30亿元" (B unrecognised) is the list's total."""
    text = view.article.text
    joins = "|".join(map(re.escape, triggers()["invested_amount"]["list_joins"]))
    between = text[view.mentions[head].end : a.start]
    return re.match(rf"(?:{joins})[^,;。]{{2,60}}?(?:{_heads_re().pattern})[,;]", between) is not None


def own_clause(view: ArticleView, a: Amount) -> bool:
    """No count of projects in the amount's own clause ("9个项目总投资…的" is a sum; "签约项目9个，
    分别是总投资6亿元的A项目" is A's amount)."""
    text = view.article.text
    start = max(text.rfind(c, 0, a.start) for c in _SEPARATORS) + 1
    return re.search(triggers()["invested_amount"]["several"], text[start : a.start]) is None


def series_before(view: ArticleView, k: int, a: Amount) -> list[tuple[int, Amount]] | None:
    """ "总投资分别为11亿元、6亿元的A项目和B项目": the n-th amount of the series describes the
    n-th name of the list after 的. None when ``a`` opens no such series; [] when the names after
    it were not recognised or the two counts differ (who has which amount is then open).

    >>> from kg.ingest import segment_document
    >>> from kg.nlp.pipeline import analyse_article, make_pipeline
    >>> text = "总投资分别为8亿元、3亿元的生态农业示范园项目和冷链物流中心项目已签约。"
    >>> (art,) = segment_document("t.txt", text)
    >>> doc = analyse_article(make_pipeline(), art)
    >>> ms = doc._.mentions
    >>> sorted((art.text[ms[r.head].start : ms[r.head].end], r.value["amount"])
    ...        for r in doc._.relations if r.type == "invested_amount")
    [('冷链物流中心项目', 300000000), ('生态农业示范园项目', 800000000)]
    """
    from kg.nlp.amounts import parse_amount
    from kg.nlp.investors import list_after
    from kg.nlp.relations import amount_series

    text = view.article.text
    if "分别" not in text[a.start : a.end]:
        return None
    series = [a]
    pos = a.end
    for m in amount_series().finditer(text, pos, view.article.sentences[k].end):
        if m.start() != pos:
            break
        amount = parse_amount(m.group("num"), m.group("unit") or "") or 0
        series.append(Amount(m.start(), m.end(), a.trigger, amount, a.currency, a.qualifier, a.scope))
        pos = m.end()
    if not text.startswith("的", pos):
        return None
    first = next((j for j in view.of_type(k, "PROJECT") if view.mentions[j].start == pos + 1), None)
    if first is None:
        return []
    items = list_after(view, k, first)
    if len(items) != len(series) or not all(s.amount for s in series):
        return []
    return list(zip(items, series, strict=True))


def list_item_start(text: str, floor: int, a: Amount, found: list[Amount]) -> int | None:
    """Where the item of a "、" list of amounts that ``a`` belongs to begins, or None when ``a``
    is in no such list: in "其中，A总投资153亿元、B总投资80亿元" each item names its own
    project (A, B), so an item whose name was not recognised has none, neither the item
    before it nor a project of an earlier sentence.

    >>> from kg.nlp.amounts import find_amounts
    >>> t = "其中,甲铁路总投资153亿元、乙文化园总投资80亿元。"
    >>> [list_item_start(t, 0, a, find_amounts(t)) for a in find_amounts(t)]
    [3, 15]
    >>> t = "该项目总投资5亿元,年产值10亿元。"
    >>> [list_item_start(t, 0, a, find_amounts(t)) for a in find_amounts(t)]
    [None]
    """
    before = [b for b in found if b.end < a.start and text[b.end : b.end + 1] == "、"]
    after = [b for b in found if b.start > a.end and text[a.end : a.end + 1] == "、"]
    if before:
        return before[-1].end + 1
    if after:
        return max([floor] + [text.rfind(c, floor, a.start) + 1 for c in ",;:"])
    return None


def unrecognised_subject(view: ArticleView, k: int, after: int, pos: int) -> bool:
    """The clause before ``pos`` (after ``after``, the end of the last project named) names a
    project of its own that no mention covers: a head word (项目, 工程, 基地…) that is no
    reference back (该项目, 项目 opening the clause)."""
    text = view.article.text
    start = max([after] + [text.rfind(c, after, pos) + 1 for c in ",;:、"])
    if start == after:
        return False
    clause = text[start:pos]
    heads = _alternation(tuple(triggers()["invested_amount"]["attributive_heads"]))
    for m in re.finditer(heads, clause):
        if re.fullmatch(r"(?:其中)?(?:该|此|本|这个|这一|整个)?", clause[: m.start()]):
            continue
        at = start + m.start()
        if not any(view.mentions[i].start <= at < view.mentions[i].end for i in view.by_sentence[k]):
            return True
    return False


def items_of_count(view: ArticleView, k: int, a: Amount, named: list[int]) -> bool:
    """The projects named before the amount are examples of a count before them: "集中开工项目
    30个，主要是A项目、B工程等，总投资50亿元" (the 30 projects' sum, neither A's nor B's)."""
    text = view.article.text
    sent = view.article.sentences[k]
    counts = list(re.finditer(triggers()["invested_amount"]["several"], text[sent.start : a.start]))
    if not counts:
        return False
    count = counts[-1]
    after = [i for i in named if view.mentions[i].start >= sent.start + count.end()]
    if not after:
        return False
    gap = text[sent.start + count.end() : view.mentions[after[0]].start]
    return re.search(_alternation(tuple(triggers()["invested_amount"]["includes"])) + "[^,;。]*$", gap) is not None


def has_other_total(facts: list[RawRelation], head: int, a: Amount) -> bool:
    """``head`` already has a total other than ``a``'s: "A项目…总投资约7.2亿元。B路段该项目…。项目
    总投资约21.8亿元" (B unrecognised) is no second total of A, one sentence further back."""
    return any(
        r.head == head and r.rule == "investment_amount" and r.value and r.value["amount"] != round(a.amount)
        for r in facts
    )


@lru_cache(maxsize=1)
def subject_heads_re() -> re.Pattern[str]:
    """Head words of a name that is a sentence's subject (``subject_heads`` of ``[invested_amount]``)."""
    return re.compile(alternation(triggers()["invested_amount"]["subject_heads"]))


def site_of_unnamed_subject(view: ArticleView, j: int, i: int) -> bool:
    """Project ``i`` of sentence ``j`` stands after 在 in a sentence that opens with a name of its
    own (a subject head word no mention covers, no comma before it, nothing but a date between it
    and 在): "某某钢管工业园8月27日在某某产业园区开工建设" is about the 工业园, built in the park; in
    "重大项目开工活动主会场设在某某项目现场" 项目 ends no subject."""
    text = view.article.text
    start, at = view.article.sentences[j].start, view.mentions[i].start
    if not text.endswith("在", 0, at):
        return False
    for m in subject_heads_re().finditer(text, start, at):
        if re.search("[,;:。]", text[start : m.start()]):
            break
        if not re.fullmatch(r"(?:\d{1,4}[年月日号])*", text[m.end() : at - 1]):
            continue
        if m.start() - start >= 2 and not any(
            view.mentions[o].start <= m.start() < view.mentions[o].end for o in view.by_sentence[j]
        ):
            return True
    return False


def subject_of_description(view: ArticleView, found: list[int]) -> list[int]:
    """ "A项目是某集团…开发建设的B项目之一": of the sentence's projects, the subject A (the others
    are what it is said to be); ``found`` unchanged otherwise."""
    text = view.article.text
    first, last = view.mentions[found[0]], view.mentions[found[-1]]
    if len(found) > 1 and text.startswith(("是", "为", "系"), first.end) and text.startswith("之一", last.end):
        return [found[0]]
    return found


def in_site_phrase(text: str, floor: int, at: int) -> bool:
    """The head word at ``at`` ends a name that stands where a project is (after 位于, 落户, 在…
    in its clause): "项目位于某某产业园" names the site, not a subject of its own; "位于某区某街的
    某某项目" is a subject that the place describes (的 after the site word)."""
    start = max([floor] + [text.rfind(c, floor, at) + 1 for c in ",;:、"])
    words = tuple(triggers()["located_in"]["triggers"]) + tuple(triggers()["located_in"]["slot"]) + ("在",)
    phrase = text[start:at]
    last = max((phrase.rfind(w) + len(w) for w in words if w in phrase), default=-1)
    return last >= 0 and "的" not in phrase[last:]


def _alternation(words: tuple[str, ...]) -> str:
    return "(?:" + alternation(words) + ")"
