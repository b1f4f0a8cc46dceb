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


def test_statuses_do_not_explain_a_flow_of_a_year_gone_by(con):
    """(h169) A deficit of a year both articles write after is a count: one read
    "scheduled" (a number "that will be quoted a lot today") and one in force still
    disagree. A flow of the year they write in may be a forecast: its statuses explain."""
    flow = {"fact_id": "x", "metric": "trade_deficit", "unit": "USD", "is_flow": True,
            "kind": "amount", "h": 5e7}
    insert(con, "fact_claims",
           {"claim_id": "a", "article": "a", "value": 2.80e11, "part": "2024",
            "status": "scheduled", "seq_date": D("2025-11-10"), **flow},
           {"claim_id": "b", "article": "b", "value": 2.95e11, "part": "2024",
            "status": "in_effect", "seq_date": D("2025-11-12"), **flow},
           {"claim_id": "c", "article": "c", "value": 3.10e11, "part": "2025",
            "status": "proposed", "seq_date": D("2025-11-10"), **flow},
           {"claim_id": "d", "article": "d", "value": 2.90e11, "part": "2025",
            "status": "in_effect", "seq_date": D("2025-11-12"), **flow})
    assert _pairs(con) == {("a", "b"): (False, False), ("c", "d"): (False, True)}


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


def test_a_date_also_stated_without_a_pause_is_no_pause_end(con):
    """"Delays the levy until August 7 ... goods shipped before August 7": an article that
    also states the date with no pause word tells it as the day of the change itself, so a
    start a day later elsewhere disagrees with both its mentions."""
    dates = {"fact_id": "f", "metric": "effective_date", "unit": "date", "h": 0.5}
    day = lambda s: float((D(s) - D("1970-01-01")).days)  # noqa: E731
    insert(con, "fact_claims",
           {**dates, "claim_id": "p", "article": "p", "date_value": D("2025-08-07"),
            "value": day("2025-08-07"), "seq_date": D("2025-08-01"), "pause_word": True},
           {**dates, "claim_id": "q", "article": "p", "date_value": D("2025-08-07"),
            "value": day("2025-08-07"), "seq_date": D("2025-08-01")},
           {**dates, "claim_id": "s", "article": "s", "date_value": D("2025-08-08"),
            "value": day("2025-08-08"), "seq_date": D("2025-08-02")})
    agree = {(r["ca"], r["cb"]): r["agree"] for r in run(con, "07_claim_pairs.sql")}
    assert agree == {("p", "s"): False, ("q", "s"): False}


def test_a_date_an_article_moves_to_comes_after_its_move(con):
    """An article that moves a deadline ("delays the levy until August 7") and states the
    new date again in another sentence: that mention is after the move, so an older
    article's August 1 is an update, not paired against it; a later article's date is."""
    dates = {"fact_id": "f", "metric": "effective_date", "unit": "date", "h": 0.5}
    day = lambda s: float((D(s) - D("1970-01-01")).days)  # noqa: E731
    insert(con, "fact_claims",
           {**dates, "claim_id": "a", "article": "a", "date_value": D("2025-08-01"),
            "value": day("2025-08-01"), "seq_date": D("2025-07-24"), "seq_key": D("2025-07-24")},
           {**dates, "claim_id": "m", "article": "b", "date_value": D("2025-08-07"),
            "value": day("2025-08-07"), "seq_date": D("2025-08-01"), "seq_key": D("2025-08-01"),
            "is_change": True, "epoch": 1},
           {**dates, "claim_id": "r", "article": "b", "date_value": D("2025-08-07"),
            "value": day("2025-08-07"), "seq_date": D("2025-08-01"), "seq_key": D("2025-08-01")},
           {**dates, "claim_id": "c", "article": "c", "date_value": D("2025-08-08"),
            "value": day("2025-08-08"), "seq_date": D("2025-08-02"), "seq_key": D("2025-08-02"),
            "epoch": 1})
    got = {(r["ca"], r["cb"]) for r in run(con, "07_claim_pairs.sql")}
    assert ("a", "r") not in got and ("a", "m") not in got
    assert ("r", "c") in got or ("c", "r") in got


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


ANNUAL = {"fact_id": "x", "kind": "amount", "metric": "trade_deficit", "unit": "USD",
          "is_flow": True, "h": 1e9, "part": "annual"}


