"""15_current_values.sql: the old value an article tells a category's rate changed from,
told again beside the new one for the goods the change leaves out, is no part of the
category's spread: the new value stands (h256-2)."""

from tests.reconcile.stage import D, insert, run

BIKES = {"fact_id": "p", "metric": "tariff_rate", "unit": "percent", "imposer": "US",
         "target": "ZZ", "product": "autos", "measure": "section_232"}


def _rate(claim: str, article: str, value: float, at: int, **over: object) -> dict:
    return {**BIKES, "claim_id": claim, "article": article, "value": value,
            "status": "in_effect", "status_rank": 5, "seq_date": D("2025-08-04"),
            "effective": D("2025-08-01"), "quote_start": at, "is_change": True, **over}


def test_the_old_value_told_again_beside_its_change_is_no_part(con):
    """'Zandian scooters have paid 12% since Aug. 1, down from 30%; scooters beyond the yearly
    quota still pay 30%': 12% stands; so when the 30% beyond the quota is told first (s, the
    latest in the order), and `rule` says why. With no change word beside the lower figure
    (q: 'pay 12%; beyond the quota, 30%') the highest stands as before."""
    q, s = {"fact_id": "q"}, {"fact_id": "s"}
    insert(con, "fact_claims",
           _rate("a1", "a", 12, 10, change_word="down from"),
           _rate("a2", "a", 30, 20, status="previous", is_prev=True, change_word="down from",
                 is_change=False),
           _rate("a3", "a", 30, 60),
           _rate("b1", "b", 12, 10, **q),
           _rate("b3", "b", 30, 60, **q),
           _rate("c1", "c", 30, 0, **s),
           _rate("c2", "c", 12, 10, change_word="down from", **s),
           _rate("c3", "c", 30, 20, status="previous", is_prev=True, change_word="down from",
                 is_change=False, **s))
    got = {r["fact_id"]: r for r in run(con, "15_current_values.sql",
                                        as_of=D("2025-08-10"))}
    assert (got["p"]["value"], got["p"]["article"]) == (12, "a")
    assert (got["s"]["value"], got["s"]["article"]) == (12, "c")
    assert "no part of them" in got["s"]["rule"]
    assert got["q"]["value"] == 30 and "highest" in got["q"]["rule"]
