"""08-10: pairs grouped per (kind, fact, period, values) into two sides; the conflict and
consistent rows and their reasons."""

import pytest

from tests.reconcile.stage import D, insert, run

F = {"fact_id": "f", "imposer": "US", "target": "KR", "product": "all",
     "measure": "reciprocal"}


def _pair(ca, cb, va, vb, *, agree, explained=False, art_a=None, art_b=None, sd_a=None,
          sd_b=None, part="", tol=0.01):
    return {"fact_id": "f", "part": part, "ca": ca, "cb": cb, "art_a": art_a or ca,
            "art_b": art_b or cb, "va": va, "vb": vb, "tol": tol, "src_a": f"S-{ca}",
            "src_b": f"S-{cb}", "q_a": f"q{ca}", "q_b": f"q{cb}",
            "sd_a": sd_a or D("2025-04-01"), "sd_b": sd_b or D("2025-04-02"),
            "sk_a": sd_a or D("2025-04-01"), "sk_b": sd_b or D("2025-04-02"),
            "agree": agree, "explained": explained}


@pytest.fixture
def groups(con):
    insert(con, "facts", {**F, "metric": "tariff_rate", "unit": "percent"})
    insert(con, "_rc_pairs",
           _pair("a", "b", 26, 25, agree=False),
           _pair("c", "b", 26, 25, agree=False, sd_a=D("2025-04-03")),  # joins the same sides
           _pair("a", "d", 26, 20, agree=False, explained=True),  # statuses differ: explained
           _pair("e", "g", 25, 24, agree=False, art_a="e", art_b="g"),
           _pair("e2", "g", 24, 24, agree=True, art_a="e", art_b="g"),  # e and g also agree
           _pair("h", "i", 25.0, 25.004, agree=True, tol=0.01))
    return run(con, "08_pair_groups.sql")


def test_sides_and_kinds(con, groups):
    got = {(r["kind"], r["value_a"], r["value_b"]): r for r in groups}
    assert set(got) == {("conflict", 25, 26), ("consistent", 25, 25.004)}
    c = got[("conflict", 25, 26)]
    assert (c["articles_a"], c["articles_b"], c["first_date_b"]) == \
        (["b"], ["a", "c"], D("2025-04-01"))
    assert (c["text_a"], c["text_b"], c["gap"], c["period"]) == ("25%", "26%", 1, None)


def test_conflict_rows_and_reason(con, groups):
    (c,) = run(con, "09_conflicts.sql")
    assert c["kind"] == "conflict" and c["values"] == ["25%", "26%"]
    assert c["sources"] == ["S-b", "S-a", "S-c"]
    assert c["reason"] == ("S-b (2025-04-02) says 25% but S-a (2025-04-01) says 26% for the "
                           "same period; the gap (1 percentage point) is beyond the stated "
                           "precision and no change is reported")


def test_consistent_rows_and_reason(con, groups):
    (c,) = run(con, "10_consistent.sql")
    assert "kind" not in c
    assert c["reason"] == "25% and 25.004% agree within the precision the texts state"


def test_a_pair_placed_by_an_inferred_date_joins_a_conflict_but_makes_none(con):
    insert(con, "facts", {**F, "metric": "tariff_rate", "unit": "percent"})
    insert(con, "_rc_pairs",
           _pair("a", "b", 25, 30, agree=False),
           {**_pair("g", "b", 25, 30, agree=False), "guess": True},  # joins a vs b
           {**_pair("x", "y", 40, 45, agree=False), "guess": True},  # alone: none
           {**_pair("u", "w", 50, 50.004, agree=True), "guess": True})  # consistent: kept
    got = {(r["kind"], r["value_a"], r["value_b"]): r for r in run(con, "08_pair_groups.sql")}
    assert set(got) == {("conflict", 25, 30), ("consistent", 50, 50.004)}
    assert got[("conflict", 25, 30)]["articles_a"] == ["a", "g"]


def test_dates_far_apart_are_milestones_not_a_conflict(con):
    """A start and the end of a pause of one measure are both its dates: only dates within
    $milestone_days days of each other are told apart as a disagreement."""
    insert(con, "facts", {**F, "metric": "effective_date", "unit": "date"})
    day = lambda s: float((D(s) - D("1970-01-01")).days)  # noqa: E731
    insert(con, "_rc_pairs",
           {**_pair("a", "b", day("2025-10-30"), day("2025-11-01"), agree=False, tol=1.0),
            "dv_a": D("2025-10-30"), "dv_b": D("2025-11-01")},
           {**_pair("c", "d", day("2025-04-05"), day("2025-07-09"), agree=False, tol=1.0),
            "dv_a": D("2025-04-05"), "dv_b": D("2025-07-09")})
    got = [(r["kind"], r["date_value_a"], r["date_value_b"])
           for r in run(con, "08_pair_groups.sql")]
    assert got == [("conflict", D("2025-10-30"), D("2025-11-01"))]
    assert len(run(con, "08_pair_groups.sql", milestone_days=200)) == 2


