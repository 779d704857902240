"""The last check of a chosen mention: can its span stand as a name of its type at all."""

from __future__ import annotations

import re

from kg.nlp.entities.candidate import ALL_CJK, Candidate
from kg.nlp.entities.lexicon_data import gaz_full, lexicon
from kg.nlp.entities.plant_names import plant_not_body
from kg.nlp.entities.shapes import has_surname
from kg.nlp.entities.titles import _SPACED_NAME
from kg.nlp.gazetteer import load_gazetteer
from kg.nlp.tagger_evidence import is_dotted_name, person_shaped
from kg.normalize import to_simplified


def plausible(text: str, c: Candidate) -> bool:
    """Whether a chosen span can stand as a mention of its type at all: a person's name of two
    to four characters (a spaced one only from a title or a byline), a place that is no generic
    word, honour, count or town office, anything of two characters or more.

    >>> plausible("某某乡公所", Candidate(0, 5, "PLACE", "statistical", 0.6))
    False
    >>> [plausible(t, Candidate(0, len(t), "PLACE", "statistical", 0.6)) for t in ("9县47乡", "建制村", "307国道")]
    [False, False, True]
    >>> plausible("自民国99年起", Candidate(0, 3, "PLACE", "statistical", 0.6))
    False
    >>> plausible("甲乙老乡", Candidate(0, 4, "PLACE", "head_words", 0.5))
    False
    """
    name = text[c.start : c.end]
    if not name.strip() or "\n" in name:
        return False
    if c.label == "PERSON":
        if _SPACED_NAME.fullmatch(name):
            return c.source in ("titles", "bylines")  # "吴 峰"
        if _division_written(text, c.start, c.end):
            return False  # "某岸区、", "某公|市长某某": a division with its level word, no person
        foreign = lexicon().foreign_chars
        return (
            2 <= len(name) <= 4
            and bool(ALL_CJK.match(name))
            or is_dotted_name(name)
            or bool(c.attrs.get("dotted_name"))  # "某巴克.如孜": a plain "." joins the parts
            # the tagger's person, or a transliterated name read after a title ("部长|某仁其木格|在")
            or (c.source in ("statistical", "titles") and person_shaped(name, has_surname(name), foreign))
        )
    if c.label == "PLACE":
        place = lexicon().patterns["place"]
        simple = to_simplified(name)
        if simple in place["generic"] or name.endswith(tuple(place["honorific_heads"])):
            return False  # "矿区", "建制村" alone, "中国小米之乡"
        if _kind_only(simple, to_simplified(text[max(0, c.start - 1) : c.start])):
            return False  # "各大园区", "…的大通道": a big one or each one of a kind, no name
        if _bearing(text, c.end, simple):
            return False  # "东北季风", "东北与某市接壤", "华北区域总经理": a direction, no region
        if simple.endswith(tuple(place["people_words"])):
            return False  # "某某老乡", "新乡贤": people of a place, no place
        if re.search(place["counted_names"], simple):
            return False  # "9县47乡", "8米太阳能主路": a count or a measure, no name
        if simple.endswith(tuple(place["road_kinds"])):
            return False  # "柏油路", "坑洼土路": a kind of road, no one road
        if _office(text, c.end, name, place["office_tails"]):
            return False  # "某某乡公所", "某某乡公|所": the town's office, a body
        if _school_cut(text, c.end, simple, place["school_short_heads"]):
            return False  # "开元国|小": a school (國小) cut after 国, no country
        if simple.endswith(tuple(place["era_words"])) and re.match(place["era_year"], text[c.end : c.end + 8]):
            return False  # "民国|84年", "自民国|99年": a year of the ROC calendar, no place
        if _title_glued(text, c.start, c.end):
            return False  # "与会|县领导", "某某|州长": the level word is the title's, no place
        if _title_won(simple):
            return False  # "全国百强县", "“…宜居县”称号": a title a county wins, no place
        if _country_opening_name(text, c.start, c.end, simple):
            return False  # "中国—某某博览会", "中国某某网": the country only opens another name
        if c.attrs.get("short_form") is True:
            return True  # "中|俄|两国": a country's one-character form (kg.nlp.entities.statistical)
    if c.label == "ORG" and _opens_its_title(text, c.end, to_simplified(name)):
        return False  # "市委常委、统战部|部长某某": the department is part of the title 统战部部长
    if c.label == "ORG" and plant_not_body(text, c.end, name):
        return False  # "某埔厂", "选在某埔设厂", "某某沼气发电厂": a plant, no body
    if c.label == "ORG" and _counted(text, c.start, to_simplified(name)):
        return False  # "某县5所|学校", "17个|某州商会或…": a count makes a class of bodies, no one body
    return len(name) >= 2


