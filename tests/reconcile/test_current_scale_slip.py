"""15_current_values.sql (h180): an amount a thousandfold off an earlier report of the fact
(millions for billions) is a slip of scale; the earlier figure stays current."""

from tests.reconcile.stage import D, insert, run

PLEDGE = {"kind": "amount", "metric": "investment", "unit": "USD", "imposer": "NO",
          "target": "US", "product": None, "measure": None, "status": "agreed",
          "status_rank": 3}


def _claim(claim: str, article: str, value: float, day: str, **over: object) -> dict:
    return {**PLEDGE, "claim_id": claim, "article": article, "value": value,
            "seq_date": D(day), **over}


def _current(con, day: str) -> dict:
    rows = run(con, "15_current_values.sql", as_of=D(day))
    return {r["fact_id"]: r for r in rows}


def test_millions_for_billions_leave_the_earlier_figure_standing(con):
    """'Oslo commits $420 billion' on one day, 'the $420 million investment' the next: the
    billions stand, and `rule` says why (p); the other way round too ('$35 million of
    purchases', then '$35 billion', s). A later figure of another size is news and stands
    (q: $420 billion, then $380 billion)."""
    p, q, s = {"fact_id": "p"}, {"fact_id": "q"}, {"fact_id": "s"}
    insert(con, "fact_claims",
           _claim("a1", "a", 420e9, "2025-09-16", **p),
           _claim("b1", "b", 420e6, "2025-09-17", **p),
           _claim("c1", "c", 420e9, "2025-09-16", **q),
           _claim("d1", "d", 380e9, "2025-09-17", **q),
           _claim("e1", "e", 35e6, "2025-09-16", **s),
           _claim("f1", "f", 35e9, "2025-09-17", **s))
    got = _current(con, "2025-09-20")
    assert (got["p"]["value"], got["p"]["article"]) == (420e9, "a")
    assert "slip of scale" in got["p"]["rule"]
    assert (got["q"]["value"], got["q"]["article"]) == (380e9, "d")
    assert (got["s"]["value"], got["s"]["article"]) == (35e6, "e")
