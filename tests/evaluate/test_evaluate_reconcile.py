"""Reconciliation scored against a truth file (tracker/evaluate_reconcile.py).

The scoring function is tested on hand-made rows of a reconciled database (the stage
fixture of tests/reconcile: every object empty and typed), so its rules do not depend on
what the extractor reads; the runner and `tracker eval --reconcile` on three short
articles of our own.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.reconcile.stage import D, con, insert  # noqa: F401  (con: the stage fixture)
from tracker.cli import app
from tracker.errors import TrackerError
from tracker.evaluate_reconcile import (
    _pair_of,
    conflict_cause,
    evaluate_reconcile,
    fact_matches,
    format_report,
    holds,
    keep_ids,
    load_truth,
    same_value,
    score_reconcile,
    truth_fact,
)

KR = {"metric": "tariff_rate", "imposer": "US", "target": "KR", "product": "all",
      "measure": "reciprocal"}
CA_STEEL = {"metric": "tariff_rate", "imposer": "US", "target": "CA", "product": "steel",
            "measure": "section_232"}


# ------------------------------------------------------------------ values and facts


def test_values_agree_within_the_claim_tolerance():
    assert same_value(25, 25.008, "percent") and not same_value(25, 25.02, "percent")
    assert same_value(90, 90, "day") and not same_value(90, 91, "day")
    assert same_value(100e9, 100.4e9, "USD") and not same_value(100e9, 101e9, "USD")
    assert same_value("2025-11-10", dt.date(2025, 11, 10), "date")
    assert not same_value("2025-11-09", dt.date(2025, 11, 10), "date")
    assert not same_value(25, dt.date(2025, 1, 25), "date")
    assert not same_value(None, 25, "percent") and not same_value(25, float("nan"), "percent")


def test_a_conflict_holds_two_values_when_its_sides_state_two_different_ones():
    row = {"value_a": 25.0, "value_b": 26.0, "unit": "percent"}
    assert holds([26, 30, 25], row)
    assert not holds([25, 30], row)
    assert not holds([25.0, 25.004], row)  # one side matching two values is not two
    dates = {"date_value_a": dt.date(2025, 11, 9), "date_value_b": dt.date(2025, 11, 10),
             "value_a": None, "value_b": None, "unit": "date"}
    assert holds(["2025-11-10", "2025-11-09"], dates)


def test_truth_facts_go_through_the_lexicon_and_null_matches_anything():
    fact = truth_fact({"metric": "Tariff_Rate", "imposer": "United States",
                       "target": "South Korea", "product": None, "measure": "reciprocal"})
    assert fact == {"metric": "tariff_rate", "imposer": "US", "target": "KR", "product": None,
                    "measure": "reciprocal"}


def test_ids_keep_the_records_all_of_whose_articles_match():
    recs = [{"type": "update", "articles": ["xa1", "xa2"]},
            {"type": "update", "articles": ["xa1", "xb1"]},
            {"type": "update", "articles": ["xb2"]}]
    assert keep_ids(recs, "xa") == recs[:1]
    assert keep_ids(recs, None) == recs


def test_a_bad_truth_line_is_named(tmp_path):
    p = tmp_path / "truth.jsonl"
    p.write_text('{"type": "conflict", "metric": "tariff_rate", "values": [1, 2]}\n'
                 '{"type": "rumour", "metric": "tariff_rate"}\n', encoding="utf-8")
    with pytest.raises(TrackerError, match=r"truth.jsonl:2: not a truth record"):
        load_truth(p)


def test_a_truth_record_may_leave_its_metric_null_as_the_spec_allows(tmp_path):
    """SPEC: a fact field is null where the texts leave it open, and then matches anything;
    the metric is no exception (a writer's duration record once failed to load for it)."""
    p = tmp_path / "truth.jsonl"
    p.write_text('{"type": "conflict", "metric": null, "target": "GB", "values": [3, 36]}\n',
                 encoding="utf-8")
    (rec,) = load_truth(p)
    fact = truth_fact(rec)
    assert fact["metric"] is None
    assert fact_matches(fact, {"metric": "pause_length", "target": "GB"})
    assert not fact_matches(fact, {"metric": "pause_length", "target": "JP"})


def test_a_number_in_a_fact_field_is_named(tmp_path):
    p = tmp_path / "truth.jsonl"
    p.write_text('{"type": "update", "metric": "tariff_rate", "target": 840}\n',
                 encoding="utf-8")
    with pytest.raises(TrackerError, match=r"truth.jsonl:1: fact field target must be text"):
        load_truth(p)


# ------------------------------------------------------------------ scoring rows


@pytest.fixture
def scored(con):  # noqa: F811
    """Two raised conflicts (one true, one an update in the truth), claims for current
    values, and a truth with one conflict found, one missed, an update raised, a consistent
    pair kept apart and two current values (one with the wrong status)."""
    insert(con, "articles", {"id": "a1"}, {"id": "a2"}, {"id": "a3"})
    conflict = {"kind": "conflict", "unit": "percent", "claim_ids": ["x1", "x2"]}
    insert(con, "conflicts",
           {**conflict, **KR, "fact_id": "kr", "value_a": 25, "value_b": 26,
            "values": ["25%", "26%"], "articles_a": ["a2"], "articles_b": ["a1"]},
           {**conflict, **CA_STEEL, "fact_id": "ca", "value_a": 25, "value_b": 50,
            "values": ["25%", "50%"], "articles_a": ["a1"], "articles_b": ["a3"]})
    claim = {**KR, "fact_id": "kr"}
    insert(con, "fact_claims",
           {**claim, "claim_id": "a1:1", "article": "a1", "value": 26, "status": "in_effect",
            "status_rank": 5, "seq_date": D("2025-04-03"), "quote": "a 26% rate"},
           {**claim, "claim_id": "a3:1", "article": "a3", "value": 15, "status": "agreed",
            "status_rank": 3, "seq_date": D("2025-07-31"), "quote": "cut to 15%"})
    base = {"metric": "tariff_rate", "imposer": "US", "product": None}
    truth = [
        {**base, "type": "conflict", "target": "South Korea", "measure": "reciprocal",
         "values": [26, 25], "articles": ["a1", "a2"]},
        {**base, "type": "conflict", "target": "JP", "measure": None, "values": [10, 20],
         "articles": ["a1", "a3"]},
        {**base, "type": "update", "target": "CA", "measure": "section_232", "from": 25,
         "to": 50, "articles": ["a1", "a3"]},
        {**base, "type": "consistent", "target": "KR", "measure": None, "values": [15, 15.004],
         "articles": ["a3"]},
        {**base, "type": "current", "target": "KR", "measure": "reciprocal",
         "as_of": "2025-05-01", "value": 26, "status": "in_effect", "articles": ["a1"]},
        {**base, "type": "current", "target": "KR", "measure": "reciprocal",
         "as_of": "2025-08-05", "value": 15, "status": "in_effect", "articles": ["a3"]},
    ]
    return score_reconcile(truth, con)


def test_conflicts_found_and_raised(scored):
    assert (scored.conflicts, scored.conflicts_found, scored.conflict_recall) == (2, 1, 0.5)
    assert (scored.raised, scored.raised_matching, scored.conflict_precision) == (2, 1, 0.5)
    assert (scored.updates, scored.updates_raised, scored.updates_kept) == (1, 1, 0.0)
    assert (scored.consistent, scored.consistent_raised, scored.consistent_kept) == (1, 0, 1.0)


def test_current_values_right_as_of_each_date(scored):
    assert (scored.current, scored.current_value_right, scored.current_right) == (2, 2, 1)
    (wrong,) = [m for m in scored.misses if m["what"] == "current value wrong"]
    assert wrong["truth"]["as_of"] == "2025-08-05"
    assert [(c["value"], c["status"], c["article"], c["quote"])
            for c in wrong["tool"]["current"]] == [(15, "agreed", "a3", "cut to 15%")]


def test_each_miss_carries_its_evidence(scored):
    by_what = {}
    for m in scored.misses:
        by_what.setdefault(m["what"], []).append(m)
    assert sorted(by_what) == ["conflict missed", "conflict not in the truth",
                               "current value wrong", "update raised as a conflict"]
    (missed,) = by_what["conflict missed"]
    assert missed["fact"]["target"] == "JP" and missed["tool"]["conflicts"] == []
    (extra,) = by_what["conflict not in the truth"]
    assert extra["tool"]["conflicts"][0]["values"] == ["25%", "50%"]
    (update,) = by_what["update raised as a conflict"]
    assert update["truth"]["from"] == 25 and update["tool"]["conflicts"][0]["articles_b"] == ["a3"]
    text = format_report(scored)
    assert "recall 0.500 (1/2 found)" in text and "tool raised no conflict" in text
    assert "truth 15 in_effect" in text and "tool: 15 agreed" in text
    assert json.loads(format_report(scored, "json"))["conflict_precision"] == 0.5


def test_a_missed_conflict_says_where_its_values_stand(con):  # noqa: F811
    """Each truth value of a missed conflict is placed: absent from the fact, only a
    previous value, left out (an undated article), or on the fact, and then what the
    reconciliation made of the pair (tests/evaluate/test_evaluate_causes.py: every cause)."""
    claim = {**KR, "fact_id": "kr", "unit": "percent"}
    insert(con, "fact_claims",
           {**claim, "claim_id": "p", "article": "b1", "value": 30, "status": "previous",
            "is_prev": True, "in_seq": False, "left_out": "previous value: history"},
           {**claim, "claim_id": "u", "article": "b2", "value": 40, "in_seq": False,
            "left_out": "no date: no publication date (given or inferred) and no effective "
                        "date"},
           {**claim, "claim_id": "g", "article": "b3", "value": 45, "date_inferred": True,
            "seq_date": D("2025-05-01")},
           {**claim, "claim_id": "c", "article": "b4", "value": 50, "seq_date": D("2025-05-02")},
           {**claim, "claim_id": "d", "article": "b5", "value": 55, "seq_date": D("2025-05-03")},
           {**claim, "fact_id": "other", "product": "steel", "claim_id": "s", "article": "b5",
            "value": 60, "seq_date": D("2025-05-03")})
    kr = truth_fact({**KR, "product": None})
    assert conflict_cause(con, kr, [30, 20], ["b1"]) == (
        "30: extracted as previous/restated (status previous in b1); "
        "20: not extracted (no tariff_rate claim of 20 in b1)")
    assert conflict_cause(con, kr, [40, 45], ["b2", "b3"]).startswith(
        "40: left out of comparisons (no date: ")
    assert conflict_cause(con, kr, [50, 55], ["b4", "b5"]).startswith(
        "50: paired, judged conflict")  # 08 would raise it (this fixture runs no 08)
    assert conflict_cause(con, kr, [50, 60], ["b4", "b5"]).startswith(
        "50: never paired (two facts of the key: product: all vs steel)")
    any_metric = {**kr, "metric": None}
    assert conflict_cause(con, any_metric, [50, 20], ["b4"]) == (
        "50: on the fact (b4); 20: not extracted (no matching claim of 20 in b4)")


# ------------------------------------------------------------------ runner and command

XA1 = """Washington sets 26% duty on Korean goods
Harbor Wire | April 3, 2025

Washington will impose a 26% reciprocal tariff on South Korean goods from April 9,
the White House said on Wednesday.
"""
FEED = [
    {"id": "xa2", "url": "https://example.com/xa2", "source": "Pacific Ledger",
     "published": "2025-04-03", "title": "Korean exporters brace for a 25% levy",
     "text": "Washington will impose a 25% reciprocal tariff on South Korean goods "
             "from April 9, according to a list published on Wednesday."},
    {"id": "xb1", "url": "https://example.com/xb1", "source": "Harbor Wire",
     "published": "2025-07-23", "title": "Japan deal sets 15% rate",
     "text": "Washington agreed to a 15% tariff on Japanese imports, down from the 25 "
             "percent rate threatened for Aug. 1."},
]
TRUTH = [
    {"type": "conflict", "metric": "tariff_rate", "imposer": "US", "target": "KR",
     "product": None, "measure": "reciprocal", "values": [25, 26], "articles": ["xa1", "xa2"]},
    {"type": "update", "metric": "tariff_rate", "imposer": "US", "target": "JP",
     "product": None, "measure": None, "from": 25, "to": 15, "articles": ["xb1"]},
]


@pytest.fixture
def inputs(tmp_path) -> tuple[Path, Path]:
    arts = tmp_path / "articles"
    arts.mkdir()
    (arts / "xa1.txt").write_text(XA1, encoding="utf-8")
    (arts / "feed.jsonl").write_text("".join(json.dumps(r) + "\n" for r in FEED),
                                     encoding="utf-8")
    truth = tmp_path / "truth.jsonl"
    truth.write_text("".join(json.dumps(r) + "\n" for r in TRUTH), encoding="utf-8")
    return truth, arts


def test_ids_restrict_the_articles_ingested_and_the_truth(inputs):
    truth, arts = inputs
    r = evaluate_reconcile(truth, [arts], ids="xa")
    assert r.articles == ["xa1", "xa2"]  # a file and a feed line; xb1 left out
    assert (r.truth_skipped, r.updates, r.conflicts) == (1, 0, 1)
    assert r.conflicts_found == 1  # 25% and 26% on the same day from two outlets
    everything = evaluate_reconcile(truth, [arts])
    assert everything.articles == ["xa1", "xa2", "xb1"] and everything.updates == 1


def test_eval_reconcile_command(inputs):
    truth, arts = inputs
    runner = CliRunner()
    r = runner.invoke(app, ["eval", "--reconcile", str(truth), str(arts), "--ids", "xa",
                            "-f", "json"])
    assert r.exit_code == 0, r.output
    assert json.loads(r.stdout)["articles"] == ["xa1", "xa2"]
    r = runner.invoke(app, ["eval", "--reconcile", str(truth), str(arts)])
    assert r.exit_code == 0 and r.stdout.startswith("reconciliation: 3 articles")
    r = runner.invoke(app, ["eval", "--reconcile", str(truth)])
    assert r.exit_code == 1 and "article paths" in r.output


def test_a_truth_conflict_s_own_pair_is_not_the_update_of_the_same_values():
    conflict = {"type": "conflict", "values": ["2025-08-07", "2025-08-01"],
                "articles": ["b9", "b8"]}
    late = {"articles_a": ["b8"], "articles_b": ["b9"]}  # a late article's old date
    change = {"articles_a": ["b4"], "articles_b": ["b9"]}  # the real change's two sides
    assert _pair_of(conflict, late)
    assert not _pair_of(conflict, change)
    assert not _pair_of({"type": "conflict"}, late)  # no articles named: nothing to tell
