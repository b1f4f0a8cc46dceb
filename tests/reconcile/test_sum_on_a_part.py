"""A partner's all-in sum read on one component's key, beside that component's own value
(h233, 08_pair_groups.sql `sum_part`).

"Xandian motors now bear 30% at the border" keyed to the reciprocal rate, when the official
table has Xandia's 10% country rate and a 20% border duty: the 30%
is the whole of the partner's additional duties read on a part (01c re-keys such a figure as
combined only where the sum stood $window_days either side of its report). Against another
article's 10% reciprocal rate it measures something else, so the two are no conflict; a
figure that is neither the sum nor the component still disagrees.
"""

from typing import Any

import pytest

from tests.reconcile.stage import D, insert, run

REF = {"imposer": "US", "product": "all", "status": "in_effect", "use_rate": True,
       "use_date": True, "pause": False, "tier": "PRIMARY", "announced_date": D("2025-01-01"),
       "source": "https://example.gov", "target": "XX"}
F = {"fact_id": "f", "metric": "tariff_rate", "imposer": "US", "target": "XX",
     "product": "all", "measure": "reciprocal", "unit": "percent"}


def _rows(con: Any, value: float) -> None:
    """XX: a 10% country rate and a 20% border duty until November 10 (30% in all); one
    article gives the 10% country rate, another `value` on the same key."""
    insert(con, "reference",
           {**REF, "ref_id": 1, "measure": "reciprocal", "rate_percent": 10.0,
            "effective_date": D("2025-05-14"), "end_date": None},
           {**REF, "ref_id": 2, "measure": "fentanyl", "rate_percent": 20.0,
            "effective_date": D("2025-03-04"), "end_date": D("2025-11-10")})
    insert(con, "facts", {**F, "n_claims": 2, "n_sources": 2})
    insert(con, "fact_claims",
           {**F, "claim_id": "a1", "article": "a", "value": 10, "status": "in_effect",
            "seq_date": D("2025-10-20"), "quote": "10% reciprocal rate"},
           {**F, "claim_id": "b1", "article": "b", "value": value, "status": "in_effect",
            "seq_date": D("2025-10-29"), "quote": f"bear {value:g}%"})


@pytest.mark.parametrize(("value", "raised"), [(30, False), (35, True)])
def test_the_sum_on_a_part_is_no_conflict_with_the_part(con: Any, value: float,
                                                        raised: bool) -> None:
    """30% (the sum) beside 10% (the country rate): no conflict; 35% still disagrees."""
    _rows(con, value)
    run(con, "07_claim_pairs.sql")
    got = {(r["value_a"], r["value_b"]) for r in run(con, "08_pair_groups.sql")
           if r["kind"] == "conflict"}
    assert ((10, value) in got) is raised
