"""07_claim_pairs.sql (h179): one pause's length told twice, weeks apart. Two articles'
lengths of the fact's pause, both in effect, in one epoch (no change told between them),
published more than $window_days but at most $total_days days apart, are compared: a pause
does not change its length untold. Not a previous value, not an inferred date, not two
epochs, not further apart, not when either article states the other's length.
Hand-made rows."""

from __future__ import annotations

from typing import Any

import pytest

from tests.reconcile.stage import D, insert, run

PAUSE = {"fact_id": "f", "metric": "pause_length", "unit": "day", "kind": "duration",
         "h": 0.5, "status": "in_effect", "pause_word": True, "imposer": "US",
         "target": "CN", "product": "all", "measure": "reciprocal"}


def _pairs(con: Any, b: dict[str, Any], *more: dict[str, Any]) -> set[tuple[str, str]]:
    """a: "extended by 90 days" on Aug. 12 (its change opens epoch 1); b: another length."""
    insert(con, "fact_claims",
           {**PAUSE, "claim_id": "a", "article": "a", "value": 90, "is_change": True,
            "epoch": 1, "seq_date": D("2025-08-12")},
           {**PAUSE, "claim_id": "b", "article": "b", "value": 60, "epoch": 1,
            "seq_date": D("2025-09-22"), **b}, *more)
    return {(r["ca"], r["cb"]) for r in run(con, "07_claim_pairs.sql")}


@pytest.mark.parametrize(("b", "paired"), [
    ({}, True),                                   # five weeks on, one epoch: compared
    ({"seq_date": D("2025-10-10")}, False),       # two months on: beyond $total_days
    ({"epoch": 2}, False),                        # a change told between them
    ({"status": "previous", "is_prev": True}, False),  # an old length: history
    ({"date_inferred": True}, False),             # placed only by a guess
])
def test_one_pauses_length_told_twice_weeks_apart(con: Any, b: dict[str, Any],
                                                 paired: bool) -> None:
    assert (("a", "b") in _pairs(con, b)) is paired


def test_an_article_stating_both_lengths_tells_two_pauses(con: Any) -> None:
    both = {**PAUSE, "claim_id": "b2", "article": "b", "value": 90, "epoch": 1,
            "seq_date": D("2025-09-22")}
    assert ("a", "b") not in _pairs(con, {}, both)
