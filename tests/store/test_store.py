import datetime as dt

import duckdb
import pytest

from tracker import store
from tracker.errors import TrackerError
from tracker.models import Article, Claim


def _article(aid: str = "a1") -> Article:
    return Article(id=aid, text="Text 25% tariff", published=dt.date(2025, 7, 1), source="X")


def _claim(aid: str = "a1") -> Claim:
    return Claim(article=aid, kind="rate", metric="tariff_rate", value=25.0, unit="percent",
                 imposer="US", target="KR", quote="25%", start=5, end=8, as_of="2025-07-01")


def test_new_file_gets_schema_and_version(tmp_path):
    con = store.connect(tmp_path / "t.duckdb")
    assert store.schema_version(con) == store.SCHEMA_VERSION
    tables = {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables")
              .fetchall()}
    assert {"meta", "articles", "claims"} <= tables
    con.close()


def test_write_batch_and_replace(tmp_path):
    con = store.connect(tmp_path / "t.duckdb")
    store.write_batch(con, store.articles_frame([(_article(), "h1", None)]),
                      store.claims_frame([_claim()]), [])
    assert con.execute("SELECT count(*) FROM claims").fetchone()[0] == 1
    row = con.execute("SELECT value, unit, as_of, quote_start FROM claims").fetchone()
    assert row == (25.0, "percent", dt.date(2025, 7, 1), 5)
    store.write_batch(con, store.articles_frame([(_article(), "h2", None)]),
                      store.claims_frame([]), ["a1"])
    assert con.execute("SELECT count(*) FROM claims").fetchone()[0] == 0
    assert con.execute("SELECT content_hash FROM articles").fetchone()[0] == "h2"
    con.close()


def test_failed_batch_leaves_file_unchanged(tmp_path):
    con = store.connect(tmp_path / "t.duckdb")
    store.write_batch(con, store.articles_frame([(_article(), "h1", None)]),
                      store.claims_frame([_claim()]), [])
    bad = store.articles_frame([(_article("a1"), "dup-primary-key", None)])
    with pytest.raises(duckdb.Error):
        store.write_batch(con, bad, store.claims_frame([_claim("a1")]), [])
    assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 1
    assert con.execute("SELECT content_hash FROM articles").fetchone()[0] == "h1"
    con.close()


def test_not_a_duckdb_file(tmp_path):
    p = tmp_path / "notes.duckdb"
    p.write_text("this is not a database\n" * 100)
    with pytest.raises(TrackerError, match="not a DuckDB database file"):
        store.connect(p)


def test_newer_schema_is_refused(tmp_path):
    p = tmp_path / "t.duckdb"
    con = store.connect(p)
    con.execute("UPDATE meta SET value = '999' WHERE key = 'schema_version'")
    con.close()
    with pytest.raises(TrackerError, match="newer than this tracker"):
        store.connect(p)


def test_read_only_missing_file(tmp_path):
    with pytest.raises(TrackerError, match="does not exist"):
        store.connect(tmp_path / "missing.duckdb", read_only=True)


def test_db_path_env(monkeypatch, tmp_path):
    monkeypatch.setenv("TRACKER_DB", str(tmp_path / "env.duckdb"))
    assert store.db_path() == tmp_path / "env.duckdb"
    assert store.db_path("x.duckdb").name == "x.duckdb"


def test_a_version_1_file_gets_the_judgment_columns(tmp_path):
    """Files written before the extractor recorded its judgments open, and their stored
    claims are judged from their stored sentences (as the extractor would)."""
    path = tmp_path / "old.duckdb"
    con = store.connect(path)
    con.execute("INSERT INTO claims (claim_id, article, metric, sentence, quote, as_of) VALUES "
                "('c1', 'a1', 'exports', 'Exports were raised to $5 billion in May.', "
                "'$5 billion', DATE '2025-07-01')")
    for col in store.JUDGMENT_COLUMNS:
        con.execute(f"ALTER TABLE claims DROP COLUMN {col}")
    con.execute("UPDATE meta SET value = '1' WHERE key = 'schema_version'")
    con.close()
    con = store.connect(path)
    assert store.schema_version(con) == store.SCHEMA_VERSION
    got = con.execute("SELECT change, pause_word, combined, period FROM claims").fetchall()
    assert got == [("raised", False, False, "2025-05")]
    con.close()
