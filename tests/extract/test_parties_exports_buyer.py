"""Exports whose owner is found before their sentence (a firm's country told earlier) and
whose sentence names the US as the buyer ("its $3 million of monthly US shipments") go to
the US, not to no partner (tracker/extract/parties.py `_trade_parties`). Sentences of our
own."""

from __future__ import annotations

from tracker.extract.engine import extract_text


def test_exports_told_as_us_shipments_go_to_the_us() -> None:
    claims = extract_text("A sawmill in Kamloops, Canada, cut a shift this week. Its owner said "
                          "the firm books about $3 million of monthly US shipments.",
                          "2025-10-20")
    got = {c.value: (c.metric, c.imposer, c.target) for c in claims if c.kind == "amount"}
    assert got[3_000_000] == ("exports", "CA", "US")
