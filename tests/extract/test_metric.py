"""Binding figures to metrics (tracker/extract/metric.py)."""

from __future__ import annotations

from tests.extract.step_context import figure_at
from tracker.extract import figures, metric


def _bound(fc) -> dict[int, metric.Binding]:
    return metric.bind_amounts(fc.doc, fc.i, list(fc.figs))


def test_the_nearest_cue_names_the_metric() -> None:
    fc = figure_at("Peru's exports rose 7% while a 15% tariff applied.", 7.0)
    b = _bound(fc)
    by_value = {f.value: b[f.start] for f in fc.figs}
    assert by_value[7.0].metric == "change" and by_value[15.0].metric == "tariff_rate"
    assert "'rose'" in by_value[7.0].evidence and "pct-change-left" in by_value[7.0].evidence
    assert by_value[15.0].levy and not by_value[7.0].levy


def test_an_enumeration_takes_the_metric_before_it() -> None:
    fc = figure_at("Copper exports fell 12%, zinc 4%.", 4.0)
    assert _bound(fc)[fc.fig.start].metric == "change"


def test_a_price_is_out_of_scope() -> None:
    fc = figure_at("Oil prices slipped 3% after the tariff news.", 3.0)
    assert fc.fig.start not in _bound(fc)


def test_a_sentence_about_a_poll_keeps_only_levy_rates() -> None:
    fc = figure_at("In a poll, 60% of voters backed the 25% tariff.", 60.0)
    b = _bound(fc)
    assert [f.value for f in fc.figs if f.start in b] == [25.0]


def test_levy_rate_metrics_are_the_tariff_and_tax_rates() -> None:
    assert metric.LEVY_RATE_METRICS == {"tariff_rate", "tax_rate"}
    assert {r.id for r in metric.claim_rules() if r.levy} >= {"pct-tariff-right", "pct-tax-left"}


def test_a_date_beside_a_levy_is_its_effective_date() -> None:
    fc = figure_at("A 20% duty on Peru applies from Aug. 4.", "2025-08-04")
    got = metric.bind_date(fc, _bound(fc))
    assert got is not None and got.metric == "effective_date"


def test_a_day_something_was_said_is_no_effective_date() -> None:
    fc = figure_at("Peru's minister said on Tuesday the tariff talks went well.", "2025-07-01")
    assert metric.bind_date(fc, _bound(fc)) is None


def test_a_duration_needs_a_pause_word() -> None:
    paused = figure_at("Lima won a 60-day pause on the duties.", 60.0)
    assert metric.bind_duration(paused).metric == "pause_length"
    assert metric.bind_duration(figure_at("Talks on the duties took 60 days.", 60.0)) is None


def test_a_date_and_a_dash_opening_the_sentence_is_the_dateline() -> None:
    fc = figure_at("June 3, 2025 — Lima is lifting its 25% levy on US copper.", "2025-06-03")
    assert metric.bind_date(fc, _bound(fc)) is None
    # the same date inside the sentence dates the levy
    fc = figure_at("Lima lifts its 25% levy on US copper on June 3, 2025 — a relief.",
                   "2025-06-03")
    got = metric.bind_date(fc, _bound(fc))
    assert got is not None and got.metric == "effective_date"


def test_an_absent_claim_fails_its_example_when_found():
    """`absent` entries of a rule example name claims the text must not yield."""
    from tracker.extract.examples import check_example

    ex = {"text": "Japan faces a 25% tariff.", "published": "2025-06-01"}
    assert check_example("x", {**ex, "absent": [{"value": 25}]})
    assert check_example("x", {**ex, "absent": [{"value": 50}]}) == []


def test_a_title_about_a_levy_gives_a_paid_rate_its_context() -> None:
    """h123: "Their packers now pay 12% ..." names no levy, nor do the sentences before
    it; a title about the duty makes the paid figure that duty's rate. (h296: the payers
    are no goods or partner, which would make the article name its levy by the paying
    verb alone: metric.levy_told_by_paying.)"""
    from tracker.extract.engine import extract_text

    text = ("Growers in Ica had a quiet week.\nThe harvest came in early.\n"
            "Their packers now pay 12% at the border instead of 20%.")
    untitled = extract_text(text, "2026-03-02")
    titled = extract_text(text, "2026-03-02", title="Lower US duty on Peruvian grapes starts")
    assert not [c for c in untitled if c.metric == "tariff_rate"]
    assert 12.0 in {c.value for c in titled if c.metric == "tariff_rate"}


def test_a_title_without_a_levy_word_adds_no_context() -> None:
    from tracker.extract.engine import extract_text

    text = ("Growers in Ica had a quiet week.\nThe harvest came in early.\n"
            "Their packers now pay 12% at the border instead of 20%.")
    titled = extract_text(text, "2026-03-02", title="A quiet harvest week in Ica")
    assert not [c for c in titled if c.metric == "tariff_rate"]


def test_a_home_dollar_is_returned_not_written_into_the_figure() -> None:
    # a bare "$" in a Canadian paper is CAD: bind_amounts says so in its binding and
    # leaves the figure (shared by every later reader of the sentence) as it was found
    text = ("Ottawa set a counter-tariff of 25 per cent on $30 billion of US goods. "
            "Canada's finance minister said the Canadian levy would stay.")
    fc = figure_at(text, 30e9, title="Canada hits back at US duties")
    got = _bound(fc)[fc.fig.start]
    assert got.reading is not None and got.reading.unit == "CAD"
    assert "CAD" in got.reading.evidence
    assert fc.fig.unit == "USD"  # the old form set the figure's unit in place
    copies = figures.read_as(fc.figs, metric.readings(_bound(fc)))
    assert [f.unit for f in copies if f.start == fc.fig.start] == ["CAD"]
    assert fc.fig.unit == "USD"


def test_an_undated_texts_weekday_is_returned_not_written_into_the_figure() -> None:
    # an undated text: "Monday" is the one Monday it writes out (March 10, 2025)
    text = ("The 25% duty on Peru took effect Monday. Officials had set March 10 for it "
            "in the order.")
    fc = figure_at(text, "2025-06-30", published=None)
    found = fc.fig.value
    got = metric.bind_date(fc, _bound(fc))
    assert got is not None and got.reading is not None
    assert got.reading.value == "2025-03-10"
    assert fc.fig.value == found  # the old form set the figure's value in place
