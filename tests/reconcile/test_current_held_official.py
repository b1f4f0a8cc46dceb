"""14b_evidence_order.sql (h194): a deal's change agreed, not yet in force, leaves the value
it changes from in effect (h96, h103's `agreed_until`) also when the last other report told
that value only scheduled, once the official table has it in force for the partner on the
deal's report date: it applied, however that report told it."""

from tests.reconcile.stage import D, insert, run

F = {"fact_id": "f", "imposer": "US", "target": "RU", "product": "all", "measure": "reciprocal"}


def _reports(con) -> None:
    """'Ruritania's goods face 39% from Aug. 7' (July 31, scheduled), then 'a framework deal
    would cut the 39% rate to 15%' (Nov. 10, no date for the cut)."""
    insert(con, "fact_claims",
           {"claim_id": "s", "article": "s", "value": 39, "status": "scheduled",
            "status_rank": 2, "effective": D("2025-08-07"), "seq_date": D("2025-07-31"), **F},
           {"claim_id": "p", "article": "a", "value": 39, "status": "previous",
            "is_prev": True, "in_seq": False, "quote_start": 30, "quote": "the 39% rate",
            "seq_date": D("2025-11-10"), **F},
           {"claim_id": "n", "article": "a", "value": 15, "status": "agreed",
            "status_rank": 3, "is_change": True, "quote_start": 40, "quote": "to 15%",
            "seq_date": D("2025-11-10"), **F})


def _official(con, end: str | None = None) -> None:
    insert(con, "reference",
           {"ref_id": 1, "imposer": "US", "target": "RU", "product": "all",
            "measure": "reciprocal", "rate_percent": 39.0, "status": "in_effect",
            "effective_date": D("2025-08-07"), "end_date": D(end) if end else None,
            "announced_date": D("2025-07-31"), "pause": False, "use_rate": True,
            "use_date": True, "tier": "PRIMARY", "source": "https://example.gov"})


def _at(con, day: str) -> dict:
    (row,) = [r for r in run(con, "15_current_values.sql", as_of=D(day)) if r["fact_id"] == "f"]
    return row


def test_the_old_rate_the_table_has_in_force_stands_until_the_cut(con):
    _reports(con)
    _official(con)
    got = _at(con, "2025-11-20")
    assert (got["value"], got["status"]) == (39, "in_effect")
    assert "not yet in force" in got["rule"]


def test_without_the_table_the_deal_replaced_a_pending_rate(con):
    """No official row in force then (none, or one ended before the deal's report): the
    last report had the 39% only scheduled, so the 15% stands as agreed (h103)."""
    _reports(con)
    assert (_at(con, "2025-11-20")["value"], _at(con, "2025-11-20")["status"]) == (15, "agreed")
    _official(con, end="2025-10-01")
    assert _at(con, "2025-11-20")["value"] == 15
