"""The `tracker` entry point: `tracker rates` and `tracker extract` answered without typer.

typer parses every option through pydantic: importing both and building the commands cost
~0.3 s of a `tracker rates` that should answer in under 0.5 s on a million claims
(docs/benchmarks.md). `main` reads the plain forms of `tracker rates` itself (the options
of tracker.cli.rates, each at most once, with valid values) and does what that command does,
with the same output, errors and exit codes; anything else (help, another command, an
option it does not know, a value it would have to judge) goes to the typer app, which then
parses and reports it as always. tests/cli/test_quick.py runs both on the same arguments.

`tracker extract FILE...` (the forms that print claims: --format other than parquet,
--published, --source) is read the same way: typer's pydantic adapters were ~0.15 s of the
one second one article may take (issue 14 item 1).
"""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import sys
from collections.abc import Callable, Iterator
from typing import Any

#: the options of `tracker rates` that take a value (tracker.cli.rates), by their names
VALUE_OPTIONS = {"--db": "db", "--as-of": "as_of", "--target": "target",
                 "--product": "product", "--measure": "measure", "--format": "format",
                 "-f": "format", "--wait": "wait"}
FORMATS = ("table", "json", "jsonl", "csv", "markdown")
DEFAULT_WAIT = 30.0  # tracker.cli.DEFAULT_WAIT
INTERRUPTED = "interrupted; nothing was written"  # tracker.cli.INTERRUPTED
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_SECONDS = re.compile(r"\d{1,9}(\.\d{1,9})?")


def parse_rates(args: list[str]) -> dict[str, Any] | None:
    """The options of a plain `tracker rates ...`, or None for anything else."""
    if not args or args[0] != "rates":
        return None
    got: dict[str, Any] = {}
    rest = iter(args[1:])
    for arg in rest:
        option = ("explain", True) if arg == "--explain" else _option(arg, rest, VALUE_OPTIONS)
        if option is None or option[0] in got:
            return None
        got[option[0]] = option[1]
    return _checked(got)


def _option(arg: str, rest: Iterator[str], options: dict[str, str]) -> tuple[str, Any] | None:
    """One option of `options` ("--name value", "--name=value", "-fFORMAT"), its value taken
    from `rest` when it is the next word; None for anything else (typer then reads it all)."""
    if arg in options:
        value = next(rest, None)
        if value is None or value.startswith("-"):
            return None
        return options[arg], value
    if arg.startswith("--") and "=" in arg:
        name, _, value = arg.partition("=")
        return (options[name], value) if name in options else None
    if arg.startswith("-f") and not arg.startswith("--"):
        return "format", arg[2:]
    return None


def _checked(got: dict[str, Any]) -> dict[str, Any] | None:
    """The values as the command receives them, or None where typer should judge them."""
    if got.get("format", "table") not in FORMATS or got.get("db") == "":
        return None
    if "as_of" in got:
        if not _DAY.fullmatch(got["as_of"]):
            return None
        try:
            got["as_of"] = dt.date.fromisoformat(got["as_of"])
        except ValueError:
            return None
    if "wait" not in got and "TRACKER_WAIT" in os.environ:
        return None  # (typer reads it, and judges it)
    if "wait" in got:
        if not _SECONDS.fullmatch(got["wait"]):
            return None
        got["wait"] = float(got["wait"])
    if "db" not in got and os.environ.get("TRACKER_DB") == "":
        return None
    return got


#: the options of `tracker extract` that print claims (tracker.cli.extract), by their names
EXTRACT_OPTIONS = {"--format": "format", "-f": "format", "--published": "published",
                   "--source": "source"}


def parse_extract(args: list[str]) -> dict[str, Any] | None:
    """The paths and options of a plain `tracker extract PATH...`, or None for anything
    else (--format parquet, --out, --dask, help ...: typer reads those)."""
    if not args or args[0] != "extract":
        return None
    got: dict[str, Any] = {}
    paths: list[str] = []
    rest = iter(args[1:])
    for arg in rest:
        if arg and not arg.startswith("-"):
            paths.append(arg)
            continue
        option = _option(arg, rest, EXTRACT_OPTIONS)
        if option is None or option[0] in got:
            return None
        got[option[0]] = option[1]
    if not paths or got.get("format", "jsonl") not in FORMATS:
        return None
    return {**got, "paths": paths}


def date_option(value: str | None, what: str = "--published") -> dt.date | None:
    """A YYYY-MM-DD option's date (None: not given)."""
    from tracker.errors import TrackerError

    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value.strip())
    except (ValueError, TypeError):
        raise TrackerError(f"{what} {value!r}: expected a date as YYYY-MM-DD") from None


def published_option(value: str | None) -> dt.date | None:
    """--published: a date, and one that can be a publication date (not future, not < 1900)."""
    from tracker.errors import TrackerError
    from tracker.read import published_problem

    when = date_option(value)
    why = published_problem(when) if when is not None else None
    if why:
        raise TrackerError(f"--published {value!r}: {why}")
    return when


