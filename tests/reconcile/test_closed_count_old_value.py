"""A closed count told with an earlier period's count as its old value (h273, 05_fact_claims.sql
`closed_count`, 13_updates.sql, 15_current_rules.sql `votes`).

Article j (July 12): "Customs duties brought in $27.2 billion in June."
Article a (Aug. 14): "Customs duties reached $29.6 billion in July, up from $27.2 billion
in June." The extractor keys the old value to July, a's own period (its "in June" not read).
Article b (no date): "$27.2 billion: July's customs take, the Treasury says."

July had ended when a wrote, so its count is closed: the cue "up from" compares it with
June's (h255, h264), and so does the old value a gives beside it; neither makes a's $29.6
billion a new value of July's count. a and b count the same month and disagree; no update.
A count told corrected ("revised from") is a change, and so is one of a month still running.
June's count (j) is another period's figure: it votes for no side of July's conflict, so the
current value of the fact is a's, the latest report.
"""

from typing import Any

import pytest

from tests.reconcile.stage import D, insert, raised_conflicts, run

F = {"fact_id": "r", "kind": "amount", "metric": "revenue", "imposer": "US", "target": "*",
     "product": None, "measure": None, "unit": "USD", "is_flow": True, "h": 0.05e9}


def _rows(con: Any, cue: str, period: str) -> dict[str, Any]:
    """j's June count, a's count of `period` with the cue `cue` and its old value, b's
    undated count of `period`, through 05: claim id -> fact claim."""
    insert(con, "facts", {**{k: F[k] for k in ("fact_id", "metric", "imposer", "target",
                                               "product", "measure", "unit")},
                          "n_claims": 4, "n_sources": 3})
    insert(con, "_rc_flags",
           {**F, "claim_id": "j1", "article": "j", "value": 27.2e9, "period": "2025-06",
            "status": "in_effect", "status_rank": 5, "as_of": D("2025-07-12")},
           {**F, "claim_id": "a1", "article": "a", "value": 29.6e9, "period": period,
            "change_word": cue, "as_of": D("2025-08-14"), "quote_start": 30},
           {**F, "claim_id": "a0", "article": "a", "value": 27.2e9, "period": period,
            "status": "previous", "status_rank": -1, "is_prev": True, "change_word": cue,
            "as_of": D("2025-08-14"), "quote_start": 60},
           {**F, "claim_id": "b1", "article": "b", "value": 27.2e9, "period": period,
            "seq_key": D("1900-01-01")})  # (04's key of a claim with no date)
    return {r["claim_id"]: r for r in run(con, "05_fact_claims.sql")}


@pytest.mark.parametrize(("cue", "period", "changed"),
                         [("up from", "2025-07", False), ("revised from", "2025-07", True),
                          ("up from", "2025-08", True)])
def test_an_old_value_beside_a_closed_count(con: Any, cue: str, period: str,
                                            changed: bool) -> None:
    """July's count told in August "up from" an old value is no change: one epoch with b's,
    so the two disagree and no update is listed; "revised from" is a change, and so is a
    cue beside August's running count."""
    got = _rows(con, cue, period)
    assert got["a1"]["is_change"] is changed
    assert (got["a1"]["epoch"] == got["b1"]["epoch"]) is not changed
    assert ((27.2e9, 29.6e9) in raised_conflicts(con)) is not changed
    assert bool(run(con, "13_updates.sql")) is changed


def test_another_periods_count_votes_in_no_conflict_of_this_one(con: Any) -> None:
    """July's conflict (a's $29.6 billion, b's $27.2 billion): June's $27.2 billion (j) is
    no second vote for b, so the latest report, a's, is the fact's current value."""
    _rows(con, "up from", "2025-07")
    raised_conflicts(con)
    run(con, "13_updates.sql")
    cur = run(con, "15_current_values.sql", as_of=D("2025-08-20"))
    assert [(r["value"], r["article"]) for r in cur if r["fact_id"] == "r"] == [(29.6e9, "a")]
