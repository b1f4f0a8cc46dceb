"""A rate whose sentence tells none of its key but the figure (h273, 01_claim_keys.sql
`doubtful`).

Article a (April 11): "Peru's goods now pay a 60% duty at the US border." (in effect)
Article b (April 20): "Plan your costs as though a 15% tariff were on its way for every
part," a buyer advised. (no status: neither in force, pending nor past; no change; no
measure; no country named)

The extractor keys b's 15% to Peru from the sentences around it. Its own sentence tells no
state, no change, no measure and not the partner: a planning figure, a hypothetical or an
example. It is doubtful, so against a's rate in effect it makes no conflict alone (07
`guess`); it may still join one that two sure claims make. A statusless rate whose
sentence names its partner ("Peru's 15% rate") or its measure, or with no sentence known,
is kept as before.
"""

from typing import Any

import pytest

from tests.reconcile.stage import D, conflict_values, insert, register_keys, run

PLAN = "\"Plan your costs as though a 15% tariff were on its way for every part,\" he said."


def _claims(con: Any, *claims: dict[str, Any]) -> dict[str, bool]:
    """The claims (US on Peru, 15%) of article b through 01: claim id -> doubtful."""
    con.execute("INSERT INTO articles (id, source, published) VALUES "
                "('b', 'Parts Weekly', DATE '2025-04-20')")
    for i, c in enumerate(claims):
        c = {"claim_id": f"c{i}", "article": "b", "kind": "rate", "metric": "tariff_rate",
             "value": 15.0, "unit": "percent", "imposer": "US", "target": "Peru", **c}
        con.execute(f"INSERT INTO claims BY NAME SELECT {', '.join('? AS ' + k for k in c)}",
                    list(c.values()))
    register_keys(con)
    return {r["claim_id"]: r["doubtful"] for r in run(con, "01_claim_keys.sql")}


def test_a_rate_its_sentence_tells_nothing_of_is_doubtful(con: Any) -> None:
    """No status, no change, no measure, no partner named: doubtful."""
    assert _claims(con, {"sentence": PLAN}) == {"c0": True}


@pytest.mark.parametrize("claim", [
    {"sentence": PLAN, "status": "in_effect"},
    {"sentence": PLAN, "change": "on its way"},
    {"sentence": PLAN, "measure": "reciprocal", "measure_named": True},
    {"sentence": None},
    {"sentence": "Peru's 15% rate weighs on every part."},
    {"sentence": PLAN, "imposer": "Peru", "target": "US",
     "metric": "exports", "kind": "amount", "unit": "USD"},
])
def test_a_rate_its_sentence_ties_to_its_fact_is_not(con: Any, claim: dict[str, Any]) -> None:
    """A status, a change cue, a measure named or the partner named ties the figure to its
    fact; and the rule is a rate's (an export figure has its own, 01's flows)."""
    got = _claims(con, claim)
    assert got["c0"] is (claim.get("metric") == "exports")


KEY = {"fact_id": "r", "metric": "tariff_rate", "imposer": "US", "target": "RR",
       "product": "all", "measure": "reciprocal", "unit": "percent", "kind": "rate"}


def _pair(con: Any, doubtful: bool) -> set[tuple[float, float]]:
    """a's 60% in effect (April 11) and b's statusless 15% (April 20), b doubtful or not."""
    insert(con, "facts", {k: KEY[k] for k in ("fact_id", "metric", "imposer", "target",
                                              "product", "measure", "unit")})
    insert(con, "fact_claims",
           {**KEY, "claim_id": "a1", "article": "a", "value": 60.0, "status": "in_effect",
            "status_rank": 5, "quote": "a 60% duty", "seq_date": D("2025-04-11")},
           {**KEY, "claim_id": "b1", "article": "b", "value": 15.0, "doubtful": doubtful,
            "quote": "a 15% tariff", "seq_date": D("2025-04-20")})
    return conflict_values(con)


@pytest.mark.parametrize(("doubtful", "raised"), [(True, False), (False, True)])
def test_the_doubtful_planning_figure_makes_no_conflict_alone(con: Any, doubtful: bool,
                                                              raised: bool) -> None:
    """b's 15% against a's 60%: a conflict only when b is no guess."""
    assert ((15.0, 60.0) in _pair(con, doubtful)) is raised
