"""The official table (data/reference/us_tariff_actions_2025.csv) is checkable row by row:
its columns, a legal source and an effective date on every row, one rate per key and day,
and only names the lexicon knows."""

from __future__ import annotations

import csv
import datetime as dt
import re

import pytest

from tracker import lexicon, resources
from tracker.reconcile.reference import REFERENCE_COLUMNS, reference_frame

STATUSES = {"in_effect", "superseded", "announced", "agreed"}
#: a legal source: an order or proclamation (by number or date), a statute section, a deal's
#: fact sheet or a presidential letter
LEGAL = re.compile(r"\b(EO|Executive Order|Proclamation|Procl\.|Joint Fact Sheet|letter)\b|"
                   r"\bs\.\d", re.IGNORECASE)
#: a Federal Register citation or a CBP / Federal Register notice
CITATION = re.compile(r"^(\d{2} FR \d+|"
                      r"CBP notice, Federal Register doc\. \d{4}-\d+ \(\d{4}-\d{2}-\d{2}\))$")


def _rows() -> list[dict[str, str]]:
    with resources.reference_table().open(encoding="utf-8") as f:
        return list(csv.DictReader(f))


ROWS = _rows()
IDS = [f"row{i}:{r['target']}/{r['product']}/{r['measure']}" for i, r in enumerate(ROWS, 1)]


def test_the_columns_are_the_ones_reconciliation_reads():
    assert list(ROWS[0]) == REFERENCE_COLUMNS


@pytest.mark.parametrize("row", ROWS, ids=IDS)
def test_every_row_is_typed_and_sourced(row):
    assert row["imposer"] == "US"
    assert row["status"] in STATUSES
    assert row["tier"] in ("PRIMARY", "SECONDARY")
    assert row["source"].startswith(row["tier"])
    assert LEGAL.search(row["legal_authority"]), row["legal_authority"]
    assert row["citation"] == "" or CITATION.match(row["citation"]), row["citation"]
    for col in ("effective_date", "end_date", "announced_date"):
        if row[col]:
            dt.date.fromisoformat(row[col])
    assert row["announced_date"]
    for col in ("use_rate", "use_date", "pause"):
        assert row[col] in ("true", "false")
    if row["rate_percent"]:
        assert 0 <= float(row["rate_percent"]) <= 200
    elif row["use_rate"] == "true":
        pytest.fail("a row compared on its rate must state one")
    if row["normal_duty_percent"]:  # the normal duty news may add to the rate: a small one
        assert 0 < float(row["normal_duty_percent"]) <= 30 and row["rate_percent"]


@pytest.mark.parametrize("row", ROWS, ids=IDS)
def test_every_row_has_an_effective_date_or_says_why_not(row):
    """Only a deal whose implementing act was not seen lacks one, and its note says so."""
    if not row["effective_date"]:
        assert row["status"] == "agreed" and "effective date not verified" in row["note"]
    elif row["end_date"]:
        assert row["end_date"] >= row["effective_date"]


@pytest.mark.parametrize("row", ROWS, ids=IDS)
def test_an_unverified_detail_is_said_so_not_made_up(row):
    """A number or citation taken from trackers rather than the official text says so."""
    text = f"{row['legal_authority']} {row['note']} {row['source']}"
    if row["tier"] == "SECONDARY":
        assert re.search(r"public trackers|SECONDARY|third-party|not seen|not read", text)
    if not row["citation"] and row["status"] in ("in_effect", "superseded") \
            and "EO 14257" not in row["legal_authority"]:
        assert re.search(r"not verified|not in the text read|number per|per public trackers"
                         r"|not read|doc\.", text), row["legal_authority"]


def test_no_two_rows_in_force_overlap_for_one_key():
    """Rows in force (not announcements or deals) for one (target, product, measure) follow
    one another: half-open [effective, end) periods never overlap."""
    spans: dict[tuple, list[tuple[str, str, int]]] = {}
    for i, r in enumerate(ROWS, 1):
        if r["status"] in ("in_effect", "superseded") and r["effective_date"]:
            key = (r["imposer"], r["target"], r["product"], r["measure"])
            spans.setdefault(key, []).append((r["effective_date"], r["end_date"] or "9999", i))
    for key, ps in spans.items():
        ps.sort()
        for (_s1, e1, i1), (s2, _e2, i2) in zip(ps, ps[1:], strict=False):
            assert e1 <= s2, f"rows {i1} and {i2} overlap for {key}"


def test_the_lexicon_knows_every_partner_product_and_measure():
    known_measures = set(lexicon.measure_forms())
    known_products = set(lexicon.product_forms()) | {"all"}
    for r in ROWS:
        code = lexicon.country_code(r["target"])
        assert code == "*" or code == "EU" or (code and code in lexicon.country_aliases().values()
                                              and len(code) == 2), r["target"]
        assert lexicon.product(r["product"]) in known_products, r["product"]
        assert lexicon.measure(r["measure"]) in known_measures, r["measure"]


def test_the_loaded_table_keeps_every_row_with_its_keys():
    df = reference_frame()
    assert len(df) == len(ROWS)
    assert df["ref_id"].tolist() == list(range(1, len(ROWS) + 1))
    assert df["target"].notna().all() and df["measure"].notna().all()


def test_the_table_covers_the_actions_news_keeps_citing():
    """Item 7 of the issue: country rates, the fentanyl duties, the Brazil and India
    add-ons, Section 232 sectors, the China truce and de minimis."""
    keys = {(r["target"], r["product"], r["measure"]) for r in ROWS}
    for key in [("CA", "all", "fentanyl"), ("MX", "all", "fentanyl"), ("CN", "all", "fentanyl"),
                ("BR", "all", "penalty"), ("IN", "all", "penalty"),
                ("*", "steel", "section_232"), ("*", "aluminum", "section_232"),
                ("*", "copper", "section_232"), ("*", "autos", "section_232"),
                ("*", "auto parts", "section_232"), ("*", "lumber", "section_232"),
                ("*", "furniture", "section_232"), ("*", "trucks", "section_232"),
                ("CN", "all", "reciprocal"), ("*", "all", "de_minimis")]:
        assert key in keys, key
    truce = [r for r in ROWS if r["target"] == "CN" and r["pause"] == "true"]
    assert [r["end_date"] for r in truce] == ["2025-08-12", "2025-11-10", "2026-11-10"]
