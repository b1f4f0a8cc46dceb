"""Who says so and why: evidence, URLs and quotes on every rate; the one-line `why`;
both sides' URLs on conflicts; URLs and date ranges on the timeline."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from tests.report import scenario
from tracker import report


@pytest.fixture(scope="module")
def rdb(tmp_path_factory) -> Path:
    return scenario.db_file(tmp_path_factory)


@pytest.fixture
def rcon(rdb):
    with scenario.read_only(rdb) as con:
        yield con


def _row(df, **key):
    for r in report.records(df):
        if all(r[k] == v for k, v in key.items()):
            return r
    raise AssertionError(f"no row {key}")


def test_every_rate_carries_its_evidence(rcon):
    df = report.rates(rcon)
    assert {"article", "source", "url", "quote", "evidence", "why"} <= set(df.columns)
    for r in report.records(df):
        assert r["evidence"], r
        assert len({e["article"] for e in r["evidence"]}) == r["sources"]
        assert all(set(e) == set(report.EVIDENCE_FIELDS) for e in r["evidence"])
        # the claim that gave the current value comes first
        assert (r["evidence"][0]["article"], r["evidence"][0]["quote"]) == \
            (r["article"], r["quote"])


def test_evidence_has_names_urls_dates_and_quotes(rcon):
    india = _row(report.rates(rcon), target="IN")
    assert india["value"] == 50 and india["sources"] == 2 and india["conflict"] is True
    by_article = {e["article"]: e for e in india["evidence"]}
    assert set(by_article) == {"b1", "b2"}  # the 45% article is not evidence for 50%
    assert by_article["b1"] == {
        "article": "b1", "source": "Continental Business Daily",
        "url": "https://cbd.example/india-50", "published": "2025-08-27",
        "date": "2025-08-27", "status": "in_effect", "quote": "a 50 per cent tariff"}
    assert by_article["b2"]["url"] is None
    kr = _row(report.rates(rcon), target="KR")
    assert (kr["source"], kr["url"], kr["quote"]) == \
        ("Harbor Wire", "https://harborwire.example/kr-deal", "from 25% to 15%")


def test_why_names_the_rule_the_evidence_and_what_was_outranked(rcon):
    india = _row(report.rates(rcon), target="IN")["why"]
    assert "most independent sources: 2 vs 1" in india
    assert "outranked 45%" in india and "Atlas <Freight> & Monitor" in india
    assert "open conflict" in india
    assert "\n" not in india


def test_why_of_an_update_says_what_it_replaced(rcon):
    kr = _row(report.rates(rcon), target="KR")["why"]
    assert kr.startswith("15%: latest report (Harbor Wire, 2025-07-31)")
    assert "replaced 25% (Han River Times, 2025-04-03)" in kr


def test_why_explains_a_scheduled_rate_read_as_in_effect(rcon):
    copper = _row(report.rates(rcon), product="copper")
    assert copper["status"] == "in_effect"
    assert "reported as scheduled; in effect since 2025-08-01" in copper["why"]
    before = _row(report.rates(rcon, as_of="2025-07-30"), product="copper")
    assert before["status"] == "scheduled" and "reported as scheduled" not in before["why"]


def test_rates_as_of_leave_out_later_evidence(rcon):
    kr = _row(report.rates(rcon, as_of=dt.date(2025, 5, 1)), target="KR")
    assert kr["value"] == 25 and [e["article"] for e in kr["evidence"]] == ["a1"]
    assert "replaced" not in kr["why"]


def test_conflicts_show_both_sides_with_urls(rcon):
    c = report.records(report.conflicts(rcon, kind="conflict"))[0]
    assert c["urls"] == [{"b1": "https://cbd.example/india-50", "b2": None,
                          "b3": "javascript:alert(1)"}[a] for a in c["articles"]]
    sides = {s["value"]: s for s in c["sides"]}
    assert sides["50%"]["urls"] == ["https://cbd.example/india-50", None]
    assert sides["45%"]["sources"] == ["Atlas <Freight> & Monitor"]


def test_conflicts_table_shows_sources_quotes_and_links(rcon):
    out = report.render(report.conflicts(rcon), "table", "Conflicts")
    assert "Continental Business Daily, Rio Grande Business Journal" in out
    assert '"a 50 per cent tariff"' in out and "https://cbd.example/india-50" in out


def test_timeline_carries_urls_and_filters_by_date(rcon):
    tl = report.timeline(rcon, target="KR")
    assert list(tl.columns) == report.TIMELINE_COLUMNS
    assert "https://hanriver.example/kr-25" in set(tl["url"])
    assert {str(d) for d in tl["published"]} == {"2025-04-03", "2025-07-31"}
    july = report.timeline(rcon, date_from="2025-07-01", date_to=dt.date(2025, 7, 31))
    assert {str(d) for d in july["date"]} == {"2025-07-31"}
    assert report.timeline(rcon, date_from="2025-09-01").empty


def test_conflicts_filter_by_date(rcon):
    assert len(report.conflicts(rcon, date_from="2025-08-01", kind="conflict")) == 1
    assert report.conflicts(rcon, date_to="2025-08-26").empty
    assert report.conflicts(rcon, date_from="2025-08-30").empty


def test_json_rates_evidence_is_a_list_of_objects(rcon):
    out = json.loads(report.render(report.rates(rcon), "json", "x"))
    assert all(isinstance(r["evidence"], list) and isinstance(r["evidence"][0], dict)
               for r in out)
    assert all(isinstance(r["why"], str) and r["why"] for r in out)


def test_evidence_of_undated_articles_counts_from_their_effective_date(tmp_path):
    """A claim of an article without a publication date counts from the effective date it
    states itself (here none: it counts on every day), not from the one the reconciler
    fills in from the article's other claims: as the reconciler counts `sources`."""
    con = scenario.build_db(tmp_path / "u.duckdb", [
        {"id": "d1", "published": "2025-04-03", "source": "Han River Times"},
        {"id": "u1", "published": None, "source": "Undated Weekly"},
    ], [
        {"article": "d1", "value": 15, "status": "agreed", "quote": "15% deal", **scenario.KR},
        {"article": "u1", "value": 15, "status": "in_effect", "quote": "now 15%",
         **scenario.KR},
        {"article": "u1", "metric": "effective_date", "value": "2025-08-07",
         "quote": "from Aug. 7", **scenario.KR},
    ])
    try:
        for day in (None, "2025-04-05"):
            r = _row(report.rates(con, as_of=day), target="KR")
            assert {e["article"] for e in r["evidence"]} == {"d1", "u1"}
            assert r["sources"] == 2
    finally:
        con.close()


def test_why_names_a_rule_of_the_current_value_stage():
    """The current-value stage says which rule set "latest report" aside (its `rule`
    column); `why` carries it after the evidence."""
    row = {"value": 25.0, "unit": "percent", "sources": 2, "status": "in_effect",
           "source": "S", "article": "a", "evidence": [],
           "rule": "a lone outlier is not current: ..."}
    why = report.explain(row, 25.0, {"source": "S", "published": "2025-08-23"}, [], None)
    assert why.startswith("25%: latest report (S, 2025-08-23)")
    assert why.endswith("a lone outlier is not current: ...")
    assert "outlier" not in report.explain({**row, "rule": None}, 25.0, None, [], None)


def test_why_names_no_empty_source_list():
    """A current value taken from another fact (the measure-less rate that answers for the
    reciprocal one) has no evidence of its own fact: `why` gives the count, no empty '()'."""
    row = {"value": 15.0, "unit": "percent", "sources": 3, "status": "in_effect",
           "source": "S", "article": "a", "evidence": [],
           "rule": "a rate on all the partner's goods with no measure named (S, 2025-08-02)"}
    why = report.explain(row, 15.0, None, [], None)
    assert "3 articles state it;" in why and "()" not in why
