"""Convenience functions for notebooks: accept a database path or a connection."""

from __future__ import annotations

import os
from collections.abc import Iterable
from contextlib import contextmanager
from typing import Any

import duckdb
import pandas as pd

from tracker import store
from tracker.models import Claim


def extract(paths: Iterable[str | os.PathLike[str]], **kw: Any) -> list[Claim]:
    """Claims of files or folders (no database)."""
    from tracker.ingest import extract_paths

    return extract_paths(paths, **kw)[0]


@contextmanager
def _con(db: duckdb.DuckDBPyConnection | str | os.PathLike[str] | None):
    if isinstance(db, duckdb.DuckDBPyConnection):
        yield db
        return
    con = store.connect(db, read_only=True)
    try:
        yield con
    finally:
        con.close()


def rates(db: Any = None, **filters: Any) -> pd.DataFrame:
    from tracker import report

    with _con(db) as con:
        return report.rates(con, **filters)


def conflicts(db: Any = None, **filters: Any) -> pd.DataFrame:
    from tracker import report

    with _con(db) as con:
        return report.conflicts(con, **filters)


def timeline(db: Any = None, **filters: Any) -> pd.DataFrame:
    from tracker import report

    with _con(db) as con:
        return report.timeline(con, **filters)
