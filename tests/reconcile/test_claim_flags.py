"""04_claim_flags.sql: completed keys, fact_id, precision half-widths and dates."""

from tests.reconcile.stage import D, insert, run

KR = {"metric": "tariff_rate", "unit": "percent", "imposer": "US", "target": "KR",
      "product": "all"}


def test_filled_claims_share_the_fact_and_flags(con):
    insert(con, "_rc_totalled",
           {"claim_id": "a1", "article": "a", "kind": "rate", "value": 25,
            "measure": "reciprocal", "as_of": D("2025-04-03"), **KR},
           {"claim_id": "b1", "article": "b", "kind": "rate", "value": 25, "hedge": "about",
            "precision": 1.0, "status": "previous", "as_of": D("2025-04-05"), **KR},
           {"claim_id": "c1", "article": "c", "kind": "amount", "metric": "exports",
            "unit": "USD", "value": 56e9, "precision": 1e9, "imposer": "KR", "target": "US",
            "as_of": D("2025-04-05"), "effective": D("2025-01-01")},
           {**KR, "claim_id": "d1", "article": "d", "kind": "date", "metric": "effective_date",
            "unit": "date", "date_value": D("1970-01-11"), "measure": "reciprocal",
            "as_of": None})
    insert(con, "_rc_fill", {"metric": "tariff_rate", "unit": "percent", "i": "US", "t": "KR",
                             "p": "all", "m": "", "product": "all", "measure": "reciprocal"})
    got = {r["claim_id"]: r for r in run(con, "04_claim_flags.sql")}
    a, b, c, d = got["a1"], got["b1"], got["c1"], got["d1"]
    assert b["measure"] == "reciprocal" and b["key_filled"] and not a["key_filled"]
    assert a["fact_id"] == b["fact_id"] != d["fact_id"]
    assert (a["h"], b["h"], c["h"], d["h"]) == (0.005, 1.0, 0.4999e9, 0.5)
    assert (a["is_prev"], b["is_prev"], a["status_rank"], b["status_rank"]) == \
        (False, True, 4, -1)
    assert (c["is_flow"], c["comparable"], a["is_flow"]) == (True, True, False)
    assert (c["seq_date"], c["date"]) == (D("2025-04-05"), D("2025-01-01"))
    assert (d["v"], d["seq_key"]) == (10.0, D("1900-01-01"))
