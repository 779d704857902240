"""Session 27 round 2 (s27-projcut): a listed project's name opens at its item's separator.

In a list of projects the left walk stopped at a word the tagger misread at an item's opening
(a firm's short name "华电/ORG", "华为/ORG", a brand's first character "爱/v", a place read as a
preposition "将台堡红军/p"); ``kg.nlp.entities.item_openings.item_opening`` takes that piece into
the name. The sentences are quoted from the tuning pages named in each test.
"""

from __future__ import annotations

from conftest import typed

# real-pages-16 h11 (paopaowang.com.cn, a Dengkou report)
H11 = (
    "开工仪式同时还设立中利乳业奶粉加工项目、工业园区基础设施建设项目、华电内蒙古(巴彦淖尔)磴口20万吨光伏支架项目、"
    "内蒙古润琪生物科技有限公司腐植酸复合肥及腐植酸新型肥料项目、金牛煤电灵活性改造消纳14万千瓦光伏项目等开工现场。"
)
# real-pages-16 h12 (ningwunews.com)
H12 = "首欣集团、爱硒力沙棘项目、燕麦米项目负责人分别作表态发言。"
# real-pages-21 m09 (yybnet.net)
M09 = (
    "在泸期间,遂宁市党政代表团先后前往古蔺县二郎镇郎酒庄园项目、泸州金融商业中心、华为四川大数据中心、泸州港、"
    "泸州综合保税区、中国长城(泸州)信创项目等地。"
)
# real-pages-32 t04 (gyxww.net)
T04 = "在西吉县,察看兴隆镇范沟村牛羊精深加工全产业链项目、将台堡红军长征会师纪念园长征国家文化公园项目建设谋划情况。"


def test_a_firms_short_name_opens_a_listed_project(nlp):
    found = typed(nlp, H11)
    assert ("华电内蒙古(巴彦淖尔)磴口20万吨光伏支架项目", "PROJECT") in found
    assert ("内蒙古(巴彦淖尔)磴口20万吨光伏支架项目", "PROJECT") not in found
    found = typed(nlp, M09)
    assert ("华为四川大数据中心", "PROJECT") in found
    assert ("四川大数据中心", "PROJECT") not in found


def test_a_misread_first_word_opens_a_listed_project(nlp):
    found = typed(nlp, H12)
    assert ("爱硒力沙棘项目", "PROJECT") in found
    assert ("硒力沙棘项目", "PROJECT") not in found
    found = typed(nlp, T04)
    assert ("将台堡红军长征会师纪念园长征国家文化公园项目", "PROJECT") in found
