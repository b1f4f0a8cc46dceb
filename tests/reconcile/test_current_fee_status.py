"""15_current_values.sql (h217-1): a fee charged per unit under a measure, told with no status
by a dated report, reads in effect, as a rate told with no status does (h90); the goods a
measure covers (a package) told with no status keep none."""

from tests.reconcile.stage import D, insert, run

FEE = {"fact_id": "fee", "kind": "amount", "metric": "other_amount", "unit": "CNY",
       "imposer": "CN", "target": "US", "product": "shipbuilding", "measure": "retaliatory",
       "h": 0.5, "rule_id": "money-fee-unit"}


def _current(con, day: str) -> dict:
    rows = run(con, "15_current_values.sql", as_of=D(day))
    return {r["fact_id"]: r for r in rows if r["metric"] == "other_amount"}


def test_a_fee_per_unit_told_with_no_status_is_in_effect(con):
    """'Ships built in the US now pay a port charge of 400 yuan a net ton under Beijing's
    countermeasure' (no status, dated Oct. 14): in effect as of Oct. 20, its rule says why."""
    insert(con, "fact_claims",
           {**FEE, "claim_id": "f1", "article": "a", "value": 400, "status": None,
            "seq_date": D("2025-10-14")})
    got = _current(con, "2025-10-20")["fee"]
    assert (got["value"], got["status"]) == (400, "in_effect")
    assert "fee per unit" in got["rule"]


def test_a_package_or_a_fee_with_a_later_start_keeps_no_status(con):
    """'Beijing answers with counter-duties on $20 billion of US goods' (no status; no fee
    per unit) keeps no status; nor does a fee its article starts after the date ('400 yuan a
    net ton from Nov. 1', read as of Oct. 20), nor one of no measure."""
    insert(con, "fact_claims",
           {**FEE, "fact_id": "pkg", "claim_id": "p1", "article": "p", "unit": "USD",
            "value": 20e9, "h": 5e8, "status": None, "rule_id": "money-sentence",
            "seq_date": D("2025-10-14")},
           {**FEE, "fact_id": "late", "claim_id": "l1", "article": "l", "value": 400,
            "status": None, "effective": D("2025-11-01"), "seq_date": D("2025-10-14")},
           {**FEE, "fact_id": "bare", "claim_id": "b1", "article": "b", "value": 400,
            "measure": None, "status": None, "seq_date": D("2025-10-14")})
    got = _current(con, "2025-10-20")
    assert {k: got[k]["status"] for k in ("pkg", "late", "bare")} == {
        "pkg": None, "late": None, "bare": None}
