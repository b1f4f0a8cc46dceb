"""15_current_values.sql (h187): the spread rule's "highest" ("up to") does not take a part
of the old value its article gives: a figure that, with one of the article's previous
values of the fact, adds up to another is a component of the value replaced."""

from tests.reconcile.stage import D, insert, run

CARS = {"imposer": "US", "target": "NZ", "product": "autos", "measure": "section_232",
        "seq_date": D("2025-10-20"), "effective": D("2025-09-02")}


def _rate(fact: str, claim: str, value: float, at: int, prev: bool = False) -> dict:
    row = {**CARS, "fact_id": fact, "claim_id": claim, "article": fact, "value": value,
           "quote_start": at}
    if prev:
        return {**row, "status": "previous", "is_prev": True, "in_seq": False}
    return {**row, "status": "in_effect", "status_rank": 5, "is_change": True}


def _current(con) -> dict:
    return {r["fact_id"]: r for r in run(con, "15_current_values.sql", as_of=D("2025-10-25"))}


def test_a_part_of_the_old_stack_is_no_part_of_the_spread(con):
    """'Kiwi cars have paid 12% since Sept. 2, down from 27.5%, when a 25% levy was added to
    the 2.5% duty' (f): the 12% stands, not the 25%. 'Cars now face 7.5% on top of the 2.5%
    duty, 10% in all, rather than 27.5%' (g): no figure adds up to the old value with
    another old one, so the spread's highest, 10%, stands as before."""
    insert(con, "fact_claims",
           _rate("f", "f1", 12, 10), _rate("f", "f2", 27.5, 30, prev=True),
           _rate("f", "f3", 25, 50), _rate("f", "f4", 2.5, 70, prev=True),
           _rate("g", "g1", 7.5, 10), _rate("g", "g2", 2.5, 30),
           _rate("g", "g3", 10, 50), _rate("g", "g4", 27.5, 70, prev=True))
    got = _current(con)
    assert got["f"]["value"] == 12
    assert got["g"]["value"] == 10
    assert "up to" in got["g"]["rule"]
