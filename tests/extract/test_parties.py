"""Imposer and target, one figure at a time (tracker/extract/parties.py)."""

from __future__ import annotations

from tests.extract.step_context import figure_at
from tracker.extract import parties


def test_subject_of_an_imposing_verb_is_the_imposer() -> None:
    fc = figure_at("Ottawa swiftly slapped a 25% tariff on Chinese steel.", 25.0)
    got = parties.levy_parties(fc, "tariff_rate")
    assert got.values == ("CA", "CN")
    assert "imposing verb" in got.imposer.evidence and "'Ottawa'" in got.imposer.evidence
    assert "'Chinese'" in got.target.evidence


def test_without_another_imposer_the_us_imposes() -> None:
    fc = figure_at("Vietnam faces a 46% tariff.", 46.0)
    got = parties.levy_parties(fc, "tariff_rate")
    assert got.values == ("US", "VN")
    assert got.imposer.evidence.startswith("the US")


def test_a_countrys_own_retaliatory_levy() -> None:
    fc = figure_at("Beijing's retaliatory tariffs of 34% hit American farm goods.", 34.0)
    got = parties.levy_parties(fc, "tariff_rate")
    assert got.values == ("CN", "US")
    assert "own levy" in got.imposer.evidence


def test_a_pair_is_not_a_subject() -> None:
    """"between Washington and Beijing imposed": neither is the subject."""
    fc = figure_at("Trade between Mexico and Canada imposed no 10% duty on them.", 10.0)
    assert not parties.imposes(fc.text, fc.text.index("Canada"), fc.text.index("Canada") + 6)


def test_a_country_right_before_the_figure_is_the_target() -> None:
    fc = figure_at("The tariff list puts Cambodia 49%, the highest.", 49.0)
    got = parties.levy_parties(fc, "tariff_rate")
    assert got.target.value == "KH" and "right before" in got.target.evidence


def test_a_tax_is_levied_at_home() -> None:
    fc = figure_at("India will lower its 18% goods tax on small cars.", 18.0)
    got = parties.levy_parties(fc, "tax_rate")
    assert got.imposer.value == "IN" and "at home" in got.imposer.evidence


def test_target_falls_back_to_every_partner_for_a_sector_product() -> None:
    fc = figure_at("A 50% duty applies to copper.", 50.0)
    sentence = parties.levy_parties(fc, "tariff_rate")
    assert sentence.target.value is None
    got = parties.levy_target_fallback(sentence.target, "US", "copper", fc.doc)
    assert got.value == "*" and "Section 232" in got.evidence


def test_target_falls_back_to_the_articles_country() -> None:
    fc = figure_at("Chile hopes for talks. A 10% rate is the floor.", 10.0)
    got = parties.levy_target_fallback(parties.Decision(None, "none"), "US", None, fc.doc)
    assert got.value == "CL" and got.evidence == "the article's country"


def test_a_group_of_partners_is_no_single_target() -> None:
    fc = figure_at("Higher rates for about 50 countries follow at 20%.", 20.0)
    assert parties.levy_parties(fc, "tariff_rate").target.value == parties.GROUP


def test_the_target_cue_prepositions_come_from_the_lexicon(monkeypatch) -> None:
    text = "duties aimed at imports hitting Peru"
    start = text.index("Peru")
    assert parties.target_cued(text, start, start + 4)
    parties.target_cue_re.cache_clear()
    parties.target_cued.cache_clear()
    try:
        monkeypatch.setattr(parties.cue_words, "words",
                            lambda section, key: ("on",) if key == "before" else ("the",))
        parties.cue_words.alternation.cache_clear()
        assert not parties.target_cued(text, start, start + 4)
    finally:
        monkeypatch.undo()
        parties.cue_words.alternation.cache_clear()
        parties.target_cue_re.cache_clear()
        parties.target_cued.cache_clear()


def test_flow_owner_is_the_country_before_the_figure() -> None:
    fc = figure_at("Peru's exports to China rose to $20 billion.", 20e9)
    got = parties.flow_parties(fc, "exports")
    assert got.values == ("PE", "CN")
    assert "'Peru'" in got.imposer.evidence


def test_a_share_belongs_to_the_country_after_of() -> None:
    fc = figure_at("Canada buys 30% of Chile's copper exports.", 30.0)
    got = parties.flow_parties(fc, "share")
    assert got.values == ("CL", "CA")


def test_pledges_go_to_the_us() -> None:
    fc = figure_at("The US deal is done: Taiwan will invest $100 billion.", 100e9)
    got = parties.flow_parties(fc, "investment")
    assert got.values == ("TW", "US")
    assert got.target.evidence == "pledges go to the US"


def test_a_baseline_rate_of_the_us_hits_every_partner() -> None:
    fc = figure_at("A 10% baseline rate stays on Peru.", 10.0)
    pe = parties.Decision("PE", "x")
    got = parties.baseline_target(fc, pe, None, "US", "baseline")
    assert got.value == "*"
    assert parties.baseline_target(fc, pe, "PE", "US", "baseline") is pe
    assert parties.baseline_target(fc, pe, None, "US", "reciprocal") is pe


# ------------------------------------------ imposer: agents, borders, reports, earlier subjects
def test_the_agent_of_a_passive_levy_imposes_it() -> None:
    fc = figure_at("A 30% levy imposed by Brazil on US ethanol starts soon.", 30.0)
    got = parties.levy_parties(fc, "tariff_rate")
    assert got.values == ("BR", "US") and "agent" in got.imposer.evidence


def test_goods_entering_a_country_pay_its_duty() -> None:
    fc = figure_at("US beef entering Brazil faces an 18% tariff.", 18.0)
    assert parties.levy_parties(fc, "tariff_rate").values == ("BR", "US")


def test_a_reporting_clause_keeps_the_subject() -> None:
    fc = figure_at("Brazil said Tuesday it was lowering its duty on US wheat to 6%.", 6.0)
    assert parties.levy_parties(fc, "tariff_rate").imposer.value == "BR"


def test_a_passive_levy_is_imposed_by_the_country_that_states_it() -> None:
    fc = figure_at("A 9% tariff will be applied to US corn, the ministry of Brazil said.", 9.0)
    assert parties.levy_parties(fc, "tariff_rate").imposer.value == "BR"


def test_a_passive_levy_naming_no_country_takes_the_earlier_subject() -> None:
    text = ("Brazil will impose duties on some US farm goods. Details follow. "
            "Corn will be slapped with a 9% tariff.")
    got = parties.levy_parties(figure_at(text, 9.0), "tariff_rate")
    assert got.values == ("BR", "US") and "before" in got.imposer.evidence


def test_without_an_earlier_subject_the_us_still_imposes() -> None:
    text = "Details follow. Corn will be slapped with a 9% tariff."
    assert parties.levy_parties(figure_at(text, 9.0), "tariff_rate").imposer.value == "US"
