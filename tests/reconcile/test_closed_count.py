"""A flow's count of a year gone by, told with a change cue (h255, 05_fact_claims.sql
`closed_count`, 13_updates.sql).

Article a (May 2025): "Zandia's goods surplus with the US reached $40 billion in 2024."
Article b (May 2025): "Zandia's $52 billion surplus with the US last year leaves little
reason to let the duties fall." Both count 2024; b's cue "fall" is the duties', and a count
of a year both articles write after does not move: the two disagree (no new epoch for b,
no update). A count told corrected ("the 2024 surplus was revised to $52 billion") is a
change of it, and so is a cue beside a count of the year still running.
"""

from typing import Any

import pytest

from tests.reconcile.stage import D, conflict_values, insert, run

F = {"fact_id": "s", "kind": "amount", "metric": "trade_surplus", "imposer": "ZZ",
     "target": "US", "product": None, "measure": None, "unit": "USD", "is_flow": True,
     "h": 0.5e9}


def _rows(con: Any, cue: str, period: str) -> dict[str, Any]:
    """a's $40 billion and b's $52 billion of `period`, b's sentence with the cue `cue`."""
    insert(con, "facts", {**{k: F[k] for k in ("fact_id", "metric", "imposer", "target",
                                               "product", "measure", "unit")},
                          "n_claims": 2, "n_sources": 2})
    insert(con, "_rc_flags",
           {**F, "claim_id": "a1", "article": "a", "value": 40e9, "period": period,
            "as_of": D("2025-05-12")},
           {**F, "claim_id": "b1", "article": "b", "value": 52e9, "period": period,
            "change_word": cue, "as_of": D("2025-05-15")})
    got = {r["claim_id"]: r for r in run(con, "05_fact_claims.sql")}
    return got


@pytest.mark.parametrize(("cue", "period", "changed"),
                         [("fall", "2024", False), ("revised", "2024", True),
                          ("fall", "2025", True), ("", "2024", False)])
def test_a_closed_years_count_with_a_cue(con: Any, cue: str, period: str,
                                         changed: bool) -> None:
    """2024's count told in 2025 with "fall" is no change: one epoch with a's, so the two
    disagree; "revised" is, and so is a cue beside 2025's running count."""
    got = _rows(con, cue, period)
    assert got["b1"]["is_change"] is changed
    assert (got["b1"]["epoch"] == got["a1"]["epoch"]) is not changed
    assert ((40e9, 52e9) in conflict_values(con)) is not changed
    updates = run(con, "13_updates.sql")
    assert bool(updates) is changed


def _month_rows(con: Any, cue: str, period: str) -> dict[str, Any]:
    """(h264) a's $40 billion and b's $52 billion of `period`, both told on Nov. 13, 2025,
    b's sentence with the cue `cue` ("receipts of $52 billion, released after the shutdown
    delay")."""
    insert(con, "facts", {**{k: F[k] for k in ("fact_id", "metric", "imposer", "target",
                                               "product", "measure", "unit")},
                          "n_claims": 2, "n_sources": 2})
    insert(con, "_rc_flags",
           {**F, "claim_id": "a1", "article": "a", "value": 40e9, "period": period,
            "as_of": D("2025-11-12")},
           {**F, "claim_id": "b1", "article": "b", "value": 52e9, "period": period,
            "change_word": cue, "as_of": D("2025-11-13")})
    return {r["claim_id"]: r for r in run(con, "05_fact_claims.sql")}


@pytest.mark.parametrize(("cue", "period", "changed"),
                         [("delay", "2025-10", False), ("delay", "2025-Q3", False),
                          ("delay", "2025-H1", False), ("revised", "2025-10", True),
                          ("delay", "2025-11", True), ("delay", "2025-YTD", True),
                          ("delay", "2025-H2", True)])
def test_an_ended_months_count_with_a_cue(con: Any, cue: str, period: str,
                                          changed: bool) -> None:
    """(h264) October's count told in November with "delay" is no change (nor a quarter's
    or a half's that had ended): one epoch with a's, so the two disagree; "revised" is a
    change, and so is a cue beside a month, year to date or half still running."""
    got = _month_rows(con, cue, period)
    assert got["b1"]["is_change"] is changed
    assert ((40e9, 52e9) in conflict_values(con)) is not changed
