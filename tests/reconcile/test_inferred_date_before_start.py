"""14b_evidence_order.sql (h225-2): a rate an undated text states in effect, with no start of
its own, is evidence no earlier than the start a dated report gives that value in effect:
the text's inferred date cannot put the value before its start."""

from tests.reconcile.stage import D, insert, run

METAL = {"fact_id": "f", "imposer": "US", "target": "*", "product": "steel",
         "measure": "section_232"}


def _undated(value: float) -> dict:
    """'Since April 20 importers have filed more forms than ever; add the 40 percent on
    steel and margins vanish' (no date line: placed on April 20, the date it names)."""
    return {**METAL, "claim_id": "u", "article": "u", "value": value, "status": "in_effect",
            "status_rank": 5, "date_inferred": True, "seq_date": D("2025-04-20"),
            "quote": f"{value:g} percent on steel"}


def _dated() -> list[dict]:
    """'The steel duty was 20 percent until May 12, when it doubled to 40 percent'
    (dated July 1)."""
    day = D("2025-07-01")
    return [{**METAL, "claim_id": "n", "article": "d", "value": 40, "status": "in_effect",
             "status_rank": 5, "is_change": True, "effective": D("2025-05-12"),
             "seq_date": day, "quote_start": 60, "quote": "doubled to 40 percent"},
            {**METAL, "claim_id": "p", "article": "d", "value": 20, "status": "previous",
             "is_prev": True, "in_seq": False, "effective": D("2025-05-12"),
             "seq_date": day, "quote_start": 20, "quote": "was 20 percent"}]


def test_an_undated_text_does_not_put_a_value_before_its_dated_start(con):
    """Read as of May 1, the 20% the dated report gives as the rate before May 12 stands,
    not the undated column's 40% (its inferred date, April 20, is before that start)."""
    insert(con, "fact_claims", _undated(40), *_dated())
    (got,) = run(con, "15_current_values.sql", as_of=D("2025-05-01"))
    assert (got["value"], got["status"]) == (20, "in_effect")
    order = {r[0]: r[1] for r in con.execute(
        "SELECT claim_id, seq_key FROM evidence_order").fetchall()}
    assert order["u"] == D("2025-05-12")


def test_a_value_a_dated_report_had_by_then_keeps_the_inferred_date(con):
    """A dated report of April 2 already states the 40% in effect: the undated column may
    speak of it on April 20, and keeps that place."""
    early = {**METAL, "claim_id": "e", "article": "e", "value": 40, "status": "in_effect",
             "status_rank": 5, "seq_date": D("2025-04-02"), "quote": "40 percent"}
    insert(con, "fact_claims", _undated(40), *_dated(), early)
    order = {r[0]: r[1] for r in con.execute(
        "SELECT claim_id, seq_key FROM evidence_order").fetchall()}
    assert order["u"] == D("2025-04-20")
