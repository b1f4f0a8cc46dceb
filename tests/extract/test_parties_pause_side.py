"""A paused levy whose sentence names no partner (tracker/extract/parties.py, pause_target):
everyone's, unless it is a partner's own levy, which answers the US. Sentences of our own."""

from __future__ import annotations

from tracker.extract.engine import extract_text

LEAD = "Washington and Ottawa traded blows over tariffs this spring. "


def test_a_partners_paused_countermeasures_answer_the_us() -> None:
    text = LEAD + "Brussels said its two packages of countermeasures stay suspended for six months."
    got = [(c.imposer, c.target) for c in extract_text(text, "2025-08-10")
           if c.metric == "pause_length"]
    assert got == [("EU", "US")]


def test_a_us_pause_with_no_partner_named_stays_everyones() -> None:
    text = LEAD + "The White House said the suspension runs for 90 days."
    got = [c.target for c in extract_text(text, "2025-04-10") if c.metric == "pause_length"]
    assert got == [None]
