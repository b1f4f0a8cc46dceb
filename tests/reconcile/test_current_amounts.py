"""15_current_values.sql on amounts: the goods a measure covers (a countermeasure package)."""

from tests.reconcile.stage import D, insert, run

PKG = {"fact_id": "p", "kind": "amount", "metric": "other_amount", "unit": "EUR",
       "imposer": "EU", "target": "US", "product": None, "measure": "retaliatory",
       "h": 5e8}


def _amount(claim: str, article: str, value: float, status: str | None, day: str,
            **over: object) -> dict:
    rank = {"proposed": 0, "paused": 1, "scheduled": 2, "in_effect": 5}.get(status or "", 4)
    return {**PKG, "claim_id": claim, "article": article, "value": value, "status": status,
            "status_rank": rank, "seq_date": D(day), **over}


def _pause(claim: str, article: str, days: int, day: str, **over: object) -> dict:
    return {"fact_id": f"pause-{claim}", "claim_id": claim, "article": article,
            "kind": "duration", "metric": "pause_length", "unit": "day", "value": days,
            "imposer": "EU", "target": "US", "product": None, "measure": "retaliatory",
            "status": "paused", "status_rank": 1, "pause_word": True, "seq_date": D(day),
            **over}


def _current(con, day: str) -> dict:
    rows = run(con, "15_current_values.sql", as_of=D(day))
    return {r["fact_id"]: r for r in rows if r["metric"] == "other_amount"}


def test_a_package_with_no_status_gives_way_to_a_later_proposal(con):
    """'Brussels answers with counter-duties on EUR 10 billion of goods' (no status), then
    months later 'the ministers back a merged list of EUR 40 billion that would apply if talks
    fail' (proposed): the list on the table is the later one. A package stated in force is
    not displaced by a proposal (the threat rule), and a figure with no status reported after
    the proposal is the latest evidence again."""
    q = {"fact_id": "q"}
    r = {"fact_id": "r"}
    insert(con, "fact_claims",
           _amount("a1", "a", 10e9, None, "2025-03-01"),
           _amount("b1", "b", 40e9, "proposed", "2025-07-01"),
           _amount("c1", "c", 10e9, "in_effect", "2025-03-01", **q),
           _amount("d1", "d", 40e9, "proposed", "2025-07-01", **q),
           _amount("e1", "e", 40e9, "proposed", "2025-07-01", **r),
           _amount("f1", "f", 12e9, None, "2025-07-10", **r))
    got = {k: (v["value"], v["status"], v["article"])
           for k, v in _current(con, "2025-07-20").items()}
    assert got == {"p": (40e9, "proposed", "b"), "q": (10e9, "in_effect", "c"),
                   "r": (12e9, None, "f")}


def test_a_package_reported_before_a_suspension_of_its_measure_is_paused(con):
    """'The bloc readies counter-duties on EUR 40 billion of goods' (proposed), then a week
    later 'it suspends its countermeasures for 90 days': paused while the suspension runs
    (its `rule` says why), the package's own status once it is over. A suspension by another
    party, or one reported before the package, holds nothing."""
    insert(con, "fact_claims",
           _amount("a1", "a", 40e9, "proposed", "2025-07-01"),
           _amount("x1", "x", 5e9, "scheduled", "2025-07-01", fact_id="x", imposer="CA"),
           _amount("y1", "y", 7e9, "scheduled", "2025-07-20", fact_id="y", unit="USD"),
           _pause("s1", "s", 90, "2025-07-08"))
    now = _current(con, "2025-07-10")
    assert (now["p"]["value"], now["p"]["status"]) == (40e9, "paused")
    assert "suspension" in now["p"]["rule"]
    assert now["x"]["status"] == "scheduled" and now["x"]["rule"] is None
    assert _current(con, "2025-07-25")["y"]["status"] == "scheduled"  # reported after it
    later = _current(con, "2025-10-20")  # 90 days from 2025-07-08 are over
    assert (later["p"]["status"], later["p"]["rule"]) == ("proposed", None)
    before = _current(con, "2025-07-05")  # the suspension is not yet reported
    assert before["p"]["status"] == "proposed"
