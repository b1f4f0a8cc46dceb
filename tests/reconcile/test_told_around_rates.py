"""08_pair_groups.sql `told_around` (h179): a start told before it (scheduled) and one told
after it (in effect), days apart, are one start told twice only when the rates beside them
(05 `start_rate`, now read for a coming start too) are the same or unknown: "the 25% the
letter set to begin on Aug. 1" and "the 15% rate, in force since Thursday" are the starts
of two rates, the first of which never came, so their statuses explain the gap.
Hand-made rows."""

from __future__ import annotations

from typing import Any

import pytest

from tests.reconcile.stage import D, insert, run

KEY = {"imposer": "US", "target": "KR", "product": "all", "measure": "reciprocal"}


def _dates(con: Any, rate_a: float | None, rate_b: float | None) -> list[dict[str, Any]]:
    """A scheduled Aug. 1 told on July 31 and Aug. 7 told in effect on Aug. 8."""
    insert(con, "facts", {"fact_id": "f", **KEY, "metric": "effective_date", "unit": "date"})
    date = {"fact_id": "f", "metric": "effective_date", "unit": "date", "kind": "date",
            "h": 0.5, **KEY}
    insert(con, "fact_claims",
           {**date, "claim_id": "a", "article": "a", "status": "scheduled",
            "date_value": D("2025-08-01"), "value": 20301.0, "seq_date": D("2025-07-31"),
            "start_rate": rate_a},
           {**date, "claim_id": "b", "article": "b", "status": "in_effect",
            "date_value": D("2025-08-07"), "value": 20307.0, "seq_date": D("2025-08-08"),
            "start_rate": rate_b})
    run(con, "07_claim_pairs.sql")
    return [r for r in run(con, "08_pair_groups.sql") if r["kind"] == "conflict"]


@pytest.mark.parametrize(("rate_a", "rate_b", "raised"), [
    (None, None, True),   # no rate beside either: one start told twice
    (15, 15, True),       # the same rate's start, told before and after it
    (25, None, True),     # one side's rate unknown: still taken as one start
    (25, 15, False),      # two rates' starts: the first never came
])
def test_the_starts_of_two_rates_are_not_one_start(con: Any, rate_a: float | None,
                                                   rate_b: float | None, raised: bool) -> None:
    assert bool(_dates(con, rate_a, rate_b)) is raised


def test_a_coming_starts_rate_is_read_from_its_sentence(con: Any) -> None:
    """05: a scheduled start takes the rate of its key nearest before it in its sentence."""
    s = "Seoul won a 15% rate, sparing it the 25% that the letter set to begin on Aug. 1."
    rate = {"fact_id": "r", "metric": "tariff_rate", **KEY}
    insert(con, "_rc_flags",
           {"claim_id": "d", "article": "a", "metric": "effective_date", "unit": "date",
            "date_value": D("2025-08-01"), "v": 20301.0, "status": "scheduled",
            "sentence": s, "quote_start": 72, "as_of": D("2025-07-31"), **KEY,
            "fact_id": "g"},
           {"claim_id": "r1", "article": "a", "value": 15, "status": "agreed",
            "sentence": s, "quote_start": 12, "as_of": D("2025-07-31"), **rate},
           {"claim_id": "r2", "article": "a", "value": 25, "status": "agreed",
            "sentence": s, "quote_start": 38, "as_of": D("2025-07-31"), **rate})
    got = {r["claim_id"]: r["start_rate"] for r in run(con, "05_fact_claims.sql")}
    assert got["d"] == 25.0


@pytest.mark.parametrize(("told_on", "raised"), [
    ("2025-08-25", True),    # told before Aug. 27: one start told before and after it
    ("2025-08-27", True),    # told on the day itself: still before it was known done
    ("2025-09-02", False),   # told after it: not the start told before it happened
])
def test_a_start_told_to_come_after_the_other_day_is_not_told_around(
        con: Any, told_on: str, raised: bool) -> None:
    """(h186) Aug. 27 told in effect on Aug. 28 and Sept. 2 told scheduled: one start told
    twice only when the scheduled report appeared by the day the other side gives."""
    insert(con, "facts", {"fact_id": "f", **KEY, "metric": "effective_date", "unit": "date"})
    date = {"fact_id": "f", "metric": "effective_date", "unit": "date", "kind": "date",
            "h": 0.5, **KEY}
    insert(con, "fact_claims",
           {**date, "claim_id": "a", "article": "a", "status": "in_effect",
            "date_value": D("2025-08-27"), "value": 20327.0, "seq_date": D("2025-08-28")},
           {**date, "claim_id": "b", "article": "b", "status": "scheduled",
            "date_value": D("2025-09-02"), "value": 20333.0, "seq_date": D(told_on)})
    run(con, "07_claim_pairs.sql")
    conflicts = [r for r in run(con, "08_pair_groups.sql") if r["kind"] == "conflict"]
    assert bool(conflicts) is raised
