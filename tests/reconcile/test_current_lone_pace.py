"""15_current_rules.sql (h234-1): the lone-outlier rule (issue 13 item 6) counts no amount
told as a yearly pace or cap (04's `pace`) as backing a value of the total: a pace and a
total are two quantities, so an article's "$25 billion a year" does not outvote the pledge
a later report states whole."""

import pytest

from tests.reconcile.stage import D, insert, run

F = {"fact_id": "f", "metric": "investment", "imposer": "RU", "target": "US",
     "product": None, "measure": None, "unit": "USD", "kind": "amount", "h": 0.5e9,
     "status": "agreed", "status_rank": 3}


def _claim(claim: str, article: str, day: str, value: float, at: int, **more: object) -> dict:
    return {**F, "claim_id": claim, "article": article, "seq_date": D(day), "value": value,
            "quote_start": at, "quote": f"${value / 1e9:g} billion", **more}


@pytest.mark.parametrize(("pace", "want"), [(True, 400e9), (False, 25e9)])
def test_a_yearly_cap_does_not_outvote_the_total(con, pace: bool, want: float) -> None:
    """'The Ruritanian fund goes ahead, its drawings capped at $25 billion a year' (Nov. 10,
    a pace), then a fact sheet: 'Of the $400 billion, no more than $25 billion is drawn in
    one year' (Nov. 12, its cap read with no pace, the $400 billion last in the order). Two
    articles tell $25 billion, one the $400 billion; the cap of the first is no second
    voice for a value of the total, so the latest report's $400 billion stands. Were the
    first figure a plain total of its own (no pace), the lone rule would set the $400
    billion aside for it, as before."""
    insert(con, "fact_claims",
           _claim("a1", "a", "2025-11-10", 25e9, 60, pace=pace),
           _claim("b1", "b", "2025-11-12", 400e9, 10),
           _claim("b2", "b", "2025-11-12", 25e9, 60))
    (got,) = run(con, "15_current_values.sql", as_of=D("2025-12-01"))
    assert got["value"] == want
    assert ("lone outlier" in (got["rule"] or "")) is (not pace)
