"""15_current_values.sql: several rates of one report on a category of goods give the rate
that stood when one of them is it (h173-3); otherwise the highest (h54)."""

from tests.reconcile.stage import D, insert, run

METAL = {"fact_id": "p", "metric": "tariff_rate", "unit": "percent", "imposer": "US",
         "target": "*", "product": "steel", "measure": "section_232"}


def _rate(claim: str, article: str, value: float, day: str, at: int = 0,
          **over: object) -> dict:
    return {**METAL, "claim_id": claim, "article": article, "value": value,
            "status": "in_effect", "status_rank": 5, "seq_date": D(day),
            "effective": D("2025-03-12"), "quote_start": at, **over}


def _current(con, day: str) -> dict:
    rows = run(con, "15_current_values.sql", as_of=D(day))
    return {r["fact_id"]: r for r in rows}


def test_a_report_restating_the_rate_that_stood_beside_other_figures_keeps_it(con):
    """'Sheet metal has paid 40% since March' (two reports), then a roundup: 'mills still pay
    40%, up from 20% ... a wire maker exempted pays nothing ... with the other levies some
    pay 65% in all': the 40% stays (`rule` says why). When the roundup tells a change to
    another value ('the duty was doubled to 80%', q), or no earlier report had a rate in
    effect (r), the highest stands as before."""
    q, r = {"fact_id": "q"}, {"fact_id": "r"}
    insert(con, "fact_claims",
           _rate("a1", "a", 40, "2025-04-01"),
           _rate("b1", "b", 40, "2025-05-02"),
           _rate("c1", "c", 40, "2025-06-03", 30, change_word="up from"),
           _rate("c2", "c", 0, "2025-06-03", 20),
           _rate("c3", "c", 65, "2025-06-03", 10),
           _rate("d1", "d", 40, "2025-04-01", **q),
           _rate("e1", "e", 40, "2025-06-03", 10, **q),
           _rate("e2", "e", 80, "2025-06-03", 20, change_word="doubled", **q),
           _rate("f1", "f", 40, "2025-06-03", 10, **r),
           _rate("f2", "f", 65, "2025-06-03", 20, **r))
    got = _current(con, "2025-06-10")
    assert (got["p"]["value"], got["p"]["article"]) == (40, "c")
    assert "earlier report" in got["p"]["rule"]
    assert got["q"]["value"] == 80
    assert got["r"]["value"] == 65 and "highest" in got["r"]["rule"]
