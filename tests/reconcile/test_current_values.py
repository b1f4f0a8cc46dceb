"""15_current_values.sql: the status-aware current value as of a bound date."""

from tests.reconcile.stage import D, insert, run

F = {"fact_id": "f", "imposer": "US", "target": "KR", "product": "all",
     "measure": "reciprocal"}


def _facts(con):
    insert(con, "fact_claims",
           {"claim_id": "a1", "article": "a", "value": 25, "status": "scheduled",
            "status_rank": 2, "effective": D("2025-08-01"), "seq_date": D("2025-07-08"), **F},
           {"claim_id": "b1", "article": "b", "value": 25, "status": "scheduled",
            "status_rank": 2, "effective": D("2025-08-01"), "seq_date": D("2025-07-10"), **F},
           {"claim_id": "c1", "article": "c", "value": 15, "status": "agreed",
            "status_rank": 3, "seq_date": D("2025-07-31"), "is_change": True, **F},
           {"claim_id": "d1", "article": "d", "value": 99, "is_dup": True,
            "seq_date": D("2025-09-01"), **F})


def test_as_of_a_date(con):
    _facts(con)
    (jul,) = run(con, "15_current_values.sql", as_of=D("2025-07-20"))
    assert (jul["value"], jul["status"], jul["since"], jul["sources"]) == \
        (25, "scheduled", D("2025-08-01"), 2)
    (latest,) = run(con, "15_current_values.sql")  # NULL: the latest evidence
    assert (latest["value"], latest["status"], latest["as_of"]) == \
        (15, "agreed", D("2025-07-31"))


def test_scheduled_reads_in_effect_once_due(con):
    _facts(con)
    insert(con, "fact_claims", {"claim_id": "z", "article": "z", "value": 1, "fact_id": "g",
                                "status": "scheduled", "status_rank": 2,
                                "effective": D("2025-07-01"), "seq_date": D("2025-06-01")})
    got = {r["fact_id"]: r for r in run(con, "15_current_values.sql", as_of=D("2025-07-20"))}
    assert (got["g"]["status"], got["g"]["in_effect"], got["g"]["since"]) == \
        ("in_effect", True, D("2025-07-01"))


def test_a_threat_does_not_displace_the_rate_that_stands(con):
    """A threatened (proposed) rate reported after an established one is not the current
    value: the established rate stays current. A threat alone, or one against a rate only an
    undated article gives, is what the reader has, so it is current (status proposed)."""
    g = {**F, "fact_id": "g"}
    insert(con, "fact_claims",
           {"claim_id": "a1", "article": "a", "value": 15, "status": "in_effect",
            "status_rank": 5, "seq_date": D("2025-08-01"), **F},
           {"claim_id": "b1", "article": "b", "value": 25, "status": "proposed",
            "status_rank": 0, "seq_date": D("2025-08-20"), **F},
           {"claim_id": "c1", "article": "c", "value": 20, "status": "in_effect",
            "status_rank": 5, "seq_date": None, "seq_key": D("1900-01-01"), **g},
           {"claim_id": "d1", "article": "d", "value": 50, "status": "proposed",
            "status_rank": 0, "seq_date": D("2025-05-23"), **g})
    got = {r["fact_id"]: (r["value"], r["status"], r["article"])
           for r in run(con, "15_current_values.sql", as_of=D("2025-08-28"))}
    assert got == {"f": (15, "in_effect", "a"), "g": (50, "proposed", "d")}
    rules = {r["fact_id"]: r["rule"]
             for r in run(con, "15_current_values.sql", as_of=D("2025-08-28"))}
    assert rules == {"f": "a threat reported later does not displace the rate that stands",
                     "g": None}


def test_a_pause_reported_the_same_day_comes_after_the_rate(con):
    """Two articles of the same day: one says the 25% is in effect, the other that the 25%
    is paused. A pause presupposes the rate, so it is the later evidence. A different value
    paused the same day (34% paused beside 10% in effect) does not outrank the rate in
    effect, nor does a pause outrank the same value scheduled."""
    g = {**F, "fact_id": "g"}
    h = {**F, "fact_id": "h"}
    insert(con, "fact_claims",
           {"claim_id": "a1", "article": "a", "value": 25, "status": "in_effect",
            "status_rank": 5, "seq_date": D("2025-02-04"), **F},
           {"claim_id": "b1", "article": "b", "value": 25, "status": "paused",
            "status_rank": 1, "seq_date": D("2025-02-04"), **F},
           {"claim_id": "c1", "article": "c", "value": 10, "status": "in_effect",
            "status_rank": 5, "seq_date": D("2025-11-11"), **g},
           {"claim_id": "c2", "article": "c", "value": 34, "status": "paused",
            "status_rank": 1, "seq_date": D("2025-11-11"), **g},
           {"claim_id": "d1", "article": "d", "value": 25, "status": "scheduled",
            "status_rank": 2, "seq_date": D("2025-07-08"), "effective": D("2025-12-01"), **h},
           {"claim_id": "d2", "article": "d", "value": 25, "status": "paused",
            "status_rank": 1, "seq_date": D("2025-07-08"), **h})
    got = {r["fact_id"]: (r["value"], r["status"])
           for r in run(con, "15_current_values.sql", as_of=D("2025-11-20"))}
    assert got == {"f": (25, "paused"), "g": (10, "in_effect"), "h": (25, "scheduled")}