def test_annual_flows_pair_within_the_window_or_as_one_quoted_statement(con):
    """A yearly figure with no period named is compared with another article's within
    $window_days days; when a date is missing, only with a rendering of the same quoted
    statement."""
    said = ("Their barriers, taxes, levies, penalties and lawsuits against our companies "
            "have led to a deficit with us of more than {} a year, a number nobody accepts.")
    other = "Officials put the yearly gap at {} and said talks would go on next week in Rome."
    for cid, art, sentence in (
            ("a", "a", said.format("$300 billion")),
            ("b", "b", said.format("$300,000,000")),
            ("c", "c", other.format("$30 billion")),
            ("d", "d", "A report this autumn put the yearly shortfall at $3 billion."),
            ("e", "e", "The partner's customs office counts $30 million a year.")):
        con.execute("INSERT INTO claims BY NAME SELECT ? AS claim_id, ? AS article, "
                    "? AS sentence", [cid, art, sentence])
    insert(con, "fact_claims",
           {"claim_id": "a", "article": "a", "value": 3e11, "seq_date": D("2025-05-23"),
            **ANNUAL},
           {"claim_id": "b", "article": "b", "value": 3e8, "seq_date": None,
            "seq_key": D("1900-01-01"), **ANNUAL},  # undated: the same statement as a
           {"claim_id": "c", "article": "c", "value": 3e10, "seq_date": None,
            "seq_key": D("1900-01-01"), **ANNUAL},  # undated, another statement
           {"claim_id": "d", "article": "d", "value": 3e9, "seq_date": D("2025-09-01"),
            **ANNUAL},  # dated, months later: not one period, whatever its words
           {"claim_id": "e", "article": "e", "value": 3e7, "seq_date": D("2025-05-30"),
            **ANNUAL})
    got = {(r["ca"], r["cb"]): r["guess"] for r in run(con, "07_claim_pairs.sql")}
    assert got == {("a", "b"): False, ("a", "e"): False}


def test_a_converted_amount_is_anchored_by_its_agreeing_twin(con):
    """Two articles stating the same figure alike in dollars speak of one figure, even
    when one is placed by an inferred date; their yen renderings are compared, within the
    exchange rate they were converted at. (No status here: an agreed pledge is placed by
    itself whatever the dates, twin or not.)"""
    pledge = {"kind": "amount", "metric": "investment", "imposer": "XX", "target": "US"}
    usd = {"fact_id": "usd", "unit": "USD", "h": 2.5e9, **pledge}
    jpy = {"fact_id": "jpy", "unit": "JPY", "h": 5e11, **pledge}
    insert(con, "fact_claims",
           {"claim_id": "u1", "article": "a", "value": 500e9, "seq_date": D("2025-07-25"), **usd},
           {"claim_id": "y1", "article": "a", "value": 73e12, "seq_date": D("2025-07-25"), **jpy},
           {"claim_id": "u2", "article": "b", "value": 500e9, "seq_date": D("2025-08-01"),
            "date_inferred": True, **usd},
           {"claim_id": "y2", "article": "b", "value": 75e12, "seq_date": D("2025-08-01"),
            "date_inferred": True, **jpy},
           {"claim_id": "y3", "article": "c", "value": 7.3e12, "seq_date": D("2025-07-28"),
            "date_inferred": True, **jpy})  # no twin in dollars: placed by its guess alone
    got = {(r["ca"], r["cb"]): (r["agree"], r["guess"]) for r in
           run(con, "07_claim_pairs.sql")}
    assert got[("y1", "y2")] == (True, False)  # 73 and 75 trillion: exchange rates
    assert got[("y1", "y3")] == (False, True)
    assert got[("u1", "u2")] == (True, False)  # anchored in turn by the yen figures


def test_an_amount_among_several_of_its_article_is_a_part(con):
    """"C$30 billion now and C$125 billion later" are parts: against another article's
    C$155 billion they make no conflict alone; one figure against one figure does."""
    cover = {"fact_id": "f", "kind": "amount", "metric": "other_amount", "unit": "CAD",
             "h": 1e8, "seq_date": D("2025-03-04")}
    insert(con, "fact_claims",
           {"claim_id": "a1", "article": "a", "value": 30e9, **cover},
           {"claim_id": "a2", "article": "a", "value": 125e9, **cover},
           {"claim_id": "b1", "article": "b", "value": 155e9, **cover},
           {"claim_id": "c1", "article": "c", "value": 60e9, **cover})
    guess = {(r["ca"], r["cb"]): r["guess"] for r in run(con, "07_claim_pairs.sql")}
    assert guess == {("a1", "b1"): True, ("a2", "b1"): True, ("a1", "c1"): True,
                     ("a2", "c1"): True, ("b1", "c1"): False}


