"""14_fact_timeline.sql: every claim with its role."""

from tests.reconcile.stage import D, insert, rows, run

F = {"fact_id": "f", "imposer": "US", "target": "KR", "product": "all",
     "measure": "reciprocal", "seq_date": D("2025-04-03")}


def test_roles(con):
    insert(con, "fact_claims",
           {"claim_id": "dup", "article": "d", "value": 25, "is_dup": True, **F},
           {"claim_id": "prev", "article": "a", "value": 25, "is_prev": True, **F},
           {"claim_id": "rest", "article": "a", "value": 25, "is_restated": True, **F},
           {"claim_id": "conf", "article": "b", "value": 26, **F},
           {"claim_id": "off", "article": "c", "value": 20, **F},
           {"claim_id": "new", "article": "e", "value": 15, **F},
           {"claim_id": "ev", "article": "g", "value": 15, **F})
    insert(con, "conflicts", {"kind": "conflict", "fact_id": "f", "claim_ids": ["conf"]},
           {"kind": "official_mismatch", "fact_id": "f", "claim_ids": ["off"]})
    insert(con, "updates", {"fact_id": "f", "from_claim": "prev", "to_claim": "new"})
    run(con, "14_fact_timeline.sql")
    got = {r["claim_id"]: r["role"] for r in rows(con, "SELECT * FROM fact_timeline")}
    assert got == {"dup": "duplicate", "prev": "previous", "rest": "restated",
                   "conf": "conflict", "off": "official_mismatch", "new": "update",
                   "ev": "evidence"}


def test_the_timeline_says_why_a_claim_is_left_out_of_comparison(con):
    insert(con, "fact_claims",
           {"claim_id": "ev", "article": "g", "value": 15, **F},
           {"claim_id": "dup", "article": "d", "value": 15, "is_dup": True, "in_seq": False,
            "left_out": "duplicate of g", **F})
    run(con, "14_fact_timeline.sql")
    got = {r["claim_id"]: r["left_out"] for r in rows(con, "SELECT * FROM fact_timeline")}
    assert got == {"ev": None, "dup": "duplicate of g"}
