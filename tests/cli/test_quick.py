"""`tracker rates` without typer (tracker.quick): the same output, errors and exit codes as
the typer command, for the forms it reads itself and for those it hands over."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.report import scenario
from tracker import quick
from tracker.cli import app


@pytest.fixture(scope="module")
def rdb(tmp_path_factory) -> Path:
    return scenario.db_file(tmp_path_factory)


#: argument lists (the database added to each), with whether the fast path reads them
CASES = [
    (["rates"], True),
    (["rates", "--as-of", "2025-05-01"], True),
    (["rates", "-f", "json", "--target", "South Korea"], True),
    (["rates", "--format=csv", "--explain"], True),
    (["rates", "-fjsonl", "--target", "KR"], True),
    (["rates", "--product", "steel", "--measure", "reciprocal", "--db"], False),
    (["rates", "--explain", "--wait", "0", "--as-of=2025-09-01"], True),
    (["rates", "--format", "markdown", "--target", "Narnia"], True),
    (["rates", "--as-of", "2025-02-30"], False),  # not a date: typer's command says so
    (["rates", "--as-of", "May 1"], False),
    (["rates", "--format", "xml"], False),
    (["rates", "--explain", "--explain"], False),
    (["rates", "--target"], False),
    (["rates", "--help"], False),
    (["rates", "--wait", "-1"], False),
    (["rates", "--bogus"], False),
    (["conflicts"], False),
]


def _run(entry, args: list[str], monkeypatch) -> tuple[str, str, int]:
    out = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
    err = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
    monkeypatch.setattr(sys, "stdout", out)
    monkeypatch.setattr(sys, "stderr", err)
    try:
        entry(args)
        code = 0
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    finally:
        monkeypatch.undo()
    texts = []
    for stream in (out, err):
        stream.flush()
        texts.append(stream.buffer.getvalue().decode("utf-8"))
    return texts[0], texts[1], code


@pytest.mark.parametrize(("args", "fast"), CASES)
def test_the_fast_path_answers_as_the_typer_command(rdb, monkeypatch, args, fast):
    args = [*args, "--db", str(rdb)] if args[-1] not in ("--target",) else args
    monkeypatch.delenv("TRACKER_WAIT", raising=False)
    monkeypatch.setenv("COLUMNS", "80")
    assert (quick.parse_rates(args) is not None) == fast
    mine = _run(quick.main, args, monkeypatch)
    typer_s = _run(lambda a: app(args=a, prog_name="tracker"), args, monkeypatch)
    assert mine == typer_s
    if fast and "Narnia" not in args:
        assert mine[0].strip() and mine[2] == 0


def test_a_missing_database_is_the_same_error(tmp_path, monkeypatch):
    args = ["rates", "--db", str(tmp_path / "none.duckdb")]
    mine = _run(quick.main, args, monkeypatch)
    assert mine == _run(lambda a: app(args=a, prog_name="tracker"), args, monkeypatch)
    assert mine[2] == 1 and mine[1].startswith("error: ")


def test_the_fast_path_loads_neither_typer_nor_pydantic(rdb):
    code = "\n".join([
        "import sys",
        "from tracker.quick import main",
        "try:",
        f"    main(['rates', '--as-of', '2025-05-01', '--db', {str(rdb)!r}])",
        "except SystemExit as e:",
        "    assert not e.code, e.code",
        "print(json.dumps(sorted(m for m in ('typer', 'pydantic', 'pycountry', 'pandas')"
        " if m in sys.modules)), file=sys.stderr)",
    ])
    done = subprocess.run([sys.executable, "-c", "import json\n" + code], capture_output=True,
                          text=True, check=False, encoding="utf-8",
                          env={**os.environ, "PYTHONIOENCODING": "utf-8"})
    assert done.returncode == 0, done.stderr
    assert "Rates as of 2025-05-01" in done.stdout
    assert json.loads(done.stderr.strip().splitlines()[-1]) == []


def test_no_progress_bar_reaches_the_output(rdb):
    """DuckDB draws a progress bar on stdout for a query over 2 s (a large --as-of on a
    busy machine): it would land in the middle of a CSV or JSON report."""
    from tracker import store

    con = store.connect(rdb, read_only=True)
    try:
        assert con.execute("SELECT current_setting('enable_progress_bar')").fetchone() == (
            False,)
    finally:
        con.close()


# ------------------------------------------------------------------ tracker extract
def _extract_cases() -> list[tuple[list[str], bool]]:
    from tracker.resources import sample_articles

    one = str(sample_articles() / "s03_pause.txt")
    page = str(sample_articles() / "s02_global_rates.html")
    return [
        (["extract", one], True),
        (["extract", one, page, "-f", "json"], True),
        (["extract", one, "--format=csv", "--published", "2025-05-01"], True),
        (["extract", "-fmarkdown", one, "--source", "Wire"], True),
        (["extract", page, "--format", "table"], True),
        (["extract", one, "--published", "2025-02-30"], True),  # not a date: same error
        (["extract", one, "--published", "2999-01-01"], True),  # a future publication date
        (["extract", one + ".missing"], True),
        (["extract", one, "--format", "parquet"], False),
        (["extract", one, "--out", "somewhere"], False),
        (["extract", one, "--dask", "local"], False),
        (["extract", one, "-f", "xml"], False),
        (["extract", one, "--source", "a", "--source", "b"], False),
        (["extract", one, "--source"], False),
        (["extract", "--", one], False),
        (["extract", "--help"], False),
        (["extract"], False),
    ]


@pytest.mark.parametrize(("case"), range(len(_extract_cases())))
def test_the_extract_fast_path_answers_as_the_typer_command(monkeypatch, case):
    args, fast = _extract_cases()[case]
    monkeypatch.setenv("COLUMNS", "80")
    assert (quick.parse_extract(args) is not None) == fast
    mine = _run(quick.main, args, monkeypatch)
    typer_s = _run(lambda a: app(args=a, prog_name="tracker"), args, monkeypatch)
    assert mine == typer_s
    if fast and "--published" not in args and ".missing" not in args[1]:
        assert mine[0].strip() and mine[2] == 0


def test_the_extract_fast_path_loads_neither_typer_nor_pydantic():
    from tracker.resources import sample_articles

    code = "\n".join([
        "import json, sys",
        "from tracker.quick import main",
        "try:",
        f"    main(['extract', {str(sample_articles() / 's03_pause.txt')!r}])",
        "except SystemExit as e:",
        "    assert not e.code, e.code",
        "print(json.dumps(sorted(m for m in ('typer', 'pydantic', 'pandas', 'duckdb')"
        " if m in sys.modules)), file=sys.stderr)",
    ])
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=False, encoding="utf-8",
                          env={**os.environ, "PYTHONIOENCODING": "utf-8"})
    assert done.returncode == 0, done.stderr
    assert '"article": "s03_pause"' in done.stdout
    assert json.loads(done.stderr.strip().splitlines()[-1]) == []
