"""The report commands from the command line: one --format set, --explain, --from/--to,
--version, python -m tracker, tables at 80 columns, report --html and export."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.report import scenario
from tracker import __version__
from tracker.cli import app


@pytest.fixture(scope="module")
def rdb(tmp_path_factory) -> Path:
    return scenario.db_file(tmp_path_factory)

runner = CliRunner()
FORMATS = ("table", "json", "jsonl", "csv", "markdown")


def run(*args):
    r = runner.invoke(app, [str(a) for a in args])
    return r


def _rows(out: str, fmt: str) -> list:
    if fmt == "json":
        return json.loads(out)
    if fmt == "jsonl":
        return [json.loads(x) for x in out.splitlines()]
    if fmt == "csv":
        return list(csv.DictReader(io.StringIO(out)))
    raise AssertionError(fmt)


def test_version():
    r = run("--version")
    assert r.exit_code == 0 and r.stdout.strip() == f"tracker {__version__}"


def test_python_dash_m_tracker():
    r = subprocess.run([sys.executable, "-m", "tracker", "--version"], capture_output=True,
                       text=True, check=False, timeout=120)
    assert r.returncode == 0 and r.stdout.strip() == f"tracker {__version__}"


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("cmd", [["rates"], ["conflicts"], ["timeline"],
                                 ["sql", "select id, source, url from articles order by id"]])
def test_every_command_takes_every_format(rdb, cmd, fmt):
    r = run(*cmd, "--db", rdb, "--format", fmt)
    assert r.exit_code == 0, r.output
    if fmt in ("json", "jsonl", "csv"):
        assert len(_rows(r.stdout, fmt)) > 0
    elif fmt == "markdown":
        assert r.stdout.count("\n| ") >= 2
    else:
        assert max(len(line) for line in r.stdout.splitlines()) <= 80 or cmd[0] == "conflicts"


@pytest.mark.parametrize("fmt", FORMATS)
def test_extract_takes_every_format(corpus, fmt):
    r = run("extract", corpus, "--format", fmt)
    assert r.exit_code == 0, r.output
    if fmt in ("json", "jsonl", "csv"):
        rows = _rows(r.stdout, fmt)
        assert rows and {"article", "kind", "value", "quote"} <= set(rows[0])
    elif fmt == "table":
        assert max(len(line) for line in r.stdout.splitlines()) <= 80
        assert "USD" in r.stdout


def test_extract_default_is_jsonl(corpus):
    r = run("extract", corpus)
    assert r.exit_code == 0 and all(json.loads(x) for x in r.stdout.splitlines())


def test_sql_select_star_stays_readable_at_80_columns(rdb):
    r = run("sql", "select * from claims", "--db", rdb)
    assert r.exit_code == 0, r.output
    lines = r.stdout.splitlines()
    assert max(len(line) for line in lines) <= 80
    assert lines[0].startswith("-[ row 1 ]")  # too many columns: one line per column
    assert any(line.startswith("claim_id") and "a1:" in line for line in lines)


def test_rates_json_names_the_sources(rdb):
    rows = json.loads(run("rates", "--db", rdb, "--target", "India", "--format", "json").stdout)
    assert len(rows) == 1
    ev = rows[0]["evidence"]
    assert [e["source"] for e in ev] == ["Rio Grande Business Journal",
                                         "Continental Business Daily"]
    assert ev[1]["url"] == "https://cbd.example/india-50" and ev[1]["quote"]
    assert rows[0]["why"].startswith("50%: most independent sources")


def test_rates_explain_and_as_of_title(rdb):
    r = run("rates", "--db", rdb, "--explain")
    assert r.exit_code == 0
    assert "Current rates" in r.stdout
    assert "replaced 25% (Han River Times" in " ".join(r.stdout.split())
    r = run("rates", "--db", rdb, "--as-of", "2025-05-01")
    assert "Rates as of 2025-05-01" in r.stdout and "Current rates" not in r.stdout


def test_timeline_and_conflicts_from_to(rdb):
    rows = json.loads(run("timeline", "--db", rdb, "--from", "2025-07-01", "--to", "2025-07-31",
                          "--format", "json").stdout)
    assert rows and {r["date"] for r in rows} == {"2025-07-31"}
    rows = json.loads(run("conflicts", "--db", rdb, "--to", "2025-08-26", "--format",
                          "json").stdout)
    assert rows == []
    r = run("timeline", "--db", rdb, "--from", "last week")
    assert r.exit_code == 1 and "--from" in r.stderr and "YYYY-MM-DD" in r.stderr


def test_report_html(rdb, tmp_path):
    out = tmp_path / "report.html"
    r = run("report", "--html", out, "--db", rdb)
    assert r.exit_code == 0, r.output
    page = out.read_text(encoding="utf-8")
    assert "<svg" in page and "Continental Business Daily" in page


def test_export(rdb, tmp_path):
    r = run("export", tmp_path / "x", "--db", rdb, "--format", "csv")
    assert r.exit_code == 0, r.output
    assert (tmp_path / "x" / "current_values.csv").exists()
    assert "current_values: 3 rows" in r.stdout
