"""The date and duration layer (tracker/extract/dates.py, rules/dates.toml)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil

import pytest

from tracker import rules
from tracker.extract import dates, numbers
from tracker.extract.dates import (
    DateMention,
    DurationMention,
    check_rules,
    find_dates,
    find_durations,
    resolve_date,
)

REF = dt.date(2025, 7, 9)  # a Wednesday


def values(text: str, ref: dt.date | None = REF, prefer: str = "auto") -> list[str]:
    return [d.value.isoformat() for d in find_dates(text, ref, prefer)]


def days(text: str) -> list[float]:
    return [d.days for d in find_durations(text)]


# ----------------------------------------------------------------------------- API
def test_rule_examples_pass():
    n, failures = check_rules()
    assert n >= 50
    assert failures == []


def test_mentions_are_frozen_and_carry_their_surface():
    text = "Tariffs take effect Aug. 1, the White House said."
    (d,) = find_dates(text, REF)
    assert isinstance(d, DateMention)
    assert (d.text, text[d.start:d.end], d.value, d.kind) == (
        "Aug. 1", "Aug. 1", dt.date(2025, 8, 1), "yearless")
    with pytest.raises(dataclasses.FrozenInstanceError):
        d.value = REF  # type: ignore[misc]
    (u,) = find_durations("a 90-day pause")
    assert isinstance(u, DurationMention)
    assert (u.text, u.days) == ("90-day", 90)


def test_datetime_reference_and_bad_prefer():
    assert values("tomorrow", dt.datetime(2025, 7, 9, 23, 59)) == ["2025-07-10"]
    with pytest.raises(ValueError):
        find_dates("tomorrow", REF, "sometimes")
    assert find_dates("", REF) == []


# ---------------------------------------------------------------------- year-less
@pytest.mark.parametrize("text,ref,prefer,expected", [
    ("July 8", REF, "auto", "2025-07-08"),
    ("July 8", REF, "future", "2026-07-08"),
    ("Aug. 1", REF, "past", "2024-08-01"),
    ("Dec. 20", dt.date(2026, 1, 15), "auto", "2025-12-20"),  # nearest, not reference year
    ("Jan. 5", dt.date(2025, 12, 20), "auto", "2026-01-05"),
    ("1 August", REF, "auto", "2025-08-01"),
    ("Sept. 3", REF, "auto", "2025-09-03"),
    ("Feb 29", dt.date(2017, 3, 22), "auto", "2016-02-29"),
])
def test_yearless_dates_take_the_nearest_year(text, ref, prefer, expected):
    assert values(text, ref, prefer) == [expected]


def test_absolute_dates():
    assert values("signed August 1, 2025 and on 04th Jan 2019", None) == [
        "2025-08-01", "2019-01-04"]
    assert [d.kind for d in find_dates("August 1, 2025", None)] == ["absolute"]


def test_weekday_before_a_date_picks_the_agreeing_year():
    assert values("on Thursday, April 10", REF) == ["2025-04-10"]
    (d,) = find_dates("starting Thursday, April 10, at 12:01 a.m.", REF)
    assert d.text == "Thursday, April 10"


# ------------------------------------------------------------------------ weekdays
@pytest.mark.parametrize("text,expected", [
    ("Wednesday last week", "2025-07-02"),
    ("last week Wednesday", "2025-07-02"),
    ("next Friday", "2025-07-18"),  # the Friday of next week
    ("this Friday", "2025-07-11"),
    ("last Friday", "2025-07-04"),
    ("this coming Monday", "2025-07-14"),
    ("this past Monday", "2025-07-07"),
    ("tomorrow", "2025-07-10"),
    ("yesterday", "2025-07-08"),
    ("in two weeks", "2025-07-23"),
    ("10 days ago", "2025-06-29"),
])
def test_relative_expressions(text, expected):
    assert values(text) == [expected]


@pytest.mark.parametrize("text,expected", [
    ("Officials said Thursday the talks had ended.", "2025-07-03"),
    ("Officials said Wednesday the talks had ended.", "2025-07-09"),  # the same day
    ("The tariffs will take effect Friday.", "2025-07-11"),
    ("The tariffs are set to rise on Monday.", "2025-07-14"),
    ("Talks are scheduled for Tuesday.", "2025-07-15"),
    ("Countries have until Friday to respond.", "2025-07-11"),
    ("The levy applies from Monday.", "2025-07-14"),
    ("The ministry, which will review the plan, said Tuesday.", "2025-07-08"),
])
def test_bare_weekdays_follow_cue_words(text, expected):
    assert values(text) == [expected]


def test_bare_weekday_prefer_overrides_cues():
    assert values("They met Friday.", REF, "future") == ["2025-07-11"]
    assert values("They will meet Friday.", REF, "past") == ["2025-07-04"]


def test_cues_stay_in_their_sentence():
    text = "The tariffs will rise. Officials met Monday."
    assert values(text) == ["2025-07-07"]


def test_without_reference_only_absolute_dates():
    text = "On Monday, tomorrow, Aug. 1, in two weeks, Christmas and July 9, 2025"
    assert values(text, None) == ["2025-07-09"]


# -------------------------------------------------------------------------- numeric
def test_numeric_dates():
    assert values("2025-07-09 and 7/9/2025 and 2/29/2020", None) == [
        "2025-07-09", "2025-07-09", "2020-02-29"]
    assert values("dated 09-05-2025", None) == []  # ambiguous: May 9 or Sep 5
    assert values("dated 09-05-2025", None, "mdy") == ["2025-09-05"]
    assert values("dated 09-05-2025", None, "past,dmy") == ["2025-05-09"]
    assert values("dated 25-09-2025", None) == ["2025-09-25"]  # one reading only


@pytest.mark.parametrize("text", [
    "in 2025", "since 2019", "1962", "2025 Doorknock", "the 1990s", "Section 232",
    "the 4th", "1st", "10:32 AM", "24/7", "3/4", "the score was 3-2", "a 4:3 ratio",
    "May I ask?", "it may 5", "March 2025", "early August", "earlier this month",
    "last week", "next month", "the 21st century", "$5 billion",
])
def test_not_dates(text):
    assert values(text) == []


def test_resolve_date():
    assert resolve_date("Aug. 1", REF) == dt.date(2025, 8, 1)
    assert resolve_date("Wednesday last week", REF) == dt.date(2025, 7, 2)
    assert resolve_date("on Aug. 1, 2025", None) == dt.date(2025, 8, 1)
    assert resolve_date("Aug. 1", None) is None
    for span in ("2025", "Section 232", "3/4", "10:32 AM", "the 1990s", "2 weeks", ""):
        assert resolve_date(span, REF) is None, span


def test_resolve_date_falls_back_to_dateparser(monkeypatch):
    # "July, 8" is no pattern (in a text "In July, 8 countries" is no date), but a span
    # handed to resolve_date goes to dateparser, and gets the nearest year
    assert values("July, 8") == []
    assert resolve_date("July, 8", dt.date(2026, 1, 2)) == dt.date(2025, 7, 8)  # not 2026


def test_dateparser_only_sees_candidate_spans(monkeypatch):
    import dateparser

    seen: list[str] = []
    real = dateparser.parse

    def spy(span, *args, **kwargs):
        seen.append(span)
        return real(span, *args, **kwargs)

    monkeypatch.setattr(dateparser, "parse", spy)
    dates._dateparser.cache_clear()
    filler = "Officials discussed tariffs at length. " * 200
    text = filler + "The file was dated 2020/23/Sep, they said. " + filler
    assert values(text) == ["2020-09-23"]
    assert seen == ["2020/23/Sep"]
    values(text)
    assert seen == ["2020/23/Sep"]  # cached


# ------------------------------------------------------------------------ durations
@pytest.mark.parametrize("text,expected", [
    ("a 90-day pause", [90]),
    ("a 90 day pause", [90]),
    ("ninety-day pause", [90]),
    ("for 30 days", [30]),
    ("over the next two weeks", [14]),
    ("three months", [90]),
    ("18 months", [540]),
    ("a year", [365]),
    ("half a year", [182.5]),
    ("a year and a half", [547.5]),
    ("2 weeks and 2 days", [16]),
    ("paused the tariffs for 30 days after they agreed", [30]),
])
def test_durations(text, expected):
    assert days(text) == expected


@pytest.mark.parametrize("text", [
    "2025", "Section 232", "10 days ago", "in 90 days", "$5 billion a year",
    "twice a year", "a 30-year-old", "10-year Treasury yields", "a day after the talks",
])
def test_not_durations(text):
    assert days(text) == []


# ------------------------------------------------------------------ rules are data
@pytest.fixture
def rules_copy(tmp_path, monkeypatch):
    """A writable copy of rules/ that the layer reads instead of the real one."""
    src = rules.rules_dir()
    dst = tmp_path / "rules"
    shutil.copytree(src, dst)
    monkeypatch.setenv("TRACKER_RULES", str(dst))

    def clear():
        rules.load.cache_clear()
        numbers.lexicon.cache_clear()
        dates._grammar.cache_clear()
        dates._dateparser.cache_clear()
        dates._gate.cache_clear()

    clear()
    yield dst
    monkeypatch.delenv("TRACKER_RULES")
    clear()


def test_a_pattern_is_added_in_toml_only(rules_copy):
    assert values("Trade Day", REF) == []
    path = rules_copy / "dates.toml"
    path.write_text(path.read_text() + '\n[holidays.trade_day]\nnames = ["trade day"]\n'
                    'month = 5\nday = 20\n')
    rules.load.cache_clear()
    dates._grammar.cache_clear()
    dates._gate.cache_clear()
    assert values("on Trade Day", REF) == ["2025-05-20"]


def test_a_pattern_without_triggers_scans_the_whole_text(rules_copy):
    assert values("am 15. March") == []
    path = rules_copy / "dates.toml"
    path.write_text(path.read_text() + "\n[[patterns]]\nname = \"dotted_day\"\n"
                    "regex = '''(?<![\\d.])(?P<day>\\d{1,2})\\.\\s+(?P<month>@month)'''\n")
    rules.load.cache_clear()
    dates._grammar.cache_clear()
    dates._gate.cache_clear()
    assert values("Die Frist endet am 15. March, sagte er.") == ["2025-03-15"]


def test_broken_pattern_is_a_one_line_error(rules_copy):
    from tracker.errors import TrackerError

    path = rules_copy / "dates.toml"
    path.write_text(path.read_text() + "\n[[patterns]]\nname = \"bad\"\nregex = '(@nosuch'\n")
    rules.load.cache_clear()
    dates._grammar.cache_clear()
    with pytest.raises(TrackerError, match="unknown fragment @nosuch"):
        find_dates("Aug. 1", REF)


@pytest.mark.parametrize("entry,message", [
    ('near = ["mnth"]', "near must list trigger classes"),
    ("near = []", "near must list trigger classes"),
    ('near = ["month"]\nbefore = "zero"', "before must be a whole number"),
    ('near = ["month"]\nbefore = -1', "before must be a whole number"),
    ("before = 0", "before must be a whole number"),  # no near: no trigger to be ahead of
    ('near = ["month"]\nregex = 5\n[[patterns]]\nname = "other"', "a pattern needs a regex"),
])
def test_wrong_near_or_before_is_a_one_line_error(rules_copy, entry, message):
    """Either mistake would keep the pattern from ever being tried, without a word."""
    from tracker.errors import TrackerError

    path = rules_copy / "dates.toml"
    path.write_text(path.read_text()
                    + f"\n[[patterns]]\nname = \"mine\"\n{entry}\nregex = '@month'\n")
    rules.load.cache_clear()
    dates._grammar.cache_clear()
    with pytest.raises(TrackerError, match=f"rules/dates.toml: mine: {message}"):
        find_dates("Aug. 1", REF)


def test_a_class_of_gate_classes_is_a_known_trigger(rules_copy):
    path = rules_copy / "dates.toml"
    path.write_text(path.read_text()
                    + "\n[[patterns]]\nname = \"mine\"\nnear = [\"ago\"]\nbefore = 0\n"
                    + "regex = '\\bago\\b'\n")
    rules.load.cache_clear()
    dates._grammar.cache_clear()
    assert any(p.name == "mine" and p.before == 0 for p in dates._grammar().patterns)


# --------------------------------------------------------------------------- speed
NEWS = [
    "The White House said on Thursday that the 25% tariffs on Japanese goods would take "
    "effect Aug. 1, after a 90-day pause that expired July 9.",
    "Exports rose 5.9% last year to $55.6 billion, the ministry said in a statement.",
    "Seoul pledged to invest $350 billion in U.S. industries, including shipbuilding, "
    "semiconductors and batteries, according to officials familiar with the talks.",
    "Analysts expect the won to weaken further as exporters brace for higher duties and "
    "slower demand from American retailers and carmakers.",
    "The agreement, which still needs approval from lawmakers, cuts the rate on autos to "
    "15% from 25%, officials told reporters in Washington.",
    "Shares of Hyundai Motor rose 2.4% in Seoul, while the benchmark Kospi index gained "
    "0.8% as investors welcomed the deal.",
]


def test_many_news_sentences():
    """4000 pairs of news sentences: dates and durations are found in pairs as in each
    sentence alone (no timing here: benchmarks/ measures speed)."""
    texts = [f"{NEWS[i % len(NEWS)]} {NEWS[(i * 7 + 3) % len(NEWS)]} Ref {i}."
             for i in range(4000)]
    found = sum(len(find_dates(x, REF)) for x in texts)
    durations = sum(len(find_durations(x)) for x in texts)
    assert found >= 4000 * 2 * 3 // len(NEWS) and durations > 0