def print_claims(paths: list[str], fmt: str = "jsonl", published: str | None = None,
                 source: str | None = None) -> None:
    """What `tracker extract PATH...` prints (not --format parquet), for both entry points:
    the claims on stdout, one line per skipped input on stderr."""
    from pathlib import Path

    from tracker.ingest import extract_paths

    # (typer hands the command Paths: "./a.txt" and "dir/" are read as "a.txt" and "dir")
    claims, problems, _ = extract_paths([Path(p) for p in paths],
                                        published=published_option(published), source=source)
    for p in problems:
        where = f"{p.path}:{p.line}" if p.line else p.path
        _say(f"skipped: {where}: {p.message}", err=True)
    rows = [c.to_spec() for c in claims]
    if fmt == "jsonl":  # the SPEC's record, exactly as the claims give it
        import json

        out = sys.stdout
        for r in rows:
            out.write(json.dumps(r, ensure_ascii=False) + "\n")
        return
    from tracker.models import SPEC_FIELDS
    from tracker.render import jsonable, render_rows  # (pandas: only these formats need it)

    columns = (["article", "metric", "value", "unit", "imposer", "target", "product", "status"]
               if fmt == "table" else list(SPEC_FIELDS))
    text = render_rows([{k: jsonable(v) for k, v in r.items()} for r in rows], columns, fmt,
                       "", width())
    if text:
        _say(text)


def width() -> int:
    """Columns for tables: $COLUMNS, else the terminal's, else 80 (pipes, files)."""
    env = os.environ.get("COLUMNS", "")
    if env.isdigit() and int(env) > 0:
        return max(40, int(env))
    if sys.stdout.isatty():
        return max(40, shutil.get_terminal_size((80, 24)).columns)
    return 80


def _say(message: str, err: bool = False) -> None:
    """What typer.echo does with text: the message and a newline, flushed."""
    out = sys.stderr if err else sys.stdout
    out.write(message + "\n")
    out.flush()


def run_rates(got: dict[str, Any]) -> int:
    """tracker.cli.rates with these options (its _report and guarded); the exit code."""
    return _guarded(lambda: _rates(got))


def run_extract(got: dict[str, Any]) -> int:
    """tracker.cli.extract with these options (as guarded runs it); the exit code."""
    return _guarded(lambda: print_claims(got["paths"], got.get("format", "jsonl"),
                                         got.get("published"), got.get("source")))


def _guarded(command: Callable[[], None]) -> int:
    """Run a command as tracker.cli.guarded does: errors in one line; the exit code."""
    from tracker.errors import EXIT_ERROR, EXIT_INTERRUPTED, TrackerError, is_interrupt

    try:
        command()
    except TrackerError as exc:
        _say(f"error: {exc}", err=True)
        return EXIT_ERROR
    except KeyboardInterrupt:
        _say(f"error: {INTERRUPTED}", err=True)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        sys.stderr.close()
        return 0
    except Exception as exc:
        if is_interrupt(exc):
            _say(f"error: {INTERRUPTED}", err=True)
            return EXIT_INTERRUPTED
        if type(exc).__module__.lstrip("_") == "duckdb" or isinstance(exc, OSError):
            from tracker.store import friendly_error

            _say(f"error: {friendly_error(exc)}", err=True)
            return EXIT_ERROR
        raise
    return 0


def _rates(got: dict[str, Any]) -> None:
    _say(rates_text(got, on_wait=lambda m: _say(m, err=True)))


def rates_text(got: dict[str, Any], on_wait: Callable[[str], None]) -> str:
    """The text of `tracker rates` with these options, for both entry points (this fast
    path and tracker.cli.rates): the plain table is drawn from cells DuckDB makes
    (report.rates_table_text), every other form from the rows (report.rates_rows).
    `on_wait` (stderr) is told of a lock waited for, and of claims whose reconciliation is
    pending (`ingest --no-reconcile`)."""
    from tracker import report, store

    day, fmt, explain = got.get("as_of"), got.get("format", "table"), got.get("explain", False)
    title = f"Rates as of {day.isoformat()}" if day else "Current rates"
    given = {k: got.get(k) for k in ("target", "product", "measure", "as_of")}
    given = {k: v for k, v in given.items() if v is not None}
    con = store.connect(got.get("db"), read_only=True, wait=got.get("wait", DEFAULT_WAIT),
                        on_wait=on_wait)
    try:
        note = store.pending_note(con)
        if note:  # claims stored with --no-reconcile are not in the rates yet
            on_wait(note)
        if fmt == "table" and not explain:
            return report.rates_table_text(con, title, width(), **given)
        rows = report.rates_rows(con, **given)
        return report.render_report(rows, report.RATES_COLUMNS, fmt, title, width=width(),
                                    explain=explain)
    finally:
        con.close()


def main(argv: list[str] | None = None) -> None:
    """`tracker`: the rates fast path, else the typer app (tracker.cli)."""
    args = sys.argv[1:] if argv is None else list(argv)
    utf8 = (sys.stdout.encoding or "").lower().replace("-", "") == "utf8"
    got = parse_rates(args)
    if got is not None and utf8:
        sys.exit(run_rates(got))
    got = parse_extract(args)
    if got is not None and utf8:
        sys.exit(run_extract(got))
    from tracker.cli import app

    if argv is None:
        app()  # (typer reads sys.argv and names the program as it was started)
    else:
        app(args=args, prog_name="tracker")
