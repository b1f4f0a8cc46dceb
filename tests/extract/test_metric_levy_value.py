"""An amount told as a levy's own value by the levy noun and a value verb right before it
("the duty adds about $250,000 a month") is what the levy takes (other_amount), not the flow
a trade word of its sentence names, and the flow told after it keeps its own metric
(tracker/extract/metric.py `_levy_value_told`). Sentences of our own."""

from __future__ import annotations

from tracker.extract.engine import extract_text


def _metrics(text: str) -> dict[object, str]:
    return {c.value: c.metric for c in extract_text(text, "2025-10-20") if c.kind == "amount"}


def test_a_levys_monthly_take_is_no_export() -> None:
    got = _metrics("The 10 per cent lumber duty took effect on Oct. 14. A mill in Quebec told us "
                   "the duty adds about $250,000 a month on its $3 million of monthly US "
                   "shipments.")
    assert got[250_000] == "other_amount"
    assert got[3_000_000] == "exports"