def test_a_figure_a_thousandfold_smaller_makes_no_part(con):
    """(h186) "a $96.5 billion deficit" beside "four dollars" (a price read as the same
    fact): the small figure is no tranche of the large one, so the large one is no part
    and pairs as one figure; the small one stays one of several (no conflict alone)."""
    deficit = {"fact_id": "f", "kind": "amount", "metric": "trade_deficit", "unit": "USD",
               "h": 5e7, "seq_date": D("2025-03-04"), "is_flow": True, "part": "2024"}
    insert(con, "fact_claims",
           {"claim_id": "a1", "article": "a", "value": 96.5e9, **deficit},
           {"claim_id": "a2", "article": "a", "value": 4, **{**deficit, "h": 0.5}},
           {"claim_id": "b1", "article": "b", "value": 88.0e9, **deficit})
    guess = {(r["ca"], r["cb"]): r["guess"] for r in run(con, "07_claim_pairs.sql")}
    assert guess == {("a1", "b1"): False, ("a2", "b1"): True}


def test_a_guessed_pair_of_one_steady_state_is_steady(con):
    """Two values in effect, one placed by an inferred date, with no change of the fact told
    by anyone around the guess's span, speak of one state whenever they appeared: `steady`
    (08 lets such a pair make a conflict). A change told near them, a status other than in
    effect, or a doubtful side leaves it a plain guess."""
    base = {"fact_id": "f", "status": "in_effect"}
    insert(con, "fact_claims",
           {**base, "claim_id": "g", "article": "g", "value": 40,
            "seq_date": D("2025-08-07"), "date_inferred": True},
           {**base, "claim_id": "h", "article": "h", "value": 45,
            "seq_date": D("2025-08-08"), "date_inferred": True},
           {**base, "claim_id": "p", "article": "p", "value": 45, "status": "proposed",
            "seq_date": D("2025-08-09")},
           {**base, "claim_id": "d", "article": "d", "value": 41, "doubtful": True,
            "seq_date": D("2025-08-09")})
    got = {(r["ca"], r["cb"]): (r["guess"], r["steady"]) for r in run(con, "07_claim_pairs.sql")}
    assert got[("g", "h")] == (True, True)
    assert got[("g", "p")] == (True, False) and got[("d", "g")] == (True, False)
    # a change of the fact told within the window around them: no longer one state
    insert(con, "fact_claims",
           {**base, "claim_id": "c", "article": "c", "value": 45, "is_change": True,
            "epoch": 1, "seq_date": D("2025-08-20")})
    got = {(r["ca"], r["cb"]): (r["guess"], r["steady"]) for r in run(con, "07_claim_pairs.sql")}
    assert got[("g", "h")] == (True, False)


def test_a_pledge_restated_months_later_is_still_one_pledge(con):
    """A deal's pledge (investment or purchases, agreed) stays the same commitment until a
    change of it is told: two articles restating it pair whatever their dates, placed by
    them (no guess, even for an inferred date). Not for other statuses, a change, or a
    pledge after a change (another epoch)."""
    pledge = {"fact_id": "f", "metric": "investment", "unit": "USD", "kind": "amount",
              "status": "agreed", "h": 5e8}
    insert(con, "fact_claims",
           {**pledge, "claim_id": "a", "article": "a", "value": 400e9,
            "seq_date": D("2025-06-02")},
           {**pledge, "claim_id": "b", "article": "b", "value": 350e9,
            "seq_date": D("2025-08-20"), "date_inferred": True},
           {**pledge, "claim_id": "p", "article": "p", "value": 300e9, "status": "proposed",
            "seq_date": D("2025-10-01")},
           {**pledge, "claim_id": "n", "article": "n", "value": 450e9, "epoch": 1,
            "seq_date": D("2025-11-15")})
    got = {(r["ca"], r["cb"]): (r["agree"], r["guess"])
           for r in run(con, "07_claim_pairs.sql")}
    assert got == {("a", "b"): (False, False)}
    # a rate told again months later is no pledge: no pair outside the window
    insert(con, "fact_claims",
           {"claim_id": "r1", "article": "r1", "fact_id": "g", "value": 20,
            "status": "agreed", "seq_date": D("2025-06-02")},
           {"claim_id": "r2", "article": "r2", "fact_id": "g", "value": 25,
            "status": "agreed", "seq_date": D("2025-08-20")})
    assert not any(r["fact_id"] == "g" for r in run(con, "07_claim_pairs.sql"))


