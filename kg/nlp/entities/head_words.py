"""Source ``head_words``: names that end in a head word of their type, with the left edge of
:func:`kg.nlp.entities.names.left_edge`."""

from __future__ import annotations

from kg.nlp.entities.abbreviated_bodies import abbreviated_bodies
from kg.nlp.entities.body_words import bare_office_word, word_only_head
from kg.nlp.entities.bracketed_firms import bracketed_firms
from kg.nlp.entities.bracketed_parks import bracketed_parks, with_bracketed_phases
from kg.nlp.entities.candidate import Candidate, word_at, words_by_last_char
from kg.nlp.entities.capacity_items import capacity_item_projects
from kg.nlp.entities.chain_departments import chain_departments
from kg.nlp.entities.facility_frames import built_facilities
from kg.nlp.entities.fair_short_names import short_fair_names
from kg.nlp.entities.firm_items import firm_item_projects
from kg.nlp.entities.head_checks import division_alone, in_book_title, titled_person
from kg.nlp.entities.head_edges import chained_places, graded_start, opening, org_cuts, split_places
from kg.nlp.entities.head_stands import (
    HeadHit,
    body_named,
    firm_word,
    org_rejected,
    parked,
    project_class,
    rejected_at_head,
    rejected_name,
    trade_words_park,
    unnamed_area,
    unspecific,
)
from kg.nlp.entities.joined_bodies import apposed_bodies
from kg.nlp.entities.led_groups import led_group_candidates
from kg.nlp.entities.legislatures import legislature_candidates
from kg.nlp.entities.lexicon_data import lexicon
from kg.nlp.entities.org_forms import (
    _declared_candidates,
    _retagged,
    _zone_run_into_name,
    bodies_before_head_titles,
    declared_short_forms,
    national_org_candidates,
)
from kg.nlp.entities.over_heads import over_head
from kg.nlp.entities.partner_projects import without_partner
from kg.nlp.entities.place_forms import class_of_places, is_zone_kind, places_named_alone
from kg.nlp.entities.plan_names import plan_candidates
from kg.nlp.entities.project_checks import listed_class, named_project, project_head, verbless
from kg.nlp.entities.shapes import _specific, named_item
from kg.nlp.entities.site_names import site_name_candidates
from kg.nlp.entities.split_levels import split_level_bodies
from kg.nlp.entities.stationed_bodies import stationed_bodies
from kg.nlp.entities.titles import title_body_candidates
from kg.nlp.entities.zone_openings import area_start
from kg.nlp.joint_events import joint_events
from kg.nlp.project_frames import field_items, framed_projects, phased_projects
from kg.nlp.project_lists import listed_projects
from kg.nlp.words import Word


def _fused_ends(words: list[Word], after: list[str]) -> list[tuple[int, str]]:
    """Ends of event heads inside a word the tagger made of a head's last character and a
    word after it (``[meeting] fused_after``): "重点项目推进|会时|指出" ends a head at 会.

    >>> _fused_ends([(0, 2, "推进", "v"), (2, 4, "会时", "v"), (4, 6, "指出", "v")], ["时"])
    [(3, '会')]
    """
    return [
        (end - len(a), w[: -len(a)][-1])
        for _s, end, w, _t in words
        for a in after
        if w.endswith(a) and len(w) == len(a) + 1
    ]


def _specs() -> list[tuple[str, tuple[str, ...], frozenset[str], float]]:
    """Each kind of head word with its label, its generic words and its candidates' score: a
    zone's or site's head makes a surer place than a bare place head ("山", "河")."""
    lex = lexicon()
    p = lex.patterns
    return [
        ("PROJECT", tuple(p["project"]["heads"]), frozenset(p["project"]["generic"]), 0.7),
        (
            "MEETING",
            tuple(p["meeting"]["heads"] + p["meeting"]["edition_heads"]),
            frozenset(p["meeting"]["generic"]),
            0.7,
        ),
        ("PLACE", tuple(p["place"]["zones"]), frozenset(), 0.75),
        ("PLACE", tuple(p["place"]["sites"] + p["place"]["halls"]), frozenset(), 0.75),
        ("PLACE", tuple(p["place"]["heads"]), frozenset(), 0.5),
        ("ORG", lex.org_suffixes + tuple(p["org"]["word_only_heads"]), frozenset(p["org"]["generic"]), 0.65),
    ]


