"""One bad article is skipped and listed; the rest of its batch is stored."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pytest
from conftest import REPO

from tracker.errors import EXIT_ERROR, EXIT_OK, EXIT_PARTIAL, TrackerError
from tracker.ingest import ingest

FIXTURES = REPO / "tests" / "fixtures"


def _ids(db: Path) -> list[str]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return [r[0] for r in con.execute("SELECT id FROM articles ORDER BY id").fetchall()]
    finally:
        con.close()


POISON = "This sentence breaks the extractor (test)."


@pytest.fixture(autouse=True)
def _extractor_fails_on_poison(monkeypatch):
    """Extraction itself no longer fails on any text we know of (tests/extract/test_fuzz.py),
    so a failure is simulated: the extractor raises on articles holding POISON (worker
    processes are forked, so they see the patch too)."""
    import tracker.ingest as ingest_module

    real = ingest_module.extract

    def extract(article):
        if POISON in article.text:
            raise OverflowError("cannot convert float infinity to integer")
        return real(article)

    monkeypatch.setattr(ingest_module, "extract", extract)


def _huge_figure(folder: Path) -> Path:
    """An article the extractor fails on."""
    p = folder / "huge.txt"
    p.write_text(f"Harbor Wire | July 8, 2025\n\nThe ministry raised the levy to 25%. {POISON}\n",
                 encoding="utf-8")
    return p


def _lone_surrogate_feed(folder: Path) -> Path:
    """A feed line whose JSON escapes decode to half of a UTF-16 pair."""
    p = folder / "odd.jsonl"
    p.write_text(json.dumps({"id": "odd1", "published": "2025-07-01",
                             "text": "Ottawa kept a 25% levy on \ud800 imported steel."}) + "\n",
                 encoding="utf-8")
    return p


def test_lone_surrogate_is_replaced_and_the_article_stored(tmp_path, corpus):
    """Half of a UTF-16 pair cannot be stored or printed as text: the reader puts U+FFFD in
    its place (one character for one, so offsets hold) instead of losing the article."""
    db = tmp_path / "t.duckdb"
    res = ingest([corpus, _lone_surrogate_feed(tmp_path)], db=db)
    assert res.skipped == [] and sorted(res.new) == ["a_korea", "b_japan", "odd1"]
    con = duckdb.connect(str(db), read_only=True)
    try:
        text, = con.execute("SELECT text FROM articles WHERE id = 'odd1'").fetchone()
        quote, = con.execute("SELECT quote FROM claims WHERE article = 'odd1'").fetchone()
    finally:
        con.close()
    assert text == "Ottawa kept a 25% levy on \ufffd imported steel." and quote == "25% levy"


def test_bad_article_is_skipped_and_the_batch_stored(tmp_path, corpus):
    bad = _huge_figure(tmp_path)
    db = tmp_path / "t.duckdb"
    res = ingest([corpus, bad], db=db)
    assert sorted(res.new) == ["a_korea", "b_japan"]
    assert [p.path for p in res.skipped] == [str(bad)]
    assert res.exit_code == EXIT_PARTIAL
    assert _ids(db) == ["a_korea", "b_japan"]
    with pytest.raises(TrackerError, match="--strict: nothing was written"):
        ingest([corpus, bad], db=tmp_path / "strict.duckdb", strict=True)
    assert not (tmp_path / "strict.duckdb").exists()


def test_extraction_failure_in_worker_processes_is_skipped(tmp_path, corpus, monkeypatch):
    bad = _huge_figure(tmp_path)
    for i in range(3):  # enough articles for two workers to be used
        (corpus / f"more{i}.txt").write_text((corpus / "a_korea.txt").read_text() + f"\n{i}\n")
    res = ingest([corpus, bad], db=tmp_path / "t.duckdb", workers=2)
    assert len(res.new) == 5 and [p.path for p in res.skipped] == [str(bad)]
    assert "extraction failed" in res.skipped[0].message


def test_every_input_skipped_writes_nothing(tmp_path):
    bad = _huge_figure(tmp_path)
    db = tmp_path / "t.duckdb"
    res = ingest([bad], db=db)
    assert res.exit_code == EXIT_ERROR and not db.exists()


def test_exit_code_is_ok_when_everything_is_stored(tmp_path, corpus):
    assert ingest([corpus], db=tmp_path / "t.duckdb").exit_code == EXIT_OK
    assert ingest([corpus], db=tmp_path / "t.duckdb").exit_code == EXIT_OK  # unchanged


def test_html_page_is_stored_not_skipped(tmp_path):
    """trafilatura needs lxml_html_clean at run time: a missing dependency would turn every
    HTML page into a skipped 'cannot parse HTML' record."""
    res = ingest([FIXTURES / "orchard_duty.html"], db=tmp_path / "t.duckdb")
    assert res.skipped == [] and res.new == ["orchard_duty"]
    assert _ids(tmp_path / "t.duckdb") == ["orchard_duty"]
