"""A US rate on one partner of the universal baseline's value, told of the months before the
country rates applied, is the baseline every partner paid then, not the partner's own
reciprocal rate (tracker/extract/measure.py `_baseline_period`, h247)."""

from __future__ import annotations

import csv

from tracker import resources, rules
from tracker.extract.engine import extract_text


def _rate(text: str, value: float, published: str = "2025-09-20"):
    return next(c for c in extract_text(text, published)
                if c.metric == "tariff_rate" and c.value == value)


def test_the_rules_baseline_rate_is_the_reference_tables() -> None:
    """The lexicon's baseline rate is the official one: the reference table's row of the
    universal baseline (two owners of one fact must agree)."""
    with resources.reference_table().open(newline="", encoding="utf-8") as f:
        rows = [r for r in csv.DictReader(f)
                if (r["imposer"], r["target"], r["measure"]) == ("US", "*", "baseline")]
    assert rows
    want = float(rules.load("lexicon")["measure_cues"]["baseline_rate"])
    assert {float(r["rate_percent"]) for r in rows} == {want}


def test_a_partners_rate_over_the_spring_is_the_baseline() -> None:
    got = _rate("Peruvian goods have paid a 20 per cent U.S. tariff since Aug. 7, up from 10 "
                "per cent over the spring.", 10.0)
    assert (got.imposer, got.target, got.measure) == ("US", "PE", "baseline")


def test_the_rate_the_pause_brought_is_the_baseline() -> None:
    got = _rate("In April Lima was assigned 24 per cent by Washington, before the 90-day "
                "pause brought every rate down to 10 per cent.", 10.0)
    assert (got.target, got.measure) == ("PE", "baseline")


def test_a_rate_of_that_value_told_since_the_country_rates_stays_reciprocal() -> None:
    """No word of the months before the country rates: the partner's own rate."""
    got = _rate("Since August, Peruvian goods have paid a 10 per cent US tariff.", 10.0)
    assert got.measure == "reciprocal"


def test_another_value_told_of_the_spring_stays_reciprocal() -> None:
    got = _rate("Peruvian goods paid a 12 per cent US tariff over the spring.", 12.0)
    assert got.measure == "reciprocal"


def test_a_month_word_past_another_rate_dates_that_rate() -> None:
    """(h255) "since April" after another rate dates that rate: the 10% of a quota set in
    place of it is no spring baseline."""
    got = _rate("Under the pact the US agreed to charge a 10 per cent tariff on up to 5,000 "
                "Peruvian tractors a year, instead of the 24 per cent they have paid since "
                "April.", 10.0)
    assert got.measure != "baseline"
