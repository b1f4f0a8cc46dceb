"""15_current_values.sql (h187): a change scheduled with no start of its own, whose article
dates one start for the deal between the same two parties (either side's measure), is due
from that start: before it the value it changes from stands, from it the change is in
effect (14b_evidence_order.sql's `deal_start`, read by 15's `pend` and status)."""

from tests.reconcile.stage import D, insert, run

SIDE = {"imposer": "RO", "target": "US", "product": "all", "measure": "retaliatory"}
START = {"metric": "effective_date", "unit": "date", "value": None, "imposer": "US",
         "target": "RO", "product": "all", "measure": "reciprocal", "status": "scheduled",
         "status_rank": 2, "seq_date": D("2025-06-02")}


def _deal(con, fact: str, article: str, target: str, starts: list[str]) -> None:
    """'From June 6 the US rate on Romanian goods drops to 12%; Bucharest cuts its duty on
    US goods to 8% from 40% over the same period': the 8% scheduled, 40% previous, and
    the article's start(s) keyed to the other side."""
    side = {**SIDE, "target": target, "fact_id": fact}
    insert(con, "fact_claims",
           {"claim_id": f"{article}1", "article": article, "value": 8,
            "status": "scheduled", "status_rank": 2, "seq_date": D("2025-06-02"),
            "is_change": True, **side},
           {"claim_id": f"{article}2", "article": article, "value": 40, "status": "previous",
            "is_prev": True, "in_seq": False, "seq_date": D("2025-06-02"), "quote_start": 40,
            **side})
    for i, day in enumerate(starts):
        insert(con, "fact_claims",
               {"claim_id": f"{article}d{i}", "article": article, **START,
                "imposer": "US", "target": SIDE["imposer"] if target == "US" else target,
                "fact_id": f"{fact}d", "date_value": D(day), "quote_start": 60 + i})


def _current(con, day: str) -> dict:
    return {r["fact_id"]: r for r in run(con, "15_current_values.sql", as_of=D(day))}


def test_a_scheduled_change_is_due_from_the_deals_one_start(con):
    _deal(con, "f", "a", "US", ["2025-06-06"])
    early = _current(con, "2025-06-04")["f"]
    assert (early["value"], early["status"]) == (40, "in_effect")
    late = _current(con, "2025-06-10")["f"]
    assert (late["value"], late["status"], late["in_effect"]) == (8, "in_effect", True)


def test_two_starts_or_none_leave_it_pending(con):
    """Two starts dated for the parties say nothing of which is this change's: the value
    it changes from stands (no date: not yet due), as with no start at all."""
    _deal(con, "g", "b", "US", ["2025-06-06", "2025-08-01"])
    _deal(con, "h", "c", "US", [])
    got = _current(con, "2025-09-01")
    assert (got["g"]["value"], got["g"]["status"]) == (40, "in_effect")
    assert (got["h"]["value"], got["h"]["status"]) == (40, "in_effect")
    rows = run(con, "15b_current_intervals.sql")
    assert [(r["valid_from"], r["value"]) for r in rows if r["fact_id"] == "g"] == \
        [(D("2025-06-02"), 40)]
