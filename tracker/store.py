"""The DuckDB file: schema, migrations and transactional bulk writes.

One file holds everything (articles, claims, reconciliation results), so users
can query it with plain SQL. Writes go in as whole DataFrames inside one
transaction: a batch either lands completely or leaves the file as it was.
"""

from __future__ import annotations

import datetime as dt
import math
import os
import re
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import duckdb

from tracker.errors import TrackerError
from tracker.models import Article, Claim

if TYPE_CHECKING:  # imported where written: reading the reports needs no pandas
    import pandas as pd

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
    import pandas as pd

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


#: every connection: DuckDB never downloads, installs or auto-loads an extension
#: (an SQLite file or an http:// path would otherwise make it fetch one from the internet)
NO_DOWNLOADS: dict[str, object] = {
    "autoinstall_known_extensions": False,
    "autoload_known_extensions": False,
    "allow_community_extensions": False,
}

_DUCKDB_MAGIC = b"DUCK"  # bytes 8..12 of every DuckDB file
_SQLITE_MAGIC = b"SQLite format 3\x00"


def friendly_error(exc: BaseException, path: str | os.PathLike[str] | None = None) -> str:
    """One line naming what went wrong with the database file: locked, corrupt, full disk ...

    The patterns are DuckDB's own messages; anything else keeps its first line.
    """
    msg = str(exc)
    low = msg.lower()
    where = f"{path}: " if path is not None else ""
    if "could not set lock" in low or "conflicting lock" in low:
        return f"{where}database is locked by another process"
    if "no space left" in low or "disk is full" in low or "disk full" in low:
        return f"{where}disk is full"
    if "permission denied" in low or "read-only file system" in low:
        return f"{where}permission denied"
    if "corrupt" in low or "checksum" in low or "could not read enough bytes" in low:
        return f"{where}database file is corrupt or truncated"
    if "not a valid duckdb" in low or "magic" in low:
        return f"{where}not a DuckDB database file"
    if "no such file" in low:
        return f"{where}database file does not exist"
    if "max_temp_directory_size" in low:  # DuckDB's many-line advice, in one line
        bound = re.search(r"\(([^()]*) used\)", msg)
        used = f" ({bound.group(1)} used)" if bound else ""
        return (f"{where}out of spill space: DuckDB's spill to disk reached its bound{used} "
                f"(max_temp_directory_size, ${TEMP_SIZE_ENV}); raise it or ${MEMORY_ENV}, "
                "or free disk space")
    first = msg.strip().splitlines()[0] if msg.strip() else type(exc).__name__
    return f"{where}{first}"


def _friendly(exc: BaseException, path: Path) -> TrackerError:
    return TrackerError(friendly_error(exc, path))


def _is_locked(exc: BaseException) -> bool:
    low = str(exc).lower()
    return "could not set lock" in low or "conflicting lock" in low


def file_kind(path: Path) -> str:
    """What the file is, from its first bytes: missing | empty | duckdb | sqlite | other.

    Read before DuckDB sees the file, so a foreign file never makes DuckDB load (or
    download) an extension to open it.
    """
    try:
        with path.open("rb") as fh:
            head = fh.read(16)
    except FileNotFoundError:
        return "missing"
    except PermissionError:
        raise TrackerError(f"{path}: permission denied") from None
    except OSError as exc:
        raise TrackerError(friendly_error(exc, path)) from None
    if not head:
        return "empty"
    if head.startswith(_SQLITE_MAGIC):
        return "sqlite"
    if head[8:12] == _DUCKDB_MAGIC:
        return "duckdb"
    return "other"


def check_file(p: Path, init: bool = False) -> str:
    """The file's kind (file_kind), or a one-line TrackerError if the tracker must not open it.

    An SQLite file or any other non-DuckDB file is refused; an empty (zero-byte) file
    only with `init`.
    """
    kind = file_kind(p)
    if kind == "sqlite":
        raise TrackerError(f"{p}: an SQLite database, not a tracker database")
    if kind == "other":
        raise TrackerError(f"{p}: not a DuckDB database file")
    if kind == "empty" and not init:
        raise TrackerError(f"{p}: an empty file, not a tracker database; "
                           "pass --init to make it one")
    return kind


