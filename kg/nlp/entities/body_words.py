"""Government bodies the tagger read as one common noun or cut before their head: Hong Kong's and
Macau's departments are named by common words and a head, with no place ("投资推广署", "外交公署",
"澳门贸易投资促进局"), which the head-word source otherwise refuses (session 29, s29-hk). The heads
and the ordinary words that end like a body are ``org.body_word_heads`` / ``org.body_word_not_ends``
of ``ontology/patterns/entities.toml``."""

from __future__ import annotations

from kg.nlp.entities.lexicon_data import lexicon
from kg.nlp.words import Word


def body_word(words: list[Word], hw: int | None, head: str, label: str) -> bool:
    """A government body the tagger read as one common noun ("推广署/vn", "教育局/n", "外交公署/n"):
    two characters or more before its head inside the word, and no ordinary word at its end
    ("战略部署", "发展新格局"; org.body_word_not_ends). Session 29, s29-hk."""
    if label != "ORG" or hw is None:
        return False
    org = lexicon().patterns["org"]
    w = words[hw].text
    return (
        head in org["body_word_heads"]
        and w.endswith(head)
        and len(w) - len(head) >= 2
        and words[hw].tag in ("n", "vn", "nz")
        and not w.endswith(tuple(org["body_word_not_ends"]))
        and not any(c in w for c in "及和与、")  # "工业局及贸发局/n": two bodies, cut nowhere
    )


def body_start(text: str, words: list[Word], hw: int | None) -> int | None:
    """Where a body read as one common noun starts: at its word, or at the verb before it when
    that verb opens the clause ("投资/v|推广署/vn公布": the tagger cut the body's own verb off;
    a verb that governs the body has its subject before it, "出席|…")."""
    if hw is None:
        return None
    if hw >= 1 and words[hw - 1].tag == "c":
        return None  # "创新科技及|工业局/n": the body's name runs on before the conjunction
    if hw >= 2 and words[hw - 1].text in ("(", "（") and words[hw - 2].tag == "ORG":
        return None  # "某市经合办(|招商局|)": the body's second name, no second body
    if hw >= 1 and words[hw - 1].tag in ("v", "vn") and words[hw - 1].end - words[hw - 1].start >= 2:
        before = words[hw - 2] if hw >= 2 else None
        if before is None or before.tag == "w" or text[before.end : words[hw - 1].start].strip() != "":
            return words[hw - 1].start
    return words[hw].start


def tagged_before_head(words: list[Word], hw: int | None, head: str, head_start: int, start: int, end: int) -> bool:
    """Whether the body ``start``..``end`` is a tagger's ORG word cut off right before its head
    ``head``, the word ``words[hw]`` from ``head_start`` to ``end`` ("澳门贸易投资促进/ORG|局/n")."""
    return (
        head in lexicon().patterns["org"]["body_word_heads"]
        and hw is not None
        and hw >= 1
        and words[hw].start == head_start
        and words[hw].end == end
        and words[hw - 1].tag == "ORG"
        and start == words[hw - 1].start
    )


def word_only_head(words: list[Word], hw: int | None, head: str, label: str) -> bool | None:
    """For a head of ``org.word_only_heads`` (处): whether it names a body here, only as the tagger's
    one common noun ("港务处/n", "投资|促进处/n": :func:`body_word`) or right after the tagger's ORG
    word ("某某/ORG|处/n"); None for every other head. 处 ends many ordinary words ("好处",
    "交界处"), so it is no suffix that draws a name over the words before it (session 30, s30-region)."""
    if label != "ORG" or head not in lexicon().patterns["org"]["word_only_heads"]:
        return None
    if body_word(words, hw, head, label):
        return True
    return hw is not None and hw >= 1 and words[hw].text == head and words[hw - 1].tag == "ORG"


def bare_office_word(words: list[Word], hw: int | None, head: str, start: int) -> bool:
    """Whether a name of a ``word_only_heads`` head is an office word alone ("召开|秘书处|会议",
    "设|筹备处", "各|街道办事处": ``org.word_only_generic``), which names no one body; with a name
    before it inside the name ("中葡论坛(澳门)常设|秘书处") it names one."""
    org = lexicon().patterns["org"]
    return (
        head in org["word_only_heads"]
        and hw is not None
        and words[hw].text in org["word_only_generic"]
        and start >= words[hw].start
    )
