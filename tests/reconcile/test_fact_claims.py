"""05_fact_claims.sql: article effective dates, restated values, sequences and epochs."""

from tests.reconcile.stage import D, insert, run

F = {"fact_id": "f", "metric": "tariff_rate", "imposer": "US", "target": "KR",
     "product": "all", "measure": "reciprocal"}


def test_rates_take_their_articles_one_effective_date(con):
    insert(con, "_rc_flags",
           {"claim_id": "r", "article": "a", "value": 25, "as_of": D("2025-04-03"), **F},
           {"claim_id": "e", "article": "a", "metric": "effective_date", "unit": "date",
            "date_value": D("2025-04-09"), "v": 20187.0, "as_of": D("2025-04-03"),
            **{k: v for k, v in F.items() if k != "metric"}, "fact_id": "g"})
    got = {r["claim_id"]: (r["effective"], r["date"]) for r in run(con, "05_fact_claims.sql")}
    assert got["r"] == (D("2025-04-09"), D("2025-04-09"))


def test_restated_previous_values_and_epochs(con):
    insert(con, "_rc_flags",
           {"claim_id": "a1", "article": "a", "value": 25, "as_of": D("2025-04-03"), **F},
           # b gives 25% as previous and states 15%; its "additional 25%" repeats the old one
           {"claim_id": "b1", "article": "b", "value": 25, "status": "previous",
            "is_prev": True, "as_of": D("2025-07-31"), **F},
           {"claim_id": "b2", "article": "b", "value": 15, "as_of": D("2025-07-31"), **F},
           {"claim_id": "b3", "article": "b", "value": 25, "as_of": D("2025-07-31"), **F},
           # a later article with a change cue
           {"claim_id": "c1", "article": "c", "value": 10, "change_word": "cut",
            "as_of": D("2025-09-01"), **F},
           {"claim_id": "d1", "article": "d", "value": 10, "as_of": D("2025-09-05"), **F})
    got = {r["claim_id"]: r for r in run(con, "05_fact_claims.sql")}
    assert got["b3"]["is_restated"] and not got["b2"]["is_restated"]
    assert [got[c]["in_seq"] for c in ("a1", "b1", "b2", "b3")] == [True, False, True, False]
    assert got["b2"]["is_change"] and got["b2"]["article_has_prev"]
    assert [got[c]["epoch"] for c in ("a1", "b2", "c1", "d1")] == [0, 1, 2, 2]


def test_a_later_sentence_keeping_the_old_value_is_not_restated(con):
    """'The duty on bicycles went from 20% to 40% on Monday. Parts from Chile stay at
    20%.': the second sentence says the old value still holds for its key (in effect, no
    change cue), so it is evidence, not a repeat of the history."""
    first = "The duty on bicycles went from 20% to 40% on Monday."
    later = "Parts from Chile stay at 20%."
    day = D("2025-05-05")
    insert(con, "_rc_flags",
           {"claim_id": "old", "article": "a", "value": 20, "status": "previous",
            "is_prev": True, "quote_start": 28, "sentence": first, "as_of": day, **F},
           {"claim_id": "new", "article": "a", "value": 40, "change_word": "went from",
            "quote_start": 36, "sentence": first, "as_of": day, **F},
           {"claim_id": "kept", "article": "a", "value": 20, "status": "in_effect",
            "quote_start": 75, "sentence": later, "as_of": day, **F},
           # the same repeat without a status, or before the change, is restated
           {"claim_id": "bare", "article": "b", "value": 20, "quote_start": 75,
            "sentence": later, "as_of": day, **F},
           {"claim_id": "bprev", "article": "b", "value": 20, "status": "previous",
            "is_prev": True, "quote_start": 28, "sentence": first, "as_of": day, **F})
    got = {r["claim_id"]: r for r in run(con, "05_fact_claims.sql")}
    assert not got["kept"]["is_restated"] and got["kept"]["in_seq"]
    assert got["bare"]["is_restated"] and not got["bare"]["in_seq"]


def test_flows_need_a_period(con):
    flow = {**F, "metric": "exports", "kind": "amount", "unit": "USD", "is_flow": True,
            "fact_id": "x"}
    insert(con, "_rc_flags",
           {"claim_id": "p", "article": "a", "value": 1e9, "period": "2024",
            "as_of": D("2025-04-03"), **flow},
           {"claim_id": "n", "article": "b", "value": 1e9, "as_of": D("2025-04-03"), **flow})
    got = {r["claim_id"]: (r["in_seq"], r["part"]) for r in run(con, "05_fact_claims.sql")}
    assert got == {"p": (True, "2024"), "n": (False, "")}


