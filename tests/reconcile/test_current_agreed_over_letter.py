"""14b_evidence_order.sql `held` (h283-1): a deal struck before the day a rate set out in a
letter was due replaces that rate, which never applied. When the deal's article gives the
old value a start of its own after the report (and not the deal's own start), the old value
was only due, so it is not held in effect while the deal waits: the deal's value reads
agreed. The old value's own start read on the rate claim is enough; no separate date claim
is needed (the one the article holds may be read scheduled, not previous)."""

from tests.reconcile.stage import D, insert, run

F = {"fact_id": "f", "imposer": "US", "target": "RU", "product": "all", "measure": "reciprocal"}


def _report(con, *, old_start: str | None) -> None:
    """'Ruritanian goods will pay 21% under a pact agreed on Wednesday, one point below the
    22% set out in a letter last week, due from Sept. 1; they have paid the 10% baseline
    since spring' (Aug. 20): the 21% agreed, no start; 22% and 10% previous."""
    insert(con, "fact_claims",
           {"claim_id": "n", "article": "a", "value": 21, "status": "agreed",
            "status_rank": 3, "quote_start": 30, "quote": "pay 21%",
            "seq_date": D("2025-08-20"), **F},
           {"claim_id": "p", "article": "a", "value": 22, "status": "previous",
            "is_prev": True, "in_seq": False,
            "effective": D(old_start) if old_start else None,
            "quote_start": 90, "quote": "the 22%", "seq_date": D("2025-08-20"), **F},
           {"claim_id": "b", "article": "a", "value": 10, "status": "previous",
            "is_prev": True, "in_seq": False,
            "quote_start": 160, "quote": "the 10% baseline", "seq_date": D("2025-08-20"), **F})


def _at(con, day: str) -> tuple[float, str]:
    (row,) = [r for r in run(con, "15_current_values.sql", as_of=D(day)) if r["fact_id"] == "f"]
    return row["value"], row["status"]


def test_a_deal_replacing_a_rate_due_after_its_report_stays_agreed(con):
    _report(con, old_start="2025-09-01")
    assert _at(con, "2025-08-22") == (21, "agreed")


def test_with_no_start_of_its_own_the_old_value_still_stands(con):
    """Guard: nothing tells the 22% was only due: the value the deal changes from stands
    while it waits (h96, h103)."""
    _report(con, old_start=None)
    assert _at(con, "2025-08-22")[1] == "in_effect"
