"""judgments.figure_change: a sentence's change cue as one figure's own (h88-1, moved from
01_claim_keys.sql, where h85-2 had put it)."""

from __future__ import annotations

from tracker.extract import judgments
from tracker.models import Claim


def _change(sentence: str, quote: str) -> str | None:
    claim = Claim(article="a", kind="rate", metric="tariff_rate", value=8.0, unit="percent",
                  quote=quote, sentence=sentence)
    return judgments.annotate(claim).change


def test_lower_as_the_adjective_of_the_figure_is_no_change() -> None:
    """"Bicycles pay a lower 8% rate" compares the figure with others: no change cue;
    "will lower the 20% levy to 12%", "a lowered 8% rate" and a sentence whose first
    "lower" is a verb still tell a change."""
    assert _change("Bicycles pay a lower 8 per cent rate than other goods.",
                   "8 per cent rate") is None
    assert _change("The ministry will lower the 20% levy to 12%.", "20%") == "lower"
    assert _change("Lamps now pay a lowered 8% rate.", "8% rate") == "lowered"
    assert _change("The board voted to lower duties, leaving tyres at a lower 12% rate.",
                   "12% rate") == "lower"


def test_other_cues_and_figures_not_in_the_sentence_are_kept() -> None:
    """Only the listed adjective cues are dropped, and only for a figure found in its
    sentence after one of the leads."""
    assert _change("Officials raised the levy on kettles to 30%.", "30%") == "raised"
    assert _change("Kettles pay a lower rate now.", "9%") == "lower"
    assert judgments.figure_change(None, "Kettles pay a lower 9% rate.", "9% rate") is None
