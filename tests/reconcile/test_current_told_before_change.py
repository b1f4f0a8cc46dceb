"""14c_told_later.sql (h209): the value before a change told later. A dated report that tells
a change of a fact to a value since a start of its own on or before its publication, from a
previous value its article gives ("the duty on Ruritanian cars fell to 15% from 27.5%,
backdated to Aug. 1", written on Sept. 26), tells the time before that start too: read as
of July 31, before any report of the fact, the 27.5% stood."""

from tests.reconcile.stage import D, insert, run

F = {"fact_id": "f", "imposer": "US", "target": "RU", "product": "autos",
     "measure": "section_232"}


def _backdated_cut(con, status: str = "in_effect", day: str = "2025-09-26") -> None:
    """'Ruritanian cars now pay 15%, down from 27.5%; the cut applies from Aug. 1'."""
    insert(con, "fact_claims",
           {"claim_id": "c", "article": "a", "value": 15, "status": status,
            "is_change": True, "effective": D("2025-08-01"), "quote_start": 10,
            "quote": "pay 15%", "seq_date": D(day), **F},
           {"claim_id": "p", "article": "a", "value": 27.5, "status": "previous",
            "is_prev": True, "in_seq": False, "effective": D("2025-08-01"),
            "quote_start": 30, "quote": "27.5%", "seq_date": D(day), **F})


def _at(con, day: str) -> list[dict]:
    return [r for r in run(con, "15_current_values.sql", as_of=D(day)) if r["fact_id"] == "f"]


def test_the_previous_value_stood_before_the_change_told_later(con):
    _backdated_cut(con)
    (before,) = _at(con, "2025-07-31")
    assert (before["value"], before["status"], before["article"]) == (27.5, "in_effect", "a")
    assert before["rule"].startswith("told later: a later report")
    (after,) = _at(con, "2025-08-05")  # from the start the report tells, its new value
    assert (after["value"], after["status"]) == (15, "in_effect")


def test_the_intervals_give_the_value_before_the_change(con):
    _backdated_cut(con)
    rows = sorted(((r["valid_to"], r["value"]) for r in run(con, "15b_current_intervals.sql")
                   if r["fact_id"] == "f"), key=lambda r: r[0] or D("9999-12-31"))
    assert rows[:2] == [(D("2025-08-01"), 27.5), (D("2025-09-26"), 15)]


def test_a_change_not_yet_come_when_told_is_no_such_report(con):
    """A change scheduled from a start after its report is the rules' own (the previous
    value stands until it): nothing is told of the time before the report."""
    _backdated_cut(con, status="scheduled", day="2025-07-20")
    assert _at(con, "2025-07-10") == []


def test_an_undated_report_of_the_new_value_does_not_answer_before_the_start(con):
    """An undated trade paper's 'cars pay 15%' was written after the cut as far as anyone
    knows: before the start the dated report's previous value answers; an undated report of
    another value keeps the rules' answer."""
    _backdated_cut(con, status="scheduled", day="2025-11-14")
    undated = {"article": "u", "status": "in_effect", "seq_date": None,
               "seq_key": D("1900-01-01"), "date": None, "quote_start": 5, **F}
    insert(con, "fact_claims", {"claim_id": "u1", "value": 15, **undated})
    (row,) = _at(con, "2025-07-31")
    assert (row["value"], row["status"]) == (27.5, "in_effect")
    insert(con, "fact_claims", {"claim_id": "u2", "value": 40, **undated})
    (row,) = _at(con, "2025-07-31")
    assert row["article"] == "u"
