"""h116's throughput change leaves every answer as it was: without a reference, find_dates
tries first the patterns whose matches can give a date that needs none, and the others
only when one of those does (docs/benchmarks.md, h116's section)."""

from __future__ import annotations

import random

import pytest

from tracker.extract import dates

#: word pieces written for these tests: full dates of each kind (month first, day first,
#: ISO, slash, ambiguous numeric, a one-off holiday with its year, a holiday with a year),
#: and what only a reference resolves (weekdays, "yesterday", "3 days ago", year-less days,
#: periods, units), with offsets in front of full dates
PIECES = [
    "March 4, 2025", "4 March 2025", "the 4th of March, 2025", "2025-03-04", "3/4/2025",
    "09-05-2025", "Liberation Day", "Christmas 2024", "July 4th", "Friday", "on Tuesday",
    "next Monday", "yesterday", "3 days ago", "two weeks", "in 10 days", "for 90 days",
    "a week after", "two days before", "the first quarter", "last month", "since May",
    "May", "may", "Sept. 9", "2026", "'25", "of 2024", "the 15th of next month",
    "Thursday, April 10", "noon", "tariff", "of 25%", "rose", "and", ",", ".", "\n",
]


def _texts(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return [" ".join(rng.choice(PIECES) for _ in range(rng.randint(1, 16))) for _ in range(n)]


def _every_pattern_first(monkeypatch: pytest.MonkeyPatch) -> None:
    """find_dates as it was before h116: every pattern tried, whatever the reference."""
    select = dates._select
    monkeypatch.setattr(dates, "_select", lambda text, own_windows=True, absolute_only=None:
                        select(text, own_windows))


@pytest.mark.parametrize("prefer", ["auto", "auto,dmy", "past"])
def test_no_reference_dates_unchanged(monkeypatch: pytest.MonkeyPatch, prefer: str) -> None:
    """On 1,500 random texts of full dates, weekdays, relative days, offsets and periods,
    find_dates without a reference gives what trying every pattern gave."""
    texts = _texts(1500, 116)
    now = [dates.find_dates(t, None, prefer) for t in texts]
    _every_pattern_first(monkeypatch)
    before = [dates.find_dates(t, None, prefer) for t in texts]
    assert now == before
    assert sum(map(bool, now)) > 300  # (the texts hold full dates often enough)


def test_other_patterns_resolve_to_nothing_without_reference() -> None:
    """The premise: a match of a pattern not marked `absolute` (no year, dateparser or
    holiday group) resolves to nothing without a reference, whichever options."""
    seen = 0
    for text in _texts(800, 1160):
        for _s, _e, _o, pat, m in dates._select(text):
            if not pat.absolute:
                seen += 1
                for prefer in ("auto", "auto,dmy", "future"):
                    assert dates._resolve(m, pat, text, None, dates._opts(prefer)) is None
    assert seen > 500


def test_reference_less_text_without_full_date_skips_other_patterns(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A text with weekdays, units and year-less days but no full date: without a
    reference only the patterns that can give a full date are tried; with a full date
    added, or with a reference, all of them are."""
    tried: list[bool] = []
    candidates = dates._candidates

    def spy(text, hits, pats, *rest):  # type: ignore[no-untyped-def]
        tried.extend(p.absolute for p in pats)
        return candidates(text, hits, pats, *rest)

    monkeypatch.setattr(dates, "_candidates", spy)
    text = "Officials said on Friday the levy of 10% for two weeks ends in 10 days, May 9."
    assert dates.find_dates(text, None) == []
    assert tried and all(tried)
    tried.clear()
    assert dates.find_dates(text + " The talks of May 9, 2025 stalled.", None)
    assert not all(tried)
    tried.clear()
    assert dates.find_dates(text, dates.dt.date(2025, 5, 14))
    assert not all(tried)


def test_spans_at_equal_finditer() -> None:
    """context.spans_at (the loop match_at_words and document.bound_years share): tried
    at every place a match can start, it finds finditer's spans; places inside a match
    are skipped, and a place where nothing matches is passed over."""
    import re

    from tracker.extract import context

    rng = random.Random(1161)
    regex = re.compile(r"ab+|b(?:c|a)")
    for _ in range(3000):
        text = "".join(rng.choice("abcx ") for _ in range(rng.randint(0, 30)))
        places = sorted({i for i, ch in enumerate(text) if ch in "ab"})
        assert context.spans_at(regex, places, text) == [m.span()
                                                         for m in regex.finditer(text)], text
    assert context.spans_at(regex, [0, 1, 2, 5], "abbx ba") == [(0, 3), (5, 7)]


def test_bound_years_through_spans_at(monkeypatch: pytest.MonkeyPatch) -> None:
    """bound_years reads its years from spans_at's spans (a year is a match's last four
    characters): with spans_at made to find nothing, no year is bound."""
    from tracker.extract import context, document

    text = "The levy runs until 2027 and from March 2028 on."
    assert document.bound_years(text) == {text.index("2027"), text.index("2028")}
    monkeypatch.setattr(context, "spans_at", lambda regex, starts, text: [])
    assert document.bound_years(text) == set()
