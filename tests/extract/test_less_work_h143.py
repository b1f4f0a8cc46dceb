"""h143's change in the date layer leaves every answer as it was: the word starts of the
trigger windows are found as runs of word characters not after one, instead of a word
boundary tested at every character (docs/benchmarks.md, h143's section)."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from tracker.extract import dates

#: texts written for these tests: dates and lengths of time beside other words, non-ASCII
#: letters and digits at word starts and inside words, underscores, symbols, line breaks
TEXTS = [
    "The duty rises to 20% on Aug. 1, 2025, two weeks after the July 9 deadline.",
    "Ministers met on Friday and agreed to talk again next Tuesday, 12/08/2025.",
    "Ítem: el 3 de junio, then Éight weeks; ſix days later, on 2025-10-01, it ends.",
    "From mid-September the 10% rate applies for ninety days, until Christmas.",
    "Nothing dated: the tariff_rate stays at 25% and _names_ are not dates.",
    "A 30-day pause began Monday;\nby ٣ March or the 4th of April, a year and a half.",
    "Officials said Wednesday last week that the levy ends in 2 weeks, on 1 August.",
    "“Straße” rules: naïve café owners paid 5% from 1 May — and 7% since 3 June.",
]

#: the word starts as they were found before h143
_BOUNDARY_WORD = re.compile(r"\b\w")


@pytest.mark.parametrize("text", TEXTS)
def test_word_starts_as_a_boundary_finds_them(text: str) -> None:
    """From any place (inside a word too) to any end, the same word starts as \\b\\w."""
    n = len(text)
    for lo in range(0, n, 3):
        for hi in (lo + 1, lo + 9, lo + 40, n + 1):
            want = [m.start() for m in _BOUNDARY_WORD.finditer(text, lo, hi)]
            got = [m.start() for m in dates._WORD_START.finditer(text, lo, hi)]
            assert got == want, (lo, hi)


@pytest.mark.parametrize("text", TEXTS)
def test_window_starts_as_before(text: str) -> None:
    """_starts (every trigger class, several window sizes) lists the word starts from the
    window's start up to each trigger, as \\b\\w found them."""
    hits = dates._gate(text)
    assert hits or "Nothing" in text
    for cls, triggers in hits.items():
        for before in (None, 0, 12, 200):
            width = before if before is not None else \
                dates._grammar().gate_windows.get(cls, (60, 90))[0]
            want: list[int] = []
            last = -1
            for p in triggers:
                want += [m.start() for m in
                         _BOUNDARY_WORD.finditer(text, max(last + 1, p - width), p + 1)]
                last = p
            assert dates._starts(text, hits, cls, before) == want, (cls, before)


@pytest.mark.parametrize("text", TEXTS)
def test_dates_same_with_first_characters(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """find_dates and find_durations give the same answers with every place tried and
    with only the places of the patterns' first characters."""
    ref = dt.date(2025, 7, 15)
    g = dates._grammar()
    dates._gate.cache_clear()
    for order in [p.order for p in g.patterns] + [-1]:
        monkeypatch.setitem(g.tried, order, 0)
    monkeypatch.setattr(dates, "_FIRST_CHARS_AFTER", 10**12)  # every place
    every = (dates.find_dates(text, ref), dates.find_dates(text, None),
             dates.find_durations(text))
    monkeypatch.setattr(dates, "_FIRST_CHARS_AFTER", 0)  # first characters in use
    filtered = (dates.find_dates(text, ref), dates.find_dates(text, None),
                dates.find_durations(text))
    assert filtered == every
