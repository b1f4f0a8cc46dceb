"""15_current_values.sql: a figure that adds a part of a category's spread to a duty of
another kind its article states on the same goods is the stacked total, no part of the
spread (h256-5), unless that duty is the normal one."""

from tests.reconcile.stage import D, insert, run

PLANKS = {"metric": "tariff_rate", "unit": "percent", "imposer": "US", "target": "*",
          "product": "lumber"}


def _rate(claim: str, article: str, fact: str, value: float, at: int,
          **over: object) -> dict:
    return {**PLANKS, "fact_id": fact, "claim_id": claim, "article": article,
            "value": value, "measure": "section_232", "status": "in_effect",
            "status_rank": 5, "seq_date": D("2025-10-16"), "quote_start": at, **over}


def test_a_stacked_total_is_no_part_of_the_spread(con):
    """'Planks pay 8% under Section 232, on top of older duties of about 30% ... all told,
    close to 38% at the border' (the total told first, the latest in the order): 8% stands
    for the planks' Section 232 rate, and `rule` says why. Where the older
    duties come to 20% (q's article), 38% is no sum of them and stands as the highest. A
    quota's rate told as the total with the normal duty ('8% on top of the 2% standard duty,
    10% in all', n) is the rate: the highest stands."""
    insert(con, "fact_claims",
           _rate("a1", "a", "p", 8, 10),
           _rate("a2", "a", "o", 30, 20, measure=None, h=1.0, hedge="about"),
           _rate("a3", "a", "p", 38, 5, h=1.0, hedge="nearly"),
           _rate("b1", "b", "q", 8, 10, target="ZZ"),
           _rate("b2", "b", "r", 20, 20, target="ZZ", measure=None, h=1.0, hedge="about"),
           _rate("b3", "b", "q", 38, 5, target="ZZ", h=1.0, hedge="nearly"),
           _rate("c1", "c", "n", 10, 5, target="YY"),
           _rate("c2", "c", "n", 8, 10, target="YY"),
           _rate("c3", "c", "m", 2, 20, target="YY", measure=None))
    insert(con, "claims", {"claim_id": "c3", "article": "c", "sentence":
                           "Yland planks face 8% on top of the 2% standard duty, 10% in all."})
    got = {r["fact_id"]: r for r in run(con, "15_current_values.sql",
                                        as_of=D("2025-10-20"))}
    assert got["p"]["value"] == 8 and "stacked" in got["p"]["rule"]
    assert got["q"]["value"] == 38
    assert got["n"]["value"] == 10
