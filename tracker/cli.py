"""The `tracker` command line: a thin layer over the library API.

Every command turns a TrackerError (bad input, locked or foreign database, bad
rule file) and a database error (corrupt, full disk ...) into one line on stderr
and exit code 1, and Ctrl-C into one line and exit code 130: never a traceback.
Exit codes: tracker.errors, docs/robustness.md.
"""

from __future__ import annotations

import functools
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer

from tracker import quick
from tracker.errors import EXIT_ERROR, EXIT_INTERRUPTED, TrackerError, is_interrupt
from tracker.quick import width  # columns for tables: one definition for both entry points

app = typer.Typer(
    help="Track tariff rates, trade figures and deadlines across news articles.",
    no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False,
    rich_markup_mode=None,  # plain click help: rendering it with rich doubles `--help`'s start-up
)
rules_app = typer.Typer(help="Inspect and check the rule files under rules/.",
                        no_args_is_help=True, rich_markup_mode=None)
app.add_typer(rules_app, name="rules")

DEMO_DB = "tracker-demo.duckdb"

DbOpt = Annotated[Path | None, typer.Option(
    "--db", envvar="TRACKER_DB", help="Database file (default ./tracker.duckdb).")]
#: seconds a command waits for another process's lock on the database by default
DEFAULT_WAIT = 30.0
WaitOpt = Annotated[float, typer.Option(
    "--wait", envvar="TRACKER_WAIT", min=0, metavar="SECONDS",
    help="Wait this long for another process's lock on the database (0: fail at once).")]
INTERRUPTED = "interrupted; nothing was written"


class Format(StrEnum):
    """One set of formats for every command that prints rows."""

    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    markdown = "markdown"


class ExportFormat(StrEnum):
    parquet = "parquet"
    csv = "csv"
    xlsx = "xlsx"


def _version(value: bool) -> None:
    if value:
        from tracker import __version__

        typer.echo(f"tracker {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Print the version and exit.")] = False,
) -> None:
    """Track tariff rates, trade figures and deadlines across news articles."""




def _emit(recs: list[dict[str, Any]], columns: list[str], fmt: Format, title: str = "",
          table_columns: list[str] | None = None) -> None:
    """Print rows in `fmt` (a table may show fewer columns than the machine formats)."""
    from tracker.render import render_rows

    cols = table_columns if fmt is Format.table and table_columns else columns
    out = render_rows(recs, cols, fmt.value, title, width())
    if out:
        typer.echo(out)


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


_date = quick.date_option  # (one definition for both entry points)
_published = quick.published_option


DaskOpt = Annotated[str | None, typer.Option(
    "--dask", metavar="ADDRESS",
    help="Extract on a Dask cluster: 'local' (a LocalCluster of --workers processes) or a "
         "scheduler address tcp://host:8786 (docs/cluster.md).")]


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
    dask: DaskOpt = None,
    wait: WaitOpt = DEFAULT_WAIT,
    init: Annotated[bool, typer.Option(
        "--init", help="Make an EMPTY database file that the tracker did not create "
                       "a tracker database.")] = False,
    reconcile: Annotated[bool, typer.Option(
        "--reconcile/--no-reconcile",
        help="--no-reconcile: store the batch and leave its reconciliation pending, for many "
             "batches in a row: the next ingest without it, or `tracker reconcile`, "
             "reconciles them all at once (reports say it is pending until then).")] = True,
) -> None:
    """Read articles into the database: clean, deduplicate, extract claims, reconcile.

    Exit code 0: every input stored; 3: stored, but some inputs were skipped (listed
    on stderr); 1: an error, or every input skipped - nothing was written; 130: Ctrl-C.
    """
    from tracker.ingest import ingest as run

    result = run(paths, db=db, published=_published(published), source=source, strict=strict,
                 workers=max(1, workers), progress=sys.stderr.isatty(), wait=wait, init=init,
                 on_wait=_say_waiting, dask=dask, reconcile=reconcile)
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


