"""15_current_values.sql (h59): the lone-outlier rule sets aside a latest value only its own
article states, unless that article gives the value it replaces (an update, not an outlier)."""

from tests.reconcile.stage import D, insert, run

F = {"fact_id": "f", "imposer": "PE", "target": "US", "product": "all",
     "measure": "retaliatory"}


def test_an_update_told_from_its_previous_value_is_no_lone_outlier(con):
    """Two articles give 30%; the latest says the rate 'goes from 60% to 90% on June 9',
    read on June 5: it tells a step, so the lone-outlier rule does not bring 30% back; its
    previous value stands until the step is due."""
    insert(con, "fact_claims",
           {"claim_id": "a1", "article": "a", "value": 30, "status": "scheduled",
            "status_rank": 2, "seq_date": D("2025-06-01"), **F},
           {"claim_id": "b1", "article": "b", "value": 30, "status": "scheduled",
            "status_rank": 2, "seq_date": D("2025-06-02"), **F},
           {"claim_id": "c0", "article": "c", "value": 60, "status": "previous",
            "is_prev": True, "in_seq": False, "quote_start": 30, "quote": "from 60%",
            "seq_date": D("2025-06-03"), **F},
           {"claim_id": "c1", "article": "c", "value": 90, "status": "scheduled",
            "status_rank": 2, "is_change": True, "effective": D("2025-06-09"),
            "quote_start": 40, "quote": "to 90%", "seq_date": D("2025-06-03"), **F})
    (got,) = run(con, "15_current_values.sql", as_of=D("2025-06-05"))
    assert (got["value"], got["article"]) == (60, "c")
    assert not (got["rule"] or "").startswith("a lone outlier")


def test_a_lone_value_with_no_previous_one_is_still_an_outlier(con):
    """The same latest article without a 'from' value: its 90% alone is set aside."""
    insert(con, "fact_claims",
           {"claim_id": "a1", "article": "a", "value": 30, "status": "scheduled",
            "status_rank": 2, "seq_date": D("2025-06-01"), **F},
           {"claim_id": "b1", "article": "b", "value": 30, "status": "scheduled",
            "status_rank": 2, "seq_date": D("2025-06-02"), **F},
           {"claim_id": "c1", "article": "c", "value": 90, "status": "scheduled",
            "status_rank": 2, "effective": D("2025-06-09"), "quote_start": 40,
            "quote": "90%", "seq_date": D("2025-06-03"), **F})
    (got,) = run(con, "15_current_values.sql", as_of=D("2025-06-05"))
    assert got["value"] == 30
    assert got["rule"].startswith("a lone outlier is not current")
