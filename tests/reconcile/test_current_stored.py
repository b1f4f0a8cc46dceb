"""reconcile.current() without a date reads the stored current_values table instead of
running 15_current_values.sql again: the rows must be those the query gives, in its order."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from tests.reconcile.test_reconcile_sample import build
from tracker import reconcile
from tracker.reconcile import driver


@pytest.fixture(scope="module")
def con(tmp_path_factory):
    return build(tmp_path_factory.mktemp("stored"))


def _recomputed(con, as_of: dt.date | None) -> pd.DataFrame:
    text = driver.sql(driver.CURRENT_FILE)
    return con.execute(text, driver.bind(text, {**driver.PARAMS, "as_of": as_of})).df()


def _by_key(df: pd.DataFrame) -> pd.DataFrame:
    """The query's order with ties broken by fact_id (run twice, DuckDB can order tied
    rows differently)."""
    keys = ["metric", "imposer", "target", "product", "measure", "fact_id"]
    return df.sort_values(keys, kind="stable", na_position="last").reset_index(drop=True)


def test_stored_current_values_are_the_querys(con):
    """The same rows in the query's order; facts with the same key (the sample has two
    JP->US investment facts) come by fact_id, where the query leaves their order open."""
    stored = reconcile.current(con)
    assert len(stored) > 10
    pd.testing.assert_frame_equal(stored, _by_key(_recomputed(con, None)))


def test_the_stored_table_is_read_not_recomputed(con, monkeypatch):
    def no_query(file: str) -> str:
        raise AssertionError(f"{file} was run")

    monkeypatch.setattr(driver, "sql", no_query)
    assert list(reconcile.current(con).columns) == driver.CURRENT_COLUMNS


def test_a_date_still_runs_the_query(con):
    day = dt.date(2025, 7, 15)
    got = reconcile.current(con, day)
    pd.testing.assert_frame_equal(_by_key(got), _by_key(_recomputed(con, day)))
    assert (got["as_of"].dt.date == day).all()
