"""15_current_rules.sql (h105): an agreed change with a later start of its own leaves its
article's previous value in effect until that start, as a scheduled one does."""

from tests.reconcile.stage import D, insert, run

F = {"fact_id": "f", "imposer": "US", "target": "XX", "product": "all", "measure": None}


def test_an_agreed_cut_not_yet_started_leaves_the_old_total(con):
    """'The two sides agreed on Monday to bring the partner's tariffs down from 120% to 40%
    from Wednesday', read on Tuesday: 120% still applies; on Thursday the 40% does."""
    insert(con, "fact_claims",
           {"claim_id": "p", "article": "a", "value": 120, "status": "previous",
            "is_prev": True, "in_seq": False, "quote_start": 30, "quote": "from 120%",
            "combined": True, "seq_date": D("2025-05-12"), **F},
           {"claim_id": "n", "article": "a", "value": 40, "status": "agreed",
            "status_rank": 3, "is_change": True, "effective": D("2025-05-14"),
            "quote_start": 40, "quote": "to 40%", "combined": True,
            "seq_date": D("2025-05-12"), **F})
    (tue,) = run(con, "15_current_values.sql", as_of=D("2025-05-13"))
    assert (tue["value"], tue["status"], tue["quote"]) == (120, "in_effect", "from 120%")
    assert "stands until then" in tue["rule"]
    (thu,) = run(con, "15_current_values.sql", as_of=D("2025-05-15"))
    assert thu["value"] == 40
