"""13_updates.sql: stated changes (E1) and explained consecutive states (E2)."""

from tests.reconcile.stage import D, insert, run

F = {"fact_id": "f", "imposer": "US", "target": "KR", "product": "all",
     "measure": "reciprocal"}


def _facts(con):
    insert(con, "facts", {**F, "metric": "tariff_rate", "unit": "percent"})


def test_a_stated_change_runs_from_the_last_holder(con):
    _facts(con)
    insert(con, "fact_claims",
           {"claim_id": "a1", "article": "a", "value": 25, "seq_date": D("2025-04-03"), **F},
           {"claim_id": "b0", "article": "b", "value": 25, "is_prev": True, "in_seq": False,
            "status": "previous", "seq_date": D("2025-07-31"), **F},
           {"claim_id": "b1", "article": "b", "value": 15, "article_has_prev": True,
            "is_change": True, "epoch": 1, "seq_date": D("2025-07-31"), **F})
    (u,) = run(con, "13_updates.sql")
    assert (u["from_article"], u["to_article"], u["from_value"], u["to_value"]) == \
        ("a", "b", 25, 15)
    assert u["reason"] == "25% -> 15%: the text gives the earlier value as previous"


def test_consecutive_states_need_an_explanation(con):
    _facts(con)
    insert(con, "fact_claims",
           {"claim_id": "a1", "article": "a", "value": 25, "seq_date": D("2025-04-03"), **F},
           {"claim_id": "b1", "article": "b", "value": 20, "seq_date": D("2025-05-03"), **F},
           {"claim_id": "c1", "article": "c", "value": 10, "change_word": "lowered",
            "status": "in_effect", "status_rank": 5, "is_change": True, "epoch": 1,
            "seq_date": D("2025-06-03"), **F},
           {"claim_id": "d1", "article": "d", "value": 30, "status": "scheduled",
            "status_rank": 2, "epoch": 1, "seq_date": D("2025-07-03"), **F})
    got = [(u["from_article"], u["to_article"], u["reason"]) for u in run(con, "13_updates.sql")]
    # a -> b: nothing explains 25% -> 20% (a newer value, not an update)
    assert sorted(got) == [
        ("b", "c", "20% -> 10%: the text states a change ('lowered')"),
        ("c", "d", "10% -> 30%: status changed from in_effect to scheduled"),
    ]


def test_a_later_report_of_a_new_date(con):
    g = {**F, "fact_id": "g", "metric": "effective_date", "unit": "date", "h": 0.5}
    insert(con, "facts", {**F, "fact_id": "g", "metric": "effective_date", "unit": "date"})
    insert(con, "fact_claims",
           {"claim_id": "a1", "article": "a", "date_value": D("2025-04-09"), "v": 20187.0,
            "seq_date": D("2025-04-03"), **g},
           {"claim_id": "b1", "article": "b", "date_value": D("2025-08-01"), "v": 20301.0,
            "seq_date": D("2025-07-08"), **g})
    (u,) = run(con, "13_updates.sql")
    assert (u["from_date_value"], u["to_date_value"]) == (D("2025-04-09"), D("2025-08-01"))
    assert u["reason"] == "2025-04-09 -> 2025-08-01: a later report gives a new date"
    assert run(con, "13_updates.sql", window_days=200) == []


def test_a_headline_without_the_cue_takes_its_articles_cue_for_the_same_value(con):
    """The article's headline claim (best status, first in its text) is a bare 40%; the
    change cue stands on another mention of 40% in the body: the state is still worded."""
    _facts(con)
    insert(con, "fact_claims",
           {"claim_id": "a1", "article": "a", "value": 20, "status": "in_effect",
            "status_rank": 5, "quote_start": 10, "seq_date": D("2025-04-10"), **F},
           {"claim_id": "b1", "article": "b", "value": 40, "status": "in_effect",
            "status_rank": 5, "quote_start": 0, "is_change": True, "epoch": 1,
            "seq_date": D("2025-04-14"), **F},
           {"claim_id": "b2", "article": "b", "value": 40, "status": "in_effect",
            "status_rank": 5, "quote_start": 90, "change_word": "rose", "is_change": True,
            "epoch": 1, "seq_date": D("2025-04-14"), **F})
    got = [(u["from_article"], u["to_article"], u["to_claim"], u["reason"])
           for u in run(con, "13_updates.sql")]
    assert got == [("a", "b", "b1", "20% -> 40%: the text states a change ('rose')")]
