"""The checks a project's name found by its head word must pass (``kg.nlp.entities.head_words``):
one project rather than a class of projects, a name rather than a part of one, a trade named
where a builder, a cost or a list introduces it. Their words are data under
``ontology/patterns/entities.toml`` ``[project]``."""

from __future__ import annotations

import re

from kg.nlp.entities.lexicon_data import gazetteer_regex, lexicon
from kg.nlp.entities.shapes import _is_generic
from kg.nlp.words import Word


def class_by_count(text: str, start: int, end: int) -> bool:
    """Whether a count right before or after a project's name makes it a class of projects.

    >>> class_by_count("新上50余个农机制造业项目", 6, 13), class_by_count("社会事业项目29个", 0, 6)
    (True, True)
    >>> class_by_count("某某纺织科技园总投资66亿元", 0, 7)
    False
    """
    p = lexicon().patterns["project"]
    return bool(
        re.search(p["counted_before"], text[max(0, start - 8) : start])
        or re.match(p["counted_after"], text[end : end + 6])
    )


def class_by_batch(text: str, start: int, end: int) -> bool:
    """Whether a batch's ordinal right before a project's name, opening it or right after it makes
    the name a programme's batch of projects, not one project: "第三批|“某某”项目集中开工",
    "前|三批某某区建设项目", "某某试验区建设项目|(第四批)集中开工" (``project.batch``; only a name ending
    in a project's own head, ``project.listed_heads``: "某某产业园|第二批入园企业" names the park).

    >>> class_by_batch("今年第三批“稳增长”项目集中开工", 5, 12), class_by_batch("某某区建设项目(第四批)开工", 0, 7)
    (True, True)
    >>> class_by_batch("三批某某区建设项目", 0, 9), class_by_batch("第二批入园的某某光伏项目", 6, 12)
    (True, False)
    """
    p = lexicon().patterns["project"]
    if not text.endswith(tuple(p["listed_heads"]), start, end):
        return False
    batch = p["batch"]
    return bool(
        re.search(f"(?:{batch})$", text[max(0, start - 8) : start])
        or re.match(batch, text[start:end])
        or re.match(f"[(（]?(?:{batch})", text[end : end + 8])
    )


def listed_class(name: str) -> bool:
    """Whether a list's item names a class of projects, not one: it ends as a class does
    ("、市政基础设施项目建设、", "、央企在建项目、": ``project.class_endings``), or a count stands in it and
    what the count counts is only class words ("某某示范园1个农业产业项目"; not "某水库、某水库等11个集中式
    饮用水源地环境保护整治工程", whose counted works are named). An item's own words alone are not tested
    for generic ones: "新型环保绿色产业园" in a counted list of works is one (session 26, s26-proj).

    >>> listed_class("市政基础设施项目"), listed_class("某某示范园1个农业产业项目")
    (True, True)
    >>> listed_class("新型环保绿色产业园"), listed_class("甲水库、乙水库等11个集中式饮用水源地环境保护整治工程")
    (False, False)
    """
    p = lexicon().patterns["project"]
    if name.endswith(tuple(p["class_endings"])):
        return True
    counts = list(re.finditer(p["counted"], name))
    if not counts:
        return False
    counted = name[counts[-1].end() :]
    head = next((h for h in sorted(p["heads"], key=len, reverse=True) if counted.endswith(h)), None)
    return head is not None and _is_generic(counted, head, frozenset(p["generic"]))


def component_of_clause(text: str, words: list[Word], start: int, end: int) -> bool:
    """Whether a name with no proper noun follows "将建设" in its clause: a part of the project
    the clause speaks of ("项目…将建设|水产品深加工生产线"), not a project of its own."""
    clause = max(text.rfind(c, max(0, start - 40), start) for c in ",，。;；、:：\n") + 1
    if not re.search(lexicon().patterns["project"]["component_before"], text[clause:start]):
        return False
    return not any(start <= w.start < end and w.tag in ("ORG", "LOC", "PER") for w in words)


def project_head(name: str) -> str | None:
    """The longest project head word that ends ``name``, if any."""
    heads = sorted(lexicon().patterns["project"]["heads"], key=len, reverse=True)
    return next((h for h in heads if name.endswith(h) and len(name) > len(h)), None)


