"""14b_evidence_order.sql `held` and 15_current_rules.sql `pend` (h274-1): a deal struck
before the day a rate was due replaces that rate, which never applied. When the official
table has the old value only announced on the deal's report date (due from a start after
it, not in force), the deal's value stays agreed, also when the extractor gives the agreed
change and the value it spares the same start (its day read as the rate's start, not as a
previous date) and so the change reads as one not yet due."""

from tests.reconcile.stage import D, insert, run

F = {"fact_id": "f", "imposer": "US", "target": "RU", "product": "all", "measure": "reciprocal"}


def _report(con) -> None:
    """'Ruritania settles on a 15% tariff, sparing it the 25% that had been due to start on
    Aug. 1' (July 30): the 15% agreed, the 25% previous, both read with the Aug. 1 start."""
    insert(con, "fact_claims",
           {"claim_id": "n", "article": "a", "value": 15, "status": "agreed",
            "status_rank": 3, "is_change": True, "effective": D("2025-08-01"),
            "quote_start": 40, "quote": "a 15% tariff", "seq_date": D("2025-07-30"), **F},
           {"claim_id": "p", "article": "a", "value": 25, "status": "previous",
            "is_prev": True, "in_seq": False, "effective": D("2025-08-01"),
            "quote_start": 80, "quote": "the 25%", "seq_date": D("2025-07-30"), **F})


def _official(con, *, status: str, start: str, end: str | None = None) -> None:
    insert(con, "reference",
           {"ref_id": 1, "imposer": "US", "target": "RU", "product": "all",
            "measure": "reciprocal", "rate_percent": 25.0, "status": status,
            "effective_date": D(start), "end_date": D(end) if end else None,
            "announced_date": D("2025-07-07"), "pause": False, "use_rate": True,
            "use_date": True, "tier": "PRIMARY", "source": "https://example.gov"})


def _at(con, day: str) -> tuple[float, str]:
    (row,) = [r for r in run(con, "15_current_values.sql", as_of=D(day)) if r["fact_id"] == "f"]
    return row["value"], row["status"]


def test_a_deal_sparing_a_rate_the_table_has_only_announced_stays_agreed(con):
    _report(con)
    _official(con, status="announced", start="2025-08-01")
    assert _at(con, "2025-07-30") == (15, "agreed")
    assert _at(con, "2025-07-31") == (15, "agreed")
    # its own start come, the deal's value applies (h114-1's `agreed_start` still reads it)
    assert _at(con, "2025-08-05") == (15, "in_effect")


def test_the_old_rate_the_table_has_in_force_stands_until_the_deal_starts(con):
    """Guard: the table has the 25% in force on the deal's day: it applied, and stands until
    the agreed value's own start (h105)."""
    _report(con)
    _official(con, status="in_effect", start="2025-04-09")
    assert _at(con, "2025-07-31") == (25, "in_effect")
