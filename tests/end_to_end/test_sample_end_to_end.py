"""The sample corpus through the whole pipeline: read -> clean -> extract -> store -> reconcile.

tests/test_reconcile_sample.py checks the reconciliation logic on the gold claims; this
checks what a user sees after ``tracker ingest data/sample``: the real extractor's claims
must reconcile to exactly the conflicts, updates, official mismatches and consistent pairs
data/sample/expected_reconciliation.jsonl lists.
"""

from __future__ import annotations

import pytest

import tracker
from tests.conftest import SAMPLE
from tests.reconcile.test_reconcile_sample import EXPECTED, _load, _rows, found, wanted
from tracker import store
from tracker.extract.engine import extract_text


@pytest.fixture(scope="module")
def ingested(tmp_path_factory):
    db = tmp_path_factory.mktemp("e2e") / "sample.duckdb"
    tracker.ingest_paths([str(SAMPLE / "articles")], db=str(db))
    return store.connect(db), _load(EXPECTED)


@pytest.mark.parametrize("kind", ["conflict", "update", "official_mismatch", "consistent"])
def test_exactly_as_expected_end_to_end(ingested, kind):
    con, expected = ingested
    assert found(con, kind) == wanted(expected, kind)


def test_combined_rate_is_not_one_measure():
    """'a combined 45%' and the headline's bare '45%' are the cumulative rate, not reciprocal."""
    text = ("Exporters hit as 45 pct US duty bites\n\n"
            "Shipments fell after a combined 45 pct US tariff on Indian goods took effect on "
            "Wednesday last week. India still pays the 25 pct reciprocal rate set on Aug. 7.")
    claims = {(c.value, c.measure) for c in extract_text(text, "2025-09-02")
              if c.metric == "tariff_rate"}
    assert claims == {(45.0, None), (25.0, "reciprocal")}


def test_seeds_feed_end_to_end(tmp_path):
    """The seeds as a feed with their settled dates: KR reads 15% (25% in its history),
    agreed as the seeds tell it and in effect today, the official table having it in force
    from 2025-08-07 (h265-2); the pause end moving from July 8 to Aug. 1 is an update,
    nothing conflicts, and 001 (a copy of 000) is not a second source."""
    import datetime as dt
    import json

    from tests.conftest import need_shared

    seeds = need_shared("seeds")
    gold = [json.loads(x) for x in need_shared("gold", "seeds.jsonl").read_text(
        encoding="utf-8").splitlines() if x.strip()]
    meta = {g["article"]: g for g in gold if g["type"] == "article"}
    feed = tmp_path / "seeds.jsonl"
    feed.write_text("".join(json.dumps({"id": p.stem, "text": p.read_text(encoding="utf-8"),
                                        "published": meta[p.stem]["published"]}) + "\n"
                            for p in sorted(seeds.glob("*.txt"))), encoding="utf-8")
    db = tmp_path / "seeds.duckdb"
    tracker.ingest_paths([str(feed)], db=str(db))
    con = store.connect(db)
    cur = tracker.rates(con, target="KR")
    kr = cur[(cur.metric == "tariff_rate") & (cur["product"] == "all")
             & (cur.measure == "reciprocal")]
    assert [(r.value, r.status) for r in kr.itertuples()] == [(15, "in_effect")]
    history = {r["value"] for r in _rows(con, "SELECT value FROM fact_timeline WHERE "
                                              "metric = 'tariff_rate' AND target = 'KR' "
                                              "AND product = 'all'")}
    assert {25, 15} <= history
    ups = {(u["from_date_value"], u["to_date_value"])
           for u in _rows(con, "SELECT * FROM updates WHERE metric = 'effective_date'")}
    assert (dt.date(2025, 7, 8), dt.date(2025, 8, 1)) in ups
    assert _rows(con, "SELECT * FROM conflicts") == []
    dup = [m["article"] for m in meta.values() if m["duplicate_of"]]
    assert dup == [r["id"] for r in _rows(con, "SELECT id FROM articles "
                                               "WHERE duplicate_of IS NOT NULL")]
    assert _rows(con, "SELECT count(*) AS n FROM fact_claims WHERE article = ? AND NOT is_dup"
                 .replace("?", f"'{dup[0]}'"))[0]["n"] == 0