def test_a_pledge_within_the_window_is_placed_by_the_pledge_too(con):
    """Within the publication window, a pledge restated by an article placed by an inferred
    date is still one pledge (h85-1): the pair is no guess, so it can make a conflict on its
    own, as it does months apart. A pair of other amounts placed that way stays a guess."""
    pledge = {"fact_id": "f", "metric": "investment", "unit": "USD", "kind": "amount",
              "status": "agreed", "h": 5e8}
    insert(con, "fact_claims",
           {**pledge, "claim_id": "a", "article": "a", "value": 600e9,
            "seq_date": D("2025-07-28")},
           {**pledge, "claim_id": "b", "article": "b", "value": 750e9,
            "seq_date": D("2025-08-01"), "date_inferred": True},
           {**pledge, "claim_id": "c", "article": "c", "value": 600e9, "fact_id": "g",
            "metric": "other_amount", "seq_date": D("2025-07-28")},
           {**pledge, "claim_id": "d", "article": "d", "value": 750e9, "fact_id": "g",
            "metric": "other_amount", "seq_date": D("2025-08-01"), "date_inferred": True})
    got = {(r["ca"], r["cb"]): (r["agree"], r["guess"])
           for r in run(con, "07_claim_pairs.sql")}
    assert got == {("a", "b"): (False, False), ("c", "d"): (False, True)}


def test_a_pledge_of_an_undated_article_still_pairs_with_the_dated_ones(con):
    """An article with no date at all (given, inferred or effective) is left out of
    comparisons, but its pledge (agreed investment or purchases, no change) is the same
    commitment the dated articles restate, as long as no article tells that pledge changed
    (h104): it pairs with them, placed by the pledge (no guess), and can make a conflict.
    Not a pledge of a fact whose pledge some article changes, not another status: 05 flags
    the pledges 07 compares (`undated_pledge`, h121), which 07 reads as they are."""
    pledge = {"metric": "investment", "unit": "USD", "kind": "amount", "status": "agreed",
              "h": 5e8}
    undated = {"seq_date": None, "seq_key": D("1900-01-01"), "in_seq": False, "epoch": None,
               "left_out": "no date"}
    insert(con, "fact_claims",
           {**pledge, "fact_id": "f", "claim_id": "a", "article": "a", "value": 400e9,
            "seq_date": D("2025-06-02")},
           {**pledge, **undated, "fact_id": "f", "claim_id": "u", "article": "u",
            "value": 300e9, "undated_pledge": True},
           # a fact whose pledge an article tells changed ("raised its pledge to ...")
           {**pledge, "fact_id": "g", "claim_id": "c1", "article": "c1", "value": 500e9,
            "seq_date": D("2025-06-02")},
           {**pledge, "fact_id": "g", "claim_id": "c2", "article": "c2", "value": 600e9,
            "seq_date": D("2025-09-02"), "is_change": True, "epoch": 1},
           {**pledge, **undated, "fact_id": "g", "claim_id": "v", "article": "v",
            "value": 550e9},
           # an undated proposal is no pledge
           {**pledge, "fact_id": "h", "claim_id": "h1", "article": "h1", "value": 100e9,
            "seq_date": D("2025-06-02")},
           {**pledge, **undated, "fact_id": "h", "claim_id": "w", "article": "w",
            "value": 200e9, "status": "proposed"})
    got = {(r["ca"], r["cb"]): (r["agree"], r["guess"])
           for r in run(con, "07_claim_pairs.sql")}
    assert got == {("a", "u"): (False, False)}
    insert(con, "facts", {"fact_id": "f", "metric": "investment", "unit": "USD"})
    groups = run(con, "08_pair_groups.sql")
    assert [(g["kind"], g["articles_a"], g["articles_b"]) for g in groups] == [
        ("conflict", ["u"], ["a"])]


