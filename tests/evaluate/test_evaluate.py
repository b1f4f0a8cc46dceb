"""Tests for tracker.evaluate: claim matching, date lines, peer scoring, reports."""

from __future__ import annotations

import datetime as dt
import json
import sys
import types

import pytest
from conftest import SHARED

from tracker.errors import TrackerError
from tracker.evaluate import (
    EvalResult,
    evaluate,
    format_report,
    load_gold,
    score_claims,
    score_datelines,
    score_peer,
)


def claim(value, kind="rate", unit=None, article="a1", optional=False, quote="q", **attrs):
    unit = unit or {"rate": "percent", "amount": "USD", "date": "date", "duration": "day"}[kind]
    rec = {"article": article, "kind": kind, "value": value, "unit": unit, "metric": None,
           "imposer": None, "target": None, "product": None, "measure": None, "status": None,
           "quote": quote, "optional": optional}
    rec.update(attrs)
    return rec


def counts(r: EvalResult) -> tuple[int, int, int]:
    return r.tp, r.fp, r.fn


# --------------------------------------------------------------------------- matching


def test_rate_tolerance_absolute():
    r = score_claims([claim(25)], [claim(25.005)])
    assert counts(r) == (1, 0, 0)
    r = score_claims([claim(25)], [claim(25.01)])  # the edge agrees despite float rounding
    assert counts(r) == (1, 0, 0)
    r = score_claims([claim(25)], [claim(25.02)])
    assert counts(r) == (0, 1, 1)
    assert r.precision == 0.0 and r.recall == 0.0 and r.f1 == 0.0


def test_amount_tolerance_relative():
    r = score_claims([claim(55.7e9, "amount")], [claim(55.9e9, "amount")])
    assert counts(r) == (1, 0, 0)
    r = score_claims([claim(55.7e9, "amount")], [claim(56.5e9, "amount")])
    assert counts(r) == (0, 1, 1)
    assert r.misses[0]["value"] == 55_700_000_000
    assert r.extras[0]["value"] == 56_500_000_000


def test_unit_kind_and_exact_dates_durations():
    r = score_claims([claim(55.7e9, "amount", unit="USD")], [claim(55.7e9, "amount", unit="EUR")])
    assert counts(r) == (0, 1, 1)
    r = score_claims([claim("2025-07-08", "date")], [claim("2025-07-09", "date")])
    assert counts(r) == (0, 1, 1)
    r = score_claims([claim("2025-07-08", "date")], [claim(dt.date(2025, 7, 8), "date")])
    assert counts(r) == (1, 0, 0)
    r = score_claims([claim(90, "duration")], [claim(90.0, "duration"), claim(91, "duration")])
    assert counts(r) == (1, 1, 0)
    # 25 percent rate and 25-day duration are different triples
    r = score_claims([claim(25)], [claim(25, "duration")])
    assert counts(r) == (0, 1, 1)


def test_repeats_of_a_gold_triple_are_not_counted():
    r = score_claims([claim(25)], [claim(25), claim(25), claim(25.004)])
    assert counts(r) == (1, 0, 0)
    assert r.precision == 1.0 and r.recall == 1.0 and r.f1 == 1.0
    # two gold claims with the same triple, one extracted: one miss
    r = score_claims([claim(25, product="autos"), claim(25, product="all")], [claim(25)])
    assert counts(r) == (1, 0, 1)
    r = score_claims([claim(25), claim(25)], [claim(25)] * 2)
    assert counts(r) == (2, 0, 0)


def test_repeated_extra_is_one_false_positive():
    r = score_claims([claim(25)], [claim(25), claim(10, quote="x1"), claim(10), claim(10.004)])
    assert counts(r) == (1, 1, 0)
    assert r.extras == [{"article": "a1", "kind": "rate", "value": 10, "unit": "percent",
                         "quote": "x1", "count": 3}]
    # extras group by tolerance among themselves: 10 and 10.5 are two false positives
    r = score_claims([], [claim(10), claim(10.5), claim(3e9, "amount"), claim(3.01e9, "amount")])
    assert counts(r) == (0, 3, 0)
    assert r.precision == 0.0 and r.recall == 1.0