def test_a_claim_left_out_of_comparison_says_why(con):
    """No claim is dropped silently: whatever keeps it out of comparisons is named."""
    day = D("2025-04-03")
    insert(con, "_rc_flags",
           {"claim_id": "ok", "article": "a", "value": 25, "as_of": day, **F},
           {"claim_id": "dup", "article": "c", "value": 25, "as_of": day, "is_dup": True,
            "duplicate_of": "a", **F},
           {"claim_id": "prev", "article": "b", "value": 10, "status": "previous",
            "is_prev": True, "as_of": day, **F},
           {"claim_id": "nodate", "article": "u", "value": 25, "as_of": None,
            "seq_date": None, "seq_key": None, "date": None, **F},
           {"claim_id": "share", "article": "a", "value": 5, "as_of": day, **F,
            "metric": "share", "comparable": False, "fact_id": "s"})
    got = {r["claim_id"]: r["left_out"] for r in run(con, "05_fact_claims.sql")}
    assert got["ok"] is None
    assert got["dup"] == "duplicate of a"
    assert got["prev"].startswith("previous value")
    assert got["nodate"].startswith("no date")
    assert got["share"] == "metric share is never compared"


def test_a_rate_in_effect_before_a_pending_change_in_its_sentence(con):
    """'The duty, now 20%, is to be cut to 12% in May': the 20% in effect is the value before
    a pending change (is_before); not when the other value is in another sentence or in
    effect too, nor without a change cue."""
    s1, s2 = "The duty, now 20%, is to be cut to 12% in May.", "Parts pay 12%."
    insert(con, "_rc_flags",
           {"claim_id": "now", "article": "a", "value": 20, "status": "in_effect",
            "change_word": "cut", "sentence": s1, "as_of": D("2025-04-03"), **F},
           {"claim_id": "new", "article": "a", "value": 12, "status": "scheduled",
            "change_word": "cut", "sentence": s1, "as_of": D("2025-04-03"), **F},
           {"claim_id": "b_now", "article": "b", "value": 20, "status": "in_effect",
            "change_word": "cut", "sentence": s1, "as_of": D("2025-04-03"), **F},
           {"claim_id": "b_new", "article": "b", "value": 12, "status": "scheduled",
            "change_word": "cut", "sentence": s2, "as_of": D("2025-04-03"), **F},
           {"claim_id": "c_now", "article": "c", "value": 20, "status": "in_effect",
            "sentence": s1, "as_of": D("2025-04-03"), **F},
           {"claim_id": "c_new", "article": "c", "value": 12, "status": "agreed",
            "change_word": "cut", "sentence": s1, "as_of": D("2025-04-03"), **F})
    got = {r["claim_id"]: r["is_before"] for r in run(con, "05_fact_claims.sql")}
    assert {c for c, b in got.items() if b} == {"now"}


def test_a_change_cue_spent_on_something_else_states_no_change(con):
    """A sentence's change cue before the figure is the figure's only when nothing else takes
    it: not across another rate's clause, nor when its object is no levy and a purpose
    follows ("trimmed profit forecasts to reflect ..."); "to", "from" or "by" before the
    figure (or in its quote) keeps it."""
    day = {"as_of": D("2025-06-02"), **F}
    rows = {
        "away_clause": ("Lima dropped its 10% baseline, and Quito pays 18% now.", "18% now",
                        "dropped"),
        "away_object": ("Brokers trimmed profit forecasts to reflect the 26% duty.",
                        "26% duty", "trimmed"),
        "kept_to": ("Officials raised the duty on tiles to 30%.", "30%", "raised"),
        "kept_quote": ("Tiles were cut from 30%, with bricks reduced to zero.",
                       "reduced to zero", "cut"),
        "kept_object": ("Officials raised tariffs on tiles, citing a 40% surge.",
                        "40% surge", "raised"),
    }
    insert(con, "_rc_flags", *[
        {"claim_id": k, "article": k, "value": 1, "sentence": s, "quote": q,
         "change_word": w, **day} for k, (s, q, w) in rows.items()])
    got = {r["claim_id"]: r["is_change"] for r in run(con, "05_fact_claims.sql")}
    assert got == {"away_clause": False, "away_object": False, "kept_to": True,
                   "kept_quote": True, "kept_object": True}