def _division_written(text: str, start: int, end: int) -> bool:
    """Whether a person's span is a division's full name of the gazetteer written with its level
    word (``place.admin_heads``): the span itself ("某岸区、", "记者 某某 某莲县 报导") or the span
    and the level character right after it ("某牛特|旗委", "某公|市长某某、"). A level character
    that opens a title the name may hold ("某宁|县长表示") leaves the person, unless a name follows
    the title and closes at a mark: the title is then that name's, and the span its division's.
    (s37-persfp: 4 pages of 4 sites; every such span of the readable texts, 5 of 5, is a place.)

    >>> _division_written("某某代表南岸区、某某", 4, 7), _division_written("马公市长黄某忠、副市长", 0, 2)
    (True, True)
    >>> _division_written("周宁县长表示", 0, 2), _division_written("县领导周宁、某某", 3, 5)
    (False, False)
    """
    lex = lexicon()
    heads = tuple(h for h in lex.patterns["place"]["admin_heads"] if len(h) == 1)
    name = to_simplified(text[start:end])
    if name.endswith(heads) and gaz_full(name):
        return True
    level = to_simplified(text[end : end + 1])
    if not level or level not in heads or not gaz_full(name + level):
        return False
    rest = to_simplified(text[end : end + 8])
    title = next((t for t in sorted(lex.titles, key=len, reverse=True) if rest.startswith(t)), "")
    if not title:
        return True
    holder = re.match(r"[\u4e00-\u9fff]{2,3}(?=[、，,；;])", rest[len(title) :])
    return bool(holder) and holder.group(0)[0] in lex.surnames


def _counted(text: str, start: int, name: str) -> bool:
    """Whether an organisation's span holds a count ("某县5所") or follows one right away
    ("六個|聯絡處和代表處"): the phrase names a class of bodies, no one body (``[org.counted_names]``).

    >>> [_counted(t, i, n) for t, i, n in (("某县5所学校", 0, "某县5所"), ("建立了17个某州商会", 6, "某州商会"))]
    [True, True]
    >>> [_counted(t, i, n) for t, i, n in (("第一家某某公司", 3, "某某公司"), ("某某公司", 0, "某某公司"))]
    [False, False]
    """
    p = lexicon().patterns["org"]["counted_names"]
    left = to_simplified(text[max(0, start - 6) : start])
    return bool(re.search(p["inside"], name) or re.search(p["before"], left))


def _opens_its_title(text: str, end: int, name: str) -> bool:
    """Whether an organisation's span is a party department written bare
    (``org.title_departments``) right before a title of ``titles.txt``, "统战部|部长",
    "组织部|副部长": the department names the post (统战部部长), no employer of its own; the
    post goes to the chain's first body ("市委常委、统战部部长某某": 市委). A body written with
    its committee ("市委统战部|部长") is another span and stays.

    >>> _opens_its_title("县委常委、统战部部长王某", 8, "统战部"), _opens_its_title("统战部召开会议", 3, "统战部")
    (True, False)
    """
    lex = lexicon()
    if name not in lex.patterns["org"]["title_departments"]:
        return False
    return to_simplified(text[end : end + 6]).startswith(lex.titles)


def _school_cut(text: str, end: int, name: str, heads: list[str]) -> bool:
    """Whether a place span ends inside a school's short head that the text goes on with
    ("开元国|小": Taiwan's 國小 names an elementary school, and the tagger reads "某某国" as a
    country). A country's name is never cut so ("美国|小镇").

    >>> _school_cut("开元国小", 3, "开元国", ["国小"]), _school_cut("中国小镇", 2, "中国", ["国小"])
    (True, False)
    """
    if len(name) < 3 or name in dict(lexicon().country_names).values():
        return False
    rest = to_simplified(text[end : end + 2])
    return any(name.endswith(h[:k]) and rest.startswith(h[k:]) for h in heads for k in range(1, len(h)))


