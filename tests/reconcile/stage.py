"""Helpers for testing one reconciliation stage file at a time.

``con`` is an in-memory database with every object of the pipeline made once from no
claims, so each stage's input tables exist, empty and typed exactly as the stages before
make them. A test inserts a few hand-made rows into a stage's inputs (``insert``), runs that
one stage file (``run``) and checks what it made.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import duckdb
import pytest

from tracker import store
from tracker.reconcile import driver
from tracker.reconcile.reference import reference_frame

D = dt.date.fromisoformat

#: values a hand-made row gets for the columns it does not name (flags default to "plain
#: evidence": not a duplicate, previous or restated; in sequence; epoch 0)
DEFAULTS: dict[str, dict[str, Any]] = {
    "_rc_keyed": {"is_dup": False, "kind": "rate", "metric": "tariff_rate", "unit": "percent",
                  "quote_start": 0, "combined": False, "penalty": False,
                  "measure_named": False, "change_word": "", "pause_word": False,
                  "date_inferred": False, "doubtful": False},
    "fact_claims": {"is_dup": False, "kind": "rate", "metric": "tariff_rate",
                    "unit": "percent", "quote_start": 0, "combined": False, "penalty": False,
                    "measure_named": False, "change_word": "", "pause_word": False,
                    "date_inferred": False, "doubtful": False, "is_prev": False,
                    "comparable": True,
                    "is_flow": False, "h": 0.005,
                    "status_rank": 4, "article_has_prev": False, "is_restated": False,
                    "in_seq": True, "part": "", "is_change": False, "epoch": 0,
                    "undated_pledge": False},
}
DEFAULTS["_rc_totalled"] = DEFAULTS["_rc_keyed"]
DEFAULTS["_rc_flags"] = {k: v for k, v in DEFAULTS["fact_claims"].items()
                         if k not in ("article_has_prev", "is_restated", "in_seq", "part",
                                      "is_change", "epoch", "undated_pledge")}


def _fill(table: str, row: dict[str, Any]) -> dict[str, Any]:
    """A row with the defaults of its table; fact rows also derive what they can (source =
    article, v = value, seq_date / seq_key / date / as_of from one another)."""
    out = {**DEFAULTS.get(table, {}), **row}
    if table in ("_rc_keyed", "_rc_totalled", "_rc_flags", "fact_claims"):
        out.setdefault("source", out.get("article"))
    if table in ("_rc_flags", "fact_claims"):
        out.setdefault("v", out.get("value"))
        day = out.get("seq_date") or out.get("as_of")
        for k in ("seq_date", "seq_key", "date", "as_of"):
            out.setdefault(k, day)
    return out


def insert(con: duckdb.DuckDBPyConnection, table: str, *rows: dict[str, Any]) -> None:
    """Insert hand-made rows (missing columns: DEFAULTS, else NULL), cast to the table's
    column types."""
    types = {r[0]: r[1] for r in con.execute(f"DESCRIBE {table}").fetchall()}
    for row in rows:
        r = _fill(table, row)
        cols = ", ".join(f"CAST(? AS {types[c]}) AS {c}" for c in r)
        con.execute(f"INSERT INTO {table} BY NAME SELECT {cols}", list(r.values()))
    if table == "fact_claims":  # the evidence order is made from them (as a rebuild would),
        run(con, driver.ORDER_FILE)  # and the rates told later from it
        run(con, driver.TOLD_FILE)


def run(con: duckdb.DuckDBPyConnection, file: str, **params: Any) -> list[dict[str, Any]]:
    """Run one stage file into its object (stored as a table) and return its rows."""
    s = driver.stage(file)
    if file == driver.CURRENT_FILE:  # it reads the evidence order the stage before makes
        run(con, driver.ORDER_FILE)  # and the rates told later, made from it
        run(con, driver.TOLD_FILE)
    keep = {"arrow": "table", "arrow+table": "table"}.get(s.keep, s.keep)
    driver.run_stage(con, driver.Stage(s.file, s.name, keep), params)
    if file == driver.INTERVALS_FILE:  # the intervals: with the rates told later put in
        return run(con, driver.TOLD_CUT_FILE)
    return rows(con, f"SELECT * FROM {s.name}")


def conflict_values(con: duckdb.DuckDBPyConnection) -> set[tuple[float, float]]:
    """The value pairs the conflict stages raise (07 then 08): most conflict tests ask only
    which two figures end up disagreeing."""
    run(con, "07_claim_pairs.sql")
    return {(r["value_a"], r["value_b"]) for r in run(con, "08_pair_groups.sql")
            if r["kind"] == "conflict"}


def raised_conflicts(con: duckdb.DuckDBPyConnection) -> set[tuple[float, float]]:
    """The value pairs the conflicts table raises as conflicts (07, 08, then 09): what a
    user sees in `tracker conflicts`, past 09's last filters."""
    run(con, "07_claim_pairs.sql")
    run(con, "08_pair_groups.sql")
    return {(r["value_a"], r["value_b"]) for r in run(con, "09_conflicts.sql")
            if r["kind"] == "conflict"}


def rows(con: duckdb.DuckDBPyConnection, sql: str, *params: Any) -> list[dict[str, Any]]:
    cur = con.execute(sql, list(params))
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, r, strict=True)) for r in cur.fetchall()]


def register_keys(con: duckdb.DuckDBPyConnection) -> None:
    """The lexicon's parameter tables for the claims now stored."""
    for name, table in driver.key_tables(con).items():
        con.register(name, table)


@pytest.fixture
def con():
    """Every pipeline object, empty and typed; the stage under test's inputs get rows."""
    c = duckdb.connect()
    store.migrate(c)
    register_keys(c)
    c.register("_rc_reference", reference_frame())  # typed; the tests add their own rows
    c.execute("CREATE TABLE reference AS SELECT * FROM _rc_reference LIMIT 0")
    for s in driver.STAGES:
        # (no stored intervals of the current values: the tests' rows come after, so those
        # would be stale; reconcile.current(as_of=D) then runs the rules for D, what
        # tests/reconcile/test_current_intervals.py compares them with on real databases)
        if s.keep == "append" or s.name == driver.INTERVALS_TABLE:
            continue
        keep = {"arrow": "table", "arrow+table": "table"}.get(s.keep, s.keep)
        driver.run_stage(c, driver.Stage(s.file, s.name, keep))
    yield c
    c.close()
