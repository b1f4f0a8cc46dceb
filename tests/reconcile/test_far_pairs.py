"""08_pair_groups.sql (h88): pairs 07's publication window leaves out or explains away.

- A rate in effect placed only by an inferred date, and another article's rate in effect
  over a period that holds the inferred span, with no change of the fact told around them:
  one state, however far apart they appeared (`far`, steady: it may make a conflict).
- Two dates of one milestone, one told scheduled and one in effect: one start told before
  and after it, so the statuses explain nothing (`told_around`).
- A conflict's reason says which of its articles are placed only by an inferred date.
"""

from tests.reconcile.stage import D, insert, run

F = {"fact_id": "f", "imposer": "US", "target": "KR", "product": "all",
     "measure": "reciprocal"}
IN_EFFECT = {"fact_id": "f", "status": "in_effect"}


def _groups(con):
    run(con, "07_claim_pairs.sql")
    return run(con, "08_pair_groups.sql")


def _conflicts(con):
    return {(r["value_a"], r["value_b"]) for r in _groups(con) if r["kind"] == "conflict"}


def _far_two(con, **extra_b):
    """A dated 30% in effect since May, and 31% of an undated article inferred two months
    after it."""
    insert(con, "facts", {**F, "metric": "tariff_rate", "unit": "percent"})
    insert(con, "fact_claims",
           {**IN_EFFECT, "claim_id": "a", "article": "a", "value": 30,
            "effective": D("2025-05-01"), "seq_date": D("2025-06-02")},
           {**IN_EFFECT, "claim_id": "b", "article": "b", "value": 31,
            "seq_date": D("2025-08-11"), "date_inferred": True, **extra_b})


def test_an_inferred_date_inside_the_other_sides_period_makes_a_conflict(con):
    _far_two(con)
    assert _conflicts(con) == {(30, 31)}
    (c,) = run(con, "09_conflicts.sql")
    assert c["reason"].endswith("and no change is reported; the date of b is inferred "
                                "from its text")


def test_a_change_or_a_start_between_them_is_no_steady_state(con):
    _far_two(con)
    insert(con, "fact_claims",
           {**IN_EFFECT, "claim_id": "c", "article": "c", "value": 31, "is_change": True,
            "seq_date": D("2025-07-01")})
    assert _conflicts(con) == set()


def test_a_start_of_a_rate_between_them_is_no_steady_state(con):
    _far_two(con)
    insert(con, "fact_claims",
           {"fact_id": "f", "status": "scheduled", "claim_id": "s", "article": "s",
            "value": 31, "effective": D("2025-07-15"), "seq_date": D("2025-05-20")})
    assert (30, 31) not in _conflicts(con)


def test_no_far_pair_before_the_other_sides_start(con):
    # the inferred side appeared before the other side's value started
    _far_two(con, seq_date=D("2025-03-02"))
    assert _conflicts(con) == set()


def test_two_dated_sides_or_a_doubtful_or_pending_one_are_not_paired_far(con):
    insert(con, "facts", {**F, "metric": "tariff_rate", "unit": "percent"})
    insert(con, "fact_claims",
           {**IN_EFFECT, "claim_id": "a", "article": "a", "value": 30,
            "seq_date": D("2025-06-02")},
           {**IN_EFFECT, "claim_id": "b", "article": "b", "value": 31,
            "seq_date": D("2025-08-11")},
           {**IN_EFFECT, "claim_id": "d", "article": "d", "value": 32, "doubtful": True,
            "seq_date": D("2025-09-11"), "date_inferred": True},
           {"fact_id": "f", "status": "agreed", "claim_id": "p", "article": "p",
            "value": 33, "seq_date": D("2025-10-11"), "date_inferred": True})
    assert _conflicts(con) == set()


def _dates(con, status_a, status_b):
    insert(con, "facts", {**F, "metric": "effective_date", "unit": "date"})
    date = {"fact_id": "f", "metric": "effective_date", "unit": "date", "kind": "date",
            "h": 0.5}
    insert(con, "fact_claims",
           {**date, "claim_id": "a", "article": "a", "status": status_a,
            "date_value": D("2025-08-06"), "value": 20306.0, "seq_date": D("2025-07-31")},
           {**date, "claim_id": "b", "article": "b", "status": status_b,
            "date_value": D("2025-08-07"), "value": 20307.0, "seq_date": D("2025-08-08")})


def test_one_start_told_scheduled_and_in_effect_on_two_days_conflicts(con):
    """'The order takes effect on Aug. 6' (before) and 'which took effect on Aug. 7'
    (after): one start, two days."""
    _dates(con, "scheduled", "in_effect")
    got = [r for r in _groups(con) if r["kind"] == "conflict"]
    assert [(r["date_value_a"], r["date_value_b"]) for r in got] == \
        [(D("2025-08-06"), D("2025-08-07"))]


def test_a_threatened_start_and_the_real_one_stay_explained(con):
    """A start threatened for one day and in effect from the next: its statuses explain
    the gap."""
    _dates(con, "proposed", "in_effect")
    assert not [r for r in _groups(con) if r["kind"] == "conflict"]


def _deal_pair(con, deal_value):
    """27.5% on Korean cars in effect in a dated article; 15% in effect in an undated one
    inferred three weeks later; the dated article also tells a deal's rate for all Korean
    goods (agreed)."""
    cars = {"fact_id": "f", "imposer": "US", "target": "KR", "product": "autos",
            "measure": "section_232"}
    insert(con, "facts", {**cars, "metric": "tariff_rate", "unit": "percent"})
    insert(con, "fact_claims",
           {**cars, **IN_EFFECT, "claim_id": "a", "article": "a", "value": 27.5,
            "seq_date": D("2025-07-27")},
           {**cars, **IN_EFFECT, "claim_id": "b", "article": "b", "value": 15,
            "seq_date": D("2025-08-16"), "date_inferred": True},
           {"fact_id": "g", "imposer": "US", "target": "KR", "product": "all",
            "measure": "reciprocal", "status": "agreed", "claim_id": "d", "article": "a",
            "value": deal_value, "seq_date": D("2025-07-27")})


def test_a_deals_rate_coming_in_is_no_steady_state(con):
    """(h133) The inferred side's value is the rate the deal agreed for all the partner's
    goods: the old rate and the new one, a change over time, not one state."""
    _deal_pair(con, 15)
    assert _conflicts(con) == set()


def test_a_deal_at_another_rate_keeps_the_steady_conflict(con):
    _deal_pair(con, 10)
    assert _conflicts(con) == {(15, 27.5)}


def test_an_article_giving_a_sum_and_its_parts_holds_no_far_steady_state(con):
    """(h172) "Vans still pay 32%: the 2% normal duty plus the 30% charge" gives the fact
    three values: no single state a far pair can hold, so neither the 30% nor the 32%
    makes a conflict with an inferred article's 31% months later. Either side's article
    counts: the inferred one too ("31%, or 33% with the fee")."""
    _far_two(con)
    insert(con, "fact_claims",
           {**IN_EFFECT, "claim_id": "a2", "article": "a", "value": 32,
            "effective": D("2025-05-01"), "seq_date": D("2025-06-02")})
    assert _conflicts(con) == set()


def test_an_inferred_article_with_two_values_of_the_fact_holds_no_far_state(con):
    _far_two(con)
    insert(con, "fact_claims",
           {**IN_EFFECT, "claim_id": "b2", "article": "b", "value": 33,
            "seq_date": D("2025-08-11"), "date_inferred": True})
    assert _conflicts(con) == set()
