"""The pipeline end to end: dedup, idempotence, atomic failure, bad input."""

import datetime as dt
import shutil
import subprocess
import sys
import textwrap

import duckdb
import pytest
from conftest import need_shared

from tracker import store
from tracker.errors import TrackerError
from tracker.ingest import extract_many, ingest


def _count(db, sql):
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql).fetchone()[0]
    finally:
        con.close()


def test_ingest_stores_articles_and_claims(tmp_path, corpus):
    db = tmp_path / "t.duckdb"
    res = ingest([corpus], db=db)
    assert sorted(res.new) == ["a_korea", "b_japan"]
    assert res.claims > 0
    assert _count(db, "SELECT count(*) FROM articles") == 2
    assert _count(db, "SELECT count(*) FROM claims") == res.claims
    assert _count(db, "SELECT published FROM articles WHERE id = 'a_korea'") == dt.date(2025, 7, 31)


def test_reingest_identical_changes_nothing(tmp_path, corpus):
    db = tmp_path / "t.duckdb"
    ingest([corpus], db=db)
    before = _count(db, "SELECT list(claim_id ORDER BY claim_id)::VARCHAR FROM claims")
    stamp = _count(db, "SELECT max(ingested_at) FROM articles")
    res = ingest([corpus], db=db)
    assert res.new == [] and sorted(res.unchanged) == ["a_korea", "b_japan"]
    assert res.claims == 0
    assert _count(db, "SELECT list(claim_id ORDER BY claim_id)::VARCHAR FROM claims") == before
    assert _count(db, "SELECT max(ingested_at) FROM articles") == stamp


def test_changed_article_replaces_its_claims(tmp_path, corpus):
    db = tmp_path / "t.duckdb"
    ingest([corpus], db=db)
    f = corpus / "b_japan.txt"
    f.write_text(f.read_text().replace("$550 billion", "$600 billion"))
    res = ingest([corpus], db=db)
    assert res.updated == ["b_japan"]
    assert _count(db, "SELECT count(*) FROM claims WHERE value = 550e9") == 0
    assert _count(db, "SELECT count(*) FROM claims WHERE value = 600e9") == 1
    assert _count(db, "SELECT count(*) FROM articles") == 2


def test_near_duplicate_points_at_first(tmp_path, corpus):
    db = tmp_path / "t.duckdb"
    ingest([corpus], db=db)
    copy = corpus / "c_korea_copy.txt"
    body = (corpus / "a_korea.txt").read_text().split("\n", 2)[2]
    copy.write_text("Share this article\n" + body + "\nRelated Articles\nSomething else\n")
    res = ingest([copy], db=db)
    assert res.duplicates == [("c_korea_copy", "a_korea")]
    assert _count(db, "SELECT duplicate_of FROM articles WHERE id = 'c_korea_copy'") == "a_korea"


def test_failure_mid_batch_leaves_file_as_before(tmp_path, corpus, monkeypatch):
    db = tmp_path / "t.duckdb"
    ingest([corpus / "a_korea.txt"], db=db)
    before = (_count(db, "SELECT count(*) FROM articles"),
              _count(db, "SELECT count(*) FROM claims"))

    def boom(con, articles):
        raise RuntimeError("disk full (simulated)")

    monkeypatch.setattr("tracker.reconcile.incremental.refresh", boom)
    with pytest.raises(TrackerError, match="nothing was written"):
        ingest([corpus], db=db)
    monkeypatch.undo()
    after = (_count(db, "SELECT count(*) FROM articles"),
             _count(db, "SELECT count(*) FROM claims"))
    assert after == before


def test_bad_feed_lines_skipped_good_ones_stored(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        '{"id": "f1", "url": null, "source": "Wire", "published": "2025-07-08", "title": "T",'
        ' "text": "Washington set a 25% tariff on Japanese goods from Aug. 1."}\n'
        "{not json\n"
        '{"id": "f2", "url": null, "source": "Wire", "published": "2025-07-09", "title": "T2",'
        ' "text": "Ottawa kept its 25 percent counter-tariffs on US steel."}\n'
    )
    db = tmp_path / "t.duckdb"
    res = ingest([feed], db=db)
    assert sorted(res.new) == ["f1", "f2"]
    assert len(res.skipped) == 1 and res.skipped[0].line == 2
    with pytest.raises(TrackerError, match="--strict"):
        ingest([feed], db=tmp_path / "strict.duckdb", strict=True)
    strict_db = tmp_path / "strict.duckdb"
    assert not strict_db.exists() or _count(strict_db, "SELECT count(*) FROM articles") == 0


def test_missing_path_is_one_line_error(tmp_path):
    with pytest.raises(TrackerError, match="no such file"):
        ingest([tmp_path / "nope.txt"], db=tmp_path / "t.duckdb")


def test_locked_database(tmp_path, corpus):
    db = tmp_path / "t.duckdb"
    ingest([corpus / "a_korea.txt"], db=db)
    holder = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(f"""
            import duckdb, sys, time
            con = duckdb.connect({str(db)!r})
            print("locked", flush=True)
            time.sleep(30)
        """)],
        stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "locked"
        with pytest.raises(TrackerError, match="locked by another process"):
            ingest([corpus], db=db)
    finally:
        holder.kill()
        holder.wait()
    assert _count(db, "SELECT count(*) FROM articles") == 1


@pytest.mark.slow
def test_seeds_ingest(tmp_path):
    seeds = need_shared("seeds")
    db = tmp_path / "seeds.duckdb"
    res = ingest([seeds], db=db)
    assert len(res.new) == 5
    con = store.connect(db, read_only=True)
    try:
        dup = dict(con.execute("SELECT id, duplicate_of FROM articles").fetchall())
        pub = con.execute(
            "SELECT published FROM articles WHERE id = '000_42cc10f6da5f90ee'").fetchone()[0]
    finally:
        con.close()
    assert dup["001_768172b7acb05318"] == "000_42cc10f6da5f90ee"
    assert [k for k, v in dup.items() if v] == ["001_768172b7acb05318"]
    assert pub == dt.date(2025, 5, 9)


def test_extract_many_parallel_matches_serial(corpus):
    from tracker.read import read_paths

    arts, _ = read_paths([str(corpus)])
    arts = arts * 4
    serial = [c.to_spec() for c in extract_many(arts, 1)]
    parallel = [c.to_spec() for c in extract_many(arts, 2)]
    assert serial == parallel and serial


def test_ingest_copies_folder_with_unsupported_files(tmp_path, corpus):
    (corpus / "notes.md").write_text("not an article")
    shutil.copy(corpus / "a_korea.txt", corpus / "a_korea_again.txt")
    res = ingest([corpus], db=tmp_path / "t.duckdb")
    assert "a_korea_again" in res.new
    assert ("a_korea_again", "a_korea") in res.duplicates

