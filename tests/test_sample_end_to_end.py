"""The sample corpus through the whole pipeline: read -> clean -> extract -> store -> reconcile.

tests/test_reconcile_sample.py checks the reconciliation logic on the gold claims; this
checks what a user sees after ``tracker ingest data/sample``: the real extractor's claims
must reconcile to exactly the conflicts data/sample/expected_reconciliation.jsonl lists.
"""

from __future__ import annotations

import pytest

import tracker
from tests.conftest import SAMPLE
from tests.test_reconcile_sample import EXPECTED, _key, _load, _rows, _v, _val
from tracker import store
from tracker.extract.engine import extract_text


@pytest.fixture(scope="module")
def ingested(tmp_path_factory):
    db = tmp_path_factory.mktemp("e2e") / "sample.duckdb"
    tracker.ingest([str(SAMPLE / "articles")], db=str(db))
    return store.connect(db), _load(EXPECTED)


def test_conflicts_exactly_end_to_end(ingested):
    con, expected = ingested
    want = {(_key(e), frozenset(_v(v) for v in e["values"]), frozenset(e["articles"]))
            for e in expected if e["type"] == "conflict"}
    got = {(_key(c), frozenset([_val(c["value_a"], c["date_value_a"]),
                                _val(c["value_b"], c["date_value_b"])]),
            frozenset(c["articles"]))
           for c in _rows(con, "SELECT * FROM conflicts WHERE kind = 'conflict'")}
    assert got == want


def test_expected_official_mismatches_found_end_to_end(ingested):
    con, expected = ingested
    want = {(_key(e), _v(e["values"][0]), frozenset(e["articles"]))
            for e in expected if e["type"] == "official_mismatch"}
    got = {(_key(c), _val(c["value_a"], c["date_value_a"]), frozenset(c["articles"]))
           for c in _rows(con, "SELECT * FROM conflicts WHERE kind = 'official_mismatch'")}
    assert want <= got


def test_combined_rate_is_not_one_measure():
    """'a combined 45%' and the headline's bare '45%' are the cumulative rate, not reciprocal."""
    text = ("Exporters hit as 45 pct US duty bites\n\n"
            "Shipments fell after a combined 45 pct US tariff on Indian goods took effect on "
            "Wednesday last week. India still pays the 25 pct reciprocal rate set on Aug. 7.")
    claims = {(c.value, c.measure) for c in extract_text(text, "2025-09-02")
              if c.metric == "tariff_rate"}
    assert claims == {(45.0, None), (25.0, "reciprocal")}