def named_project(name: str, head: str) -> bool:
    """Whether a project's name with its head word names one project, not a class of projects
    (the head-word source's tests on generic words, class endings, counts and size classes).

    >>> named_project("某某县标准化厂房建设项目", "项目"), named_project("社会民生项目", "项目")
    (True, False)
    >>> named_project("百亿元项目", "项目")
    False
    """
    p = lexicon().patterns["project"]
    generic = frozenset(p["generic"])
    before = name[: len(name) - len(head)]
    return not (
        _is_generic(without_divisions(without_period(without_divisions(name))), head, generic)
        or name.endswith(tuple(p["class_endings"]))
        or re.search(p["counted"], before)
        or re.search(p["size_class"], before)
        or re.match(p["amount_class"], before)
    )


def verbless(words: list[Word], start: int, end: int) -> bool:
    """Whether no verb of two characters or more (nor a preposition) lies in ``[start, end)``:
    a list's first item that no verb opens stands alone ("，|甲乙新材料二期、…等项目"); a
    one-character verb may be a trade's ("烟叶复烤仓储设施"); after a verb of capacity every verb is
    the product's ("年产50万立方|加气混凝土")."""
    capacity = tuple(lexicon().patterns["project"]["leading_verbs"])
    inside = [w for w in words if start <= w.start < end]
    produced = any(w.text in capacity for w in inside)
    return not any(w.tag in ("vd", "p") or (w.tag == "v" and w.end - w.start > 1 and not produced) for w in inside)


def without_divisions(name: str) -> str:
    """The name without the divisions it starts with ("屯留区长子县重点项目" -> "重点项目")."""
    rx = gazetteer_regex()
    while (m := rx.match(name)) and m.end() < len(name):
        name = name[m.end() :]
    return name


def without_period(name: str) -> str:
    """The name without a date or period it opens with ("三季度重大项目" -> "重大项目").

    >>> without_period("当天某市重大项目"), without_period("三季度重大项目")
    ('某市重大项目', '重大项目')
    """
    m = re.match(lexicon().patterns["project"]["leading_period"], name)
    return name[m.end() :] if m and m.end() < len(name) else name


def introduced_by_builder(text: str, start: int, name: str, head: str) -> bool:
    """A project named by its trade right after who builds it: "投资建设的|功率半导体封装测试项目"."""
    p = lexicon().patterns["project"]
    if len(name) - len(head) < 4:
        return False
    # "投资2亿元(的)|某某钢铁技改工程": what it costs introduces it as well
    return (
        text[max(0, start - 6) : start].endswith(tuple(p["introduced_by"]))
        or bool(re.search("(?:投资|总投资)" + p["amount"] + "的?$", text[max(0, start - 16) : start]))
        or bool(re.search(p["numbered_item"], text[max(0, start - 6) : start]))  # "2.某某项目是…"
        # "此次|某某产业链项目|落户某县", "某某水厂项目|正在…建设": its own verb or cost follows it
        or (
            head in p["listed_heads"]
            and re.search(p["introduced_after_left"], text[max(0, start - 2) : start]) is not None
            and re.match(p["introduced_after"], text[start + len(name) :]) is not None
        )
    )


def listed_beside_project(text: str, start: int, end: int, name: str, head: str) -> bool:
    """A project named by its trade alone beside another project in a list: "某某项目和|精密轴承项目",
    "…项目，投资1亿元；|优质乳业生产基地项目", "包括：|职教中心实训楼项目、某某项目".

    >>> listed_beside_project("视察了青禾发动机项目和精密轴承项目", 11, 17, "精密轴承项目", "项目")
    True
    >>> listed_beside_project("视察了精密轴承项目", 3, 9, "精密轴承项目", "项目")
    False
    """
    p = lexicon().patterns["project"]
    if len(name) - len(head) < p["listed_min_chars"] or head not in p["listed_heads"]:
        return False
    heads = tuple(p["heads"])
    seps = p["list_separators"]
    before = text[start - 1 : start]
    if before and before in seps:
        item = re.split(r"[、，,。；;：:\n]", text[max(0, start - 60) : start - 1])[-1]
        if before in "；;":
            # the clause before holds a project and its figures: "…项目，投资1亿元；"
            if any(h in re.split(r"[。；;：:\n]", text[max(0, start - 80) : start - 1])[-1] for h in heads):
                return True
        elif item.endswith(heads):
            return True
    if text[end : end + 1] in seps:
        item = re.split(r"[、，,。；;：:\n]", text[end + 1 : end + 60])[0]
        if any(h in item for h in heads):
            return True
    return False


