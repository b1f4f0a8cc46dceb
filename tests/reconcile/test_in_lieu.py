"""A rate told in place of another against a rate told on top of it (h242, 08_pair_groups.sql
`in_lieu`).

Article a: "Parcels found rerouted through Zandia pay a 40% charge instead of the 20%
country rate" (the 40% a move from the 20%, which its sentence gives as the value before).
Article b: "Rerouted parcels carry 60%: the 40% charge stacked on the 20% rate" (60%, 40%
and 20% on one fact, in one sentence). Both give 40%, but b's 40% is a part of its 60%: the
two disagree on what rerouted goods pay (40% against 60%). Where a does not tell the 40%
as replacing the 20%, or b's figures make no sum, the shared 40% still excuses the pair.
"""

from typing import Any

import pytest

from tests.reconcile.stage import D, conflict_values, insert

F = {"fact_id": "f", "metric": "tariff_rate", "imposer": "US", "target": "XX",
     "product": "all", "measure": None, "unit": "percent", "status": "in_effect"}
R = {**F, "fact_id": "r", "measure": "reciprocal"}


def _rows(con: Any, replaced: bool, stacked_on: float) -> None:
    """a's 40% (replacing the 20% when `replaced`), b's 60% with 40% and `stacked_on`."""
    insert(con, "facts", {**{k: F[k] for k in F if k != "status"}, "n_claims": 4,
                          "n_sources": 2})
    a = [{**F, "claim_id": "a1", "article": "a", "value": 40, "is_change": replaced,
          "change_word": "instead of" if replaced else "", "sentence_key": 1,
          "seq_date": D("2025-08-08"), "quote": "a 40% charge"}]
    if replaced:
        a.append({**R, "claim_id": "a2", "article": "a", "value": 20, "status": "previous",
                  "is_prev": True, "in_seq": False, "sentence_key": 1,
                  "seq_date": D("2025-08-08"), "quote": "the 20% country rate"})
    b = [{**F, "claim_id": f"b{i}", "article": "b", "value": v, "sentence_key": 2,
          "quote_start": 10 * i, "seq_date": D("2025-08-14"), "quote": f"{v:g}%"}
         for i, v in enumerate([60, 40, stacked_on], start=1)]
    insert(con, "fact_claims", *a, *b)


@pytest.mark.parametrize(("replaced", "stacked_on", "raised"),
                         [(True, 20, True), (False, 20, False), (True, 15, False)])
def test_in_lieu_against_on_top(con: Any, replaced: bool, stacked_on: float,
                                raised: bool) -> None:
    """40% in place of the 20% against 60% = 40% + 20%: a conflict on the whole (40 vs
    60), never on the part (20 vs 40); without the replacing or the sum, none."""
    _rows(con, replaced, stacked_on)
    got = conflict_values(con)
    assert ((40, 60) in got) is raised
    assert (20, 40) not in got