def test_of_the_dates_reported_the_same_day_the_later_is_current(con):
    """'The pause that was to end on August 12 now runs until November 10': the end date in
    effect and the new one scheduled come in one article; the new one is the current date."""
    e = {**F, "fact_id": "e", "metric": "effective_date", "unit": "date"}
    day = lambda s: float((D(s) - D("1970-01-01")).days)  # noqa: E731
    insert(con, "fact_claims",
           {"claim_id": "e1", "article": "a", "date_value": D("2025-08-12"),
            "v": day("2025-08-12"), "status": "in_effect", "status_rank": 5,
            "seq_date": D("2025-08-15"), "quote_start": 10, **e},
           {"claim_id": "e2", "article": "a", "date_value": D("2025-11-10"),
            "v": day("2025-11-10"), "status": "scheduled", "status_rank": 2,
            "seq_date": D("2025-08-15"), "quote_start": 90, **e})
    (cur,) = run(con, "15_current_values.sql", as_of=D("2025-08-20"))
    assert (cur["date_value"], cur["status"]) == (D("2025-11-10"), "scheduled")


def test_an_agreed_rate_its_article_schedules_reads_in_effect_once_due(con):
    """Agreed until it takes effect: 'the 35% agreed on Thursday applies from August 1'.
    An agreed rate whose article gives no date for it stays agreed."""
    g = {**F, "fact_id": "g"}
    insert(con, "fact_claims",
           {"claim_id": "a1", "article": "a", "value": 35, "status": "agreed",
            "status_rank": 3, "seq_date": D("2025-07-31"), "quote_start": 5, **F},
           {"claim_id": "a2", "article": "a", "value": 35, "status": "scheduled",
            "status_rank": 2, "effective": D("2025-08-01"), "seq_date": D("2025-07-31"),
            "quote_start": 50, **F},
           {"claim_id": "b1", "article": "b", "value": 15, "status": "agreed",
            "status_rank": 3, "seq_date": D("2025-07-31"), **g})
    got = {r["fact_id"]: r for r in run(con, "15_current_values.sql", as_of=D("2025-08-20"))}
    assert (got["f"]["value"], got["f"]["status"], got["f"]["in_effect"]) == \
        (35, "in_effect", True)
    assert got["f"]["rule"].startswith("agreed, and an article schedules it")
    assert (got["g"]["status"], got["g"]["rule"]) == ("agreed", None)
    (jul,) = [r for r in run(con, "15_current_values.sql", as_of=D("2025-07-31"))
              if r["fact_id"] == "f"]
    assert jul["status"] == "agreed"


def test_an_agreed_rate_with_its_own_start_date_reads_in_effect_once_due(con):
    """'Under the accord the levy on Freedonian cheese drops to 8%; the cut takes effect on
    March 3': the agreed 8% carries its own start date, which its article states as the day
    the measure takes effect; from March 3 it is in effect, before it agreed. An agreed rate
    with no start date stays agreed; so does one whose date its article holds for a threat
    or a deadline ('the deal averts the 30% threatened from March 3', 'ahead of the March 3
    deadline'), or one dated only by an undated article other than its own."""
    g = {**F, "fact_id": "g"}
    h = {**F, "fact_id": "h"}
    k = {**F, "fact_id": "k", "target": "BR"}
    start = {"metric": "effective_date", "unit": "date", "value": None,
             "date_value": D("2025-03-03"), "seq_date": D("2025-02-20")}
    insert(con, "fact_claims",
           {"claim_id": "a1", "article": "a", "value": 8, "status": "agreed",
            "status_rank": 3, "effective": D("2025-03-03"), "seq_date": D("2025-02-20"),
            "is_change": True, **F},
           {"claim_id": "a2", "article": "a", "status": "in_effect", "status_rank": 5,
            **{**F, "fact_id": "fd"}, **start},
           {"claim_id": "b1", "article": "b", "value": 12, "status": "agreed",
            "status_rank": 3, "seq_date": D("2025-02-20"), **g},
           {"claim_id": "c1", "article": "c", "value": 5, "status": "agreed",
            "status_rank": 3, "seq_date": D("2025-02-20"), **h},
           {"claim_id": "d1", "article": "d", "value": 5, "status": "agreed",
            "status_rank": 3, "effective": D("2025-03-03"), "seq_date": None,
            "seq_key": D("1900-01-01"), **h},
           {"claim_id": "e1", "article": "e", "value": 15, "status": "agreed",
            "status_rank": 3, "effective": D("2025-03-03"), "seq_date": D("2025-02-20"),
            **k},
           {"claim_id": "e2", "article": "e", "status": "proposed", "status_rank": 0,
            **{**k, "fact_id": "kd"}, **start},
           {"claim_id": "e3", "article": "e", "status": "scheduled", "status_rank": 2,
            "quote_start": 40, **{**k, "fact_id": "kd"}, **start})
    got = {r["fact_id"]: r for r in run(con, "15_current_values.sql", as_of=D("2025-03-10"))}
    assert (got["f"]["value"], got["f"]["status"], got["f"]["in_effect"]) == \
        (8, "in_effect", True)
    assert got["f"]["rule"] == "agreed with a start date of its own that has come: in effect"
    assert (got["g"]["status"], got["g"]["rule"]) == ("agreed", None)
    assert (got["h"]["status"], got["h"]["article"]) == ("agreed", "c")
    assert (got["k"]["status"], got["k"]["rule"]) == ("agreed", None)
    (feb,) = [r for r in run(con, "15_current_values.sql", as_of=D("2025-02-25"))
              if r["fact_id"] == "f"]
    assert (feb["status"], feb["rule"]) == ("agreed", None)


