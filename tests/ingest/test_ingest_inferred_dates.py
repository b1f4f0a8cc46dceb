"""Ingest stores an inferred publication date for undated articles and says how many."""

from __future__ import annotations

import datetime as dt

import duckdb

from tracker.ingest import IngestResult, ingest

DATED = "Cork duty rises\nHarbor Wire | March 8, 2025\n\nThe board set a 12% duty on cork.\n"
BODY_DATE = "Cork duty rises\n\nThe board said on March 5, 2025 that a 12% duty on cork applies.\n"
NO_DATE = "Cork duty rises\n\nThe board said a 12% duty on cork applies to all shipments.\n"


def _folder(tmp_path):
    d = tmp_path / "news"
    d.mkdir()
    for name, text in (("a_dated", DATED), ("b_body", BODY_DATE), ("c_none", NO_DATE)):
        (d / f"{name}.txt").write_text(text, encoding="utf-8")
    return d


def test_ingest_stores_the_inferred_date_and_counts_undated_articles(tmp_path):
    db = tmp_path / "t.duckdb"
    result = ingest([_folder(tmp_path)], db=db)
    assert (result.undated, result.inferred) == (2, 1)
    assert result.summary().endswith("; no date given: 2 (1 inferred from the text, 1 unknown)")
    con = duckdb.connect(str(db), read_only=True)
    try:
        rows = con.execute("SELECT id, published, date_method, date_confidence FROM articles "
                           "ORDER BY id").fetchall()
        as_of = con.execute("SELECT DISTINCT as_of FROM claims WHERE article = 'b_body'"
                            ).fetchall()
    finally:
        con.close()
    assert [r[:3] for r in rows] == [
        ("a_dated", dt.date(2025, 3, 8), "dateline"),
        ("b_body", dt.date(2025, 3, 5), "inferred"),
        ("c_none", None, None)]
    assert rows[1][3] < rows[0][3]  # a guess is less sure than a date line
    assert as_of == [(None,)]  # claims are extracted as for an undated article


def test_a_published_override_leaves_nothing_undated(tmp_path):
    result = ingest([_folder(tmp_path)], db=tmp_path / "t.duckdb",
                    published=dt.date(2025, 4, 1))
    assert (result.undated, result.inferred) == (0, 0)
    assert "no date given" not in result.summary()


def test_the_summary_is_unchanged_when_every_article_is_dated():
    assert IngestResult(new=["a"], claims=2).summary() == (
        "articles: 1 new, 0 updated, 0 unchanged, 0 duplicate, 0 skipped; claims stored: 2")


def test_a_flow_of_an_inferred_date_gets_its_relative_period(tmp_path):
    """"Last year" in an article dated only by inference is read against that date (the
    extractor, handed no date, left the flow with no period and out of every comparison);
    a period named outright stays, and a rate gets none."""
    d = tmp_path / "news"
    d.mkdir()
    (d / "g.txt").write_text(
        "Gap widens\n\nOn March 5, 2025 the ministry spoke again. Ruritania's goods gap "
        "with America came to a deficit of $12 billion last year, it said. "
        "The deficit was $9 billion in 2023. "
        "A 12% duty on cork applies.\n", encoding="utf-8")
    db = tmp_path / "t.duckdb"
    ingest([d], db=db)
    con = duckdb.connect(str(db), read_only=True)
    try:
        got = dict(con.execute("SELECT value, period FROM claims WHERE metric IN "
                               "('trade_deficit', 'tariff_rate')").fetchall())
        method = con.execute("SELECT date_method FROM articles").fetchone()
    finally:
        con.close()
    assert method == ("inferred",)
    assert got == {12e9: "2024", 9e9: "2023", 12.0: None}


def test_a_flow_of_an_article_with_no_date_gets_its_period_from_the_year_it_is_about(
        tmp_path):
    """An article with no date at all (given, on a date line or inferred) still has a year:
    its flows' "last year" is read against it, instead of the flow being left out of every
    comparison for want of a period (issue 13 item 2); "last month" needs the day."""
    d = tmp_path / "news"
    d.mkdir()
    (d / "g.txt").write_text(
        "Gap widens\n\nThe 2025 talks stalled. Ruritania's goods gap with America came to a "
        "deficit of $12 billion last year, officials said. Its deficit with Freedonia was "
        "$3 billion last month.\n", encoding="utf-8")
    db = tmp_path / "t.duckdb"
    ingest([d], db=db)
    con = duckdb.connect(str(db), read_only=True)
    try:
        got = dict(con.execute("SELECT value, period FROM claims WHERE metric = "
                               "'trade_deficit'").fetchall())
        published = con.execute("SELECT published FROM articles").fetchone()
    finally:
        con.close()
    assert published == (None,)
    assert got == {12e9: "2024", 3e9: None}
