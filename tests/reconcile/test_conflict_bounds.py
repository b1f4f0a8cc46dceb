"""07_claim_pairs.sql `steady` and 08_pair_groups.sql `far` (h179): a bound ("up to 50%",
"at least 10%") is no value the fact holds, so it holds no steady state with another
report: a pair placed only by an inferred date that has a bound on either side makes no
conflict alone. Hand-made claims of one fact."""

from __future__ import annotations

from typing import Any

import pytest

from tests.reconcile.stage import D, conflict_values, insert, run

F = {"fact_id": "f", "imposer": "US", "target": "MX", "product": "all",
     "measure": "fentanyl"}
IN_EFFECT = {"fact_id": "f", "status": "in_effect"}


def _near(con: Any, hedge: str | None) -> None:
    """Two undated articles placed two days apart by their inferred dates: 35% and 50%."""
    insert(con, "facts", {**F, "metric": "tariff_rate", "unit": "percent"})
    insert(con, "fact_claims",
           {**IN_EFFECT, "claim_id": "a", "article": "a", "value": 35,
            "seq_date": D("2025-11-12"), "date_inferred": True},
           {**IN_EFFECT, "claim_id": "b", "article": "b", "value": 50, "hedge": hedge,
            "h": 1.0 if hedge else 0.005, "seq_date": D("2025-11-14"),
            "date_inferred": True})


@pytest.mark.parametrize(("hedge", "raised"), [
    (None, True),          # two plain values in effect: one state, they disagree
    ("about", True),       # a rounded value is still a value
    ("up to", False),      # a ceiling is no value of the rate
    ("at least", False),   # nor is a floor
])
def test_a_bound_makes_no_steady_pair(con: Any, hedge: str | None, raised: bool) -> None:
    _near(con, hedge)
    pairs = {(r["ca"], r["cb"]): r["steady"] for r in run(con, "07_claim_pairs.sql")}
    # (h233) a ceiling above the other value admits it: no pair at all, so none steady
    assert pairs.get(("a", "b"), False) is raised
    assert ((35, 50) in conflict_values(con)) is raised


@pytest.mark.parametrize(("hedge", "raised"), [(None, True), ("up to", False)])
def test_a_bound_makes_no_far_pair(con: Any, hedge: str | None, raised: bool) -> None:
    """A dated 30% in effect since May and an undated article's 40% inferred two months on
    (08 `far`): a conflict only when the undated figure is a value, not a ceiling."""
    insert(con, "facts", {**F, "metric": "tariff_rate", "unit": "percent"})
    insert(con, "fact_claims",
           {**IN_EFFECT, "claim_id": "a", "article": "a", "value": 30,
            "effective": D("2025-05-01"), "seq_date": D("2025-06-02")},
           {**IN_EFFECT, "claim_id": "b", "article": "b", "value": 40, "hedge": hedge,
            "h": 1.0 if hedge else 0.005, "seq_date": D("2025-08-11"),
            "date_inferred": True})
    assert ((30, 40) in conflict_values(con)) is raised
