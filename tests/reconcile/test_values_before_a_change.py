"""Values before a change, end to end: made-up articles (our own sentences) are ingested and
the conflicts and updates read back. Two articles telling the same change may disagree on
the value before it (07_claim_pairs.sql `tie`); a real change with change words stays an
update."""

from __future__ import annotations

from typing import Any

import duckdb

from tests.reconcile.car_feed import KEY
from tests.reconcile.car_feed import article as _article
from tests.reconcile.car_feed import conflicts as _conflicts
from tests.reconcile.car_feed import reconcile as _reconcile


def _updates(con: duckdb.DuckDBPyConnection) -> set[tuple[float, float]]:
    rows = con.execute("SELECT from_value, to_value FROM updates WHERE metric = ? AND "
                       "imposer = ? AND target = ? AND product = ?",
                       list(KEY.values())).fetchall()
    return set(rows)


CUT_25 = _article("n1", "2025-06-02", "Washington and Oslo reached a deal on Monday. Under "
                  "the agreement, US tariffs on Norwegian cars were cut from 25% to 10%, "
                  "officials said.")


def test_two_values_before_the_same_change_conflict(tmp_path):
    """Both articles move the rate to 10%; one says it was 25% before, the other 20%."""
    other = _article("n2", "2025-06-10", "US tariffs on Norwegian cars were reduced from 20% "
                     "to 10% under the deal, the government said on Tuesday.")
    con = _reconcile(tmp_path, CUT_25, other)
    got = _conflicts(con)
    assert set(got) == {(20.0, 25.0)}
    assert "before the same change" in got[(20.0, 25.0)]


def test_the_same_step_from_two_bases_conflicts_on_both_ends(tmp_path):
    """25% -> 10% and 27.5% -> 12.5%: one change, two statistics (one counts a duty the other
    leaves out); both ends are raised, each saying the bases differ."""
    other = _article("n3", "2025-06-20", "Carmakers in Oslo welcomed the agreement. US "
                     "tariffs on Norwegian cars were lowered from 27.5% to 12.5%, the trade "
                     "ministry said on Thursday.")
    con = _reconcile(tmp_path, CUT_25, other)
    got = _conflicts(con)
    assert set(got) == {(25.0, 27.5), (10.0, 12.5)}
    assert all("two bases" in reason for reason in got.values())


def test_two_bases_one_article_states_side_by_side_are_no_conflict(tmp_path):
    """(h140) One article tells the rise on both bases itself (to 30%, and 35% with a 5% fee
    on top); the other tells it on the higher base (from 25% to 35%). Their old values 20%
    and 25% differ by the gap between the two bases, and the first article states the
    other's 35% too: no disagreement on either end."""
    first = _article("n9", "2025-06-02", "US tariffs on Norwegian cars were raised from 20% "
                     "to 30% on Monday. Counting the 5% port fee, Norwegian cars now face 35%.")
    second = _article("n10", "2025-06-05", "US tariffs on Norwegian cars were raised from "
                      "25% to 35% this week, trade officials said.")
    con = _reconcile(tmp_path, first, second)
    assert _conflicts(con) == {}


def test_a_later_change_with_change_words_stays_an_update(tmp_path):
    """A second cut from the first cut's new value is the next change, not a disagreement."""
    later = _article("n4", "2025-07-01", "US tariffs on Norwegian cars were cut again on "
                     "Monday, from 10% to 5%, after a second round of talks.")
    con = _reconcile(tmp_path, CUT_25, later)
    assert _conflicts(con) == {}
    assert (10.0, 5.0) in _updates(con)


def test_two_steps_in_a_row_of_the_same_size_stay_updates(tmp_path):
    """10% -> 20% then 20% -> 30%: the same step twice, the second from the first's new
    value, is two changes in a row, not one change on two bases."""
    first = _article("n5", "2025-03-03", "US tariffs on Norwegian cars were raised from 10% "
                     "to 20% on Monday.")
    second = _article("n6", "2025-03-14", "US tariffs on Norwegian cars were raised again on "
                      "Friday, from 20% to 30%.")
    con = _reconcile(tmp_path, first, second)
    assert _conflicts(con) == {}
    assert {(10.0, 20.0), (20.0, 30.0)} <= _updates(con)


