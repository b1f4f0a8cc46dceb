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


def test_a_rate_told_with_the_normal_duty_the_row_states_is_no_mismatch(con):
    """News gives a car rate of 27.5%: the 25% Section 232 rate plus the 2.5% normal duty."""
    cars = {**ROW, "target": "*", "product": "autos", "measure": "section_232",
            "rate_percent": 25.0, "normal_duty_percent": 2.5}
    key = {"target": "*", "product": "autos", "measure": "section_232"}
    assert _mismatches(con, _claim(value=27.5, **key), cars) == []
    con.execute("DELETE FROM reference; DELETE FROM fact_claims")
    (m,) = _mismatches(con, _claim(value=30.0, **key), cars)
    assert m["ref_rate"] == 25.0


def test_the_partners_rate_under_another_measure_is_no_mismatch(con):
    """A partner's add-on (40%, a penalty) read under its reciprocal key agrees with the
    table: the figure is right, only its measure is the text's loose wording."""
    penalty = {**ROW, "ref_id": 8, "measure": "penalty", "rate_percent": 40.0}
    assert _mismatches(con, _claim(value=40.0), ROW, penalty) == []
    con.execute("DELETE FROM reference; DELETE FROM fact_claims")
    assert len(_mismatches(con, _claim(value=45.0), ROW, penalty)) == 1


def test_an_earlier_rate_of_the_key_told_later_is_history_not_a_mismatch(con):
    april = {**ROW, "ref_id": 3, "rate_percent": 25.0, "effective_date": D("2025-04-09"),
             "announced_date": D("2025-04-02")}
    assert _mismatches(con, _claim(value=25.0, day="2025-10-01"), april, ROW) == []
    con.execute("DELETE FROM reference; DELETE FROM fact_claims")
    (m,) = _mismatches(con, _claim(value=26.0, day="2025-10-01"), april, ROW)
    assert m["ref_rate"] == 15.0


def _date_claim(day: str) -> dict:
    return _claim(value=1.0, metric="effective_date", kind="date", unit="date",
                  date_value=D("2025-08-01"), day=day)


def test_a_start_told_before_the_act_existed_is_the_plan_not_a_mismatch(con):
    """A deal's 'from August 1' printed before the order set August 7 is no misreport;
    the same date printed after the order is."""
    assert _mismatches(con, _date_claim("2025-07-27")) == []
    con.execute("DELETE FROM reference; DELETE FROM fact_claims")
    (m,) = _mismatches(con, _date_claim("2025-08-03"))
    assert m["ref_date"] == D("2025-08-07")
