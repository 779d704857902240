"""A company's short form that leaves off what stands around its name's core, session 39
(benchmarks/audits/s39-shortbar2; the shape s37-dupes counted on 3 pages, with a 4th on
real-pages-57): the country its full name opens with ("某某冶集团" for "中国某某冶集团有限公司"), or a
group's business words before its 集团 ("甲乙集团" for "甲乙生物科技集团股份有限公司"). Names are
placeholders.
"""

from __future__ import annotations

from kg.resolve.company_contractions import contracts, merge_contracted_companies
from kg.resolve.keys import UnionFind


def _joined(orgs: list[str], before: tuple[str, str] | None = None) -> set[frozenset[str]]:
    """The companies of one page that :func:`merge_contracted_companies` makes one thing
    (``before``: two names an earlier resolution step joined)."""
    uf = UnionFind()
    if before:
        uf.union(f"ORG|{before[0]}", f"ORG|{before[1]}")
    merge_contracted_companies(orgs, lambda n: f"ORG|{n}", uf, "d.txt")
    groups: dict[str, set[str]] = {}
    for n in orgs:
        groups.setdefault(uf.find(f"ORG|{n}"), set()).add(n)
    return {frozenset(g) for g in groups.values() if len(g) > 1}


def test_a_short_form_may_leave_off_the_country_its_full_name_opens_with() -> None:
    assert contracts("某某冶集团", "中国某某冶集团有限公司")
    assert contracts("甲乙特公司", "德国甲乙特工程技术有限公司")
    # the rest must still be the short form's: another company of that country is not
    assert not contracts("甲乙特公司", "德国丙丁工程技术有限公司")


def test_a_group_may_leave_off_its_business_words_before_the_group_word() -> None:
    assert contracts("甲乙集团", "甲乙生物科技集团股份有限公司")
    assert contracts("甲乙集团", "甲乙爆破工程集团有限责任公司")
    # a member after the group's whole name, a numbered unit, a company that is no group: no
    assert not contracts("甲乙集团", "甲乙集团第一工程有限公司")
    assert not contracts("甲乙集团", "甲乙第一建设集团有限公司")
    assert not contracts("甲乙集团", "甲乙生物科技股份有限公司")


def test_a_group_short_form_joins_its_one_full_name_on_the_page() -> None:
    orgs = ["甲乙集团", "甲乙生物科技集团股份有限公司", "某某市人民政府"]
    assert _joined(orgs) == {frozenset({"甲乙集团", "甲乙生物科技集团股份有限公司"})}


def test_a_group_named_as_such_on_its_page_keeps_apart_from_its_member() -> None:
    # "甲乙集团股份有限公司" is the group the short form names; "甲乙资产管理集团有限公司" is its member
    orgs = ["甲乙集团", "甲乙集团股份有限公司", "甲乙资产管理集团有限公司"]
    assert not any("甲乙资产管理集团有限公司" in g for g in _joined(orgs))
    # even where an earlier step made the short form and its group's full name one
    joined = _joined(orgs, ("甲乙集团", "甲乙集团股份有限公司"))
    assert joined == {frozenset({"甲乙集团", "甲乙集团股份有限公司"})}
