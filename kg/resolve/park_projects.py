"""A park, base or new town named on one page as a place and as a project (the audit s30-dups):
"十堰方特中华传统文化园" (a place where it stands alone) and "十堰方特中华传统文化园项目", or one
name the tagger reads now as a place, now as a project ("某某工业区", "某某科技产业园"). The
golds type such a park both PLACE and PROJECT (GUIDE.md, "Industrial parks"), one entity; kg kept a
place and a project (one of them a duplicate on 10 pages of 10 sites). The place's mentions are
keyed as the project's, as :func:`kg.resolve.keys.type_votes` does for a base a project is built in.

Not a division (the gazetteer reads it), nor a town, village or road (``resolution.place.local_heads``:
"某镇" beside "某镇项目" is a town and its project). A park read only inside its project's own name
("某某产业园|建设项目") counts too: the golds join it (real-pages-28 d07 and others); one gold keeps
such a park apart (real-pages-17 i11, optional there), and a guard for it cost ten right joins.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.nlp.gazetteer import load_gazetteer
from kg.resolve.keys import UnionFind, clean, resolution_patterns

if TYPE_CHECKING:
    from kg.nlp.document import DocumentResult


def _project_forms(r: DocumentResult) -> dict[str, set[str]]:
    """Each name a PLACE mention of the page may have as a project -> the PROJECT names that are
    it: the same name, or it with a class word after it ("某某产业园" -> "某某产业园项目")."""
    words = resolution_patterns()["project"]["class_words"]
    out: dict[str, set[str]] = {}
    for m in r.mentions:
        if m.label != "PROJECT":
            continue
        name = clean(m.norm)
        out.setdefault(name, set()).add(name)
        for w in words:
            if name.endswith(w) and len(name) > len(w):
                out.setdefault(name[: -len(w)], set()).add(name)
    return out


def park_votes(r: DocumentResult) -> dict[str, str]:
    """The PLACE names of the page that are a project of it too: name -> "PROJECT".

    >>> from kg.nlp.document import DocumentResult, MentionRecord
    >>> ms = [MentionRecord(0, 0, 5, n, n, t, "head_words", 0.7) for n, t in
    ...       [("某某产业园", "PLACE"), ("某某产业园项目", "PROJECT"), ("某某镇", "PLACE"), ("某某镇项目", "PROJECT")]]
    >>> park_votes(DocumentResult("d.txt", ms, [], 1))
    {'某某产业园': 'PROJECT'}
    """
    forms = _project_forms(r)
    if not forms:
        return {}
    local = tuple(resolution_patterns()["place"]["local_heads"])
    gaz = load_gazetteer()
    out = {}
    for m in r.mentions:
        name = clean(m.norm)
        if m.label != "PLACE" or name not in forms or m.attrs.get("admin_code") or m.attrs.get("country"):
            continue
        if name.endswith(local) or gaz.lookup(name):
            continue
        out[name] = "PROJECT"
    return out


def merge_park_projects(r: DocumentResult, ks: list[str], votes: dict[str, str], uf: UnionFind) -> None:
    """Join each park's mentions (keyed as a project by ``votes``) to the page's project that is
    it with a class word after it ("某某新城" / "某某新城建设项目")."""
    forms = _project_forms(r)
    key_of = {clean(m.norm): k for m, k in zip(r.mentions, ks, strict=True) if m.label == "PROJECT"}
    for m, k in zip(r.mentions, ks, strict=True):
        name = clean(m.norm)
        if m.label == "PLACE" and votes.get(name) == "PROJECT":
            for other in sorted(forms.get(name, ())):
                uf.union(k, key_of[other], "project.park_alone", r.doc)
