"""`tracker sql` without --write reads the database and nothing else: no files, no network."""

from __future__ import annotations

import os

import pytest
from typer.testing import CliRunner

from tracker.cli import app

runner = CliRunner()


def run(*args):
    return runner.invoke(app, [str(a) for a in args])


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    from conftest import ARTICLE_A

    folder = tmp_path_factory.mktemp("sqlro")
    (folder / "a.txt").write_text(ARTICLE_A, encoding="utf-8")
    path = folder / "t.duckdb"
    assert run("ingest", folder / "a.txt", "--db", path).exit_code == 0
    return path


WRITERS = [
    "COPY (SELECT 1) TO '{out}'",
    "COPY claims TO '{out}' (FORMAT csv)",
    "EXPORT DATABASE '{out}'",
    "PRAGMA profile_output = '{out}'",
    "SET profile_output = '{out}'",
    "PRAGMA enable_profiling",
    "ATTACH '{out}' AS other",
    "INSTALL httpfs",
    "LOAD httpfs",
    "EXPLAIN ANALYZE COPY (SELECT 1) TO '{out}'",
    "SELECT 1; COPY (SELECT 2) TO '{out}'",
    "COPY FROM DATABASE memory TO other",
]


@pytest.mark.parametrize("sql", WRITERS)
def test_writing_statements_need_write(tmp_path, db, sql):
    out = tmp_path / "out"
    r = run("sql", sql.format(out=out), "--db", db)
    assert r.exit_code == 1
    err = r.stderr.strip()
    assert len(err.splitlines()) == 1 and "--write" in err, err
    assert not out.exists() and os.listdir(tmp_path) == []


@pytest.mark.parametrize("sql", [
    "SELECT count(*) AS n FROM claims", "FROM articles SELECT id", "SHOW TABLES",
    "DESCRIBE claims", "PRAGMA table_info('claims')", "EXPLAIN SELECT * FROM claims",
    "EXPLAIN ANALYZE SELECT 1", "CALL pragma_version()",
])
def test_reading_statements_run(db, sql):
    r = run("sql", sql, "--db", db)
    assert r.exit_code == 0, r.output


def test_copy_with_write(tmp_path, db):
    out = tmp_path / "claims.csv"
    assert run("sql", f"COPY claims TO '{out}'", "--db", db, "--write").exit_code == 0
    assert out.read_text().startswith("claim_id")


@pytest.mark.parametrize("sql", ["", "   ", ";", "/* nothing */"])
@pytest.mark.parametrize("write", [False, True])
def test_empty_sql_is_one_line(db, sql, write):
    r = run("sql", sql, "--db", db, *(["--write"] if write else []))
    assert r.exit_code == 1 and r.exception is None or isinstance(r.exception, SystemExit)
    assert r.stderr.strip() == "error: SQL error: no SQL statement given"


def test_remote_file_is_not_fetched(db):
    r = run("sql", "SELECT * FROM read_csv('https://example.invalid/x.csv')", "--db", db)
    assert r.exit_code == 1 and "httpfs" in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1
