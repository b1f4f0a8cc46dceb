"""An average or effective rate told as the subject of a copula, its qualifiers between it
and the figure, is an estimate over all goods, no programme's (tracker/extract/measure.py
`_no_programme_subject`, h238)."""

from __future__ import annotations

from tracker.extract.engine import extract_text


def _rate(text: str, value: float):
    return next(c for c in extract_text(text, "2025-08-20")
                if c.metric == "tariff_rate" and c.value == value)


def test_an_effective_rate_with_a_long_subject_takes_no_measure() -> None:
    got = _rate("Peru faces a 15% US tariff. Analysts at a Lima bank estimate that the "
                "effective rate on Peruvian shipments, once exempt goods are counted, is about "
                "9 per cent.", 9.0)
    assert (got.imposer, got.target, got.measure) == ("US", "PE", None)


def test_a_levy_named_after_the_average_is_the_copulas_subject() -> None:
    """"the average ... and the new tariff is 20%": the subject of the copula is the levy,
    which keeps its partner's measure."""
    got = _rate("Peru's old duties were low on average, and the new US tariff on Peruvian "
                "shipments is 20 per cent.", 20.0)
    assert got.measure == "reciprocal"
