"""Source ``statistical``: the tagger's (LAC's) PER / LOC / ORG words, checked against the text."""

from __future__ import annotations

import re
from collections import Counter

from kg.nlp.entities.alone_reading import no_place_alone
from kg.nlp.entities.candidate import Candidate
from kg.nlp.entities.cut_names import cut_name, mended_names, opens_firm_name, run_over
from kg.nlp.entities.gazetteer import _weak_place
from kg.nlp.entities.held_posts import after_post
from kg.nlp.entities.honorific_titles import honorific_cut
from kg.nlp.entities.joined_words import after_division_dot, brand_candidates, dotted_names
from kg.nlp.entities.lexicon_data import gaz_full, lexicon
from kg.nlp.entities.listed_firms import listed_firm_candidates
from kg.nlp.entities.name_runs import name_runs
from kg.nlp.entities.org_words import org_in_word
from kg.nlp.entities.place_forms import (
    class_of_places,
    division_chain,
    division_then_place,
    is_zone_kind,
    office_after,
    office_front,
    one_direction_part,
    places_named_alone,
    titled_place,
    town_run_on,
    village_after_town,
    zone_host,
)
from kg.nlp.entities.quoted_words import no_person_word
from kg.nlp.entities.repeated_forms import repeated_short_form
from kg.nlp.entities.retyping import coordinated_persons, country_pair, plays_match
from kg.nlp.entities.road_names import road_end
from kg.nlp.entities.shapes import _is_generic, graded, has_surname, sector_words
from kg.nlp.entities.short_bodies import runs_into_noun
from kg.nlp.gazetteer import load_gazetteer
from kg.nlp.list_evidence import (
    ListEnds,
    in_list_of_persons,
    item_names_another,
    list_of_bodies,
    listed_persons,
    ordinary_item,
    whole_item,
)
from kg.nlp.tagger_evidence import (
    addressed,
    conjunction_eaten,
    echoes,
    is_dotted_name,
    married_name_start,
    opens_quoted_phrase,
    person_among_persons,
    person_shaped,
    read_as_person_often,
    stands_alone,
)
from kg.nlp.words import Word
from kg.normalize import to_simplified


