"""Sentences and figures (tracker/extract/sentences.py, figures.py, calendar_words.py)."""

from __future__ import annotations

import datetime as dt

from tracker.extract import calendar_words, figures
from tracker.extract.sentences import Sentence, abbreviations, clause_bounds, split_sentences


def _figs(text: str, reference: dt.date = dt.date(2025, 7, 1)) -> list[figures.Figure]:
    return figures.find_figures(Sentence(0, text), reference)


def _dates(text: str, reference: dt.date, known: bool = True) -> list[str]:
    """The resolved dates of one sentence: whether the reference is known changes the year."""
    found = figures.find_figures(Sentence(0, text), reference, known=known)
    return [f.value for f in found if f.quantity == "date"]


def test_a_month_abbreviation_ends_no_sentence() -> None:
    text = "The levy starts Sept. 3 in Lima. Officials agreed."
    got = [text[a:b] for a, b in split_sentences(text)]
    assert got == ["The levy starts Sept. 3 in Lima.", "Officials agreed."]


def test_month_names_come_from_the_date_rules() -> None:
    assert calendar_words.month_names()[0] == "january"
    assert "sept" in calendar_words.month_abbreviations()
    assert "may" in calendar_words.month_prefixes()
    assert {"sept.", "jan.", "u.s."} <= abbreviations()
    assert "may." not in abbreviations()  # "in May." ends a sentence


def test_a_sentence_with_only_a_month_name_is_read_for_dates() -> None:
    assert "november" in figures.figure_words() and "tues" in figures.date_words()
    got = _figs("The tariff deadline is November first.")
    assert [(f.quantity, f.value) for f in got] == [("date", "2025-11-01")]


def test_percentage_points_are_no_rate() -> None:
    assert _figs("The duty rose 5 percentage points.") == []


def test_a_shared_unit_gives_both_figures_a_rate() -> None:
    got = _figs("Shipments fell 4.5 and 9 percent.")
    assert [(f.value, f.unit) for f in got] == [(4.5, "percent"), (9.0, "percent")]


def test_from_to_marks_the_old_value() -> None:
    old, new = _figs("The levy goes from 12% to 8% in June.")[:2]
    assert (old.role, new.role) == ("previous", None)
    assert old.partner is new and new.partner is old


def test_up_from_marks_the_later_figure_old() -> None:
    new, old = _figs("Peru now faces a 30% duty, up from 10%.")
    assert (new.role, old.role) == (None, "previous")


def test_a_comma_and_from_mark_the_later_rate_old() -> None:
    new, old = _figs("- Chilean wine: 12 per cent, from 35 per cent.")
    assert (new.role, old.role) == (None, "previous")
    # amounts keep no such pair (a range of estimates, then the old one)
    got = _figs("GM put the bill between $3 billion and $3.5 billion, from $4 billion.")
    assert all(f.role is None for f in got)


def test_a_bare_number_after_down_from_is_the_rates_old_value() -> None:
    new, day, old = _figs("Bolivian goods pay 12 per cent from next Monday, down from 18.")
    assert (new.value, day.quantity, old.value, old.unit) == (12.0, "date", 18.0, "percent")
    assert (old.role, old.kind, old.partner) == ("previous", "bare", new)
    new, old = _figs("Paraguay: 15 per cent, from 41, after the talks.")
    assert (new.value, old.value, old.role) == (15.0, 41.0, "previous")
    # a number that goes on ("18 items", "12 in 2023", "35 and 32") is no old value
    assert len(_figs("A 12 per cent levy now covers 40 lines, up from 18 items.")) == 1
    assert len(_figs("Andean partners: 15 per cent each, from 35 and 32.")) == 1


def test_a_change_verb_makes_the_first_figure_old() -> None:
    old, new = _figs("Lima will trim the 9% duty on wheat to 6%.")
    assert old.role == "previous" and new.role is None
    # without a change verb the same shape is no change
    a, b = _figs("Lima keeps the 9% duty on wheat next to 6%.")
    assert a.role is None and b.role is None


def test_a_bare_future_weekday_after_a_deadline_word_is_next_week() -> None:
    (d,) = [f for f in _figs("The duties take effect from Monday.", dt.date(2025, 7, 2))
            if f.quantity == "date"]
    assert d.value == "2025-07-07"


def test_clause_bounds_stop_at_a_semicolon() -> None:
    s = "Peru pays 10%; Chile pays 20%"
    lo, hi = clause_bounds(s, s.index("20"), s.index("20") + 3)
    assert s[lo:hi].strip() == "Chile pays 20%"


def test_a_date_since_is_one_gone_by_when_the_publication_date_is_known() -> None:
    text = "The 12% levy on Peruvian grapes has applied since March 2."
    ref = dt.date(2025, 11, 20)
    assert _dates(text, ref) == ["2025-03-02"]
    # a guessed reference may be months early: as read
    assert _dates(text, ref, known=False) == ["2026-03-02"]


def test_a_date_since_already_past_keeps_its_year() -> None:
    text = "The 12% levy on Peruvian grapes has applied since March 2."
    assert _dates(text, dt.date(2025, 4, 1)) == ["2025-03-02"]


def test_a_change_done_told_after_a_future_verb_is_one_gone_by() -> None:
    """The main clause looks ahead ("will stop"), the relative clause right before the date
    tells a change done ("the duties it placed on ... on March 10"): last March (h202-15)."""
    text = ("Lima said on Wednesday that it will stop collecting the 10% duties it placed on "
            "Chilean grapes on March 10.")
    assert _dates(text, dt.date(2025, 11, 6))[-1] == "2025-03-10"
    # ... but a future word after the change done still looks ahead
    later = "Lima placed a 10% duty on Chilean grapes that will end on March 10."
    assert _dates(later, dt.date(2025, 11, 6)) == ["2026-03-10"]


def test_a_figure_standing_alone_is_read_with_the_sentence_that_names_it() -> None:
    text = "1. 32 per cent. The top US tariff on Peruvian goods.\n2. $4 billion. Duties paid."
    got = [text[a:b] for a, b in split_sentences(text)]
    assert got == ["1.", "32 per cent. The top US tariff on Peruvian goods.", "2.",
                   "$4 billion. Duties paid."]


def test_a_sentence_with_more_than_a_figure_still_ends_at_its_full_stop() -> None:
    text = "Peru pays 32 per cent. The tariff began in May.\nRates: 32 per cent."
    got = [text[a:b] for a, b in split_sentences(text)]
    assert got == ["Peru pays 32 per cent.", "The tariff began in May.", "Rates: 32 per cent."]


def test_a_change_told_done_far_ahead_is_last_years_when_the_date_is_known() -> None:
    text = "Lima matched the American move with a 20% duty on US wheat from March 15."
    ref = dt.date(2025, 11, 20)
    assert _dates(text, ref) == ["2025-03-15"]
    # a guessed reference may be months early: as read
    assert _dates(text, ref, known=False) == ["2026-03-15"]


def test_a_change_told_done_but_near_ahead_keeps_the_nearest_day() -> None:
    # within two months of publication an odd text is likelier than last year's day
    text = "Lima matched the American move with a 20% duty on US wheat from Dec. 15."
    assert _dates(text, dt.date(2025, 11, 20)) == ["2025-12-15"]
