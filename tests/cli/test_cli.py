"""The CLI end to end through typer's test runner."""

import json

import pytest
from conftest import need_shared
from typer.testing import CliRunner

from tracker.cli import app
from tracker.models import SPEC_FIELDS

runner = CliRunner()


def run(*args: str):
    return runner.invoke(app, [str(a) for a in args])


def _one_line_error(result) -> str:
    assert result.exit_code != 0
    assert "Traceback" not in result.output
    err = result.stderr.strip() if result.stderr else result.output.strip()
    assert len(err.splitlines()) == 1, err
    assert err.startswith("error: ")
    return err


def test_ingest_then_sql(tmp_path, corpus):
    db = tmp_path / "t.duckdb"
    r = run("ingest", corpus, "--db", db)
    assert r.exit_code == 0, r.output
    assert "2 new" in r.stdout
    r = run("sql", "select count(*) as n from articles", "--db", db, "--format", "json")
    assert r.exit_code == 0
    assert json.loads(r.stdout) == [{"n": 2}]
    r = run("sql", "select count(*) from claims", "--db", db, "--format", "csv")
    assert r.exit_code == 0 and int(r.stdout.splitlines()[1]) > 0


def test_sql_is_read_only_by_default(tmp_path, corpus):
    db = tmp_path / "t.duckdb"
    run("ingest", corpus, "--db", db)
    err = _one_line_error(run("sql", "delete from claims", "--db", db))
    assert "--write" in err
    r = run("sql", "select count(*) as n from claims", "--db", db, "--format", "json")
    assert json.loads(r.stdout)[0]["n"] > 0
    assert run("sql", "delete from claims where false", "--db", db, "--write").exit_code == 0


def test_sql_lists_and_dates_are_plain_text(tmp_path, corpus):
    db = tmp_path / "t.duckdb"
    run("ingest", corpus, "--db", db)
    q = "select [1, 2] as xs, DATE '2025-08-01' as d, {'a': 1} as s"
    assert json.loads(run("sql", q, "--db", db, "--format", "json").stdout) == \
        [{"xs": [1, 2], "d": "2025-08-01", "s": {"a": 1}}]
    assert run("sql", q, "--db", db, "--format", "csv").stdout.splitlines() == \
        ["xs,d,s", '"[1, 2]",2025-08-01,"{""a"": 1}"']


def test_sql_error_is_one_line(tmp_path, corpus):
    db = tmp_path / "t.duckdb"
    run("ingest", corpus, "--db", db)
    assert "SQL error" in _one_line_error(run("sql", "select * from nowhere", "--db", db))


def test_extract_jsonl_follows_spec(corpus):
    r = run("extract", corpus, "--format", "jsonl")
    assert r.exit_code == 0
    rows = [json.loads(line) for line in r.stdout.splitlines()]
    assert rows and all(list(row) == list(SPEC_FIELDS) for row in rows)
    values = {(row["kind"], row["value"], row["unit"]) for row in rows}
    assert ("rate", 15.0, "percent") in values
    assert ("amount", 550e9, "USD") in values


def test_extract_csv_and_table(corpus):
    r = run("extract", corpus, "--format", "csv")
    assert r.exit_code == 0 and r.stdout.splitlines()[0].startswith("article,kind,metric")
    r = run("extract", corpus, "--format", "table")
    assert r.exit_code == 0 and "USD" in r.stdout and "KR" in r.stdout


@pytest.mark.parametrize("content,needle", [
    (b"", "empty"),
    (b"\x00\x01\x02binary\x00" * 50, "binary"),
])
def test_bad_files_are_one_line_errors(tmp_path, content, needle):
    f = tmp_path / "bad.txt"
    f.write_bytes(content)
    r = run("ingest", f, "--db", tmp_path / "t.duckdb", "--strict")
    assert needle in _one_line_error(r)


def test_missing_path(tmp_path):
    assert "no such file" in _one_line_error(run("ingest", tmp_path / "nope", "--db",
                                                  tmp_path / "t.duckdb"))


def test_not_a_database(tmp_path, corpus):
    db = tmp_path / "fake.duckdb"
    db.write_text("hello " * 1000)
    before = db.read_bytes()
    assert "not a DuckDB" in _one_line_error(run("ingest", corpus, "--db", db))
    assert db.read_bytes() == before


def test_malformed_feed_line_reports_line(tmp_path):
    feed = tmp_path / "f.jsonl"
    feed.write_text('{"id": "ok", "published": "2025-07-01", "text": "A 25% tariff on steel."}\n'
                    "{oops\n")
    r = run("ingest", feed, "--db", tmp_path / "t.duckdb")
    assert r.exit_code == 3  # stored, but a line was skipped (docs/robustness.md)
    assert "f.jsonl:2" in r.stderr and "1 new" in r.stdout
    assert "f.jsonl:2" in _one_line_error(run("ingest", feed, "--db", tmp_path / "s.duckdb",
                                              "--strict"))


def test_bad_published_flag(tmp_path, corpus):
    assert "YYYY-MM-DD" in _one_line_error(run("ingest", corpus, "--db", tmp_path / "t.duckdb",
                                               "--published", "yesterday"))


def test_rules_check_passes():
    r = run("rules", "check")
    assert r.exit_code == 0, r.stdout
    assert " 0 failed" in r.stdout


def test_reports_json_shapes(tmp_path, corpus):
    db = tmp_path / "t.duckdb"
    run("ingest", corpus, "--db", db)
    rates = json.loads(run("rates", "--db", db, "--format", "json").stdout)
    assert isinstance(rates, list) and rates
    for key in ("metric", "imposer", "target", "product", "measure", "value", "unit",
                "status", "since", "sources", "conflict"):
        assert key in rates[0]
    conflicts = json.loads(run("conflicts", "--db", db, "--format", "json").stdout)
    assert isinstance(conflicts, list)
    tl = json.loads(run("timeline", "--db", db, "--format", "json").stdout)
    assert tl and {"date", "value", "status", "article"} <= set(tl[0])
    r = run("rates", "--db", db, "--target", "JP", "--format", "csv")
    assert r.exit_code == 0
    assert r.stdout.splitlines()[0].startswith("metric,")


@pytest.mark.slow
def test_demo_runs(tmp_path):
    db = tmp_path / "demo.duckdb"
    r = run("demo", "--db", db)
    assert r.exit_code == 0, r.output
    assert "Claims by kind and metric" in r.stdout
    assert "Current tariff rates" in r.stdout
    assert db.exists()


@pytest.mark.slow
def test_eval_on_seeds_json(tmp_path):
    seeds = need_shared("seeds")
    gold = need_shared("gold", "seeds.jsonl")
    r = run("eval", seeds, "--gold", gold, "--format", "json")
    assert r.exit_code == 0, r.output
    report = json.loads(r.stdout)
    assert report["f1"] >= 0.95