def test_another_mention_of_a_changes_new_value_states_the_change(con):
    """'Beijing's 40% counter-levy takes hold' over 'the duty on US goods rose to 40%': the
    headline's bare 40% is the same change, so it is not compared with the old value of
    the epoch before (as a conflict) but sits in the change's epoch."""
    insert(con, "_rc_flags",
           {"claim_id": "old", "article": "a", "value": 20, "status": "in_effect",
            "as_of": D("2025-04-10"), **F},
           {"claim_id": "head", "article": "b", "value": 40, "status": "in_effect",
            "quote_start": 0, "as_of": D("2025-04-14"), **F},
           {"claim_id": "body", "article": "b", "value": 40, "status": "in_effect",
            "change_word": "rose", "quote_start": 90, "as_of": D("2025-04-14"), **F},
           # another value of the same article is no retelling of the change
           {"claim_id": "other", "article": "b", "value": 30, "status": "in_effect",
            "quote_start": 150, "as_of": D("2025-04-14"), **F})
    got = {r["claim_id"]: r for r in run(con, "05_fact_claims.sql")}
    assert got["head"]["is_change"] and got["body"]["is_change"]
    assert not got["other"]["is_change"] and not got["old"]["is_change"]
    assert [got[c]["epoch"] for c in ("old", "head", "body", "other")] == [0, 1, 1, 0]


def test_an_undated_articles_pending_rate_is_placed_by_its_start_date(con):
    """'From June 3 all goods from the partner will face a 20% duty', in an article with no
    publication date: the rate was told before June 3, so it is compared as of then; a rate
    the same article reads in effect is not placed by it (its article came later, by how
    much is unknown)."""
    eff = {k: v for k, v in F.items() if k != "metric"}
    insert(con, "_rc_flags",
           {"claim_id": "r", "article": "a", "value": 20, "status": "scheduled", **F},
           {"claim_id": "i", "article": "a", "value": 20, "status": "in_effect", **F},
           {"claim_id": "e", "article": "a", "metric": "effective_date", "unit": "date",
            "date_value": D("2025-06-03"), "v": 20242.0, **eff, "fact_id": "g"})
    got = {r["claim_id"]: r for r in run(con, "05_fact_claims.sql")}
    assert (got["r"]["seq_date"], got["r"]["in_seq"], got["r"]["left_out"]) == \
        (D("2025-06-03"), True, None)
    assert got["i"]["seq_date"] is None and not got["i"]["in_seq"]
    assert got["i"]["left_out"].startswith("no date")


def test_an_undated_articles_threat_is_not_placed_at_the_start_it_names(con):
    """(h165) 'The partner may face 40% from October 2', in an article with no publication
    date: a threat is made some unknown time before the start it names (a scheduled rate
    comes in then), so placing it there would hide it until that day; it stays undated."""
    eff = {k: v for k, v in F.items() if k != "metric"}
    insert(con, "_rc_flags",
           {"claim_id": "p", "article": "a", "value": 40, "status": "proposed", **F},
           {"claim_id": "e", "article": "a", "metric": "effective_date", "unit": "date",
            "date_value": D("2025-10-02"), "v": 20363.0, **eff, "fact_id": "g"})
    got = {r["claim_id"]: r for r in run(con, "05_fact_claims.sql")}
    assert got["p"]["seq_date"] is None and not got["p"]["in_seq"]
    assert got["p"]["left_out"].startswith("no date")


def test_a_scheduled_rate_takes_its_articles_one_start_date_for_the_parties(con):
    """'Ferries will pay 15% from March 2; barges will pay a lower 5% under the same
    decree': the start date is keyed to ferries, but it is the article's one start date
    for these parties, so the barge rate (scheduled, no date of its own) is due then too.
    A rate read in effect does not take it, nor does any rate when the article states two
    start dates for the parties."""
    base = {"metric": "tariff_rate", "imposer": "US", "target": "*", "measure": "section_232"}
    day = D("2025-02-20")
    insert(con, "_rc_flags",
           {"claim_id": "e", "article": "a", "metric": "effective_date", "unit": "date",
            "date_value": D("2025-03-02"), "v": 20149.0, "as_of": day, "imposer": "US",
            "target": "*", "product": "ferries", "measure": "section_232", "fact_id": "g"},
           {"claim_id": "barge", "article": "a", "value": 5, "status": "scheduled",
            "product": "barges", "as_of": day, "fact_id": "b", **base},
           {"claim_id": "now", "article": "a", "value": 25, "status": "in_effect",
            "product": "rafts", "as_of": day, "fact_id": "r", **base},
           # article c states two start dates for the parties: neither is the barges'
           {"claim_id": "e1", "article": "c", "metric": "effective_date", "unit": "date",
            "date_value": D("2025-03-02"), "v": 20149.0, "as_of": day, "imposer": "US",
            "target": "*", "product": "ferries", "measure": "section_232", "fact_id": "g"},
           {"claim_id": "e2", "article": "c", "metric": "effective_date", "unit": "date",
            "date_value": D("2025-04-02"), "v": 20180.0, "as_of": day, "imposer": "US",
            "target": "*", "product": "rafts", "measure": "section_232", "fact_id": "g2"},
           {"claim_id": "barge2", "article": "c", "value": 5, "status": "scheduled",
            "product": "barges", "as_of": day, "fact_id": "b", **base})
    got = {r["claim_id"]: r for r in run(con, "05_fact_claims.sql")}
    assert (got["barge"]["effective"], got["barge"]["date"]) == (D("2025-03-02"),
                                                                 D("2025-03-02"))
    assert got["now"]["effective"] is None
    assert got["barge2"]["effective"] is None