def test_two_articles_agreeing_on_one_milestone_may_disagree_on_another(con):
    """Both articles give the end of a pause (October 5) and the start of the new rate, one
    August 7, the other August 8: the shared October date explains nothing about August."""
    insert(con, "facts", {**F, "metric": "effective_date", "unit": "date"})
    day = lambda s: float((D(s) - D("1970-01-01")).days)  # noqa: E731

    def dates(ca, cb, a, b, agree):
        return {**_pair(ca, cb, day(a), day(b), agree=agree, art_a="a", art_b="b", tol=0.5),
                "dv_a": D(a), "dv_b": D(b)}

    insert(con, "_rc_pairs",
           dates("a1", "b1", "2025-08-08", "2025-08-07", False),
           dates("a2", "b2", "2025-10-05", "2025-10-05", True))
    got = {(r["kind"], r["date_value_a"], r["date_value_b"])
           for r in run(con, "08_pair_groups.sql")}
    assert got == {("conflict", D("2025-08-07"), D("2025-08-08"))}
    # agreeing on a date near the disputed one (the same milestone) still explains it away
    insert(con, "_rc_pairs", dates("a3", "b3", "2025-08-07", "2025-08-07", True))
    assert run(con, "08_pair_groups.sql") == []


def test_a_shared_day_that_is_no_pair_still_agrees_on_the_milestone(con):
    """(h159) Article a says the levy cut starts on March 3 (a change: another epoch) and
    that the partner's own step follows on March 5; article b has the cut from March 3.
    07 pairs a's March 5 with b's March 3 but not the two March 3s: both articles still
    state that day, so the two days apart are no disagreement."""
    insert(con, "facts", {**F, "metric": "effective_date", "unit": "date"})
    day = lambda s: float((D(s) - D("1970-01-01")).days)  # noqa: E731
    insert(con, "_rc_pairs",
           {**_pair("a1", "b1", day("2025-03-05"), day("2025-03-03"), agree=False,
                    art_a="a", art_b="b", tol=0.5),
            "dv_a": D("2025-03-05"), "dv_b": D("2025-03-03")})
    got = [(r["kind"], r["date_value_a"]) for r in run(con, "08_pair_groups.sql")]
    assert got == [("conflict", D("2025-03-03"))]  # nothing shared yet
    dated = {"metric": "effective_date", "unit": "date", "kind": "date", "value": None, **F}
    insert(con, "fact_claims",
           {"claim_id": "a1", "article": "a", "date_value": D("2025-03-05"),
            "v": day("2025-03-05"), "seq_date": D("2025-02-27"), "epoch": 1, **dated},
           {"claim_id": "a2", "article": "a", "date_value": D("2025-03-03"),
            "v": day("2025-03-03"), "is_change": True, "epoch": 2,
            "seq_date": D("2025-02-27"), **dated},
           {"claim_id": "b1", "article": "b", "date_value": D("2025-03-03"),
            "v": day("2025-03-03"), "seq_date": D("2025-02-25"), "epoch": 1, **dated})
    assert run(con, "08_pair_groups.sql") == []


def test_a_steady_guessed_pair_makes_a_conflict_on_its_own(con):
    """A guessed pair that speaks of one steady state (07 `steady`) makes a conflict alone."""
    insert(con, "facts", {**F, "metric": "tariff_rate", "unit": "percent"})
    insert(con, "_rc_pairs",
           {**_pair("x", "y", 40, 45, agree=False), "guess": True, "steady": True},
           {**_pair("u", "w", 60, 65, agree=False), "guess": True, "steady": False})
    got = {(r["kind"], r["value_a"], r["value_b"]) for r in run(con, "08_pair_groups.sql")}
    assert got == {("conflict", 40, 45)}


def test_an_article_at_odds_with_itself_on_one_start_date_conflicts(con):
    """Article b: 'goods will face a 20% duty from June 3 ... shipments will now bear 45%'
    (both scheduled for June 3, no change between them); article a says 20% from June 3.
    Sharing the 20% explains nothing: b's 45% disagrees. Not when the 45% is read with
    another status (a threat beside the schedule), nor when the 45% is a total the text
    calls combined, nor when a also gives 45%."""
    insert(con, "facts", {**F, "metric": "tariff_rate", "unit": "percent"})
    pend = {"fact_id": "f", "status": "scheduled", "effective": D("2025-06-03"),
            "seq_date": D("2025-06-03")}
    insert(con, "fact_claims",
           {"claim_id": "a", "article": "a", "value": 20, **pend},
           {"claim_id": "b1", "article": "b", "value": 20, **pend},
           {"claim_id": "b2", "article": "b", "value": 45, **pend})
    insert(con, "_rc_pairs",
           _pair("a", "b1", 20, 20, agree=True, art_a="a", art_b="b"),
           _pair("a", "b2", 20, 45, agree=False, art_a="a", art_b="b"))
    got = {(r["kind"], r["value_a"], r["value_b"]) for r in run(con, "08_pair_groups.sql")}
    assert ("conflict", 20, 45) in got
    con.execute("UPDATE fact_claims SET status = 'proposed' WHERE claim_id = 'b2'")
    got = {(r["kind"], r["value_a"], r["value_b"]) for r in run(con, "08_pair_groups.sql")}
    assert ("conflict", 20, 45) not in got
    con.execute("UPDATE fact_claims SET status = 'scheduled', combined = true "
                "WHERE claim_id = 'b2'")  # "a combined 45%": a stack beside one of its parts
    got = {(r["kind"], r["value_a"], r["value_b"]) for r in run(con, "08_pair_groups.sql")}
    assert ("conflict", 20, 45) not in got
    con.execute("UPDATE fact_claims SET combined = false WHERE claim_id = 'b2'")
    insert(con, "fact_claims", {"claim_id": "a2", "article": "a", "value": 45, **pend})
    got = {(r["kind"], r["value_a"], r["value_b"]) for r in run(con, "08_pair_groups.sql")}
    assert ("conflict", 20, 45) not in got
