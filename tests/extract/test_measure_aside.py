"""A combined word before a figure set aside ("instead of the 30%") is the other figure's
(tracker/extract/measure.py, combined)."""

from __future__ import annotations

from tests.extract.step_context import figure_at
from tracker.extract import measure

TEXT = ("Peruvian goods will face a Chilean duty of 12% – an all-in ceiling that includes "
        "existing duties – instead of the 40% Santiago had threatened.")


def test_the_set_aside_figure_is_not_combined() -> None:
    assert measure.combined(figure_at(TEXT, 40.0)).value is False


def test_without_the_aside_the_word_still_binds() -> None:
    text = "Peruvian goods will face an all-in ceiling of 40% at the Chilean border."
    assert measure.combined(figure_at(text, 40.0)).value is True
