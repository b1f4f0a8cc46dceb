"""15_current_rules.sql (h225-3): the lone-outlier rule (issue 13 item 6) counts no paused
claim as backing: articles telling a threat put off do not outvote the rate in force."""

from tests.reconcile.stage import D, insert, run

F = {"fact_id": "f", "imposer": "US", "target": "XX", "product": "all", "measure": "fentanyl"}


def _claim(claim: str, article: str, day: str, value: float, status: str, at: int) -> dict:
    return {**F, "claim_id": claim, "article": article, "seq_date": D(day), "value": value,
            "status": status, "status_rank": {"paused": 1, "in_effect": 5}[status],
            "quote_start": at, "quote": f"{value:g}%"}


def test_a_threat_put_off_does_not_outvote_the_rate_in_force(con):
    """Two reports ('the 40% threat is postponed for 90 days; goods keep paying 20%') and a
    third that repeats the postponed 40% beside a slip of its own, '60%' in force, its last
    figure: the lone 60% is set aside for the 20% that two articles have in force, not for
    the 40% that three articles tell only as put off."""
    insert(con, "fact_claims",
           _claim("a1", "a", "2025-07-30", 40, "paused", 10),
           _claim("a2", "a", "2025-07-30", 20, "in_effect", 40),
           _claim("b1", "b", "2025-07-31", 40, "paused", 10),
           _claim("b2", "b", "2025-07-31", 20, "in_effect", 40),
           _claim("c1", "c", "2025-08-04", 40, "paused", 10),
           _claim("c2", "c", "2025-08-04", 60, "in_effect", 40))
    (got,) = run(con, "15_current_values.sql", as_of=D("2025-08-05"))
    assert (got["value"], got["status"]) == (20, "in_effect")
    assert "lone outlier" in got["rule"]


def test_a_value_in_force_elsewhere_still_backs_its_paused_telling(con):
    """'Ships pay $50 a net ton' (Oct. 11), then 'the $50 fee is paused from Nov. 10 ...
    $80 from next April' (Oct. 14, the $80 scheduled, its last figure): the $50 is in force
    in one article and told in the other, so the lone $80 is set aside for it, as before."""
    fee = {"metric": "other_amount", "unit": "USD", "h": 0.5, "measure": "section_301"}
    insert(con, "fact_claims",
           {**_claim("a1", "a", "2025-10-11", 50, "in_effect", 10), **fee},
           {**_claim("b1", "b", "2025-10-14", 50, "paused", 10), **fee},
           {**_claim("b2", "b", "2025-10-14", 80, "in_effect", 40), **fee,
            "status": "scheduled", "status_rank": 2})
    (got,) = run(con, "15_current_values.sql", as_of=D("2025-10-20"))
    assert got["value"] == 50
    assert "lone outlier" in got["rule"]
