"""A partner's rate of the months before its own rate applied, against that partner's later
rate (h255, 07_claim_pairs.sql `earlier`, 08_pair_groups.sql `fc`).

Article a (Aug. 20): "Zandian goods paid 10% over the spring." The extractor reads the 10%
as the baseline by its months (h247), and 01 keys it on Zandia's country-wide fact (h252):
its claim's measure is baseline, its key's reciprocal. Article b (Aug. 14): "Zandia pays
20% since Aug. 7." The two tell two periods of one timeline (the spring's 10% before the
country rate), an update, not a disagreement. A 10% the extractor read as Zandia's own
rate (no months of the spring) still disagrees with the 20%, and two rates both told of
the spring are compared as before.
"""

from typing import Any

import pytest

from tests.reconcile.stage import D, conflict_values, insert

F = {"fact_id": "r", "metric": "tariff_rate", "imposer": "US", "target": "ZZ",
     "product": "all", "measure": "reciprocal", "unit": "percent", "status": "in_effect"}


def _rows(con: Any, a_measure: str, b_value: float, b_measure: str) -> None:
    """a's 10% and b's rate on one fact; each claim's own measure as the extractor read it."""
    insert(con, "facts", {**{k: F[k] for k in F if k != "status"}, "n_claims": 2,
                          "n_sources": 2})
    insert(con, "fact_claims",
           {**F, "claim_id": "a1", "article": "a", "value": 10, "sentence_key": 1,
            "seq_date": D("2025-08-20"), "quote": "paid 10% over the spring"},
           {**F, "claim_id": "b1", "article": "b", "value": b_value, "sentence_key": 2,
            "seq_date": D("2025-08-14"), "quote": f"pays {b_value:g}%"})
    insert(con, "claims",
           {"claim_id": "a1", "article": "a", "kind": "rate", "metric": "tariff_rate",
            "value": 10, "unit": "percent", "imposer": "US", "target": "ZZ",
            "product": "all", "measure": a_measure},
           {"claim_id": "b1", "article": "b", "kind": "rate", "metric": "tariff_rate",
            "value": b_value, "unit": "percent", "imposer": "US", "target": "ZZ",
            "product": "all", "measure": b_measure})


@pytest.mark.parametrize(("a_measure", "b_value", "b_measure", "raised"),
                         [("baseline", 20, "reciprocal", False),
                          ("reciprocal", 20, "reciprocal", True),
                          ("baseline", 15, "baseline", True)])
def test_a_partners_spring_rate_against_its_later_rate(con: Any, a_measure: str,
                                                       b_value: float, b_measure: str,
                                                       raised: bool) -> None:
    """The spring's 10% (read baseline, keyed reciprocal) against the 20% of August: no
    conflict; the same 10% read as the partner's own rate, or against another rate of the
    spring: raised."""
    _rows(con, a_measure, b_value, b_measure)
    assert ((10, b_value) in conflict_values(con)) is raised
