"""The tiers of a flat postal duty set by the sender country's rate ("$70, $140 or $190 per
item depending on the sender country's rate") are every partner's ("*"), the US rule's, not
the partner the article or the sentence before names (tracker/extract/parties.py
`_parcel_parties`, `PARCEL_TIER_RE`). Sentences of our own."""

from __future__ import annotations

import pytest

from tracker.extract.engine import extract_text

LEAD = "The US ended the duty-free treatment of low-value parcels from Japan on Aug. 29. "


def _parties(text: str) -> dict[object, tuple[str | None, str | None]]:
    return {c.value: (c.imposer, c.target) for c in extract_text(text, "2025-09-02")
            if c.kind == "amount"}


@pytest.mark.parametrize("text", [
    "Foreign postal services may, for six months, pay a flat duty of $70, $140 or $190 per "
    "item depending on the sender country's rate.",
    "For six months, a flat duty per item: $70 where that country's rate is below 16%, $140 "
    "where it is 16% to 25%, and $190 where it is above 25%.",
])
def test_tiers_set_by_the_senders_rate_are_everyones(text: str) -> None:
    got = _parties(LEAD + text)
    assert got[70] == ("US", "*")
    assert got[190] == ("US", "*")


def test_one_partners_flat_charge_keeps_its_partner() -> None:
    got = _parties("The US ended the duty-free treatment of low-value parcels on Aug. 29. "
                   "Postal parcels from Japan, whose country rate is 15 per cent, now pay a "
                   "flat duty of $80 per item.")
    assert got[80][1] != "*"
