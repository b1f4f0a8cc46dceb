"""07_claim_pairs.sql (h186, `came_in`): a scheduled rate and a later report of another value
in effect after its day.

One article tells the fact's rate scheduled from day E (told by E), the official table has
that rate of the key taking effect on E and still in force, and another article, weeks
after E with no change of the fact told between them, reports another value in effect with
no start of its own ("still pays 12 per cent"): by then the scheduled rate was in force, so
the statuses explain nothing and the two values disagree.
"""

import datetime as dt
from typing import Any

from tests.reconcile.stage import D, conflict_values, insert, run

KEY = {"fact_id": "f", "metric": "tariff_rate", "imposer": "US", "target": "CL",
       "product": "all", "measure": "reciprocal", "unit": "percent"}
REF = {"imposer": "US", "target": "CL", "product": "all", "measure": "reciprocal",
       "status": "in_effect", "use_rate": True, "use_date": True, "pause": False,
       "tier": "PRIMARY"}


def _ref(rate: float, start: str) -> dict[str, Any]:
    return {**REF, "ref_id": 1, "rate_percent": rate, "effective_date": D(start),
            "announced_date": D(start) - dt.timedelta(days=10)}


def _two(con: Any, later: str = "2025-09-10", **extra_b: Any) -> None:
    """A rise to 18% scheduled from Aug. 1, told on July 28; 12% in effect on `later`."""
    insert(con, "facts", {k: KEY[k] for k in ("fact_id", "metric", "imposer", "target",
                                              "product", "measure", "unit")})
    insert(con, "fact_claims",
           {**KEY, "claim_id": "a", "article": "a", "value": 18, "status": "scheduled",
            "effective": D("2025-08-01"), "seq_date": D("2025-07-28"), "is_change": True,
            "epoch": 1},
           {**KEY, "claim_id": "b", "article": "b", "value": 12, "status": "in_effect",
            "seq_date": D(later), "epoch": 1, **extra_b})


def test_a_value_reported_after_the_scheduled_rate_came_in_conflicts(con: Any) -> None:
    _two(con)
    assert conflict_values(con) == set()  # no official row: the rise may never have come
    insert(con, "reference", _ref(18.0, "2025-08-01"))
    assert conflict_values(con) == {(12, 18)}
    (p,) = run(con, "07_claim_pairs.sql")
    assert not p["guess"] and not p["explained"]


def test_a_report_too_late_or_in_another_epoch_is_no_pair(con: Any) -> None:
    _two(con, later="2025-10-20")  # 80 days after the start: an untold change may lie between
    insert(con, "reference", _ref(18.0, "2025-08-01"))
    assert conflict_values(con) == set()


def test_a_change_told_since_separates_them(con: Any) -> None:
    _two(con, epoch=2)  # a change of the fact told between them
    insert(con, "reference", _ref(18.0, "2025-08-01"))
    assert conflict_values(con) == set()
