"""14b_evidence_order.sql's `sched` (h243-1): a change a later report reads in effect with no
start of its own, while an earlier report agrees the same value from a start its article
states for the same measure, is not due before that start: 15's `pend` keeps the value it
changes from until then, as for a scheduled start (h127)."""

import pytest

from tests.reconcile.stage import D, insert, run

G = {"fact_id": "g", "imposer": "US", "target": "RU", "product": "autos",
     "measure": "section_232"}


def _reports(con, *, start_claim: bool) -> None:
    """'Ruritanian cars will pay 12% from June 16, down from 30%, under the deal' (June 3:
    the 12% agreed, June 16 its start), then a feature of June 10: 'the day the car duty
    drops from 30% to 12% is circled on every dealer's calendar', its 12% read in effect
    with no date. With `start_claim` False the June 16 of the first report is no start its
    article states for the car levy (a date it holds for something else)."""
    insert(con, "fact_claims",
           {"claim_id": "a1", "article": "a", "value": 12, "status": "agreed",
            "status_rank": 3, "effective": D("2025-06-16"), "is_change": True,
            "quote_start": 10, "seq_date": D("2025-06-03"), **G},
           {"claim_id": "a2", "article": "a", "value": 30, "status": "previous",
            "is_prev": True, "quote_start": 40, "seq_date": D("2025-06-03"), **G},
           {"claim_id": "b1", "article": "b", "value": 12, "status": "in_effect",
            "status_rank": 5, "is_change": True, "quote_start": 60,
            "seq_date": D("2025-06-10"), **G},
           {"claim_id": "b2", "article": "b", "value": 30, "status": "previous",
            "is_prev": True, "quote_start": 40, "quote": "from 30%",
            "seq_date": D("2025-06-10"), **G})
    if start_claim:
        insert(con, "fact_claims",
               {"claim_id": "a3", "article": "a", "metric": "effective_date",
                "unit": "date", "value": None, "date_value": D("2025-06-16"),
                "status": "scheduled", "status_rank": 2, "quote_start": 30,
                "seq_date": D("2025-06-03"), **{**G, "fact_id": "gd"}})


def _rate(con, day: str) -> tuple[float, str]:
    got = {r["fact_id"]: r for r in run(con, "15_current_values.sql", as_of=D(day))}
    return got["g"]["value"], got["g"]["status"]


@pytest.mark.parametrize(("start_claim", "want"),
                         [(True, (30, "in_effect")), (False, (12, "in_effect"))])
def test_a_change_read_in_effect_before_its_agreed_start_is_not_due(con, start_claim, want):
    """On June 12 the 30% still applies when the deal's report states June 16 as the car
    levy's start; without that start (before h243-1 in both cases) the feature's 12% read in
    effect at once."""
    _reports(con, start_claim=start_claim)
    assert _rate(con, "2025-06-12") == want


def test_the_change_is_due_once_the_agreed_start_has_come(con):
    _reports(con, start_claim=True)
    assert _rate(con, "2025-06-17") == (12, "in_effect")
