"""Session 31 (s31-place): a facility named after its site; kinds, directions and slogans read as places.

- A named site the entity sources read alone, right before a facility's head the tagger left in
  common words ("某某湖|泵站", "某某溪|自行车|道", "某某洞|管护|站", "某某湖|风光|带"), is the
  facility, read whole (:mod:`kg.nlp.entities.site_facilities`).
- A kind of place after 大 or 各 ("大通道", "各大园区", "世界级大港") names no place
  (:func:`kg.nlp.entities.plausible._kind_only`).
- A compass direction giving a bearing, a wind or a firm's region ("东北与某市接壤", "东北季风",
  "华北区域总经理") names no place (:func:`kg.nlp.entities.plausible._bearing`).
- A county's name inside a slogan or a title ("实干兴县", "千年古县") is no place
  (``place.slogans``).

The sentences are from the tuning pages named at each test.
"""

from __future__ import annotations

from test_place_forms import places


def test_scenic_belt_on_the_lake_is_read_whole() -> None:
    # real-pages-40 bb09 (suizhoushi.com): "烈山湖/LOC|风光/n|带/v"
    found = places("随后,傅振邦一行参观了烈山湖风光带和新县城建设。在新街镇苏湾村,傅振邦深入田间地头")
    assert "烈山湖风光带" in found
    assert "烈山湖" not in found
    assert "新街镇" in found


def test_pumping_station_and_ranger_station_are_read_whole() -> None:
    # real-pages-13 m08 (tuanfeng.cjyun.org), real-pages-35 w05 (qhjc.gov.cn)
    found = places("黄草湖泵站位于县城东南约4km处的罗家沟大闸旁,于1971年建成投产。")
    assert "黄草湖泵站" in found and "黄草湖" not in found
    found = places("秋景如画,陈刚深入祁连山国家公园腹地,在大拉洞管护站与工作人员亲切交流,了解管护站运行")
    assert "大拉洞管护站" in found and "大拉洞" not in found


def test_cycle_path_and_quarry_in_traditional_text() -> None:
    # real-pages-18 j10 (contentparty.org), real-pages-15 g09 (info.gov.hk)
    found = places("中正公園位於龜山市中心,也是南坎溪自行車道起點,公園內設施多已老舊")
    assert "南坎溪自行车道" in found and "南坎溪" not in found
    found = places("乘船前往南丫島,考察前南丫石礦場用地的發展計劃")
    assert "南丫石矿场" in found


def test_site_opening_a_project_stays_the_site() -> None:
    # real-pages-34 v07 (jszsyz.com): the project holds the rest, the site that opens it stays
    found = places("总投资86亿元的天星洲港口物流园项目")
    assert "天星洲" in found
    assert not any(name.startswith("天星洲港口") for name in found)


def test_big_channel_is_no_place() -> None:
    # real-pages-40 bb03 (zynews.com.cn), real-pages-35 w11 (qdn.cn)
    found = places("第一是交通优势,滇东北的大通道将形成;铁路优势将发挥出来")
    assert "大通道" not in found
    found = places("加之贵广快铁、厦蓉高速(贵州段)大通道即将打通的契机,黔东南的经济必将迎来快速起飞")
    assert "大通道" not in found


def test_directions_giving_a_bearing_a_wind_or_a_region_are_no_places() -> None:
    # real-pages-13 m08 (tuanfeng.cjyun.org), real-pages-40 bb12 (news.ltn.com.tw), -36 x02 (cmzd.com)
    found = places("大崎山自然保护区位于我县北部,西北与武汉市新洲区毗邻,东北与麻城市接壤,东与罗田连界")
    assert "东北" not in found and "麻城市" in found
    assert "东北" not in places("了解冬季过后整体工程进度与后续施工规划,期盼在东北季风影响趋缓后,加紧赶工脚步")
    assert "华北" not in places("烟台市委书记张术平、常务副市长王中,招商蛇口华北区域总经理王锐出席仪式。")


def test_every_big_park_and_a_world_port_are_no_places() -> None:
    # real-pages-24 w07 (tw.bg3.co): 大园区 is a Taiwan district, but not after 各;
    # real-pages-30 r01 (big5.www.gov.cn)
    assert "大园区" not in places("串聯南部各大園區共同帶動南臺灣發展。")
    found = places("曹妃甸累計投入資金近5000億元,實現從一沙島到世界級大港的轉變。")
    assert "大港" not in found
    assert "大园区" in places("市府团队前往桃园市大园区招商")  # the district stays


def test_county_names_inside_a_slogan_or_a_title_are_no_places() -> None:
    # real-pages-40 bb09 (suizhoushi.com): 兴县 is a county of Shanxi, 实干兴县 a slogan of 随县;
    # real-pages-34 v06, -11 z11: 千年古县 is a title (古县 is a county of Shanxi)
    found = places("感受到“解放思想、实干兴县、艰苦创业、迎难而上”的随县精神,看到随县干部群众干事创业的")
    assert "兴县" not in found and "随县" in found
    assert "古县" not in places("借力“千年古县、人文之都、灵山秀水、诗意襄城”为主题的首山油菜花节")
    assert {"兴县", "古县"} <= places("山西省吕梁市兴县和临汾市古县的领导")
