"""15_current_rules.sql (h96): current values as a careful reader has them, for changes
agreed but not yet in force and for packages whose own article holds them."""

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


def test_a_start_told_after_it_came_is_pending_just_before(con):
    """'The 50% duty on Ruritanian copper applies from today' (August 1), and no report
    before: on July 31 a reader of all the reports has the 50% scheduled (since August 1);
    weeks before, and on a fact some report by then speaks of, it gives nothing of the kind."""
    c = {"fact_id": "cu", "imposer": "US", "target": "*", "product": "copper",
         "measure": "section_232"}
    insert(con, "fact_claims",
           {"claim_id": "a1", "article": "a", "value": 50, "status": "in_effect",
            "status_rank": 5, "effective": D("2025-08-01"), "seq_date": D("2025-08-01"),
            "quote": "50%", **c})
    (got,) = run(con, "15_current_values.sql", as_of=D("2025-07-31"))
    assert (got["value"], got["status"], got["since"], got["in_effect"]) == \
        (50, "scheduled", D("2025-08-01"), False)
    assert got["rule"].startswith("no report by this date speaks of it")
    assert run(con, "15_current_values.sql", as_of=D("2025-06-01")) == []
    (aug,) = run(con, "15_current_values.sql", as_of=D("2025-08-02"))
    assert (aug["status"], aug["rule"]) == ("in_effect", None)


def test_a_start_told_later_gives_the_value_the_reports_by_then_leave_open(con):
    """'The duty on Ruritanian boots will be cut from 20% to 10%' (October 11, no date),
    then in December 'the 10% that applies since November 10': on November 11 the 10% is
    in effect (since November 10). On November 5, before that start, the reports by then
    stand; a start before the latest report by the date tells nothing new."""
    insert(con, "fact_claims",
           {"claim_id": "a1", "article": "a", "value": 20, "status": "in_effect",
            "status_rank": 5, "seq_date": D("2025-10-11"), "quote": "20%", **F},
           {"claim_id": "b1", "article": "b", "value": 10, "status": "agreed",
            "status_rank": 3, "effective": D("2025-11-10"), "seq_date": D("2025-12-01"),
            "quote": "10%", **F})
    (nov,) = run(con, "15_current_values.sql", as_of=D("2025-11-11"))
    assert (nov["value"], nov["status"], nov["since"], nov["article"]) == \
        (10, "in_effect", D("2025-11-10"), "b")
    assert nov["rule"].startswith("a later report has this value")
    (early,) = run(con, "15_current_values.sql", as_of=D("2025-11-05"))
    assert (early["value"], early["article"]) == (20, "a")
    con.execute("UPDATE fact_claims SET effective = DATE '2025-10-01' WHERE claim_id = 'b1'")
    (same,) = run(con, "15_current_values.sql", as_of=D("2025-11-11"))
    assert (same["value"], same["article"]) == (20, "a")


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
