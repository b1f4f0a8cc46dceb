"""Dates of one milestone given differently by two sources: a conflict unless a stated
change moved the milestone (07_claim_pairs.sql, 08_pair_groups.sql). Made-up articles."""

from __future__ import annotations

from tests.reconcile.stage import D
from tests.reconcile.stage import insert as stage_insert
from tests.reconcile.stage import run as stage_run
from tests.reconcile.test_reconcile import make_db, rows
from tracker import store
from tracker.reconcile import driver

PE = {"imposer": "US", "target": "PE", "product": "all", "measure": "reciprocal",
      "metric": "effective_date"}


def _conflicts(con) -> list[tuple[str, str]]:
    return sorted((str(c["date_value_a"]), str(c["date_value_b"])) for c in rows(
        con, "SELECT date_value_a, date_value_b FROM conflicts WHERE kind = 'conflict'"))


def test_two_ends_of_one_pause_a_day_apart_conflict_across_a_rate_change(tmp_path):
    """A change of the rate (its own start date, far from the pause's end) between two
    reports does not move the pause's end: "extension to June 1" and "on hold until
    June 2" are two days for one milestone."""
    con = make_db(tmp_path, [
        {"id": "a", "published": "2026-03-03"}, {"id": "c", "published": "2026-03-04"},
        {"id": "b", "published": "2026-03-06"},
    ], [
        {"article": "a", "value": "2026-06-01", "status": "scheduled", **PE,
         "sentence": "The extension to June 1 gives the negotiators on lamp duties more time."},
        {"article": "c", "value": "2026-03-05", "status": "scheduled", **PE,
         "sentence": "The lamp duty was cut to 10% from March 5."},
        {"article": "b", "value": "2026-06-02", "status": "scheduled", **PE,
         "sentence": "The higher lamp duties stay on hold until June 2."},
    ])
    assert _conflicts(con) == [("2026-06-01", "2026-06-02")]


def test_a_deadline_moved_with_a_change_word_stays_an_update(tmp_path):
    con = make_db(tmp_path, [
        {"id": "a", "published": "2026-07-10"}, {"id": "b", "published": "2026-07-14"},
        {"id": "c", "published": "2026-07-16"},
    ], [
        {"article": "a", "value": "2026-08-01", "status": "scheduled", **PE,
         "sentence": "The lamp duties take effect on August 1."},
        {"article": "b", "value": "2026-08-04", "status": "scheduled", **PE,
         "sentence": "The lamp duties were pushed back to August 4."},
        {"article": "c", "value": "2026-08-04", "status": "scheduled", **PE,
         "sentence": "The lamp duties take effect on August 4."},
    ])
    assert _conflicts(con) == []
    ups = rows(con, "SELECT from_date_value, to_date_value FROM updates")
    assert {(u["from_date_value"], u["to_date_value"]) for u in ups} \
        == {(D("2026-08-01"), D("2026-08-04"))}


def test_an_old_deadline_given_as_previous_conflicts_with_another_day_for_it(tmp_path):
    """'The cut-off had been set to run out on October 30' (its article gives no new date) and
    another source's 'November 1' for the same deadline, the same week."""
    con = make_db(tmp_path, [
        {"id": "a", "published": "2026-10-27"}, {"id": "b", "published": "2026-10-28"},
    ], [
        {"article": "a", "value": "2026-10-30", "status": "previous", **PE,
         "sentence": "The cut-off had been set to run out on Thursday, October 30."},
        {"article": "b", "value": "2026-11-01", "status": "scheduled", **PE,
         "sentence": "Both sides wanted talks to go on before November 1 arrived."},
    ])
    assert _conflicts(con) == [("2026-10-30", "2026-11-01")]


