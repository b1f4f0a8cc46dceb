"""14b_evidence_order.sql (h217-3, h209-4 mended): of one day's claims of a fact at the same
status, one the official table contradicts (an official mismatch) comes before one it does
not, so the figure the table backs is the current value; unless the contradicted figure is a
stack, two other figures of its article for the same parties and goods adding up to it."""

from tests.reconcile.stage import D, insert, run

F = {"fact_id": "f", "imposer": "US", "target": "RU", "product": "all",
     "measure": "fentanyl", "status": "in_effect", "seq_date": D("2025-09-11"),
     "effective": D("2025-03-04"), "is_change": True}


def _mismatch(con, *claims: str) -> None:
    insert(con, "conflicts", {"kind": "official_mismatch", "fact_id": "f",
                              "metric": "tariff_rate", "claim_ids": list(claims)})


def _now(con) -> dict:
    (row,) = [r for r in run(con, "15_current_values.sql", as_of=D("2025-09-20"))
              if r["fact_id"] == "f"]
    return row


def test_the_figure_the_official_table_backs_is_the_later_evidence(con):
    """'Ruritanian goods pay 50% since March 4 ... importers paid a 25% duty since March 4'
    (the table: 25%): the 50%, first in the text (a lead, else the later evidence), is the
    slip; the 25% is current."""
    _mismatch(con, "a50")
    insert(con, "fact_claims",
           {**F, "claim_id": "a50", "article": "a", "value": 50, "quote_start": 10},
           {**F, "claim_id": "a25", "article": "a", "value": 25, "quote_start": 90})
    assert _now(con)["value"] == 25


def test_a_stack_the_table_does_not_state_keeps_its_place(con):
    """'Ruritanian goods now pay 50%: a further 25% on top of the 25% reciprocal rate' (read
    on one fact, the table at 25%): the 50% is the rate all in, two figures of its article
    adding up to it, and the text's first figure (its lead) stays the current one."""
    _mismatch(con, "a50")
    insert(con, "fact_claims",
           {**F, "claim_id": "a50", "article": "a", "value": 50, "quote_start": 10},
           {**F, "claim_id": "b25", "article": "a", "value": 25, "quote_start": 40,
            "measure": None, "fact_id": "g"},
           {**F, "claim_id": "a25", "article": "a", "value": 25, "quote_start": 90})
    assert _now(con)["value"] == 50
