"""16: the all-in US rate per partner and product, stacked from its components (news first,
the official table where news lacks one), and a stated all-in figure compared with it."""

from tests.reconcile.stage import D, insert, run

REF = {"imposer": "US", "product": "all", "status": "in_effect", "use_rate": True,
       "use_date": True, "pause": False, "tier": "PRIMARY", "announced_date": D("2025-01-01"),
       "source": "https://example.gov"}


def _ref(ref_id: int, target: str, measure: str, rate: float, start: str, **over) -> dict:
    return {**REF, "ref_id": ref_id, "target": target, "measure": measure,
            "rate_percent": rate, "effective_date": D(start), **over}


def _news(fact_id: str, target: str, measure: str, value: float, product: str = "all") -> dict:
    return {"fact_id": fact_id, "metric": "tariff_rate", "imposer": "US", "target": target,
            "product": product, "measure": measure, "unit": "percent", "value": value,
            "status": "in_effect"}


def _latest(con, day: str = "2025-09-01") -> None:
    """The latest evidence date: one plain claim published that day."""
    insert(con, "fact_claims", {"claim_id": "x", "article": "x", "fact_id": "x",
                                "imposer": "US", "target": "ZZ", "value": 1.0,
                                "seq_date": D(day)})


def _by_key(con) -> dict:
    return {(r["target"], r["product"]): r for r in run(con, "16_all_in_rates.sql")}


def test_news_components_win_and_the_table_fills_the_missing_one(con):
    _latest(con)
    insert(con, "reference", _ref(1, "IN", "reciprocal", 25.0, "2025-08-07"),
           _ref(2, "IN", "penalty", 25.0, "2025-08-27"),
           _ref(3, "*", "baseline", 10.0, "2025-04-05"))
    insert(con, "current_values", _news("r", "IN", "reciprocal", 25.0))
    r = _by_key(con)[("IN", "all")]
    assert (r["all_in"], r["basis"], r["reciprocal"], r["penalty"]) == \
        (50.0, "news and official", 25.0, 25.0)
    assert r["baseline"] == 10.0  # known, but the reciprocal rate replaces it
    assert [(c["measure"], c["basis"], c["ref_id"]) for c in r["components"]] == \
        [("reciprocal", "news", None), ("penalty", "official", 2)]
    assert r["reason"] == "all-in 50% = reciprocal 25% (news) + penalty 25% (official row 2)"


def test_rows_not_in_force_on_the_day_are_not_summed(con):
    _latest(con, "2025-08-20")
    insert(con, "reference", _ref(1, "IN", "reciprocal", 25.0, "2025-08-07"),
           _ref(2, "IN", "penalty", 25.0, "2025-08-27"),  # not yet
           _ref(3, "IN", "reciprocal", 26.0, "2025-04-09", end_date=D("2025-04-10")))  # ended
    r = _by_key(con)[("IN", "all")]
    assert (r["all_in"], r["basis"], r["penalty"]) == (25.0, "official", None)


def test_a_section_232_good_pays_232_and_fentanyl_not_the_reciprocal_duty(con):
    _latest(con)
    insert(con, "reference", _ref(1, "CN", "reciprocal", 10.0, "2025-05-14"),
           _ref(2, "CN", "fentanyl", 20.0, "2025-03-04"),
           _ref(3, "*", "section_232", 50.0, "2025-06-04", product="steel"))
    insert(con, "current_values", _news("s", "CN", "section_232", 50.0, "steel"))
    got = _by_key(con)
    assert got[("CN", "steel")]["all_in"] == 70.0
    assert got[("CN", "all")]["all_in"] == 30.0


def test_a_partner_outside_the_reciprocal_tariff_pays_232_alone_on_a_sector(con):
    """Canada: a 0% reciprocal row (EO 14257 s.3), its fentanyl duty instead; a 232 good
    pays neither (EO 14289)."""
    _latest(con)
    insert(con, "reference", _ref(1, "CA", "reciprocal", 0.0, "2025-04-05"),
           _ref(2, "CA", "fentanyl", 35.0, "2025-08-01"),
           _ref(3, "*", "section_232", 25.0, "2025-04-03", product="autos"))
    insert(con, "current_values", _news("a", "CA", "section_232", 25.0, "autos"))
    got = _by_key(con)
    assert (got[("CA", "all")]["all_in"], got[("CA", "autos")]["all_in"]) == (35.0, 25.0)


def test_a_stated_all_in_figure_is_compared_with_the_official_sum_on_its_date(con):
    insert(con, "reference", _ref(1, "CN", "reciprocal", 125.0, "2025-04-10",
                                  end_date=D("2025-05-14")),
           _ref(2, "CN", "fentanyl", 20.0, "2025-03-04"),
           _ref(3, "CN", "reciprocal", 10.0, "2025-05-14"))
    insert(con, "fact_claims",
           {"claim_id": "t", "article": "a", "fact_id": "tot", "imposer": "US", "target": "CN",
            "product": "all", "value": 145.0, "combined": True, "seq_date": D("2025-04-14")},
           {"claim_id": "u", "article": "b", "fact_id": "tot", "imposer": "US", "target": "CN",
            "product": "all", "value": 54.0, "combined": True, "seq_date": D("2025-06-01")})
    r = _by_key(con)[("CN", "all")]
    assert (r["fact_id"], r["all_in"], r["stated_value"], r["stated_official"], r["agrees"]) == \
        ("tot", 30.0, 54.0, 30.0, False)  # the latest stated figure, against 10 + 20 then
    assert "b states 54% all-in on 2025-06-01, the official components then sum to 30%" \
        in r["reason"]


def test_a_stated_figure_for_a_partner_the_table_does_not_follow_is_not_judged(con):
    insert(con, "reference", _ref(1, "*", "baseline", 10.0, "2025-04-05"))
    insert(con, "fact_claims",
           {"claim_id": "t", "article": "a", "fact_id": "tot", "imposer": "US", "target": "GB",
            "product": "all", "value": 25.0, "combined": True, "seq_date": D("2025-07-09")})
    r = _by_key(con)[("GB", "all")]
    assert (r["all_in"], r["stated_value"], r["agrees"]) == (10.0, 25.0, None)