def test_a_lone_outlier_against_several_sources_does_not_become_current(con):
    """The latest report gives 35% where two articles of the same fortnight (one of them
    the same article) give 25%: the 35% is one source's figure, 25% stays current. A new
    value backed as well as the old one, or a moved deadline, is current as usual."""
    g = {**F, "fact_id": "g"}
    insert(con, "fact_claims",
           {"claim_id": "a1", "article": "a", "value": 25, "status": "in_effect",
            "status_rank": 5, "seq_date": D("2025-08-22"), **F},
           {"claim_id": "b1", "article": "b", "value": 25, "seq_date": D("2025-08-23"),
            "quote_start": 10, **F},
           {"claim_id": "b2", "article": "b", "value": 35, "seq_date": D("2025-08-23"),
            "quote_start": 90, "is_change": True, **F},
           {"claim_id": "c1", "article": "c", "value": 25, "seq_date": D("2025-08-22"), **g},
           {"claim_id": "d1", "article": "d", "value": 35, "seq_date": D("2025-08-23"), **g})
    got = {r["fact_id"]: r for r in run(con, "15_current_values.sql", as_of=D("2025-08-25"))}
    # the best-backed value as its most established claim states it: a's "in effect"
    assert (got["f"]["value"], got["f"]["sources"], got["f"]["article"]) == (25, 2, "a")
    assert got["f"]["status"] == "in_effect"
    assert got["f"]["rule"].startswith("a lone outlier is not current")
    assert "2 articles" in got["f"]["rule"]
    assert got["g"]["value"] == 35  # one article each: latest (no outlier rule)
    assert "lone outlier" not in (got["g"]["rule"] or "")


def test_a_change_not_yet_due_leaves_its_previous_value_in_effect(con):
    """'The duty on Korean cars falls from 20% to 12% on June 1', read on May 20: 20% is
    in effect until then, 12% only scheduled; from June 1 the 12% reads in effect."""
    insert(con, "fact_claims",
           {"claim_id": "p", "article": "a", "value": 20, "status": "previous",
            "is_prev": True, "in_seq": False, "quote_start": 30, "quote": "from 20%",
            "seq_date": D("2025-05-10"), **F},
           {"claim_id": "n", "article": "a", "value": 12, "status": "scheduled",
            "status_rank": 2, "is_change": True, "effective": D("2025-06-01"),
            "quote_start": 40, "quote": "to 12%", "seq_date": D("2025-05-10"), **F})
    (may,) = run(con, "15_current_values.sql", as_of=D("2025-05-20"))
    assert (may["value"], may["status"], may["quote"]) == (20, "in_effect", "from 20%")
    assert "stands until then" in may["rule"]
    (june,) = run(con, "15_current_values.sql", as_of=D("2025-06-02"))
    assert (june["value"], june["status"], june["rule"]) == (12, "in_effect", None)


def test_a_paused_rise_does_not_displace_the_rate_in_effect(con):
    """'Peru's goods pay 15%' (in effect), then 'the rise to 40% on Peru is on hold': the
    15% still applies. A pause of the value in effect itself is what the reader has."""
    g = {**F, "fact_id": "g"}
    insert(con, "fact_claims",
           {"claim_id": "a1", "article": "a", "value": 15, "status": "in_effect",
            "status_rank": 5, "seq_date": D("2025-03-01"), **F},
           {"claim_id": "b1", "article": "b", "value": 40, "status": "paused",
            "status_rank": 1, "is_change": True, "seq_date": D("2025-04-01"), **F},
           {"claim_id": "c1", "article": "c", "value": 15, "status": "in_effect",
            "status_rank": 5, "seq_date": D("2025-03-01"), **g},
           {"claim_id": "d1", "article": "d", "value": 15, "status": "paused",
            "status_rank": 1, "seq_date": D("2025-04-01"), **g})
    got = {r["fact_id"]: (r["value"], r["status"], r["article"], r["rule"])
           for r in run(con, "15_current_values.sql", as_of=D("2025-04-10"))}
    assert got["f"][:3] == (15, "in_effect", "a") and "paused" in got["f"][3]
    assert got["g"] == (15, "paused", "d", None)


def test_an_agreed_rate_another_dated_article_schedules_reads_in_effect_once_due(con):
    """'Lisbon and Washington agreed a 12% rate' (no date), then another outlet: 'the 12%
    applies from March 3'. From March 3 the agreed 12% is in effect. An undated article's
    schedule does not count: it may be any time."""
    g = {**F, "fact_id": "g"}
    insert(con, "fact_claims",
           {"claim_id": "a1", "article": "a", "value": 12, "status": "scheduled",
            "status_rank": 2, "effective": D("2025-03-03"), "seq_date": D("2025-02-20"), **F},
           {"claim_id": "b1", "article": "b", "value": 12, "status": "agreed",
            "status_rank": 3, "seq_date": D("2025-02-25"), **F},
           {"claim_id": "c1", "article": "c", "value": 12, "status": "scheduled",
            "status_rank": 2, "effective": D("2025-03-03"), "seq_date": None,
            "seq_key": D("1900-01-01"), **g},
           {"claim_id": "d1", "article": "d", "value": 12, "status": "agreed",
            "status_rank": 3, "seq_date": D("2025-02-25"), **g})
    got = {r["fact_id"]: r for r in run(con, "15_current_values.sql", as_of=D("2025-03-10"))}
    assert (got["f"]["value"], got["f"]["status"], got["f"]["article"]) == (12, "in_effect", "b")
    assert got["f"]["rule"].startswith("agreed, and an article schedules it")
    assert (got["g"]["status"], got["g"]["rule"]) == ("agreed", None)
    (feb,) = [r for r in run(con, "15_current_values.sql", as_of=D("2025-02-26"))
              if r["fact_id"] == "f"]
    assert feb["status"] == "agreed"


