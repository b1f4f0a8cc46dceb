"""17: figures that measure different things (an all-in rate and one of its components,
a deficit and the mirror surplus) are listed side by side, never as conflicts."""

from tests.reconcile.stage import D, insert, run

IN = {"imposer": "US", "target": "IN", "product": "all"}


def test_an_all_in_rate_and_its_component_are_a_different_basis(con):
    insert(con, "fact_claims",
           {"claim_id": "t", "article": "a", "fact_id": "tot", "value": 50.0, "combined": True,
            "seq_date": D("2025-08-28"), **IN},
           {"claim_id": "r", "article": "b", "fact_id": "rec", "value": 25.0,
            "measure": "reciprocal", "seq_date": D("2025-08-30"), **IN},
           {"claim_id": "same", "article": "a", "fact_id": "rec", "value": 25.0,  # same text
            "measure": "reciprocal", "seq_date": D("2025-08-28"), **IN},
           {"claim_id": "late", "article": "c", "fact_id": "rec", "value": 20.0,  # too late
            "measure": "reciprocal", "seq_date": D("2025-10-30"), **IN},
           {"claim_id": "hi", "article": "d", "fact_id": "rec", "value": 60.0,  # above the sum
            "measure": "reciprocal", "seq_date": D("2025-08-29"), **IN})
    (r,) = run(con, "17_different_basis.sql")
    assert (r["kind"], r["fact_id"], r["fact_id_b"], r["values"], r["articles_a"],
            r["articles_b"], r["agrees"]) == \
        ("all_in_vs_component", "tot", "rec", ["50%", "25%"], ["a"], ["b"], None)
    assert (r["basis_a"], r["basis_b"]) == ("all-in (combined)", "reciprocal component")
    assert run(con, "09_conflicts.sql") == []


def test_a_deficit_and_the_mirror_surplus_are_joined_and_compared(con):
    flow = {"kind": "amount", "unit": "USD", "period": "2024", "is_flow": True}
    insert(con, "fact_claims",
           {"claim_id": "d", "article": "a", "fact_id": "def", "metric": "trade_deficit",
            "imposer": "US", "target": "KR", "value": 66.0e9, "h": 0.5e9,
            "seq_date": D("2025-03-01"), **flow},
           {"claim_id": "s", "article": "b", "fact_id": "sur", "metric": "trade_surplus",
            "imposer": "KR", "target": "US", "value": 55.6e9, "h": 0.05e9,
            "seq_date": D("2025-03-02"), **flow},
           {"claim_id": "o", "article": "c", "fact_id": "sur23", "metric": "trade_surplus",
            "imposer": "KR", "target": "US", "value": 44.0e9, "h": 0.5e9,
            "seq_date": D("2025-03-02"), **{**flow, "period": "2023"}})  # another year
    (r,) = run(con, "17_different_basis.sql")
    assert (r["kind"], r["fact_id"], r["fact_id_b"], r["period"], r["agrees"]) == \
        ("mirror", "def", "sur", "2024", False)
    assert (r["basis_a"], r["basis_b"]) == ("US's trade deficit with KR",
                                            "KR's trade surplus with US")
    assert r["values"] == ["$66 billion", "$55.6 billion"]


def test_one_change_on_two_bases_is_listed_with_both_ends(con):
    """Pairs 07 ties as the same step from two bases (25% -> 12.5%, 27.5% -> 15%) are listed
    here too, lower basis first; other pairs are not."""
    insert(con, "fact_claims",
           {"claim_id": "pa", "article": "a", "fact_id": "f", "value": 25.0,
            "status": "previous", "is_prev": True, "seq_date": D("2025-08-01")},
           {"claim_id": "pb", "article": "b", "fact_id": "f", "value": 27.5,
            "status": "previous", "is_prev": True, "seq_date": D("2025-08-20")})
    insert(con, "_rc_pairs",
           {"fact_id": "f", "part": "", "ca": "pa", "cb": "pb", "agree": False,
            "tie": "same_step"},
           {"fact_id": "f", "part": "", "ca": "pb", "cb": "pa", "agree": False,
            "tie": None})
    (r,) = run(con, "17_different_basis.sql")
    assert (r["kind"], r["values"], r["articles_a"], r["articles_b"], r["basis_b"]) == \
        ("two_bases", ["25%", "27.5%"], ["a"], ["b"], "lower basis + 2.5 points")
