"""15_current_values.sql (h265-2): a deal's rate agreed with no start of its own is in
effect once the official table has the same rate in force for the partner, and a rate its
article states in effect that day (what goods paid while the deal was not yet in force)
gives way to it from then."""

from tests.reconcile.stage import D, insert, run

F = {"fact_id": "f", "imposer": "US", "target": "RU", "product": "all", "measure": "reciprocal"}


def _report(con) -> None:
    """'The pact sets a 19% US tariff on Ruritanian goods; while talks ran, they paid 10%'
    (July 23: the 19% agreed with no start, the 10% read in effect)."""
    insert(con, "fact_claims",
           {"claim_id": "a", "article": "a", "value": 19, "status": "agreed",
            "status_rank": 3, "quote_start": 10, "quote": "a 19% US tariff",
            "seq_date": D("2025-07-23"), **F},
           {"claim_id": "p", "article": "a", "value": 10, "status": "in_effect",
            "status_rank": 5, "quote_start": 60, "quote": "they paid 10%",
            "seq_date": D("2025-07-23"), **F})


def _official(con, rate: float = 19.0) -> None:
    insert(con, "reference",
           {"ref_id": 1, "imposer": "US", "target": "RU", "product": "all",
            "measure": "reciprocal", "rate_percent": rate, "status": "in_effect",
            "effective_date": D("2025-08-07"), "end_date": None,
            "announced_date": D("2025-07-31"), "pause": False, "use_rate": True,
            "use_date": True, "tier": "PRIMARY", "source": "https://example.gov"})


def _at(con, day: str) -> dict:
    (row,) = [r for r in run(con, "15_current_values.sql", as_of=D(day)) if r["fact_id"] == "f"]
    return row


def test_the_deal_rate_is_in_force_from_the_table_start(con):
    _official(con)
    _report(con)
    assert (_at(con, "2025-07-25")["value"], _at(con, "2025-07-25")["status"]) == (
        10, "in_effect")
    got = _at(con, "2025-08-12")
    assert (got["value"], got["status"]) == (19, "in_effect")
    assert got["since"] == D("2025-08-07")
    assert "official table has the same rate in force" in got["rule"]
    assert "paid meanwhile gives way" in got["rule"]


def test_without_the_table_the_rate_paid_stands(con):
    """No official row of the deal's rate (another rate in the table): the text alone does
    not say the deal came into force, so the rate it states in effect stands."""
    _official(con, rate=25.0)
    _report(con)
    got = _at(con, "2025-08-12")
    assert (got["value"], got["status"]) == (10, "in_effect")


def test_the_intervals_agree(con):
    _official(con)
    _report(con)
    run(con, "15b_current_intervals.sql")
    rows = con.execute("SELECT valid_from, value, status FROM current_intervals "
                       "WHERE fact_id = 'f' ORDER BY valid_from").fetchall()
    assert rows[0][1:] == (10, "in_effect")
    assert rows[-1] == (D("2025-08-07"), 19, "in_effect")