def test_a_rate_its_article_schedules_from_a_later_date_is_not_yet_in_effect(con):
    """'Goods from Ruritania face a 18% tariff under the deal ... the rate applies from
    August 8', read on August 2: the 18% read in effect is scheduled; from August 8 it is
    in effect. A rate in effect whose article schedules a different value later stays in
    effect."""
    g = {**F, "fact_id": "g"}
    insert(con, "fact_claims",
           {"claim_id": "a1", "article": "a", "value": 18, "status": "in_effect",
            "status_rank": 5, "seq_date": D("2025-08-01"), "quote_start": 10, **F},
           {"claim_id": "a2", "article": "a", "value": 18, "status": "scheduled",
            "status_rank": 2, "effective": D("2025-08-08"), "seq_date": D("2025-08-01"),
            "quote_start": 60, **F},
           {"claim_id": "b1", "article": "b", "value": 10, "status": "in_effect",
            "status_rank": 5, "seq_date": D("2025-08-01"), "quote_start": 10, **g},
           {"claim_id": "b2", "article": "b", "value": 18, "status": "scheduled",
            "status_rank": 2, "effective": D("2025-08-08"), "seq_date": D("2025-08-01"),
            "quote_start": 60, **g})
    got = {r["fact_id"]: r for r in run(con, "15_current_values.sql", as_of=D("2025-08-02"))}
    assert (got["f"]["value"], got["f"]["status"], got["f"]["in_effect"]) == \
        (18, "scheduled", False)
    assert got["f"]["since"] == D("2025-08-08")
    assert "not yet in effect" in got["f"]["rule"]
    assert (got["g"]["value"], got["g"]["status"], got["g"]["rule"]) == (10, "in_effect", None)
    (later,) = [r for r in run(con, "15_current_values.sql", as_of=D("2025-08-09"))
                if r["fact_id"] == "f"]
    assert (later["value"], later["status"], later["rule"]) == (18, "in_effect", None)


def test_a_stated_total_older_than_a_change_of_its_components_is_their_sum(con):
    """'Duties on Freedonian goods now total 60%' (April), then 'the reciprocal rate is cut
    to 10%' (August), beside a 20% fentanyl duty in effect: the total now is 30%, the sum of
    the components in effect. A total stated after the components' last change stands, and
    a total with no base rate (reciprocal or baseline) in effect is left as stated."""
    t = {"imposer": "US", "target": "FD", "product": "all"}
    n = {**t, "fact_id": "n", "measure": None}
    insert(con, "fact_claims",
           {"claim_id": "n1", "article": "a", "value": 60, "status": "in_effect",
            "status_rank": 5, "seq_date": D("2025-04-20"), **n},
           {"claim_id": "f1", "article": "a", "value": 20, "status": "in_effect",
            "status_rank": 5, "seq_date": D("2025-04-20"), "fact_id": "fen",
            "measure": "fentanyl", **t},
           {"claim_id": "r1", "article": "a", "value": 40, "status": "in_effect",
            "status_rank": 5, "seq_date": D("2025-04-20"), "fact_id": "rec",
            "measure": "reciprocal", **t},
           {"claim_id": "r2", "article": "b", "value": 10, "status": "in_effect",
            "status_rank": 5, "seq_date": D("2025-08-12"), "fact_id": "rec",
            "measure": "reciprocal", "is_change": True, **t})
    got = {r["fact_id"]: r for r in run(con, "15_current_values.sql", as_of=D("2025-08-20"))}
    assert (got["n"]["value"], got["n"]["status"], got["n"]["article"]) == (30, "in_effect", "b")
    assert got["n"]["rule"].startswith("the stated total (60%, 2025-04-20) predates")
    assert "fentanyl 20%" in got["n"]["rule"] and "reciprocal 10%" in got["n"]["rule"]
    assert got["n"]["sources"] == 0  # no article states the sum itself
    (apr,) = [r for r in run(con, "15_current_values.sql", as_of=D("2025-05-01"))
              if r["fact_id"] == "n"]
    assert (apr["value"], apr["rule"]) == (60, None)  # stated after the last change: stands


def test_a_total_without_a_base_rate_in_effect_stays_as_stated(con):
    """'Tariffs on Freedonian goods total 60%', later only 'the fentanyl duty is now 20%'
    (no reciprocal or baseline rate in effect is known): the sum would be a part of the
    total, so the stated total stays."""
    t = {"imposer": "US", "target": "FD", "product": "all"}
    insert(con, "fact_claims",
           {"claim_id": "n1", "article": "a", "value": 60, "status": "in_effect",
            "status_rank": 5, "seq_date": D("2025-04-20"), "fact_id": "n", "measure": None,
            **t},
           {"claim_id": "f1", "article": "b", "value": 20, "status": "in_effect",
            "status_rank": 5, "seq_date": D("2025-06-20"), "fact_id": "fen",
            "measure": "fentanyl", **t},
           {"claim_id": "r1", "article": "b", "value": 34, "status": "paused",
            "status_rank": 1, "seq_date": D("2025-06-20"), "fact_id": "rec",
            "measure": "reciprocal", **t})
    got = {r["fact_id"]: r for r in run(con, "15_current_values.sql", as_of=D("2025-08-20"))}
    assert (got["n"]["value"], got["n"]["rule"]) == (60, None)


