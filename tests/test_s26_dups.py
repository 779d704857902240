"""One thing kept as two in one document, session 26 (benchmarks/audits/s26-dups).

A body's short form keyed apart from its full form: the page's bare "經發局" after "高雄市經發局",
"区政府" after "北京市密云区政府" (real-pages-24 w07, -26 b09), a prefecture's "州政府" / "州委" beside
"恩施州政府" / "中共楚雄州委" (real-pages-17 i04, i12). A project named in full and with words of its
middle or its opening and class word left out (real-pages-19 k03, -7 v10, -29 e01, e03). Each test
reads a whole tuning page and checks which of its names resolution makes one thing, and which not.
"""

from __future__ import annotations

from functools import lru_cache

import pytest
from conftest import page_unit_keys

from kg.resolve.project_contractions import shortens


@lru_cache(maxsize=16)
@pytest.mark.parametrize(
    ("page", "full", "short", "other"),
    [
        # 高雄市經發局聯手南科管理局、經濟部加工處舉辦「投資高雄 邁向全球」招商說明會 … 經發局長廖泰翔表示
        ("real-pages-24:w07.txt", "ORG:高雄市经发局", "ORG:经发局", "ORG:南科管理局"),
        # 中交集团与北京市密云区政府签署战略合作协议 … 感谢密云区委、区政府长期以来给予中交集团的支持
        ("real-pages-26:b09.txt", "ORG:北京市密云区政府", "ORG:区政府", "ORG:密云区委"),
        # 恩施州委州政府舉辦央企省企恩施行招商簽約活動 … 代表集團公司與恩施州政府簽訂戰略合作框架協議
        ("real-pages-17:i04.txt", "ORG:恩施州政府", "ORG:州政府", "ORG:恩施州委"),
        # 中共楚雄州委 … 州委副書記、州政法委書記李明同志宣布項目開工
        ("real-pages-17:i12.txt", "ORG:中共楚雄州委", "ORG:州委", "ORG:州政法委"),
    ],
)
def test_a_body_and_its_short_form_on_one_page_are_one(nlp, page: str, full: str, short: str, other: str) -> None:
    units = page_unit_keys(nlp, page)
    assert units[short] == units[full]
    assert units[other] != units[full]  # another body of the page stays another


@pytest.mark.parametrize(
    ("page", "full", "short"),
    [
        (
            "real-pages-19:k03.txt",
            "正大集团石门100万头生猪产业链乌木溪6000头种猪场项目",
            "正大集团乌木溪6000头种猪场项目",
        ),
        ("real-pages-7:v10.txt", "海峡两岸新旧动能转换产业合作区", "海峡两岸产业合作区"),
        ("real-pages-29:e03.txt", "花都通用集团电梯集群生产基地项目", "花都通用电梯集群基地"),
        ("real-pages-29:e01.txt", "盐城港射阳港区5万吨级航道工程", "射阳港区5万吨级航道工程项目"),
    ],
)
def test_a_project_and_its_contracted_form_on_one_page_are_one(nlp, page: str, full: str, short: str) -> None:
    units = page_unit_keys(nlp, page)
    assert units[f"PROJECT:{short}"] == units[f"PROJECT:{full}"]


def test_the_other_projects_of_a_page_stay_apart(nlp) -> None:
    # real-pages-11 z03 lists ten projects of one city's batch: none contracts another
    units = page_unit_keys(nlp, "real-pages-11:z03.txt")
    projects = {k: v for k, v in units.items() if k.startswith("PROJECT:")}
    assert units["PROJECT:永福风电项目"] != units["PROJECT:临桂新区桂林福济医院项目"]
    assert len(set(projects.values())) >= 9


@pytest.mark.parametrize(
    ("short", "full", "same"),
    [
        ("某某产业园", "某某产业园二期", False),  # a phase is another project
        ("某某5万吨航道", "某某10万吨航道", False),  # another size
        ("某某大道", "某某大道延伸段", False),  # another head
        ("海峡两岸产业合作区", "海峡两岸新旧动能转换产业合作区", True),
    ],
)
def test_shortens_keeps_phases_sizes_and_heads(short: str, full: str, same: bool) -> None:
    assert shortens(short, full, 4) is same