def test_value_near_two_gold_triples_maximises_true_positives():
    gold = [claim(55.6e9, "amount"), claim(55.7e9, "amount")]
    # both extracted values are nearer 55.6bn, but both agree with 55.7bn too
    r = score_claims(gold, [claim(55.62e9, "amount"), claim(55.64e9, "amount")])
    assert counts(r) == (2, 0, 0)
    # 55.6bn agrees with both gold values: two copies fill both, the third is a repeat
    r = score_claims(gold, [claim(55.6e9, "amount")] * 3)
    assert counts(r) == (2, 0, 0)
    # 55.95bn agrees with 55.7bn only; 55.4bn with 55.6bn only
    r = score_claims(gold, [claim(55.95e9, "amount")] * 2)
    assert counts(r) == (1, 0, 1)
    assert r.misses[0]["value"] == 55_600_000_000
    r = score_claims(gold, [claim(55.4e9, "amount"), claim(55.95e9, "amount")])
    assert counts(r) == (2, 0, 0)


def test_optional_gold():
    gold = [claim(25), claim(2, optional=True), claim(14, "duration", optional=True)]
    # found optional: counts neither way; not found optional: not a miss
    r = score_claims(gold, [claim(25), claim(2)])
    assert counts(r) == (1, 0, 0)
    assert (r.optional_found, r.optional_total) == (1, 2)
    r = score_claims(gold, [])
    assert counts(r) == (0, 0, 1)
    # a triple with a required and an optional gold claim: the required one must be
    # found, the optional one absorbs a second extracted copy
    gold = [claim(50, metric="share"), claim(50, metric="tariff_rate", optional=True)]
    r = score_claims(gold, [claim(50, metric="tariff_rate")])
    assert counts(r) == (1, 0, 0)
    assert r.attributes["metric"].correct == 0 and r.attributes["metric"].total == 1
    r = score_claims(gold, [claim(50, metric="tariff_rate"), claim(50, metric="share")])
    assert counts(r) == (1, 0, 0)
    assert r.attributes["metric"].correct == 1 and r.attributes["metric"].total == 1
    assert r.optional_found == 1
    r = score_claims(gold, [])
    assert counts(r) == (0, 0, 1)
    # only-optional triple found three times: nothing counted
    r = score_claims([claim(40, optional=True)], [claim(40)] * 3)
    assert counts(r) == (0, 0, 0)
    assert r.f1 == 1.0


def test_duplicate_articles_are_skipped_and_articles_summed():
    gold = [claim(25, article="a1"), claim(10, article="a2"), claim(25, article="dup")]
    ext = [claim(25, article="a1"), claim(11, article="a2"), claim(99, article="dup")]
    r = score_claims(gold, ext, skip_articles={"dup"})
    assert counts(r) == (1, 1, 1)
    assert r.skipped == ["dup"]
    assert set(r.articles) == {"a1", "a2"}
    assert r.articles["a2"] == {"tp": 0, "fp": 1, "fn": 1, "gold": 1, "optional": 0,
                                "optional_found": 0, "extracted": 1}
    assert r.precision == pytest.approx(0.5) and r.recall == pytest.approx(0.5)
    # same value in different articles does not match across articles
    r = score_claims([claim(25, article="a1")], [claim(25, article="a2")])
    assert counts(r) == (0, 1, 1)
    # an explicit article list limits scoring
    r = score_claims(gold, ext, skip_articles={"dup"}, articles={"a1"})
    assert counts(r) == (1, 0, 0)


def test_attribute_accuracy_skips_null_gold():
    gold = [claim(25, metric="tariff_rate", imposer="US", target="KR", product=None,
                  measure="reciprocal", status=None)]
    ext = [claim(25, metric="tariff_rate", imposer="US", target="JP", product="autos",
                 measure=None, status="in_effect", quote="found q")]
    r = score_claims(gold, ext)
    acc = {a: (s.correct, s.total) for a, s in r.attributes.items()}
    assert acc == {"metric": (1, 1), "imposer": (1, 1), "target": (0, 1), "product": (0, 0),
                   "measure": (0, 1), "status": (0, 0)}
    assert r.attributes["target"].accuracy == 0.0
    assert r.attributes["product"].accuracy is None
    assert [(m["attribute"], m["gold"], m["found"]) for m in r.mismatches] == [
        ("target", "KR", "JP"), ("measure", "reciprocal", None)]
    assert r.mismatches[0]["quote"] == "found q"


