"""Session 32 round 2 (s32-projspan): a project's name cut on the left at a brand the tagger misread.

``kg.nlp.entities.item_openings`` takes a short piece at a listed project's opening into its name; it
now also opens an item after a list's conjunction (和), takes a brand's two characters read as a verb
or a person ("品美/v", "永宝/PER|摄生/v"), and takes two misread single characters after a sentence's
opening or 在 ("。|新/ad|成/v", "在|特/d|变/v"). Verbs of building, visiting or bringing in stay out of
the name. The sentences are quoted from the tuning pages named in each test.
"""

from __future__ import annotations

from conftest import typed

# real-pages-11 z10 (fafqdl.cn, a traditional reprint of a Yongchun report)
Z10 = (
    "源騰新型環保建材生產線項目、五盛消防器材專業生產線項目、品美香品制造項目、"
    "厚善堂茶葉生產加工項目、佳聯大廈項目等7個項目"
)
# real-amount a07 (cqruixue.com, a reprint of a Zhangzhou report)
A07 = "此外,总投资分别为11亿元、6亿元的康怡佳园养老项目和永宝摄生文明村项目等已签约落户台商投资区。(潘丽容)"
# real-pages-26 b06 (cjxww.cn, Changji)
B06 = "图为在特变新疆电缆智能产业园三期项目,曾艳阳详细了解企业生产经营情况。"
# seeds 001 (a Datong report)
S001 = "共有规上新材料企业22家。新成新材料年产10万条高铁受电弓碳滑板项目填补了国内空白;"
# real-pages-17 i07 (zgwc.gov.cn): a list of verb phrases, no projects' names
I07 = "积极向上争取资金、向外引进项目、对内生成项目,一大批大项目、好项目相继开工建设"
# real-pages-2 q06 (xjtc.gov.cn): a verb of building after 和 is no part of the next name
Q06 = (
    "分别与新疆广缘投资有限公司、新疆百成鲜食(集团)有限公司签订了"
    "乌苏香馕美酒文化旅游产业园项目和建设馕产业园(中央厨房)项目。"
)


def test_listed_brands_read_as_verb_or_person(nlp):
    found = typed(nlp, Z10)
    assert ("品美香品制造項目", "PROJECT") in found
    assert ("香品制造項目", "PROJECT") not in found
    found = typed(nlp, A07)
    assert ("永宝摄生文明村项目", "PROJECT") in found
    assert ("文明村项目", "PROJECT") not in found


def test_two_misread_characters_after_an_opening(nlp):
    found = typed(nlp, B06)
    assert ("特变新疆电缆智能产业园三期项目", "PROJECT") in found
    assert ("新疆电缆智能产业园三期项目", "PROJECT") not in found
    found = typed(nlp, S001)
    assert ("新成新材料年产10万条高铁受电弓碳滑板项目", "PROJECT") in found
    assert ("新材料年产10万条高铁受电弓碳滑板项目", "PROJECT") not in found


def test_verbs_stay_out_of_the_name(nlp):
    found = typed(nlp, I07)
    assert not any(text.endswith("生成项目") for text, _ in found)
    found = typed(nlp, Q06)
    assert not any(text.startswith("建设馕") for text, _ in found)
