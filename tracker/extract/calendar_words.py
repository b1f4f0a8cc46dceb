"""Month and weekday names for the extraction steps, read from rules/dates.toml.

The date layer owns those names ([months], [month_abbreviations], [weekdays],
[weekday_abbreviations]); the sentence splitter, the figure gates and the status cues
take them from there too, so that a name is added in one place.
"""

from __future__ import annotations

from functools import cache

from tracker import rules


@cache
def month_names() -> tuple[str, ...]:
    """Full month names, lower-cased, January first."""
    months = rules.load("dates")["months"]
    return tuple(sorted(months, key=months.get))


@cache
def month_abbreviations() -> tuple[str, ...]:
    """Month abbreviations ("jan", "sept"), lower-cased, as the date layer lists them."""
    return tuple(rules.load("dates")["month_abbreviations"])


@cache
def month_prefixes() -> tuple[str, ...]:
    """The first three letters of every month ("jan" .. "dec", "may" included): what
    starts any spelling of a month."""
    return tuple(dict.fromkeys(m[:3] for m in month_names()))


@cache
def weekday_names() -> tuple[str, ...]:
    """Full weekday names, lower-cased, Monday first."""
    days = rules.load("dates")["weekdays"]
    return tuple(sorted(days, key=days.get))


@cache
def weekday_abbreviations() -> tuple[str, ...]:
    """Weekday abbreviations ("mon", "tues", "thurs"), lower-cased."""
    return tuple(rules.load("dates")["weekday_abbreviations"])


@cache
def calendar_names() -> frozenset[str]:
    """Every month and weekday name and abbreviation, lower-cased."""
    return frozenset(month_names() + month_abbreviations() + weekday_names()
                     + weekday_abbreviations())
