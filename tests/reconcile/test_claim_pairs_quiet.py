"""07_claim_pairs.sql `steady`: a guessed pair of two values in effect is steady only when no
change of its fact was told in its span ($window_days before the earlier publication to the
later one's latest possible day plus $window_days). The change claims are collapsed to their
days (`change_days`) and each span meets only the first change day from its start on (an
ASOF join, `quiet`), so the span's two ends, days just outside them, changes on both sides
and other facts' changes are checked here. Made-up claims."""

from __future__ import annotations

from typing import Any

import pytest

from tests.reconcile.stage import D, insert, run

IN_EFFECT = {"fact_id": "f", "status": "in_effect"}
# g and h: published 2025-08-07 and 2025-08-08, both dates inferred (a guess), 40% vs 45%;
# their span: 2025-07-24 (14 days before the 7th) to 2025-09-05 (the 8th + 14 + 14)
GUESSED = [
    {**IN_EFFECT, "claim_id": "g", "article": "g", "value": 40, "seq_date": D("2025-08-07"),
     "date_inferred": True},
    {**IN_EFFECT, "claim_id": "h", "article": "h", "value": 45, "seq_date": D("2025-08-08"),
     "date_inferred": True},
]


def _change(cid: str, day: str, **kw: Any) -> dict[str, Any]:
    """A change told on `day` by its own article (another epoch: it pairs with neither)."""
    return {**IN_EFFECT, "claim_id": cid, "article": cid, "value": 50, "is_change": True,
            "epoch": 1, "seq_date": D(day), **kw}


def _steady(con: Any) -> dict[tuple[str, str], bool]:
    return {(r["ca"], r["cb"]): r["steady"] for r in run(con, "07_claim_pairs.sql")}


@pytest.mark.parametrize(("changes", "steady"), [
    ([], True),                                                # no change told at all
    ([_change("c", "2025-07-23")], True),                      # the day before the span
    ([_change("c", "2025-07-24")], False),                     # its first day
    ([_change("c", "2025-08-07")], False),                     # inside
    ([_change("c", "2025-09-05")], False),                     # its last day
    ([_change("c", "2025-09-06")], True),                      # the day after it
    ([_change("c", "2025-07-01"), _change("d", "2025-09-20")], True),   # both sides, not in
    ([_change("c", "2025-07-01"), _change("d", "2025-08-20"),
      _change("e", "2025-08-20"), _change("k", "2025-09-20")], False),  # one day in, told twice
    ([_change("c", "2025-08-07", fact_id="other")], True),     # another fact's change
    ([_change("c", "2025-08-07", in_seq=False)], True),        # a change out of the sequence
])
def test_a_guessed_pair_is_steady_only_when_no_change_is_told_in_its_span(
        con, changes, steady):
    insert(con, "fact_claims", *GUESSED, *changes)
    assert _steady(con)[("g", "h")] is steady


def test_pairs_of_one_fact_are_checked_each_on_its_own_span(con):
    """Two guessed pairs of one fact, weeks apart: a change near the first leaves the second
    steady; a pair of the same days that may not be steady (a status other than in effect)
    stays not steady whatever its span."""
    later = [
        {**IN_EFFECT, "claim_id": "m", "article": "m", "value": 40,
         "seq_date": D("2025-11-03"), "date_inferred": True},
        {**IN_EFFECT, "claim_id": "n", "article": "n", "value": 45,
         "seq_date": D("2025-11-04"), "date_inferred": True},
        {**IN_EFFECT, "claim_id": "p", "article": "p", "value": 45, "status": "proposed",
         "seq_date": D("2025-11-04"), "date_inferred": True},
    ]
    insert(con, "fact_claims", *GUESSED, *later, _change("c", "2025-08-20"))
    got = _steady(con)
    assert got[("g", "h")] is False
    assert got[("m", "n")] is True
    assert got[("m", "p")] is False