def statistical_candidates(words: list[Word], context_names: frozenset[str] = frozenset()) -> list[Candidate]:
    """LAC's own entity tags: PER -> PERSON, LOC -> PLACE, ORG -> ORG.

    The tagger's places are checked against what else the text shows (:func:`_weak_place`).
    """
    mapping = {"PER": "PERSON", "LOC": "PLACE", "ORG": "ORG"}
    out = []
    plain = {w for _, _, w, t in words if t not in mapping and t not in ("nz", "nw")}
    # with the names mended where the tagger cut them ("…、某更须、…" beside "某更/PER|须/v|做")
    persons = {w for _, _, w, t in words if t == "PER"} | mended_names(words)
    persons_seen = Counter(w for _, _, w, t in words if t == "PER")
    lex = lexicon()
    honorifics = tuple(lex.patterns["person"]["honorifics"])
    address = tuple(lex.patterns["person"]["address"])
    conjunctions = tuple(lex.patterns["tagger"]["eaten_conjunctions"])
    person_nouns = tuple(lex.patterns["tagger"]["person_nouns"])
    naming_verbs = tuple(lex.patterns["tagger"]["naming_verbs"])
    country_names = dict(lex.country_names)
    countries = frozenset(country_names)
    home = lex.patterns["tagger"]["home_country_short_form"]
    country_full = frozenset(country_names.values())
    modifier_tails = tuple(lex.patterns["place"]["country_modifier_tails"])
    match_keys = ("pairs", "verbs_before", "words_after", "clause_words", "clause_min")
    match = {k: lex.patterns["tagger"]["match"][k] for k in match_keys}
    short_heads = tuple(lex.patterns["tagger"]["short_body_heads"])
    town_heads = tuple(lex.patterns["place"]["town_heads"])
    named_alone = places_named_alone(words)  # openings of "屏东|雾台乡" no gazetteer lists
    list_ends = ListEnds(words)  # (worked out once, on first use: a list of N names asks N times)
    free_short = {  # ("落实|省委|决策部署": a level committee stays free, kg/nlp/entities/short_bodies.py)
        w
        for i, (_s, _e, w, t) in enumerate(words)
        if t == "ORG" and len(w) == 2 and not runs_into_noun(words, i) and not opens_quoted_phrase(words, i)
    }
    for i, (s, e, w, t) in enumerate(words):
        part_of: dict = {}
        label = mapping.get(t)
        if not label or len(w) < 2:
            continue
        if label == "ORG":
            split_off, s, e, w = org_in_word(words, i, s, e, w)
            out.extend(split_off)
        if (
            label == "ORG"
            and len(w) == 2
            and w not in free_short
            and not _coordinated(words, i)
            and not w.endswith(short_heads)  # "东盟|各国", "招行|副行长": a body's short form
        ):
            # "政协|委员", "中德|合资" modify the noun after them (slogans such as "聚力" are
            # dropped as not_names below). A body the text also names standing alone
            # ("东盟|成立…", "与|东盟|的") stands everywhere.
            continue
        if label == "PLACE" and after_division_dot(words, i):
            continue  # "绩溪|·|某巷”文旅综合开发": a work or brand of the division before the dot
        if label == "PLACE" and _surname_and_title(w) and not load_gazetteer().lookup(w[:-1]):
            continue  # "许县长/LOC": a person called by surname and post ("沛县长" is 沛县's)
        # (a division's name, full or short, is left to the gazetteer: "市委书记|深圳/LOC|调研")
        held = after_post(words, i) if label == "PLACE" and not load_gazetteer().lookup(to_simplified(w)) else None
        if held is not None:
            if held[1]:
                out.append(Candidate(held[0], e, "PERSON", "statistical", 0.6))
            continue  # "副主任|某楞塔/LOC|宣布", "总经理|都/d|某东/LOC": the holder's name, no place
        if label in ("ORG", "PLACE") and w.endswith(lex.titles):
            # "平城区委书记": the tagger took the title along (and may call it all a place:
            # "某某县委书记/LOC"); the body is what precedes it.
            title = next((x for x in lex.titles if w.endswith(x) and w[: -len(x)].endswith(lex.org_suffixes)), None)
            if title is None or len(w) - len(title) < 3:
                if label == "ORG":
                    continue
                # "中国国务委员/LOC": a country or province before the title is the place
                lead = next((x for x in lex.titles if w.endswith(x)), "")
                if title is None and len(w) - len(lead) >= 2:
                    e, w = e - len(lead), w[: -len(lead)]
            else:
                e, w, label = e - len(title), w[: -len(title)], "ORG"
        if label in ("PLACE", "ORG") and is_zone_kind(w):
            host = zone_host(words, i)
            if host is None:
                continue  # "在|工业园区": a kind of zone, no one place
            out.append(Candidate(host, e, "PLACE", "statistical", 0.6))  # "县|经济开发区"
            continue
        if label == "PLACE" and titled_place(words, i):
            s, e = titled_place(words, i)  # "某某县长/LOC": the place before its title
            w = words[i].text[: e - s] if e <= words[i].end else w + words[i + 1].text[0]
        if label == "PLACE" and country_pair(w, countries, home) and not load_gazetteer().lookup(w):
            # "中俄|两国", "中美|关系": China and another country by their one-character forms
            # name each of them, resolved to its full name ("俄" is 俄罗斯)
            for k, ch in enumerate(w):
                full = {"short_form": True, "country": country_names[ch]}
                out.append(Candidate(s + k, s + k + 1, "PLACE", "statistical", 0.6, full))
            continue
        if (
            label == "PLACE"
            and w in country_full
            and i + 1 < len(words)
            and words[i + 1].start == e
            and words[i + 1].text.startswith(modifier_tails)
        ):
            continue  # "中国|式现代化", "中国|特色": a notion the country's name modifies
        if label == "ORG" and office_after(words, i):
            label = "PLACE"  # "某县某某乡/ORG|公所": the tagger's body is the township before its office
        if label == "PLACE" and (front := office_front(w)):
            # "某某乡公所/LOC": the township before its office; "某某市某某区公所": the city, its district
            out += [Candidate(s + a, s + b, "PLACE", "statistical", 0.6) for a, b in front[:-1]]
            # A township's office is a body of the township (town_openings places it there).
            if to_simplified(w[: front[-1][1]]).endswith(town_heads):
                out.append(Candidate(s + front[-1][0], e, "ORG", "statistical", 0.6))
            s, e, w = s + front[-1][0], s + front[-1][1], w[front[-1][0] : front[-1][1]]
        elif label == "PLACE" and (office_end := office_after(words, i)):
            out.append(Candidate(s, office_end, "ORG", "statistical", 0.6))  # "某某乡|公所": its office
        if label in ("PLACE", "ORG") and len(w) > 4 and (cut := one_direction_part(w)) is not None:
            # "某某镇西部/LOC", "某区某某镇西部/ORG": the division before its part by one direction
            label, e, w = "PLACE", s + cut, w[:cut]
            part_of = {"head": to_simplified(w)[-1]}  # the division ends in its level character
        chain = division_chain(w) if label == "PLACE" else None
        if chain:
            out += [Candidate(s + a, s + b, "PLACE", "statistical", 0.6) for a, b in chain]
            continue  # "内蒙古鄂托克旗": a chain of divisions is two places
        below = division_then_place(w, named_alone) if label == "PLACE" else None
        if below:
            # "南靖丰田镇/LOC": a division and a town of it in one tagged word are two places
            # (a chain of divisions before the town, "广州从化鳌头镇", one place each)
            parts = division_chain(w[:below]) or [(0, below)]
            out += [Candidate(s + a, s + b, "PLACE", "statistical", 0.6) for a, b in parts]
            s, w = s + below, w[below:]
        village = village_after_town(w) if label == "PLACE" else None
        if village:
            # "某某土家族乡坪地村/LOC": a town and its village in one tagged word are two places
            out.append(Candidate(s, s + village, "PLACE", "statistical", 0.6))
            out.append(Candidate(s + village, e, "PLACE", "statistical", 0.6))
            continue
        if label == "PLACE" and (road := road_end(w)) is not None:
            e, w = s + road, w[:road]  # "某某路上/LOC", "某某北路口/LOC": the road, without on or at
        if label == "PLACE" and town_run_on(words, i):
            e = town_run_on(words, i)  # "某某镇南|大坪村": the town ends at its 镇
            w = w[: e - s]
        if label == "PLACE" and class_of_places(w):
            continue  # "美丽宜居示范村": a class of villages, no one village
        if label == "PLACE" and i > 0 and re.fullmatch(lex.patterns["place"]["slogans"], words[i - 1].text[-2:] + w):
            continue  # "科教|兴县": a development slogan, not the county
        nxt_word = words[i + 1].text if i + 1 < len(words) else ""
        if label == "PLACE" and re.fullmatch(lex.patterns["place"]["slogans"], w + nxt_word):
            continue  # and "科教/LOC|兴县" is no place 科教 either
        if label == "PLACE" and _level_opens_next(w, nxt_word):
            continue  # "近千坪|縣有|土地", "籌建|縣立|體育館": the level word opens the next word
        if label == "PLACE" and w in lex.patterns["place"]["not_heads"]:
            continue  # "探索新路/LOC": a phrase that ends like a road
        if label in ("ORG", "PLACE") and graded(w):
            continue  # "国家4A级旅游景区/LOC": a class of places, not one
        if label in ("ORG", "PLACE") and sector_words(w):
            continue
        nxt = words[i + 1].text if i + 1 < len(words) else ""
        if label == "ORG" and len(nxt) == 1 and sector_words(w + nxt):
            continue  # "康养文|旅": the tagger cut a sector phrase
        if label == "ORG" and not w.endswith(lex.org_suffixes) and _ends_in_division(w):
            continue  # "人才强市 汇智大同": a slogan that ends in the city's name
        if (
            label in ("PLACE", "PERSON")
            and not gaz_full(w)
            and not (label == "PERSON" and has_surname(w) and len(w) <= 3)
            and plays_match(words, i, match, label == "PLACE")
        ):
            label = "ORG"  # "战胜|维罗纳", "莱切|客场": a club named by its city, a team playing a match
        if label == "PERSON" and (cut := honorific_cut(w)) is not None:
            if cut == len(w):
                continue  # "丹斯里/PER": a title of honour, no name
            s, w = s + cut, w[cut:]  # "丹斯里某某某/PER": the title, then the name
        # "小平|同志", "实习编辑|婷婷", "林毓南、|恽代英": the text itself treats the word as a person's name
        vouched = label == "PERSON" and (
            addressed(words, i, address, lex.titles + person_nouns)
            or in_list_of_persons(words, i)
            or coordinated_persons(words, i, conjunctions)
            or (i > 0 and words[i - 1].text in naming_verbs)  # "一名叫|佐藤|的女青年"
        )
        if label == "PERSON" and not vouched and opens_firm_name(words, i):
            continue  # "某飞/PER|数码": a firm's brand, no person
        if label == "ORG" and _class_of_bodies(w):
            continue  # "乡镇卫生院", "有关部门": a class of bodies, no one body
        if label == "PERSON" and (
            w.endswith(honorifics)
            or _surname_and_title(w)
            or not (
                person_shaped(w, has_surname(w), lex.foreign_chars) or read_as_person_often(w, persons_seen) or vouched
            )
        ):
            continue  # (a foreign or minority name needs no Chinese surname: "克林顿", "司马义·艾买提")
        if label == "PERSON" and not vouched and no_person_word(words, i):
            continue  # "隆隆/PER|轰鸣": sound or state; "苏陕/PER|扶贫": two provinces; “夏黑”: in quotes
        if label == "PERSON" and len(w) == 2 and not has_surname(w) and not stands_alone(words, i) and not vouched:
            continue  # "“瓦特”变“比特”", "库布|其沙漠": a short transliteration that is no name
        listed = _list_neighbours(words, i)
        bodies = tuple(lex.patterns["tagger"]["body_class_nouns"])
        if (
            label in ("PLACE", "PERSON")
            and (
                any(words[k].tag == "ORG" and whole_item(words, k) for k in listed)
                or (list_of_bodies(words, i, bodies, list_ends) and any(words[k].tag == "ORG" for k in listed))
            )
            and not gaz_full(w)
        ):
            label = "ORG"  # "秦淮、京东、秦云等头部企业": a company the tagger took for a place or a name
        if label == "PLACE" and not gaz_full(w) and person_among_persons(words, i, has_surname(w)):
            label = "PERSON"  # "周杰、黄海、吴昊": a person in a list of persons, not the sea
        if label == "PLACE" and _weak_place(w, plain, context_names, _placed(words, i, listed), (words, i)):
            continue
        if label == "PLACE" and no_place_alone(w, words, i, _placed(words, i, listed)):
            continue  # "建设|富美/LOC|乡村", "编辑:|某某/LOC": a place only in this sentence
        if (
            label == "PERSON"
            and listed
            and not is_dotted_name(w)  # "…执导）的艾美达·斯丹顿、《发胶》": a dotted name is no ordinary word
            and not vouched  # "作者|鲁之洛、梅门造": a person the text names as one
            and not item_names_another(words, i)
            and not in_list_of_persons(words, i)
            and all(ordinary_item(words, k, k < i) for k in listed)
        ):
            continue  # "教育、公安、卫健、保密等部门": a list of ordinary words
        eaten = conjunction_eaten(words, i, conjunctions, lex.org_suffixes) if label == "PERSON" else None
        if eaten:
            e, w = s + len(eaten), eaten  # "王伟和/PER|县发改委": the person, then the body
        if label == "PERSON":
            w_full = _person_run_on(words, i, persons)
            if w_full:
                e = s + len(w_full)  # "忻东|旺": the tagger cut a name it reads whole elsewhere
            elif short := run_over(words, i, persons):
                e = s + len(short)  # "某树菊特/PER|地": a name it reads alone elsewhere, run on here
            if (married := married_name_start(words, i, lex.surnames, lex.titles)) is not None:
                s = married  # "行政长|官林|郑月娥/PER": a married name, her husband's surname first
        out.append(Candidate(s, e, label, "statistical", 0.6, part_of if label == "PLACE" else {}))
    # "米德成、何开春、时|金发、吴守连": a list item the tagger split between two persons
    for a, b in listed_persons(words, lex.surnames, lex.double_surnames):
        out.append(Candidate(a, b, "PERSON", "statistical", 0.6))
    # "钱冠林/n" where the article's "钱冠林/PER" was kept: one name, one thing, throughout
    function_tags = tuple(lex.patterns["tagger"]["function_tags"])  # "向承强/p|指出"
    for a, b, label in echoes(words, [(c.start, c.end, c.label) for c in out], mapping, function_tags):
        out.append(Candidate(a, b, label, "statistical", 0.55))
    out += brand_candidates(words, context_names) + dotted_names(words) + listed_firm_candidates(words)
    listed = name_runs(words)
    if listed:
        # "委员：李鹏乔石李瑞环…": a list of persons without separators overrules the tagger's cuts
        inside = {k for a, b in listed for k in range(a, b)}
        out = [c for c in out if not any(k in inside for k in range(c.start, c.end))]
        out += [Candidate(a, b, "PERSON", "statistical", 0.65) for a, b in listed]
    return out


