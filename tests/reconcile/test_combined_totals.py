"""02_combined_totals.sql: a figure some source calls combined is the combined rate
elsewhere too (same partners, within 45 days, no component measure named before it)."""

from tests.reconcile.stage import D, insert, run

CN = {"metric": "tariff_rate", "imposer": "US", "target": "CN", "product": "all"}


def test_the_same_figure_and_the_other_end_of_its_change(con):
    insert(con, "_rc_keyed",
           {"claim_id": "a1", "article": "a", "value": 145, "as_of": D("2025-04-14"),
            "combined": True, "sentence": "a combined 145%", **CN},
           {"claim_id": "b1", "article": "b", "value": 145, "as_of": D("2025-05-12"),
            "measure": "reciprocal", "status": "previous", "sentence": "from 145% to 30%", **CN},
           {"claim_id": "b2", "article": "b", "value": 30, "as_of": D("2025-05-12"),
            "measure": "reciprocal", "sentence": "from 145% to 30%", **CN},
           # a component named before the figure: that component, not the total
           {"claim_id": "b3", "article": "b", "value": 145, "as_of": D("2025-05-12"),
            "measure": "reciprocal", "measure_named": True, "sentence": "reciprocal 145%",
            **CN},
           # the same figure months later
           {"claim_id": "w1", "article": "w", "value": 145, "as_of": D("2025-09-01"),
            "measure": "reciprocal", "sentence": "145%", **CN})
    got = {r["claim_id"]: (r["measure"], r["combined"]) for r in
           run(con, "02_combined_totals.sql")}
    assert got == {"a1": (None, True), "b1": (None, True), "b2": (None, True),
                   "b3": ("reciprocal", False), "w1": ("reciprocal", False)}


def test_the_window_is_a_parameter(con):
    insert(con, "_rc_keyed",
           {"claim_id": "a1", "article": "a", "value": 145, "as_of": D("2025-04-14"),
            "combined": True, **CN},
           {"claim_id": "w1", "article": "w", "value": 145, "as_of": D("2025-09-01"),
            "measure": "reciprocal", **CN})
    got = {r["claim_id"]: r["measure"] for r in
           run(con, "02_combined_totals.sql", total_days=200)}
    assert got == {"a1": None, "w1": None}


def test_the_same_amount_of_an_article_is_one_fact(con):
    """"$12 billion for shipyards ... the $12 billion": one figure, one product; a figure
    the article gives two products keeps none."""
    pledge = {"kind": "amount", "metric": "investment", "unit": "USD", "imposer": "XX",
              "target": "US", "as_of": D("2025-07-01")}
    insert(con, "_rc_keyed",
           {"claim_id": "p", "article": "a", "value": 12e9, "product": "shipbuilding", **pledge},
           {"claim_id": "n", "article": "a", "value": 12e9, **pledge},
           {"claim_id": "o", "article": "a", "value": 30e9, **pledge},  # another figure
           {"claim_id": "q", "article": "b", "value": 12e9, **pledge},  # another article
           {"claim_id": "x1", "article": "c", "value": 5e9, "product": "energy", **pledge},
           {"claim_id": "x2", "article": "c", "value": 5e9, "product": "defense", **pledge},
           {"claim_id": "x3", "article": "c", "value": 5e9, **pledge})
    got = {r["claim_id"]: r["product"] for r in run(con, "02_combined_totals.sql")}
    assert got == {"p": "shipbuilding", "n": "shipbuilding", "o": None, "q": None,
                   "x1": "energy", "x2": "defense", "x3": None}
