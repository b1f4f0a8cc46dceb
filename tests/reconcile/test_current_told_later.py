"""15_current_rules.sql (h194): a report published after the as-of date that tells a rate in
effect since a start of its own before that date ("Ruritanian goods have paid 30% since
Aug. 7", written on Sept. 2) answers for the time between that start and its publication,
when it is the fact's first report: read as of Aug. 20, the fact has no evidence by then,
but a careful reader looking back knows the rate stood at 30%."""

from tests.reconcile.stage import D, insert, run

F = {"fact_id": "f", "imposer": "US", "target": "RU", "product": "all", "measure": None}


def _first_report(con, **more) -> None:
    """'Since Aug. 7 Ruritanian goods have paid 30%, and from Aug. 27 they pay 55%',
    published Sept. 2: the fact's first report, two rates in effect, each with its start."""
    insert(con, "fact_claims",
           {"claim_id": "a1", "article": "a", "value": 30, "status": "in_effect",
            "effective": D("2025-08-07"), "quote_start": 10, "quote": "paid 30%",
            "seq_date": D("2025-09-02"), **F, **more},
           {"claim_id": "a2", "article": "a", "value": 55, "status": "in_effect",
            "effective": D("2025-08-27"), "quote_start": 50, "quote": "pay 55%",
            "seq_date": D("2025-09-02"), **F, **more})


def _at(con, day: str) -> list[dict]:
    return [r for r in run(con, "15_current_values.sql", as_of=D(day)) if r["fact_id"] == "f"]


def test_a_rate_told_later_holds_from_its_own_start(con):
    _first_report(con)
    (mid,) = _at(con, "2025-08-20")
    assert (mid["value"], mid["status"], mid["since"]) == (30, "in_effect", D("2025-08-07"))
    assert mid["rule"].startswith("told later")
    (late,) = _at(con, "2025-08-30")  # the later start reached: the later rate
    assert (late["value"], late["since"]) == (55, D("2025-08-27"))
    assert _at(con, "2025-08-01") == []  # before the first start the report tells nothing


def test_the_intervals_give_the_told_later_rates(con):
    _first_report(con)
    rows = [r for r in run(con, "15b_current_intervals.sql") if r["fact_id"] == "f"]
    assert sorted((r["valid_from"], r["valid_to"], r["value"]) for r in rows)[:2] == \
        [(D("2025-08-07"), D("2025-08-27"), 30), (D("2025-08-27"), D("2025-09-02"), 55)]


def test_not_a_rate_scheduled_nor_a_start_after_the_date(con):
    """A rate the report schedules (or told with no start) says nothing of the time before
    it: the fact stays empty before its first report."""
    insert(con, "fact_claims",
           {"claim_id": "s1", "article": "a", "value": 30, "status": "scheduled",
            "effective": D("2025-08-07"), "seq_date": D("2025-09-02"), **F},
           {"claim_id": "s2", "article": "a", "value": 55, "status": "in_effect",
            "seq_date": D("2025-09-02"), "quote_start": 40, **F})
    assert _at(con, "2025-08-20") == []