def carried_on(text: str, words: list[Word], j: int, i: int, head_start: int) -> bool:
    """Whether the facility's name whose head word ends ``words[j]`` runs on into the project head
    at ``head_start`` (word ``i``): only common words of what is done to it stand between, not a
    proper noun (two names in apposition), a size (a project of its own in the facility) nor class
    words alone; a phase alone carries the name on ("某某产业园|二期|项目"), but a project's own head
    before a phase names the phase of that project.

    >>> from kg.nlp.words import Word
    >>> ws = [Word(0, 4, "宏达化工", "ORG"), Word(4, 7, "生产线", "n")]
    >>> ws += [Word(7, 9, "技改", "vn"), Word(9, 11, "项目", "n")]
    >>> text = "宏达化工生产线技改项目"
    >>> carried_on(text, ws, 1, 3, 9)
    True
    >>> ws[2] = Word(7, 9, "重点", "n")
    >>> carried_on("宏达化工生产线重点项目", ws, 1, 3, 9)
    False
    """
    p = lexicon().patterns["project"]
    between = words[j + 1 : i]
    carried = tuple(p["carried_heads"])
    if not between or not text.startswith(carried, head_start) or text.endswith(carried, 0, words[j].end):
        return False  # "某某项目|一期|工程": a phase of a project, named by the project
    if any(re.search(p["size"], w.text) for w in between):
        return False  # "某某基地|200万千瓦光伏复合|项目": a project of its own in the base
    if all(re.fullmatch(p["phase_word"], w.text) for w in between):
        # "某某产业园|二期|项目": the park's phase is one project, named whole (the gold names it so)
        return text.startswith(tuple(p["phase_carried_heads"]), head_start)
    if head_start - words[j].end > p["carried_max_chars"]:
        return False
    common, generic = frozenset(p["common_tags"]), frozenset(p["generic"])
    return all(w.tag in common for w in between) and not all(w.text in generic for w in between)


def subject_verb(text: str, words: list[Word], j: int) -> bool:
    """Whether ``words[j]`` is a verb right after a body (a word ending in a body's suffix) and right
    before a place: a clause ("某县政府完成|某乡某村产业道路改善工程") whose verb ends a project's
    name on the left (``clause_verb_tags``, ``clause_subject_tags``, ``clause_place_tags``). A verb
    of the trade after a company stays in its name ("某某公司|拉挤|胶管生产项目"): no place follows it,
    and it is none of the verbs a body does to a project (``clause_verbs``: 完成, 办理, 汇报…).

    >>> from kg.nlp.words import Word
    >>> ws = [Word(0, 4, "某县政府", "ORG"), Word(4, 6, "完成", "v"), Word(6, 9, "某某乡", "LOC")]
    >>> subject_verb("某县政府完成某某乡", ws, 1)
    True
    >>> ws = [Word(0, 4, "某某公司", "ORG"), Word(4, 6, "拉挤", "v"), Word(6, 8, "胶管", "n")]
    >>> subject_verb("某某公司拉挤胶管", ws, 1)
    False
    """
    lex = lexicon()
    p = lex.patterns["project"]
    if not 1 <= j < len(words) - 1 or words[j].tag not in p["clause_verb_tags"] or words[j].text in p["leading_verbs"]:
        return False
    body, after = words[j - 1], words[j + 1]
    return (
        body.end == words[j].start
        and body.tag in p["clause_subject_tags"]
        and body.text.endswith(lex.org_suffixes)  # a brand whose name ends like a verb is no body: "大众|置业"
        and (
            after.tag in p["clause_place_tags"]
            or bool(gazetteer_regex().match(text, after.start))
            or words[j].text in p["clause_verbs"]  # "某公司|汇报|项目", "某某处完成|代办管路工程"
        )
    )
