"""The memory, spill and thread bounds (store.limit_resources, $TRACKER_MEMORY_LIMIT,
`tracker reconcile --memory-limit`): a rebuild of millions of claims must fit a shared
machine, and a bound must never change what the rebuild computes."""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pytest
from conftest import SAMPLE
from typer.testing import CliRunner

from tests.reconcile.test_determinism import _differences, _dump
from tracker import reconcile, store
from tracker.cli import app
from tracker.errors import TrackerError
from tracker.ingest import ingest
from tracker.reconcile import driver

ENVS = (store.MEMORY_ENV, store.TEMP_ENV, store.THREADS_ENV, store.TEMP_SIZE_ENV)


@pytest.fixture(autouse=True)
def _no_bounds(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ENVS:
        monkeypatch.delenv(name, raising=False)


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("bounds") / "sample.duckdb"
    ingest([str(SAMPLE / "articles")], db=db)
    return db


def _setting(con: duckdb.DuckDBPyConnection, name: str) -> str:
    return str(con.execute(f"SELECT current_setting('{name}')").fetchone()[0])


def test_unset_leaves_duckdbs_defaults(tmp_path: Path) -> None:
    plain = duckdb.connect(str(tmp_path / "plain.duckdb"))
    con = store.connect(tmp_path / "t.duckdb")
    try:
        for name in ("memory_limit", "threads"):
            assert _setting(con, name) == _setting(plain, name)
        assert not driver.bounded(con)
    finally:
        con.close()
        plain.close()


def test_environment_sets_the_bounds(tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                                     ) -> None:
    monkeypatch.setenv(store.MEMORY_ENV, "200MB")
    monkeypatch.setenv(store.TEMP_ENV, str(tmp_path / "spill"))
    monkeypatch.setenv(store.THREADS_ENV, "1")
    monkeypatch.setenv(store.TEMP_SIZE_ENV, "1GB")
    con = store.connect(tmp_path / "t.duckdb")
    try:
        assert _setting(con, "memory_limit") == "190.7 MiB"  # DuckDB prints it in MiB
        assert _setting(con, "temp_directory") == str(tmp_path / "spill")
        assert _setting(con, "threads") == "1"
        assert _setting(con, "max_temp_directory_size") == "953.6 MiB"
    finally:
        con.close()


@pytest.mark.parametrize("env, value", [(store.MEMORY_ENV, "lots"),
                                        (store.THREADS_ENV, "two"),
                                        (store.TEMP_SIZE_ENV, "lots")])
def test_a_bad_bound_is_one_line_naming_its_variable(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch,
                                                     env: str, value: str) -> None:
    monkeypatch.setenv(env, value)
    with pytest.raises(TrackerError, match=env):
        store.connect(tmp_path / "t.duckdb")


def test_a_low_bound_rebuilds_the_same_tables(sample_db: Path, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """The sample rebuilt in 128 MB on one thread, spilling to a folder of its own (the
    stages' results as temporary tables: driver.run_stage_bounded), gives every
    reconciliation table row for row as the unbounded ingest made it (Arrow stages)."""
    db = tmp_path / "bounded.duckdb"
    shutil.copy(sample_db, db)
    monkeypatch.setenv(store.MEMORY_ENV, "128MB")
    monkeypatch.setenv(store.TEMP_ENV, str(tmp_path / "spill"))
    monkeypatch.setenv(store.THREADS_ENV, "1")
    con = store.connect(db)
    try:
        assert driver.bounded(con)  # its stages kept as temporary tables, not Arrow
        con.execute("BEGIN TRANSACTION")
        reconcile.rebuild(con)
        con.execute("COMMIT")
        assert con.execute("SELECT count(*) FROM duckdb_tables() WHERE temporary"
                           ).fetchall() == [(0,)]
    finally:
        con.close()
    before, after = _dump(sample_db), _dump(db)
    assert {"facts", "conflicts", "current_values", "current_intervals"} <= set(after)
    assert _differences(before, after) == []


def test_reconcile_option_bounds_the_rebuild(sample_db: Path, tmp_path: Path) -> None:
    db = tmp_path / "cli.duckdb"
    shutil.copy(sample_db, db)
    got = CliRunner().invoke(app, ["reconcile", "--full", "--db", str(db),
                                   "--memory-limit", "512MB"])
    assert got.exit_code == 0, got.output
    assert "rebuilt" in got.output
    assert _differences(_dump(sample_db), _dump(db)) == []
    bad = CliRunner().invoke(app, ["reconcile", "--full", "--db", str(db),
                                   "--memory-limit", "lots"])
    assert bad.exit_code != 0
    assert "memory_limit" in bad.output
    tiny = CliRunner().invoke(app, ["reconcile", "--full", "--db", str(db),
                                    "--memory-limit", "1MB"])
    assert tiny.exit_code != 0
    assert "Out of Memory" in tiny.output  # not the aborted transaction it leaves


def test_a_spill_past_its_bound_is_one_line(tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """$TRACKER_MAX_TEMP_SIZE: a query that must spill more than the bound fails, and the CLI
    names it in one line (store.friendly_error) instead of DuckDB's ten lines of advice."""
    monkeypatch.setenv(store.MEMORY_ENV, "20MB")
    monkeypatch.setenv(store.TEMP_ENV, str(tmp_path / "spill"))
    monkeypatch.setenv(store.THREADS_ENV, "1")
    monkeypatch.setenv(store.TEMP_SIZE_ENV, "2MB")
    con = store.connect(tmp_path / "t.duckdb")
    try:
        with pytest.raises(duckdb.Error) as got:
            con.execute("CREATE TABLE s AS SELECT md5(CAST(i AS VARCHAR)) AS m "
                        "FROM range(1000000) t(i) ORDER BY m")
    finally:
        con.close()
    line = store.friendly_error(got.value)
    assert "max_temp_directory_size" in str(got.value)
    assert "\n" not in line and store.TEMP_SIZE_ENV in line and "spill" in line
