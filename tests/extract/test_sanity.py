"""What a reader never takes for a levy's rate (tracker/extract/sanity.py, metric.py)."""

from __future__ import annotations

import pytest

from tests.extract.step_context import figure_at
from tracker.extract import metric, sanity
from tracker.extract.engine import extract_text


def _told(text: str, value: float) -> bool:
    fc = figure_at(text, value)
    return sanity.told_as_change(fc.sent, fc.fig).value


def _metric(text: str, value: float) -> str | None:
    fc = figure_at(text, value)
    got = metric.bind_amounts(fc.doc, fc.i, list(fc.figs)).get(fc.fig.start)
    return got.metric if got else None


@pytest.mark.parametrize("text, value", [
    ("Since the levies began, Thai rubber exports to the US slumped a further 18%.", 18.0),
    ("Amid the duties, Thai shipments to America fell another 6.5%.", 6.5),
    ("Thailand lowered its tariffs on US pork by 30% under the pact.", 30.0),
    ("The new duties cut Thai exports by 22%.", 22.0),
])
def test_a_movement_beside_a_levy_word_is_a_change(text: str, value: float) -> None:
    assert _told(text, value)
    assert _metric(text, value) == "change"


@pytest.mark.parametrize("text, value", [
    ("Washington raised the duty on Thai shrimp by 10% in May.", 10.0),  # an added rate
    ("Bangkok will reduce the current 12% tariffs on US corn.", 12.0),  # the object itself
    ("The lowered rate of 19% applies to Thai goods.", 19.0),  # a level after the verb
    ("Thai exports dropped after a 36% tariff took hold.", 36.0),  # a cause, not the change
    ("Thai goods face the lower 19% rate from August.", 19.0),  # an adjective, not a verb
    ("The US lifted its tariff on Thai rice to 25%.", 25.0),  # a level after "to"
])
def test_a_levels_and_added_rates_stay_levy_rates(text: str, value: float) -> None:
    assert not _told(text, value)
    assert _metric(text, value) == "tariff_rate"


def test_a_negative_figure_is_never_a_tariff_rate() -> None:
    text = "Tariffs bit: Thai exports to the US were -4.2% in May."
    fc = figure_at(text, -4.2)
    assert sanity.told_as_change(fc.sent, fc.fig).evidence.startswith("a negative figure")
    assert all(c.metric != "tariff_rate" for c in extract_text(text, "2025-06-10"))


@pytest.mark.parametrize("text", [
    "Thailand cut its tariffs by 90 percentage points to 10%.",
    "Thailand cut its tariffs by 90% points, to 10%.",
    "Thailand cut its tariffs by 90 percent-points to 10%.",
])
def test_points_are_no_rate_and_no_share(text: str) -> None:
    got = {(c.metric, c.value) for c in extract_text(text, "2025-06-10")}
    assert got == {("tariff_rate", 10.0)}


def test_a_list_of_changes_goes_on_through_a_product() -> None:
    text = "With the duties in force, Thai rice exports fell 7%, rubber 3.5% and shrimp 1%."
    assert [_metric(text, v) for v in (7.0, 3.5, 1.0)] == ["change"] * 3


def test_a_list_of_rates_keeps_its_products_as_levy_cues() -> None:
    text = "The duties on Thai goods: rice 7%, rubber 3.5%."
    assert _metric(text, 3.5) == "tariff_rate"
