"""The DuckDB file: schema, migrations and transactional bulk writes.

One file holds everything (articles, claims, reconciliation results), so users
can query it with plain SQL. Writes go in as whole DataFrames inside one
transaction: a batch either lands completely or leaves the file as it was.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Iterable
from pathlib import Path

import duckdb
import pandas as pd

from tracker.errors import TrackerError
from tracker.models import Article, Claim

SCHEMA_VERSION = 2
DEFAULT_DB = "tracker.duckdb"

ARTICLE_COLUMNS = [
    "id", "path", "fmt", "source", "url", "title", "published", "date_confidence",
    "date_method", "dateline", "content_hash", "duplicate_of", "text", "clean_text",
    "signature", "ingested_at",
]

CLAIM_COLUMNS = [
    "claim_id", "article", "kind", "metric", "value", "date_value", "unit", "imposer",
    "target", "product", "measure", "status", "quote", "as_of", "effective", "quote_start",
    "quote_end", "sentence", "rule_id", "hedge", "precision", "change", "pause_word",
    "combined", "penalty", "measure_named", "period",
]

#: what the extractor judged about each claim's sentence (tracker/extract/judgments.py)
JUDGMENT_COLUMNS = {
    "change": "VARCHAR", "pause_word": "BOOLEAN", "combined": "BOOLEAN", "penalty": "BOOLEAN",
    "measure_named": "BOOLEAN", "period": "VARCHAR",
}

SCHEMA = [
    """CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR)""",
    """CREATE TABLE IF NOT EXISTS articles (
        id VARCHAR PRIMARY KEY,     -- file name without extension, or the feed's id
        path VARCHAR,               -- where it was read from
        fmt VARCHAR,                -- txt | html | feed
        source VARCHAR,             -- publisher
        url VARCHAR,
        title VARCHAR,
        published DATE,             -- publication date (given or detected)
        date_confidence DOUBLE,     -- 1.0 given; lower when detected
        date_method VARCHAR,        -- given | override | dateline | html-meta | content
        dateline DATE,              -- the date the text's own date line states
        content_hash VARCHAR,       -- sha256 of the text as read
        duplicate_of VARCHAR,       -- id of the earlier copy of the same story
        text VARCHAR,               -- text as read; claim offsets point into it
        clean_text VARCHAR,         -- text without page furniture
        signature UBIGINT[],        -- MinHash of the cleaned text, for near-duplicates
        ingested_at TIMESTAMP
    )""",
    """CREATE TABLE IF NOT EXISTS claims (
        claim_id VARCHAR PRIMARY KEY, -- article:start:end:kind:unit
        article VARCHAR,
        kind VARCHAR,               -- rate | amount | date | duration
        metric VARCHAR,
        value DOUBLE,               -- percent, whole currency units, or days (NULL for dates)
        date_value DATE,            -- the value of a date claim
        unit VARCHAR,
        imposer VARCHAR,
        target VARCHAR,
        product VARCHAR,
        measure VARCHAR,
        status VARCHAR,
        quote VARCHAR,
        as_of DATE,                 -- the article's publication date
        effective DATE,             -- the date the claim speaks about, where stated
        quote_start INTEGER,        -- offsets of quote in articles.text
        quote_end INTEGER,
        sentence VARCHAR,
        rule_id VARCHAR,
        hedge VARCHAR,              -- about, nearly, more than, ...
        precision DOUBLE,           -- granularity the value is stated with
        change VARCHAR,             -- the sentence's change cue: raised, cut, from 25% to
        pause_word BOOLEAN,         -- the sentence speaks of a pause
        combined BOOLEAN,           -- called combined / total just before the figure
        penalty BOOLEAN,            -- called a penalty just before the figure
        measure_named BOOLEAN,      -- a component measure named just before the figure
        period VARCHAR              -- flows: the period covered (2024, 2025-H1, 2025-03)
    )""",
]



def _judge_stored_claims(con: duckdb.DuckDBPyConnection) -> None:
    """Fill the judgment columns of claims stored before they existed, from each claim's
    stored sentence, quote, metric and publication date (as the extractor would)."""
    from tracker.extract import judgments

    df = con.execute("SELECT claim_id, metric, sentence, quote, as_of FROM claims").df()
    if df.empty:
        return
    judged = []
    for r in df.itertuples(index=False):
        as_of = None if pd.isna(r.as_of) else pd.Timestamp(r.as_of).date().isoformat()
        c = judgments.annotate(Claim(
            article="", kind="", metric=r.metric, value=0.0, unit="",
            quote=r.quote if isinstance(r.quote, str) else "",
            sentence=r.sentence if isinstance(r.sentence, str) else "", as_of=as_of))
        judged.append({"claim_id": r.claim_id, **{k: getattr(c, k) for k in JUDGMENT_COLUMNS}})
    con.register("_judged", pd.DataFrame.from_records(judged))
    sets = ", ".join(f"{k} = j.{k}" for k in JUDGMENT_COLUMNS)
    con.execute(f"UPDATE claims SET {sets} FROM _judged j WHERE claims.claim_id = j.claim_id")
    con.unregister("_judged")


#: version -> steps (SQL statements, or functions of the connection) that take a file from
#: that version to the next
MIGRATIONS: dict[int, list[str | Callable[[duckdb.DuckDBPyConnection], None]]] = {
    1: [*(f"ALTER TABLE claims ADD COLUMN {k} {t}" for k, t in JUDGMENT_COLUMNS.items()),
        _judge_stored_claims],
}


def db_path(path: str | os.PathLike[str] | None = None) -> Path:
    """The database file: explicit path, else $TRACKER_DB, else ./tracker.duckdb."""
    return Path(path or os.environ.get("TRACKER_DB") or DEFAULT_DB)


def _friendly(exc: Exception, path: Path) -> TrackerError:
    msg = str(exc)
    low = msg.lower()
    if "lock" in low:
        return TrackerError(f"{path}: database is locked by another process")
    if "not a valid duckdb" in low or "invalid" in low and "database" in low or "magic" in low:
        return TrackerError(f"{path}: not a DuckDB database file")
    if "no such file" in low or "cannot open" in low and not path.exists():
        return TrackerError(f"{path}: database file does not exist")
    first = msg.strip().splitlines()[0] if msg.strip() else type(exc).__name__
    return TrackerError(f"{path}: {first}")


def connect(path: str | os.PathLike[str] | None = None, read_only: bool = False,
            create: bool = True) -> duckdb.DuckDBPyConnection:
    """Open (and create or migrate) the database; errors come back as one line."""
    p = db_path(path)
    if read_only and not p.exists():
        raise TrackerError(f"{p}: database file does not exist (run `tracker ingest` first)")
    if not create and not p.exists():
        raise TrackerError(f"{p}: database file does not exist")
    if p.exists() and p.is_dir():
        raise TrackerError(f"{p}: is a directory, not a database file")
    try:
        con = duckdb.connect(str(p), read_only=read_only)
    except (duckdb.Error, OSError) as exc:
        raise _friendly(exc, p) from None
    if not read_only:
        try:
            migrate(con)
        except duckdb.Error as exc:
            con.close()
            raise _friendly(exc, p) from None
    return con


def schema_version(con: duckdb.DuckDBPyConnection) -> int:
    row = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'meta'"
    ).fetchone()
    if not row or not row[0]:
        return 0
    got = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    return int(got[0]) if got else 0


def migrate(con: duckdb.DuckDBPyConnection) -> None:
    """Create a new file's schema, or step an old file up to SCHEMA_VERSION."""
    version = schema_version(con)
    if version > SCHEMA_VERSION:
        raise TrackerError(
            f"database schema version {version} is newer than this tracker "
            f"({SCHEMA_VERSION}); upgrade tracker"
        )
    if version == SCHEMA_VERSION:
        return
    con.execute("BEGIN TRANSACTION")
    try:
        if version == 0:
            for stmt in SCHEMA:
                con.execute(stmt)
        else:
            for v in range(version, SCHEMA_VERSION):
                for step in MIGRATIONS.get(v, []):
                    if callable(step):
                        step(con)
                    else:
                        con.execute(step)
        con.execute(
            "INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)]
        )
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise


