"""11-12: news claims that contradict the official reference table."""

from tests.reconcile.stage import D, insert, rows, run

KR = {"imposer": "US", "target": "KR", "product": "all", "measure": "reciprocal"}
REF = {"imposer": "US", "product": "all", "measure": "reciprocal", "use_rate": True,
       "use_date": True, "pause": False, "tier": "PRIMARY", "status": "in_effect"}


def test_a_rate_matching_no_covering_row_is_a_mismatch(con):
    insert(con, "reference",
           {"ref_id": 1, "target": "KR", "rate_percent": 25.0,
            "effective_date": D("2025-08-07"), "announced_date": D("2025-07-07"),
            "action": "letter rate", "legal_authority": "IEEPA; EO 1", "citation": "90 FR 1",
            "source": "https://example.gov/a", **REF})
    insert(con, "facts", {"fact_id": "f", "metric": "tariff_rate", "unit": "percent", **KR})
    insert(con, "fact_claims",
           {"claim_id": "ok", "article": "a", "fact_id": "f", "value": 25,
            "seq_date": D("2025-07-10"), "status": "in_effect", **KR},
           {"claim_id": "bad", "article": "b", "fact_id": "f", "value": 20,
            "seq_date": D("2025-07-12"), "status": "scheduled", **KR},
           {"claim_id": "deal", "article": "c", "fact_id": "f", "value": 15,
            "seq_date": D("2025-07-31"), "status": "agreed", **KR},  # deals are not acts
           {"claim_id": "early", "article": "d", "fact_id": "f", "value": 10,
            "seq_date": D("2025-05-01"), **KR})  # before the row's window
    (m,) = run(con, "11_official_mismatch.sql")
    assert (m["claim_ids"], m["ref_rate"], m["ref_text"]) == (["bad"], 25.0, "25%")
    run(con, "09_conflicts.sql")  # (empty) conflicts to append to
    run(con, "12_official_conflicts.sql")
    (c,) = rows(con, "SELECT * FROM conflicts")
    assert (c["kind"], c["values"], c["sources"]) == \
        ("official_mismatch", ["20%", "25%"], ["b", "official (PRIMARY)"])
    assert c["reason"] == ("b (2025-07-12) says 20% but the official figure is 25% (official "
                           "row 1: letter rate, IEEPA; EO 1, 90 FR 1, effective 2025-08-07; "
                           "PRIMARY source)")


def test_pause_rows_only_meet_claims_that_speak_of_a_pause(con):
    insert(con, "reference",
           {"ref_id": 1, "target": "KR", "rate_percent": 10.0, "use_rate": False,
            "effective_date": D("2025-04-10"), "end_date": D("2025-07-09"),
            "announced_date": D("2025-04-09"), "action": "pause", **{**REF, "pause": True,
                                                                     "use_rate": False}})
    insert(con, "fact_claims",
           {"claim_id": "p", "article": "a", "fact_id": "g", "metric": "effective_date",
            "unit": "date", "date_value": D("2025-07-20"), "v": 20289.0,
            "seq_date": D("2025-05-01"), "pause_word": True, **KR},
           {"claim_id": "n", "article": "b", "fact_id": "g", "metric": "effective_date",
            "unit": "date", "date_value": D("2025-07-20"), "v": 20289.0,
            "seq_date": D("2025-05-01"), **KR})
    got = run(con, "11_official_mismatch.sql")
    assert [(m["claim_ids"], m["ref_date"]) for m in got] == [(["p"], D("2025-07-09"))]