def test_pairing_by_best_agreement():
    gold = [claim(25, product="all", measure="reciprocal", status="paused"),
            claim(25, product="autos", measure="section_232", status="in_effect")]
    # extracted in the opposite order; pairing must not be positional
    ext = [claim(25, product="autos", measure="section_232", status="in_effect"),
           claim(25, product="all", measure="reciprocal", status="paused")]
    r = score_claims(gold, ext)
    assert counts(r) == (2, 0, 0)
    for a in ("product", "measure", "status"):
        assert (r.attributes[a].correct, r.attributes[a].total) == (2, 2)
    assert r.mismatches == []
    # one extracted claim pairs with the gold claim it agrees with best; the other is missed
    r = score_claims(gold, [claim(25, product="autos", measure="section_232")])
    assert counts(r) == (1, 0, 1)
    assert r.misses[0]["quote"] == "q" and r.attributes["product"].correct == 1
    assert (r.attributes["status"].correct, r.attributes["status"].total) == (0, 1)


def test_pairing_is_globally_best_not_greedy():
    # agreement: g1-x 4, g1-y 3, g2-x 3, g2-y 0. Greedy (g1-x first) gets 4 + 0;
    # the best assignment g1-y, g2-x gets 3 + 3.
    attrs = ("metric", "imposer", "target", "product", "measure", "status")

    def c(*labels):
        return claim(5, **dict(zip(attrs, labels, strict=True)))

    g1, g2 = c("a", "a", "a", "a", "a", "a"), c("a", "a", "a", "s", "s", "s")
    x, y = c("a", "a", "a", "a", "q", "q"), c("r", "r", "r", "a", "a", "a")
    r = score_claims([g1, g2], [x, y])
    assert counts(r) == (2, 0, 0)
    assert sum(s.correct for s in r.attributes.values()) == 6
    assert sum(s.total for s in r.attributes.values()) == 12


# --------------------------------------------------------------------------- gold file


def test_load_gold(tmp_path):
    p = tmp_path / "gold.jsonl"
    p.write_text(
        json.dumps({"type": "article", "article": "a1", "published": "2025-05-09",
                    "duplicate_of": None}) + "\n\n"
        + json.dumps({"type": "claim", **claim(25)}) + "\n"
        + json.dumps({"type": "claim", "article": "a1", "kind": "date",
                      "value": "2025-07-08", "unit": "date"}) + "\n",
        encoding="utf-8",
    )
    arts, claims = load_gold(p)
    assert list(arts) == ["a1"] and arts["a1"]["published"] == "2025-05-09"
    assert len(claims) == 2 and claims[1]["optional"] is False


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        ("{not json", "gold.jsonl:3: not valid JSON"),
        ('{"type": "claim", "article": "a1", "kind": "rate", "unit": "percent"}',
         "gold.jsonl:3: claim without 'value'"),
        ('{"type": "claim", "article": "a1", "kind": "rate", "value": "x", "unit": "percent"}',
         "gold.jsonl:3: rate value must be a number"),
        ('{"type": "claim", "article": "a1", "kind": "date", "value": "July 8", "unit": "date"}',
         "gold.jsonl:3: value must be a YYYY-MM-DD date"),
        ('{"type": "note"}', "gold.jsonl:3: 'type' must be 'article' or 'claim'"),
        ("[1, 2]", "gold.jsonl:3: expected a JSON object"),
    ],
)
def test_load_gold_malformed_line(tmp_path, bad, message):
    p = tmp_path / "gold.jsonl"
    good = json.dumps({"type": "claim", **claim(25)})
    p.write_text(f"{good}\n{good}\n{bad}\n", encoding="utf-8")
    with pytest.raises(TrackerError) as e:
        load_gold(p)
    assert str(e.value).startswith(message)


def test_load_gold_missing_file(tmp_path):
    with pytest.raises(TrackerError, match="cannot read gold file"):
        load_gold(tmp_path / "nope.jsonl")


@pytest.mark.parametrize("name", ["gold/seeds.jsonl", "dev/gold.jsonl"])
def test_shared_gold_scores_perfectly_against_itself(name):
    gold_path = SHARED / name
    if not gold_path.exists():
        pytest.skip(f"shared gold not present at {gold_path}")
    arts, claims = load_gold(gold_path)
    skip = {a for a, rec in arts.items() if rec.get("duplicate_of")}
    extracted = [{k: v for k, v in c.items() if k not in ("type", "optional")} for c in claims]
    r = score_claims(claims, extracted, skip)
    required = [c for c in claims if not c["optional"] and c["article"] not in skip]
    assert r.f1 == 1.0 and r.fp == 0 and r.fn == 0
    assert r.tp == len(required) > 0
    assert all(s.correct == s.total for s in r.attributes.values())


