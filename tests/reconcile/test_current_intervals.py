"""15b_current_intervals.sql: the current values stored as intervals give, at every date, the
rows 15_current_values.sql computes for that date; both run the one text of the rules
(15_current_rules.sql), 15 at one date, 15b at every breakpoint.

`tracker rates --as-of D` and reconcile.current(as_of=D) read the stored rows holding at D
(driver.current_query with a connection); the reference is 15 with $as_of bound, run on the
same database. Compared on the sample, the dev feed and the seeds at every date where an
input of the current values changes (each claim's dates, conflicts, updates, official
starts, the intervals' own bounds), the day before and the day after, and dates far before
and after; and the stored current values are the intervals' rows at the latest date.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import duckdb
import pytest
from conftest import SAMPLE, need_shared

from tracker import reconcile, report, store
from tracker.ingest import ingest
from tracker.reconcile import driver

ONE = dt.timedelta(days=1)


def _computed(con: duckdb.DuckDBPyConnection, day: dt.date) -> list[tuple[Any, ...]]:
    """15_current_values.sql as of `day` (the rules run for that date)."""
    text = driver.sql(driver.CURRENT_FILE)
    return con.execute(text, driver.bind(text, {**driver.PARAMS, "as_of": day})).fetchall()


def _stored(con: duckdb.DuckDBPyConnection, day: dt.date) -> list[tuple[Any, ...]]:
    """What current_query reads for `day` on this connection: the stored intervals."""
    text, params = driver.current_query(day, con)
    assert driver.INTERVALS_TABLE in text
    return con.execute(text, params).fetchall()


def _dates(con: duckdb.DuckDBPyConnection) -> list[dt.date]:
    found = con.execute(
        "SELECT DISTINCT d FROM (SELECT unnest([seq_date, effective, date_value, date]) AS d "
        "FROM fact_claims UNION SELECT last_date FROM conflicts UNION SELECT to_date FROM "
        "updates UNION SELECT effective_date FROM reference UNION SELECT valid_from FROM "
        "current_intervals UNION SELECT valid_to FROM current_intervals) "
        "WHERE d IS NOT NULL").fetchall()
    days = {d + k * ONE for (d,) in found for k in (-1, 0, 1)}
    days |= {driver.ORDER_FROM, dt.date(2000, 1, 1), dt.date(2040, 1, 1)}
    return sorted(d for d in days if d >= driver.ORDER_FROM)


def _db(path: Path, source: Path) -> duckdb.DuckDBPyConnection:
    ingest([source], db=path)
    return store.connect(path)


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> duckdb.DuckDBPyConnection:
    return _db(tmp_path_factory.mktemp("iv") / "s.duckdb", SAMPLE / "articles")


@pytest.fixture(scope="module")
def dev(tmp_path_factory: pytest.TempPathFactory) -> duckdb.DuckDBPyConnection:
    return _db(tmp_path_factory.mktemp("iv") / "d.duckdb", need_shared("dev", "articles.jsonl"))


@pytest.fixture(scope="module")
def seeds(tmp_path_factory: pytest.TempPathFactory) -> duckdb.DuckDBPyConnection:
    return _db(tmp_path_factory.mktemp("iv") / "z.duckdb", need_shared("seeds"))


def test_the_rules_are_written_once():
    """15 and 15b hold no rules of their own: each puts in the one text (15_current_rules)."""
    rules = driver.sql(driver.RULES_FILE)
    for file in (driver.CURRENT_FILE, driver.INTERVALS_FILE):
        raw = (Path(driver.__file__).parent / "sql" / file).read_text(encoding="utf-8")
        assert raw.count(driver.RULES_MARK) == 1, file
        assert rules in driver.sql(file) and driver.RULES_MARK not in driver.sql(file)
        assert "lone_kept" not in raw and "in_effect_from" not in raw, file
    assert driver.RULES_MARK not in rules


@pytest.mark.parametrize("which", ["sample", pytest.param("dev", marks=pytest.mark.slow),
                                   pytest.param("seeds", marks=pytest.mark.slow)])
def test_stored_intervals_give_every_dates_current_values(which: str,
                                                          request: pytest.FixtureRequest):
    con = request.getfixturevalue(which)
    days = _dates(con)
    assert len(days) > 60
    answered = 0
    for day in days:
        stored = _stored(con, day)
        assert stored == _computed(con, day), day  # same rows, same order
        answered += bool(stored)
    assert answered > 50
    # and what the rebuild stored as today's current values: the same rules at the latest date
    latest = con.execute("SELECT max(seq_date) FROM fact_claims WHERE NOT is_dup").fetchone()[0]
    today = con.execute(driver.current_query(None)[0]).fetchall()
    assert today == _stored(con, latest) == _computed(con, None)


def test_intervals_do_not_overlap_and_change_at_each_start(sample):
    """One row per fact and date: a fact's intervals follow each other without overlap, and
    each differs from the one before (consecutive equal answers are merged)."""
    bad = sample.execute("""
        SELECT count(*) FROM (
          SELECT valid_from, valid_to,
                 lead(valid_from) OVER (PARTITION BY fact_id ORDER BY valid_from) AS nxt
          FROM current_intervals)
        WHERE valid_to IS DISTINCT FROM nxt OR valid_to <= valid_from""").fetchone()[0]
    assert bad == 0
    n, facts = sample.execute("SELECT count(*), count(DISTINCT fact_id) "
                              "FROM current_intervals").fetchone()
    assert n > facts  # some facts change over time


def test_current_and_reports_read_the_intervals_as_they_computed(sample):
    """reconcile.current, the rates rows with their `why` (--explain, JSON) and the rates
    table as of a date are the same read from the intervals as computed for the date (a
    database reconciled before the table existed: dropped here, rolled back)."""
    days = [dt.date(2025, 4, 5), dt.date(2025, 6, 1), dt.date(2025, 8, 8)]
    got = [(reconcile.current(sample, d), report.rates(sample, as_of=d, metric=None),
            report.rates_table_text(sample, "t", as_of=d)) for d in days]
    assert any(len(c) for c, _, _ in got)
    sample.execute("BEGIN TRANSACTION")
    try:
        sample.execute(f"DROP TABLE main.{driver.INTERVALS_TABLE}")
        assert not driver.stored_as_of(sample, days[0])
        for d, (cur, rates, table) in zip(days, got, strict=True):
            assert reconcile.current(sample, d).equals(cur), d
            assert report.rates(sample, as_of=d, metric=None).equals(rates), d
            assert report.rates_table_text(sample, "t", as_of=d) == table, d
    finally:
        sample.execute("ROLLBACK")
    assert any(w for _, r, _ in got for w in r["why"].dropna())


def test_before_1900_the_rules_run_for_the_date(sample):
    day = dt.date(1899, 12, 31)
    assert not driver.stored_as_of(sample, day)
    text, _ = driver.current_query(day, sample)
    assert driver.INTERVALS_TABLE not in text
    assert reconcile.current(sample, day).empty == (not _computed(sample, day))