def _office(text: str, end: int, name: str, tails: list[str]) -> bool:
    """Whether a place span is an office's name or its front part ("某某镇公所", "某某镇公|所",
    "某某区区|公所"): the tagger reads the office of a town as the town (``place.office_tails``).
    A division's name right before its office ("某某区|公所", "某某镇|公所") is the division.

    >>> _office("某某乡公所", 5, "某某乡公所", ["公所"]), _office("某某乡公所", 4, "某某乡公", ["公所"])
    (True, True)
    >>> _office("某某区区公所", 4, "某某区区", ["公所"]), _office("某某乡公路", 4, "某某乡公", ["公所"])
    (True, False)
    >>> _office("某某区公所", 3, "某某区", ["公所"]), _office("某某鎮公所", 3, "某某鎮", ["公所"])
    (False, False)
    """
    heads = tuple(lexicon().patterns["place"]["admin_heads"])
    simple = to_simplified(name)
    for tail in tails:
        if name.endswith(tail):
            return True
        if any(name.endswith(tail[:k]) and text.startswith(tail[k:], end) for k in range(1, len(tail))):
            return True
        if text.startswith(tail, end) and not (simple.endswith(heads) and simple[-1] != simple[-2:-1]):
            return True  # "南某区|区|公所" read as "南某区区": the district and the 区 of its office
    return False


def _title_glued(text: str, start: int, end: int) -> bool:
    """Whether a place span ends in the level word that opens a title the text goes on with
    (``place.level_titles`` and the titles of ``titles.txt`` that open with a level word), and
    its stem shows the level word is the title's: the stem is a division's name with its own
    level word ("某某区|市议员"), a person the page names right after the same title ("州长某某",
    then "某某|州长"), or (part of) a word before a group title (``place.title_openers``:
    "与会|县领导", read as 与会县 or 会县). A place before its head's title ("某某县|县长",
    "花莲县长") keeps its span.

    >>> _title_glued("与会县领导见证签约", 0, 3), _title_glued("与会县领导见证签约", 1, 3)
    (True, True)
    >>> _title_glued("青川县领导出席", 0, 3)
    False
    >>> _title_glued("州长彼得罗夫会见来宾。彼得罗夫州长表示", 11, 16)
    True
    >>> _title_glued("某某区市议员王某", 0, 4), _title_glued("某某市长王某", 0, 3)
    (True, False)
    """
    place = lexicon().patterns["place"]
    name = to_simplified(text[start:end])
    level = name[-1:]
    if len(name) < 2 or level not in "".join(place["admin_heads"]) + "州":
        return False
    titles = [t for t in (*lexicon().titles, *place["level_titles"]) if t.startswith(level) and len(t) > 1]
    rest = to_simplified(text[end : end + 4])
    title = next((t for t in sorted(titles, key=len, reverse=True) if rest.startswith(t[1:])), None)
    if title is None:
        return False
    stem = name[:-1]
    if stem.endswith(tuple(place["admin_heads"])) and len(stem) >= 3:
        return True  # "某某区|市议员": the district, then a city councillor
    before = to_simplified(text[max(0, end - 6) : end - 1])
    if any(before.endswith(o) and (o.endswith(stem) or stem.endswith(o)) for o in place["title_openers"]):
        return True  # "与会|县领导", "分管|县领导": the county leaders attending, in charge
    simple = to_simplified(text)
    if _title_person(simple, start, name, title):
        return True  # "许|县长", "名誉村|主任", "区长王某某 … 某某|区长": a person and the title
    return len(stem) >= 2 and title + stem in simple  # "州长某某" named: "某某州长" is that person


def _title_person(simple: str, start: int, name: str, title: str) -> bool:
    """Whether a place span that ends in the level word opening ``title`` is a person's name or a
    title's first characters, not a place, and no division the gazetteer holds: the span opens a
    longer title of ``titles.txt`` ("名誉村|主任" of 名誉村主任), its stem is one surname before a
    one-person title (``place.head_titles``: "许|县长", Mr Xu the county head), or the page names
    a person with a surname and the stem as given name right after the same title ("区长王某某",
    then "某某|区长").

    >>> _title_person("聘为名誉村主任", 2, "名誉村", "村主任"), _title_person("许县长表示", 0, "许县", "县长")
    (True, True)
    >>> _title_person("区长王甲乙出席。甲乙区长表示", 8, "甲乙区", "区长")
    True
    >>> _title_person("甲乙区长表示", 0, "甲乙区", "区长"), _title_person("和县长表示", 0, "和县", "县长")
    (False, False)
    """
    gaz = load_gazetteer()
    if gaz.lookup(name) or gaz.homonyms(name):
        return False  # "和县|县长", "南投县长": the division and its head
    for t in lexicon().titles:
        k = t.find(name)
        if 0 <= k <= start and k + len(name) < len(t) and simple[start - k : start - k + len(t)] == t:
            return True
    stem = name[:-1]
    lex = lexicon()
    if len(stem) == 1:
        return stem in lex.surnames and title in lex.patterns["place"]["head_titles"]
    # the title, a surname (one character, as every surname of the lexicon), then the stem
    after = (m.start() + len(title) for m in re.finditer(f"(?={re.escape(title)})", simple))
    return any(simple[a : a + 1] in lex.surnames and simple.startswith(stem, a + 1) for a in after)


