"""The `tracker` entry point: `tracker rates` answered without loading typer.

typer parses every option through pydantic: importing both and building the commands cost
~0.3 s of a `tracker rates` that should answer in under 0.5 s on a million claims
(docs/benchmarks.md). `main` reads the plain forms of `tracker rates` itself (the options
of tracker.cli.rates, each at most once, with valid values) and does what that command does,
with the same output, errors and exit codes; anything else (help, another command, an
option it does not know, a value it would have to judge) goes to the typer app, which then
parses and reports it as always. tests/cli/test_quick.py runs both on the same arguments.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import sys
from collections.abc import Callable
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
        if arg == "--explain":
            key, value = "explain", True
        elif arg in VALUE_OPTIONS:
            key, value = VALUE_OPTIONS[arg], next(rest, None)
            if value is None or value.startswith("-"):
                return None
        elif arg.startswith("--") and "=" in arg:
            name, _, value = arg.partition("=")
            key = VALUE_OPTIONS.get(name, "")
        elif arg.startswith("-f") and not arg.startswith("--"):
            key, value = "format", arg[2:]
        else:
            return None
        if not key or key in got:
            return None
        got[key] = value
    return _checked(got)


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
    from tracker.errors import EXIT_ERROR, EXIT_INTERRUPTED, TrackerError, is_interrupt

    try:
        _rates(got)
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
    (report.rates_table_text), every other form from the rows (report.rates_rows)."""
    from tracker import report, store

    day, fmt, explain = got.get("as_of"), got.get("format", "table"), got.get("explain", False)
    title = f"Rates as of {day.isoformat()}" if day else "Current rates"
    given = {k: got.get(k) for k in ("target", "product", "measure", "as_of")}
    given = {k: v for k, v in given.items() if v is not None}
    con = store.connect(got.get("db"), read_only=True, wait=got.get("wait", DEFAULT_WAIT),
                        on_wait=on_wait)
    try:
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
    got = parse_rates(args)
    if got is not None and (sys.stdout.encoding or "").lower().replace("-", "") == "utf8":
        sys.exit(run_rates(got))
    from tracker.cli import app

    if argv is None:
        app()  # (typer reads sys.argv and names the program as it was started)
    else:
        app(args=args, prog_name="tracker")
