"""Which SQL `tracker sql` runs without --write: reading the database, nothing else.

A read-only DuckDB connection already refuses changes to the database file, but
not statements that write OTHER files (COPY ... TO, EXPORT DATABASE, a profiling
output file), attach other databases or install and load extensions. Statements
are classified by DuckDB's own parser (`extract_statements` and each statement's
type), not by patterns over the SQL text; only the few statement kinds whose
effect depends on a name (PRAGMA, EXPLAIN ANALYZE) look at that name.
"""

from __future__ import annotations

import re

import duckdb

from tracker.errors import TrackerError

#: statement kinds that only read
_READING = {"SELECT", "EXPLAIN", "CALL", "PRAGMA"}
#: PRAGMAs that only describe the database (others change settings or copy data)
_READING_PRAGMAS = frozenset({
    "collations", "database_list", "database_size", "functions", "metadata_info",
    "platform", "show", "show_databases", "show_tables", "show_tables_expanded",
    "storage_info", "table_info", "user_agent", "version",
})
_PRAGMA_NAME = re.compile(r"\s*pragma\s+([a-z_][a-z0-9_]*)", re.IGNORECASE)
_EXPLAIN_ANALYZE = re.compile(
    r"\s*explain\s+(?:analy[sz]e\b|\([^)]*\banaly[sz]e\b[^)]*\))", re.IGNORECASE)

WRITE_HINT = "pass --write to allow it"


def statements(con: duckdb.DuckDBPyConnection, sql: str) -> list[duckdb.Statement]:
    """The statements of `sql` as DuckDB parses them; one-line error if none or unparsable."""
    try:
        found = con.extract_statements(sql)
    except duckdb.Error as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else "cannot parse"
        raise TrackerError(f"SQL error: {first}") from None
    if not found:
        raise TrackerError("SQL error: no SQL statement given")
    return found


def _kind(stmt: duckdb.Statement) -> str | None:
    try:
        return stmt.type.name
    except ValueError:  # a statement kind the Python enum does not know yet
        return None


def refusal(con: duckdb.DuckDBPyConnection, stmt: duckdb.Statement) -> str | None:
    """Why this statement needs --write, or None when it only reads."""
    kind = _kind(stmt)
    text = stmt.query
    if kind is None:
        return "this statement"
    if kind not in _READING:
        return f"{kind.replace('_', ' ')} statement"
    if kind == "PRAGMA":
        m = _PRAGMA_NAME.match(text)
        if not m:
            return "this statement"
        if m.group(1).lower() not in _READING_PRAGMAS:
            return f"PRAGMA {m.group(1).lower()}"
    if kind == "EXPLAIN":
        m = _EXPLAIN_ANALYZE.match(text)
        if m:  # EXPLAIN ANALYZE runs the statement: it must be a reading one itself
            for inner in statements(con, text[m.end():]):
                why = refusal(con, inner)
                if why:
                    return why
    return None


def check_read_only(con: duckdb.DuckDBPyConnection, sql: str) -> None:
    """TrackerError naming the first statement of `sql` that does more than read."""
    for stmt in statements(con, sql):
        why = refusal(con, stmt)
        if why:
            shown = " ".join(stmt.query.split())
            shown = shown if len(shown) <= 60 else shown[:57] + "..."
            raise TrackerError(
                f"read-only: {why} not allowed ({shown!r}); {WRITE_HINT}")
