"""06_facts.sql: one row per fact; duplicates count for nothing."""

from tests.reconcile.stage import D, insert, run

F = {"fact_id": "f", "imposer": "US", "target": "KR", "product": "all",
     "measure": "reciprocal"}


def test_claims_and_independent_sources(con):
    insert(con, "fact_claims",
           {"claim_id": "a1", "article": "a", "value": 25, "seq_date": D("2025-04-03"), **F},
           {"claim_id": "a2", "article": "a", "value": 25, "seq_date": D("2025-04-03"), **F},
           {"claim_id": "b1", "article": "b", "value": 25, "seq_date": D("2025-04-09"), **F},
           {"claim_id": "c1", "article": "c", "value": 25, "seq_date": D("2025-05-01"),
            "is_dup": True, **F})
    assert run(con, "06_facts.sql") == [{
        "fact_id": "f", "metric": "tariff_rate", "imposer": "US", "target": "KR",
        "product": "all", "measure": "reciprocal", "unit": "percent", "n_claims": 3,
        "n_sources": 2, "first_seen": D("2025-04-03"), "last_seen": D("2025-04-09"),
        "comparable": True, "is_flow": False}]