def test_previous_values_another_report_joins_by_a_change_are_successive(tmp_path):
    """One article skips a step ("from 10% to 40%") that another reports ("from 10% to
    25%"): the previous values 10% and 25% of the two articles telling the rise to 40% are
    two states in a row, not a disagreement."""
    first = _article("n7", "2025-04-01", "US tariffs on Norwegian cars were raised from 10% "
                     "to 25% on Tuesday.")
    second = _article("n8", "2025-04-09", "US tariffs on Norwegian cars were raised again on "
                      "Wednesday, from 25% to 40%.")
    summary = _article("n9", "2025-04-12", "US tariffs on Norwegian cars have gone up from "
                       "10% to 40% in less than two weeks.")
    con = _reconcile(tmp_path, first, second, summary)
    assert _conflicts(con) == {}


def test_a_rate_in_effect_before_a_pending_change_is_its_value_before(tmp_path):
    """"Set at 27.5%, is to be reduced to 15%" gives the value before the change as a rate in
    effect; another article tells the same change from 25%: they disagree on the value before,
    while the current rate of each article stays in comparisons."""
    pending = _article("m1", "2025-06-02", "The US tariff on Norwegian cars, currently set at "
                       "27.5%, is to be reduced to 15% next month under the deal.")
    other = _article("m2", "2025-06-12", "Under the deal, US tariffs on Norwegian cars will be "
                     "cut from 25% to 15%, officials said on Thursday.")
    con = _reconcile(tmp_path, pending, other)
    got = _conflicts(con)
    assert set(got) == {(25.0, 27.5)}
    assert "before the same change" in got[(25.0, 27.5)]
    (before,) = con.execute("SELECT in_seq FROM fact_claims WHERE is_before").fetchall()
    assert before == (True,)


def _lone(ident: str, published: str, old: str) -> dict[str, Any]:
    """An article that gives only the old value of the change ("were slashed from X"), with
    no new value of its own for the fact."""
    return _article(ident, published, "Oslo signed its pact with Washington in May. Weeks "
                    f"later, US duties on Norwegian cars were slashed from {old}, and "
                    "Norwegian salmon exporters hope for more.")


def test_a_lone_previous_value_conflicts_with_the_value_before_the_same_change(tmp_path):
    """One article tells the cut 25% -> 10%; another, weeks later, only says car duties
    were slashed from 27.5% (no new value): both speak of the rate before the one cut."""
    con = _reconcile(tmp_path, CUT_25, _lone("l1", "2025-06-25", "27.5%"))
    got = _conflicts(con)
    assert set(got) == {(25.0, 27.5)}
    assert "before the same change" in got[(25.0, 27.5)]


def test_a_lone_previous_value_equal_to_the_new_value_is_a_later_change(tmp_path):
    """"Slashed from 10%" after a cut to 10%: the next change, told from the first one's new
    value, not a disagreement about the value before."""
    con = _reconcile(tmp_path, CUT_25, _lone("l2", "2025-06-25", "10%"))
    assert _conflicts(con) == {}


def test_a_lone_previous_value_further_off_than_the_step_is_not_compared(tmp_path):
    """An old value further from 25% than the cut itself (60% against a 15-point cut) is
    not the same rate told another way: nothing ties the two articles."""
    con = _reconcile(tmp_path, CUT_25, _lone("l3", "2025-06-25", "60%"))
    assert _conflicts(con) == {}


def test_a_lone_previous_value_a_reported_step_joins_is_successive(tmp_path):
    """A third article reports the rise 25% -> 27.5%: the lone 27.5% is the state after it,
    not a disagreement with the 25% before the cut."""
    rise = _article("l4", "2025-05-20", "US tariffs on Norwegian cars were raised from 25% "
                    "to 27.5% on Tuesday.")
    con = _reconcile(tmp_path, CUT_25, rise, _lone("l5", "2025-06-25", "27.5%"))
    assert (25.0, 27.5) not in _conflicts(con)
