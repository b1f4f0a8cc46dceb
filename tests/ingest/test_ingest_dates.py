"""Publication dates after today or before 1900 are bad input, refused per record."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from tracker.errors import TrackerError
from tracker.ingest import ingest
from tracker.read import published_problem, read_file

TEXT = "The United States set a 40% tariff on South Korean goods, officials said."


def _feed(tmp_path, dates: list[str]):
    p = tmp_path / "feed.jsonl"
    p.write_text("".join(json.dumps({"id": f"n{i}", "published": d, "text": TEXT}) + "\n"
                         for i, d in enumerate(dates)), encoding="utf-8")
    return p


def test_published_problem_bounds():
    today = dt.date(2025, 7, 1)
    assert published_problem(today, today) is None
    assert published_problem(dt.date(1900, 1, 1), today) is None
    assert "future" in published_problem(dt.date(2025, 7, 2), today)
    assert "1900" in published_problem(dt.date(1899, 12, 31), today)


def test_feed_lines_with_impossible_dates_are_skipped(tmp_path):
    feed = _feed(tmp_path, ["2025-07-01", "3000-07-01", "9999-12-31", "1066-10-14"])
    arts, probs = read_file(feed)
    assert [a.id for a in arts] == ["n0"]
    assert [p.line for p in probs] == [2, 3, 4]
    assert all("published" in p.message for p in probs)


def test_a_year_3000_typo_does_not_become_the_current_rate(tmp_path):
    db = tmp_path / "t.duckdb"
    res = ingest([_feed(tmp_path, ["2025-07-01", "3000-07-01"])], db=db)
    assert res.new == ["n0"] and [p.line for p in res.skipped] == [2]


@pytest.mark.parametrize("when", [dt.date(3000, 1, 1), dt.date(1800, 1, 1)])
def test_published_override_out_of_range_is_refused(tmp_path, corpus, when):
    with pytest.raises(TrackerError, match="publication date"):
        ingest([corpus], db=tmp_path / "t.duckdb", published=when)
    assert not (tmp_path / "t.duckdb").exists()


def test_future_date_line_is_not_taken_as_publication_date(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text(f"Harbor Wire | July 8, 3025\n\n{TEXT}\n", encoding="utf-8")
    (art,), probs = read_file(p)
    assert probs == [] and art.published is None and art.dateline == dt.date(3025, 7, 8)
