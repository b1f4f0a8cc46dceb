"""15_current_values.sql (h265-1): a rate scheduled from a start of its own reads in effect
once that start has come, unless the official table starts the same rate only later: the
start was put off, and until the table's start the rate is still due."""

from tests.reconcile.stage import D, insert, run

F = {"fact_id": "f", "imposer": "US", "target": "*", "product": "trailers",
     "measure": "section_232"}


def _report(con) -> None:
    """'Trailers will pay a 25% levy from October 1' (Sept. 20, scheduled)."""
    insert(con, "fact_claims",
           {"claim_id": "s", "article": "a", "value": 25, "status": "scheduled",
            "status_rank": 2, "effective": D("2025-10-01"), "seq_date": D("2025-09-20"),
            "quote": "a 25% levy", **F})


def _official(con, start: str) -> None:
    insert(con, "reference",
           {"ref_id": 1, "imposer": "US", "target": "*", "product": "trailers",
            "measure": "section_232", "rate_percent": 25.0, "status": "in_effect",
            "effective_date": D(start), "end_date": None,
            "announced_date": D("2025-10-15"), "pause": False, "use_rate": True,
            "use_date": True, "tier": "PRIMARY", "source": "https://example.gov"})


def _at(con, day: str) -> dict:
    (row,) = [r for r in run(con, "15_current_values.sql", as_of=D(day)) if r["fact_id"] == "f"]
    return row


def test_a_start_the_table_puts_later_keeps_the_rate_due(con):
    _report(con)
    _official(con, "2025-11-01")
    got = _at(con, "2025-10-21")
    assert (got["value"], got["status"]) == (25, "scheduled")
    assert got["since"] == D("2025-11-01")
    assert "official table starts" in got["rule"]
    assert _at(con, "2025-11-03")["status"] == "in_effect"


def test_the_own_start_stands_without_a_later_official_one(con):
    """No official row, or one that starts on the claim's own day: in effect from it."""
    _report(con)
    assert _at(con, "2025-10-21")["status"] == "in_effect"
    _official(con, "2025-10-01")
    assert _at(con, "2025-10-21")["status"] == "in_effect"


def test_the_intervals_agree(con):
    """15b (stored intervals) reads the same as 15 at the dates around the table's start."""
    _official(con, "2025-11-01")
    _report(con)  # (the evidence order is made when the claims go in: the table first)
    run(con, "15b_current_intervals.sql")
    rows = con.execute("SELECT valid_from, status, since FROM current_intervals "
                       "WHERE fact_id = 'f' ORDER BY valid_from").fetchall()
    assert rows == [(D("2025-09-20"), "scheduled", D("2025-10-01")),
                    (D("2025-10-01"), "scheduled", D("2025-11-01")),
                    (D("2025-11-01"), "in_effect", D("2025-11-01"))]
