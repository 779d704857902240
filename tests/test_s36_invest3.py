"""Session 36 (s36-invest3): a company that signs or invests in its own clause invests in the project
of that sentence or the next that is named after it (kg/nlp/relations/invests_named.py, rule
``investor_named_project``). Sentences written after the shapes of the tuning pages (a list of firms
signing, their projects in the next sentence; a copula with 由 and 拟; a share word and a place before
投资), with invented firm names that name no entity of any page."""

from __future__ import annotations

from test_project_clauses import investors

SIGNED = (
    "在与会领导的共同见证下,某某镇政府与浙江嘉澜新材料有限公司、广东瑞丰环保科技有限公司分别签署合作协议。"
    "浙江嘉澜新材料项目计划投资1.2亿元,建设年产50万吨新型建材项目;广东瑞丰环保项目预计投资约3000万元。"
)


def test_firms_that_sign_invest_in_the_projects_named_after_them_in_the_next_sentence(nlp):
    got = investors(nlp, SIGNED)
    assert ("浙江嘉澜新材料有限公司", "浙江嘉澜新材料项目") in got
    # past the ";" that ends the view's sentence
    assert ("广东瑞丰环保科技有限公司", "广东瑞丰环保项目") in got
    # the project named after one firm is not the other's
    assert ("浙江嘉澜新材料有限公司", "广东瑞丰环保项目") not in got
    assert ("广东瑞丰环保科技有限公司", "浙江嘉澜新材料项目") not in got


def test_a_firm_investing_after_a_copula_or_a_share_word_invests_in_its_namesake(nlp):
    text = "瑞丰高科技电子产业园项目是由惠州市瑞丰电子科技有限公司拟投资3.5亿元兴建的民营项目,主要生产电子元件。"
    assert ("惠州市瑞丰电子科技有限公司", "瑞丰高科技电子产业园项目") in investors(nlp, text)
    text = "嘉澜西南门业生产项目主要以专业木门制造为主,是浙江嘉澜门业股份有限公司全资在某区投资建设的。"
    assert ("浙江嘉澜门业股份有限公司", "嘉澜西南门业生产项目") in investors(nlp, text)


def test_a_firm_only_named_near_its_namesake_project_does_not_invest(nlp):
    # the firm's plant is the object of the project's works, after 的: no act of the firm
    text = "台嘉技改项目将对台嘉(福建)光伏玻璃有限公司的二期工厂进行改造,建设两条生产线。"
    assert not any(org.startswith("台嘉") for org, _ in investors(nlp, text))
    # a firm that signs, and a project of another name
    text = "某某县政府与楚禾农业发展有限公司签署合作协议。瑞丰环保项目预计投资约3000万元。"
    assert ("楚禾农业发展有限公司", "瑞丰环保项目") not in investors(nlp, text)
