"""Session 27 round 4 (s27-proj4): 有 of a firm's suffix opens no counted list of projects.

``kg.nlp.project_lists._opened_at`` takes the last list opener of a counted list's first piece
("开工建设|甲、乙、丙等重大项目"); 有 is one ("还有甲、乙…等项目"), and it matched inside "有限公司", so the
first item began in the middle of its firm's name. The sentences are quoted from the tuning pages
named in each test.
"""

from __future__ import annotations

from conftest import typed

# real-pages-33 u04 (zhoubiango.com, a traditional copy of a Turpan report)
U04 = (
    "三季度計劃新開工建設新疆中泰新材料股份有限公司資源化綜合利用制甲醇升級示范、新疆睿澤紡織50萬錠棉紡紗、"
    "40萬千瓦光熱+360萬千瓦光伏發電等重大項目。"
)
# real-proj q23 (a county's list of works started the same day)
Q23 = "同时开工的还有县城停车场建设、老旧小区改造、梅花鹿养殖加工园区等项目,这些项目的实施,能更好改善民生。"


def test_a_firms_suffix_opens_no_list(nlp):
    found = typed(nlp, U04)
    assert ("新疆中泰新材料股份有限公司資源化綜合利用制甲醇升級示范", "PROJECT") in found
    assert not any(text.startswith("限公司") for text, _ in found)


def test_the_verb_still_opens_a_list(nlp):
    found = typed(nlp, Q23)
    assert ("梅花鹿养殖加工园区", "PROJECT") in found or ("老旧小区改造", "PROJECT") in found
    assert not any(text.startswith("还有") for text, _ in found)
