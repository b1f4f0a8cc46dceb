"""14b_evidence_order.sql: the evidence order made once, at reconcile time, gives the current
values as of any date exactly as sorting the evidence of that date gives them.

The reference is the order made for the date itself (14b with $as_of bound: the evidence
published by then, sorted), which is what 15_current_values.sql computed inline before the
split; the stored order is made without a date and read as a prefix. They are compared on
the sample at every date where an input of the current values changes (each claim's dates,
the day before and after) and on hand-made facts whose status falls due or whose pause ends.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import duckdb
import pytest

from tests.reconcile.stage import D, insert, run
from tests.reconcile.test_reconcile_sample import build
from tracker import reconcile
from tracker.reconcile import driver


def _current(con: duckdb.DuckDBPyConnection, day: dt.date, made_for_day: bool
             ) -> list[tuple[Any, ...]]:
    """The current values as of `day`, read through the stored order or through the order
    made for that day (a temporary table shadowing it), sorted."""
    text, params = driver.current_query(day)
    if not made_for_day:
        with driver.as_of_scope(con, day):
            return sorted(map(repr, con.execute(text, params).fetchall()))
    order = driver.sql(driver.ORDER_FILE)
    con.execute(f"CREATE OR REPLACE TEMP TABLE {driver.ORDER_TABLE} AS {order}",
                driver.bind(order, {**driver.PARAMS, "as_of": day}))
    try:
        return sorted(map(repr, con.execute(text, params).fetchall()))
    finally:
        con.execute(f"DROP TABLE temp.main.{driver.ORDER_TABLE}")


def _dates(con: duckdb.DuckDBPyConnection) -> list[dt.date]:
    """Every date an input of the current values holds, the day before and the day after."""
    found = con.execute(
        "SELECT DISTINCT d FROM (SELECT unnest([seq_date, effective, date_value, date]) AS d "
        "FROM fact_claims UNION SELECT last_date FROM conflicts "
        "UNION SELECT to_date FROM updates) WHERE d IS NOT NULL").fetchall()
    one = dt.timedelta(days=1)
    return sorted({d + k * one for (d,) in found for k in (-1, 0, 1)})


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    return build(tmp_path_factory.mktemp("order"))


def test_the_stored_order_gives_every_dates_current_values(sample):
    days = _dates(sample)
    assert len(days) > 30
    answered = 0
    for day in days:
        stored = _current(sample, day, made_for_day=False)
        assert stored == _current(sample, day, made_for_day=True), day
        answered += bool(stored)
    assert answered > 30


def test_without_the_stored_order_or_before_1900_it_is_made_for_the_date(sample):
    """A database reconciled before the table existed, and a date before the order holds as
    a prefix (ORDER_FROM), read an order made for that date; reconcile.current agrees."""
    day = dt.date(2025, 6, 1)
    want = reconcile.current(sample, day)
    sample.execute("BEGIN TRANSACTION")
    try:
        sample.execute(f"DROP TABLE main.{driver.ORDER_TABLE}")
        assert reconcile.current(sample, day).equals(want)
    finally:
        sample.execute("ROLLBACK")
    assert _current(sample, dt.date(1899, 12, 31), made_for_day=False) == \
        _current(sample, dt.date(1899, 12, 31), made_for_day=True)


F = {"fact_id": "f", "imposer": "US", "target": "KR", "product": "all",
     "measure": "reciprocal"}


def _both(con: duckdb.DuckDBPyConnection, day: dt.date) -> list[dict[str, Any]]:
    """15_current_values.sql as of `day` from the stored order (made without a date),
    checked against its rows from the order made for that day."""
    stored = run(con, driver.CURRENT_FILE, as_of=day)
    run(con, driver.ORDER_FILE, as_of=day)  # the evidence of that day, sorted
    text = driver.sql(driver.CURRENT_FILE)
    again = con.execute(text, driver.bind(text, {**driver.PARAMS, "as_of": day}))
    cols = [c[0] for c in again.description]
    redone = [dict(zip(cols, r, strict=True)) for r in again.fetchall()]
    assert sorted(map(repr, stored)) == sorted(map(repr, redone)), day
    return stored


def test_statuses_falling_due_and_pauses_ending(con):
    """A rate scheduled for August 1 (in effect from then), a change 'from 20% to 12% on
    June 1' (20% until then), a pause of the measure for every partner until July 9 (the
    rates reported before it read paused until then), and a paused rate beside one in
    effect the same day: read the day before, on and after each date."""
    g, h = {**F, "fact_id": "g", "target": "JP"}, {**F, "fact_id": "h", "target": "VN"}
    insert(con, "fact_claims",
           {"claim_id": "a1", "article": "a", "value": 25, "status": "scheduled",
            "status_rank": 2, "effective": D("2025-08-01"), "seq_date": D("2025-07-08"), **F},
           {"claim_id": "b1", "article": "b", "value": 25, "status": "in_effect",
            "status_rank": 5, "seq_date": D("2025-07-20"), **F},
           {"claim_id": "b2", "article": "b", "value": 25, "status": "paused",
            "status_rank": 1, "seq_date": D("2025-07-20"), **F},
           {"claim_id": "p", "article": "c", "value": 20, "status": "previous",
            "is_prev": True, "in_seq": False, "quote_start": 30, "seq_date": D("2025-05-10"),
            **g},
           {"claim_id": "n", "article": "c", "value": 12, "status": "scheduled",
            "status_rank": 2, "is_change": True, "effective": D("2025-06-01"),
            "quote_start": 40, "seq_date": D("2025-05-10"), **g},
           {"claim_id": "r", "article": "d", "value": 46, "status": "in_effect",
            "status_rank": 5, "seq_date": D("2025-04-03"), **h},
           {"claim_id": "q", "article": "e", "fact_id": "pause", "metric": "effective_date",
            "kind": "date", "unit": "date", "imposer": "US", "target": "*",
            "measure": "reciprocal", "value": None, "date_value": D("2025-07-09"),
            "v": float((D("2025-07-09") - D("1970-01-01")).days), "h": 0.5,
            "pause_word": True, "seq_date": D("2025-04-09")})
    seen = set()
    for day in ("2025-04-08", "2025-04-09", "2025-05-31", "2025-06-01", "2025-07-08",
                "2025-07-09", "2025-07-10", "2025-07-20", "2025-07-31", "2025-08-01"):
        got = {r["fact_id"]: (r["value"], r["status"]) for r in _both(con, D(day))}
        seen |= set(got.items())
    assert ("h", (46.0, "paused")) in seen and ("h", (46.0, "in_effect")) in seen
    assert ("g", (20.0, "in_effect")) in seen and ("g", (12.0, "in_effect")) in seen
    assert ("f", (25.0, "scheduled")) in seen and ("f", (25.0, "paused")) in seen