def _date(value: dt.date | str | None) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


def articles_frame(rows: Iterable[tuple[Article, str, list[int] | None]]) -> pd.DataFrame:
    """DataFrame of articles: (article, content hash, MinHash signature) triples."""
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    records = [
        {
            "id": a.id, "path": a.path, "fmt": a.fmt, "source": a.source, "url": a.url,
            "title": a.title, "published": a.published, "date_confidence": a.date_confidence,
            "date_method": a.date_method, "dateline": a.dateline, "content_hash": h,
            "duplicate_of": a.duplicate_of, "text": a.text, "clean_text": a.clean_text,
            "signature": sig, "ingested_at": now,
        }
        for a, h, sig in rows
    ]
    df = pd.DataFrame.from_records(records, columns=ARTICLE_COLUMNS)
    for col in ("published", "dateline"):
        df[col] = pd.Series([r[col] for r in records], dtype="object")
    return df


def claims_frame(claims: Iterable[Claim]) -> pd.DataFrame:
    records = []
    for c in claims:
        is_date = c.kind == "date"
        records.append({
            "claim_id": f"{c.article}:{c.start}:{c.end}:{c.kind}:{c.unit}",
            "article": c.article, "kind": c.kind, "metric": c.metric,
            "value": None if is_date else float(c.value),
            "date_value": _date(str(c.value)) if is_date else None,
            "unit": c.unit, "imposer": c.imposer, "target": c.target, "product": c.product,
            "measure": c.measure, "status": c.status, "quote": c.quote,
            "as_of": _date(c.as_of), "effective": _date(c.effective),
            "quote_start": c.start, "quote_end": c.end, "sentence": c.sentence,
            "rule_id": c.rule_id, "hedge": c.hedge, "precision": c.precision,
            **{k: getattr(c, k) for k in JUDGMENT_COLUMNS},
        })
    df = pd.DataFrame.from_records(records, columns=CLAIM_COLUMNS)
    if not df.empty:
        df = df.drop_duplicates("claim_id")
    for col in ("date_value", "as_of", "effective"):
        df[col] = df[col].astype("object")
    df["value"] = df["value"].astype("float64")
    df["precision"] = df["precision"].astype("float64")
    return df