# --------------------------------------------------------------------------- date lines


def test_score_datelines():
    gold = {
        "ok": {"published": "2025-05-09"},
        "bad": {"published": "2025-05-09"},
        "spur": {"published": None},
        "none": {"published": "2025-07-15"},  # no date line found: not counted
        "miss": {"published": "2025-04-09", "dateline": "2025-04-09"},
        "quiet": {"published": None},
    }
    detected = {
        "ok": (dt.date(2025, 5, 9), dt.date(2025, 5, 9)),
        "bad": (dt.date(2025, 9, 5), None),
        "spur": (dt.date(2025, 8, 15), dt.date(2025, 8, 15)),
        "none": (None, dt.date(2025, 7, 16)),
        "miss": (None, None),
        "quiet": (None, None),
        "unknown": (dt.date(2025, 1, 1), None),  # not in gold: ignored
    }
    d = score_datelines(gold, detected)
    assert (d["correct"], d["wrong"], d["missed"], d["spurious"]) == (1, 1, 1, 1)
    assert d["counted"] == 4 and d["accuracy"] == 0.25
    assert d["own"] == {"correct": 1, "wrong": 1, "none": 2, "total": 4, "accuracy": 0.25}
    assert {c["article"]: c["outcome"] for c in d["cases"]} == {
        "bad": "wrong", "spur": "spurious", "miss": "missed"}
    assert score_datelines({"x": {"published": None}}, {"x": (None, None)})["accuracy"] is None


# --------------------------------------------------------------------------- peer


class Q:
    def __init__(self, value, unit):
        self.value, self.unit = value, unit


def _fake_modules(monkeypatch, money=None, percents=None, dates=None):
    quantities = types.ModuleType("tracker.extract.quantities")
    quantities.find_money = money or (lambda text: [])
    quantities.find_percents = percents or (lambda text: [])
    dmod = types.ModuleType("tracker.extract.dates")
    dmod.find_dates = dates or (lambda text, reference=None: [])
    monkeypatch.setitem(sys.modules, "tracker.extract.quantities", quantities)
    monkeypatch.setitem(sys.modules, "tracker.extract.dates", dmod)


def _write_cases(path, cases):
    path.write_text("".join(json.dumps(c) + "\n" for c in cases), encoding="utf-8")


def test_score_peer_money(tmp_path, monkeypatch):
    def find_money(text):
        return {
            "a": [Q(1.5e9, "USD"), Q(1500000000.0000001, "USD")],  # duplicates collapse
            "b": [Q(75e6, "USD"), Q(3, "EUR")],  # one too many
            "c": [],
            "d": [Q(5, "percent")],  # outside the kind: ignored
            "e": [Q(420e6, "FIM")],
        }[text]

    _fake_modules(monkeypatch, money=find_money)
    p = tmp_path / "money.jsonl"
    _write_cases(p, [
        {"text": "a", "expected": [{"value": 1500000000, "unit": "USD"}]},
        {"text": "b", "expected": [{"value": 75000000, "unit": "USD"}]},
        {"text": "c", "expected": []},
        {"text": "d", "expected": []},
        {"text": "e", "expected": [{"value": 420000000, "unit": "GBP"}]},
    ])
    r = score_peer(p, "money")
    assert (r.passed, r.total, r.score) == (3, 5, 0.6)
    assert (r.positive_passed, r.positive_total) == (1, 3)
    assert (r.negative_passed, r.negative_total) == (2, 2)
    assert [f["text"] for f in r.failures] == ["b", "e"]
    assert r.failures[0]["found"] == [[3, "EUR"], [75000000, "USD"]]
    assert r.failures[1]["expected"] == [[420000000, "GBP"]]


def test_score_peer_percent_and_crash(tmp_path, monkeypatch):
    def find_percents(text):
        if text == "boom":
            raise ValueError("bad")
        return [Q(25.0, "percent")]

    _fake_modules(monkeypatch, percents=find_percents)
    p = tmp_path / "percent.jsonl"
    _write_cases(p, [
        {"text": "25%", "expected": [{"value": 25, "unit": "percent"}]},
        {"text": "boom", "expected": []},
    ])
    r = score_peer(p, "percent")
    assert (r.passed, r.total) == (1, 2)
    assert r.failures[0]["error"] == "ValueError: bad"