@app.command(name="reconcile")
@guarded
def reconcile_cmd(
    full: Annotated[bool, typer.Option(
        "--full", help="Rebuild every table from all claims, even when up to date.")] = False,
    db: DbOpt = None,
    wait: WaitOpt = DEFAULT_WAIT,
    memory_limit: Annotated[str | None, typer.Option(
        "--memory-limit", envvar="TRACKER_MEMORY_LIMIT", metavar="SIZE",
        help="Bound DuckDB's memory (e.g. 8GB): beyond it, joins, sorts and groupings "
             "spill to disk ($TRACKER_TEMP_DIR, default DB.tmp). Default: 80% of RAM.")] = None,
) -> None:
    """Rebuild the reconciliation tables from the claims (ingest keeps them up to date;
    without --full, only when they are missing or were made by another version)."""
    from tracker import store
    from tracker.reconcile.incremental import reconcile_database

    con = store.connect(db, create=False, wait=wait, on_wait=_say_waiting)
    try:
        if memory_limit:
            store.limit_resources(con, memory=memory_limit)
        how = reconcile_database(con, full=full)
    finally:
        con.close()
    typer.echo({"full": "reconciliation tables rebuilt",
                "pending": "reconciliation of the pending articles done: tables up to date"
                }.get(how, "reconciliation tables are up to date"))


class ExtractFormat(StrEnum):
    """Format's members, and parquet: a claims folder (--out) instead of printed rows."""

    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    markdown = "markdown"
    parquet = "parquet"


@app.command()
@guarded
def extract(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders (.txt, .html, .jsonl).")],
    format: Annotated[ExtractFormat, typer.Option("--format", "-f")] = ExtractFormat.jsonl,
    published: Annotated[str | None, typer.Option(help="Publication date YYYY-MM-DD.")] = None,
    source: Annotated[str | None, typer.Option(help="Publisher name.")] = None,
    out: Annotated[Path | None, typer.Option(
        "--out", metavar="DIR", help="--format parquet: the new folder to write the claims "
                                     "to, one file per partition (tracker ingest DIR loads it).")
    ] = None,
    dask: DaskOpt = None,
    workers: Annotated[int, typer.Option(help="--dask local: worker processes.")] = 1,
    partition_size: Annotated[int, typer.Option(
        min=1, help="--format parquet: articles per partition.")] = 1000,
) -> None:
    """Print the claims of articles (SPEC record) without touching any database.

    With --format parquet --out DIR, write them as Parquet partitions instead (on the
    workers of --dask), for `tracker ingest DIR` or DuckDB's read_parquet('DIR/*.parquet').
    """
    if format is ExtractFormat.parquet or out is not None:
        if format is not ExtractFormat.parquet or out is None:
            raise TrackerError("--out goes with --format parquet, and --format parquet needs --out")
        from tracker.partitions import extract_to_folder

        n, k, problems = extract_to_folder([str(p) for p in paths], out, _published(published),
                                           source, dask, max(1, workers), partition_size)
        for p in problems:
            typer.echo(f"skipped: {p}", err=True)
        typer.echo(f"{out}: {n} articles, {k} claims")
        return
    if dask is not None:
        raise TrackerError("--dask goes with --format parquet --out DIR (or use tracker ingest)")
    # (the body of the entry point's fast path, which reads these forms without typer)
    quick.print_claims([str(p) for p in paths], format.value, published, source)