def test_an_undated_pledge_that_07_still_compares_says_so(con):
    """(h112) An agreed pledge in an article with no date at all is not in the sequence,
    but 07 compares it with the dated articles' same pledge when no article tells the
    pledge changed: its `left_out` says that instead of 'no date'. A pledge of a fact some
    article changes ("raised the pledge to ...") and an undated proposal are left out for
    want of a date."""
    pledge = {"metric": "investment", "unit": "USD", "kind": "amount", "imposer": "KR",
              "target": "US", "product": None, "measure": None, "status": "agreed"}
    insert(con, "_rc_flags",
           {**pledge, "fact_id": "f", "claim_id": "dated", "article": "a", "value": 350e9,
            "as_of": D("2025-08-01")},
           {**pledge, "fact_id": "f", "claim_id": "undated", "article": "u", "value": 300e9},
           {**pledge, "fact_id": "g", "claim_id": "moved", "article": "b", "value": 500e9,
            "change_word": "raised", "as_of": D("2025-09-01")},
           {**pledge, "fact_id": "g", "claim_id": "other", "article": "v", "value": 450e9},
           {**pledge, "fact_id": "h", "claim_id": "floated", "article": "w", "value": 90e9,
            "status": "proposed"})
    got = {r["claim_id"]: r for r in run(con, "05_fact_claims.sql")}
    assert not got["undated"]["in_seq"]
    # (h121) one flag that 07 and the evaluation read (no reason text to match)
    assert {c for c, r in got.items() if r["undated_pledge"]} == {"undated"}
    assert got["undated"]["left_out"].startswith("pledge with no date: compared")
    assert got["other"]["left_out"].startswith("no date")
    assert got["floated"]["left_out"].startswith("no date")


def test_a_past_starts_rate_is_the_nearest_of_its_sentence_before_it_else_after(con):
    """(h169) "Since the lane opened on May 30, boats have entered at 8%" names its rate
    after the day: that rate is the start's (07 `one_start`); a rate before the day, when
    there is one, still comes first ("rose to 40% on June 2, up from 8%")."""
    s1 = "Since the lane opened on May 30, boats have entered at 8%."
    s2 = "The duty rose to 40% on June 2, up from 8% under the old scheme."
    d = {k: v for k, v in F.items() if k != "metric"}
    insert(con, "_rc_flags",
           {"claim_id": "d1", "article": "a", "metric": "effective_date", "unit": "date",
            "date_value": D("2025-05-30"), "v": 20238.0, "status": "in_effect",
            "sentence": s1, "quote_start": 24, "as_of": D("2025-08-03"), **d, "fact_id": "g"},
           {"claim_id": "r1", "article": "a", "value": 8, "status": "in_effect",
            "sentence": s1, "quote_start": 53, "as_of": D("2025-08-03"), **F},
           {"claim_id": "d2", "article": "b", "metric": "effective_date", "unit": "date",
            "date_value": D("2025-06-02"), "v": 20241.0, "status": "in_effect",
            "sentence": s2, "quote_start": 24, "as_of": D("2025-08-03"), **d, "fact_id": "g"},
           {"claim_id": "r2", "article": "b", "value": 40, "status": "in_effect",
            "sentence": s2, "quote_start": 17, "as_of": D("2025-08-03"), **F},
           {"claim_id": "r3", "article": "b", "value": 8, "status": "in_effect",
            "sentence": s2, "quote_start": 42, "as_of": D("2025-08-03"), **F})
    got = {r["claim_id"]: r["start_rate"] for r in run(con, "05_fact_claims.sql")}
    assert (got["d1"], got["d2"]) == (8.0, 40.0)
