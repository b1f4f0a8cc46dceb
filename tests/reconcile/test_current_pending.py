"""15_current_rules.sql (h96, h103): current values as a careful reader has them, for
changes agreed but not yet in force (14b_evidence_order.sql's agreed_until)."""

from tests.reconcile.stage import D, insert, run

F = {"fact_id": "f", "imposer": "US", "target": "GB", "product": "autos",
     "measure": "section_232"}


def _deal(con, *, prev_start: str | None = None) -> None:
    """'The pact cuts the duty on Ruritanian cars from 27.5% to 10%' (May 9), with no date
    for the cut; optionally the 27.5% told as due from a later date ('threatened from ...')."""
    insert(con, "fact_claims",
           {"claim_id": "p", "article": "a", "value": 27.5, "status": "previous",
            "is_prev": True, "in_seq": False, "quote_start": 30, "quote": "from 27.5%",
            "seq_date": D("2025-05-09"), **F},
           {"claim_id": "n", "article": "a", "value": 10, "status": "agreed",
            "status_rank": 3, "is_change": True, "quote_start": 40, "quote": "to 10%",
            "seq_date": D("2025-05-09"), **F})
    if prev_start:
        insert(con, "fact_claims",
               {"claim_id": "e", "article": "a", "metric": "effective_date", "unit": "date",
                "value": None, "date_value": D(prev_start), "status": "previous",
                "is_prev": True, "in_seq": False, "seq_date": D("2025-05-09"),
                **{**F, "fact_id": "fd"}})


def test_an_agreed_change_not_yet_in_force_leaves_its_previous_value_in_effect(con):
    _deal(con)
    (may,) = run(con, "15_current_values.sql", as_of=D("2025-05-20"))
    assert (may["value"], may["status"], may["quote"]) == (27.5, "in_effect", "from 27.5%")
    assert "agreed but not yet in force" in may["rule"]


def test_a_larger_pledge_agreed_is_the_pledge_at_once(con):
    """(h159) 'The firm lifts its US investment pledge from $400 billion to $520 billion'
    (agreed, May 9): a pledge is the agreement itself, so the new one is current from that
    day; no old pledge 'applies' until it starts, as an old rate does."""
    pledge = {"fact_id": "i", "metric": "investment", "unit": "USD", "kind": "amount",
              "imposer": "US", "target": "US", "product": None, "measure": None}
    insert(con, "fact_claims",
           {"claim_id": "p", "article": "a", "value": 4e11, "status": "previous",
            "is_prev": True, "in_seq": False, "quote_start": 30, "quote": "from $400 billion",
            "seq_date": D("2025-05-09"), "h": 5e8, **pledge},
           {"claim_id": "n", "article": "a", "value": 5.2e11, "status": "agreed",
            "status_rank": 3, "is_change": True, "quote_start": 50, "quote": "to $520 billion",
            "seq_date": D("2025-05-09"), "h": 5e8, **pledge})
    (may,) = run(con, "15_current_values.sql", as_of=D("2025-05-20"))
    assert (may["value"], may["status"]) == (5.2e11, "agreed")
    assert may["rule"] is None


def test_an_agreed_change_reported_in_force_reads_in_effect(con):
    """A dated report of June 30 has the 10% in effect from that day: from then it is."""
    _deal(con)
    insert(con, "fact_claims",
           {"claim_id": "b1", "article": "b", "value": 10, "status": "in_effect",
            "status_rank": 5, "effective": D("2025-06-30"), "seq_date": D("2025-06-30"),
            **F})
    (july,) = run(con, "15_current_values.sql", as_of=D("2025-07-02"))
    assert (july["value"], july["status"]) == (10, "in_effect")


def test_an_agreed_change_read_weeks_later_stands_as_agreed(con):
    """Read in July, two months after the deal was told with no start and no report of it
    in force: the reader no longer knows the 27.5% still applies; the 10% stands, agreed."""
    _deal(con)
    (july,) = run(con, "15_current_values.sql", as_of=D("2025-07-10"))
    assert (july["value"], july["status"]) == (10, "agreed")

def test_a_deal_replacing_a_threat_keeps_the_agreed_value(con):
    """'Agreed on 10%, down from the 27.5% threatened from June 1' (May 9): the 27.5% was
    itself pending, it never applied; the deal's rate stays agreed."""
    _deal(con, prev_start="2025-06-01")
    got = {r["fact_id"]: r for r in run(con, "15_current_values.sql", as_of=D("2025-05-20"))}
    assert (got["f"]["value"], got["f"]["status"]) == (10, "agreed")


