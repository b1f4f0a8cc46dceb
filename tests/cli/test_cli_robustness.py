"""Exit codes, Ctrl-C and one-line errors of the CLI (docs/robustness.md)."""

from __future__ import annotations

import importlib

import duckdb
import pytest
from typer.testing import CliRunner

from tracker.cli import app

runner = CliRunner()


def run(*args):
    return runner.invoke(app, [str(a) for a in args])


def _one_line(r, code: int = 1) -> str:
    assert r.exit_code == code, (r.exit_code, r.output)
    assert "Traceback" not in r.output and r.exception is None or isinstance(
        r.exception, SystemExit)
    err = r.stderr.strip()
    assert len(err.splitlines()) == 1, err
    return err


def _binary(folder):
    p = folder / "photo.txt"
    p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20)
    return p


def test_all_stored_is_0(tmp_path, corpus):
    assert run("ingest", corpus, "--db", tmp_path / "t.duckdb").exit_code == 0


def test_some_skipped_is_3_and_each_is_listed(tmp_path, corpus):
    empty = corpus / "empty.txt"
    empty.write_text("")
    _binary(corpus)
    r = run("ingest", corpus, "--db", tmp_path / "t.duckdb")
    assert r.exit_code == 3
    assert "skipped: " in r.stderr and "empty.txt" in r.stderr and "photo.txt" in r.stderr
    assert "2 new" in r.stdout


def test_all_skipped_is_1_and_nothing_written(tmp_path):
    db = tmp_path / "t.duckdb"
    r = run("ingest", _binary(tmp_path), "--db", db)
    assert r.exit_code == 1
    assert "skipped: " in r.stderr and "nothing was written" in r.stderr
    assert not db.exists()


def test_init_flag_allows_an_empty_duckdb_file(tmp_path, corpus):
    db = tmp_path / "e.duckdb"
    duckdb.connect(str(db)).close()
    assert "--init" in _one_line(run("ingest", corpus, "--db", db))
    assert run("ingest", corpus, "--db", db, "--init").exit_code == 0


@pytest.mark.parametrize("where", ["before", "during"])
def test_ctrl_c_is_one_line_and_130(tmp_path, corpus, monkeypatch, where):
    db = tmp_path / "t.duckdb"
    assert run("ingest", corpus / "a_korea.txt", "--db", db).exit_code == 0

    def interrupt(*a, **k):
        if where == "before":
            raise KeyboardInterrupt
        raise RuntimeError("Query interrupted")  # what DuckDB raises on SIGINT mid-query

    module = "tracker.ingest" if where == "before" else "tracker.reconcile.incremental"
    name = "extract_each" if where == "before" else "refresh"
    monkeypatch.setattr(importlib.import_module(module), name, interrupt)
    r = run("ingest", corpus, "--db", db)
    assert _one_line(r, 130) == "error: interrupted; nothing was written"
    monkeypatch.undo()
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 1
    con.close()


def test_interrupted_report_query_is_130(tmp_path, corpus, monkeypatch):
    db = tmp_path / "t.duckdb"
    run("ingest", corpus, "--db", db)

    def interrupted(*a, **k):
        raise duckdb.InterruptException("INTERRUPT Error: Interrupted!")

    # the plain table's query (cells made by DuckDB) and the rows of every other form
    monkeypatch.setattr("tracker.report.rates_table_text", interrupted)
    monkeypatch.setattr("tracker.report.rates_rows", interrupted)
    assert _one_line(run("rates", "--db", db), 130).startswith("error: interrupted")
    assert _one_line(run("rates", "--db", db, "-f", "json"), 130).startswith(
        "error: interrupted")


def test_database_error_in_a_report_is_one_line(tmp_path, corpus, monkeypatch):
    db = tmp_path / "t.duckdb"
    run("ingest", corpus, "--db", db)

    def broken(*a, **k):
        raise duckdb.IOException("Corrupt database file: bad checksum in block at location 8")

    monkeypatch.setattr("tracker.report.rates_table_text", broken)
    monkeypatch.setattr("tracker.report.rates_rows", broken)
    for form in ("table", "csv"):
        assert _one_line(run("rates", "--db", db, "-f", form)) \
            == "error: database file is corrupt or truncated"


@pytest.mark.parametrize("value", ["3000-01-01", "1850-06-01", "2025-13-01", "", "\x00"])
def test_bad_published_values_are_one_line(tmp_path, corpus, value):
    err = _one_line(run("ingest", corpus, "--db", tmp_path / "t.duckdb", "--published", value))
    assert err.startswith("error: --published")
    assert not (tmp_path / "t.duckdb").exists()


def test_sqlite_file_is_named(tmp_path):
    import sqlite3

    db = tmp_path / "x.db"
    sqlite3.connect(db).execute("CREATE TABLE t (x)").connection.commit()
    assert "an SQLite database, not a tracker database" in _one_line(run("rates", "--db", db))
