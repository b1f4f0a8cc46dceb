"""15_current_rules.sql `supp`, `brk` and `run`: how many articles state the current value,
its latest date, and since when it holds (the run after the last claim that disagrees), in
the evidence as of a date. These steps join each point to its prefix of the fact's order;
a rewrite of them (running aggregates read by an ASOF join: h82, docs/benchmarks.md) must
give the same figures where it can slip: an article stating the value twice, a value within
the tolerance and one outside it, a different value before, evidence after the date, a run
broken by another value; and the stored intervals (15b) the same as the rules run for one
date (15). Made-up claims."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from tests.reconcile.stage import D, insert, run


def _claim(cid: str, art: str, value: float, day: str, **more: Any) -> dict[str, Any]:
    return {"claim_id": cid, "article": art, "fact_id": "f", "imposer": "US", "target": "KR",
            "product": "steel", "value": value, "status": "in_effect", "seq_date": D(day),
            **more}


CLAIMS = [
    _claim("x1", "x", 20, "2025-03-01"),                      # a different value before
    _claim("a1", "a", 25, "2025-04-01"),
    _claim("a2", "a", 25, "2025-04-01", quote_start=90),      # the same article again
    _claim("b1", "b", 25, "2025-04-03"),
    _claim("c1", "c", 25.004, "2025-04-06"),                  # within the tolerance
    _claim("e1", "e", 25, "2025-05-01"),                      # after some of the dates
]


@pytest.mark.parametrize(("day", "value", "sources", "last"), [
    ("2025-03-15", 20, 1, "2025-03-01"),
    ("2025-04-01", 25, 1, "2025-04-01"),   # one article, two claims: one source
    ("2025-04-03", 25, 2, "2025-04-03"),
    ("2025-04-20", 25, 3, "2025-04-06"),   # the near value counts; not the later report
    ("2025-05-02", 25, 4, "2025-05-01"),
])
def test_sources_and_last_confirmed_as_of_a_date(con, day, value, sources, last):
    insert(con, "fact_claims", *CLAIMS)
    got = {r["fact_id"]: r for r in run(con, "15_current_values.sql", as_of=D(day))}["f"]
    assert (got["value"], got["sources"], got["last_confirmed"]) == (
        pytest.approx(value, abs=0.01), sources, D(last))
    held = [r for r in run(con, "15b_current_intervals.sql")
            if r["valid_from"] <= D(day) and (r["valid_to"] is None or D(day) < r["valid_to"])]
    assert [(r["sources"], r["last_confirmed"]) for r in held] == [(sources, D(last))]


def test_a_value_off_the_tolerance_is_another_value(con):
    """25.02 is not 25 (half-widths 0.005 each): it does not count for 25, which stands (a
    lone outlier, the rules' `lone`) with its two articles and their latest date."""
    insert(con, "fact_claims", *CLAIMS[:4], _claim("c1", "c", 25.02, "2025-04-06"))
    got = run(con, "15_current_values.sql", as_of=dt.date(2025, 4, 20))[0]
    assert (got["value"], got["sources"], got["last_confirmed"]) == (25, 2, D("2025-04-03"))


# a run of 25% broken by a 20% between: the current run of 25% starts after the 20%
RUN = [
    _claim("w1", "w", 25, "2025-02-01"),
    _claim("x1", "x", 20, "2025-03-01"),
    _claim("a1", "a", 25, "2025-04-01", effective=D("2025-04-15")),
    _claim("b1", "b", 25, "2025-04-03", effective=D("2025-04-10")),
    _claim("c1", "c", 25, "2025-04-20"),
]


def test_since_reads_the_run_after_the_last_disagreeing_claim_as_of_each_date(con):
    """`brk` (the last earlier claim that disagrees) and `run` (the run's first date, first
    effective date, and that date when it has come) as of each date, from the rules run for
    one date (15) and from the stored intervals (15b) alike."""
    insert(con, "fact_claims", *RUN)
    intervals = run(con, "15b_current_intervals.sql")
    got = {}
    for day in ("2025-02-15", "2025-03-15", "2025-04-05", "2025-04-12", "2025-04-25"):
        row = run(con, "15_current_values.sql", as_of=D(day))[0]
        got[day] = (row["value"], str(row["since"]), row["sources"])
        held = [r for r in intervals if r["valid_from"] <= D(day)
                and (r["valid_to"] is None or D(day) < r["valid_to"])]
        assert [(r["value"], str(r["since"]), r["sources"]) for r in held] == [got[day]]
    assert got == {"2025-02-15": (25, "2025-02-01", 1),
                   "2025-03-15": (20, "2025-03-01", 1),
                   "2025-04-05": (25, "2025-04-01", 3),   # no effective date has come
                   "2025-04-12": (25, "2025-04-10", 3),   # the earliest that has
                   "2025-04-25": (25, "2025-04-10", 4)}
