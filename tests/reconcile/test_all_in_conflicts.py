"""12b_all_in_conflicts.sql: a stated all-in figure off the official sum of its partner's
components is a conflict when another article states that sum for the same period."""

from tests.reconcile.stage import D, insert, run

REF = {"imposer": "US", "product": "all", "status": "in_effect", "use_rate": True,
       "use_date": True, "pause": False, "tier": "PRIMARY", "announced_date": D("2025-01-01"),
       "source": "https://example.gov"}
F = {"fact_id": "f", "metric": "tariff_rate", "imposer": "US", "target": "XX",
     "product": "all", "measure": None, "unit": "percent"}


def _ref(ref_id: int, measure: str, rate: float, start: str, end: str | None = None) -> dict:
    return {**REF, "ref_id": ref_id, "target": "XX", "measure": measure,
            "rate_percent": rate, "effective_date": D(start),
            "end_date": D(end) if end else None}


def _setup(con) -> None:
    """XX: a 10% country rate and a 20% border duty until November 10 (30% in all), the
    duty 10% after (20% in all)."""
    insert(con, "reference", _ref(1, "reciprocal", 10.0, "2025-05-14"),
           _ref(2, "fentanyl", 20.0, "2025-03-04", "2025-11-10"),
           _ref(3, "fentanyl", 10.0, "2025-11-10"))
    insert(con, "facts", {**F, "n_claims": 4, "n_sources": 4})


def test_a_total_off_the_sum_that_another_article_states_is_a_conflict(con):
    _setup(con)
    insert(con, "fact_claims",
           # one outlet: the partner's goods face 30% in all (the sum)
           {"claim_id": "a1", "article": "a", "value": 30, "status": "in_effect",
            "seq_date": D("2025-10-11"), "quote": "30% in all", **F},
           # another, its date a guess: a deal brings the total down "from 57%" to 47%
           {"claim_id": "b1", "article": "b", "value": 57, "status": "previous",
            "is_prev": True, "date_inferred": True, "seq_date": D("2025-10-10"),
            "quote": "from 57%", **F},
           # the deal's new figure is pending: not compared with the sum
           {"claim_id": "b2", "article": "b", "value": 47, "status": "agreed",
            "date_inferred": True, "seq_date": D("2025-10-10"), **F})
    (row,) = run(con, "12b_all_in_conflicts.sql")
    assert (row["kind"], row["value_a"], row["value_b"]) == ("conflict", 30, 57)
    assert (row["articles_a"], row["articles_b"]) == (["a"], ["b"])
    assert "sum to 30% (reciprocal 10% + fentanyl 20%)" in row["reason"]
    assert sorted(row["claim_ids"]) == ["a1", "b1"]


def test_no_conflict_without_a_second_article_or_in_another_period(con):
    _setup(con)
    insert(con, "fact_claims",
           # alone off the sum: nobody states the sum then
           {"claim_id": "c1", "article": "c", "value": 57, "status": "in_effect",
            "seq_date": D("2025-07-01"), **F},
           # the sum stated weeks later is another period
           {"claim_id": "d1", "article": "d", "value": 30, "status": "in_effect",
            "seq_date": D("2025-08-20"), **F},
           # a total after November 10 that states that day's sum (20%), and one a month
           # on, off it but beside no one
           {"claim_id": "e1", "article": "e", "value": 20, "status": "in_effect",
            "seq_date": D("2025-11-12"), **F},
           {"claim_id": "g1", "article": "g", "value": 45, "status": "in_effect",
            "seq_date": D("2025-12-20"), **F},
           # an inferred date whose span crosses November 10: the sum is not one figure
           {"claim_id": "h1", "article": "h", "value": 57, "status": "in_effect",
            "date_inferred": True, "seq_date": D("2025-11-05"), **F},
           # the day the duty is halved: "the total drops from 30% to 20%" tells the sum of
           # before, an update beside e1's 20%, not a figure off that day's sum
           {"claim_id": "k1", "article": "k", "value": 30, "status": "previous",
            "is_prev": True, "seq_date": D("2025-11-10"), **F},
           {"claim_id": "k2", "article": "k", "value": 20, "status": "in_effect",
            "seq_date": D("2025-11-10"), **F})
    assert run(con, "12b_all_in_conflicts.sql") == []


