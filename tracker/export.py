"""Export the reconciliation results for other tools: Parquet, CSV or Excel files.

One file per object, named after it and with exactly its columns, so a spreadsheet or
a dataframe library sees what ``tracker sql`` sees: facts, current_values,
fact_timeline, conflicts, updates and claims. Parquet and CSV are written by DuckDB
(COPY); Excel by pandas with openpyxl (lists and structs as JSON text, since a cell
holds one value).
"""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pandas as pd

from tracker.errors import TrackerError
from tracker.render import jsonable
from tracker.store import table_exists

#: what is exported, in order
TABLES = ("facts", "current_values", "fact_timeline", "conflicts", "updates", "claims")
FORMATS = ("parquet", "csv", "xlsx")
#: Excel's limit on the characters in one cell
XLSX_CELL_MAX = 32767


def _sql_string(path: Path) -> str:
    return "'" + str(path).replace("'", "''") + "'"


def _xlsx_frame(df: pd.DataFrame) -> pd.DataFrame:
    """A frame Excel can hold: lists/structs as JSON text, cells cut to Excel's limit."""
    out = df.copy()
    for c in out.columns:
        if out[c].dtype == object:
            out[c] = [_xlsx_cell(v) for v in out[c]]
    return out


def _xlsx_cell(v: object) -> object:
    if isinstance(v, list | tuple | dict) or hasattr(v, "tolist") and not isinstance(v, str):
        v = json.dumps(jsonable(v), ensure_ascii=False)
    if isinstance(v, str) and len(v) > XLSX_CELL_MAX:
        v = v[: XLSX_CELL_MAX - 1] + "…"
    return v


def export(con: duckdb.DuckDBPyConnection, directory: str | Path,
           fmt: str = "parquet") -> dict[str, tuple[Path, int]]:
    """Write every exported object to `directory` as <name>.<fmt>; returns
    {name: (path, rows)}. Objects missing from the database (nothing ingested yet)
    are skipped."""
    fmt = fmt.lower()
    if fmt not in FORMATS:
        raise TrackerError(f"unknown export format {fmt!r}: use one of {', '.join(FORMATS)}")
    out_dir = Path(directory)
    if out_dir.exists() and not out_dir.is_dir():
        raise TrackerError(f"{out_dir}: not a folder")
    out_dir.mkdir(parents=True, exist_ok=True)
    written: dict[str, tuple[Path, int]] = {}
    for name in TABLES:
        if not table_exists(con, name):
            continue
        path = out_dir / f"{name}.{fmt}"
        rows = int(con.execute(f"SELECT count(*) FROM {name}").fetchone()[0])
        if fmt == "xlsx":
            df = _xlsx_frame(con.execute(f"SELECT * FROM {name}").df())
            df.to_excel(path, sheet_name=name[:31], index=False, engine="openpyxl")
        else:
            opts = "FORMAT parquet" if fmt == "parquet" else "FORMAT csv, HEADER true"
            con.execute(f"COPY (SELECT * FROM {name}) TO {_sql_string(path)} ({opts})")
        written[name] = (path, rows)
    return written
