"""14b_evidence_order.sql `early_until` and 15_current_rules.sql `o2b` (h292-1): a rate read
in effect before the start an earlier report of another article schedules it from. The
later report jumps the schedule other sources tell ("shelving units now carry 60%" while
60% is only due from January): the different rate in effect before it stands until that
start, then the scheduled rate is in effect."""

from tests.reconcile.stage import D, insert, run

F = {"fact_id": "f", "imposer": "US", "target": "*", "product": "shelving",
     "measure": "section_232"}


def _claims(con) -> None:
    """A trade weekly (Oct. 20): 'shelving units pay 30% from today; the duty goes to 60% on
    Jan. 1'; then a retailer's call (Nov. 4): 'our shelving now carries a 60% duty'."""
    insert(con, "fact_claims",
           {"claim_id": "a1", "article": "a", "value": 30, "status": "in_effect",
            "status_rank": 5, "quote": "pay 30%", "quote_start": 10,
            "seq_date": D("2025-10-20"), **F},
           {"claim_id": "a2", "article": "a", "value": 60, "status": "scheduled",
            "status_rank": 2, "effective": D("2026-01-01"), "quote": "60%",
            "quote_start": 60, "seq_date": D("2025-10-20"), **F},
           {"claim_id": "b1", "article": "b", "value": 60, "status": "in_effect",
            "status_rank": 5, "quote": "carries a 60% duty", "quote_start": 30,
            "seq_date": D("2025-11-04"), **F})


def _at(con, day: str) -> dict:
    (row,) = [r for r in run(con, "15_current_values.sql", as_of=D(day)) if r["fact_id"] == "f"]
    return row


def test_a_rate_told_in_force_before_its_scheduled_start_gives_way(con):
    _claims(con)
    row = _at(con, "2025-11-10")
    assert (row["value"], row["status"]) == (30, "in_effect")
    assert "schedules from a later date" in row["rule"]


def test_once_the_scheduled_start_has_come_the_new_rate_stands(con):
    """Guard: from Jan. 1 the 60% is due, and the later report's 60% is current."""
    _claims(con)
    row = _at(con, "2026-01-05")
    assert (row["value"], row["status"]) == (60, "in_effect")


def test_a_change_told_in_force_is_the_start_brought_forward(con):
    """Guard: 'the duty was raised to 60% this week' (a change told) stands: the start was
    moved, which a report tells as a change, not as the rate one pays now."""
    _claims(con)
    con.execute("UPDATE fact_claims SET is_change = true WHERE claim_id = 'b1'")
    assert _at(con, "2025-11-10")["value"] == 60


def test_a_schedule_from_its_own_article_is_not_one_to_jump(con):
    """Guard: the schedule is the same article's ('60% now ... rising to 60% in January'
    read twice): no other source tells the start, so nothing is jumped."""
    _claims(con)
    con.execute("UPDATE fact_claims SET article = 'b', source = 'b', "
                "seq_date = DATE '2025-11-04', seq_key = DATE '2025-11-04', "
                "date = DATE '2025-11-04', as_of = DATE '2025-11-04' WHERE claim_id = 'a2'")
    assert _at(con, "2025-11-10")["value"] == 60
