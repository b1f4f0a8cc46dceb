"""A bound and a value it admits (h233).

07_claim_pairs.sql: a figure told as a floor ("well over $40 billion") or a ceiling ("up to
50%"; rules/lexicon.toml [bound_hedges]) is no value the fact holds. Another article's value
on its open side (a higher figure beside a floor, a lower one beside a ceiling) neither
disagrees with it nor, agreeing, excuses another disagreement; a value past the bound still
disagrees, and two bounds are compared as before.

(The article below states its bound alone: beside another figure of the fact, 07's `several`
would make both its figures parts, and no pair of theirs a conflict on its own.)
"""

from typing import Any

import pytest

from tests.reconcile.stage import D, insert, run

KEY = {"fact_id": "f", "metric": "exports", "imposer": "XA", "target": "US",
       "product": None, "measure": None, "unit": "USD", "kind": "amount", "is_flow": True,
       "period": "2024", "part": "2024"}
WHOLE = "Xandia shipped $70.2 billion of goods to the US last year, customs data show."
PART = "Of what Xandia sold in America last year, well over $30 billion falls under the levy."


def _rows(con: Any, part_value: float, hedge: str) -> None:
    insert(con, "facts", {k: KEY[k] for k in ("fact_id", "metric", "imposer", "target",
                                              "product", "measure", "unit")})
    insert(con, "fact_claims",
           {**KEY, "claim_id": "a1", "article": "a", "value": 70.2e9, "h": 0.05e9,
            "quote": "shipped $70.2 billion", "seq_date": D("2025-08-27")},
           {**KEY, "claim_id": "b2", "article": "b", "value": part_value, "h": 1e9,
            "hedge": hedge, "quote": f"${part_value / 1e9:g} billion",
            "seq_date": D("2025-09-04"), "quote_start": 20})
    insert(con, "claims",
           {"claim_id": "a1", "article": "a", "metric": "exports",
            "quote": "shipped $70.2 billion", "sentence": WHOLE},
           {"claim_id": "b2", "article": "b", "metric": "exports",
            "quote": f"${part_value / 1e9:g} billion", "sentence": PART})


def _conflicts(con: Any) -> set[tuple[float, float]]:
    run(con, "07_claim_pairs.sql")
    return {(r["value_a"], r["value_b"]) for r in run(con, "08_pair_groups.sql")
            if r["kind"] == "conflict"}


def test_a_floor_the_other_value_passes_raises_nothing(con: Any) -> None:
    """"well over $30 billion" beside another article's $70.2 billion: no conflict."""
    _rows(con, 30e9, "over")
    assert _conflicts(con) == set()


def test_a_floor_the_other_value_falls_short_of_still_disagrees(con: Any) -> None:
    """"more than $80 billion" is past $70.2 billion: the two disagree."""
    _rows(con, 80e9, "more than")
    assert (70.2e9, 80e9) in _conflicts(con)


@pytest.mark.parametrize(("value", "hedge", "raised"),
                         [(75e9, "up to", False), (60e9, "up to", True)])
def test_a_ceiling_admits_the_values_below_it(con: Any, value: float, hedge: str,
                                              raised: bool) -> None:
    """"up to $75 billion" admits $70.2 billion; "up to $60 billion" does not."""
    _rows(con, value, hedge)
    got = _conflicts(con)
    assert (tuple(sorted((value, 70.2e9))) in got) is raised


def test_two_bounds_are_compared_as_before(con: Any) -> None:
    """"more than $30 billion" and "more than $70.2 billion": one statement quoted two
    ways, a unit slip maybe; two bounds still disagree."""
    _rows(con, 30e9, "more than")
    con.execute("UPDATE fact_claims SET hedge = 'more than' WHERE claim_id = 'a1'")
    assert _conflicts(con) == {(30e9, 70.2e9)}
