"""03_key_fill.sql: a levy claim missing its product or measure joins the single complete
fact that matches it, unless an article states both or the claim is combined / a penalty."""

from tests.reconcile.stage import insert, run

KR = {"metric": "tariff_rate", "unit": "percent", "imposer": "US", "target": "KR"}


def test_one_candidate_fills(con):
    insert(con, "_rc_totalled",
           {"claim_id": "a1", "article": "a", "product": "all", "measure": "reciprocal", **KR},
           {"claim_id": "b1", "article": "b", "product": "all", **KR})
    assert run(con, "03_key_fill.sql") == [
        {"metric": "tariff_rate", "unit": "percent", "i": "US", "t": "KR", "p": "all",
         "m": "", "product": "all", "measure": "reciprocal"}]


def test_no_fill_when_ambiguous_stated_together_or_combined(con):
    insert(con, "_rc_totalled",
           # two complete facts could take the JP claim
           {"claim_id": "j1", "article": "a", "product": "all", "measure": "reciprocal",
            **KR, "target": "JP"},
           {"claim_id": "j2", "article": "a", "product": "all", "measure": "baseline",
            **KR, "target": "JP"},
           {"claim_id": "j3", "article": "b", "product": "all", **KR, "target": "JP"},
           # the same article states the complete and the partial claim
           {"claim_id": "k1", "article": "c", "product": "all", "measure": "reciprocal", **KR},
           {"claim_id": "k2", "article": "c", "product": "all", **KR},
           # a penalty ("an additional 25%, a penalty for ..."): its own fact
           {"claim_id": "v1", "article": "d", "product": "all", "measure": "reciprocal",
            **KR, "target": "IN"},
           {"claim_id": "v2", "article": "e", "product": "all", "penalty": True, **KR,
            "target": "IN"},
           # amounts never fill
           {"claim_id": "m1", "article": "f", "metric": "investment", "unit": "USD",
            "imposer": "KR", "target": "US", "product": "shipbuilding", "measure": "fta"},
           {"claim_id": "m2", "article": "g", "metric": "investment", "unit": "USD",
            "imposer": "KR", "target": "US"})
    assert run(con, "03_key_fill.sql") == []
