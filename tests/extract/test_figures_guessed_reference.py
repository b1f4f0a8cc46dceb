"""A year-less date in an article with no publication date is read against a reference
guessed from the text, the latest past day it states: the article was written on or after
that day, so a date told as ahead but read months before it is next year's
(tracker/extract/figures.py `_told_ahead_of_guess`, h286-7; h287-1 wrote the same reading
as `_ahead_of_guess` at the same time, and only one was kept). Sentences of our own."""

from __future__ import annotations

from tracker.extract.engine import extract_text

STEP = ("Peru imposed a 12 per cent duty on Chilean wine on July 2, 2025, the ministry said. "
        "The duty rises to 20 per cent on Jan. 1, and the wine growers of the south have "
        "asked Lima to think again.")


def _dates(text: str, published: str | None = None) -> set[str]:
    return {str(c.value) for c in extract_text(text, published) if c.kind == "date"}


def test_a_step_told_half_a_year_after_the_guessed_day_is_next_year() -> None:
    assert "2026-01-01" in _dates(STEP)
    assert "2025-01-01" not in _dates(STEP)


def test_a_known_publication_date_keeps_the_nearest_reading() -> None:
    """With the date given, the nearest reading stands as before (here the same year's)."""
    assert "2025-01-01" in _dates(STEP.replace("July 2, 2025", "June 2, 2025"), "2025-06-20")


def test_a_day_since_stays_behind_the_guess() -> None:
    """"since" tells a day gone by: it is not moved ahead of the guessed day."""
    text = ("Peru has charged a 12 per cent duty on Chilean wine since Jan. 1, the ministry "
            "said on July 2, 2025, and the growers of the south want it gone.")
    assert "2026-01-01" not in _dates(text)


def test_a_jump_told_with_its_old_level_is_ahead() -> None:
    """"jump from 25 to 50 per cent on Jan. 1" tells the day ahead as "rise to" does
    (rules/metadata.toml [inference] future, lead-34), so an undated column written in the
    autumn reads it as next year's January."""
    text = ("Imported couches have paid a 25 per cent tariff since Oct. 14, 2025. Under the "
            "proclamation, couches and kitchen cabinets jump from 25 to 50 per cent on Jan. 1.")
    assert "2026-01-01" in _dates(text)
    assert "2025-01-01" not in _dates(text)
