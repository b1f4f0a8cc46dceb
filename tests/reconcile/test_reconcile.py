"""Reconciliation on small hand-built databases: facts, updates, conflicts, current values.

Each test writes articles and claims through store.write_batch (which rebuilds the
reconciliation tables inside its transaction) and then reads the SQL tables or
reconcile.current().
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import need_shared
from tracker import reconcile, store
from tracker.extract import judgments
from tracker.models import Article, Claim

D = dt.date.fromisoformat


def make_db(tmp_path: Path, articles: list[dict[str, Any]], claims: list[dict[str, Any]],
            name: str = "t.duckdb"):
    """A database holding `articles` ({id, published, source, duplicate_of}) and `claims`."""
    con = store.connect(tmp_path / name)
    arts = []
    pub: dict[str, str | None] = {}
    for a in articles:
        pub[a["id"]] = a.get("published")
        arts.append((Article(id=a["id"], text=a.get("text", ""), source=a.get("source", a["id"]),
                             published=D(a["published"]) if a.get("published") else None,
                             duplicate_of=a.get("duplicate_of")), "hash-" + a["id"], None))
    cs = []
    for i, c in enumerate(claims):
        c = dict(c)
        kind = c.pop("kind", None) or {"effective_date": "date", "pause_length": "duration"}.get(
            c.get("metric", "tariff_rate"),
            "amount" if c.get("unit", "percent") not in ("percent",) else "rate")
        unit = c.pop("unit", None) or {"date": "date", "duration": "day"}.get(kind, "percent")
        art = c.pop("article")
        # judged as the extractor judges every claim it returns (change cue, period, ...)
        cs.append(judgments.annotate(Claim(
            article=art, kind=kind, metric=c.pop("metric", "tariff_rate"), value=c.pop("value"),
            unit=unit, as_of=c.pop("as_of", pub.get(art)), start=i * 10, end=i * 10 + 5,
            quote=c.pop("quote", f"q{i}"), **c)))
    store.write_batch(con, store.articles_frame(arts), store.claims_frame(cs), [])
    return con


def rows(con, sql: str, *params: Any) -> list[dict[str, Any]]:
    cur = con.execute(sql, list(params))
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, r, strict=True)) for r in cur.fetchall()]


KR = {"imposer": "US", "target": "KR", "product": "all", "measure": "reciprocal"}


# --------------------------------------------------------------------------- updates


def test_previous_status_makes_an_update_not_a_conflict(tmp_path):
    con = make_db(tmp_path, [
        {"id": "a", "published": "2025-07-15"},
        {"id": "b", "published": "2025-08-24"},
    ], [
        {"article": "a", "value": 25, "status": "scheduled", **KR},
        # the later article states the change itself; its claims have no measure
        {"article": "b", "value": 25, "status": "previous", "imposer": "US", "target": "KR",
         "product": "all", "sentence": "cut from 25% to 15%"},
        {"article": "b", "value": 15, "status": "agreed", "imposer": "US", "target": "KR",
         "product": "all", "sentence": "cut from 25% to 15%"},
    ])
    cur = reconcile.current(con)
    kr = cur[(cur.metric == "tariff_rate") & (cur.target == "KR")]
    assert len(kr) == 1, "the NULL-measure claims joined the reciprocal fact"
    r = kr.iloc[0]
    # the deal's 15 %, told as agreed on Aug. 24, is in force: the official table has
    # Korea's 15 % in force from 2025-08-07 (h265-2: 14b's official_agreed)
    assert (r.measure, r.value, r.status, r.sources) == ("reciprocal", 15, "in_effect", 1)
    ups = rows(con, "SELECT * FROM updates WHERE metric = 'tariff_rate'")
    assert [(u["from_value"], u["to_value"], u["from_article"], u["to_article"]) for u in ups] \
        == [(25, 15, "a", "b")]
    assert rows(con, "SELECT * FROM conflicts") == []
    tl = rows(con, "SELECT value, role FROM fact_timeline WHERE target = 'KR' ORDER BY date, role")
    assert {(t["value"], t["role"]) for t in tl} == {(25, "evidence"), (25, "previous"),
                                                     (15, "update")}


def test_new_effective_date_is_an_update(tmp_path):
    con = make_db(tmp_path, [
        {"id": "may", "published": "2025-05-09"},
        {"id": "jul", "published": "2025-07-15"},
    ], [
        {"article": "may", "metric": "effective_date", "value": "2025-07-08",
         "sentence": "a 90-day pause until July 8", **KR},
        {"article": "jul", "metric": "effective_date", "value": "2025-07-09",
         "status": "previous", **KR},
        {"article": "jul", "metric": "effective_date", "value": "2025-08-01", **KR},
    ])
    ups = rows(con, "SELECT * FROM updates")
    assert len(ups) == 1
    u = ups[0]
    assert (u["from_date_value"], u["to_date_value"]) == (D("2025-07-08"), D("2025-08-01"))
    assert (u["from_article"], u["to_article"]) == ("may", "jul")
    assert rows(con, "SELECT * FROM conflicts") == []


def test_later_report_of_a_new_deadline_is_an_update(tmp_path):
    con = make_db(tmp_path, [
        {"id": "apr", "published": "2025-04-03"}, {"id": "jul", "published": "2025-07-08"},
    ], [
        {"article": "apr", "metric": "effective_date", "value": "2025-04-09", **KR},
        {"article": "jul", "metric": "effective_date", "value": "2025-08-01", **KR},
    ])
    ups = rows(con, "SELECT from_date_value, to_date_value FROM updates")
    assert ups == [{"from_date_value": D("2025-04-09"), "to_date_value": D("2025-08-01")}]


def test_change_words_explain_a_new_value(tmp_path):
    con = make_db(tmp_path, [
        {"id": "a", "published": "2025-04-10"}, {"id": "b", "published": "2025-04-14"},
    ], [
        {"article": "a", "value": 84, "status": "in_effect", "imposer": "CN", "target": "US",
         "product": "all", "measure": "retaliatory"},
        {"article": "b", "value": 125, "status": "in_effect", "imposer": "CN", "target": "US",
         "product": "all", "measure": "retaliatory", "sentence": "China's levy rose to 125%."},
    ])
    assert rows(con, "SELECT count(*) AS n FROM conflicts")[0]["n"] == 0
    u = rows(con, "SELECT from_value, to_value, reason FROM updates")
    assert len(u) == 1 and (u[0]["from_value"], u[0]["to_value"]) == (84, 125)
    assert "rose" in u[0]["reason"]


def test_an_update_names_the_whole_change_word(tmp_path):
    """The reason quotes the word the text uses ("raised"), not the stem the cue list
    matches by ("rais"): the extractor records the cue as written (Claim.change)."""
    kr = {"imposer": "US", "target": "KR", "product": "all", "measure": "reciprocal"}
    con = make_db(tmp_path, [
        {"id": "a", "published": "2025-04-10"}, {"id": "b", "published": "2025-05-14"},
    ], [
        {"article": "a", "value": 10, "status": "in_effect", **kr},
        {"article": "b", "value": 25, "status": "in_effect", **kr,
         "sentence": "Washington raised the duty on Korean goods to 25%."},
    ])
    (u,) = rows(con, "SELECT reason FROM updates")
    assert u["reason"] == "10% -> 25%: the text states a change ('raised')"


# --------------------------------------------------------------------------- conflicts


def test_two_sources_disagreeing_in_the_same_week_conflict(tmp_path):
    con = make_db(tmp_path, [
        {"id": "a", "published": "2025-04-03", "source": "Han River Times"},
        {"id": "b", "published": "2025-04-05", "source": "Pacific Ledger"},
    ], [
        {"article": "a", "value": 26, "status": "scheduled", "quote": "a 26 percent rate", **KR},
        {"article": "b", "value": 25, "status": "scheduled", "quote": "South Korea 25%", **KR},
    ])
    cs = rows(con, "SELECT * FROM conflicts WHERE kind = 'conflict'")
    assert len(cs) == 1
    c = cs[0]
    assert (c["value_a"], c["value_b"], c["gap"]) == (25, 26, 1)
    assert set(c["articles"]) == {"a", "b"}
    assert set(c["sources"]) == {"Han River Times", "Pacific Ledger"}
    assert set(c["quotes"]) == {"a 26 percent rate", "South Korea 25%"}
    assert sorted(c["dates"]) == [D("2025-04-03"), D("2025-04-05")]
    assert "Pacific Ledger" in c["reason"] and "26%" in c["reason"]
    cur = reconcile.current(con)
    assert bool(cur[cur.target == "KR"].iloc[0].conflict)


def test_same_value_and_far_apart_values_do_not_conflict(tmp_path):
    con = make_db(tmp_path, [
        {"id": "a", "published": "2025-04-03"}, {"id": "b", "published": "2025-04-04"},
        {"id": "c", "published": "2025-06-20"},
    ], [
        {"article": "a", "value": 25, **KR}, {"article": "b", "value": 25, **KR},
        {"article": "c", "value": 20, **KR},  # months later, no change stated: not a conflict
    ])
    assert rows(con, "SELECT * FROM conflicts WHERE kind = 'conflict'") == []


def test_amounts_within_stated_precision_are_consistent(tmp_path):
    s = {"metric": "trade_surplus", "unit": "USD", "imposer": "KR", "target": "US"}
    con = make_db(tmp_path, [
        {"id": "a", "published": "2025-04-09"}, {"id": "b", "published": "2025-07-31"},
        {"id": "c", "published": "2025-08-02"},
    ], [
        {"article": "a", "value": 55.7e9, "precision": 1e8,
         "sentence": "a $55.7 billion trade surplus last year", **s},
        {"article": "b", "value": 56e9, "precision": 1e9,
         "sentence": "South Korea's surplus was $56 billion in 2024", **s},
        {"article": "c", "value": 66e9, "precision": 1e9,
         "sentence": "a $66 billion trade surplus in 2024", **s},
    ])
    cons = rows(con, "SELECT * FROM consistent")
    assert [(c["value_a"], c["value_b"], c["period"]) for c in cons] == [(55.7e9, 56e9, "2024")]
    # one disagreement (about $56 billion against $66 billion) told twice on one side is
    # raised once, on the more precise figure (08 `echo`, h242-2); the two agreeing figures
    # stay recorded as consistent above
    conf = rows(con, "SELECT value_a, value_b FROM conflicts ORDER BY value_a")
    assert conf == [{"value_a": 55.7e9, "value_b": 66e9}]


def test_duplicate_article_is_not_a_second_source_and_never_conflicts(tmp_path):
    con = make_db(tmp_path, [
        {"id": "orig", "published": "2025-05-09"},
        {"id": "copy", "published": None, "duplicate_of": "orig"},
    ], [
        {"article": "orig", "value": 25, "status": "in_effect", "imposer": "US", "target": "KR",
         "product": "autos", "measure": "section_232"},
        {"article": "copy", "value": 25, "status": "in_effect", "imposer": "US", "target": "KR",
         "product": "autos", "measure": "section_232"},
        {"article": "copy", "value": 30, "status": "in_effect", "imposer": "US", "target": "KR",
         "product": "autos", "measure": "section_232", "as_of": "2025-05-09"},
    ])
    f = rows(con, "SELECT n_sources, n_claims FROM facts WHERE product = 'autos'")
    assert f == [{"n_sources": 1, "n_claims": 1}]
    cur = reconcile.current(con)
    assert (cur.iloc[0].value, cur.iloc[0].sources) == (25, 1)
    assert rows(con, "SELECT * FROM conflicts") == []
    roles = rows(con, "SELECT article, role FROM fact_timeline ORDER BY article, value")
    assert {r["role"] for r in roles if r["article"] == "copy"} == {"duplicate"}


def test_same_article_differences_never_conflict(tmp_path):
    con = make_db(tmp_path, [{"id": "a", "published": "2025-04-03"}], [
        {"article": "a", "value": 25, **KR}, {"article": "a", "value": 26, **KR},
    ])
    assert rows(con, "SELECT * FROM conflicts WHERE kind = 'conflict'") == []


def test_flows_in_different_periods_or_without_one_do_not_conflict(tmp_path):
    e = {"metric": "exports", "unit": "USD", "imposer": "KR", "target": "US", "precision": 1e8}
    con = make_db(tmp_path, [
        {"id": "a", "published": "2025-04-03"}, {"id": "b", "published": "2025-04-05"},
        {"id": "c", "published": "2025-04-06"}, {"id": "d", "published": "2025-04-07"},
    ], [
        {"article": "a", "value": 127.8e9, "sentence": "Exports reached $127.8 billion in 2024.",
         **e},
        {"article": "b", "value": 115.7e9, "sentence": "Exports were $115.7 billion in 2023.",
         **e},
        {"article": "c", "value": 9.1e9, "sentence": "Exports of $9.1 billion are at risk.", **e},
        {"article": "d", "value": 10.1e9, "sentence": "Exports fell to $10.1 billion in March.",
         **e},
    ])
    assert rows(con, "SELECT * FROM conflicts") == []
    periods = {r["article"]: r["period"] for r in rows(
        con, "SELECT article, period FROM fact_claims")}
    assert periods == {"a": "2024", "b": "2023", "c": None, "d": "2025-03"}


@pytest.mark.parametrize(("sentence", "as_of", "period"), [
    ("The surplus was $55.6 billion last year.", "2025-04-03", "2024"),
    ("Exports rose in the first half of 2025.", "2025-07-03", "2025-H1"),
    ("Exports rose in the first half.", "2025-07-03", "2025-H1"),
    ("Shipments hit $8.7 billion in August, data showed.", "2025-09-01", "2025-08"),
    ("Shipments hit $8.7 billion in December, data showed.", "2025-01-05", "2024-12"),
    ("Imports were $3 billion in June 2025.", "2025-09-01", "2025-06"),
    ("Exports so far this year reached $50 billion.", "2025-09-01", "2025-YTD"),
    ("Exports in the second quarter were $40 billion.", "2025-09-01", "2025-Q2"),
    ("Exports of $1 billion were at risk.", "2025-09-01", None),
])
def test_flow_periods(tmp_path, sentence, as_of, period):
    con = make_db(tmp_path, [{"id": "a", "published": as_of}], [
        {"article": "a", "metric": "exports", "unit": "USD", "value": 1e9, "sentence": sentence,
         "imposer": "KR", "target": "US"}])
    assert rows(con, "SELECT period FROM fact_claims")[0]["period"] == period


def test_a_partner_deficit_with_no_period_named_is_the_last_full_years(tmp_path):
    """(h149) "its $46 billion goods deficit with Ruritania" names no period: a deficit with a
    partner quoted that way is the last full year's, so it is compared with another
    article's "last year" figure instead of being left out; not one with no partner, nor a
    sentence about a month."""
    d = {"metric": "trade_deficit", "unit": "USD", "imposer": "US"}
    con = make_db(tmp_path, [
        {"id": "a", "published": "2025-08-08"}, {"id": "b", "published": "2025-11-18"},
    ], [
        {"article": "a", "value": 38.5e9, "target": "RU",
         "sentence": "Officials cite a goods deficit of $38.5 billion with Ruritania last year.",
         **d},
        {"article": "b", "value": 45.8e9, "target": "RU",
         "sentence": "Critics say the focus on the $45.8 billion goods deficit with Ruritania "
                     "is misplaced.", **d},
        {"article": "b", "value": 900e9, "sentence": "The overall goods gap is $900 billion.",
         **d},
        {"article": "b", "value": 7e9, "target": "FR",
         "sentence": "The shortfall with Freedonia for the month was $7 billion.", **d},
    ])
    periods = {r["value"]: r["period"] for r in rows(con, "SELECT value, period FROM fact_claims")}
    assert periods == {38.5e9: "2024", 45.8e9: "2024", 900e9: None, 7e9: None}
    conf = rows(con, "SELECT value_a, value_b, period FROM conflicts")
    assert conf == [{"value_a": 38.5e9, "value_b": 45.8e9, "period": "2024"}]


def test_shares_and_changes_never_conflict(tmp_path):
    s = {"imposer": "KR", "target": "US", "product": "autos"}
    con = make_db(tmp_path, [
        {"id": "a", "published": "2025-04-03"}, {"id": "b", "published": "2025-04-04"},
    ], [
        {"article": "a", "metric": "share", "value": 67, **s},
        {"article": "b", "metric": "share", "value": 27, **s},
        {"article": "a", "metric": "change", "value": 5, **s},
        {"article": "b", "metric": "change", "value": 12, **s},
    ])
    assert rows(con, "SELECT * FROM conflicts") == []
    assert rows(con, "SELECT count(*) AS n FROM fact_timeline")[0]["n"] == 4


# --------------------------------------------------------------------------- null keys


def test_a_figure_called_combined_elsewhere_is_the_combined_rate(tmp_path):
    """One source says "a combined 145%"; a month later another says the duty is cut "from
    145% to 30%" without naming a measure: both ends are the combined rate, and the 10%
    reciprocal part it names is a separate fact."""
    cn = {"imposer": "US", "target": "CN", "product": "all"}
    s_a = "Chinese goods now face a combined 145% in US duties."
    s_b = "Washington will cut the duty on Chinese products from 145% to 30% for 90 days."
    s_c = "The 30% is made up of a 10% reciprocal duty and the fentanyl levy."
    con = make_db(tmp_path, [
        {"id": "a", "published": "2025-04-14"}, {"id": "b", "published": "2025-05-12"},
        {"id": "w", "published": "2025-09-01"},
    ], [
        {"article": "a", "value": 145, "status": "in_effect", "quote": "combined 145%",
         "sentence": s_a, **cn, "measure": None},
        {"article": "b", "value": 145, "status": "previous", "quote": "from 145%",
         "sentence": s_b, **cn, "measure": "reciprocal"},
        {"article": "b", "value": 30, "status": "agreed", "quote": "30%", "sentence": s_b,
         **cn, "measure": "reciprocal"},
        {"article": "b", "value": 10, "status": "agreed", "quote": "10% reciprocal duty",
         "sentence": s_c, **cn, "measure": "reciprocal"},
        # months later and for another partner: the same figure is not touched
        {"article": "w", "value": 145, "status": "proposed", "quote": "145%", "sentence":
         "A 145% tariff was floated for Brazil.", **cn, "target": "BR",
         "measure": "reciprocal"},
    ])
    got = {(r["value"], r["measure"]) for r in rows(
        con, "SELECT value, measure FROM fact_claims WHERE target = 'CN'")}
    assert got == {(145, None), (30, None), (10, "reciprocal")}
    ups = [(u["from_value"], u["to_value"], u["measure"])
           for u in rows(con, "SELECT * FROM updates")]
    assert ups == [(145, 30, None)]
    assert rows(con, "SELECT measure FROM fact_claims WHERE target = 'BR'") == \
        [{"measure": "reciprocal"}]


def test_a_new_pause_is_not_a_longer_pause(tmp_path):
    """A 90-day hold in April and a six-month suspension in August are two pauses ("paused",
    "suspended" are how every pause is told); "extended by another 90 days" is a change."""
    eu = {"metric": "pause_length", "imposer": "EU", "target": "US",
          "measure": "retaliatory"}
    con = make_db(tmp_path, [
        {"id": "a", "published": "2025-04-10"}, {"id": "b", "published": "2025-08-05"},
        {"id": "c", "published": "2025-11-01"},
    ], [
        {"article": "a", "value": 90, **eu,
         "sentence": "The EU said it would put its countermeasures on hold for 90 days."},
        {"article": "b", "value": 180, **eu,
         "sentence": "The Commission now plans to suspend the countermeasures for six months."},
        {"article": "c", "value": 270, **eu,
         "sentence": "The suspension was extended to nine months."},
    ])
    ups = [(u["from_value"], u["to_value"]) for u in rows(con, "SELECT * FROM updates")]
    assert ups == [(180, 270)]


def test_null_measure_joins_the_single_matching_fact(tmp_path):
    con = make_db(tmp_path, [
        {"id": "a", "published": "2025-04-03"}, {"id": "b", "published": "2025-04-04"},
    ], [
        {"article": "a", "value": 25, **KR},
        {"article": "b", "value": 25, "imposer": "US", "target": "KR", "product": "all"},
        {"article": "b", "value": 25, "imposer": "US", "target": "South Korea",
         "product": "all"},
    ])
    facts = rows(con, "SELECT measure, n_claims, n_sources FROM facts")
    assert facts == [{"measure": "reciprocal", "n_claims": 3, "n_sources": 2}]


def test_null_measure_stays_apart_when_an_article_tells_them_apart(tmp_path):
    # "a combined 50%" next to "the 25% reciprocal rate" in one article: two facts
    con = make_db(tmp_path, [
        {"id": "a", "published": "2025-08-27"}, {"id": "b", "published": "2025-09-02"},
    ], [
        {"article": "a", "value": 25, "imposer": "US", "target": "IN", "product": "all",
         "measure": "reciprocal"},
        {"article": "a", "value": 50, "imposer": "US", "target": "IN", "product": "all"},
        {"article": "b", "value": 45, "imposer": "US", "target": "IN", "product": "all"},
    ])
    facts = rows(con, "SELECT measure, n_claims FROM facts ORDER BY measure NULLS LAST")
    assert facts == [{"measure": "reciprocal", "n_claims": 1}, {"measure": None, "n_claims": 2}]
    conf = rows(con, "SELECT measure, value_a, value_b FROM conflicts")
    assert conf == [{"measure": None, "value_a": 45, "value_b": 50}]


def test_null_measure_with_two_candidates_stays_apart(tmp_path):
    cn = {"imposer": "US", "target": "CN", "product": "all"}
    con = make_db(tmp_path, [{"id": "a", "published": "2025-04-10"}], [
        {"article": "a", "value": 125, "measure": "reciprocal", **cn},
        {"article": "a", "value": 20, "measure": "fentanyl", **cn},
        {"article": "a", "value": 145, **cn},
    ])
    assert rows(con, "SELECT count(*) AS n FROM facts")[0]["n"] == 3


def test_country_aliases_meet():
    assert reconcile.norm_country("South Korea") == "KR"
    assert reconcile.norm_country("Korea") == "KR"
    assert reconcile.norm_country("Seoul") == "KR"
    assert reconcile.norm_country("kr") == "KR"
    assert reconcile.norm_country("KOR") == "KR"
    assert reconcile.norm_country("European Union") == "EU"
    assert reconcile.norm_country("*") == "*"
    assert reconcile.norm_product("Aluminium") == "aluminum"
    assert reconcile.norm_measure("Section 232") == "section_232"


# --------------------------------------------------------------------------- current values


def test_status_aware_current_value_around_a_scheduled_date(tmp_path):
    cu = {"imposer": "US", "target": "*", "product": "copper", "measure": "section_232"}
    con = make_db(tmp_path, [
        {"id": "a", "published": "2025-07-26"}, {"id": "z", "published": "2025-09-01"},
    ], [
        {"article": "a", "value": 50, "status": "scheduled", "effective": "2025-08-01", **cu},
        {"article": "z", "value": 10, "status": "in_effect", "imposer": "US", "target": "*",
         "product": "all", "measure": "baseline"},
    ])

    def copper(as_of):
        cur = reconcile.current(con, as_of)
        return cur[cur["product"] == "copper"].iloc[0]

    before = copper(D("2025-07-30"))
    assert (before.value, before.status, bool(before.in_effect)) == (50, "scheduled", False)
    after = copper("2025-08-02")
    assert (after.value, after.status, bool(after.in_effect)) == (50, "in_effect", True)
    assert after.since == pd_date("2025-08-01")
    # default: as of the latest evidence in the database (2025-09-01)
    assert copper(None).status == "in_effect"
    # before any evidence the fact has no current value
    assert reconcile.current(con, "2025-07-01").query("product == 'copper'").empty


def test_a_pause_for_every_partner_pauses_each_country_rate(tmp_path):
    """Korea's 25% due April 9 reads paused while the 90-day pause of the country rates
    runs (to July 9), scheduled again after it, and a rate reported after the pause (China's)
    is not touched by it."""
    con = make_db(tmp_path, [
        {"id": "a", "published": "2025-04-03"}, {"id": "b", "published": "2025-04-10"},
        {"id": "c", "published": "2025-04-11"}, {"id": "z", "published": "2025-08-20"},
    ], [
        {"article": "a", "value": 25, "status": "scheduled", "effective": "2025-04-09", **KR},
        {"article": "b", "metric": "effective_date", "value": "2025-07-09",
         "imposer": "US", "target": None, "product": "all", "measure": "reciprocal",
         "status": "scheduled", "sentence": "The suspension runs until July 9."},
        {"article": "c", "value": 125, "status": "in_effect", **KR, "target": "CN"},
        {"article": "z", "value": 10, "status": "in_effect", "imposer": "US", "target": "*",
         "product": "all", "measure": "baseline"},
    ])

    def status(target, as_of):
        cur = reconcile.current(con, as_of)
        return cur[(cur.target == target) & (cur.metric == "tariff_rate")].iloc[0].status

    assert status("KR", "2025-04-08") == "scheduled"
    assert status("KR", "2025-05-01") == "paused"
    assert status("KR", "2025-07-10") == "in_effect"  # the pause is over, April 9 has passed
    assert status("CN", "2025-05-01") == "in_effect"


def test_a_tie_between_disputed_values_goes_to_the_official_figure(tmp_path):
    con = make_db(tmp_path, [
        {"id": "a", "published": "2025-04-03"}, {"id": "b", "published": "2025-04-04"},
    ], [
        {"article": "a", "value": 25, "status": "scheduled", **KR},
        {"article": "b", "value": 26, "status": "scheduled", **KR},  # the latest, but not official
    ])
    cur = reconcile.current(con, "2025-04-05")
    r = cur[cur.target == "KR"].iloc[0]
    assert (r.value, bool(r.conflict)) == (25, True)  # EO 14257 Annex I: 25% for Korea


def pd_date(s: str):
    import pandas as pd

    return pd.Timestamp(s)


def test_paused_is_not_in_effect_and_agreed_stays_agreed(tmp_path):
    con = make_db(tmp_path, [
        {"id": "a", "published": "2025-05-09"}, {"id": "b", "published": "2025-07-31"},
        {"id": "c", "published": "2025-09-01"},
    ], [
        {"article": "a", "value": 25, "status": "paused", **KR},
        {"article": "b", "value": 15, "status": "agreed", "sentence": "cut to 15%", **KR},
        {"article": "c", "value": 15, "status": "in_effect", "effective": "2025-08-07", **KR},
    ])
    may = reconcile.current(con, "2025-05-10").iloc[0]
    assert (may.value, may.status, bool(may.in_effect)) == (25, "paused", False)
    aug = reconcile.current(con, "2025-08-01").iloc[0]  # agreed, not yet in force
    assert (aug.value, aug.status) == (15, "agreed")
    # (h209-1) a later report tells it in force since Aug. 7: told later, Aug. 10 reads it
    told = reconcile.current(con, "2025-08-10").iloc[0]
    assert (told.value, told.status) == (15, "in_effect")
    sep = reconcile.current(con, "2025-09-02").iloc[0]
    assert (sep.value, sep.status, sep.sources) == (15, "in_effect", 2)
    assert sep.since == pd_date("2025-08-07")


def test_in_effect_value_beats_pending_one_in_the_same_article(tmp_path):
    autos = {"imposer": "US", "target": "KR", "product": "autos", "measure": "section_232"}
    con = make_db(tmp_path, [{"id": "a", "published": "2025-09-01"}], [
        {"article": "a", "value": 25, "status": "in_effect", **autos},
        {"article": "a", "value": 15, "status": "agreed", **autos},
    ])
    r = reconcile.current(con).iloc[0]
    assert (r.value, r.status) == (25, "in_effect")
    assert rows(con, "SELECT * FROM updates") == []


def test_disputed_latest_value_loses_to_the_better_supported_one(tmp_path):
    ind = {"imposer": "US", "target": "IN", "product": "all", "measure": "combined"}
    con = make_db(tmp_path, [
        {"id": "a", "published": "2025-08-25"}, {"id": "b", "published": "2025-08-27"},
        {"id": "c", "published": "2025-09-02"},
    ], [
        {"article": "a", "value": 50, "status": "in_effect", **ind},
        {"article": "b", "value": 50, "status": "in_effect", **ind},
        {"article": "c", "value": 45, "status": "in_effect", **ind},
    ])
    r = reconcile.current(con).iloc[0]
    assert (r.value, bool(r.conflict), r.sources) == (50, True, 2)


# --------------------------------------------------------------------------- official table


def test_reference_table_is_loaded_with_iso_keys(tmp_path):
    con = make_db(tmp_path, [], [])
    ref = rows(con, "SELECT * FROM reference")
    assert len(ref) >= 40
    assert all(re.fullmatch(r"[A-Z]{2}|\*", r["target"]) for r in ref)
    assert {r["imposer"] for r in ref} == {"US"}
    assert all(r["source"] for r in ref)
    kr = [r for r in ref if r["target"] == "KR" and r["measure"] == "reciprocal"
          and r["use_rate"]]
    assert sorted(r["rate_percent"] for r in kr) == [15, 15, 25, 25]


def test_official_mismatch(tmp_path):
    con = make_db(tmp_path, [
        {"id": "a", "published": "2025-04-03", "source": "Han River Times"},
        {"id": "b", "published": "2025-04-03"},
        {"id": "c", "published": "2025-09-02"},
        {"id": "d", "published": "2025-07-31"},
    ], [
        {"article": "a", "value": 26, "status": "scheduled", **KR},
        {"article": "b", "value": 25, "status": "scheduled", "imposer": "US", "target": "JP",
         "product": "all", "measure": "reciprocal"},  # official 24: mismatch too
        {"article": "c", "metric": "effective_date", "value": "2025-08-01",
         "status": "in_effect", "imposer": "US", "target": "VN", "product": "all",
         "measure": "reciprocal"},  # official 2025-08-07
        {"article": "d", "value": 15, "status": "agreed", "imposer": "US", "target": "KR",
         "product": "autos", "measure": "section_232"},  # a deal, not a legal act: not checked
    ])
    mm = rows(con, "SELECT * FROM conflicts WHERE kind = 'official_mismatch' ORDER BY target")
    got = {(m["target"], m["metric"]): (m["value_a"], m["value_b"], m["date_value_a"],
                                        m["date_value_b"]) for m in mm}
    assert got == {
        ("JP", "tariff_rate"): (25, 24, None, None),
        ("KR", "tariff_rate"): (26, 25, None, None),
        ("VN", "effective_date"): (None, None, D("2025-08-01"), D("2025-08-07")),
    }
    kr = next(m for m in mm if m["target"] == "KR")
    assert kr["articles"] == ["a"] and "official" in kr["reason"]
    assert kr["official_source"]


def test_one_day_apart_pause_end_matches_official(tmp_path):
    con = make_db(tmp_path, [{"id": "a", "published": "2025-05-09"}], [
        {"article": "a", "metric": "effective_date", "value": "2025-07-08",
         "sentence": "the 90-day pause of reciprocal tariffs until July 8", **KR},
    ])
    assert rows(con, "SELECT * FROM conflicts") == []


# --------------------------------------------------------------------------- rebuild


def test_rebuild_is_idempotent_and_replaces_tables(tmp_path):
    con = make_db(tmp_path, [
        {"id": "a", "published": "2025-04-03"}, {"id": "b", "published": "2025-04-05"},
    ], [{"article": "a", "value": 26, **KR}, {"article": "b", "value": 25, **KR}])
    before = {t: rows(con, f"SELECT count(*) AS n FROM {t}")[0]["n"]
              for t in ("facts", "conflicts", "updates", "current_values", "fact_timeline")}
    con.execute("BEGIN TRANSACTION")
    reconcile.rebuild(con)
    reconcile.rebuild(con)
    con.execute("COMMIT")
    after = {t: rows(con, f"SELECT count(*) AS n FROM {t}")[0]["n"] for t in before}
    assert before == after and before["conflicts"] >= 1
    # replacing an article through write_batch rebuilds: the conflict goes away
    art = store.articles_frame([(Article(id="b", text="", published=D("2025-04-05")), "h2",
                                 None)])
    cl = store.claims_frame([Claim(article="b", kind="rate", metric="tariff_rate", value=26,
                                   unit="percent", as_of="2025-04-05", start=1, end=2, **KR)])
    store.write_batch(con, art, cl, ["b"])
    assert rows(con, "SELECT count(*) AS n FROM conflicts WHERE kind = 'conflict'")[0]["n"] == 0


def test_empty_database_reconciles(tmp_path):
    con = make_db(tmp_path, [], [])
    assert reconcile.current(con).empty
    for t in ("facts", "conflicts", "updates", "consistent", "fact_timeline"):
        assert rows(con, f"SELECT count(*) AS n FROM {t}")[0]["n"] == 0


def test_current_on_a_database_never_reconciled(tmp_path):
    con = store.connect(tmp_path / "fresh.duckdb")
    assert reconcile.current(con).empty


# --------------------------------------------------------------------------- seeds storyline


def _seed_sentences(article: str, quote: str) -> str:
    """The sentence of the seed article that holds `quote` (the quote itself otherwise)."""
    p = Path(__file__).resolve().parents[2] / "shared" / "seeds" / f"{article}.txt"
    if not p.exists():
        return quote
    text = p.read_text(encoding="utf-8")
    i = text.find(quote)
    if i < 0:
        return quote
    start = max(text.rfind(". ", 0, i), text.rfind("\n", 0, i)) + 1
    ends = [e for e in (text.find(". ", i + len(quote)), text.find("\n", i + len(quote)))
            if e >= 0]
    return text[start:min(ends) + 1 if ends else len(text)].strip()


def test_seeds_storyline(tmp_path):
    gold_path = need_shared("gold", "seeds.jsonl")
    gold = [json.loads(line) for line in gold_path.read_text(encoding="utf-8").splitlines()
            if line.strip()]
    meta = {g["article"]: g for g in gold if g["type"] == "article"}
    arts = [{"id": k, "published": m["published"], "duplicate_of": m["duplicate_of"],
             "source": f"outlet-{k[:3]}"} for k, m in meta.items()]
    claims = []
    for g in gold:
        if g["type"] != "claim":
            continue
        c = {k: g[k] for k in ("article", "kind", "metric", "value", "unit", "imposer",
                               "target", "product", "measure", "status", "quote")}
        c["sentence"] = _seed_sentences(g["article"], g["quote"])
        claims.append(c)
        orig = next((k for k, m in meta.items() if m["duplicate_of"] == g["article"]), None)
        if orig:  # the duplicate repeats the original's claims
            claims.append({**c, "article": orig, "as_of": None})
    con = make_db(tmp_path, arts, claims)

    cur = reconcile.current(con)
    kr = cur[(cur.metric == "tariff_rate") & (cur.target == "KR") & (cur["product"] == "all")]
    assert len(kr) == 1
    r = kr.iloc[0]
    # the seeds' July deal at 15 %, told as agreed: in force from the official table's start
    # (2025-08-07; h265-2), so in effect today
    assert (r.value, r.status, r.measure) == (15, "in_effect", "reciprocal")
    history = rows(con, "SELECT value FROM fact_timeline WHERE metric = 'tariff_rate' "
                        "AND target = 'KR' AND product = 'all'")
    assert 25 in {h["value"] for h in history}
    ups = rows(con, "SELECT * FROM updates WHERE metric = 'effective_date'")
    assert [(u["from_date_value"], u["to_date_value"]) for u in ups] \
        == [(D("2025-07-08"), D("2025-08-01"))]
    assert rows(con, "SELECT * FROM conflicts") == [], "no conflict (nor official mismatch)"
    # 001 (a duplicate of 000) is not a second source
    dup = next(k for k, m in meta.items() if m["duplicate_of"])
    assert rows(con, "SELECT count(*) AS n FROM fact_claims WHERE article = ? AND NOT is_dup",
                dup)[0]["n"] == 0
    autos = cur[(cur["product"] == "autos") & (cur.metric == "tariff_rate")].iloc[0]
    assert autos.sources == 1
    facts = rows(con, "SELECT n_sources FROM facts WHERE metric = 'tariff_rate' "
                      "AND target = 'KR' AND product = 'all'")
    assert facts == [{"n_sources": 4}]