def test_score_peer_dates(tmp_path, monkeypatch):
    seen = []

    def find_dates(text, reference=None):
        seen.append(reference)
        if text == "neg":
            return []
        if text == "wrong":
            return [Q(dt.date(2019, 1, 5), "date")]
        return [Q(dt.date(2019, 1, 4), "date"), Q(dt.date(2019, 1, 4), "date")]

    _fake_modules(monkeypatch, dates=find_dates)
    p = tmp_path / "dates.jsonl"
    ref = "2016-11-07T00:00:00"
    _write_cases(p, [
        {"text": "ok", "reference_date": ref,
         "expected": [{"value": "2019-01-04", "unit": "date"}]},
        {"text": "wrong", "reference_date": ref,
         "expected": [{"value": "2019-01-04", "unit": "date"}]},
        {"text": "range", "reference_date": ref,
         "expected": [{"value": "2019-01-01/2020-01-01", "unit": "daterange"}]},
        {"text": "neg", "reference_date": ref, "expected": []},
        {"text": "neg2", "reference_date": ref, "expected": []},
    ])
    r = score_peer(p, "date")
    assert (r.positive_passed, r.positive_total, r.positive_accuracy) == (1, 2, 0.5)
    assert (r.negative_passed, r.negative_total) == (1, 2)
    assert (r.passed, r.total, r.skipped) == (2, 4, 1)
    assert seen == [dt.date(2016, 11, 7)] * 4
    assert [f["text"] for f in r.failures] == ["wrong", "neg2"]


def test_score_peer_two_readings(tmp_path, monkeypatch):
    """dates_ambiguous.jsonl: each case is read preferring the past and the future."""
    seen = []

    def find_dates(text, reference=None, prefer="auto"):
        seen.append((text, prefer))
        year = {"past": 2016, "future": 2017}[prefer]
        if text == "future wrong" and prefer == "future":
            year = 2016
        return [Q(dt.date(year, 10, 2), "date")]

    _fake_modules(monkeypatch, dates=find_dates)
    p = tmp_path / "dates_ambiguous.jsonl"
    ref = "2016-11-07T00:00:00"
    past, future = [{"value": "2016-10-02", "unit": "date"}], [{"value": "2017-10-02",
                                                              "unit": "date"}]
    _write_cases(p, [
        {"text": "Oct/2", "reference_date": ref, "expected_past": past,
         "expected_future": future},
        {"text": "future wrong", "reference_date": ref, "expected_past": past,
         "expected_future": future},
        {"text": "range", "reference_date": ref, "expected_past": past,
         "expected_future": [{"value": "2017-10-02/2017-10-09", "unit": "daterange"}]},
    ])
    r = score_peer(p, "date")
    assert (r.passed, r.total, r.skipped) == (1, 2, 1)
    assert (r.two_readings, r.past_passed, r.future_passed) == (2, 2, 1)
    assert seen == [("Oct/2", "past"), ("Oct/2", "future"), ("future wrong", "past"),
                    ("future wrong", "future")]
    assert [(f["text"], f["reading"]) for f in r.failures] == [("future wrong", "future")]
    assert r.failures[0]["found"] == [["2016-10-02", "date"]]
    text = format_report(r)
    assert "of the 2 cases with a past and a future reading, past 2 right, future 1 right" \
        in text
    assert "line 2 (future reading): 'future wrong'" in text
    # a case with neither `expected` nor both readings is malformed
    _write_cases(p, [{"text": "x", "reference_date": ref, "expected_past": past}])
    with pytest.raises(TrackerError, match="malformed peer case"):
        score_peer(p, "date")


def test_score_peer_rejects_unknown_kind(tmp_path):
    with pytest.raises(TrackerError, match="unknown peer kind"):
        score_peer(tmp_path / "x.jsonl", "weight")


# --------------------------------------------------------------------------- report


def _sample_result() -> EvalResult:
    gold = [claim(25, metric="tariff_rate", imposer="US", quote="25 percent tariffs"),
            claim(350e9, "amount", metric="investment", quote="$350 billion")]
    ext = [claim(25, metric="tariff_rate", imposer="KR"),
           claim(7, quote="7 percent growth"), claim(7)]
    r = score_claims(gold, ext)
    r.datelines = score_datelines({"a1": {"published": "2025-05-09"}},
                                  {"a1": (dt.date(2025, 5, 9), dt.date(2025, 5, 9))})
    return r


