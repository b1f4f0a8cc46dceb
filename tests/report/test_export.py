"""tracker export: one file per table, with the SQL table's columns and row count."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pandas as pd
import pytest

from tests.report import scenario
from tracker import export
from tracker.errors import TrackerError


@pytest.fixture(scope="module")
def rdb(tmp_path_factory) -> Path:
    return scenario.db_file(tmp_path_factory)


@pytest.fixture
def rcon(rdb):
    with scenario.read_only(rdb) as con:
        yield con


def _read(path, fmt: str) -> pd.DataFrame:
    if fmt == "xlsx":
        return pd.read_excel(path, engine="openpyxl")
    reader = "read_parquet" if fmt == "parquet" else "read_csv"
    return duckdb.sql(f"SELECT * FROM {reader}('{path}')").df()


@pytest.mark.parametrize("fmt", export.FORMATS)
def test_each_file_has_the_tables_columns_and_rows(rcon, tmp_path, fmt):
    out = tmp_path / "out"
    written = export.export(rcon, out, fmt)
    assert {"facts", "current_values", "fact_timeline", "conflicts", "claims"} <= set(written)
    for name, (path, n) in written.items():
        assert path == out / f"{name}.{fmt}" and path.exists()
        cols = [d[0] for d in rcon.execute(f"SELECT * FROM {name} LIMIT 0").description]
        expected = rcon.execute(f"SELECT count(*) FROM {name}").fetchone()[0]
        got = _read(path, fmt)
        assert list(got.columns) == cols, name
        assert len(got) == n == expected, name
        assert expected > 0, name


def test_xlsx_cells_hold_lists_as_json(rcon, tmp_path):
    export.export(rcon, tmp_path, "xlsx")
    conf = pd.read_excel(tmp_path / "conflicts.xlsx", engine="openpyxl")
    assert conf["articles"].iloc[0].startswith('["')


def test_bad_format_or_target(rcon, tmp_path):
    with pytest.raises(TrackerError):
        export.export(rcon, tmp_path, "xml")
    f = tmp_path / "file"
    f.write_text("x")
    with pytest.raises(TrackerError):
        export.export(rcon, f, "csv")
