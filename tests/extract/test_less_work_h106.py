"""h106's throughput change leaves every answer as it was: the years told as a bound of an
undated article are found by trying BOUND_YEAR_RE only where its first words stand
(docs/benchmarks.md, h106's section)."""

from __future__ import annotations

import random

import pytest

from tracker.extract import document
from tracker.extract.document import BOUND_WORDS, BOUND_YEAR_RE, bound_years, infer_reference

#: texts written for these tests: each bound word before a year, a month, a day, "the end
#: of"; the words inside others ("tomorrow", "Toronto", "stand by"), capitalised, repeated,
#: overlapping ("until till 2026"), and years that are no years (5 digits, 2150)
TEXTS = [
    "The pause runs until November 10, 2026, and the levy from 2027 on.",
    "Duties climb by the end of 2028; starting mid-2029 they ease, beginning late 2030.",
    "Tomorrow Toronto stands by 2025 figures; Until 2026 nothing changes through 2027.",
    "until till 2026 to to 2027 from from March 2028 by by 3 2029",
    "From 20255 to 2150 and till 1999, through the start of 2001.",
    "to2025 by\n2026 from\tApril 4,  2027 until the middle of 2031",
    "No bound here: the rate was 25% in 2024 and 2025.",
    "",
]


@pytest.mark.parametrize("text", TEXTS)
def test_bound_years_equal_finditer(text: str) -> None:
    """bound_years finds the group starts BOUND_YEAR_RE.finditer finds."""
    assert bound_years(text) == {m.start(1) for m in BOUND_YEAR_RE.finditer(text)}


def test_bound_years_equal_finditer_random() -> None:
    """On 5,000 random texts of the bound words, capitals, months, days, years, digits
    and separators, bound_years equals the scan of the whole text."""
    rng = random.Random(106)
    pieces = [*BOUND_WORDS, *(w.capitalize() for w in BOUND_WORDS), "the end of", "mid-",
              "early", "March", "Sept.", "12,", "3", "2025", "1999", "2150", "20255", "19",
              "x", "auto", "stop", " ", "  ", "\n", ",", ".", "-", "’"]
    for _ in range(5000):
        text = "".join(rng.choice(pieces) + rng.choice(("", " ", " ", "\t"))
                       for _ in range(rng.randint(0, 14)))
        assert bound_years(text) == {m.start(1) for m in BOUND_YEAR_RE.finditer(text)}, text


def test_infer_reference_uses_bound_years(monkeypatch: pytest.MonkeyPatch) -> None:
    """infer_reference leaves out the years bound_years finds: with it made to find none,
    the year after "until" becomes the latest year (so the test fails without the call)."""
    text = "The levy of 10% took effect on March 3, 2025 and runs until June 30, 2027."
    assert infer_reference(text).isoformat() == "2025-03-03"
    monkeypatch.setattr(document, "bound_years", lambda _text: set())
    # (a full date: a later year named alone is a plan ahead since h202-18, h210-1)
    assert infer_reference(text).isoformat() == "2027-06-30"