def _sole(con, *, fentanyl: bool = False, recip_status: str | None = None,
          n_articles: int = 2, penalty: bool = False):
    """Graustark: a 25% reciprocal rate announced in July; then (August) two or more outlets
    write 'a 15% tariff on most Graustark goods' with no measure named."""
    t = {"imposer": "US", "target": "GS", "product": "all"}
    insert(con, "fact_claims",
           {"claim_id": "r1", "article": "a", "value": 25, "status": recip_status,
            "status_rank": 4, "seq_date": D("2025-07-10"), "fact_id": "rec",
            "measure": "reciprocal", **t},
           *({"claim_id": f"n{i}", "article": f"n{i}", "value": 15, "status": "in_effect",
              "status_rank": 5, "seq_date": D(f"2025-08-0{i + 1}"), "fact_id": "n",
              "measure": None, **t} for i in range(n_articles)))
    if penalty:  # "an extra 25% as a penalty" (a text speaks of a penalty on the partner)
        insert(con, "fact_claims",
               {"claim_id": "p1", "article": "p", "value": 25, "status": "scheduled",
                "status_rank": 2, "seq_date": D("2025-07-20"), "fact_id": "pen",
                "measure": None, "product": "all", "imposer": "US", "target": "GS",
                "penalty": True})
    if fentanyl:
        insert(con, "fact_claims",
               {"claim_id": "f1", "article": "f", "value": 20, "status": "in_effect",
                "status_rank": 5, "seq_date": D("2025-07-01"), "fact_id": "fen",
                "measure": "fentanyl", **t})
    return {r["fact_id"]: r for r in run(con, "15_current_values.sql", as_of=D("2025-08-20"))}


def test_a_rate_on_all_goods_with_no_measure_answers_for_the_only_duty(con):
    """With no other duty in effect for the partner, the later measure-less 15% on its
    goods (two outlets) is its reciprocal rate too: the rule says whose it is."""
    got = _sole(con)
    assert (got["rec"]["value"], got["rec"]["status"], got["rec"]["article"]) == \
        (15, "in_effect", "n1")
    assert got["rec"]["rule"].startswith("a rate on all the partner's goods with no measure")
    assert (got["n"]["value"], got["n"]["rule"]) == (15, None)


def test_a_measure_less_rate_does_not_speak_for_a_component_beside_others(con):
    """Beside a fentanyl duty in effect, or once a text speaks of a penalty on the partner,
    the measure-less figure may be a total; one outlet alone is a lone figure; a paused
    reciprocal rate stays paused (the later figure is the baseline that applies meanwhile)."""
    assert _sole(con, fentanyl=True)["rec"]["value"] == 25
    con.execute("DELETE FROM fact_claims")
    assert _sole(con, penalty=True)["rec"]["value"] == 25
    con.execute("DELETE FROM fact_claims")
    assert _sole(con, n_articles=1)["rec"]["value"] == 25
    con.execute("DELETE FROM fact_claims")
    got = _sole(con, recip_status="paused")["rec"]
    assert (got["value"], got["status"]) == (25, "paused")


def test_a_component_first_reported_after_a_total_is_no_change(con):
    """'Duties on Freedonian goods total 60%' (April); in May an article first gives the
    reciprocal part, 40%, and nothing else: no component changed, the 60% stands (a sum of
    the parts known would be 40%)."""
    t = {"imposer": "US", "target": "FD", "product": "all"}
    insert(con, "fact_claims",
           {"claim_id": "n1", "article": "a", "value": 60, "status": "in_effect",
            "status_rank": 5, "seq_date": D("2025-04-20"), "fact_id": "n", "measure": None,
            **t},
           {"claim_id": "r1", "article": "b", "value": 40, "status": "in_effect",
            "status_rank": 5, "seq_date": D("2025-05-20"), "fact_id": "rec",
            "measure": "reciprocal", **t})
    got = {r["fact_id"]: r for r in run(con, "15_current_values.sql", as_of=D("2025-06-01"))}
    assert (got["n"]["value"], got["n"]["rule"]) == (60, None)


def test_a_change_with_no_date_leaves_its_previous_value_in_effect(con):
    """'Ruritania raises its duty on US goods from 30% to 60%', no date given for the rise:
    60% is scheduled, the 30% it rises from is what applies meanwhile (h54)."""
    insert(con, "fact_claims",
           {"claim_id": "p", "article": "a", "value": 30, "status": "previous",
            "is_prev": True, "in_seq": False, "quote_start": 30, "quote": "from 30%",
            "seq_date": D("2025-05-10"), **F},
           {"claim_id": "n", "article": "a", "value": 60, "status": "scheduled",
            "status_rank": 2, "is_change": True, "quote_start": 40, "quote": "to 60%",
            "seq_date": D("2025-05-10"), **F})
    (got,) = run(con, "15_current_values.sql", as_of=D("2025-05-11"))
    assert (got["value"], got["status"], got["quote"]) == (30, "in_effect", "from 30%")
    assert "stands until then" in got["rule"]