def test_format_report_text():
    text = format_report(_sample_result(), "text")
    lines = text.splitlines()
    assert lines[0].startswith("claims: P 0.500  R 0.500  F1 0.500  (tp 1, fp 1, fn 1;")
    assert any(line.split() == ["imposer", "0", "1", "0.000"] for line in lines)
    assert any(line.split() == ["metric", "1", "1", "1.000"] for line in lines)
    assert any(line.split() == ["product", "0", "0", "-"] for line in lines)
    assert "date line: 1 correct, 0 wrong, 0 missed, 0 spurious (accuracy 1.000)" in text
    i = lines.index("a1  (tp 1, fp 1, fn 1)")
    block = "\n".join(lines[i:])
    assert 'miss   amount   350,000,000,000 USD [investment]  "$350 billion"' in block
    assert 'extra  rate     7 percent x2  "7 percent growth"' in block
    assert "imposer: gold US, found KR" in block


def test_format_report_json():
    data = json.loads(format_report(_sample_result(), "json"))
    assert (data["tp"], data["fp"], data["fn"]) == (1, 1, 1)
    assert data["f1"] == pytest.approx(0.5)
    assert data["attributes"]["imposer"] == {"correct": 0, "total": 1, "accuracy": 0.0}
    assert data["misses"][0]["value"] == 350000000000
    assert data["extras"][0]["count"] == 2
    assert data["datelines"]["correct"] == 1
    assert data["articles"]["a1"]["fp"] == 1


def test_format_report_peer_and_bad_format(tmp_path, monkeypatch):
    _fake_modules(monkeypatch, percents=lambda text: [Q(5, "percent")])
    p = tmp_path / "percent.jsonl"
    _write_cases(p, [{"text": "five", "expected": [{"value": 25, "unit": "percent"}]}])
    r = score_peer(p, "percent")
    text = format_report(r, "text")
    assert text.splitlines()[0].startswith("peer percent: 0/1 passed (0.000)")
    assert "expected [[25, 'percent']]  found [[5, 'percent']]" in text
    assert json.loads(format_report(r, "json"))["failures"][0]["text"] == "five"
    with pytest.raises(TrackerError):
        format_report(r, "xml")


# --------------------------------------------------------------------------- glue


def test_evaluate_glue_hands_gold_date_and_scores(tmp_path, monkeypatch):
    from tracker.models import Article, Claim

    gold = tmp_path / "gold.jsonl"
    gold.write_text("\n".join(json.dumps(x) for x in [
        {"type": "article", "article": "a1", "published": "2025-05-09", "duplicate_of": None},
        {"type": "article", "article": "a2", "published": None, "duplicate_of": "a1"},
        {"type": "claim", **claim(25, as_of="2025-05-09")},
        {"type": "claim", **claim(25, article="a2")},
    ]) + "\n", encoding="utf-8")
    arts = [Article(id="a1", text="t", dateline=dt.date(2025, 9, 5),
                    published=dt.date(2025, 9, 5)),
            Article(id="a2", text="t"), Article(id="zz", text="t")]
    seen = {}

    def extract_article(article):
        seen[article.id] = article.published
        return [Claim(article=article.id, kind="rate", metric=None, value=25.0,
                      unit="percent")]

    read = types.ModuleType("tracker.read")
    read.read_paths = lambda paths: (arts, ["bad.txt: unreadable"])
    read.prepare = lambda article: article  # the text alone states no date here
    read.without_inferred_date = lambda article: article
    engine = types.ModuleType("tracker.extract.engine")
    engine.extract_article = extract_article
    monkeypatch.setitem(sys.modules, "tracker.read", read)
    monkeypatch.setitem(sys.modules, "tracker.extract.engine", engine)

    r = evaluate(gold, ["x"])
    assert seen == {"a1": dt.date(2025, 5, 9)}  # gold date handed over; dup and zz not run
    assert counts(r) == (1, 0, 0)
    assert r.skipped == ["a2"] and r.not_in_gold == ["zz"] and r.not_read == []
    assert r.problems == ["bad.txt: unreadable"]
    assert (r.datelines["wrong"], r.datelines["own"]["wrong"]) == (1, 1)
