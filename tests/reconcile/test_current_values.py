"""15_current_values.sql: the status-aware current value as of a bound date."""

from tests.reconcile.stage import D, insert, run

F = {"fact_id": "f", "imposer": "US", "target": "KR", "product": "all",
     "measure": "reciprocal"}


def _facts(con):
    insert(con, "fact_claims",
           {"claim_id": "a1", "article": "a", "value": 25, "status": "scheduled",
            "status_rank": 2, "effective": D("2025-08-01"), "seq_date": D("2025-07-08"), **F},
           {"claim_id": "b1", "article": "b", "value": 25, "status": "scheduled",
            "status_rank": 2, "effective": D("2025-08-01"), "seq_date": D("2025-07-10"), **F},
           {"claim_id": "c1", "article": "c", "value": 15, "status": "agreed",
            "status_rank": 3, "seq_date": D("2025-07-31"), "is_change": True, **F},
           {"claim_id": "d1", "article": "d", "value": 99, "is_dup": True,
            "seq_date": D("2025-09-01"), **F})


def test_as_of_a_date(con):
    _facts(con)
    (jul,) = run(con, "15_current_values.sql", as_of=D("2025-07-20"))
    assert (jul["value"], jul["status"], jul["since"], jul["sources"]) == \
        (25, "scheduled", D("2025-08-01"), 2)
    (latest,) = run(con, "15_current_values.sql")  # NULL: the latest evidence
    assert (latest["value"], latest["status"], latest["as_of"]) == \
        (15, "agreed", D("2025-07-31"))


def test_scheduled_reads_in_effect_once_due(con):
    _facts(con)
    insert(con, "fact_claims", {"claim_id": "z", "article": "z", "value": 1, "fact_id": "g",
                                "status": "scheduled", "status_rank": 2,
                                "effective": D("2025-07-01"), "seq_date": D("2025-06-01")})
    got = {r["fact_id"]: r for r in run(con, "15_current_values.sql", as_of=D("2025-07-20"))}
    assert (got["g"]["status"], got["g"]["in_effect"], got["g"]["since"]) == \
        ("in_effect", True, D("2025-07-01"))