def test_several_rates_on_parts_of_a_category_give_its_highest(con):
    """'10% on barley and 25% on oats' (both farm goods), one article and day: the farm
    goods' rate reads 25% ("up to 25%"), whichever the article states last; on all goods
    two values of one article are not a spread (h54)."""
    farm = {**F, "fact_id": "g", "product": "agriculture"}
    insert(con, "fact_claims",
           {"claim_id": "a1", "article": "a", "value": 25, "status": "in_effect",
            "status_rank": 5, "quote_start": 50, "seq_date": D("2025-03-10"), **farm},
           {"claim_id": "a2", "article": "a", "value": 10, "status": "in_effect",
            "status_rank": 5, "quote_start": 10, "seq_date": D("2025-03-10"), **farm},
           {"claim_id": "b1", "article": "b", "value": 25, "status": "in_effect",
            "status_rank": 5, "quote_start": 50, "seq_date": D("2025-03-10"), **F},
           {"claim_id": "b2", "article": "b", "value": 10, "status": "in_effect",
            "status_rank": 5, "quote_start": 10, "seq_date": D("2025-03-10"), **F})
    got = {r["fact_id"]: r for r in run(con, "15_current_values.sql", as_of=D("2025-03-12"))}
    assert (got["g"]["value"], got["g"]["status"]) == (25, "in_effect")
    assert "highest" in got["g"]["rule"]
    assert got["f"]["value"] == 10 and got["f"]["rule"] is None


def test_a_rate_of_another_start_is_no_part_of_a_spread(con):
    """One article on a category of goods: 'lorries now pay 12%, cut from 30% on June 30',
    beside the 40% metals rate those lorries have paid since March 12 (keyed to them too):
    two starts, so two steps of the fact, not a spread; the latest step stands, not the
    highest (h127). Without the start check the 40% read as 'up to 40%'."""
    trucks = {**F, "fact_id": "g", "target": "*", "product": "trucks",
              "measure": "section_232"}
    insert(con, "fact_claims",
           {"claim_id": "a1", "article": "a", "value": 12, "status": "in_effect",
            "status_rank": 5, "quote_start": 10, "effective": D("2025-06-30"),
            "date": D("2025-06-30"), "is_change": True, "seq_date": D("2025-07-01"),
            **trucks},
           {"claim_id": "a2", "article": "a", "value": 40, "status": "in_effect",
            "status_rank": 5, "quote_start": 90, "effective": D("2025-03-12"),
            "date": D("2025-03-12"), "seq_date": D("2025-07-01"), **trucks})
    got = {r["fact_id"]: r for r in run(con, "15_current_values.sql", as_of=D("2025-07-02"))}
    assert (got["g"]["value"], got["g"]["status"]) == (12, "in_effect")
    assert got["g"]["rule"] is None or "highest" not in got["g"]["rule"]


def test_a_change_told_in_effect_before_its_scheduled_start_is_not_due(con):
    """'The levy falls from 30% to 12% on May 12' (May 2), then a roundup of May 7: 'the
    levy falls to 12% from 30%', read in effect with no date of its own. On May 8 the 30%
    still applies, until the start the earlier report gave (h127); without the check the
    12% read in effect early."""
    g = {**F, "fact_id": "g", "target": "CN", "measure": "fentanyl"}
    insert(con, "fact_claims",
           {"claim_id": "a1", "article": "a", "value": 12, "status": "scheduled",
            "status_rank": 2, "effective": D("2025-05-12"), "is_change": True,
            "quote_start": 10, "seq_date": D("2025-05-02"), **g},
           {"claim_id": "a2", "article": "a", "value": 30, "status": "previous",
            "is_prev": True, "quote_start": 30, "seq_date": D("2025-05-02"), **g},
           {"claim_id": "b1", "article": "b", "value": 12, "status": "in_effect",
            "status_rank": 5, "is_change": True, "quote_start": 10,
            "seq_date": D("2025-05-07"), **g},
           {"claim_id": "b2", "article": "b", "value": 30, "status": "previous",
            "is_prev": True, "quote_start": 30, "quote": "from 30%",
            "seq_date": D("2025-05-07"), **g})
    got = {r["fact_id"]: r for r in run(con, "15_current_values.sql", as_of=D("2025-05-08"))}
    assert (got["g"]["value"], got["g"]["status"]) == (30, "in_effect")
    later = {r["fact_id"]: r for r in run(con, "15_current_values.sql",
                                           as_of=D("2025-05-13"))}
    assert (later["g"]["value"], later["g"]["status"]) == (12, "in_effect")


def test_a_change_its_own_article_schedules_later_leaves_the_old_value(con):
    """(h169) One report: 'the levy falls from 30% to 12% on May 12', and further on 'the
    12% levy', read in effect as a change with no date of its own. On May 8 the 30% still
    applies, as when an earlier report gave the start (h127); without the check the 12%
    read scheduled and the old rate was lost."""
    g = {**F, "fact_id": "g", "target": "CN", "measure": "fentanyl"}
    insert(con, "fact_claims",
           {"claim_id": "a1", "article": "a", "value": 12, "status": "scheduled",
            "status_rank": 2, "effective": D("2025-05-12"), "is_change": True,
            "quote_start": 10, "seq_date": D("2025-05-06"), **g},
           {"claim_id": "a2", "article": "a", "value": 30, "status": "previous",
            "is_prev": True, "quote_start": 30, "quote": "from 30%",
            "seq_date": D("2025-05-06"), **g},
           {"claim_id": "a3", "article": "a", "value": 12, "status": "in_effect",
            "status_rank": 5, "is_change": True, "quote_start": 90,
            "seq_date": D("2025-05-06"), **g})
    got = {r["fact_id"]: r for r in run(con, "15_current_values.sql", as_of=D("2025-05-08"))}
    assert (got["g"]["value"], got["g"]["status"]) == (30, "in_effect")
    later = {r["fact_id"]: r for r in run(con, "15_current_values.sql",
                                           as_of=D("2025-05-13"))}
    assert (later["g"]["value"], later["g"]["status"]) == (12, "in_effect")