def _open(p: Path, read_only: bool, wait: float,
          on_wait: Callable[[str], None] | None) -> duckdb.DuckDBPyConnection:
    """duckdb.connect, retried with backoff while another process holds the lock."""
    deadline = time.monotonic() + max(0.0, wait)
    delay, told = 0.05, False
    while True:
        try:
            con = duckdb.connect(str(p), read_only=read_only, config=NO_DOWNLOADS)
            _no_progress_bar(con)
            limit_resources(con)
            return con
        except (duckdb.Error, OSError) as exc:
            left = deadline - time.monotonic()
            if not _is_locked(exc) or left <= 0:
                raise _friendly(exc, p) from None
            if not told and on_wait is not None:
                on_wait(f"{p}: locked by another process; waiting up to {wait:g} s (--wait)")
                told = True
            time.sleep(min(delay, left))
            delay = min(delay * 2, 1.0)


#: environment variables that bound what DuckDB may use: its memory (e.g. "8GB": beyond it
#: the operators that can spill to disk do), where it spills (default: `<db file>.tmp`) and
#: its threads; unset, DuckDB's defaults (80 % of RAM, every core)
MEMORY_ENV = "TRACKER_MEMORY_LIMIT"
TEMP_ENV = "TRACKER_TEMP_DIR"
THREADS_ENV = "TRACKER_THREADS"
#: how much DuckDB may spill to disk (max_temp_directory_size, e.g. "20GB"): beyond it the
#: query fails with one line (friendly_error) instead of filling a disk that is shared;
#: unset, DuckDB's default (90 % of the free disk)
TEMP_SIZE_ENV = "TRACKER_MAX_TEMP_SIZE"


def limit_resources(con: duckdb.DuckDBPyConnection, memory: str | None = None,
                    temp: str | None = None, threads: int | None = None,
                    temp_size: str | None = None) -> None:
    """Bound DuckDB's memory, spill directory, spill size and threads, from the arguments or
    else the environment (MEMORY_ENV, TEMP_ENV, TEMP_SIZE_ENV, THREADS_ENV): a rebuild of
    millions of claims would otherwise take most of a shared machine's memory, or its disk.
    Nothing set: nothing changes."""
    memory = memory or os.environ.get(MEMORY_ENV) or None
    temp = temp or os.environ.get(TEMP_ENV) or None
    temp_size = temp_size or os.environ.get(TEMP_SIZE_ENV) or None
    got = threads or os.environ.get(THREADS_ENV) or None
    settings = (("memory_limit", memory, MEMORY_ENV), ("temp_directory", temp, TEMP_ENV),
                ("max_temp_directory_size", temp_size, TEMP_SIZE_ENV),
                ("threads", got, THREADS_ENV))
    for name, value, env in settings:
        if value is None:
            continue
        try:
            if name == "threads":
                con.execute(f"SET threads = {int(value)}")
            else:
                con.execute(f"SET {name} = $v", {"v": str(value)})
        except (duckdb.Error, ValueError) as exc:
            con.close()
            first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            raise TrackerError(f"{name} {value!r} (${env} or its option): {first}"
                               ) from None
    if memory is not None:  # the rebuild keeps its intermediate results inside the bound
        con.execute("SET VARIABLE tracker_bounded = true")  # reconcile.driver.BOUNDED_VARIABLE


def _no_progress_bar(con: duckdb.DuckDBPyConnection) -> None:
    """DuckDB draws a progress bar on stdout for a query that runs over 2 s: in the middle of
    a report's CSV or JSON (rates --as-of at a million claims on a busy machine). In Jupyter
    DuckDB refuses any change of that setting without ipywidgets: left as it is there."""
    try:
        con.execute("SET enable_progress_bar = false")
    except duckdb.Error:
        pass


def _tables(con: duckdb.DuckDBPyConnection) -> list[str]:
    rows = con.execute(
        "SELECT table_name FROM information_schema.tables "
        "WHERE table_catalog = current_database() ORDER BY table_name"
    ).fetchall()
    return [r[0] for r in rows]