def test_an_old_deadline_and_the_new_one_it_was_moved_to_are_an_update(tmp_path):
    """The old day as previous and a report that the deadline was delayed to a day nearby:
    a change, not a disagreement; nor is an article giving both days."""
    con = make_db(tmp_path, [
        {"id": "a", "published": "2026-10-27"}, {"id": "b", "published": "2026-10-28"},
        {"id": "c", "published": "2026-10-29"},
    ], [
        {"article": "a", "value": "2026-10-30", "status": "previous", **PE,
         "sentence": "The cut-off had been set to run out on Thursday, October 30."},
        {"article": "b", "value": "2026-11-03", "status": "scheduled", **PE,
         "sentence": "The deadline was delayed to November 3."},
        {"article": "c", "value": "2026-10-30", "status": "previous", **PE,
         "sentence": "The deadline, once October 30, is now November 3."},
        {"article": "c", "value": "2026-11-03", "status": "scheduled", **PE,
         "sentence": "The deadline, once October 30, is now November 3."},
    ])
    assert _conflicts(con) == []


def test_dates_of_one_milestone_are_no_guess_but_farther_ones_are(con):
    """An inferred publication does not make a pair of dates of one milestone (within
    $milestone_days) a guess; two dates farther apart still pair as a guess."""
    dates = {"fact_id": "f", "metric": "effective_date", "unit": "date", "h": 0.5}
    day = lambda s: float((D(s) - D("1970-01-01")).days)  # noqa: E731
    stage_insert(con, "fact_claims",
                 {**dates, "claim_id": "g", "article": "g", "date_value": D("2026-10-30"),
                  "value": day("2026-10-30"), "seq_date": D("2026-10-27"),
                  "date_inferred": True},
                 {**dates, "claim_id": "k", "article": "k", "date_value": D("2026-11-05"),
                  "value": day("2026-11-05"), "seq_date": D("2026-10-27")},
                 {**dates, "claim_id": "m", "article": "m", "date_value": D("2026-11-09"),
                  "value": day("2026-11-09"), "seq_date": D("2026-10-28")})
    guess = {(r["ca"], r["cb"]): r["guess"] for r in stage_run(con, "07_claim_pairs.sql")}
    assert guess[("g", "k")] is False and guess[("g", "m")] is True


def test_two_pause_ends_a_day_apart_disagree(con):
    """One day apart agree as a pause's last day and the new rate's first; two sentences
    that both speak of the pause give its end, and disagree."""
    dates = {"fact_id": "f", "metric": "effective_date", "unit": "date", "h": 0.5,
             "pause_word": True}
    day = lambda s: float((D(s) - D("1970-01-01")).days)  # noqa: E731
    stage_insert(con, "fact_claims",
                 {**dates, "claim_id": "p", "article": "p", "date_value": D("2026-06-01"),
                  "value": day("2026-06-01"), "seq_date": D("2026-03-01")},
                 {**dates, "claim_id": "q", "article": "q", "date_value": D("2026-06-02"),
                  "value": day("2026-06-02"), "seq_date": D("2026-03-02")})
    agree = {(r["ca"], r["cb"]): r["agree"] for r in stage_run(con, "07_claim_pairs.sql")}
    assert agree == {("p", "q"): False}


PE_RATE = {**PE, "metric": "tariff_rate"}


def _one_start(tmp_path, rate_b: float, move: bool = False) -> list[tuple[str, str]]:
    """Two articles telling after the fact when the 50% lamp duty started: June 4 and,
    two months later, July 4 (the same rate beside each date)."""
    s_a = "The lamp duty rose to 50% on June 4."
    s_b = f"Lamp makers have paid {rate_b:g}% since July 4."
    s_c = "The start of the lamp duty was pushed back to July 4."
    arts = [{"id": "a", "published": "2026-06-05"}, {"id": "b", "published": "2026-08-03"}]
    claims = [
        {"article": "a", "value": 50.0, "status": "in_effect", **PE_RATE, "sentence": s_a},
        {"article": "a", "value": "2026-06-04", "status": "in_effect", **PE, "sentence": s_a},
        {"article": "b", "value": rate_b, "status": "in_effect", **PE_RATE, "sentence": s_b},
        {"article": "b", "value": "2026-07-04", "status": "in_effect", **PE, "sentence": s_b}]
    if move:
        arts.append({"id": "c", "published": "2026-06-20"})
        claims.append({"article": "c", "value": "2026-07-04", "status": "scheduled", **PE,
                       "sentence": s_c})
    return _conflicts(make_db(tmp_path, arts, claims))


