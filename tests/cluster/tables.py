"""Every table of a tracker database, comparable across two ingests of the same inputs."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pandas as pd

#: when a row was written differs between two runs; nothing else may
WHEN = {"ingested_at"}


def tables(db: Path) -> dict[str, pd.DataFrame]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        names = [r[0] for r in con.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main' "
            "ORDER BY table_name").fetchall()]
        out = {}
        for name in names:
            df = con.execute(f'SELECT * FROM "{name}"').df()
            df = df.drop(columns=[c for c in df.columns if c in WHEN])
            out[name] = (df.astype(str).sort_values(list(df.columns)).reset_index(drop=True)
                         if len(df.columns) else df)
        return out
    finally:
        con.close()


def assert_same_tables(a: Path, b: Path) -> None:
    ta, tb = tables(a), tables(b)
    assert sorted(ta) == sorted(tb)
    assert len(ta["claims"]) > 0 and len(ta["articles"]) > 0
    for name in ta:
        pd.testing.assert_frame_equal(ta[name], tb[name], obj=name)
