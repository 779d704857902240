"""Projects, session 14 corpus audit of issue 14 (benchmarks/audits/s14-heads): a facility being
built is a project though its name carries no project head word.

"某某大桥开工建设", "某某水库正式动工", "某某农贸市场顺利封顶", "修建某某游客服务中心,…": the
facility's name holds a proper noun before a facility head (``[project.facility] heads``), and the
clause builds it: a verb of its building follows the name and closes the clause (or a ceremony of
it follows), or a verb that builds it anew stands right before it. The same nouns outside such a
frame, a kind of facility with no name, a batch of facilities and a component a project will build
stay no project.

Sentences of each kind, names invented."""

from __future__ import annotations

from conftest import recognised


def projects(text: str) -> set[str]:
    return recognised(text, "PROJECT")


def test_a_bridge_that_starts_being_built():
    assert "青石县白鹭大桥" in projects("6月16日上午,青石县白鹭大桥正式开工建设。")


def test_a_reservoir_a_tunnel_and_a_market_in_their_building_frames():
    assert "云岭水库" in projects("云岭水库计划2027年开工。")
    assert "青石东岭隧道" in projects("青石东岭隧道建成通车啦。")
    assert "白沙镇新农贸市场" in projects("白沙镇新农贸市场顺利封顶,将于春节前交付使用。")


def test_a_ceremony_of_a_facility_names_it():
    assert "青石乡梨溪村茶叶加工厂" in projects("青石乡梨溪村茶叶加工厂投产典礼隆重举办。")


def test_a_verb_that_builds_it_before_the_name():
    found = projects("该县筹资3000万元修建云岭游客信息服务中心,并配套建设停车场。")
    assert "云岭游客信息服务中心" in found
    assert "青石镇集贸市场" in projects("新建青石镇集贸市场占地面积50亩,计划总投资6000万元。")


def test_a_verb_of_building_inside_ends_the_name():
    found = projects("新建东岭至西川铁路先行开工段白鹭江特大桥开工建设。")
    assert "白鹭江特大桥" in found
    assert not any(name.endswith("特大桥") and "开工" in name for name in found)


def test_the_same_nouns_outside_a_building_frame_are_no_project():
    assert not projects("青石县人民医院院长介绍了门诊情况。")
    assert not projects("市民在白鹭公园散步,青石水库风景优美。")


def test_a_facility_kind_without_a_name_or_a_batch_is_no_project():
    assert not projects("该大桥建成通车后,将缓解交通压力。")
    assert not projects("青石先行区首批公园落成开放。")


def test_a_component_a_project_will_build_is_no_project_of_its_own():
    assert not projects("项目将新建白鹭中学,可容纳学生3000人。")


def test_a_facility_whose_sentence_states_its_total():
    found = projects("作为新城的重要载体,白鹭湾中央公园位于新老城区交汇处,占地约30万平方米,总投资达6.2亿元。")
    assert "白鹭湾中央公园" in found


def test_a_body_whose_title_follows_is_no_project_however_the_sentence_ends():
    assert not projects("青石县人民医院院长介绍,新院区总投资5亿元。")


def test_a_line_whose_start_is_placed_at_a_site():
    found = projects("11月8日,东岭至西川铁路客运专线在云岭市白鹭隧道施工现场正式开工建设。")
    assert "东岭至西川铁路客运专线" in found


def test_the_class_closing_a_list_and_a_facility_before_its_project_head():
    assert not projects("公司装机容量将增长,甲乙、丙丁等抽水蓄能电站建成后,装机容量将进一步增长。")
    found = projects("白鹭湾城市综合体项目是某区引进的重大项目,计划投资32亿元。")
    assert "白鹭湾城市综合体" not in found