def test_one_past_start_told_on_two_days_a_month_apart_conflicts(tmp_path):
    """A start told after it happened is history: "rose to 50% on June 4" and "paid 50%
    since July 4" disagree, though the days are farther apart than one milestone's."""
    assert _one_start(tmp_path, 50.0) == [("2026-06-04", "2026-07-04")]


def test_one_past_start_told_twice_holds_in_a_rebuild_over_slices(tmp_path):
    """The rate beside each date is read before the pair stages run over slices of the
    facts (05), so a rebuild in slices, where the rates' facts lie in other slices than
    the dates', finds the same conflict."""
    (tmp_path / "s").mkdir()
    _one_start(tmp_path / "s", 50.0)
    con = store.connect(tmp_path / "s" / "t.duckdb")
    con.execute("BEGIN")
    driver.rebuild(con, chunks=4)
    con.execute("COMMIT")
    assert _conflicts(con) == [("2026-06-04", "2026-07-04")]


def test_an_article_telling_both_days_tells_two_starts_not_one(tmp_path):
    """(h140) The later article gives the earlier day too, as the start of the first half of
    the duty, beside the second half's start: two starts of two parts of one total, each
    from its own day, not one start told twice on two days."""
    s_a = "The lamp duty of 50% began on June 4."
    s_b1 = "A further 50% on lamps began on July 4."
    s_b2 = "It stacks on the 50% lamp duty in place since June 4."
    arts = [{"id": "a", "published": "2026-06-05"}, {"id": "b", "published": "2026-08-03"}]
    claims = [
        {"article": "a", "value": 50.0, "status": "in_effect", **PE_RATE, "sentence": s_a},
        {"article": "a", "value": "2026-06-04", "status": "in_effect", **PE, "sentence": s_a},
        {"article": "b", "value": 50.0, "status": "in_effect", **PE_RATE, "sentence": s_b1},
        {"article": "b", "value": "2026-07-04", "status": "in_effect", **PE, "sentence": s_b1},
        {"article": "b", "value": 50.0, "status": "in_effect", **PE_RATE, "sentence": s_b2},
        {"article": "b", "value": "2026-06-04", "status": "in_effect", **PE, "sentence": s_b2}]
    assert _conflicts(make_db(tmp_path, arts, claims)) == []


def test_two_starts_of_different_rates_or_a_told_move_are_no_conflict(tmp_path):
    """Another rate's start (25% since July 4) is another milestone; a move of the start
    told by anyone near them ("pushed back to July 4") makes them an update."""
    (tmp_path / "r").mkdir()
    (tmp_path / "m").mkdir()
    assert _one_start(tmp_path / "r", 25.0) == []
    assert _one_start(tmp_path / "m", 50.0, move=True) == []


def test_one_past_start_told_a_day_off_months_later_conflicts(tmp_path):
    """(h186) "rose to 50% on June 4" and, two months on, "paid 50% since June 5": one
    past start told after it happened, a day off, by reports too far apart for the
    publication window: a disagreement, as two days a month apart are (`one_start`)."""
    s_a = "The lamp duty rose to 50% on June 4."
    s_b = "Lamp makers have paid 50% since June 5."
    arts = [{"id": "a", "published": "2026-06-05"}, {"id": "b", "published": "2026-08-03"}]
    claims = [
        {"article": "a", "value": 50.0, "status": "in_effect", **PE_RATE, "sentence": s_a},
        {"article": "a", "value": "2026-06-04", "status": "in_effect", **PE, "sentence": s_a},
        {"article": "b", "value": 50.0, "status": "in_effect", **PE_RATE, "sentence": s_b},
        {"article": "b", "value": "2026-06-05", "status": "in_effect", **PE, "sentence": s_b}]
    assert _conflicts(make_db(tmp_path, arts, claims)) == [("2026-06-04", "2026-06-05")]
