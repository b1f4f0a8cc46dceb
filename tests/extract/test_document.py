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