def _head_matches(text: str, words: list[Word]) -> list[Candidate]:
    """The names that end in a head word, kind by kind. The head must end a word ("局" in "格局"
    or "布局" is no organisation); the longest head that ends there ("调度会议" is a 会议, not a
    调度会 cut in half)."""
    p = lexicon().patterns
    out: list[Candidate] = []
    named_alone = places_named_alone(words)  # openings of "屏东|雾台乡" no gazetteer lists
    specs = _specs()
    # Word ends whose last character ends a head word of some kind, then of each kind.
    last_chars = set().union(*(words_by_last_char(heads) for _, heads, _, _ in specs))
    word_ends = [(end, text[end - 1]) for _s, end, _w, _t in words if text[end - 1] in last_chars]
    # "推进|会时", "成果发表|会时": a word the tagger glued after an event's head ends the head there
    fused = _fused_ends(words, p["meeting"]["fused_after"])
    for label, heads, generic, score in specs:
        by_last = words_by_last_char(heads)
        ends = word_ends + fused if label == "MEETING" else word_ends
        for end, ending_here in [(end, by_last[last]) for end, last in ends if last in by_last]:
            head = next((h for h in ending_here if text.endswith(h, 0, end)), None)
            if head is None:
                continue
            hit = HeadHit(text, words, label, head, end - len(head), end, word_at(words, end - len(head)))
            out += _hit_candidates(hit, heads, generic, score, named_alone)
    return out


def _hit_candidates(
    hit: HeadHit, heads: tuple[str, ...], generic: frozenset[str], score: float, named_alone: frozenset[str]
) -> list[Candidate]:
    """The candidates one head word gives: its name, if it stands, after those split off its
    left edge (a first joined body, the divisions and town before a place), which stand anyway."""
    text, words, label, head, end = hit.text, hit.words, hit.label, hit.head, hit.end
    firm = firm_word(hit)
    if rejected_at_head(hit, heads, firm) or word_only_head(words, hit.hw, head, label) is False:
        return []  # "好处", "交界处": 处 names a body only as the tagger's one word
    if label == "PLACE" and head in lexicon().patterns["place"]["kinds_named_by_name"]:
        # "某某|园区", "某某|片区": named only by the proper name right before the word
        named = area_start(text, words, hit.begin, head)
        return [] if named is None else [Candidate(named, end, "PLACE", "head_words", score, {"head": head})]
    edge = opening(hit)
    if edge is None:
        return []
    start, framed, word_start = edge
    if bare_office_word(words, hit.hw, head, start):
        return []  # "召开|秘书处|会议": an office of whatever body, no one body
    if in_book_title(text, start, end):
        return []  # "《大同市创新成果产业化承接基地建设方案》" names a document
    start, found = org_cuts(hit, start, score)
    graded = graded_start(text, words, start, end)
    if graded is None or unnamed_area(hit, graded):
        return found
    start, name = graded, text[graded:end]
    if label == "PLACE":
        if class_of_places(name) or is_zone_kind(name):
            return found  # "乡村振兴示范村", "旅游度假区": a class of villages or zones, no one place
        if chain := chained_places(start, name, score):
            return found + chain
        start, name, split = split_places(hit, start, name, named_alone, score)
        found += split
    park = parked(hit, start, name)
    if not _stands(hit, start, name, generic, firm, framed, word_start, park):
        # "某某研发基地|示范项目": a name cut at an earlier head word may run on over it
        return found + over_head(
            hit, start, heads, score, lambda h, s, o: _stands(h, s, text[s : h.end], generic, firm_word(h), *o)
        )
    # "县|化工基地": the county's park, a place (no project being built)
    typed = "PLACE" if park and not _specific(text, words, start, end - len(head)) else label
    return [*found, Candidate(start, end, typed, "head_words", score, {"head": head})]


