"""A province written short inside another name ("浙江|天台|工业园区", "湖南|石门|某某项目").

GUIDE: "A place seen only inside another name: optional when it is a province"; the general
golds annotate no containment of the county in it either (天台 in 浙江 from "浙江天台工业园区":
8 false, 1 right on session 26's audit, benchmarks/audits/s26-locfp). The park or project stays
in it (the golds take that as optional or score it). A full form ("北京市|密云区|政府",
"山东省|寿光市|人民政府") writes the chain out and keeps it.
"""

from __future__ import annotations

from kg.nlp.relations.view import ArticleView, enclosing


def short_province(view: ArticleView, i: int) -> bool:
    """Mention ``i`` is a province (or municipality) by its short form: "浙江", not "浙江省"."""
    d = view.division(i)
    return d is not None and d.level == "province" and view.text(i) != d.name


def short_province_in_name(view: ArticleView, k: int, i: int) -> bool:
    """Mention ``i`` of sentence ``k`` is a short province inside a longer park or project name."""
    if not short_province(view, i):
        return False
    return any(view.mentions[j].label in ("PLACE", "PROJECT") for j in enclosing(view, k, i))