def _coordinated(words: list[Word], i: int) -> bool:
    """The word stands in a list with another tagged name ("秦淮、京东、抖音")."""

    def tagged(j: int) -> bool:
        return 0 <= j < len(words) and words[j].tag in ("ORG", "PER", "LOC", "nz")

    return (i >= 2 and words[i - 1].text in "、和与及" and tagged(i - 2)) or (
        i + 2 < len(words) and words[i + 1].text in "、和与及" and tagged(i + 2)
    )


def _placed(words: list[Word], i: int, listed: list[int]) -> bool:
    """The sentence shows the word is a place: a verb or preposition of place before it ("到|界首", "在|吉隆坡"),
    another place in a "、" list; or the article repeats a county's form as a place (:func:`repeated_short_form`)."""
    place_before = lexicon().patterns["tagger"]["place_before"]
    before = words[i - 1].text if i > 0 else ""
    return before in place_before or any(words[k].tag == "LOC" for k in listed) or repeated_short_form(words, i)


def _list_neighbours(words: list[Word], i: int) -> list[int]:
    """Indices of the words next to word ``i`` across an enumeration comma ("秦淮、京东、秦云")."""
    out = []
    if i >= 2 and words[i - 1].text == "、":
        out.append(i - 2)
    if i + 2 < len(words) and words[i + 1].text == "、":
        out.append(i + 2)
    return out


