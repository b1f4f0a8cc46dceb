"""A pause told again by a later article opens no epoch (h282, 05_fact_claims.sql
`pause_retold`).

Article a (June 20): "The 24% rate named for the islands in April stays on hold until
August." (24%, scheduled, the pause cue "on hold".)
Article b (Sept. 5, a members' letter): "In April Washington named 24% for our goods and
then put it on hold. Since Aug. 7 our shipments have paid 17%." (24% paused, cue "put it on
hold"; 17% in effect from Aug. 7.)
Article c (Oct. 20): "Island goods have paid 18% since Aug. 7."

b's 24% is a's pause told again, months on, as history: no change on b's day, so b's 17%
and c's 18% (one start, Aug. 7) sit in one epoch and disagree. A pause no article told
before is still a change, and so is a value an earlier article gave only in force.
"""

from typing import Any

from tests.reconcile.stage import D, insert, raised_conflicts, run

K = {"fact_id": "p", "metric": "tariff_rate", "imposer": "US", "target": "KI",
     "product": "all", "measure": "reciprocal", "unit": "percent"}


def _rows(con: Any, earlier: dict[str, Any] | None) -> dict[str, Any]:
    """b's paused 24% and 17%, c's 18%, and a's earlier 24% when given: claim id -> fact
    claim (05)."""
    insert(con, "facts", {**K, "n_claims": 4, "n_sources": 3})
    rows = [{**K, "claim_id": "b1", "article": "b", "value": 24, "status": "paused",
             "change_word": "put it on hold", "pause_word": True, "as_of": D("2025-09-05")},
            {**K, "claim_id": "b2", "article": "b", "value": 17, "status": "in_effect",
             "effective": D("2025-08-07"), "as_of": D("2025-09-05"), "quote_start": 80},
            {**K, "claim_id": "c1", "article": "c", "value": 18, "status": "in_effect",
             "effective": D("2025-08-07"), "as_of": D("2025-10-20")}]
    if earlier is not None:
        rows.append({**K, "claim_id": "a1", "article": "a", "value": 24,
                     "as_of": D("2025-06-20"), **earlier})
    insert(con, "_rc_flags", *rows)
    return {r["claim_id"]: r for r in run(con, "05_fact_claims.sql")}


ON_HOLD = {"status": "scheduled", "change_word": "on hold", "pause_word": True}


def test_a_pause_told_again_opens_no_epoch(con: Any) -> None:
    got = _rows(con, ON_HOLD)
    assert got["b1"]["is_change"] is False
    assert got["b2"]["epoch"] == got["c1"]["epoch"]
    assert (17, 18) in raised_conflicts(con)


def test_a_pause_told_first_is_a_change(con: Any) -> None:
    got = _rows(con, None)
    assert got["b1"]["is_change"] is True
    assert got["b2"]["epoch"] != got["c1"]["epoch"]


def test_a_value_told_before_only_in_force_is_no_pause_told_again(con: Any) -> None:
    got = _rows(con, {"status": "in_effect"})
    assert got["b1"]["is_change"] is True
