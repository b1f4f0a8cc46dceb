"""15_current_rules.sql (h209): an amount of a measure told with no status ("Ruritania's
mirror fee of 400 crowns per net ton on American-owned ships") from a dated report is a
levy's own figure, as it stands: in effect, as h90 reads a rate told with no status. A bill
or a flow names no measure and keeps no status."""

from tests.reconcile.stage import D, insert, run

FEE = {"fact_id": "f", "metric": "other_amount", "kind": "amount", "unit": "CNY",
       "imposer": "CN", "target": "US", "product": "shipbuilding", "measure": "retaliatory"}
BILL = {**FEE, "fact_id": "g", "unit": "USD", "imposer": "US", "target": None,
        "product": None, "measure": None}


def _status(con, fact: str) -> str | None:
    (row,) = [r for r in run(con, "15_current_values.sql", as_of=D("2025-10-20"))
              if r["fact_id"] == fact]
    return row["status"]


def test_a_fee_told_with_no_status_is_in_effect(con):
    insert(con, "fact_claims",
           {"claim_id": "a1", "article": "a", "value": 400, "status": None,
            "seq_date": D("2025-10-14"), **FEE},
           {"claim_id": "b1", "article": "b", "value": 64_000_000, "status": None,
            "seq_date": D("2025-10-14"), **BILL})
    assert _status(con, "f") == "in_effect"
    assert _status(con, "g") is None


def test_not_from_an_undated_report(con):
    insert(con, "fact_claims",
           {"claim_id": "a1", "article": "a", "value": 400, "status": None, "seq_date": None,
            "seq_key": D("1900-01-01"), "date": None, **FEE})
    assert _status(con, "f") is None