def test_a_part_beside_its_own_articles_sum_is_no_conflict(con):
    """An article that tells the sum and its parts ("a 20% border duty on top of the 10%
    country rate, 30% in all") agrees with another article's sum: its parts, read as
    all-in figures, are not raised against it."""
    _setup(con)
    insert(con, "fact_claims",
           {"claim_id": "a1", "article": "a", "value": 30, "status": "in_effect",
            "seq_date": D("2025-10-11"), "quote": "30% in all", **F},
           {"claim_id": "b1", "article": "b", "value": 30, "status": "in_effect",
            "seq_date": D("2025-10-14"), "quote": "30% in all", **F},
           {"claim_id": "b2", "article": "b", "value": 10, "status": "in_effect",
            "seq_date": D("2025-10-14"), "quote": "the 10% country rate", **F},
           {"claim_id": "b3", "article": "b", "value": 20, "status": "in_effect",
            "seq_date": D("2025-10-14"), "quote": "a 20% border duty", **F},
           # another article's figure off the sum, with no sum of its own, still is
           {"claim_id": "c1", "article": "c", "value": 57, "status": "in_effect",
            "seq_date": D("2025-10-12"), "quote": "57% in all", **F},
           # and so is a figure that is no component, though its article states the sum
           # ("down from 45%" beside "30% this year")
           {"claim_id": "e1", "article": "e", "value": 30, "status": "in_effect",
            "seq_date": D("2025-10-13"), "quote": "30% this year", **F},
           {"claim_id": "e2", "article": "e", "value": 45, "status": "previous",
            "is_prev": True, "seq_date": D("2025-10-13"), "quote": "down from 45%", **F})
    rows = run(con, "12b_all_in_conflicts.sql")
    assert sorted((r["value_a"], r["value_b"]) for r in rows) == [(30, 45), (30, 57)]


def test_a_part_beside_its_articles_sum_read_as_the_old_value_is_no_conflict(con):
    """(h264) An article that names the sum only as a figure read as the value before a
    change, or a doubtful one ("a deal would lift the 30% charge, of which 20% is the border
    duty"), still states the sum: its part equal to a component is no second all-in figure
    against another article's sum; a figure that is no component still disagrees."""
    _setup(con)
    insert(con, "fact_claims",
           {"claim_id": "a1", "article": "a", "value": 30, "status": "in_effect",
            "seq_date": D("2025-10-11"), "quote": "30% in all", **F},
           # the sum read as the old value of a change, dated only by inference
           {"claim_id": "b1", "article": "b", "value": 30, "status": "previous",
            "is_prev": True, "date_inferred": True, "seq_date": D("2025-10-14"),
            "quote": "lift the 30% charge", **F},
           {"claim_id": "b2", "article": "b", "value": 20, "status": "in_effect",
            "date_inferred": True, "seq_date": D("2025-10-14"), "quote": "20%", **F},
           # the sum read as doubtful beside its part
           {"claim_id": "c1", "article": "c", "value": 30, "doubtful": True,
            "seq_date": D("2025-10-12"), "quote": "a charge of 30%", **F},
           {"claim_id": "c2", "article": "c", "value": 10, "status": "in_effect",
            "seq_date": D("2025-10-12"), "quote": "the extra 10%", **F},
           # no component, beside a doubtful sum: still raised
           {"claim_id": "e1", "article": "e", "value": 30, "doubtful": True,
            "seq_date": D("2025-10-13"), "quote": "a charge of 30%", **F},
           {"claim_id": "e2", "article": "e", "value": 45, "status": "in_effect",
            "seq_date": D("2025-10-13"), "quote": "45% on some goods", **F})
    rows = run(con, "12b_all_in_conflicts.sql")
    assert sorted((r["value_a"], r["value_b"]) for r in rows) == [(30, 45)]
