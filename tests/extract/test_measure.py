"""The measure of a levy rate (tracker/extract/measure.py)."""

from __future__ import annotations

from tests.extract.step_context import figure_at
from tracker.extract import measure


def test_a_measure_word_next_to_the_figure() -> None:
    fc = figure_at("Peru faces a 10% baseline tariff and more.", 10.0)
    got = measure.measure(fc, None, "US", "PE", None)
    assert (got.value, got.named, got.guessed) == ("baseline", True, False)
    assert "'baseline'" in got.evidence


def test_a_us_sector_product_is_section_232() -> None:
    fc = figure_at("Peru pays 50% on copper.", 50.0)
    got = measure.measure(fc, None, "US", "PE", "copper")
    assert got.value == "section_232" and not got.named


def test_a_us_measure_on_the_us_is_retaliation() -> None:
    fc = figure_at("Lima matched the reciprocal 10% rate on US goods.", 10.0)
    got = measure.measure(fc, None, "PE", "US", None)
    assert got.value == "retaliatory" and "US measure" in got.evidence


def test_the_articles_fentanyl_prior_is_a_guess() -> None:
    fc = figure_at("Talks stalled. Fentanyl came up. Nothing moved. Mexico gets a 25% rate.",
                   25.0)
    got = measure.measure(fc, None, "US", "MX", None)
    assert (got.value, got.guessed, got.named) == ("fentanyl", True, False)


def test_a_penalty_takes_no_measure() -> None:
    fc = figure_at("An extra 25% duty on India is a penalty for its Russian oil buying.", 25.0)
    assert measure.measure(fc, None, "US", "IN", None).value is None


def test_a_single_partner_rate_is_reciprocal() -> None:
    fc = figure_at("Peru gets a 14% tariff.", 14.0)
    assert measure.measure(fc, None, "US", "PE", "all").value == "reciprocal"


def test_combined_words() -> None:
    got = measure.combined(figure_at("Peru now pays a combined 40% rate.", 40.0))
    assert got.value and "combined" in got.evidence
    got = measure.combined(figure_at("Peru pays 40% in total.", 40.0))
    assert got.value and "after" in got.evidence
    got = measure.combined(figure_at("The levy might total 40% on Peru.", 40.0))
    assert not got.value  # "total" as a verb is no sum


def test_a_named_sector_measure_is_not_combined() -> None:
    fc = figure_at("Peru pays a combined 40% Section 232 rate.", 40.0)
    named = measure.measure(fc, None, "US", "PE", None)
    assert named.value == "section_232" and named.named
    assert not measure.combined_rate(fc, named, None).value


def test_a_flows_measure_is_the_one_its_clause_names() -> None:
    fc = figure_at("Lima's counter-tariffs cover $4 billion of US goods.", 4e9)
    assert measure.flow_measure(fc).value == "retaliatory"


def test_the_other_sides_retaliation_is_not_a_us_levys_measure() -> None:
    fc = figure_at("Fentanyl talks stalled. Ottawa plans retaliation. Washington set a 25% "
                   "levy on Canada.", 25.0)
    got = measure.measure(fc, None, "US", "CA", None)
    assert got.value == "fentanyl" and "headline" in got.evidence  # not the sentence before
    fc = figure_at("Fentanyl talks stalled. Washington set a 25% levy on Canada, and Ottawa "
                   "plans retaliation.", 25.0)
    got = measure.measure(fc, None, "US", "CA", None)
    assert (got.value, got.guessed) == ("fentanyl", True)
    # the retaliating side's own levy keeps it, and with no fentanyl prior the word stands
    fc = figure_at("Fentanyl talks stalled. Ottawa plans retaliation. Ottawa set a 25% levy on "
                   "US goods.", 25.0)
    assert measure.measure(fc, None, "CA", "US", None).value == "retaliatory"
    fc = figure_at("Talks stalled. Beijing plans retaliation. Washington set a 25% levy on "
                   "China.", 25.0)
    assert measure.measure(fc, None, "US", "CN", None).value == "retaliatory"


def test_a_us_levy_on_a_border_partner_is_the_border_levy() -> None:
    """The US applied no reciprocal rate to Canada or Mexico: its levy on all their goods,
    in an article that names no reciprocal rate, is the border (fentanyl) levy, even where
    the article never says "fentanyl"; where it names reciprocal rates it is not guessed."""
    fc = figure_at("Talks stalled. Ottawa plans retaliation. Washington set a 25% levy on "
                   "Canada.", 25.0)
    got = measure.measure(fc, None, "US", "CA", None)
    assert (got.value, got.guessed) == ("fentanyl", True)
    fc = figure_at("Washington set a 25% levy on Mexico. Reciprocal rates hit others.", 25.0)
    assert measure.measure(fc, None, "US", "MX", None).value == "reciprocal"
    fc = figure_at("Washington set a 25% levy on Peru.", 25.0)
    assert measure.measure(fc, None, "US", "PE", None).value == "reciprocal"
