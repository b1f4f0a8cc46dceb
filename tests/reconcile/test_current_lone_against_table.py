"""15_current_rules.sql `offtab` (h283-2): a lone misreport against the official table. When
the latest report's rate is its own article's alone, stage 11 holds it against the official
table (an `official_mismatch`: the table has another rate in force for the partner), and an
earlier article states the table's rate, that rate stands: one source against another and
the table."""

from tests.reconcile.stage import D, insert, run

F = {"fact_id": "f", "imposer": "US", "target": "RU", "product": "all", "measure": "reciprocal"}


def _claims(con) -> None:
    """'Ruritanian goods pay 22% from Sept. 1 under the order' (Aug. 25), then a trade
    newsletter: 'members have paid 21% since Sept. 1' (Sept. 20)."""
    insert(con, "fact_claims",
           {"claim_id": "a", "article": "a", "value": 22, "status": "in_effect",
            "effective": D("2025-09-01"), "quote": "pay 22%", "seq_date": D("2025-08-25"),
            **F},
           {"claim_id": "b", "article": "b", "value": 21, "status": "in_effect",
            "effective": D("2025-09-01"), "quote": "paid 21%", "seq_date": D("2025-09-20"),
            **F})
    insert(con, "reference",
           {"ref_id": 1, "imposer": "US", "target": "RU", "product": "all",
            "measure": "reciprocal", "rate_percent": 22.0, "status": "in_effect",
            "effective_date": D("2025-09-01"), "announced_date": D("2025-08-20"),
            "pause": False, "use_rate": True, "use_date": True, "tier": "PRIMARY",
            "source": "https://example.gov"})


def _mismatch(con, claim: str, value: float) -> None:
    insert(con, "conflicts",
           {"kind": "official_mismatch", "fact_id": "f", "metric": "tariff_rate",
            "imposer": "US", "target": "RU", "product": "all", "measure": "reciprocal",
            "unit": "percent", "value_a": value, "value_b": 22.0, "claim_ids": [claim],
            "last_date": D("2025-09-20")})


def _at(con, day: str) -> dict:
    (row,) = [r for r in run(con, "15_current_values.sql", as_of=D(day)) if r["fact_id"] == "f"]
    return row


def test_a_lone_rate_against_the_table_and_an_earlier_report_gives_way(con):
    _claims(con)
    _mismatch(con, "b", 21.0)
    row = _at(con, "2025-09-25")
    assert (row["value"], row["status"]) == (22, "in_effect")
    assert "official table has another rate in force" in row["rule"]


def test_with_no_mismatch_the_latest_report_stands(con):
    """Guard: nothing holds the 21% against the table: the latest report stands."""
    _claims(con)
    assert _at(con, "2025-09-25")["value"] == 21


def test_a_value_two_articles_state_stands(con):
    """Guard: a second article states the 21% too: it is no lone misreport."""
    _claims(con)
    insert(con, "fact_claims",
           {"claim_id": "c", "article": "c", "value": 21, "status": "in_effect",
            "quote": "21%", "seq_date": D("2025-09-18"), **F})
    _mismatch(con, "b", 21.0)
    assert _at(con, "2025-09-25")["value"] == 21


def test_a_lone_start_against_the_table_and_an_earlier_report_gives_way(con):
    """(h283-3) 'The order takes effect on Sept. 1' (Aug. 25), then a newsletter: 'in force
    since Sept. 8' (Sept. 20), which stage 11 holds against the table's Sept. 1."""
    g = {**F, "fact_id": "g", "metric": "effective_date", "kind": "date", "unit": "date"}
    insert(con, "fact_claims",
           {"claim_id": "a", "article": "a", "date_value": D("2025-09-01"),
            "v": 20332, "h": 0, "status": "scheduled", "quote": "Sept. 1",
            "seq_date": D("2025-08-25"), **g},
           {"claim_id": "b", "article": "b", "date_value": D("2025-09-08"),
            "v": 20339, "h": 0, "status": "in_effect", "quote": "Sept. 8",
            "seq_date": D("2025-09-20"), **g})
    insert(con, "conflicts",
           {"kind": "official_mismatch", "fact_id": "g", "metric": "effective_date",
            "imposer": "US", "target": "RU", "product": "all", "measure": "reciprocal",
            "unit": "date", "date_value_a": D("2025-09-08"), "date_value_b": D("2025-09-01"),
            "claim_ids": ["b"], "last_date": D("2025-09-20")})
    (row,) = [r for r in run(con, "15_current_values.sql", as_of=D("2025-09-25"))
              if r["fact_id"] == "g"]
    assert row["date_value"] == D("2025-09-01")