def _stands(
    hit: HeadHit,
    start: int,
    name: str,
    generic: frozenset[str],
    firm: bool,
    framed: int | None,
    word_start: int | None,
    park: bool | None = None,
) -> bool:
    """Whether the name from ``start`` to the head stands: not generic, no class, a body that is one,
    and something that makes it specific. ``park``: :func:`parked` of the name, where the caller has it."""
    park = parked(hit, start, name) if park is None else park
    # "建设|新能源产业园": a park named by its trade stands though its words are generic ones
    trade = trade_words_park(hit, start, name)
    named_by = frozenset() if trade else generic  # its generic words name its trade, no class
    if rejected_name(hit, name, generic, park or trade) or project_class(hit, start, name, named_by):
        return False
    named = body_named(hit, start, word_start)
    return not (org_rejected(hit, start, name, named) or unspecific(hit, start, name, firm, named, park, framed))


def head_word_candidates(text: str, words: list[Word], context_names: frozenset[str] = frozenset()) -> list[Candidate]:
    """Names that end in a head word of their type, with the left edge of :func:`left_edge`; on a
    Taiwan page (``context_names``) plans of works named by their 計畫 too."""
    declared = declared_short_forms(text)
    words = _retagged(words, {short for _, short in declared})
    out = _head_matches(text, words)
    out = _with_projects(text, words, out, context_names)
    # "州委、州|政府": a level's bare body the tagger wrote apart (kg/nlp/entities/split_levels.py)
    # "某某新闻网/nz" opening a line or after a dash: a news site (kg/nlp/entities/site_names.py)
    return _with_bodies(text, words, out, declared) + split_level_bodies(words) + site_name_candidates(words)


def listed_project_candidates(text: str, words: list[Word], candidates: list[Candidate]) -> list[Candidate]:
    """The projects of the lists whose known items are the PROJECT ``candidates`` (of any source)."""
    return _listed(text, words, candidates)


def _listed(text: str, words: list[Word], out: list[Candidate]) -> list[Candidate]:
    """The projects a list names after one of its openers (``[project.list]``), each item
    checked by the same tests the head words' names pass (specific, headed, no person, no class)."""
    lex = lexicon()
    p = lex.patterns
    titles = lex.titles
    pl = p["project"]["list"]
    facilities = tuple(p["project"]["facility"]["heads"])
    return listed_projects(
        text,
        out,
        tuple(pl["openers"]),
        pl["max_chars"],
        Candidate,
        lead=pl["item_lead"],
        counted_openers=tuple(pl["counted_openers"] + pl["visit_openers"]),
        specific=lambda s, e: _specific(text, words, s, e),
        not_ends=tuple(pl["item_not_ends"]),
        project_words=tuple(pl["project_before_opener"]),
        item_count=pl["item_count"],
        item_figure=pl["item_figure"],
        plain=lambda s, e: verbless(words, s, e),
        item_count_opening=pl["item_count_opening"],
        item_phase=pl["item_phase"],
        headed=lambda s, e: (h := project_head(text[s:e])) is not None and named_project(text[s:e], h),
        heads=tuple(p["project"]["heads"]),
        named=lambda s, e: named_item(text, words, s, e),
        short_close_not=pl["short_close_not"],
        visit_openers=tuple(pl["visit_openers"]),
        site_close=pl["site_close"],
        place_alone=lambda s, e: division_alone(text, words, s, e),
        person=lambda s, e: titled_person(text, words, s, e, titles),
        class_name=lambda s, e: listed_class(text[s:e]),
        facility=lambda s, e: _facility(text[s:e], facilities, pl["item_facility_min_name"]),
    )


