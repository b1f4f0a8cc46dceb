"""07_claim_pairs.sql: claims of different articles about the same fact, epoch and period."""

from tests.reconcile.stage import D, insert, run


def _pairs(con, **params):
    return {(r["ca"], r["cb"]): (r["agree"], r["explained"])
            for r in run(con, "07_claim_pairs.sql", **params)}


def test_publication_window_and_effective_dates(con):
    insert(con, "fact_claims",
           {"claim_id": "a", "article": "a", "fact_id": "f", "value": 25,
            "seq_date": D("2025-04-01")},
           {"claim_id": "b", "article": "b", "fact_id": "f", "value": 26,
            "seq_date": D("2025-04-10"), "status": "in_effect"},
           {"claim_id": "c", "article": "c", "fact_id": "f", "value": 25,
            "seq_date": D("2025-05-20")},  # too late for a and b
           {"claim_id": "d", "article": "d", "fact_id": "f", "value": 25,
            "seq_date": D("2025-06-20"), "effective": D("2025-08-01")},
           {"claim_id": "e", "article": "e", "fact_id": "f", "value": 30,
            "seq_date": D("2025-07-30"), "effective": D("2025-08-02"), "status": "scheduled"},
           {"claim_id": "s", "article": "a", "fact_id": "f", "value": 27,
            "seq_date": D("2025-04-01")},  # same article as a: paired with b only
           {"claim_id": "x", "article": "x", "fact_id": "f", "value": 40,
            "seq_date": D("2025-04-02"), "epoch": 1})  # after a change: another epoch
    assert _pairs(con) == {("a", "b"): (False, False), ("s", "b"): (False, False),
                           ("d", "e"): (False, False)}
    assert ("a", "c") in _pairs(con, window_days=60)


def test_flows_pair_within_their_named_period(con):
    flow = {"fact_id": "x", "metric": "exports", "unit": "USD", "is_flow": True, "h": 5e7}
    insert(con, "fact_claims",
           {"claim_id": "a", "article": "a", "value": 1.00e9, "part": "2024",
            "seq_date": D("2025-01-01"), **flow},
           {"claim_id": "b", "article": "b", "value": 1.05e9, "part": "2024",
            "seq_date": D("2025-06-01"), **flow},
           {"claim_id": "c", "article": "c", "value": 2e9, "part": "2025-H1",
            "seq_date": D("2025-06-01"), **flow})
    assert _pairs(con) == {("a", "b"): (True, False)}


def test_an_inferred_date_takes_part_with_its_uncertainty(con):
    """An inferred date is the latest past date the text states: the article appeared on it
    or up to $inferred_days later, so its window reaches that much further ahead."""
    insert(con, "fact_claims",
           {"claim_id": "g", "article": "g", "fact_id": "f", "value": 26,
            "seq_date": D("2025-04-01"), "date_inferred": True},
           {"claim_id": "a", "article": "a", "fact_id": "f", "value": 25,
            "seq_date": D("2025-04-25")},  # 24 days after the guess: within 14 + 14
           {"claim_id": "b", "article": "b", "fact_id": "f", "value": 25,
            "seq_date": D("2025-03-10")},  # 22 days before it: the guess is a lower bound
           {"claim_id": "c", "article": "c", "fact_id": "f", "value": 25,
            "seq_date": D("2025-04-15")})
    got = _pairs(con)
    assert ("a", "g") in got and ("c", "g") in got and ("b", "g") not in got
    assert ("a", "c") in got and ("b", "c") not in got  # known dates: the plain window
    assert ("a", "g") not in _pairs(con, inferred_days=0)
    guess = {(r["ca"], r["cb"]): r["guess"] for r in run(con, "07_claim_pairs.sql")}
    assert guess[("a", "g")] and not guess[("a", "c")]


def test_a_pair_with_a_doubtful_attribution_is_a_guess(con):
    """A claim whose sentence does not name its party cannot make a conflict alone."""
    insert(con, "fact_claims",
           {"claim_id": "a", "article": "a", "fact_id": "f", "value": 25,
            "seq_date": D("2025-04-01")},
           {"claim_id": "b", "article": "b", "fact_id": "f", "value": 35,
            "seq_date": D("2025-04-02"), "doubtful": True},
           {"claim_id": "c", "article": "c", "fact_id": "f", "value": 30,
            "seq_date": D("2025-04-03")})
    guess = {(r["ca"], r["cb"]): r["guess"] for r in run(con, "07_claim_pairs.sql")}
    assert guess == {("a", "b"): True, ("a", "c"): False, ("b", "c"): True}