def is_tracker_database(con: duckdb.DuckDBPyConnection) -> bool:
    """Whether the file carries the tracker's metadata: meta(key, value) with schema_version."""
    cols = {r[0] for r in con.execute(
        "SELECT column_name FROM information_schema.columns WHERE table_catalog = "
        "current_database() AND table_schema = 'main' AND table_name = 'meta'"
    ).fetchall()}
    if not {"key", "value"} <= cols:
        return False
    row = con.execute("SELECT count(*) FROM meta WHERE key = 'schema_version'").fetchone()
    return bool(row and row[0])


def _check_ours(con: duckdb.DuckDBPyConnection, p: Path, created: bool, init: bool) -> None:
    """Refuse a file another application made: its tables are never replaced or added to."""
    if is_tracker_database(con):
        return
    tables = _tables(con)
    if not tables:
        if created or init:
            return
        raise TrackerError(f"{p}: a DuckDB database without tracker data; "
                           "pass --init to make it a tracker database")
    shown = ", ".join(tables[:5]) + (", ..." if len(tables) > 5 else "")
    raise TrackerError(f"{p}: a DuckDB database of another application (tables: {shown}), "
                       "not a tracker database; choose another --db file")



def table_exists(con: duckdb.DuckDBPyConnection, name: str) -> bool:
    """Whether the open database stores a table or view `name` (its own schema `main`, not a
    temporary object of this connection, which lives in the catalog `temp`)."""
    row = con.execute("SELECT count(*) FROM information_schema.tables WHERE table_name = ? "
                      "AND table_schema = 'main' AND table_catalog = current_database()",
                      [name]).fetchone()
    return bool(row and row[0])

#: the articles stored without their reconciliation (`tracker ingest --no-reconcile`,
#: tracker.reconcile.incremental.defer): made by the first such batch, dropped by the
#: refresh that reconciles them (incremental.finish), so a database that never deferred
#: has none
PENDING_TABLE = "reconcile_pending"


