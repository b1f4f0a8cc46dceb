"""A bare weekday read as the day the article names with that weekday (figures.weekdays_named):
the step returns the weekdays and their days with the words naming them, and figures_of
applies them to new figures, never to the figures it keeps for every reader."""

from __future__ import annotations

import datetime as dt

from tracker.extract import figures
from tracker.extract.figures import NamedDay
from tracker.extract.sentences import Sentence

REF = dt.date(2025, 7, 31)  # a Thursday
NAMED = "Peru's 12% levy on US wheat takes effect Friday, Aug. 1."
BARE = "A 20% duty on US corn starts Friday."


def _dates(figs: list[figures.Figure]) -> list[str]:
    return [str(f.value) for f in figs if f.quantity == "date"]


def test_weekdays_named_returns_the_day_and_its_evidence() -> None:
    got = figures.weekdays_named([Sentence(0, NAMED), Sentence(58, BARE)], REF)
    assert got == {4: NamedDay("2025-08-01", "Friday, Aug. 1")}


def test_two_days_of_one_weekday_name_none() -> None:
    other = Sentence(0, "Its 15% levy on US oats took effect Friday, July 25.")
    assert figures.weekdays_named([Sentence(0, NAMED), other], REF) == {}
    assert figures.weekdays_named([Sentence(0, NAMED)], None) == {}


def test_figures_of_applies_them_and_leaves_the_kept_figures_alone() -> None:
    bare = Sentence(58, BARE)
    plain = figures.figures_of(bare, REF)
    assert _dates(plain) == ["2025-07-25"]  # "starts Friday" alone reads back, as before
    named = figures.weekdays_named([Sentence(0, NAMED), bare], REF)
    read = figures.figures_of(bare, REF, True, named)
    assert _dates(read) == ["2025-08-01"]
    assert _dates(figures.figures_of(bare, REF)) == ["2025-07-25"]  # not changed in place
    assert all(a is b for a, b in zip(read, figures.figures_of(bare, REF, True, named),
                                      strict=True))  # kept once per named weekdays
    assert _dates(figures.find_figures(Sentence(58, BARE), REF, True, named)) == ["2025-08-01"]


def test_a_change_keeps_its_partner_among_the_new_figures() -> None:
    sent = Sentence(0, "The start of the 20% duty moves from Friday to Aug. 8.")
    ref = dt.date(2025, 8, 2)
    read = figures.figures_of(sent, ref, True, {4: NamedDay("2025-08-01", "Friday, Aug. 1")})
    dates = [f for f in read if f.quantity == "date"]
    assert [str(f.value) for f in dates] == ["2025-08-01", "2025-08-08"]
    assert dates[0].partner is dates[1] and dates[1].partner is dates[0]
