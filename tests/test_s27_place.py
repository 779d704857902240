"""Session 27 (s27-place): places read across a chain of zones, and idioms read as places.

- A named zone run on after the zone or township it lies in is two places, each a link of the
  chain (:mod:`kg.nlp.entities.zone_chains`): the golds name "县产业开发区" and "大塘园区", "中宁工业园"
  and "石空工业区", "湖口" and "新竹工业区", never the whole.
- A four-character idiom of two parallel place words ("绿水青山", "一带一路", "江河湖海") is no place
  (:mod:`kg.nlp.entities.parallel_idioms`).

The sentences are from the tuning pages named at each test.
"""

from __future__ import annotations

from test_place_forms import mentions, places

from kg.nlp.entities.parallel_idioms import parallel_idiom


def test_named_park_after_its_zone_is_a_place_of_its_own() -> None:
    # real-pages-29 e06
    found = places("2023年3月郴州市重大项目集中开工桂东分会场活动在县产业开发区大塘园区举行。")
    assert {"县产业开发区", "大塘园区"} <= found
    assert "县产业开发区大塘园区" not in found


def test_industrial_area_after_its_industrial_park() -> None:
    # real-pages-5 t09
    found = places("平罗县党政考察团来我市考察美利工业区、中宁工业园石空工业区宁夏华夏特钢循环经济项目。")
    assert {"中宁工业园", "石空工业区"} <= found
    assert "中宁工业园石空工业区" not in found


def test_zone_named_after_a_place_after_the_township_it_lies_in() -> None:
    # real-pages-30 r11 (traditional characters; mentions are read simplified)
    found = places("楊縣長感謝吳董事長選擇在新竹縣湖口新竹工業區設立非驅動IC的第二事業處大本營")
    assert {"湖口", "新竹工业区"} <= found
    assert "湖口新竹工业区" not in found


def test_province_opening_a_park_name_stays_in_it() -> None:
    # real-pages p11 (traditional characters): a province's short form opens the park's own name
    found = places("人民網電(記者 成新平 鄭海青)湖南衡陽臺灣工業園授牌奠基暨12個項目")
    assert "湖南衡阳台湾工业园" in found
    assert "台湾工业园" not in found


def test_banner_opening_a_park_name_stays_in_it() -> None:
    # real-place2 p11: 科右|中旗 is one banner's name, no chain
    found = places("科右中旗工业园区")
    assert "科右中旗工业园区" in found
    assert "科右" not in found


def test_slogan_of_mountains_and_waters_is_no_place() -> None:
    # real-pages-32 t10
    found = mentions("要积极践行“绿水青山就是金山银山”理念,充分利用林区丰富的林地资源")
    assert not {name for name, _ in found} & {"绿水青山", "金山银山"}


def test_belt_and_road_is_no_place() -> None:
    # real-pages-30 r01: the idiom goes, the region named beside it stays
    found = places("曹妃甸是我国北方不可多得的深水港口,更是“一带一路”和“京津冀协同发展”两大战略重要连接点。")
    assert "一带一路" not in found
    assert "京津冀" in found


def test_rivers_lakes_and_seas_is_no_place() -> None:
    # real-pages-26 b09
    found = places("在大交通、大城市领域具有全产业链一体化服务能力,在国际化、江河湖海治理等方面具有独特优势。")
    assert "江河湖海" not in found


def test_street_names_keep_their_shape() -> None:
    # a direction in third place is a street's name, no idiom
    assert not parallel_idiom("中山北路")
    assert not parallel_idiom("长江西路")
    assert parallel_idiom("五湖四海")