def test_a_start_told_before_and_after_it_pairs_whenever_told(con):
    """(h112) "The levy starts on 1 July" (June) and, months later, "the levy came into
    force on 2 July, doubling the duty": one start told before it and after it, a day
    apart. The later sentence's cue is the rate's (a rate claim of that sentence carries
    it), so it moves no milestone: they pair outside the publication window, no guess.
    Not when the later date's cue is its own (a move: "was delayed to 2 July"), nor a
    pause's (its start is a milestone of its own), not three days apart, not two dates
    both told before the start."""
    dates = {"metric": "effective_date", "unit": "date", "h": 0.5, "kind": "date"}
    day = lambda s: float((D(s) - D("1970-01-01")).days)  # noqa: E731
    told = "The levy came into force on 2 July, doubling the duty on the goods."
    moved = "The levy was delayed to 2 July, and its rate raised to 30%."
    paused = "The suspension, in force since 2 July, leaves the duty at 10%."

    def start(fact, cid, art, when, seen, status, **kw):
        return {**dates, "fact_id": fact, "claim_id": cid, "article": art,
                "date_value": D(when), "value": day(when), "seq_date": D(seen),
                "status": status, **kw}

    insert(con, "fact_claims",
           start("f", "a", "a", "2025-07-01", "2025-06-10", "scheduled"),
           start("f", "b", "b", "2025-07-02", "2025-09-20", "in_effect", is_change=True,
                 change_word="doubling", epoch=1),
           start("g", "c", "c", "2025-07-01", "2025-06-10", "scheduled"),
           start("g", "d", "d", "2025-07-02", "2025-09-20", "in_effect", is_change=True,
                 change_word="delayed", epoch=1),
           start("h", "e", "e", "2025-07-01", "2025-06-10", "scheduled"),
           start("h", "f", "f", "2025-07-04", "2025-09-20", "in_effect"),
           start("k", "g", "g", "2025-07-01", "2025-06-10", "scheduled"),
           start("k", "h", "h", "2025-07-02", "2025-09-20", "scheduled"),
           # a pause's start told with the rate it leaves: a milestone of its own
           start("m", "i", "i", "2025-07-01", "2025-06-10", "scheduled"),
           start("m", "j", "j", "2025-07-02", "2025-09-20", "in_effect", is_change=True,
                 change_word="suspension", pause_word=True, epoch=1))
    insert(con, "claims",
           {"claim_id": "b", "article": "b", "metric": "effective_date", "sentence": told,
            "change": "doubling"},
           {"claim_id": "b2", "article": "b", "metric": "tariff_rate", "sentence": told,
            "change": "doubling"},
           {"claim_id": "d", "article": "d", "metric": "effective_date", "sentence": moved,
            "change": "delayed"},
           {"claim_id": "d2", "article": "d", "metric": "tariff_rate", "sentence": moved,
            "change": "raised"},
           {"claim_id": "j", "article": "j", "metric": "effective_date", "sentence": paused,
            "change": "suspension"},
           {"claim_id": "j2", "article": "j", "metric": "tariff_rate", "sentence": paused,
            "change": "suspension"})
    got = {(r["ca"], r["cb"]): (r["agree"], r["guess"]) for r in run(con, "07_claim_pairs.sql")}
    assert got == {("a", "b"): (False, False)}


def test_an_amount_its_words_name_as_one_list_of_several_is_a_part(con):
    """"Its second wave, on C$125 billion" is one list: against another article's figure
    (another list, or the whole) it makes no conflict alone, even against another "second"
    list (outlets count rounds differently); two figures naming no list do."""
    cover = {"fact_id": "f", "kind": "amount", "metric": "other_amount", "unit": "CAD",
             "h": 1e8, "seq_date": D("2025-03-04")}
    said = {"a1": ("C$30 billion", "Its first wave of counter-duties covers C$30 billion."),
            "b1": ("C$125 billion", "Its second wave of counter-duties, on C$125 billion, "
                                    "waits for now."),
            "c1": ("C$29.8 billion", "A second set of counter-duties, on steel, reaches "
                                     "C$29.8 billion."),
            "d1": ("C$60 billion", "Counter-duties now hit C$60 billion of imports."),
            "e1": ("C$50 billion", "Counter-duties now hit C$50 billion of imports.")}
    insert(con, "fact_claims", *({"claim_id": c, "article": c[0], "value": float(
        q[2:].split()[0]) * 1e9, **cover} for c, (q, _) in said.items()))
    for c, (q, s) in said.items():
        con.execute("INSERT INTO claims BY NAME SELECT ? AS claim_id, ? AS article, "
                    "? AS quote, ? AS sentence", [c, c[0], q, s])
    guess = {(r["ca"], r["cb"]): r["guess"] for r in run(con, "07_claim_pairs.sql")}
    assert guess[("d1", "e1")] is False
    assert all(g for p, g in guess.items() if p != ("d1", "e1"))
    assert guess[("b1", "c1")] is True and len(guess) == 10


