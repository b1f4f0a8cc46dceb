"""07_claim_pairs.sql `lone_prev` (h179): an article giving only an old value ("handbags
carried the 30% tariff") is compared with another article's value before its change only
when that change's new value is sure. A doubtful new value (its sentence does not name the
party: "27.5%: the 25% sector duty plus the normal 2.5%", the ordinary duty read on the
key) may be no new value of the fact, so it ties nothing. Hand-made rows."""

from __future__ import annotations

from typing import Any

import pytest

from tests.reconcile.stage import D, insert, run

KEY = {"fact_id": "f", "imposer": "US", "target": "EU", "product": "all",
       "measure": "reciprocal"}


@pytest.mark.parametrize(("doubtful", "tied"), [(False, True), (True, False)])
def test_a_doubtful_new_value_ties_no_lone_old_value(con: Any, doubtful: bool,
                                                    tied: bool) -> None:
    insert(con, "fact_claims",
           # l: only an old value, 30%
           {**KEY, "claim_id": "l1", "article": "l", "value": 30, "status": "previous",
            "is_prev": True, "in_seq": False, "seq_date": D("2025-08-14")},
           # m: "had paid 27.5%" and a new value of 2.5%, doubtful or not
           {**KEY, "claim_id": "m1", "article": "m", "value": 27.5, "status": "previous",
            "is_prev": True, "in_seq": False, "seq_date": D("2025-08-28")},
           {**KEY, "claim_id": "m2", "article": "m", "value": 2.5, "status": "in_effect",
            "is_change": True, "doubtful": doubtful, "article_has_prev": True,
            "seq_date": D("2025-08-28")})
    ties = {(r["ca"], r["cb"]): r["tie"] for r in run(con, "07_claim_pairs.sql")
            if r["tie"] is not None}
    assert (ties.get(("l1", "m1")) == "lone_prev") is tied
