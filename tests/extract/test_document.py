"""The reference date of an undated article (document.infer_reference): the year its
year-less dates fall in."""

import datetime as dt

from tracker.extract.document import default_year, infer_reference
from tracker.extract.engine import extract_text


def test_the_latest_full_date_of_the_text_is_the_reference() -> None:
    assert infer_reference("The duty began on March 3, 2024 and rose on May 9, 2024.") == \
        dt.date(2024, 5, 9)


def test_a_year_after_since_is_a_point_of_comparison_not_the_texts_year() -> None:
    """"the lowest since February 2004" says nothing of when the text was written."""
    text = "Shipments fell to their lowest level since February 2004. The levy ends on June 30."
    assert infer_reference(text) == dt.date(default_year(), 7, 1)
    assert infer_reference("Sales are the highest since 2019, the agency said on March 3, "
                           "2025.") == dt.date(2025, 3, 3)


def test_an_undated_text_reads_its_yearless_dates_past_a_since_year() -> None:
    text = ("Lumber shipments fell to their lowest level since March 2009. "
            "The new 10% duty on softwood lumber takes effect on August 12.")
    dates = [c.value for c in extract_text(text, None) if c.metric == "effective_date"]
    assert dates == [f"{default_year()}-08-12"]


def test_a_year_told_as_a_bound_is_not_the_texts_year() -> None:
    """A truce that "runs until November 10, 2026" is written before that year."""
    text = ("The truce now runs until November 10, 2026. The lower rate applied from "
            "November 10.")
    assert infer_reference(text) == dt.date(default_year(), 7, 1)
    assert infer_reference("Steel quotas end by the end of 2028.") == \
        dt.date(default_year(), 7, 1)
    assert infer_reference("Duties rise from 2027, the ministry said on May 2, 2026.") == \
        dt.date(2026, 5, 2)


def test_a_year_a_figure_was_counted_over_is_not_the_texts_year() -> None:
    """"$12 billion of parts in 2023" quotes a statistic; "will ... in 2027" is a plan: a
    year after the default one, named with no full date, is a plan ahead and the text is
    read as of the default year's autumn (h202-18, h210-1; before, July 1, 2027)."""
    text = "Exports reached $12 billion of parts in 2023. The levy starts on June 1."
    assert infer_reference(text) == dt.date(default_year(), 7, 1)
    assert infer_reference("The plant will ship $3 billion of cars in 2027.") == \
        dt.date(default_year(), 10, 1)


def test_a_counted_year_before_a_comma_is_not_the_texts_year() -> None:
    """"$90 billion in 2024, the most since ..." is a statistic's year too: the comma only
    opens the clause that comments on the figure ("in 2,024" is no year)."""
    text = "The gap with Peru reached $90 billion in 2024, its widest yet. The duty starts May 2."
    assert infer_reference(text) == dt.date(default_year(), 7, 1)
    dates = [c.value for c in extract_text(text, None) if c.metric == "effective_date"]
    assert f"{default_year()}-05-02" in dates


def test_an_undated_text_reads_its_yearless_dates_past_a_bound_year() -> None:
    text = ("The pause was extended until August 1, 2027. "
            "The new 10% duty on softwood lumber takes effect on August 12.")
    dates = [c.value for c in extract_text(text, None) if c.metric == "effective_date"]
    assert f"{default_year()}-08-12" in dates


def test_a_next_year_named_only_as_a_plan_is_not_the_texts_year() -> None:
    """An undated text naming next year only as a plan ahead ("up for review in 2026",
    "its 2026 budget") is read in the default year's autumn, so its "since Aug. 1" falls in
    that year, not the next (h202-18, h210-1)."""
    text = ("Lima's 20% duty on US machinery has applied since Aug. 1. The pact itself is "
            "up for review in 2026, and the finance ministry's 2026 budget keeps the levy.")
    assert infer_reference(text) == dt.date(default_year(), 10, 1)
    dates = [c.value for c in extract_text(text, None) if c.metric == "effective_date"]
    assert dates == [f"{default_year()}-08-01"]
    # a full date of the next year still makes it the text's year
    assert infer_reference("The review opens on March 3, 2026, the ministry said.") == \
        dt.date(2026, 3, 3)


def test_a_past_year_named_only_as_a_comparison_is_not_the_texts_year() -> None:
    """An undated newsletter naming last year only as a year of comparison ("30 per cent
    of its 2024 volume", "what they shipped in 2023") is written in the default year: its
    "Aug. 1" is not last year's (h218-1)."""
    text = ("Lima now lets in duty-free only 30 per cent of the copper rod it bought in "
            "2023. The 15% duty on the rest took effect on Aug. 1.")
    assert infer_reference(text) == dt.date(default_year(), 7, 1)
    dates = [c.value for c in extract_text(text, None) if c.metric == "effective_date"]
    assert dates == [f"{default_year()}-08-01"]
    # a full date of an earlier year still makes it the text's year
    assert infer_reference("The quota opened on March 3, 2024, the ministry said.") == \
        dt.date(2024, 3, 3)
