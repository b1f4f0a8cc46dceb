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
