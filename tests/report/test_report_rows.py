"""The reports as plain rows (what `tracker rates`, `conflicts` and `timeline` print from,
without pandas) say exactly what the DataFrame API says, in every format."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.reconcile.test_reconcile import KR, make_db
from tests.report import scenario
from tracker import report

FORMATS = ("table", "json", "jsonl", "csv", "markdown")


@pytest.fixture(scope="module")
def rdb(tmp_path_factory) -> Path:
    return scenario.db_file(tmp_path_factory)


@pytest.fixture(scope="module")
def mixed(tmp_path_factory) -> Path:
    """Metrics side by side, missing key parts, a date value and an amount."""
    path = tmp_path_factory.mktemp("rows")
    make_db(path, [
        {"id": "a", "published": "2025-04-03", "source": "Quay Street Post"},
        {"id": "b", "published": "2025-05-20", "source": "Lantern Review"},
        {"id": "c", "published": "2025-07-02"},
    ], [
        {"article": "a", "value": 20, "status": "scheduled", "quote": "twenty on cars",
         "imposer": "US", "target": "KR", "product": "autos"},
        {"article": "b", "value": 22, "status": "in_effect", "quote": "22 on cars",
         "imposer": "US", "target": "KR", "product": "autos"},
        {"article": "a", "value": 30, "quote": "thirty, no measure named",
         "imposer": "US", "target": "VN"},
        {"article": "c", "value": 12, "quote": "twelve for all", **KR},
        {"article": "b", "metric": "effective_date", "value": "2025-06-09", **KR},
        {"article": "c", "metric": "investment", "unit": "USD", "value": 2.5e11,
         "imposer": "KR", "target": "US", "quote": "$250 billion pledged"},
    ]).close()
    return path / "t.duckdb"


CALLS = {
    "rates": dict(),
    "rates_all_metrics": dict(metric=None),
    "rates_as_of": dict(as_of="2025-05-01", metric=None),
    "rates_filtered": dict(target="South Korea", measure="reciprocal"),
    "rates_no_detail": dict(detail=False, metric=None),
}


@pytest.mark.parametrize("db", ["rdb", "mixed"])
@pytest.mark.parametrize("call", sorted(CALLS))
def test_rates_rows_print_as_the_dataframe(request, db, call):
    with scenario.read_only(request.getfixturevalue(db)) as con:
        rows = report.rates_rows(con, **CALLS[call])
        df = report.rates(con, **CALLS[call])
        assert len(rows) == len(df) > 0
        for fmt in FORMATS:
            for explain in (False, True):
                assert report.render_report(rows, report.RATES_COLUMNS, fmt, "T", 80,
                                            explain) == \
                    report.render(df, fmt, "T", 80, explain), (fmt, explain)


@pytest.mark.parametrize("db", ["rdb", "mixed"])
@pytest.mark.parametrize("kind", ["conflicts", "timeline"])
@pytest.mark.parametrize("filters", [{}, {"target": "KR"}, {"date_from": "2025-05-01"}])
def test_conflict_and_timeline_rows_print_as_the_dataframe(request, db, kind, filters):
    columns = getattr(report, f"{kind.upper()}_COLUMNS")
    with scenario.read_only(request.getfixturevalue(db)) as con:
        rows = getattr(report, f"{kind}_rows")(con, **filters)
        df = getattr(report, kind)(con, **filters)
        assert len(rows) == len(df)
        for fmt in FORMATS:
            assert report.render_report(rows, columns, fmt, "T", 80) == \
                report.render(df, fmt, "T", 80), fmt


def test_rates_come_by_fact_key_with_missing_parts_last(mixed):
    with scenario.read_only(mixed) as con:
        rows = report.rates_rows(con, metric=None)
    keys = [tuple(r[k] for k in report.KEY) for r in rows]
    assert any(None in k for k in keys)  # (the order is about missing parts)
    assert keys == sorted(keys, key=lambda k: tuple("~" if x is None else x for x in k))


def test_detail_leaves_no_temporary_table(rdb):
    with scenario.read_only(rdb) as con:
        assert report.rates_rows(con)[0]["evidence"]
        left = con.execute("SELECT count(*) FROM duckdb_tables() WHERE temporary").fetchone()
        assert left == (0,)


def test_filters_that_match_nothing_give_no_rows(rdb):
    with scenario.read_only(rdb) as con:
        assert report.rates_rows(con, target="Narnia") == []
        assert report.timeline_rows(con, product="violins") == []
        assert report.rates(con, target="Narnia").empty


def test_the_report_commands_load_no_pandas(rdb):
    """`tracker rates` on a million claims spent half a second importing pandas alone."""
    commands = [["rates"], ["rates", "--as-of", "2025-08-15", "-f", "json"],
                ["rates", "--explain"], ["conflicts", "-f", "csv"],
                ["timeline", "--target", "KR"]]
    code = "\n".join([
        "import io, json, sys, contextlib",
        "from tracker.cli import app",
        f"for args in {commands!r}:",
        "    out = io.StringIO()",
        "    with contextlib.redirect_stdout(out):",
        f"        try: app(args + ['--db', {str(rdb)!r}])",
        "        except SystemExit as e: assert not e.code, e.code",
        "    assert out.getvalue().strip(), args",
        "print(json.dumps(sorted(m for m in ('pandas', 'pyarrow', 'numpy')"
        " if m in sys.modules)))",
    ])
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=False)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout.strip().splitlines()[-1]) == []


@pytest.fixture(scope="module")
def paused(tmp_path_factory) -> Path:
    """A rate due in April, then a pause of that measure for every partner (a claim of
    another fact, which the rate's status reads)."""
    path = tmp_path_factory.mktemp("paused")
    make_db(path, [
        {"id": "a", "published": "2025-04-03"}, {"id": "b", "published": "2025-04-10"},
        {"id": "c", "published": "2025-04-12"},
    ], [
        {"article": "a", "value": 24, "status": "scheduled", "effective": "2025-04-09", **KR},
        {"article": "b", "metric": "effective_date", "value": "2025-07-09",
         "imposer": "US", "target": None, "product": "all", "measure": "reciprocal",
         "status": "scheduled", "sentence": "Washington paused the levies until July 9."},
        {"article": "c", "value": 11, "status": "in_effect", "imposer": "US", "target": "*",
         "product": "all", "measure": "baseline"},
    ]).close()
    return path / "t.duckdb"


@pytest.mark.parametrize("db", ["rdb", "mixed", "paused"])
@pytest.mark.parametrize("day", ["2025-04-05", "2025-05-01", "2025-07-20", "2025-09-01"])
def test_rates_as_of_computed_for_one_metric_are_those_of_all(request, db, day):
    """With a date, rates computes the current values of the metric's facts only
    (driver.facts_of_metric): the same rows as computing every fact and keeping those."""
    with scenario.read_only(request.getfixturevalue(db)) as con:
        for detail in (False, True):
            every = [r for r in report.rates_rows(con, metric=None, as_of=day, detail=detail)
                     if r["metric"] == "tariff_rate"]
            assert report.rates_rows(con, as_of=day, detail=detail) == every
        left = con.execute("SELECT count(*) FROM duckdb_views() WHERE temporary "
                           "AND view_name = 'fact_claims'").fetchone()
        assert left == (0,)


def test_the_pause_of_every_partner_still_reaches_the_rates(paused):
    with scenario.read_only(paused) as con:
        kr = [r for r in report.rates_rows(con, as_of="2025-05-01") if r["target"] == "KR"]
    assert [r["status"] for r in kr] == ["paused"]


@pytest.mark.parametrize("db", ["rdb", "mixed", "paused"])
@pytest.mark.parametrize("day", [None, "2025-05-01"])
def test_rates_without_detail_are_those_with_it_less_the_detail(request, db, day):
    """The table's rows (detail=False, read by position) are the detailed rows without
    url, evidence and why."""
    with scenario.read_only(request.getfixturevalue(db)) as con:
        plain = report.rates_rows(con, metric=None, as_of=day, detail=False)
        full = report.rates_rows(con, metric=None, as_of=day, detail=True)
    assert plain
    assert plain == [{**r, "url": None, "evidence": [], "why": None} for r in full]
