"""A previous value is evidence of the period before its change (07_claim_pairs.sql `held`,
h95): made-up articles (our own sentences) are ingested and the conflicts read back. "Cut
from 24% to 10%" in an article of day D says 24% held until just before D, so another
article's rate in effect reported shortly before, with no change told between, is compared
with it; a chain of changes told across articles, or an agreeing value, is no conflict."""

from __future__ import annotations

import duckdb

from tests.reconcile.car_feed import article as _article
from tests.reconcile.car_feed import conflicts as _conflicts
from tests.reconcile.car_feed import reconcile as _reconcile

STANDS_26 = _article("p1", "2025-05-05", "Norwegian cars shipped to the US currently pay a "
                     "26% tariff, the customs agency said on Monday.")


def test_a_previous_value_conflicts_with_the_rate_reported_just_before(tmp_path):
    """26% reported in effect on Monday; on Friday another outlet tells a cut "from 24%":
    two values of the same period, before the cut."""
    cut = _article("p2", "2025-05-09", "The US cut its tariff on Norwegian cars from 24% to "
                   "10% on Friday, officials in Oslo said.")
    got = _conflicts(_reconcile(tmp_path, STANDS_26, cut))
    assert set(got) == {(24.0, 26.0)}
    assert "previous value" in got[(24.0, 26.0)] and "held until 2025-05-08" in got[(24.0, 26.0)]


def test_an_agreeing_previous_value_is_no_conflict(tmp_path):
    """The cut starts from the rate the earlier report gave: a change, nothing disputed."""
    cut = _article("p3", "2025-05-09", "The US cut its tariff on Norwegian cars from 26% to "
                   "10% on Friday, officials in Oslo said.")
    assert _conflicts(_reconcile(tmp_path, STANDS_26, cut)) == {}


def test_a_chain_of_changes_told_across_articles_is_no_conflict(tmp_path):
    """26% -> 30% told by one outlet, 30% -> 40% by the next: the second one's previous value
    is the first one's new value, and the 26% report lies before a change told in between."""
    rise = _article("p4", "2025-05-07", "The US raised its tariff on Norwegian cars from 26% "
                    "to 30% on Wednesday.")
    again = _article("p5", "2025-05-12", "The US raised its tariff on Norwegian cars again on "
                     "Monday, from 30% to 40%.")
    assert _conflicts(_reconcile(tmp_path, STANDS_26, rise, again)) == {}


def test_a_report_long_before_the_change_is_no_evidence_of_the_time_just_before(tmp_path):
    """Two months between the report and the cut: a change nobody told may lie between."""
    cut = _article("p6", "2025-07-07", "The US cut its tariff on Norwegian cars from 24% to "
                   "10% on Monday, officials in Oslo said.")
    assert _conflicts(_reconcile(tmp_path, STANDS_26, cut)) == {}


def test_a_bound_is_not_the_rate_in_effect(tmp_path):
    """"Up to 26%" caps several rates; it says nothing against a previous 24%."""
    bound = _article("p7", "2025-05-05", "Norwegian cars shipped to the US currently pay "
                     "tariffs of up to 26%, the customs agency said on Monday.")
    cut = _article("p8", "2025-05-09", "The US cut its tariff on Norwegian cars from 24% to "
                   "10% on Friday, officials in Oslo said.")
    assert _conflicts(_reconcile(tmp_path, bound, cut)) == {}


# --- (b) current values: a change read in effect before its own start (15_current_rules.sql
# `pend`, h95's clause): its article's previous value held until then.

F = {"fact_id": "f", "imposer": "US", "target": "NO", "product": "autos", "measure": None}


def _cut_told_early(con: duckdb.DuckDBPyConnection) -> None:
    """One article of June 3 says the rate goes from 40% to 20% on June 9; the extractor read
    the new value in effect (its start, June 9, is its own)."""
    from tests.reconcile.stage import D, insert

    insert(con, "fact_claims",
           {"claim_id": "c0", "article": "c", "value": 40, "status": "previous",
            "is_prev": True, "in_seq": False, "quote_start": 30, "quote": "from 40%",
            "seq_date": D("2025-06-03"), **F},
           {"claim_id": "c1", "article": "c", "value": 20, "status": "in_effect",
            "is_change": True, "effective": D("2025-06-09"), "quote_start": 40,
            "quote": "to 20%", "seq_date": D("2025-06-03"), **F})


def test_a_change_read_in_effect_before_its_start_leaves_the_previous_value(con):
    from tests.reconcile.stage import D, run

    _cut_told_early(con)
    (got,) = run(con, "15_current_values.sql", as_of=D("2025-06-05"))
    assert (got["value"], got["status"]) == (40, "in_effect")


def test_once_its_start_has_come_the_change_is_current(con):
    from tests.reconcile.stage import D, run

    _cut_told_early(con)
    (got,) = run(con, "15_current_values.sql", as_of=D("2025-06-10"))
    assert got["value"] == 20