def test_a_deal_replacing_a_rate_only_ever_pending_keeps_the_agreed_value(con):
    """'Ruritanian cars face 27.5%' told as scheduled with no date in April, then 'the pact
    cuts it from 27.5% to 10%' (May 9): no report ever had the 27.5% in effect, so the deal
    replaced a pending rate and the 10% stays agreed; with the 27.5% once reported in
    effect, it still applies until the cut."""
    _deal(con)
    insert(con, "fact_claims",
           {"claim_id": "s1", "article": "s", "value": 27.5, "status": "scheduled",
            "status_rank": 2, "seq_date": D("2025-04-03"), **F})
    (may,) = run(con, "15_current_values.sql", as_of=D("2025-05-20"))
    assert (may["value"], may["status"]) == (10, "agreed")
    insert(con, "fact_claims",
           {"claim_id": "s2", "article": "t", "value": 27.5, "status": "in_effect",
            "status_rank": 5, "seq_date": D("2025-04-20"), **F})
    (may,) = run(con, "15_current_values.sql", as_of=D("2025-05-20"))
    assert (may["value"], may["status"]) == (27.5, "in_effect")


def test_a_deal_lowering_a_rate_last_told_on_hold_keeps_the_agreed_value(con):
    """(h103) The 27.5% was told in force in March, then on hold in April, then due again
    from May 1 (a date come by the deal): the latest other report has it only announced,
    not in force, so the deal (May 9, "from 27.5% to 10%") replaced it and the 10% stays
    agreed. A report in force after the hold, instead, keeps the 27.5% until the cut."""
    _deal(con)
    insert(con, "fact_claims",
           {"claim_id": "r1", "article": "r", "value": 27.5, "status": "in_effect",
            "status_rank": 5, "seq_date": D("2025-03-05"), **F},
           {"claim_id": "r2", "article": "s", "value": 27.5, "status": "paused",
            "status_rank": 4, "seq_date": D("2025-04-10"), **F},
           {"claim_id": "r3", "article": "t", "value": 27.5, "status": "scheduled",
            "status_rank": 2, "effective": D("2025-05-01"), "seq_date": D("2025-04-20"),
            **F})
    (may,) = run(con, "15_current_values.sql", as_of=D("2025-05-20"))
    assert (may["value"], may["status"]) == (10, "agreed")
    insert(con, "fact_claims",
           {"claim_id": "r4", "article": "u", "value": 27.5, "status": "in_effect",
            "status_rank": 5, "seq_date": D("2025-05-03"), **F})
    (may,) = run(con, "15_current_values.sql", as_of=D("2025-05-20"))
    assert (may["value"], may["status"]) == (27.5, "in_effect")


def test_the_agreed_window_ends_in_the_intervals_too(con):
    """(h103) 15b reads the rules at agreed_until: the 27.5% holds from the deal's day until
    15 days after it, then the 10% reads agreed (the same as 15 at those dates)."""
    _deal(con)
    rows = run(con, "15b_current_intervals.sql")
    got = [(r["valid_from"], r["value"], r["status"]) for r in rows if r["fact_id"] == "f"]
    assert (D("2025-05-09"), 27.5, "in_effect") in got
    assert (D("2025-05-24"), 10, "agreed") in got


def _dated_deal(con, *, prev_start: str | None = None) -> None:
    """'Under the pact the duty on Ruritanian cars comes down from 27.5% to 10% as of June 2'
    (May 9): a change agreed, with a start of its own after its report."""
    _deal(con, prev_start=prev_start)
    con.execute("UPDATE fact_claims SET effective = DATE '2025-06-02' WHERE claim_id = 'n'")


def test_an_agreed_change_reads_in_effect_once_its_own_start_has_come(con):
    """(h114-1, lead-14) Before the start the 27.5% applies (h105's `pend`); from the start on the
    change it waited for is made: the 10% is in effect, since that day (it stayed agreed)."""
    _dated_deal(con)
    (may,) = run(con, "15_current_values.sql", as_of=D("2025-05-30"))
    assert (may["value"], may["status"]) == (27.5, "in_effect")
    (jun,) = run(con, "15_current_values.sql", as_of=D("2025-06-20"))
    assert (jun["value"], jun["status"], jun["since"]) == (10, "in_effect", D("2025-06-02"))
    assert "its own start come" in jun["rule"]
    rows = run(con, "15b_current_intervals.sql")
    got = [(r["valid_from"], r["value"], r["status"]) for r in rows if r["fact_id"] == "f"]
    assert (D("2025-06-02"), 10, "in_effect") in got


def test_an_agreed_change_from_a_pending_value_stays_agreed_after_its_date(con):
    """(h114-1, lead-14) 'Down from the 27.5% threatened from June 2': the date is the threat's, the
    old value was never in force, so the deal's 10% stays agreed after that day; and an
    agreed value with a date but no value it changes from is h68's case, not this one."""
    _dated_deal(con, prev_start="2025-06-02")
    (jun,) = run(con, "15_current_values.sql", as_of=D("2025-06-20"))
    assert (jun["value"], jun["status"]) == (10, "agreed")
    con.execute("DELETE FROM fact_claims WHERE claim_id IN ('e', 'p')")
    (jun,) = run(con, "15_current_values.sql", as_of=D("2025-06-20"))
    assert (jun["value"], jun["status"]) == (10, "agreed")