def pending_articles(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Ids of the articles added, replaced, removed or re-pointed since the reconciliation
    tables were last brought up to date (batches stored with reconciliation deferred)."""
    if not table_exists(con, PENDING_TABLE):
        return []
    return [r[0] for r in con.execute(
        f"SELECT DISTINCT article FROM {PENDING_TABLE} ORDER BY article").fetchall()]


def pending_count(con: duckdb.DuckDBPyConnection) -> int:
    """How many articles wait for their reconciliation (0: the tables match the claims)."""
    if not table_exists(con, PENDING_TABLE):
        return 0
    row = con.execute(f"SELECT count(DISTINCT article) FROM {PENDING_TABLE}").fetchone()
    return int(row[0]) if row else 0


def pending_note(con: duckdb.DuckDBPyConnection) -> str | None:
    """What a report says when stored claims wait for their reconciliation, else None."""
    n = pending_count(con)
    if not n:
        return None
    return (f"note: reconciliation is pending for {n:,} article(s) stored with "
            "--no-reconcile: facts, current values and conflicts leave their claims out "
            "until `tracker reconcile` (or the next ingest) completes it")


def connect(path: str | os.PathLike[str] | None = None, read_only: bool = False,
            create: bool = True, wait: float = 0.0, init: bool = False,
            on_wait: Callable[[str], None] | None = None) -> duckdb.DuckDBPyConnection:
    """Open (and create or migrate) the database; errors come back as one line.

    Only a tracker database (or a new file) is opened: another application's DuckDB
    file, an SQLite file or any other file is refused, and an empty DuckDB file only
    with `init`. While another process holds the lock, retries for up to `wait`
    seconds (calling `on_wait` once with a message) before giving up.
    """
    p = db_path(path)
    if read_only and not p.exists():
        raise TrackerError(f"{p}: database file does not exist (run `tracker ingest` first)")
    if not create and not p.exists():
        raise TrackerError(f"{p}: database file does not exist")
    if p.exists() and p.is_dir():
        raise TrackerError(f"{p}: is a directory, not a database file")
    kind = check_file(p, init=init and not read_only)
    if kind == "empty":
        p.unlink()  # zero bytes and --init: nothing to keep, and DuckDB will not open it
    created = kind in ("missing", "empty")
    con = _open(p, read_only, wait, on_wait)
    try:
        _check_ours(con, p, created, init)
        if not read_only:
            migrate(con)
    except TrackerError:
        con.close()
        raise
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
    except BaseException:
        rollback(con)
        raise


def rollback(con: duckdb.DuckDBPyConnection) -> None:
    """Roll back, keeping the error that caused it.

    When DuckDB has already aborted the transaction itself (a full disk, an
    interrupted query), ROLLBACK fails with "no transaction is active"; that second
    error would hide the first.
    """
    try:
        con.execute("ROLLBACK")
    except duckdb.Error:
        pass


def _date(value: dt.date | str | None) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


def articles_frame(rows: Iterable[tuple[Article, str, list[int] | None]]) -> pd.DataFrame:
    """DataFrame of articles: (article, content hash, MinHash signature) triples."""
    import pandas as pd

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


def claim_record(c: Claim) -> dict[str, object]:
    """One claim as a row of the claims table (ValueError/OverflowError if it cannot be)."""
    is_date = c.kind == "date"
    return {
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
    }


def unstorable(article: Article, claims: Iterable[Claim]) -> str | None:
    """Why this article and its claims cannot be stored, or None when they can.

    Checked per article before the batch is written, so that one bad record (text
    with a lone surrogate, a figure too large for a DOUBLE) is skipped instead of
    failing the whole batch's transaction.
    """
    for name in ("id", "path", "source", "url", "title", "text"):
        value = getattr(article, name)
        if isinstance(value, str):
            try:
                value.encode("utf-8")
            except UnicodeEncodeError as exc:
                return f"{name} is not valid Unicode (lone surrogate at offset {exc.start})"
    for c in claims:
        try:
            row = claim_record(c)
        except (ValueError, OverflowError, TypeError) as exc:
            return f"claim {c.quote!r} cannot be stored ({exc})"
        value = row["value"]
        if isinstance(value, float) and not math.isfinite(value):
            return f"claim {c.quote!r}: value {value} is not a finite number"
        for key, item in row.items():
            if isinstance(item, str):
                try:
                    item.encode("utf-8")
                except UnicodeEncodeError:
                    return f"claim {key} is not valid Unicode (lone surrogate)"
    return None


def claims_frame(claims: Iterable[Claim]) -> pd.DataFrame:
    import pandas as pd

    records = [claim_record(c) for c in claims]
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
                also: Callable[[duckdb.DuckDBPyConnection], None] | None = None,
                touched: Sequence[str] = (), reconcile: bool = True) -> None:
    """Store one ingest batch atomically.

    `replace_ids` are articles whose stored rows (and claims) this batch replaces;
    `also` writes what else belongs with them (the near-duplicate index), in the same
    transaction; `touched` are stored articles `also` changes (re-pointed duplicates),
    whose facts reconciliation recomputes too.
    With `reconcile` (the default) the batch is reconciled, with any batch stored before
    without it; else its articles are recorded as pending (reconcile.incremental.defer),
    so that many batches in a row pay for one reconciliation, not one each.
    Everything happens in one transaction; on any failure it is rolled back and
    the file is exactly as before.
    """
    import pandas as pd

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
        from tracker.reconcile import incremental  # updated inside the same transaction

        new_ids = list(articles["id"]) if "id" in articles.columns else []
        changed = [*replace_ids, *new_ids, *touched]
        if reconcile:
            incremental.finish(con, changed)
        else:
            incremental.defer(con, changed)
        con.execute("COMMIT")
    except BaseException:
        rollback(con)
        raise


def stored_articles(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """id, content hash, duplicate_of and signature of every stored article."""
    return con.execute(
        "SELECT id, content_hash, duplicate_of, signature FROM articles ORDER BY ingested_at, id"
    ).df()
