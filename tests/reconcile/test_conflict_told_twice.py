"""One disagreement told twice on one side (h242, 08_pair_groups.sql `echo`).

Article a: "last year's deficit with Zandia was $279.4 billion" (the year before's figure);
article b: "$295.4 billion"; article c: "nearly $300 billion". b and c agree within c's
stated precision, and each disagrees with a: that is one conflict (279.4 against 295.4), not
a second one against the rounder figure. A c that agrees with neither (310, stated exactly)
is a disagreement of its own and stays raised.
"""

from typing import Any

import pytest

from tests.reconcile.stage import D, conflict_values, insert

F = {"fact_id": "f", "metric": "trade_deficit", "imposer": "US", "target": "XX",
     "product": None, "measure": None, "unit": "USD"}
C = {**F, "kind": "amount", "status": None, "part": "2024"}


def _rows(con: Any, third: float, third_h: float) -> None:
    """a: 279.4, b: 295.4 (both to a tenth), c: `third` within `third_h`."""
    insert(con, "facts", {**F, "n_claims": 3, "n_sources": 3})
    insert(con, "fact_claims",
           {**C, "claim_id": "a1", "article": "a", "value": 279.4, "h": 0.05,
            "seq_date": D("2025-11-10"), "quote": "$279.4 billion"},
           {**C, "claim_id": "b1", "article": "b", "value": 295.4, "h": 0.05,
            "seq_date": D("2025-11-06"), "quote": "$295.4 billion"},
           {**C, "claim_id": "c1", "article": "c", "value": third, "h": third_h,
            "hedge": "nearly", "seq_date": D("2025-11-12"), "quote": f"${third:g} billion"})


@pytest.mark.parametrize(("third", "third_h", "second_raised"),
                         [(300, 7.5, False), (310, 0.05, True)])
def test_one_disagreement_told_twice_is_one_conflict(con: Any, third: float, third_h: float,
                                                     second_raised: bool) -> None:
    """279.4 against 295.4 is raised either way; against a "nearly 300" that agrees with
    295.4 it is the same conflict, against an exact 310 another one."""
    _rows(con, third, third_h)
    got = conflict_values(con)
    assert (279.4, 295.4) in got
    assert ((279.4, third) in got) is second_raised
