"""The PLACE veto's page kinds (``[places].veto_kept_names``, ``learned_guards.kept_in_page``):
a name the article writes twice, or that a division of the gazetteer opens, is never vetoed;
one written once and named by no list is left to the model. Shipped empty (session 39,
s39-learnplace3: the external benchmarks fall), so the default veto is unchanged."""

from kg.nlp.entities.candidate import Candidate
from kg.nlp.entities.learned import Settings
from kg.nlp.entities.learned_guards import kept_in_page

KINDS = ("foreign", "country_first", "recurring", "division")


def _place(text: str, name: str) -> Candidate:
    at = text.index(name)
    return Candidate(at, at + len(name), "PLACE", "statistical", 0.8)


def test_a_name_written_twice_is_kept():
    text = "某某湾片区今年完成投资，某某湾片区将建成示范区。"
    assert kept_in_page(text, _place(text, "某某湾"), KINDS)


def test_a_slogan_written_once_is_left_to_the_model():
    text = "打造某某粮仓，建设美丽家园。"
    assert not kept_in_page(text, _place(text, "某某粮仓"), KINDS)


def test_a_name_a_division_opens_is_kept():
    text = "浙江省某某园区启动建设。"
    assert kept_in_page(text, _place(text, "浙江省某某园区"), KINDS)
    assert not kept_in_page(text, _place(text, "浙江省某某园区"), ("recurring",))


def test_kinds_of_kept_name_still_apply():
    text = "代表团访问了某某国首都，并到访波士顿。"
    assert kept_in_page(text, _place(text, "波士顿"), KINDS)
    assert not kept_in_page(text, _place(text, "波士顿"), ())


def test_shipped_setting_keeps_no_page_kinds():
    import tomllib

    from kg.resources import ontology_dir

    table = tomllib.loads((ontology_dir() / "patterns" / "spans.toml").read_text(encoding="utf-8"))["places"]
    assert table["veto_kept_names"] == []
    assert Settings.__dataclass_fields__["veto_kept_names"].default == ()