def _title_won(name: str) -> bool:
    """Whether a place's name is a title a county or city wins (``place.title_level_stems``
    right before a level word of ``place.title_levels``: "百强县", "全国百强县市", "宜居县" of
    "中国最佳生态宜居县"), not a division the gazetteer holds ("宁强县").

    >>> _title_won("百强县"), _title_won("全国百强县市"), _title_won("宜居县"), _title_won("宁强县")
    (True, True, True, False)
    """
    place = lexicon().patterns["place"]
    ends = tuple(s + lv for s in place["title_level_stems"] for lv in place["title_levels"])
    return name.endswith(ends) and not load_gazetteer().lookup(name)


def _kind_only(name: str, before: str = "") -> bool:
    """Whether a place's name is only an opener of ``place.kind_openers`` (大, 各) before a kind of
    place (``place.generic`` or the opener's own ``kinds``), and no name the gazetteer holds, or
    such a name right after 各 ("各|大园区": every big park, not Taiwan's 大园区).

    >>> _kind_only("大通道"), _kind_only("大港"), _kind_only("大城"), _kind_only("大湾区")
    (True, True, False, False)
    >>> _kind_only("大园区"), _kind_only("大园区", "各")
    (False, True)
    """
    place = lexicon().patterns["place"]
    p = place["kind_openers"]
    kinds = (*place["generic"], *p["kinds"])
    if name[:1] not in p["openers"] or name[1:] not in kinds:
        return False
    return before in p["openers"] or not load_gazetteer().lookup(name)


def _bearing(text: str, end: int, name: str) -> bool:
    """Whether a place's name is a compass direction of ``place.bearings`` that gives a bearing, a
    wind or a firm's region: right before one of its ``after`` words, or before 与 and, within
    ``max_between`` characters and no clause mark, one of its ``bordering`` verbs.

    >>> _bearing("期盼在东北季风影响趋缓后", 5, "东北"), _bearing("东北与某某市接壤,东与某县连界", 2, "东北")
    (True, True)
    >>> _bearing("东北与华北地区的企业", 2, "东北"), _bearing("振兴东北", 4, "东北")
    (False, False)
    """
    p = lexicon().patterns["place"]["bearings"]
    if name not in p["words"]:
        return False
    after = to_simplified(text[end : end + 2 + p["max_between"]])
    if after.startswith(tuple(p["after"])):
        return True
    bordering = "|".join(p["bordering"])
    return bool(re.match(f"与[^,，。;；、]{{1,{p['max_between']}}}?(?:{bordering})", after))


def _country_opening_name(text: str, start: int, end: int, name: str) -> bool:
    """Whether the country (``place.country_names``) stands only as the opening of another name:
    before a joiner (``place.country_joiners``: "中国式现代化"), before up to
    ``country_outlet_max`` characters and an outlet's last character ("中国某某网", "中国某某报"),
    or right after an opening mark of ``place.country_title_openers`` (none by default: the public
    NER benchmarks mark the country in "“中国…”称号" and "中国—某某合作"). The country alone stays.

    >>> _country_opening_name("推进中国式现代化", 2, 4, "中国")
    True
    >>> _country_opening_name("来源:中国青禾网", 3, 5, "中国")
    True
    >>> _country_opening_name("第十届中国—南亚博览会", 3, 5, "中国"), _country_opening_name("中国和南亚", 0, 2, "中国")
    (False, False)
    >>> _country_opening_name("中国经济网报道", 0, 2, "中国"), _country_opening_name("中国的发展报告", 0, 2, "中国")
    (True, False)
    """
    place = lexicon().patterns["place"]
    if name not in place["country_names"]:
        return False
    after = to_simplified(text[end : end + place["country_outlet_max"] + 1])
    if after.startswith(tuple(place["country_joiners"])):
        return True
    if start > 0 and text[start - 1] in place["country_title_openers"]:
        return True
    run = re.match(r"[\u4e00-\u9fff]+", after)
    words = run.group(0) if run else ""
    return any(e in words[1:] for e in place["country_outlet_ends"]) and not any(ch in words for ch in _CLAUSE_CHARS)


# Characters that join the country to the clause, not to a name ("中国的发展报告", "中国与南亚网络").
_CLAUSE_CHARS = "的和与及同在是对向为将"