def test_a_replaced_value_told_again_with_no_status_is_history(con):
    """'Lisbon's goods now pay 17%, below the 33% named in spring' (August), then in
    October, with no status, 'in spring it had named 33% before halting it': the 33% an
    earlier article gave as replaced is history, the 17% stands (h127). Without the check
    the 33% read in effect as the rate a dated report states."""
    g = {**F, "fact_id": "g", "target": "PT"}
    insert(con, "fact_claims",
           {"claim_id": "a1", "article": "a", "value": 17, "status": "in_effect",
            "status_rank": 5, "is_change": True, "quote_start": 10,
            "seq_date": D("2025-08-01"), **g},
           {"claim_id": "a2", "article": "a", "value": 33, "status": "previous",
            "is_prev": True, "quote_start": 40, "seq_date": D("2025-08-01"), **g},
           {"claim_id": "b1", "article": "b", "value": 33, "quote_start": 10,
            "seq_date": D("2025-10-27"), **g})
    got = {r["fact_id"]: r for r in run(con, "15_current_values.sql", as_of=D("2025-10-28"))}
    assert (got["g"]["value"], got["g"]["status"]) == (17, "in_effect")
    assert "history" in got["g"]["rule"]


def test_a_value_already_in_effect_and_scheduled_again_stays_in_effect(con):
    """'The 15% duty applies from March 10' (March), then in November 'the 15% duties will
    be lifted from November 10': on November 6 the 15% is in effect, since March 10, not
    merely scheduled. Another value reported in between breaks that run (h54)."""
    g = {**F, "fact_id": "g"}
    insert(con, "fact_claims",
           {"claim_id": "a1", "article": "a", "value": 15, "status": "scheduled",
            "status_rank": 2, "effective": D("2025-03-10"), "seq_date": D("2025-03-05"), **F},
           {"claim_id": "b1", "article": "b", "value": 15, "status": "scheduled",
            "status_rank": 2, "effective": D("2025-11-10"), "seq_date": D("2025-11-05"),
            "is_change": True, **F},  # "will be lifted": a change told
           {"claim_id": "c1", "article": "c", "value": 15, "status": "in_effect",
            "status_rank": 5, "seq_date": D("2025-03-05"), **g},
           {"claim_id": "c2", "article": "d", "value": 20, "status": "in_effect",
            "status_rank": 5, "seq_date": D("2025-06-01"), **g},
           {"claim_id": "c3", "article": "e", "value": 15, "status": "scheduled",
            "status_rank": 2, "effective": D("2025-11-10"), "seq_date": D("2025-11-05"), **g})
    got = {r["fact_id"]: r for r in run(con, "15_current_values.sql", as_of=D("2025-11-06"))}
    assert (got["f"]["value"], got["f"]["status"], got["f"]["since"]) == \
        (15, "in_effect", D("2025-03-10"))
    assert "earlier report has the same value in effect" in got["f"]["rule"]
    assert (got["g"]["value"], got["g"]["status"]) == (15, "scheduled")


def test_a_start_put_off_leaves_the_value_scheduled(con):
    """(h90) 'The 25% duty on Ruritanian boots starts October 1' (September), then in
    mid-October 'the 25% duty on boots takes effect November 1' (no change told): the start
    was put off, so on October 20 the 25% is scheduled, not in effect since October 1."""
    insert(con, "fact_claims",
           {"claim_id": "a1", "article": "a", "value": 25, "status": "scheduled",
            "status_rank": 2, "effective": D("2025-10-01"), "seq_date": D("2025-09-20"), **F},
           {"claim_id": "b1", "article": "b", "value": 25, "status": "scheduled",
            "status_rank": 2, "effective": D("2025-11-01"), "seq_date": D("2025-10-15"), **F})
    (got,) = run(con, "15_current_values.sql", as_of=D("2025-10-20"))
    assert (got["value"], got["status"], got["article"]) == (25, "scheduled", "b")
    (nov,) = run(con, "15_current_values.sql", as_of=D("2025-11-03"))
    assert nov["status"] == "in_effect"


def test_a_rate_stated_with_no_status_reads_in_effect(con):
    """(h90) 'Graustark goods face 39%' in a dated report, no status word: the rate as it
    stands, in effect (the rule says so). Not from an undated article, nor before a start
    date of its own, nor for an amount."""
    g = {**F, "fact_id": "g"}
    h = {**F, "fact_id": "h"}
    insert(con, "fact_claims",
           {"claim_id": "a1", "article": "a", "value": 39, "seq_date": D("2025-08-07"), **F},
           {"claim_id": "b1", "article": "b", "value": 20, "seq_date": D("2025-08-07"),
            "effective": D("2025-09-01"), **g},
           {"claim_id": "c1", "article": "c", "value": 5, "seq_date": D("2025-08-07"),
            "metric": "other_amount", "unit": "USD", **h})
    got = {r["fact_id"]: r for r in run(con, "15_current_values.sql", as_of=D("2025-08-10"))}
    assert (got["f"]["value"], got["f"]["status"], got["f"]["in_effect"]) == \
        (39, "in_effect", True)
    assert got["f"]["rule"].startswith("stated with no status by a dated report")
    assert (got["g"]["status"], got["g"]["rule"]) == (None, None)
    assert got["h"]["status"] is None


