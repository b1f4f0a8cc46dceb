"""One set of formats for every command, and tables that stay readable at 80 columns."""

from __future__ import annotations

import csv
import io
import json
import math
from pathlib import Path

import pytest

from tests.report import scenario
from tracker import render, report
from tracker.render import Col


@pytest.fixture(scope="module")
def rdb(tmp_path_factory) -> Path:
    return scenario.db_file(tmp_path_factory)


@pytest.fixture
def rcon(rdb):
    with scenario.read_only(rdb) as con:
        yield con


def test_formats_are_one_set():
    assert render.FORMATS == ("table", "json", "jsonl", "csv", "markdown")


def test_json_has_no_nan_or_infinity():
    recs = [{"a": v} for v in (math.nan, math.inf, -math.inf, 1.5)]
    recs = [{k: render.jsonable(v) for k, v in r.items()} for r in recs]
    for fmt in ("json", "jsonl"):
        text = render.render_rows(recs, ["a"], fmt)
        assert "NaN" not in text and "Infinity" not in text
    assert json.loads(render.to_json(recs)) == [{"a": None}] * 3 + [{"a": 1.5}]


def test_jsonl_is_one_object_per_line():
    recs = [{"a": 1, "b": [1, 2]}, {"a": 2, "b": []}]
    lines = render.render_rows(recs, ["a", "b"], "jsonl").splitlines()
    assert [json.loads(x) for x in lines] == recs


def test_csv_keeps_lists_and_objects_parseable():
    recs = [{"a": ["x", "y"], "b": {"k": 1}, "c": None, "d": True}]
    rows = list(csv.reader(io.StringIO(render.render_rows(recs, list("abcd"), "csv"))))
    assert rows == [list("abcd"), ['["x", "y"]', '{"k": 1}', "", "true"]]


def test_unknown_format():
    with pytest.raises(ValueError):
        render.render_rows([], ["a"], "xml")


def test_clip_marks_what_it_cut():
    assert render.clip("Continental Business Daily", 12) == "Continental…"
    assert render.clip("short", 12) == "short"


def test_table_cuts_the_widest_column_with_an_ellipsis():
    rows = [["1", "x" * 200, "Pacific Ledger"]]
    out = render.table(rows, [Col("n", "right", 1), Col("text"), Col("source")], width=80)
    assert max(len(line) for line in out.splitlines()) <= 80
    assert "…" in out and "Pacific Ledger" in out  # the long column gave way


def test_too_many_columns_switch_to_a_vertical_layout():
    columns = [f"column_{i}" for i in range(20)]
    recs = [{c: f"value {i} of {c} " * 3 for i, c in enumerate(columns)}]
    out = render.generic_table(recs, columns, width=80)
    lines = out.splitlines()
    assert max(len(line) for line in lines) <= 80
    assert lines[0].startswith("-[ row 1 ]")
    assert sum(line.startswith("column_") for line in lines) == 20  # one line each (wrapped)
    # nothing is cut: every value is there in full, wrapped under itself
    joined = " ".join(x.split("= ", 1)[-1].strip() for x in lines)
    assert "value 19 of column_19 value 19 of column_19" in joined


def test_group_lines_replace_a_fact_column():
    out = render.table([["2025-04-03", "25%"], ["2025-07-31", "15%"]],
                       [Col("Date"), Col("Value", "right")], groups=["US→KR", "US→KR"])
    assert out.splitlines().count("US→KR") == 1


def test_timeline_keeps_source_names_whole_at_80_columns(rcon):
    out = report.render(report.timeline(rcon), "table", "Timeline", width=80)
    assert max(len(line) for line in out.splitlines()) <= 80
    for name in ("Continental Business Daily", "Rio Grande Business Journal",
                 "Atlas <Freight> & Monitor", "Great Lakes Courier"):
        assert name in out


def test_rates_table_shows_the_leading_source_and_a_count(rcon):
    out = report.render(report.rates(rcon), "table", "Current rates", width=80)
    assert max(len(line) for line in out.splitlines()) <= 80
    assert "Rio Grande Business Journal +1" in out and "Harbor Wire" in out
    assert "most independent sources" not in out
    explained = report.render(report.rates(rcon), "table", "Current rates", explain=True)
    assert "most independent sources: 2 vs 1" in explained
    assert max(len(line) for line in explained.splitlines()) <= 80


@pytest.mark.parametrize("fmt", render.FORMATS)
@pytest.mark.parametrize("kind", ["rates", "conflicts", "timeline"])
def test_every_report_in_every_format(rcon, kind, fmt):
    df = getattr(report, kind)(rcon)
    out = report.render(df, fmt, kind)
    if fmt == "json":
        assert len(json.loads(out)) == len(df)
    elif fmt == "jsonl":
        assert len([json.loads(x) for x in out.splitlines()]) == len(df)
    elif fmt == "csv":
        assert len(list(csv.reader(io.StringIO(out)))) == len(df) + 1
    elif fmt == "markdown":
        assert out.count("\n| ") == len(df) + 2  # header, separator and rows
    else:
        assert all(len(line) <= 80 or line.strip().startswith("http")
                   for line in out.splitlines())
