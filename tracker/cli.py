"""The `tracker` command line: a thin layer over the library API.

Every command turns a TrackerError (bad input, locked or foreign database, bad
rule file) and a database error (corrupt, full disk ...) into one line on stderr
and exit code 1, and Ctrl-C into one line and exit code 130: never a traceback.
Exit codes: tracker.errors, docs/robustness.md.
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import importlib
import io
import json
import shutil
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer

from tracker.errors import EXIT_ERROR, EXIT_INTERRUPTED, TrackerError, is_interrupt

app = typer.Typer(
    help="Track tariff rates, trade figures and deadlines across news articles.",
    no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False,
)
rules_app = typer.Typer(help="Inspect and check the rule files under rules/.",
                        no_args_is_help=True)
app.add_typer(rules_app, name="rules")

SAMPLE_DIR = Path(__file__).resolve().parent.parent / "data" / "sample" / "articles"
DEMO_DB = "tracker-demo.duckdb"

DbOpt = Annotated[Path | None, typer.Option(
    "--db", envvar="TRACKER_DB", help="Database file (default ./tracker.duckdb).")]
#: seconds a command waits for another process's lock on the database by default
DEFAULT_WAIT = 30.0
WaitOpt = Annotated[float, typer.Option(
    "--wait", envvar="TRACKER_WAIT", min=0, metavar="SECONDS",
    help="Wait this long for another process's lock on the database (0: fail at once).")]
INTERRUPTED = "interrupted; nothing was written"


class ClaimFormat(StrEnum):
    jsonl = "jsonl"
    csv = "csv"
    table = "table"


class OutFormat(StrEnum):
    table = "table"
    csv = "csv"
    json = "json"


class ReportFormat(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"
    markdown = "markdown"


def fail(message: str, code: int = 1) -> None:
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(code)


def _say_waiting(message: str) -> None:
    typer.echo(message, err=True)


def guarded(fn):
    """Run a command; user-facing errors become one line and a non-zero exit.

    Besides TrackerError: Ctrl-C (as Python or DuckDB reports it) is exit 130, and a
    DuckDB or OS error (corrupt file, full disk, permission) is named in one line.
    """

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except TrackerError as exc:
            fail(str(exc))
        except KeyboardInterrupt:
            fail(INTERRUPTED, EXIT_INTERRUPTED)
        except BrokenPipeError:
            sys.stderr.close()
            raise typer.Exit(0) from None
        except (typer.Exit, typer.Abort):
            raise
        except Exception as exc:
            if is_interrupt(exc):
                fail(INTERRUPTED, EXIT_INTERRUPTED)
            if type(exc).__module__.lstrip("_") == "duckdb" or isinstance(exc, OSError):
                from tracker.store import friendly_error

                fail(friendly_error(exc))
            raise

    return wrapper


def _date(value: str | None, what: str = "--published") -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value.strip())
    except (ValueError, TypeError):
        raise TrackerError(f"{what} {value!r}: expected a date as YYYY-MM-DD") from None


def _published(value: str | None) -> dt.date | None:
    """--published: a date, and one that can be a publication date (not future, not < 1900)."""
    from tracker.read import published_problem

    when = _date(value)
    why = published_problem(when) if when is not None else None
    if why:
        raise TrackerError(f"--published {value!r}: {why}")
    return when


# ---------------------------------------------------------------------- commands
@app.command()
@guarded
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders (.txt, .html, .jsonl).")],
    db: DbOpt = None,
    published: Annotated[str | None, typer.Option(
        help="Publication date YYYY-MM-DD (overrides detection; for single files).")] = None,
    source: Annotated[str | None, typer.Option(
        help="Publisher name (overrides detection).")] = None,
    strict: Annotated[bool, typer.Option(help="Abort the whole batch on any bad record.")] = False,
    workers: Annotated[int, typer.Option(help="Extraction processes.")] = 1,
    wait: WaitOpt = DEFAULT_WAIT,
    init: Annotated[bool, typer.Option(
        "--init", help="Make an EMPTY database file that the tracker did not create "
                       "a tracker database.")] = False,
) -> None:
    """Read articles into the database: clean, deduplicate, extract claims, reconcile.

    Exit code 0: every input stored; 3: stored, but some inputs were skipped (listed
    on stderr); 1: an error, or every input skipped - nothing was written; 130: Ctrl-C.
    """
    from tracker.ingest import ingest as run

    result = run(paths, db=db, published=_published(published), source=source, strict=strict,
                 workers=max(1, workers), progress=sys.stderr.isatty(), wait=wait, init=init,
                 on_wait=_say_waiting)
    try:
        for p in result.skipped:
            where = f"{p.path}:{p.line}" if p.line else p.path
            typer.echo(f"skipped: {where}: {p.message}", err=True)
        for copy, original in result.duplicates:
            typer.echo(f"duplicate: {copy} is a copy of {original}", err=True)
        typer.echo(result.summary())
    except KeyboardInterrupt:
        fail("interrupted; the batch was stored", EXIT_INTERRUPTED)
    if result.exit_code == EXIT_ERROR:
        fail("every input was skipped; nothing was written")
    if result.exit_code:
        raise typer.Exit(result.exit_code)


def _claim_rows(claims: list[Any]) -> list[dict[str, Any]]:
    return [c.to_spec() for c in claims]


@app.command()
@guarded
def extract(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders (.txt, .html, .jsonl).")],
    format: Annotated[ClaimFormat, typer.Option("--format", "-f")] = ClaimFormat.jsonl,
    published: Annotated[str | None, typer.Option(help="Publication date YYYY-MM-DD.")] = None,
    source: Annotated[str | None, typer.Option(help="Publisher name.")] = None,
) -> None:
    """Print the claims of articles (SPEC record) without touching any database."""
    from tracker.ingest import extract_paths

    claims, problems, _ = extract_paths(paths, published=_published(published), source=source)
    for p in problems:
        where = f"{p.path}:{p.line}" if p.line else p.path
        typer.echo(f"skipped: {where}: {p.message}", err=True)
    rows = _claim_rows(claims)
    if format is ClaimFormat.jsonl:
        out = sys.stdout
        for r in rows:
            out.write(json.dumps(r, ensure_ascii=False) + "\n")
    elif format is ClaimFormat.csv:
        _write_csv(rows, list(rows[0]) if rows else [])
    else:
        _print_table(rows, ["article", "metric", "value", "unit", "imposer", "target",
                            "product", "status"])


def _write_csv(rows: list[dict[str, Any]], columns: list[str]) -> None:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=columns, extrasaction="ignore")
    w.writeheader()
    for r in rows:
        w.writerow(r)
    sys.stdout.write(buf.getvalue())


def _print_table(rows: list[dict[str, Any]], columns: list[str], title: str | None = None) -> None:
    from rich.console import Console
    from rich.table import Table

    width = shutil.get_terminal_size((120, 24)).columns
    table = Table(title=title, show_lines=False)
    for c in columns:
        table.add_column(c, overflow="fold")
    for r in rows:
        table.add_row(*["" if r.get(c) is None else str(r.get(c)) for c in columns])
    Console(width=max(80, width)).print(table)


@app.command()
@guarded
def sql(
    query: Annotated[str, typer.Argument(help="SQL to run against the database.")],
    db: DbOpt = None,
    format: Annotated[OutFormat, typer.Option("--format", "-f")] = OutFormat.table,
    write: Annotated[bool, typer.Option(
        "--write", help="Allow statements that change data or write files.")] = False,
    wait: WaitOpt = DEFAULT_WAIT,
) -> None:
    """Run SQL against the database (read-only unless --write: no changes, no files written)."""
    import duckdb

    from tracker import sqlguard, store

    con = store.connect(db, read_only=not write, create=write, wait=wait, on_wait=_say_waiting)
    try:
        if write:
            sqlguard.statements(con, query)
        else:
            sqlguard.check_read_only(con, query)
        try:
            rel = con.execute(query)
            columns = [d[0] for d in rel.description] if rel.description else None
            records = rel.fetchall() if columns is not None else []
        except duckdb.Error as exc:
            if is_interrupt(exc):
                raise KeyboardInterrupt from None
            msg = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            if "read-only" in msg.lower() or "read only" in msg.lower():
                msg += " (use --write to change data)"
            raise TrackerError(f"SQL error: {msg}") from None
    finally:
        con.close()
    if columns is None:
        typer.echo("ok")
        return
    from tracker.report import jsonable

    rows = [dict(zip(columns, (jsonable(v) for v in r), strict=True)) for r in records]
    if format is OutFormat.json:
        typer.echo(json.dumps(rows, ensure_ascii=False))
        return
    flat = [{c: json.dumps(v, ensure_ascii=False) if isinstance(v, (list, dict)) else v
             for c, v in r.items()} for r in rows]
    if format is OutFormat.csv:
        out = io.StringIO()
        writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        writer.writerows(flat)
        sys.stdout.write(out.getvalue())
    else:
        _print_table(flat, columns)


@app.command()
@guarded
def demo(
    db: Annotated[Path, typer.Option("--db", help="Database file to (re)create.")] = Path(DEMO_DB),
) -> None:
    """Ingest the embedded sample corpus into a fresh database and show what it knows."""
    from tracker import store
    from tracker.ingest import ingest as run

    if not SAMPLE_DIR.is_dir():
        raise TrackerError(f"{SAMPLE_DIR}: sample corpus not found")
    if db.exists():
        if db.is_dir():
            raise TrackerError(f"{db}: is a directory")
        db.unlink()
    wal = db.with_name(db.name + ".wal")
    if wal.exists():
        wal.unlink()
    result = run([SAMPLE_DIR], db=db)
    typer.echo(f"Ingested the sample corpus into {db}: {result.summary()}")
    con = store.connect(db, read_only=True)
    try:
        counts = con.execute(
            "SELECT kind, metric, count(*) AS claims FROM claims GROUP BY ALL ORDER BY ALL"
        ).df()
        _print_table(counts.to_dict("records"), ["kind", "metric", "claims"],
                     title="Claims by kind and metric")
        sample = con.execute(
            "SELECT strftime(a.published, '%Y-%m-%d') AS published, "
            "rtrim(rtrim(printf('%.2f', c.value), '0'), '.') || '%' AS rate, "
            "c.imposer || '→' || coalesce(c.target, '?') AS fact, c.product, "
            "replace(coalesce(c.status, ''), '_', ' ') AS status, c.quote "
            "FROM claims c JOIN articles a ON a.id = c.article "
            "WHERE a.duplicate_of IS NULL AND c.metric = 'tariff_rate' "
            "ORDER BY a.published, c.article, c.quote_start LIMIT 15"
        ).fetchall()
        cols = ["published", "rate", "fact", "product", "status", "quote"]
        _print_table([dict(zip(cols, r, strict=True)) for r in sample], cols,
                     title="Tariff-rate claims, as quoted (first 15)")
        _demo_reports(con)
    finally:
        con.close()
    typer.echo(f"Explore further: tracker sql \"SELECT * FROM claims\" --db {db}")


def _demo_reports(con: Any) -> None:
    from tracker import report

    typer.echo(report.render(report.rates(con), "table", "Current tariff rates"))
    typer.echo(report.render(report.conflicts(con), "table", "Conflicts between sources"))


def _report(kind: str, db: Path | None, fmt: ReportFormat, wait: float = DEFAULT_WAIT,
            **filters: Any) -> None:
    from tracker import report, store

    con = store.connect(db, read_only=True, wait=wait, on_wait=_say_waiting)
    try:
        df = getattr(report, kind)(con, **{k: v for k, v in filters.items() if v is not None})
        titles = {"rates": "Current rates", "conflicts": "Conflicts", "timeline": "Timeline"}
        typer.echo(report.render(df, fmt.value, titles[kind]))
    finally:
        con.close()


TargetOpt = Annotated[str | None, typer.Option(help="Target country, ISO code (KR, JP, EU, *).")]
ProductOpt = Annotated[str | None, typer.Option(help="Product or sector (autos, steel, all).")]
MeasureOpt = Annotated[str | None, typer.Option(help="Measure (reciprocal, section_232, ...).")]
FormatOpt = Annotated[ReportFormat, typer.Option("--format", "-f")]


@app.command()
@guarded
def rates(
    db: DbOpt = None, target: TargetOpt = None, product: ProductOpt = None,
    measure: MeasureOpt = None,
    as_of: Annotated[str | None, typer.Option("--as-of", help="Date YYYY-MM-DD.")] = None,
    format: FormatOpt = ReportFormat.table, wait: WaitOpt = DEFAULT_WAIT,
) -> None:
    """Current value of every tariff fact, with status, since when and how many sources."""
    _report("rates", db, format, wait, target=target, product=product, measure=measure,
            as_of=_date(as_of, "--as-of"))


@app.command()
@guarded
def conflicts(
    db: DbOpt = None, target: TargetOpt = None, product: ProductOpt = None,
    measure: MeasureOpt = None, format: FormatOpt = ReportFormat.table,
    wait: WaitOpt = DEFAULT_WAIT,
) -> None:
    """Facts on which sources disagree (and claims contradicting official figures)."""
    _report("conflicts", db, format, wait, target=target, product=product, measure=measure)


@app.command()
@guarded
def timeline(
    db: DbOpt = None, target: TargetOpt = None, product: ProductOpt = None,
    measure: MeasureOpt = None,
    metric: Annotated[str | None, typer.Option(help="Metric (tariff_rate, effective_date...).")]
    = None,
    format: FormatOpt = ReportFormat.table, wait: WaitOpt = DEFAULT_WAIT,
) -> None:
    """Every value each fact has had, in the order of the dates they speak about."""
    _report("timeline", db, format, wait, target=target, product=product, measure=measure,
            metric=metric)


@app.command(name="eval")
@guarded
def eval_(
    paths: Annotated[list[Path] | None, typer.Argument(help="Articles (files or folders).")]
    = None,
    gold: Annotated[Path | None, typer.Option(help="Gold file (SPEC gold format).")] = None,
    peer: Annotated[Path | None, typer.Option(
        help="A peer case file (money.jsonl, percent.jsonl, dates.jsonl, "
             "dates_ambiguous.jsonl) instead of gold.")]
    = None,
    format: Annotated[str, typer.Option("--format", "-f", help="text or json")] = "text",
) -> None:
    """Score extraction against a gold file (or the quantity layer against peer cases)."""
    ev = importlib.import_module("tracker.evaluate")

    if peer is not None:
        name = peer.name.lower()
        kind = "money" if "money" in name else "percent" if "percent" in name else "date"
        typer.echo(ev.format_report(ev.score_peer(peer, kind), format))
        return
    if gold is None or not paths:
        raise TrackerError("give --gold FILE and the article paths (or --peer FILE)")
    for p in [gold, *paths]:
        if not p.exists():
            raise TrackerError(f"{p}: no such file or directory")
    typer.echo(ev.format_report(ev.evaluate(gold, [str(p) for p in paths]), format))


@rules_app.command("check")
@guarded
def rules_check() -> None:
    """Run every rule's own examples; exit 1 if any fails."""
    from tracker.rules_check import check_all

    total, failed = 0, 0
    for name, (n, failures) in check_all().items():
        total += n
        failed += len(failures)
        typer.echo(f"{name}: {n} examples, {len(failures)} failing")
        for f in failures:
            typer.echo(f"  FAIL {f}")
    typer.echo(f"{total - failed} passed, {failed} failed")
    if failed:
        raise typer.Exit(1)


@rules_app.command("list")
@guarded
def rules_list() -> None:
    """List the rule files and where they are."""
    from tracker.rules import rule_files, rules_dir

    typer.echo(f"rules directory: {rules_dir()}")
    for name in rule_files():
        typer.echo(f"  {name}.toml")


def main() -> None:  # pragma: no cover - console entry point
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
