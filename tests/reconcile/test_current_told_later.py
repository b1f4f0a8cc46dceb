"""15_current_rules.sql (h194): a report published after the as-of date that tells a rate in
effect since a start of its own before that date ("Ruritanian goods have paid 30% since
Aug. 7", written on Sept. 2) answers for the time between that start and its publication,
when it is the fact's first report: read as of Aug. 20, the fact has no evidence by then,
but a careful reader looking back knows the rate stood at 30%."""

from tests.reconcile.stage import D, insert, run
from tracker.reconcile import driver

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


# (h201) after the first report: a later report tells the time since a start no report
# before it spoke of
def _later_report(con) -> None:
    """'Ruritania was given 30%' (threatened, July 2); then on Sept. 2 'Ruritanian goods have
    paid 30% since Aug. 7': the time from Aug. 7 to Sept. 2 is the later report's."""
    insert(con, "fact_claims",
           {"claim_id": "p1", "article": "p", "value": 30, "status": "proposed",
            "quote": "given 30%", "seq_date": D("2025-07-02"), **F},
           {"claim_id": "a1", "article": "a", "value": 30, "status": "in_effect",
            "effective": D("2025-08-07"), "quote": "paid 30%", "seq_date": D("2025-09-02"),
            **F})


def test_a_later_report_tells_the_time_since_its_start(con):
    _later_report(con)
    (mid,) = _at(con, "2025-08-20")
    assert (mid["value"], mid["status"], mid["since"]) == (30, "in_effect", D("2025-08-07"))
    assert mid["rule"].startswith("told later")
    (early,) = _at(con, "2025-07-20")  # before the start: the first report, as it told it
    assert (early["value"], early["status"]) == (30, "proposed")


def test_the_intervals_cut_the_rules_rows_at_the_told_later_start(con):
    _later_report(con)
    rows = sorted((r["valid_from"], r["valid_to"], r["status"])
                  for r in run(con, "15b_current_intervals.sql") if r["fact_id"] == "f")
    assert rows[:2] == [(D("2025-07-02"), D("2025-08-07"), "proposed"),
                        (D("2025-08-07"), D("2025-09-02"), "in_effect")]


def test_not_a_start_a_report_before_it_already_followed(con):
    """A start on or before the report day before it: that report spoke of the time."""
    insert(con, "fact_claims",
           {"claim_id": "p1", "article": "p", "value": 20, "status": "in_effect",
            "seq_date": D("2025-08-10"), **F},
           {"claim_id": "a1", "article": "a", "value": 30, "status": "in_effect",
            "effective": D("2025-08-07"), "seq_date": D("2025-09-02"), **F})
    (mid,) = _at(con, "2025-08-20")
    assert mid["value"] == 20


def test_the_order_made_for_the_date_reads_the_report_after_it(con):
    """(h209) The current values as of a date computed from the order made for that date
    (driver.as_of_scope's path: the reports after it left out) read the told-later rows
    from their own table, made from every report: the same answer as the stored order's."""
    _later_report(con)
    day = D("2025-08-20")
    run(con, driver.ORDER_FILE, as_of=day)  # the evidence published by Aug. 20 only
    text = driver.sql(driver.CURRENT_FILE)
    cur = con.execute(text, driver.bind(text, {**driver.PARAMS, "as_of": day}))
    cols = [c[0] for c in cur.description]
    (mid,) = [r for r in (dict(zip(cols, x, strict=True)) for x in cur.fetchall())
              if r["fact_id"] == "f"]
    assert (mid["value"], mid["status"], mid["since"]) == (30, "in_effect", D("2025-08-07"))


# (h234-3) a later report's start before the fact's first report: no report by then spoke of
# that time either
def test_a_later_report_dates_a_time_before_the_first(con):
    """'Ruritanian goods now pay 10% under the truce' (May 20, the fact's first report); on
    Nov. 12 a look back: 'the duty went to 84% on April 10'. Read as of April 11, the 84%
    held from its start until the first report; before its start nothing is told, and from
    the first report on the reports answer as they came."""
    insert(con, "fact_claims",
           {"claim_id": "p1", "article": "p", "value": 10, "status": "in_effect",
            "quote": "pay 10%", "seq_date": D("2025-05-20"), **F},
           {"claim_id": "a1", "article": "a", "value": 84, "status": "in_effect",
            "effective": D("2025-04-10"), "quote": "went to 84%",
            "seq_date": D("2025-11-12"), **F})
    (mid,) = _at(con, "2025-04-11")
    assert (mid["value"], mid["status"], mid["since"]) == (84, "in_effect", D("2025-04-10"))
    assert mid["rule"].startswith("told later: the report that dates a time before the first")
    assert _at(con, "2025-04-05") == []
    (late,) = _at(con, "2025-05-25")
    assert late["value"] == 10
