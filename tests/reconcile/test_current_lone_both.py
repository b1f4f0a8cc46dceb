"""15_current_values.sql (h180): the lone-outlier rule does not set aside an amount whose own
article also states the better-backed value: that article tells both figures."""

from tests.reconcile.stage import D, insert, run

PLEDGE = {"kind": "amount", "metric": "investment", "unit": "USD", "imposer": "NO",
          "target": "US", "product": None, "measure": None, "status": "agreed",
          "status_rank": 3}
RATE = {"metric": "tariff_rate", "unit": "percent", "imposer": "PE", "target": "US",
        "product": "all", "measure": "retaliatory", "status": "in_effect", "status_rank": 5}


def _claim(key: dict, claim: str, article: str, value: float, day: str, at: int = 0,
           **over: object) -> dict:
    return {**key, "claim_id": claim, "article": article, "value": value,
            "seq_date": D(day), "quote_start": at, **over}


def _current(con, day: str) -> dict:
    rows = run(con, "15_current_values.sql", as_of=D(day))
    return {r["fact_id"]: r for r in rows}


def test_an_article_telling_the_whole_pledge_and_a_yearly_part_keeps_the_whole(con):
    """'Oslo pledged $300 billion' in July; in November one article gives '$25 billion a
    year' and another both '$25 billion a year' and 'the $300 billion pledge' (its latest
    claim): the $300 billion stands, though two articles of the fortnight state $25 billion
    (p). When the latest article states only its own figure (q), or the figures are rates,
    where two of one article are more often an old and a new one (r), the best-backed value
    is current as before."""
    p, q, r = {"fact_id": "p"}, {"fact_id": "q"}, {"fact_id": "r"}
    insert(con, "fact_claims",
           _claim(PLEDGE, "a1", "a", 300e9, "2025-07-31", **p),
           _claim(PLEDGE, "b1", "b", 25e9, "2025-11-13", **p),
           _claim(PLEDGE, "c1", "c", 25e9, "2025-11-14", 50, **p),
           _claim(PLEDGE, "c2", "c", 300e9, "2025-11-14", 10, **p),
           _claim(PLEDGE, "d1", "d", 300e9, "2025-07-31", **q),
           _claim(PLEDGE, "e1", "e", 25e9, "2025-11-12", **q),
           _claim(PLEDGE, "f1", "f", 25e9, "2025-11-13", **q),
           _claim(PLEDGE, "g1", "g", 300e9, "2025-11-14", **q),
           _claim(RATE, "h1", "h", 30, "2025-11-12", **r),
           _claim(RATE, "i1", "i", 30, "2025-11-14", 50, **r),
           _claim(RATE, "i2", "i", 90, "2025-11-14", 10, **r))
    got = _current(con, "2025-12-15")
    assert (got["p"]["value"], got["p"]["article"]) == (300e9, "c")
    assert not (got["p"]["rule"] or "").startswith("a lone outlier")
    assert got["q"]["value"] == 25e9
    assert got["q"]["rule"].startswith("a lone outlier is not current")
    assert got["r"]["value"] == 30
    assert got["r"]["rule"].startswith("a lone outlier is not current")
