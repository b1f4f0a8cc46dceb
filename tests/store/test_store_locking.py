"""Readers and writers wait for another process's lock (--wait) instead of failing at once."""

from __future__ import annotations

import importlib
import subprocess
import sys
import textwrap

import pytest
from typer.testing import CliRunner

from tracker import store
from tracker.cli import app
from tracker.errors import TrackerError
from tracker.ingest import ingest


def _releasing(db):
    """The file the holder writes just before it lets go of the lock."""
    return db.with_name(db.name + ".releasing")


def _hold_lock(db, seconds: float) -> subprocess.Popen:
    """Another process with a write connection open for `seconds`; returns once it holds it.

    Just before closing, it creates _releasing(db): whoever gets the lock after it must
    find that file (an ordering, not a timing).
    """
    holder = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(f"""
            import duckdb, pathlib, time
            con = duckdb.connect({str(db)!r})
            print("locked", flush=True)
            time.sleep({seconds})
            pathlib.Path({str(_releasing(db))!r}).touch()
            con.close()
        """)],
        stdout=subprocess.PIPE, text=True,
    )
    assert holder.stdout.readline().strip() == "locked"
    return holder


@pytest.fixture
def db(tmp_path, corpus):
    path = tmp_path / "t.duckdb"
    ingest([corpus / "a_korea.txt"], db=path)
    return path


@pytest.mark.parametrize("read_only", [True, False])
def test_connect_waits_for_the_holder_to_release(db, read_only):
    holder = _hold_lock(db, 2)
    told: list[str] = []
    try:
        con = store.connect(db, read_only=read_only, wait=60, on_wait=told.append)
        assert _releasing(db).exists()  # the lock was free only once the holder let go
        assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 1
        con.close()
    finally:
        holder.kill()
        holder.wait()
    assert len(told) == 1 and "locked by another process" in told[0] and "--wait" in told[0]


def test_no_wait_fails_at_once_with_one_line(db):
    holder = _hold_lock(db, 30)
    try:
        with pytest.raises(TrackerError, match=r"^.*t\.duckdb: database is locked by another "
                                               r"process$"):
            store.connect(db, read_only=True, wait=0)
        r = CliRunner().invoke(app, ["rates", "--db", str(db), "--wait", "0"])
        assert r.exit_code == 1
        assert r.stderr.strip().endswith("database is locked by another process")
        assert len(r.stderr.strip().splitlines()) == 1
    finally:
        holder.kill()
        holder.wait()


def test_second_ingest_waits_and_then_stores(db, corpus):
    holder = _hold_lock(db, 2)
    try:
        res = ingest([corpus], db=db, wait=60)
        assert _releasing(db).exists()
    finally:
        holder.kill()
        holder.wait()
    assert res.new == ["b_japan"] and res.unchanged == ["a_korea"]


def test_extraction_happens_before_the_write_lock(db, corpus, monkeypatch):
    """The write connection is opened only after every article was extracted."""
    ingest_mod = importlib.import_module("tracker.ingest")

    events: list[str] = []
    real_connect, real_each = store.connect, ingest_mod.extract_each

    def connect(*a, **k):
        events.append("read" if k.get("read_only") else "write")
        return real_connect(*a, **k)

    def extract_each(articles, *a, **k):
        events.append("extract")
        return real_each(articles, *a, **k)

    monkeypatch.setattr(store, "connect", connect)
    monkeypatch.setattr(ingest_mod, "extract_each", extract_each)
    ingest([corpus], db=db)
    assert events == ["read", "extract", "write"]


def test_a_writer_in_between_is_taken_into_account(db, corpus, monkeypatch):
    """Another ingest that stores the same article while we extract: no key clash, no loss."""
    ingest_mod = importlib.import_module("tracker.ingest")

    real_each = ingest_mod.extract_each
    done: list[bool] = []

    def extract_each(articles, *a, **k):
        if not done:
            done.append(True)
            monkeypatch.setattr(ingest_mod, "extract_each", real_each)
            ingest([corpus / "b_japan.txt"], db=db)  # the "other process"
            monkeypatch.setattr(ingest_mod, "extract_each", extract_each)
        return real_each(articles, *a, **k)

    monkeypatch.setattr(ingest_mod, "extract_each", extract_each)
    res = ingest([corpus], db=db)
    assert res.new == [] and sorted(res.unchanged) == ["a_korea", "b_japan"]
    con = store.connect(db, read_only=True)
    assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 2
    con.close()
