"""11: an official mismatch needs a row of exactly the claim's partner, product and measure
that covers its date, and a plain rate (not negative, combined, a penalty or a filled key)."""

import pytest

from tests.reconcile.stage import D, insert, run

KEY = {"imposer": "US", "target": "KR", "product": "all", "measure": "reciprocal"}
ROW = {"ref_id": 7, "imposer": "US", "target": "KR", "product": "all", "measure": "reciprocal",
       "rate_percent": 15.0, "effective_date": D("2025-08-07"),
       "announced_date": D("2025-07-31"), "status": "in_effect", "use_rate": True,
       "use_date": True, "pause": False, "tier": "PRIMARY", "action": "Annex I rate",
       "legal_authority": "IEEPA; EO 14326", "source": "https://example.gov/eo"}


def _claim(value: float = 25.0, day: str = "2025-09-01", **over) -> dict:
    return {"claim_id": "c", "article": "a", "fact_id": "f", "value": value,
            "seq_date": D(day), "status": "in_effect", **{**KEY, **over}}


def _mismatches(con, claim: dict, *refs: dict) -> list[dict]:
    insert(con, "reference", *(refs or (ROW,)))
    insert(con, "fact_claims", claim)
    return run(con, "11_official_mismatch.sql")


def test_a_covered_claim_that_disagrees_names_its_row(con):
    (m,) = _mismatches(con, _claim())
    assert (m["ref_id"], m["ref_rate"], m["ref_authority"]) == (7, 15.0, "IEEPA; EO 14326")


@pytest.mark.parametrize("over", [
    {"target": "CH"},          # a partner the table does not list (a Swiss 39% is not the EU's)
    {"product": "furniture"},  # a product the row is not about
    {"measure": "baseline"},   # a measure the row is not about
])
def test_a_claim_the_row_does_not_cover_exactly_is_never_a_mismatch(con, over):
    assert _mismatches(con, _claim(**over)) == []


def test_a_claim_outside_the_rows_dates_is_not_compared(con):
    ended = {**ROW, "end_date": D("2025-08-20")}
    assert _mismatches(con, _claim(day="2025-06-01"), ended) == []  # before the window
    assert _mismatches(con, _claim(day="2025-10-01"), ended) == []  # after it ended


@pytest.mark.parametrize("over", [
    {"value": -5.0, "v": -5.0},   # a fall, not a rate
    {"combined": True},           # an all-in figure, not the component
    {"penalty": True},            # a penalty outside the schedule
    {"key_filled": True},         # a measure the text does not state
    {"metric": "share"},          # not a tariff rate
])
def test_figures_that_are_not_a_plain_rate_are_not_compared(con, over):
    assert _mismatches(con, _claim(**over)) == []


def test_a_claim_agreeing_with_its_row_is_no_mismatch(con):
    assert _mismatches(con, _claim(value=15.0)) == []
