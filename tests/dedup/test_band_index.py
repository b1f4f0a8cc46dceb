"""The band index: which articles are candidates, kept in DuckDB beside the articles."""

from __future__ import annotations

import datetime as dt

import duckdb
import pytest

from tests.dedup.dedup_stories import EXCERPT, REPRINT, RIVAL, WIRE
from tracker import dedup, store
from tracker.ingest import ingest
from tracker.models import Article


def test_bands_cover_the_signature_and_hash_the_band_number():
    sig = dedup.signature(WIRE)
    got = dedup.bands(sig)
    assert [b for b, _ in got] == list(range(dedup.BANDS))
    assert dedup.BANDS * dedup.ROWS == dedup.NUM_PERM
    assert got == dedup.bands(list(sig))
    # the same values in two different bands are two different buckets
    same = [7] * dedup.NUM_PERM
    assert len({k for _, k in dedup.bands(same)}) == dedup.BANDS
    # one changed value changes exactly the bucket of its band
    other = list(sig)
    other[5] += 1
    diff = [b for (b, k1), (_, k2) in zip(got, dedup.bands(other), strict=True) if k1 != k2]
    assert diff == [5 // dedup.ROWS]


def test_no_bands_for_an_empty_text_or_a_wrong_sized_signature():
    assert dedup.bands(dedup.signature("")) == []
    assert dedup.bands(dedup.signature(WIRE)[:64]) == []


def test_the_threshold_is_found_with_high_probability():
    # containment 0.4 of equal-sized articles is Jaccard 0.25; of an excerpt half the
    # other's size, Jaccard 0.2/1.3 = 0.154
    assert dedup.candidate_probability(0.25) > 0.98
    assert dedup.candidate_probability(0.154) > 0.75
    assert dedup.candidate_probability(0.05) < 0.15  # unrelated articles rarely meet


def test_batch_index_finds_earlier_articles_of_the_batch_in_order():
    batch = dedup.BatchIndex()
    for name, text in (("rival", RIVAL), ("wire", WIRE), ("reprint", REPRINT)):
        batch.add(name, dedup.fingerprint(text))
    assert [c.id for c in batch.candidates(dedup.signature(EXCERPT))] == ["wire", "reprint"]
    assert [c.id for c in batch.candidates(dedup.signature(RIVAL))] == ["rival"]
    assert [a for a, _ in batch.entries()] == ["rival", "wire", "reprint"]


def _old_database(path) -> None:
    """A file as the tracker wrote it before the index: 64-value signatures, no bands."""
    con = store.connect(path)
    arts = []
    for i, (name, text) in enumerate((("wire", WIRE), ("rival", RIVAL))):
        a = Article(id=name, text=text, published=dt.date(2025, 11, 4 + i))
        arts.append((a, f"h{i}", dedup.signature(text)[:64]))
    store.write_batch(con, store.articles_frame(arts), store.claims_frame([]), [])
    con.execute("DROP TABLE IF EXISTS article_bands; DROP TABLE IF EXISTS article_shingles")
    con.close()


def test_ensure_index_backfills_an_old_database(tmp_path):
    db = tmp_path / "old.duckdb"
    _old_database(db)
    con = store.connect(db)
    try:
        assert dedup.ensure_index(con) == 2
        assert dedup.ensure_index(con) == 0  # done once
        sig = con.execute("SELECT signature FROM articles WHERE id = 'wire'").fetchone()[0]
        assert list(sig) == dedup.signature(WIRE)  # recomputed at the current size
        n = con.execute("SELECT count(*) FROM article_bands WHERE article = 'wire'").fetchone()
        assert n[0] == dedup.BANDS
        fp = dedup.fingerprint(EXCERPT)
        found = dedup.candidates(con, fp.signature)
        assert [c.id for c in found] == ["wire"]
        assert found[0].n_shingles == dedup.fingerprint(WIRE).n_shingles
        assert dedup.find_original(fp.signature, found, n_shingles=fp.n_shingles) == "wire"
        assert dedup.candidates(con, dedup.signature("Nothing like any stored story at all "
                                                      "about fishing quotas in Peru")) == []
    finally:
        con.close()


def _write(folder, name: str, text: str):
    folder.mkdir(exist_ok=True)
    path = folder / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    return path


def _dups(db) -> dict[str, str | None]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return dict(con.execute("SELECT id, duplicate_of FROM articles").fetchall())
    finally:
        con.close()


def test_ingest_marks_an_excerpt_in_a_later_batch_and_not_the_rival(tmp_path):
    db = tmp_path / "t.duckdb"
    ingest([_write(tmp_path / "a", "wire", WIRE)], db=db)
    res = ingest([_write(tmp_path / "b", "excerpt", EXCERPT),
                  _write(tmp_path / "b", "rival", RIVAL)], db=db)
    assert res.duplicates == [("excerpt", "wire")]
    assert _dups(db) == {"wire": None, "excerpt": "wire", "rival": None}


def test_ingest_marks_duplicates_within_one_batch(tmp_path):
    folder = tmp_path / "in"
    for name, text in (("a_wire", WIRE), ("b_reprint", REPRINT), ("c_excerpt", EXCERPT),
                       ("d_rival", RIVAL)):
        _write(folder, name, text)
    res = ingest([folder], db=tmp_path / "t.duckdb")
    assert sorted(res.duplicates) == [("b_reprint", "a_wire"), ("c_excerpt", "a_wire")]


def test_a_replaced_article_is_indexed_as_it_is_now(tmp_path):
    db = tmp_path / "t.duckdb"
    path = _write(tmp_path / "a", "story", WIRE)
    ingest([path], db=db)
    path.write_text(RIVAL, encoding="utf-8")  # the same id now carries another story
    assert ingest([path], db=db).updated == ["story"]
    res = ingest([_write(tmp_path / "b", "excerpt", EXCERPT)], db=db)
    assert res.duplicates == []
    con = duckdb.connect(str(db), read_only=True)
    try:
        rows = con.execute("SELECT count(*), count(DISTINCT band) FROM article_bands "
                           "WHERE article = 'story'").fetchone()
        assert rows == (dedup.BANDS, dedup.BANDS)
        assert con.execute("SELECT n_shingles FROM article_shingles WHERE article = 'story'"
                           ).fetchall() == [(dedup.fingerprint(RIVAL).n_shingles,)]
    finally:
        con.close()


def test_a_failed_batch_leaves_no_index_rows(tmp_path, monkeypatch):
    db = tmp_path / "t.duckdb"
    ingest([_write(tmp_path / "a", "wire", WIRE)], db=db)

    def boom(con, articles):
        raise RuntimeError("reconciliation failed (simulated)")

    monkeypatch.setattr("tracker.reconcile.incremental.refresh", boom)
    with pytest.raises(Exception, match="nothing was written: reconciliation failed"):
        ingest([_write(tmp_path / "b", "rival", RIVAL)], db=db)
    con = duckdb.connect(str(db), read_only=True)
    try:
        assert con.execute("SELECT DISTINCT article FROM article_bands").fetchall() == [("wire",)]
    finally:
        con.close()
