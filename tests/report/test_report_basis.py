"""The all-in and different-basis reports: filters through the lexicon, and an empty
report (not a crash) on a database reconciled before their tables existed."""

import duckdb

from tracker import report_basis, store
from tracker.reconcile import driver


def _db() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    store.migrate(con)
    driver.rebuild(con)
    return con


def test_reports_of_a_database_without_the_tables_are_empty():
    con = _db()
    con.execute("DROP TABLE all_in_rates")
    con.execute("DROP TABLE different_basis")
    assert report_basis.all_in(con).empty
    assert list(report_basis.different_basis(con).columns) == report_basis.BASIS_COLUMNS
    assert report_basis.as_text(report_basis.all_in(con), "all_in", "All-in") == "All-in: none"


def test_the_all_in_report_reads_the_official_components_and_filters_by_name():
    con = _db()  # no claims: every component comes from the official table
    rows = report_basis.all_in(con, target="India")
    assert [(r["target"], r["product"], r["all_in"], r["basis"]) for r in
            rows.to_dict("records")] == [("IN", "all", 50.0, "official")]
    text = " ".join(report_basis.as_text(rows, "all_in", "All-in", width=80).split())
    assert "reciprocal 25% (official row" in text and "penalty 25% (official row" in text
