"""The tracker never touches a file it did not create, and names what a file is."""

from __future__ import annotations

import sqlite3

import duckdb
import pytest

from tracker import store
from tracker.errors import TrackerError
from tracker.ingest import ingest


def _tables(path) -> dict[str, int]:
    con = duckdb.connect(str(path), read_only=True)
    try:
        names = [r[0] for r in con.execute("SHOW TABLES").fetchall()]
        return {n: con.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}
    finally:
        con.close()


def test_other_applications_table_named_like_ours_is_never_replaced(tmp_path, corpus):
    app = tmp_path / "app.duckdb"
    con = duckdb.connect(str(app))
    con.execute("CREATE TABLE facts (customer VARCHAR, amount INTEGER)")
    con.execute("INSERT INTO facts VALUES ('acme', 12), ('globex', 7)")
    con.close()
    with pytest.raises(TrackerError, match="another application.*facts.*not a tracker"):
        ingest([corpus], db=app)
    with pytest.raises(TrackerError, match="another application"):
        ingest([corpus], db=app, init=True)  # --init is for EMPTY files only
    assert _tables(app) == {"facts": 2}


def test_unrelated_tables_get_no_company(tmp_path, corpus):
    app = tmp_path / "app.duckdb"
    con = duckdb.connect(str(app))
    con.execute("CREATE TABLE orders AS SELECT 1 AS id")
    con.close()
    with pytest.raises(TrackerError, match="not a tracker database"):
        store.connect(app)
    with pytest.raises(TrackerError, match="not a tracker database"):
        store.connect(app, read_only=True)
    assert _tables(app) == {"orders": 1}


def test_foreign_meta_table_is_not_ours(tmp_path):
    app = tmp_path / "app.duckdb"
    con = duckdb.connect(str(app))
    con.execute("CREATE TABLE meta (k INTEGER)")
    con.close()
    with pytest.raises(TrackerError, match="another application"):
        store.connect(app)


def test_empty_duckdb_file_needs_init(tmp_path, corpus):
    empty = tmp_path / "empty.duckdb"
    duckdb.connect(str(empty)).close()
    with pytest.raises(TrackerError, match="pass --init"):
        ingest([corpus], db=empty)
    assert _tables(empty) == {}
    res = ingest([corpus], db=empty, init=True)
    assert sorted(res.new) == ["a_korea", "b_japan"]
    ingest([corpus], db=empty)  # a tracker database now: no --init needed
    assert _tables(empty)["articles"] == 2


def test_zero_byte_file_needs_init(tmp_path, corpus):
    blank = tmp_path / "blank.duckdb"
    blank.touch()
    with pytest.raises(TrackerError, match="an empty file.*--init"):
        ingest([corpus], db=blank)
    assert blank.stat().st_size == 0
    ingest([corpus], db=blank, init=True)
    assert _tables(blank)["articles"] == 2


def test_sqlite_file_is_named_and_duckdb_never_sees_it(tmp_path, monkeypatch):
    db = tmp_path / "x.db"
    s = sqlite3.connect(db)
    s.execute("CREATE TABLE t (x)")
    s.commit()
    s.close()

    def no_duckdb(*a, **k):
        raise AssertionError("DuckDB must not open an SQLite file (it would fetch an extension)")

    monkeypatch.setattr(store.duckdb, "connect", no_duckdb)
    for read_only in (False, True):
        with pytest.raises(TrackerError, match=r"x\.db: an SQLite database, not a tracker"):
            store.connect(db, read_only=read_only)


def test_corrupt_file_is_called_corrupt_not_locked(tmp_path, corpus):
    db = tmp_path / "t.duckdb"
    ingest([corpus], db=db)
    data = bytearray(db.read_bytes())
    data[5000:len(data) - 4096] = b"\xab" * (len(data) - 4096 - 5000)
    db.write_bytes(bytes(data))
    with pytest.raises(TrackerError) as err:
        con = store.connect(db, read_only=True)
        con.execute("SELECT * FROM claims").fetchall()  # pragma: no cover - must not open
    assert "corrupt" in str(err.value) and "locked" not in str(err.value)


@pytest.mark.parametrize("message, named", [
    ('IO Error: Could not set lock on file "x": Conflicting lock is held in python', "locked"),
    ("Corrupt database file: checksum mismatch in block at location 4096", "corrupt"),
    ('IO Error: Could not write file "x.wal": No space left on device', "disk is full"),
    ('IO Error: Cannot open file "x": Permission denied', "permission denied"),
])
def test_errors_are_named_for_what_they_are(message, named):
    got = store.friendly_error(duckdb.IOException(message), "x.duckdb")
    assert got.startswith("x.duckdb: ") and named in got
    assert ("locked" in got) == (named == "locked")


class _DiskFullAtCommit:
    """A connection whose COMMIT fails as on a full disk; DuckDB then has no transaction."""

    def __init__(self, con):
        self._con = con

    def execute(self, sql, *args):
        if sql == "COMMIT":
            self._con.execute("ROLLBACK")
            raise duckdb.IOException('Could not write file "t.duckdb.wal": No space left on device')
        return self._con.execute(sql, *args)

    def __getattr__(self, name):
        return getattr(self._con, name)


def test_disk_full_is_reported_as_such_and_nothing_is_written(tmp_path, corpus, monkeypatch):
    db = tmp_path / "t.duckdb"
    ingest([corpus / "a_korea.txt"], db=db)
    real = store.connect
    monkeypatch.setattr(store, "connect", lambda *a, **k: _DiskFullAtCommit(real(*a, **k)))
    with pytest.raises(TrackerError) as err:
        ingest([corpus], db=db)
    assert "disk is full" in str(err.value) and "nothing was written" in str(err.value)
    assert "rollback" not in str(err.value).lower()
    monkeypatch.undo()
    assert _tables(db)["articles"] == 1


def test_every_connection_refuses_to_download_extensions(tmp_path, corpus):
    db = tmp_path / "t.duckdb"
    ingest([corpus], db=db)
    settings = ("autoinstall_known_extensions", "autoload_known_extensions",
                "allow_community_extensions")
    for read_only in (False, True):
        con = store.connect(db, read_only=read_only)
        got = dict(con.execute(
            "SELECT name, value FROM duckdb_settings() WHERE name IN (?, ?, ?)", list(settings)
        ).fetchall())
        con.close()
        assert got == dict.fromkeys(settings, "false")