def test_an_agreed_value_reads_in_effect_from_a_start_a_later_report_dates(con):
    """(h114-3, h121) 'Ruritanian cars will pay 10% under the pact' (May 9, no date); on June 20 a
    report says 'the lower duty on Ruritanian cars took effect on June 16'. Its date is a
    fact of its own (effective_date), apart from the rate: from that report on, the 10% is
    in effect since June 16; before it, agreed. A date in force from before the deal (the
    old duty's start) is no start of the deal's value."""
    _deal(con)
    start = {"metric": "effective_date", "unit": "date", "value": None,
             "status": "in_effect", "fact_id": "fd", **{k: v for k, v in F.items()
                                                          if k != "fact_id"}}
    insert(con, "fact_claims",
           {"claim_id": "s", "article": "s", "date_value": D("2025-06-16"),
            "seq_date": D("2025-06-20"), **start},
           {"claim_id": "t", "article": "t", "date_value": D("2025-04-03"),
            "seq_date": D("2025-06-01"), **start})
    (jun,) = [r for r in run(con, "15_current_values.sql", as_of=D("2025-06-10"))
              if r["fact_id"] == "f"]
    assert (jun["value"], jun["status"]) == (10, "agreed")
    (late,) = [r for r in run(con, "15_current_values.sql", as_of=D("2025-06-25"))
               if r["fact_id"] == "f"]
    assert (late["value"], late["status"], late["since"]) == (10, "in_effect", D("2025-06-16"))
    assert "a later report dates its start" in late["rule"]
    rows = run(con, "15b_current_intervals.sql")
    got = [(r["valid_from"], r["value"], r["status"]) for r in rows if r["fact_id"] == "f"]
    assert (D("2025-06-20"), 10, "in_effect") in got


def test_a_doubtful_figure_gives_way_to_a_sure_one_of_its_article(con):
    """(h159) One report gives the partner's counter-duty as 10% (its sentence names the
    partner) and, further on, a 4% whose sentence names another country only (doubtful:
    the party was read from farther away) stated in effect: the sure figure is current,
    though the doubtful one's status ranks higher."""
    rate = {"fact_id": "r", "imposer": "CN", "target": "US", "product": "all",
            "measure": "retaliatory"}
    insert(con, "fact_claims",
           {"claim_id": "s", "article": "a", "value": 10, "status": None, "status_rank": 1,
            "quote_start": 10, "quote": "10%", "seq_date": D("2025-12-01"), **rate},
           {"claim_id": "d", "article": "a", "value": 4, "status": "in_effect",
            "status_rank": 5, "quote_start": 90, "quote": "4%", "doubtful": True,
            "seq_date": D("2025-12-01"), **rate})
    (dec,) = run(con, "15_current_values.sql", as_of=D("2025-12-05"))
    assert (dec["value"], dec["quote"]) == (10, "10%")


def _official(con) -> None:
    """The official table: a 30% country rate for Ruritania announced April 2, from April 9
    to April 10, then a pause row of the measure for every partner from April 10 (announced
    April 9); the 10% floor for every partner from April 5."""
    ref = {"imposer": "US", "product": "all", "status": "in_effect", "use_rate": True,
           "use_date": True, "tier": "PRIMARY", "source": "https://example.gov"}
    insert(con, "reference",
           {**ref, "ref_id": 1, "target": "RU", "measure": "reciprocal", "rate_percent": 30.0,
            "effective_date": D("2025-04-09"), "end_date": D("2025-04-10"),
            "announced_date": D("2025-04-02"), "pause": False},
           {**ref, "ref_id": 2, "target": "*", "measure": "reciprocal", "rate_percent": 10.0,
            "effective_date": D("2025-04-10"), "end_date": D("2025-07-09"),
            "announced_date": D("2025-04-09"), "pause": True, "use_rate": False},
           {**ref, "ref_id": 3, "target": "*", "measure": "baseline", "rate_percent": 10.0,
            "effective_date": D("2025-04-05"), "announced_date": D("2025-04-02"),
            "pause": False})


def test_a_rate_scheduled_with_no_start_reads_as_the_official_table_has_it(con):
    """(h159-6, lead-19) "Ruritania is handed 30%" and "a 10% floor on everyone" (April 3),
    scheduled with no start in their sentences: by April 6 the floor is in force (its
    official row started April 5), and by April 11 the country rate is paused (its row ended
    April 10 and the pause of the measure runs); on April 4 both are still scheduled."""
    _official(con)
    key = {"imposer": "US", "product": "all"}
    insert(con, "fact_claims",
           {"claim_id": "r", "article": "a", "fact_id": "r", "target": "RU",
            "measure": "reciprocal", "value": 30, "status": "scheduled", "status_rank": 2,
            "seq_date": D("2025-04-03"), **key},
           {"claim_id": "b", "article": "a", "fact_id": "b", "target": "*",
            "measure": "baseline", "value": 10, "status": "scheduled", "status_rank": 2,
            "seq_date": D("2025-04-03"), **key})

    def at(day: str) -> dict:
        return {r["fact_id"]: r["status"]
                for r in run(con, "15_current_values.sql", as_of=D(day))}

    assert at("2025-04-04") == {"r": "scheduled", "b": "scheduled"}
    assert at("2025-04-06") == {"r": "scheduled", "b": "in_effect"}
    assert at("2025-04-11") == {"r": "paused", "b": "in_effect"}
