"""01b_all_in_steps.sql: one article telling a change twice by the same step, from bases
further apart than the step: the higher telling is the all-in total, not the component."""

from tests.reconcile.stage import D, insert, run

XX = {"metric": "tariff_rate", "imposer": "US", "target": "XX", "product": "all",
      "as_of": D("2025-06-01")}
DUTY = "the border duty on the partner is cut from 20% to 10%"
TOTAL = "so the partner's tariffs drop from 57% to 47% in all"


def _got(con):
    return {r["claim_id"]: (r["measure"], r["combined"])
            for r in run(con, "01b_all_in_steps.sql")}


def test_the_higher_telling_of_one_step_is_the_total(con):
    insert(con, "_rc_keyed",
           {"claim_id": "c1", "article": "a", "value": 20, "status": "previous",
            "measure": "fentanyl", "change_word": "cut", "sentence": DUTY, **XX},
           {"claim_id": "c2", "article": "a", "value": 10, "status": "in_effect",
            "measure": "fentanyl", "change_word": "cut", "sentence": DUTY, **XX},
           {"claim_id": "t1", "article": "a", "value": 57, "status": "previous",
            "measure": "fentanyl", "change_word": "drop", "sentence": TOTAL, **XX},
           {"claim_id": "t2", "article": "a", "value": 47, "status": "in_effect",
            "measure": "fentanyl", "change_word": "drop", "sentence": TOTAL, **XX},
           # the same total repeated elsewhere in the article
           {"claim_id": "t3", "article": "a", "value": 47, "status": "agreed",
            "measure": "fentanyl", "sentence": "the rate is now 47%", **XX},
           # another article's figures are not touched
           {"claim_id": "o1", "article": "b", "value": 47, "status": "in_effect",
            "measure": "fentanyl", "sentence": "a 47% rate", **XX})
    assert _got(con) == {"c1": ("fentanyl", False), "c2": ("fentanyl", False),
                         "t1": (None, True), "t2": (None, True), "t3": (None, True),
                         "o1": ("fentanyl", False)}


def test_two_steps_in_a_row_or_two_bases_are_left_alone(con):
    """10% -> 20% then 20% -> 30%: successive changes; 25% -> 12.5% and 27.5% -> 15%: one
    change on two bases a duty apart (07's same step), not a component and its total."""
    rows = []
    for art, (a, b, c, d) in {"r": (10, 20, 20, 30), "s": (25, 12.5, 27.5, 15)}.items():
        for k, (p, n) in enumerate(((a, b), (c, d))):
            s = f"sentence {k} of {art}"
            rows += [{"claim_id": f"{art}{k}p", "article": art, "value": p,
                      "status": "previous", "measure": "reciprocal", "change_word": "to",
                      "sentence": s, **XX},
                     {"claim_id": f"{art}{k}n", "article": art, "value": n,
                      "status": "in_effect", "measure": "reciprocal", "change_word": "to",
                      "sentence": s, **XX}]
    insert(con, "_rc_keyed", *rows)
    assert all(v == ("reciprocal", False) for v in _got(con).values())