def test_two_starts_either_side_of_an_official_act_that_moved_them_do_not_pair(con):
    """(h169) 'The country rate starts August 1' (a letter, July 24), then 'the new rate
    applies from August 7' (August 1), the order that set August 7 announced July 31
    between the reports: the act moved the start, an update, no pair. Without such an act
    (or with the act setting neither day) the two days of one start still pair."""
    key = {"fact_id": "f", "metric": "effective_date", "unit": "date", "kind": "date",
           "imposer": "US", "target": "NO", "product": "all", "measure": "reciprocal",
           "status": "scheduled", "h": 0.5}
    insert(con, "fact_claims",
           {**key, "claim_id": "a", "article": "a", "date_value": D("2025-08-01"),
            "value": None, "v": 20301.0, "seq_date": D("2025-07-24")},
           {**key, "claim_id": "b", "article": "b", "date_value": D("2025-08-07"),
            "value": None, "v": 20307.0, "seq_date": D("2025-08-01")})
    assert set(_pairs(con)) == {("a", "b")}
    ref = {"imposer": "US", "target": "NO", "product": "all", "measure": "reciprocal",
           "status": "in_effect", "use_rate": True, "use_date": True, "pause": False,
           "tier": "PRIMARY", "rate_percent": 15.0}
    insert(con, "reference", {**ref, "ref_id": 1, "announced_date": D("2025-07-31"),
                              "effective_date": D("2025-08-10")})
    assert set(_pairs(con)) == {("a", "b")}  # an act that set neither day
    insert(con, "reference", {**ref, "ref_id": 2, "announced_date": D("2025-07-31"),
                              "effective_date": D("2025-08-07")})
    assert _pairs(con) == {}


def test_a_rate_of_an_undated_article_meets_the_one_dated_state(con):
    """(h172) An opinion piece with no date at all says the partner's mills "now pay 15%";
    every dated report of the fact gives 50% in force and none tells a change: whenever it
    appeared, the 15% disagrees with the one state, so it pairs with the dated reports (no
    guess) and makes a conflict. Not when a dated report gives its value in any role (a
    past level told again), when a dated article tells a change or a pending rate of the
    fact, when the dated rates in force disagree among themselves, when the official table
    gives the key that value or starts an act of it after the first dated report, nor when
    the undated sentence sets the rate beside a pending one (the value before a change)."""
    key = {"metric": "tariff_rate", "imposer": "US", "target": "JP", "measure": "section_232",
           "status": "in_effect"}
    undated = {"seq_date": None, "seq_key": D("1900-01-01"), "in_seq": False, "epoch": None,
               "left_out": "no date: no publication date (given or inferred)"}

    def dated(fact, cid, value, product, **kw):
        return {**key, "fact_id": fact, "claim_id": cid, "article": cid, "value": value,
                "product": product, "seq_date": D("2025-09-10"), **kw}

    def lone(fact, cid, value, product, **kw):
        return {**key, **undated, "fact_id": fact, "claim_id": cid, "article": cid,
                "value": value, "product": product, **kw}

    insert(con, "fact_claims",
           dated("f", "a", 50, "steel"), lone("f", "u", 15, "steel"),
           # a past level the dated report gives as previous
           dated("g", "b", 50, "aluminum"), dated("g", "b2", 25, "aluminum", is_prev=True,
                                                  status="previous", in_seq=False),
           lone("g", "v", 25, "aluminum"),
           # a change told by a dated article
           dated("h", "c", 25, "copper", is_change=True), lone("h", "w", 40, "copper"),
           # dated rates in force that disagree
           dated("k", "d", 20, "lumber"), dated("k", "d2", 30, "lumber", seq_date=D("2025-05-01")),
           lone("k", "x", 10, "lumber"),
           # the official table's value of the key
           dated("m", "e", 50, "autos"), lone("m", "y", 25, "autos"),
           # told beside a pending rate
           dated("n", "g1", 15, "trucks"), lone("n", "z", 27.5, "trucks"))
    insert(con, "claims",
           {"claim_id": "z", "article": "z", "metric": "tariff_rate", "status": "in_effect",
            "sentence": "Trucks will pay 15% once the order applies, against 27.5% now."},
           {"claim_id": "z2", "article": "z", "metric": "tariff_rate", "status": "scheduled",
            "sentence": "Trucks will pay 15% once the order applies, against 27.5% now."})
    insert(con, "reference",
           {"imposer": "US", "target": "*", "product": "autos", "measure": "section_232",
            "rate_percent": 25.0, "effective_date": D("2025-04-03"), "use_rate": True})
    got = {(r["ca"], r["cb"]): (r["agree"], r["guess"], r["explained"])
           for r in run(con, "07_claim_pairs.sql")}
    assert got == {("a", "u"): (False, False, False)}
    insert(con, "facts", {"fact_id": "f", "metric": "tariff_rate", "unit": "percent"})
    groups = run(con, "08_pair_groups.sql")
    assert [(g["kind"], g["articles_a"], g["articles_b"]) for g in groups] == [
        ("conflict", ["u"], ["a"])]


