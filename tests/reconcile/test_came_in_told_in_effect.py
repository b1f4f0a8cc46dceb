"""A change told in effect as it came in, and a later report of the old value (h193).

07_claim_pairs.sql (`came_s`): h186's `came_in` paired a rate told scheduled from day E
(which the official table has taking effect on E) with a later report of another value in
effect. A report of the same change written on its day ("the rate rises to 18 per cent from
today"), in effect and told as a change, says as much: weeks on, "still pays 12 per cent",
with no change told since, disagrees with it.

15_current_rules.sql (`votes`): once that conflict is open, the value stated by more
independent articles wins; the old value's reports from before the change (another epoch)
and the late report the rules read as history (`replaced_told`) are no votes for it.
"""

import datetime as dt
from typing import Any

from tests.reconcile.stage import D, conflict_values, insert, run

KEY = {"fact_id": "f", "metric": "tariff_rate", "imposer": "US", "target": "CL",
       "product": "all", "measure": "fentanyl", "unit": "percent"}
REF = {"imposer": "US", "target": "CL", "product": "all", "measure": "fentanyl",
       "status": "in_effect", "use_rate": True, "use_date": True, "pause": False,
       "tier": "PRIMARY", "ref_id": 1, "rate_percent": 18.0,
       "effective_date": D("2025-08-01"), "announced_date": D("2025-07-20")}


def _facts(con: Any) -> None:
    insert(con, "facts", {k: KEY[k] for k in ("fact_id", "metric", "imposer", "target",
                                              "product", "measure", "unit")})


def _two(con: Any, told: str = "2025-08-01", **extra_a: Any) -> None:
    """The rise to 18% told in effect from Aug. 1 (on `told`); 12% in effect on Sept. 10."""
    _facts(con)
    insert(con, "fact_claims",
           {**KEY, "claim_id": "a", "article": "a", "value": 18, "status": "in_effect",
            "effective": D("2025-08-01"), "seq_date": D(told), "is_change": True,
            "epoch": 1, **extra_a},
           {**KEY, "claim_id": "b", "article": "b", "value": 12, "status": "in_effect",
            "seq_date": D("2025-09-10"), "epoch": 1})


def test_a_change_told_in_effect_on_its_day_meets_a_later_stale_report(con: Any) -> None:
    _two(con)
    assert conflict_values(con) == set()  # no official row: the rise may not have stayed
    insert(con, "reference", REF)
    assert conflict_values(con) == {(12, 18)}
    (p,) = run(con, "07_claim_pairs.sql")
    assert not p["guess"] and not p["explained"]


def test_only_a_change_told_as_it_came_in(con: Any) -> None:
    """Not a rate in effect told without a change, nor a change told weeks after its day
    (a retrospective, which the table alone would then vouch for), nor one placed by an
    inferred date."""
    _two(con, is_change=False)
    insert(con, "reference", REF)
    assert conflict_values(con) == set()


def test_a_change_told_weeks_after_its_day_is_no_such_report(con: Any) -> None:
    _two(con, told="2025-08-25")
    insert(con, "reference", REF)
    assert conflict_values(con) == set()


def test_a_change_placed_by_an_inferred_date_is_no_such_report(con: Any) -> None:
    _two(con, date_inferred=True)
    insert(con, "reference", REF)
    assert conflict_values(con) == set()


def _voted(con: Any) -> dict[str, Any]:
    """Two reports of 12% before the rise (epoch 0), the rise from 12% to 18% (epoch 1) and
    a late "still 12%" (history: its value was told replaced), in an open conflict."""
    _facts(con)
    day = D("2025-08-01")
    insert(con, "fact_claims",
           {**KEY, "claim_id": "o1", "article": "o1", "value": 12, "status": "in_effect",
            "seq_date": D("2025-03-04")},
           {**KEY, "claim_id": "o2", "article": "o2", "value": 12, "status": "in_effect",
            "seq_date": D("2025-03-10")},
           {**KEY, "claim_id": "a0", "article": "a", "value": 12, "status": "previous",
            "is_prev": True, "in_seq": False, "seq_date": day},
           {**KEY, "claim_id": "a", "article": "a", "value": 18, "status": "in_effect",
            "effective": day, "seq_date": day, "is_change": True, "epoch": 1,
            "quote_start": 10},
           {**KEY, "claim_id": "b", "article": "b", "value": 12, "status": "in_effect",
            "seq_date": D("2025-09-10"), "epoch": 1})
    insert(con, "conflicts",
           {"kind": "conflict", "fact_id": "f", "metric": "tariff_rate", "unit": "percent",
            "value_a": 12, "value_b": 18, "claim_ids": ["b", "a"],
            "first_date": day, "last_date": D("2025-09-10")})
    (cur,) = run(con, "15_current_values.sql", as_of=D("2025-09-15"))
    return cur


def test_reports_before_the_change_cast_no_vote_in_its_conflict(con: Any) -> None:
    cur = _voted(con)
    assert (cur["value"], cur["article"]) == (18, "a")
    assert cur["as_of"] == D("2025-09-15") and cur["since"] <= dt.date(2025, 8, 1)


def _announced(con: Any, change: bool) -> dict[str, Any]:
    """A rise to 30% announced for Aug. 27 (scheduled, a change when `change`), told in
    effect that day from 20%, then a "combined 28%" a week later: the latest is disputed."""
    _facts(con)
    insert(con, "fact_claims",
           {**KEY, "claim_id": "w", "article": "w", "value": 30, "status": "scheduled",
            "effective": D("2025-08-27"), "seq_date": D("2025-08-13"), "is_change": change,
            "epoch": 1},
           {**KEY, "claim_id": "s", "article": "s", "value": 30, "status": "in_effect",
            "seq_date": D("2025-08-27"), "is_change": True, "epoch": 2},
           {**KEY, "claim_id": "t", "article": "t", "value": 28, "status": "in_effect",
            "seq_date": D("2025-09-02"), "epoch": 2})
    insert(con, "conflicts",
           {"kind": "conflict", "fact_id": "f", "metric": "tariff_rate", "unit": "percent",
            "value_a": 28, "value_b": 30, "claim_ids": ["t", "s"],
            "first_date": D("2025-08-27"), "last_date": D("2025-09-02")})
    (cur,) = run(con, "15_current_values.sql", as_of=D("2025-09-15"))
    return cur


def test_a_change_announced_before_it_came_in_still_votes(con: Any) -> None:
    """(h200) The announcement of the change reports the value the change brings, not the
    one before it: though told in an earlier epoch, it votes for the new value."""
    assert _announced(con, change=True)["value"] == 30


def test_a_plain_schedule_of_an_earlier_epoch_casts_no_vote(con: Any) -> None:
    """A schedule told with no change, in an earlier epoch, is the old state's report."""
    assert _announced(con, change=False)["value"] == 28
