"""14c_told_later.sql (h217-2): a lone previous value told later. A fact whose every claim is
a previous value, one a dated report gives with a start of its own before its publication
("Ruritania has lifted the duties of up to 15% it put on our farm goods on March 10",
written on Nov. 10): the value stood from that start until that report (read as of Nov. 1,
the 15%); nothing before the start, nothing from the report on."""

from tests.reconcile.stage import D, insert, run

F = {"fact_id": "f", "imposer": "RU", "target": "US", "product": "agriculture",
     "measure": "retaliatory"}


def _lifted(con, start: str | None = "2025-03-10") -> None:
    insert(con, "fact_claims",
           {"claim_id": "p", "article": "a", "value": 15, "status": "previous",
            "is_prev": True, "in_seq": False, "effective": D(start) if start else None,
            "quote": "up to 15%", "seq_date": D("2025-11-10"), **F})


def _at(con, day: str) -> list[dict]:
    return [r for r in run(con, "15_current_values.sql", as_of=D(day)) if r["fact_id"] == "f"]


def test_a_lone_previous_value_stood_from_its_start_until_its_report(con):
    _lifted(con)
    (row,) = _at(con, "2025-11-01")
    assert (row["value"], row["status"], row["since"]) == (15, "in_effect", D("2025-03-10"))
    assert row["rule"].startswith("told later")
    assert _at(con, "2025-03-01") == []  # before its start
    assert _at(con, "2025-11-12") == []  # the change it is previous to had come
    rows = [(r["valid_from"], r["valid_to"], r["value"])
            for r in run(con, "15b_current_intervals.sql") if r["fact_id"] == "f"]
    assert rows == [(D("2025-03-10"), D("2025-11-10"), 15)]


def test_no_start_of_its_own_or_a_claim_as_it_stands_tells_nothing(con):
    """With no start of its own the time it held is unknown; beside a claim of the fact as it
    stands, the rules (and h209's value before a change) read the fact."""
    _lifted(con, start=None)
    assert _at(con, "2025-11-01") == []
    insert(con, "fact_claims",
           {"claim_id": "c", "article": "b", "value": 10, "status": "in_effect",
            "seq_date": D("2025-11-20"), **{**F, "fact_id": "g"}},
           {"claim_id": "q", "article": "b", "value": 15, "status": "previous",
            "is_prev": True, "in_seq": False, "effective": D("2025-03-10"),
            "seq_date": D("2025-11-20"), **{**F, "fact_id": "g"}})
    assert [r for r in run(con, "15_current_values.sql", as_of=D("2025-11-01"))
            if r["fact_id"] == "g"] == []