@app.command()
@guarded
def sql(
    query: Annotated[str, typer.Argument(help="SQL to run against the database.")],
    db: DbOpt = None,
    format: Annotated[Format, typer.Option("--format", "-f")] = Format.table,
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
    from tracker.render import jsonable

    rows = [dict(zip(columns, (jsonable(v) for v in r), strict=True)) for r in records]
    _emit(rows, columns, format)


@app.command()
@guarded
def demo(
    db: Annotated[Path, typer.Option("--db", help="Database file to (re)create.")] = Path(DEMO_DB),
) -> None:
    """Ingest the embedded sample corpus into a fresh database and show what it knows."""
    from tracker import store
    from tracker.ingest import ingest as run
    from tracker.resources import sample_articles

    sample = sample_articles()
    if not sample.is_dir():
        raise TrackerError(f"{sample}: sample corpus not found")
    if db.exists():
        if db.is_dir():
            raise TrackerError(f"{db}: is a directory")
        store.connect(db, read_only=True).close()  # never delete a file the tracker did not make
        db.unlink()
    wal = db.with_name(db.name + ".wal")
    if wal.exists():
        wal.unlink()
    result = run([sample], db=db)
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


def _print_table(rows: list[dict[str, Any]], columns: list[str], title: str | None = None) -> None:
    from tracker.render import jsonable

    _emit([{c: jsonable(r.get(c)) for c in columns} for r in rows], columns, Format.table,
          title or "")


def _demo_reports(con: Any) -> None:
    from tracker import report

    typer.echo(report.render(report.rates(con), "table", "Current tariff rates", width()))
    typer.echo(report.render(report.conflicts(con), "table", "Conflicts between sources",
                             width()))


def _note_pending(con: Any) -> None:
    """Say on stderr when stored claims wait for their reconciliation (--no-reconcile)."""
    from tracker.store import pending_note

    note = pending_note(con)
    if note:
        typer.echo(note, err=True)


def _report(kind: str, db: Path | None, fmt: Format, title: str, explain: bool = False,
            wait: float = DEFAULT_WAIT,
            **filters: Any) -> None:
    from tracker import report, store

    con = store.connect(db, read_only=True, wait=wait, on_wait=_say_waiting)
    try:  # rows, not DataFrames: a report needs no pandas (report.render_report)
        _note_pending(con)
        rows = getattr(report, f"{kind}_rows")(
            con, **{k: v for k, v in filters.items() if v is not None})
        columns = getattr(report, f"{kind.upper()}_COLUMNS")
        typer.echo(report.render_report(rows, columns, fmt.value, title, width=width(),
                                        explain=explain))
    finally:
        con.close()


TargetOpt = Annotated[str | None, typer.Option(help="Target country, ISO code (KR, JP, EU, *).")]
ProductOpt = Annotated[str | None, typer.Option(help="Product or sector (autos, steel, all).")]
MeasureOpt = Annotated[str | None, typer.Option(help="Measure (reciprocal, section_232, ...).")]
FormatOpt = Annotated[Format, typer.Option("--format", "-f")]
FromOpt = Annotated[str | None, typer.Option(
    "--from", help="Only dates on or after YYYY-MM-DD.")]
ToOpt = Annotated[str | None, typer.Option("--to", help="Only dates on or before YYYY-MM-DD.")]


@app.command()
@guarded
def rates(
    db: DbOpt = None, target: TargetOpt = None, product: ProductOpt = None,
    measure: MeasureOpt = None,
    as_of: Annotated[str | None, typer.Option("--as-of", help="Date YYYY-MM-DD.")] = None,
    explain: Annotated[bool, typer.Option(
        "--explain", help="Say under the table why each value is the current one.")] = False,
    format: FormatOpt = Format.table, wait: WaitOpt = DEFAULT_WAIT,
) -> None:
    """Current value of every tariff fact: status, since when, who says so, and why."""
    from tracker.quick import rates_text  # one text for both entry points

    day = _date(as_of, "--as-of")

    typer.echo(rates_text({"db": db, "target": target, "product": product,
                           "measure": measure, "as_of": day, "explain": explain,
                           "format": format.value, "wait": wait}, on_wait=_say_waiting))


@app.command()
@guarded
def conflicts(
    db: DbOpt = None, target: TargetOpt = None, product: ProductOpt = None,
    measure: MeasureOpt = None, date_from: FromOpt = None, date_to: ToOpt = None,
    format: FormatOpt = Format.table, wait: WaitOpt = DEFAULT_WAIT,
) -> None:
    """Facts on which sources disagree (and claims contradicting official figures)."""
    _report("conflicts", db, format, "Conflicts", wait=wait, target=target, product=product,
            measure=measure, date_from=_date(date_from, "--from"),
            date_to=_date(date_to, "--to"))


def _basis_report(kind: str, db: Path | None, fmt: Format, title: str, wait: float,
                  **filters: Any) -> None:
    from tracker import report_basis, store
    from tracker.render import records, render_rows

    con = store.connect(db, read_only=True, wait=wait, on_wait=_say_waiting)
    try:
        _note_pending(con)
        df = getattr(report_basis, kind)(con, **filters)
        if fmt is Format.table:
            typer.echo(report_basis.as_text(df, kind, title, width()))
        else:
            typer.echo(render_rows(records(df), list(df.columns), fmt.value, title, width()))
    finally:
        con.close()


@app.command("all-in")
@guarded
def all_in(
    db: DbOpt = None, target: TargetOpt = None, product: ProductOpt = None,
    format: FormatOpt = Format.table, wait: WaitOpt = DEFAULT_WAIT,
) -> None:
    """The stacked US rate per partner and product: its components (news, else the official
    table) and stated all-in figures against the official sum."""
    _basis_report("all_in", db, format, "All-in US rates", wait, target=target,
                  product=product)


@app.command()
@guarded
def basis(
    db: DbOpt = None, target: TargetOpt = None, product: ProductOpt = None,
    format: FormatOpt = Format.table, wait: WaitOpt = DEFAULT_WAIT,
) -> None:
    """Figures that measure different things (an all-in rate and a component, a deficit
    and the mirror surplus), side by side: neither conflicts nor agreements."""
    _basis_report("different_basis", db, format, "Figures on different bases", wait,
                  target=target, product=product)


@app.command()
@guarded
def timeline(
    db: DbOpt = None, target: TargetOpt = None, product: ProductOpt = None,
    measure: MeasureOpt = None,
    metric: Annotated[str | None, typer.Option(help="Metric (tariff_rate, effective_date...).")]
    = None,
    date_from: FromOpt = None, date_to: ToOpt = None,
    format: FormatOpt = Format.table, wait: WaitOpt = DEFAULT_WAIT,
) -> None:
    """Every value each fact has had, in the order of the dates they speak about."""
    _report("timeline", db, format, "Timeline", wait=wait, target=target, product=product,
            measure=measure, metric=metric, date_from=_date(date_from, "--from"),
            date_to=_date(date_to, "--to"))


@app.command()
@guarded
def report(
    html: Annotated[Path, typer.Option("--html", help="Write the report to this HTML file.")],
    db: DbOpt = None, wait: WaitOpt = DEFAULT_WAIT,
) -> None:
    """Write one self-contained HTML page: rates, sources, charts, conflicts.

    It opens offline (inline CSS and SVG, no scripts): current rates per partner with
    their sources as links, each major fact's timeline as a chart, the conflicts with
    both quotes, and when the data was last updated."""
    from tracker import html_report, store

    con = store.connect(db, read_only=True, wait=wait, on_wait=_say_waiting)
    try:
        _note_pending(con)
        page = html_report.build(con)
    finally:
        con.close()
    html.write_text(page, encoding="utf-8")
    typer.echo(f"wrote {html}")


@app.command()
@guarded
def export(
    directory: Annotated[Path, typer.Argument(help="Folder to write the files into.")],
    db: DbOpt = None,
    format: Annotated[ExportFormat, typer.Option("--format", "-f")] = ExportFormat.parquet,
    wait: WaitOpt = DEFAULT_WAIT,
) -> None:
    """Write the results as Parquet, CSV or Excel files, one per table.

    facts, current_values, fact_timeline, conflicts, updates and claims, each with the
    columns of the SQL table of the same name."""
    from tracker import export as exp
    from tracker import store

    con = store.connect(db, read_only=True, wait=wait, on_wait=_say_waiting)
    try:
        _note_pending(con)
        written = exp.export(con, directory, format.value)
    finally:
        con.close()
    for name, (path, n) in written.items():
        typer.echo(f"{name}: {n} rows -> {path}")


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
    ids: Annotated[str | None, typer.Option(
        help="Score only the articles whose id starts with this (e.g. va).")] = None,
    reconcile: Annotated[Path | None, typer.Option(
        "--reconcile", metavar="TRUTH",
        help="Score reconciliation against this truth file instead (SPEC \"Reconciliation "
             "truth\"); the articles go into a temporary database.")] = None,
) -> None:
    """Score extraction against a gold file (or the quantity layer against peer cases, or
    reconciliation against a truth file)."""
    if reconcile is not None:
        _eval_reconcile(reconcile, paths or [], format, ids)
        return
    import tracker.evaluate as ev

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
    typer.echo(ev.format_report(ev.evaluate(gold, [str(p) for p in paths], ids=ids), format))


def _eval_reconcile(truth: Path, paths: list[Path], fmt: str, ids: str | None) -> None:
    import tracker.evaluate_reconcile as er

    if not paths:
        raise TrackerError("give the article paths to score with --reconcile")
    for p in [truth, *paths]:
        if not p.exists():
            raise TrackerError(f"{p}: no such file or directory")
    if fmt not in ("text", "json"):
        raise TrackerError(f"unknown report format {fmt!r}: use text or json")
    typer.echo(er.format_report(er.evaluate_reconcile(truth, paths, ids=ids), fmt))


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
