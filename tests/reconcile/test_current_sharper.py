"""15_current_values.sql: a rounded figure does not displace the sharper one it agrees with
(h173-1)."""

from tests.reconcile.stage import D, insert, run

DEFICIT = {"fact_id": "p", "kind": "amount", "metric": "trade_deficit", "unit": "USD",
           "imposer": "US", "target": "CN", "product": None, "measure": None,
           "period": "2024"}


def _amount(claim: str, article: str, value: float, h: float, day: str,
            **over: object) -> dict:
    return {**DEFICIT, "claim_id": claim, "article": article, "value": value, "v": value,
            "h": h, "status": None, "status_rank": 4, "seq_date": D(day), **over}


def _current(con, day: str) -> dict:
    rows = run(con, "15_current_values.sql", as_of=D(day))
    return {r["fact_id"]: r for r in rows}


def test_a_loose_later_figure_leaves_the_sharper_one_standing(con):
    """'The goods gap with that partner was $291.7 billion last year', then a week later 'a
    gap of nearly $300 billion' (its margin takes in 291.7): the sharper figure stands, and
    `rule` says why. Where a different value came between them (q), or the loose figure is
    outside the sharp one's reach (r), the latest report stands as before."""
    q, r = {"fact_id": "q"}, {"fact_id": "r"}
    insert(con, "fact_claims",
           _amount("a1", "a", 291.7e9, 5e7, "2025-03-01"),
           _amount("b1", "b", 300e9, 1e10, "2025-03-08"),
           _amount("c1", "c", 291.7e9, 5e7, "2025-03-01", **q),
           _amount("d1", "d", 250e9, 5e7, "2025-03-04", **q),
           _amount("e1", "e", 300e9, 1e10, "2025-03-08", **q),
           _amount("f1", "f", 281.7e9, 5e7, "2025-03-01", **r),
           _amount("g1", "g", 300e9, 1e10, "2025-03-08", **r))
    got = _current(con, "2025-03-10")
    assert (got["p"]["value"], got["p"]["article"]) == (291.7e9, "a")
    assert "sharper" in got["p"]["rule"]
    assert got["p"]["sources"] == 2  # the loose figure agrees with it
    assert (got["q"]["value"], got["q"]["article"]) == (300e9, "e")
    assert (got["r"]["value"], got["r"]["article"]) == (300e9, "g")


def test_the_same_value_stated_loosely_keeps_the_latest_claim(con):
    """'About $300 billion' after '$300 billion': the same number, so nothing is set aside
    (the latest claim, its status and quote, stay current)."""
    insert(con, "fact_claims",
           _amount("a1", "a", 300e9, 5e8, "2025-03-01"),
           _amount("b1", "b", 300e9, 1e10, "2025-03-08"))
    got = _current(con, "2025-03-10")["p"]
    assert (got["value"], got["article"], got["rule"]) == (300e9, "b", None)
