"""The library API that `tracker/__init__.py` re-exports, for notebooks and scripts.

Each function imports the module that does the work when it is called, not when
`tracker` is imported: `tracker --help` then starts without loading pandas, duckdb,
pint or dateparser. The report functions accept a database path or a connection.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from tracker.models import Article, Claim

if TYPE_CHECKING:
    import duckdb
    import pandas as pd

    from tracker.evaluate import EvalResult
    from tracker.ingest import IngestResult

PathLike = str | os.PathLike[str]


def ingest_paths(paths: Iterable[PathLike], db: PathLike | None = None,
                 **options: Any) -> IngestResult:
    """Read, clean, deduplicate, extract and store articles (tracker.ingest.ingest;
    options: published, source, strict, workers, progress, reconcile: False leaves the
    batch's reconciliation pending for reconcile_database or the next ingest)."""
    from tracker.ingest import ingest

    return ingest(paths, db=db, **options)


def reconcile_database(db: PathLike | None = None, full: bool = False) -> str:
    """Bring the reconciliation tables up to date (`tracker reconcile`): after batches
    ingested with ``reconcile=False`` (each stored with its reconciliation pending, so that
    many batches pay for one), reconcile them all at once; with `full`, or when the tables
    are out of date, the full rebuild. Returns 'full', 'pending' or 'up to date'."""
    from tracker import store
    from tracker.reconcile.incremental import reconcile_database as run

    con = store.connect(db, create=False)
    try:
        return run(con, full=full)
    finally:
        con.close()


def extract_claims(paths: Iterable[PathLike], **options: Any) -> list[Claim]:
    """Claims of files or folders, no database (options: published, source, workers)."""
    from tracker.ingest import extract_paths

    return extract_paths(paths, **options)[0]


def extract_article(article: Article) -> list[Claim]:
    """Claims of one Article (pure: reads only the article and the rule files)."""
    from tracker.extract.engine import extract_article as run

    return run(article)


def extract_text(text: str, published: dt.date | str | None = None,
                 article_id: str = "text", title: str | None = None) -> list[Claim]:
    """Claims of a bare piece of text (no furniture cleaning)."""
    from tracker.extract.engine import extract_text as run

    return run(text, published=published, article_id=article_id, title=title)


def connect(db: PathLike | None = None, read_only: bool = False,
            create: bool = True) -> duckdb.DuckDBPyConnection:
    """The DuckDB connection (tables articles, claims, facts, ...), created or migrated."""
    from tracker import store

    return store.connect(db, read_only=read_only, create=create)


def evaluate_gold(gold_path: PathLike, paths: Sequence[PathLike]) -> EvalResult:
    """Score extraction of the articles at `paths` against a gold file (SPEC "Scoring")."""
    from tracker.evaluate import evaluate

    return evaluate(gold_path, list(paths))


@contextmanager
def _con(db: Any) -> Iterator[duckdb.DuckDBPyConnection]:
    import duckdb

    from tracker import store

    if isinstance(db, duckdb.DuckDBPyConnection):
        yield db
        return
    con = store.connect(db, read_only=True)
    try:
        yield con
    finally:
        con.close()


def rates(db: Any = None, **filters: Any) -> pd.DataFrame:
    """Current value of every tariff fact (tracker.report.rates)."""
    from tracker import report

    with _con(db) as con:
        return report.rates(con, **filters)


def conflicts(db: Any = None, **filters: Any) -> pd.DataFrame:
    """Facts on which sources disagree (tracker.report.conflicts)."""
    from tracker import report

    with _con(db) as con:
        return report.conflicts(con, **filters)


def timeline(db: Any = None, **filters: Any) -> pd.DataFrame:
    """Every value each fact has had (tracker.report.timeline)."""
    from tracker import report

    with _con(db) as con:
        return report.timeline(con, **filters)