def test_a_deadline_held_for_a_threat_pauses_no_rate_in_force(con):
    """(h90) 'The extension runs to October 29; goods stay at 25% rather than the 30%
    threatened': a pause date for no named partner whose article gives a threatened rate of
    the measure defers the threat; the 25% in force reads in effect. A pause date with no
    threat beside it still holds every partner's rate of the measure."""
    m = {"imposer": "US", "product": "all", "measure": "fentanyl"}
    pause = {"metric": "effective_date", "unit": "date", "value": None, "status": "scheduled",
             "status_rank": 2, "pause_word": True, "date_value": D("2025-10-29"),
             "seq_date": D("2025-10-20"), "target": None}
    insert(con, "fact_claims",
           {"claim_id": "a1", "article": "a", "value": 25, "status": "in_effect",
            "status_rank": 5, "seq_date": D("2025-08-01"), "fact_id": "mx", "target": "MX",
            **m},
           {"claim_id": "p1", "article": "p", "fact_id": "pd", **m, **pause},
           {"claim_id": "p2", "article": "p", "value": 30, "status": "proposed",
            "status_rank": 0, "seq_date": D("2025-10-20"), "fact_id": "mx2",
            "target": "MX", **{**m, "product": "some"}})
    got = {r["fact_id"]: r for r in run(con, "15_current_values.sql", as_of=D("2025-10-25"))}
    assert got["mx"]["status"] == "in_effect"
    con.execute("DELETE FROM fact_claims WHERE claim_id = 'p2'")
    got = {r["fact_id"]: r for r in run(con, "15_current_values.sql", as_of=D("2025-10-25"))}
    assert got["mx"]["status"] == "paused"


def test_a_threatened_reciprocal_rate_gives_way_to_a_later_rate_on_all_goods(con):
    """(h90) A 50% reciprocal rate threatened in May; in July one outlet writes of a deal
    'capping tariffs on most Graustark goods at 15%' (no measure named): the threat is no
    standing rate, so the 15% (agreed) is what the partner has, from one article too."""
    got = _sole(con, recip_status="proposed", n_articles=1)["rec"]
    assert (got["value"], got["article"]) == (15, "n0")
    assert got["rule"].startswith("a rate on all the partner's goods with no measure")


def test_a_deal_start_its_article_dates_for_either_side_makes_the_change(con):
    """(h151) 'Seoul and Washington struck a truce on May 12 that begins on May 14 ... Seoul
    will lower its levy on US goods from 40% to 12%': the article dates one start for the deal
    between the two parties (keyed to the other side's measure); from that day the agreed
    change is in effect, before it agreed, in 15 and in 15b's intervals. So is a change with
    a start in its own sentence that the article dates for the other side too. Two starts
    dated for the parties leave it agreed, and so does a start dated before the report."""
    kr = {"imposer": "KR", "target": "US", "product": "all", "measure": "retaliatory"}
    start = {"metric": "effective_date", "unit": "date", "value": None,
             "imposer": "US", "target": "KR", "product": "all", "measure": "reciprocal",
             "status": "scheduled", "status_rank": 2, "seq_date": D("2025-05-12")}
    insert(con, "fact_claims",
           {"claim_id": "a1", "article": "a", "value": 12, "status": "agreed",
            "status_rank": 3, "seq_date": D("2025-05-12"), "is_change": True,
            **kr, "fact_id": "f"},
           {"claim_id": "a2", "article": "a", **start, "fact_id": "fd",
            "date_value": D("2025-05-14")},
           {"claim_id": "b1", "article": "b", "value": 12, "status": "agreed",
            "status_rank": 3, "seq_date": D("2025-05-12"), "is_change": True,
            "effective": D("2025-05-14"), **kr, "fact_id": "g", "target": "JP"},
           {"claim_id": "b2", "article": "b", **start, "fact_id": "gd", "target": "KR",
            "imposer": "JP", "date_value": D("2025-05-14")},
           {"claim_id": "c1", "article": "c", "value": 12, "status": "agreed",
            "status_rank": 3, "seq_date": D("2025-05-12"), "is_change": True,
            **kr, "fact_id": "h", "target": "MX"},
           {"claim_id": "c2", "article": "c", **start, "fact_id": "hd", "imposer": "MX",
            "target": "KR", "date_value": D("2025-05-14")},
           {"claim_id": "c3", "article": "c", **start, "fact_id": "hd", "imposer": "MX",
            "target": "KR", "date_value": D("2025-08-01"), "quote_start": 30},
           {"claim_id": "d1", "article": "d", "value": 12, "status": "agreed",
            "status_rank": 3, "seq_date": D("2025-05-12"), "is_change": True,
            **kr, "fact_id": "k", "target": "BR"},
           {"claim_id": "d2", "article": "d", **start, "fact_id": "kd", "imposer": "BR",
            "target": "KR", "date_value": D("2025-05-02")})
    got = {r["fact_id"]: r for r in run(con, "15_current_values.sql", as_of=D("2025-05-20"))}
    assert (got["f"]["value"], got["f"]["status"], got["f"]["in_effect"]) == \
        (12, "in_effect", True)
    assert got["f"]["rule"] == "agreed with a start date of its own that has come: in effect"
    assert (got["g"]["status"], got["h"]["status"], got["k"]["status"]) == \
        ("in_effect", "agreed", "agreed")
    early = {r["fact_id"]: r["status"]
             for r in run(con, "15_current_values.sql", as_of=D("2025-05-13"))}
    assert (early["f"], early["g"]) == ("agreed", "agreed")
    rows = run(con, "15b_current_intervals.sql")
    got_f = [(r["valid_from"], r["status"]) for r in rows if r["fact_id"] == "f"]
    assert got_f == [(D("2025-05-12"), "agreed"), (D("2025-05-14"), "in_effect")]
