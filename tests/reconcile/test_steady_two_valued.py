"""07_claim_pairs.sql `steady` (h186, `two_valued`): an article that gives two values of one
fact, neither told as the old one (a phased plan's "12% from 2027 and 24% a year later", both
read in effect), tells no single state of it, so a pair placed only by its inferred date
holds no steady state and makes no conflict alone. Hand-made claims of one fact."""

from __future__ import annotations

from typing import Any

import pytest

from tests.reconcile.stage import D, insert, run

F = {"fact_id": "f", "imposer": "US", "target": "*", "product": "copper",
     "measure": "section_232"}
IN_EFFECT = {"fact_id": "f", "status": "in_effect"}


def _claims(con: Any, second: float | None) -> None:
    """A dated article's 40% and an undated one's 12% (and maybe a second value) placed by
    its inferred date on the same day."""
    insert(con, "facts", {**F, "metric": "tariff_rate", "unit": "percent"})
    rows = [{**IN_EFFECT, "claim_id": "a", "article": "a", "value": 40,
             "seq_date": D("2025-08-01")},
            {**IN_EFFECT, "claim_id": "b1", "article": "b", "value": 12,
             "seq_date": D("2025-08-01"), "date_inferred": True}]
    if second is not None:
        rows.append({**IN_EFFECT, "claim_id": "b2", "article": "b", "value": second,
                     "seq_date": D("2025-08-01"), "date_inferred": True})
    insert(con, "fact_claims", *rows)


@pytest.mark.parametrize(("second", "raised"), [
    (None, True),    # one value in its article: one state, and it disagrees
    (12, True),      # the same value told twice is still one value
    (24, False),     # two values: a plan's phases or a sum and its part, no single state
])
def test_an_article_of_two_values_holds_no_steady_state(con: Any, second: float | None,
                                                        raised: bool) -> None:
    _claims(con, second)
    pairs = {(r["ca"], r["cb"]): r["steady"] for r in run(con, "07_claim_pairs.sql")}
    assert pairs[("a", "b1")] is raised
    conflicts = {(r["value_a"], r["value_b"]) for r in run(con, "08_pair_groups.sql")
                 if r["kind"] == "conflict"}
    assert ((12, 40) in conflicts) is raised
