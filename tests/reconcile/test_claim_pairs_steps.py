"""07_claim_pairs.sql `joined`: two previous values tied by one change are successive states
when a third article states the step between them. The steps are collapsed on their values
before that join (`step_kinds`: how many articles state each, and two of them), so the
article test is checked here where it is close: a step told only by the pair's own
articles joins nothing, one told by any other article does. Made-up claims."""

from __future__ import annotations

from typing import Any

import pytest

from tests.reconcile.stage import D, insert, run


def _prev(cid: str, art: str, value: float, day: str) -> dict[str, Any]:
    return {"claim_id": cid, "article": art, "fact_id": "f", "value": value, "is_prev": True,
            "in_seq": False, "seq_date": D(day)}


def _new(cid: str, art: str, value: float, day: str) -> dict[str, Any]:
    return {"claim_id": cid, "article": art, "fact_id": "f", "value": value,
            "is_change": True, "seq_date": D(day)}


def _step(art: str, day: str, old: float, new: float) -> list[dict[str, Any]]:
    return [_prev(f"p{art}{old:g}", art, old, day), _new(f"n{art}{new:g}", art, new, day)]


# two articles tell the rise to 40%, one from 10%, the other from 25%
TIED = [*_step("a", "2025-04-10", 10, 40), *_step("b", "2025-04-12", 25, 40)]


@pytest.mark.parametrize(("tellers", "tied"), [
    ((), True),                      # no third article: one change, two values before it
    (("c",), False),                 # another article's 10% -> 25%: successive states
    (("a",), True),                  # the pair's own article only: no third article
    (("a", "b"), True),              # both of the pair's own articles: still none
    (("a", "c"), False),             # one of the pair's and another
    (("c", "d", "e"), False),        # three others (any of them will do)
    (("a", "b", "c"), False),        # both of the pair's and a third
    (("a", "ab", "b"), False),       # a third between the pair's own two (by name)
])
def test_a_step_between_two_tied_previous_values(con, tellers, tied):
    rows = list(TIED)
    for art in tellers:
        rows += ([_new(f"n{art}25", art, 25, "2025-04-11")] if art == "a" else
                 [_prev(f"p{art}10b", art, 10, "2025-04-11"),
                  _new(f"n{art}25", art, 25, "2025-04-11")] if art == "b" else
                 _step(art, "2025-04-05", 10, 25))
    insert(con, "fact_claims", *rows)
    ties = {(r["ca"], r["cb"]) for r in run(con, "07_claim_pairs.sql") if r["tie"]}
    assert (("pa10", "pb25") in ties) is tied
