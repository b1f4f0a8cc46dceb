"""15_current_values.sql: a rate of a category's spread that is due only from a later start
is no part of the category's rate, and backs no lone-outlier vote, until that start
(h256-1)."""

from tests.reconcile.stage import D, insert, run

SOFAS = {"fact_id": "p", "metric": "tariff_rate", "unit": "percent", "imposer": "US",
         "target": "*", "product": "furniture", "measure": "section_232"}


def _rate(claim: str, article: str, value: float, day: str, at: int = 0,
          **over: object) -> dict:
    return {**SOFAS, "claim_id": claim, "article": article, "value": value,
            "status": "in_effect", "status_rank": 5, "seq_date": D(day),
            "quote_start": at, **over}


def _current(con, day: str) -> dict:
    rows = run(con, "15_current_values.sql", as_of=D(day))
    return {r["fact_id"]: r for r in rows}


def test_a_part_due_from_a_later_start_waits_for_it(con):
    """'Sofas pay 20% from March 3; the rate climbs to 40% on July 1' (a), then a roundup:
    'Sofas: 20%, climbing to 40% on the same date' (b, the 40% read in effect with no start
    of its own). As of March 20 the 20% stands, not the 40% (neither as the spread's
    highest nor as the value two articles state); from July 1 the 40% is due. A roundup
    whose two figures are both in force now (q) still gives the highest."""
    q = {"fact_id": "q"}
    insert(con, "fact_claims",
           _rate("a1", "a", 40, "2025-03-12", 10, status="scheduled", status_rank=3,
                 effective=D("2025-07-01"), is_change=True),
           _rate("b1", "b", 20, "2025-03-17", 0),
           _rate("b2", "b", 40, "2025-03-17", 10, is_change=True),
           _rate("c1", "c", 20, "2025-03-17", 0, **q),
           _rate("c2", "c", 40, "2025-03-17", 10, **q))
    got = _current(con, "2025-03-20")
    assert (got["p"]["value"], got["p"]["article"]) == (20, "b")
    assert "later start" in got["p"]["rule"]
    assert got["q"]["value"] == 40 and "highest" in got["q"]["rule"]
    assert _current(con, "2025-07-05")["p"]["value"] == 40