def _person_run_on(words: list[Word], i: int, persons: set[str]) -> str | None:
    """The whole name where the tagger cut a person's name short here but reads it whole in
    the same article (``persons``: the words it tags PER): "忻东/PER 旺/a" beside "忻东旺/PER"."""
    w = words[i].text
    if i + 1 >= len(words):
        return None
    cut = cut_name(words, i)
    if cut:
        return cut  # "马西|连|,": a lone character that closes the phrase ends the name
    nxt = words[i + 1].text
    for n in (1, 2):
        full = w + nxt[:n]
        if len(full) <= 4 and full in persons:
            return full
    return None


def _ends_in_division(w: str) -> bool:
    """The word ends in a division's name after two or more other characters ("汇智大同")."""
    return any(w[k:] and load_gazetteer().lookup(w[k:]) for k in range(2, len(w) - 1))


def _level_opens_next(w: str, nxt: str) -> bool:
    """The tagger's place ``w`` ends in a level word that opens the word ``nxt`` after it ("县有",
    "县立"), and no gazetteer lists it: no county ("千坪縣|有", "籌建縣|立"; "泾川县|有" stays).

    >>> _level_opens_next("千坪縣", "有"), _level_opens_next("籌建縣", "立"), _level_opens_next("泾川县", "有")
    (True, True, False)
    >>> _level_opens_next("千坪縣", "的")
    False
    """
    p = lexicon().patterns["place"]["level_owned"]
    simple = to_simplified(w)
    return nxt in p["after"] and simple.endswith(tuple(p["heads"])) and not load_gazetteer().lookup(simple)


def _surname_and_title(w: str) -> bool:
    """A surname and a job title ("许县长", "王局长"): a person referred to by post, no name.

    >>> _surname_and_title("王局长"), _surname_and_title("盧市長"), _surname_and_title("王长林")
    (True, True, False)
    """
    lex = lexicon()
    s = to_simplified(w)
    surnames = ((1, lex.surnames), (2, lex.double_surnames))
    return any(len(s) > n + 1 and s[:n] in names and s[n:] in lex.titles for n, names in surnames)


def _class_of_bodies(w: str) -> bool:
    """A tagged organisation made only of generic words and a body's head ("乡镇卫生院").

    >>> _class_of_bodies("乡镇卫生院"), _class_of_bodies("东岭乡卫生院"), _class_of_bodies("人民政协")
    (True, False, False)
    """
    lex = lexicon()
    org = lex.patterns["org"]
    head = next((s for s in lex.org_suffixes if w.endswith(s)), None)
    if head is None or len(w) <= len(head) or w[: len(w) - len(head)] in org["tagged_body_names"]:
        return False  # "人民政协", "人民法院": institutions named by a generic word
    return _is_generic(w, head, frozenset(org["generic"]))
