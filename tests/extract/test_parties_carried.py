"""Parties carried from the sentence before (tracker/extract/parties.py, levy_target): a
sentence naming no country takes the first partner of the sentence before, never the place
where the parties met."""

from __future__ import annotations

from tests.extract.step_context import figure_at
from tracker.extract import parties
from tracker.extract.engine import extract_text

SUMMIT = ("The pact, sealed at a summit in Japan, eases trade between Peru and the United "
          "States. Its terms took effect on June 2, 2025.")


def test_a_venue_of_the_sentence_before_is_not_the_target() -> None:
    fc = figure_at(SUMMIT, "2025-06-02")
    got = parties.levy_parties(fc, "tariff_rate")
    assert got.values == ("US", "PE")
    assert "sentence before" in got.target.evidence


def test_a_partner_of_the_sentence_before_is_still_the_target() -> None:
    """Without a venue the first country of the sentence before is taken, as before."""
    text = "The pact eases trade between Peru and the United States. Its terms took effect " \
           "on June 2, 2025."
    got = parties.levy_parties(figure_at(text, "2025-06-02"), "tariff_rate")
    assert got.values == ("US", "PE")


def test_the_start_date_of_a_deal_signed_abroad_is_the_partners() -> None:
    claims = [c for c in extract_text(SUMMIT, "2025-07-01") if c.metric == "effective_date"]
    assert [(c.value, c.imposer, c.target) for c in claims] == [("2025-06-02", "US", "PE")]