def write_batch(con: duckdb.DuckDBPyConnection, articles: pd.DataFrame,
                claims: pd.DataFrame, replace_ids: list[str],
                also: Callable[[duckdb.DuckDBPyConnection], None] | None = None) -> None:
    """Store one ingest batch atomically.

    `replace_ids` are articles whose stored rows (and claims) this batch replaces;
    `also` writes what else belongs with them (the near-duplicate index), in the same
    transaction.
    Everything happens in one transaction; on any failure it is rolled back and
    the file is exactly as before.
    """
    con.execute("BEGIN TRANSACTION")
    try:
        if replace_ids:
            ids = pd.DataFrame({"id": replace_ids})
            con.register("_replace_ids", ids)
            con.execute("DELETE FROM claims WHERE article IN (SELECT id FROM _replace_ids)")
            con.execute("DELETE FROM articles WHERE id IN (SELECT id FROM _replace_ids)")
            con.unregister("_replace_ids")
        if not articles.empty:
            con.register("_new_articles", articles)
            cols = ", ".join(ARTICLE_COLUMNS)
            con.execute(f"INSERT INTO articles ({cols}) SELECT {cols} FROM _new_articles")
            con.unregister("_new_articles")
        if not claims.empty:
            con.register("_new_claims", claims)
            cols = ", ".join(CLAIM_COLUMNS)
            con.execute(f"INSERT INTO claims ({cols}) SELECT {cols} FROM _new_claims")
            con.unregister("_new_claims")
        if also is not None:
            also(con)
        from tracker import reconcile  # rebuilt inside the same transaction

        reconcile.rebuild(con)
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise


def stored_articles(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """id, content hash, duplicate_of and signature of every stored article."""
    return con.execute(
        "SELECT id, content_hash, duplicate_of, signature FROM articles ORDER BY ingested_at, id"
    ).df()