def test_a_start_an_undated_article_tells_meets_the_dated_start_of_the_same_rate(con):
    """(h172) "Canadian lumber now pays 20%, backdated to 1 June" in a letter with no date,
    and "lumber pays 20% with effect from 1 May" in a dated report: one start of the same
    rate told twice after it happened (05 `start_rate`), a month apart, no move told: they
    pair as one start (`one_start`, no guess) and make a conflict. Not a day that speaks of
    a pause, not the start of another rate, not when a move of the fact's dates is told
    near them, nor more than $total_days days apart."""
    dates = {"metric": "effective_date", "unit": "date", "h": 0.5, "kind": "date",
             "status": "in_effect", "imposer": "US", "target": "CA"}
    undated = {"seq_date": None, "seq_key": D("1900-01-01"), "in_seq": False, "epoch": None,
               "left_out": "no date: no publication date (given or inferred)"}
    day = lambda s: float((D(s) - D("1970-01-01")).days)  # noqa: E731

    def start(fact, cid, when, rate, seen=None, **kw):
        row = {**dates, "fact_id": fact, "claim_id": cid, "article": cid, "product": fact,
               "date_value": D(when), "value": day(when), "start_rate": rate, **kw}
        return {**row, "seq_date": D(seen)} if seen else {**row, **undated}

    insert(con, "fact_claims",
           start("f", "a", "2025-05-01", 20, "2025-06-20"), start("f", "u", "2025-06-01", 20),
           start("g", "b", "2025-05-01", 20, "2025-06-20"),
           start("g", "v", "2025-06-01", 20, pause_word=True),
           start("h", "c", "2025-05-01", 20, "2025-06-20"), start("h", "w", "2025-06-01", 35),
           start("k", "d", "2025-05-01", 20, "2025-06-20"), start("k", "x", "2025-06-01", 20),
           start("k", "m", "2025-05-20", 20, "2025-05-10", is_change=True, epoch=1,
                 change_word="delayed to"),
           start("n", "e", "2025-05-01", 20, "2025-06-20"), start("n", "y", "2025-08-01", 20))
    got = {(r["ca"], r["cb"]): (r["agree"], r["guess"], r["one_start"])
           for r in run(con, "07_claim_pairs.sql") if "u" in (r["ca"], r["cb"])
           or {r["ca"], r["cb"]} & {"v", "w", "x", "y"}}
    assert got == {("a", "u"): (False, False, True)}
    insert(con, "facts", {"fact_id": "f", "metric": "effective_date", "unit": "date"})
    groups = run(con, "08_pair_groups.sql")
    assert [(g["kind"], g["articles_a"], g["articles_b"]) for g in groups
            if g["fact_id"] == "f"] == [("conflict", ["a"], ["u"])]
