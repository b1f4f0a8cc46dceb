"""07_claim_pairs.sql (h155): one standing rate told twice, months apart (`standing`).

Two articles' rates of one fact in effect, published further apart than the publication
window, with no change of the fact told between them, while the official table has one row
of the key in force over the whole span and no act of the key in it: the rate did not
move, so the two values disagree (a conflict, placed by the table, no guess).
"""

import datetime as dt

from tests.reconcile.stage import D, conflict_values, insert, run

KEY = {"fact_id": "f", "metric": "tariff_rate", "imposer": "US", "target": "*",
       "product": "steel", "measure": "section_232", "unit": "percent",
       "status": "in_effect"}
REF = {"imposer": "US", "target": "*", "product": "steel", "measure": "section_232",
       "status": "in_effect", "use_rate": True, "use_date": True, "pause": False,
       "tier": "PRIMARY"}


def _ref(ref_id: int, rate: float, start: str, **over) -> dict:
    return {**REF, "ref_id": ref_id, "rate_percent": rate, "effective_date": D(start),
            "announced_date": D(start) - dt.timedelta(days=1), **over}


def _two(con, **extra_b) -> None:
    """A 40% in June and a 20% in September: ten weeks apart."""
    insert(con, "facts", {k: KEY[k] for k in ("fact_id", "metric", "imposer", "target",
                                              "product", "measure", "unit")})
    insert(con, "fact_claims",
           {**KEY, "claim_id": "a", "article": "a", "value": 40,
            "seq_date": D("2025-06-20")},
           {**KEY, "claim_id": "b", "article": "b", "value": 20,
            "seq_date": D("2025-09-01"), **extra_b})


def test_a_rate_the_table_holds_steady_pairs_across_months(con):
    _two(con)
    assert conflict_values(con) == set()  # no official row: a newer value, nothing more
    insert(con, "reference", _ref(1, 40.0, "2025-05-01"))
    assert conflict_values(con) == {(20, 40)}
    (p,) = run(con, "07_claim_pairs.sql")
    assert not p["guess"] and not p["explained"]


def test_an_act_of_the_key_in_the_span_separates_them(con):
    _two(con)
    insert(con, "reference", _ref(1, 40.0, "2025-05-01", end_date=D("2025-08-01"),
                                  status="superseded"),
           _ref(2, 20.0, "2025-08-01"))
    assert conflict_values(con) == set()


def test_a_pending_value_or_a_change_between_them_separates_them(con):
    _two(con)
    insert(con, "reference", _ref(1, 40.0, "2025-05-01"))
    insert(con, "fact_claims",
           {**KEY, "claim_id": "p", "article": "p", "value": 20, "status": "agreed",
            "seq_date": D("2025-07-20")})
    assert conflict_values(con) == set()


def test_too_far_apart_or_doubtful_makes_no_pair(con):
    _two(con, seq_date=D("2025-12-01"))  # five months: an untold act may lie between
    insert(con, "reference", _ref(1, 40.0, "2025-05-01"))
    assert conflict_values(con) == set()
    con.execute("DELETE FROM fact_claims")
    insert(con, "fact_claims",
           {**KEY, "claim_id": "a", "article": "a", "value": 40, "seq_date": D("2025-06-20")},
           {**KEY, "claim_id": "b", "article": "b", "value": 20, "seq_date": D("2025-09-01"),
            "doubtful": True})
    assert conflict_values(con) == set()