def _facility(name: str, heads: tuple[str, ...], min_name: int) -> bool:
    """Whether a list's item names a facility: it ends in a facility's kind (``[project.facility]
    heads``) after ``min_name`` characters or more ("某某花海特色小镇"; not "生态小镇", a kind)."""
    return any(name.endswith(h) and len(name) - len(h) >= min_name for h in heads)


def _with_projects(
    text: str, words: list[Word], out: list[Candidate], context_names: frozenset[str]
) -> list[Candidate]:
    """The head words' names with the projects (and joint events) the other frames find, those
    inside a list of fields dropped."""
    p = lexicon().patterns
    out = out + _listed(text, words, out)
    # "总投资X的|…项目", "投资X建设|…项目", "3.某区:|…项目": a frame fixes the name's left edge
    out += framed_projects(
        text,
        Candidate,
        tuple(p["project"]["heads"]),
        named=named_project,
        specific=lambda s, e: _specific(text, words, s, e),
        lead_stops=tuple(p["project"]["signing_stops"] + p["project"]["left_stops"]),
    )
    out += built_facilities(text, words)  # "某某大桥|开工建设": a facility being built is a project
    out += plan_candidates(text, words, context_names)  # "「某某水网计划」" on a Taiwan page
    out += firm_item_projects(text, words)  # "某某公司镁、铝合金压铸项目": the products share the head
    out = capacity_item_projects(text, words, out)  # "年产6万吨甲、乙系列产品项目": one project's products
    out += phased_projects(text, out, Candidate)  # "某某项目|二期工程": the phase stays in the name
    fields = field_items(text)  # "…甲产业工程、乙融合工程等多个领域": fields, no projects
    out = [c for c in out if c.label != "PROJECT" or not any(s <= c.start and c.end <= e for s, e in fields)]
    out += joint_events(text, out, Candidate)  # "X暨Y" is one event
    return out


def _with_bodies(
    text: str, words: list[Word], out: list[Candidate], declared: list[tuple[int, str]]
) -> list[Candidate]:
    """The names so far with the bodies, fairs and parks the other frames find, the partner of a
    signing cut off a project and the class noun before a company off its name."""
    out += _zone_run_into_name(text, words)
    out += national_org_candidates(text, words)
    out += legislature_candidates(text, words)  # "某某县/LOC|议会议长/n": the council before its chair
    out += title_body_candidates(text, words) + chain_departments(text, words)  # "市委|书记", "、|政法委|书记"
    out += bodies_before_head_titles(text, words)  # "劳工局长某某": 劳工局
    out += _declared_candidates(text, words, declared, out)
    out += stationed_bodies(text, words)  # "某部|驻|某地|特派员公署": the mark is no verb here
    out += led_group_candidates(text, words)  # "某市|援青/v|干部|联络/vn|组|组长": the post says it is a body
    out += abbreviated_bodies(text, words)  # "县城/n|投/v|公司", "区投/ORG|促|中心": a level's body
    out += bracketed_firms(text, words)  # "某某|(南京)科技有限公司/w": the tagger cut at the bracket
    out += short_fair_names(text, words)  # "哈洽会", "第50届工展会": a fair's short form
    out += bracketed_parks(text, words)  # "某商|(某县)|科技产业园|负责人", "某西(某县)国际物流港|北园项目"
    out = with_bracketed_phases(text, out)  # "某某建设项目|(一期)": the phase stays in the name
    out = without_partner(text, out)  # "与|某某有限公司|某某项目": the signing's partner, no part of the name
    # "投资|企业某某能源集团/n": the class noun before a company is no part of its name
    apposed = apposed_bodies(words)
    cut = {b: a for a, b in apposed}
    out = [
        Candidate(cut[c.end], c.end, c.label, c.source, c.score, c.attrs)
        if c.label == "ORG" and c.start < cut.get(c.end, -1)
        else c
        for c in out
    ]
    return out + [Candidate(a, b, "ORG", "head_words", 0.65, {"head": "apposed"}) for a, b in apposed]