def test_two_dates_a_day_apart_are_placed_by_themselves_not_a_guess(con):
    """A pair of stated dates of one milestone (within $milestone_days) speaks of it whatever
    the articles' publication dates: an inferred publication does not make it a guess."""
    dates = {"fact_id": "f", "metric": "effective_date", "unit": "date", "h": 0.5}
    day = lambda s: float((D(s) - D("1970-01-01")).days)  # noqa: E731
    insert(con, "fact_claims",
           {**dates, "claim_id": "g", "article": "g", "date_value": D("2025-08-07"),
            "value": day("2025-08-07"), "seq_date": D("2025-08-01"), "date_inferred": True},
           {**dates, "claim_id": "k", "article": "k", "date_value": D("2025-08-08"),
            "value": day("2025-08-08"), "seq_date": D("2025-08-02")},
           {**dates, "claim_id": "m", "article": "m", "date_value": D("2025-08-01"),
            "value": day("2025-08-01"), "seq_date": D("2025-08-03")})
    got = {(r["ca"], r["cb"]): (r["agree"], r["guess"]) for r in run(con, "07_claim_pairs.sql")}
    assert got[("g", "k")] == (False, False)  # a day apart: disagree, and no guess
    assert got[("g", "m")] == (False, False)  # six days apart: still one milestone


def test_dates_a_day_apart_agree_only_as_a_pause_end_and_a_start(con):
    """"Paused until July 8" is the last day before "takes effect July 9": one day apart
    agree when a sentence speaks of a pause; two start dates a day apart do not."""
    dates = {"fact_id": "f", "metric": "effective_date", "unit": "date", "h": 0.5}
    day = lambda s: float((D(s) - D("1970-01-01")).days)  # noqa: E731
    insert(con, "fact_claims",
           {**dates, "claim_id": "p", "article": "p", "date_value": D("2025-07-08"),
            "value": day("2025-07-08"), "seq_date": D("2025-05-01"), "pause_word": True},
           {**dates, "claim_id": "s", "article": "s", "date_value": D("2025-07-09"),
            "value": day("2025-07-09"), "seq_date": D("2025-05-02")},
           {**dates, "claim_id": "t", "article": "t", "date_value": D("2025-07-10"),
            "value": day("2025-07-10"), "seq_date": D("2025-05-03")})
    agree = {(r["ca"], r["cb"]): r["agree"] for r in run(con, "07_claim_pairs.sql")}
    assert agree[("p", "s")] and not agree[("s", "t")]


def test_values_before_the_same_change_are_tied(con):
    """Previous rates of two articles telling one change are paired (07 `tie`): a new value
    in common (same_new), or the same step from different values (same_step, whose new values
    are paired too, their statuses explaining nothing); two steps in a row are not tied."""
    prev = {"fact_id": "f", "status": "previous", "is_prev": True, "in_seq": False,
            "epoch": None}
    new = {"fact_id": "f", "is_change": True, "change_word": "cut"}
    insert(con, "fact_claims",
           {"claim_id": "pa", "article": "a", "value": 25, "seq_date": D("2025-06-02"), **prev},
           {"claim_id": "na", "article": "a", "value": 10, "seq_date": D("2025-06-02"),
            "status": "agreed", **new},
           {"claim_id": "pb", "article": "b", "value": 20, "seq_date": D("2025-06-30"),
            "date_inferred": True, **prev},
           {"claim_id": "nb", "article": "b", "value": 10, "seq_date": D("2025-06-30"),
            "epoch": 1, **new},
           {"claim_id": "pc", "article": "c", "value": 27.5, "seq_date": D("2025-07-10"),
            **prev},
           {"claim_id": "nc", "article": "c", "value": 12.5, "seq_date": D("2025-07-10"),
            "status": "in_effect", "epoch": 2, **new},
           {"claim_id": "pd", "article": "d", "value": 40, "seq_date": D("2025-05-01"), **prev},
           {"claim_id": "nd", "article": "d", "value": 25, "seq_date": D("2025-05-01"),
            **new})  # 40 -> 25: the same step as a's, to a's previous value: the change before
    got = {(r["ca"], r["cb"]): (r["tie"], r["guess"], r["explained"])
           for r in run(con, "07_claim_pairs.sql") if r["tie"]}
    assert got == {("pa", "pb"): ("same_new", False, False),
                   ("pa", "pc"): ("same_step", False, False),
                   ("na", "nc"): ("same_step", False, False)}
    assert not any(r["tie"] for r in run(con, "07_claim_pairs.sql", total_days=10)
                   if r["ca"] == "pa" and r["cb"] == "pc")


def test_the_same_step_far_apart_is_another_measure_not_another_basis(con):
    """57% -> 47% and 20% -> 10%: the same step, but the two figures differ by far more than
    the change (an overall rate and one component), so they are not tied as two bases."""
    prev = {"fact_id": "f", "status": "previous", "is_prev": True, "in_seq": False,
            "epoch": None}
    new = {"fact_id": "f", "is_change": True, "change_word": "cut"}
    insert(con, "fact_claims",
           {"claim_id": "pa", "article": "a", "value": 57, "seq_date": D("2025-06-02"), **prev},
           {"claim_id": "na", "article": "a", "value": 47, "seq_date": D("2025-06-02"), **new},
           {"claim_id": "pb", "article": "b", "value": 20, "seq_date": D("2025-06-04"), **prev},
           {"claim_id": "nb", "article": "b", "value": 10, "seq_date": D("2025-06-04"), **new})
    assert not any(r["tie"] for r in run(con, "07_claim_pairs.sql"))
