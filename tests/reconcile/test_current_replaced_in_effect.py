"""15_current_values.sql (h187): a value an earlier article gave as the one a change replaced,
told again later in effect with no change told, is history (14b's `replaced_told`), when
that change was in force by then and no report since tells a change back to the value."""

from tests.reconcile.stage import D, insert, run

LEVY = {"imposer": "US", "product": "all", "measure": "fentanyl", "status_rank": 5}


def _story(con, fact: str, new_status: str = "scheduled", back: bool = False) -> None:
    """'The duty on Ruritanian goods goes to 35% from 25% as of today' (August 1);
    'goods outside the pact still pay 25%' (September 15); with `back`, a report of
    September 1 tells the rate cut back to 25%."""
    key = {**LEVY, "fact_id": fact, "target": fact.upper()}
    rows = [
        {"claim_id": f"{fact}a1", "article": f"{fact}a", "value": 35, "status": new_status,
         "effective": D("2025-08-01"), "seq_date": D("2025-08-01"), "is_change": True,
         **key},
        {"claim_id": f"{fact}a2", "article": f"{fact}a", "value": 25, "status": "previous",
         "is_prev": True, "in_seq": False, "seq_date": D("2025-08-01"), "quote_start": 40,
         **key},
        {"claim_id": f"{fact}c1", "article": f"{fact}c", "value": 25, "status": "in_effect",
         "seq_date": D("2025-09-15"), **key}]
    if back:
        rows.append({"claim_id": f"{fact}b1", "article": f"{fact}b", "value": 25,
                     "status": "in_effect", "seq_date": D("2025-09-01"), "is_change": True,
                     **key})
    insert(con, "fact_claims", *rows)


def _current(con) -> dict:
    return {r["fact_id"]: r for r in run(con, "15_current_values.sql", as_of=D("2025-09-20"))}


def test_the_replaced_value_told_again_in_effect_is_history(con):
    _story(con, "f")
    got = _current(con)["f"]
    assert (got["value"], got["status"], got["article"]) == (35, "in_effect", "fa")
    assert "history" in got["rule"]


def test_a_change_back_or_a_deal_not_in_force_leaves_it_current(con):
    """A report of a cut back to 25% in between (g), or a change only agreed (h: the old
    rate applies until it starts), leave the later 25% the rate as it stands."""
    _story(con, "g", back=True)
    _story(con, "h", new_status="agreed")
    got = _current(con)
    assert (got["g"]["value"], got["g"]["article"]) == (25, "gc")
    assert (got["h"]["value"], got["h"]["article"]) == (25, "hc")
