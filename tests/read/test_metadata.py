"""Title, publisher and date-line detection from an article's text."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from conftest import SHARED

from tracker.read.metadata import check_rules, detect, parse_date_text

SEEDS = SHARED / "seeds"


def _seed(prefix: str) -> str:
    if not SEEDS.exists():
        pytest.skip("../shared/seeds not found")
    return next(SEEDS.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")


def test_rule_examples():
    ran, failures = check_rules()
    assert ran >= 8
    assert failures == []


def test_seed000_korea_herald_dateline():
    meta = detect(_seed("000"))
    assert meta.dateline == dt.date(2025, 5, 9)
    assert meta.source == "Korea Herald"
    assert 0.6 <= meta.date_confidence <= 0.8
    assert meta.title is not None and meta.title.startswith("Lee adviser stresses")


def test_seed000_matches_gold():
    gold = SHARED / "gold" / "seeds.jsonl"
    if not gold.exists():
        pytest.skip("../shared/gold/seeds.jsonl not found")
    rows = [json.loads(x) for x in gold.read_text().splitlines()]
    want = next(r for r in rows if r.get("type") == "article"
                and r["article"].startswith("000_"))["published"]
    assert detect(_seed("000")).dateline.isoformat() == want


@pytest.mark.parametrize("prefix", ["001", "002", "003", "004"])
def test_seeds_without_dateline(prefix):
    meta = detect(_seed(prefix))
    assert meta.dateline is None and meta.date_confidence is None
    assert meta.dateline_span is None


def test_seed_titles():
    assert detect(_seed("002")).title.startswith("Seoul official stresses")
    assert detect(_seed("003")).title is None  # first line is a photo caption sentence
    assert detect(_seed("004")).title is None  # first line is a paragraph


@pytest.mark.parametrize("line,date,source", [
    ("Harbor Wire | July 8, 2025", "2025-07-08", "Harbor Wire"),
    ("By Jane Roe, Pacific Ledger — 2025-04-10", "2025-04-10", "Pacific Ledger"),
    ("Updated: Aug. 1, 2025 10:32 AM", "2025-08-01", None),
    ("Published 2025-07-08", "2025-07-08", None),
    ("Korea Herald09-05-2025", "2025-05-09", "Korea Herald"),
    ("Tuesday, July 8, 2025", "2025-07-08", None),
    ("8 July 2025 · Seaboard Times", "2025-07-08", "Seaboard Times"),
    ("Trade | Harbor Wire | July 8, 2025", None, None),  # not a recognised form
    ("Last updated on 3 March 2025, 14:05 GMT", "2025-03-03", None),
    ("The Daily Ledger - 12 May 2025", "2025-05-12", "The Daily Ledger"),
])
def test_dateline_forms(line, date, source):
    meta = detect(line + "\nOfficials discussed the duty on shipping containers at length.\n")
    assert (meta.dateline.isoformat() if meta.dateline else None) == date
    if date:
        assert meta.source == source


def test_caption_and_body_dates_are_not_datelines():
    text = (
        "A minister, seen speaking Aug. 15, 2025, at a forum in the capital.\n"
        "The new duty takes effect on July 1, 2025, officials said.\n"
        "July 1, 2025 is the date most exporters have marked in their calendars.\n"
    )
    assert detect(text).dateline is None


def test_dateline_only_near_top():
    filler = "".join(f"Paragraph {i} about the steel quota talks went on.\n" for i in range(12))
    assert detect(filler + "Harbor Wire | July 8, 2025\n").dateline is None


def test_numeric_one_valid_reading():
    assert parse_date_text("23-06-2025") == (dt.date(2025, 6, 23), 0.9)
    assert parse_date_text("06/23/2025") == (dt.date(2025, 6, 23), 0.9)
    assert parse_date_text("07-07-2025") == (dt.date(2025, 7, 7), 0.9)


def test_numeric_ambiguous_without_evidence():
    # day-first for a publisher not listed as American, month-first for one that is
    assert parse_date_text("04-06-2025", "Seaboard Times") == (dt.date(2025, 6, 4), 0.5)
    assert parse_date_text("04-06-2025", "CNBC") == (dt.date(2025, 4, 6), 0.5)
    assert parse_date_text("04-06-2025") == (dt.date(2025, 6, 4), 0.5)


def test_numeric_ambiguous_with_body_evidence():
    # talks "until March 20" and a vote "set for March 28": April 3 would put both in the
    # past, so 03-04-2025 reads month-first here, though the publisher is not American
    body = ("Negotiators will keep talking until March 20, and a vote is set for March 28, "
            "officials said.")
    when, conf = parse_date_text("03-04-2025", "Seaboard Times", body)
    assert when == dt.date(2025, 3, 4)
    assert 0.6 <= conf <= 0.8
    # evidence pointing the other way
    body = "Talks resumed after the April 1 holiday, and a vote is set for April 9."
    when, conf = parse_date_text("03-04-2025", "CNBC", body)
    assert when == dt.date(2025, 4, 3)
    assert 0.6 <= conf <= 0.8


def test_named_month_confidence():
    when, conf = parse_date_text("Aug. 1, 2025")
    assert when == dt.date(2025, 8, 1) and conf > 0.9


def test_furniture_first_line_is_not_the_title():
    text = "logo\nSteel makers seek relief from new quota\nThe quota starts in May, they said.\n"
    assert detect(text).title == "Steel makers seek relief from new quota"


def test_wire_prefix_source():
    text = "(Wirewatch) -- Freight rates fell 4% last week as orders slowed, brokers said.\n"
    assert detect(text).source == "Wirewatch"
