"""Errors grouped by class (tracker.evaluate.classify_errors): the rerunnable error analysis
of `tracker eval`, on a small hand-made gold/claims pair."""

from __future__ import annotations

import json

from tracker.evaluate import ERROR_CLASSES, classify_errors, format_report, score_claims


def claim(value, kind="rate", unit=None, article="a1", quote="q", **attrs):
    unit = unit or {"rate": "percent", "amount": "USD", "date": "date", "duration": "day"}[kind]
    rec = {"article": article, "kind": kind, "value": value, "unit": unit, "metric": None,
           "imposer": None, "target": None, "product": None, "measure": None, "status": None,
           "quote": quote, "optional": False}
    rec.update(attrs)
    return rec


GOLD = [
    claim(25, quote="a 25% duty on bicycles", metric="tariff_rate", imposer="US", target="VN",
          status="in_effect"),
    claim(12.5e9, "amount", unit="CAD", quote="goods worth $12.5 billion", metric="imports"),
    claim("2025-08-12", "date", quote="on August 12", metric="effective_date"),
    claim(90, "duration", quote="a 90-day pause", metric="pause_length"),
    claim(10, article="a2", quote="a 10% levy", metric="tariff_rate", status="scheduled"),
]
FOUND = [
    claim(25, quote="a 25% duty on bicycles", metric="tariff_rate", imposer="VN", target="US",
          status="in_effect"),
    claim(12.5e9, "amount", unit="USD", quote="$12.5 billion", metric="imports"),
    claim("2024-08-12", "date", quote="August 12", metric="effective_date"),
    claim(40, quote="a 40% rate on socks", metric="tariff_rate"),
    claim(40, quote="a 40% rate on socks", metric="tariff_rate"),
    claim(10, article="a2", quote="a 10% levy", metric="tariff_rate", status="in_effect"),
]


def classes():
    r = score_claims(GOLD, FOUND)
    return r, r.errors_by_class


def test_every_error_lands_in_one_class_with_its_cases():
    r, got = classes()
    assert {c: g["count"] for c, g in got.items()} == {
        "wrong imposer": 1, "wrong target": 1, "wrong status": 1, "wrong value": 1,
        "wrong unit": 1, "missed claim": 1, "extra claim": 1}
    assert list(got) == [c for c in ERROR_CLASSES if c in got]  # report order
    # 3 misses and 3 extras, two of them the same figures read wrongly: 4 cases, not 6
    assert len(r.misses) == 3 and len(r.extras) == 3
    figure_classes = ("wrong value", "wrong unit", "wrong kind", "missed claim", "extra claim")
    assert sum(got[c]["count"] for c in figure_classes if c in got) == 4


def test_cases_say_article_value_quote_gold_and_found():
    _, got = classes()
    assert got["wrong imposer"]["cases"] == [{
        "article": "a1", "kind": "rate", "value": 25, "unit": "percent",
        "quote": "a 25% duty on bicycles", "gold": "US", "found": "VN"}]
    assert got["wrong status"]["cases"][0]["article"] == "a2"
    value = got["wrong value"]["cases"][0]
    assert (value["gold"], value["found"], value["found_quote"]) == (
        "2025-08-12", "2024-08-12", "August 12")
    unit = got["wrong unit"]["cases"][0]
    assert (unit["gold"], unit["found"]) == ("CAD", "USD")
    missed = got["missed claim"]["cases"][0]
    assert (missed["value"], missed["gold"], missed["found"]) == (90, "pause_length", None)
    extra = got["extra claim"]["cases"][0]
    assert (extra["value"], extra["found"], extra["count"]) == (40, 40, 2)


def test_a_miss_and_an_extra_of_different_spans_stay_apart():
    got = classify_errors(
        [{"article": "a", "kind": "rate", "value": 5, "unit": "percent", "quote": "5% on tea"}],
        [{"article": "a", "kind": "rate", "value": 6, "unit": "percent", "quote": "6% on rice",
          "count": 1},
         {"article": "b", "kind": "rate", "value": 6, "unit": "percent", "quote": "5% on tea",
          "count": 1}],
        [])
    assert {c: g["count"] for c, g in got.items()} == {"missed claim": 1, "extra claim": 2}
    assert classify_errors([], [], []) == {}


def test_a_figure_read_as_another_kind_is_a_wrong_kind():
    got = classify_errors(
        [{"article": "a", "kind": "duration", "value": 90, "unit": "day", "quote": "90 days"}],
        [{"article": "a", "kind": "rate", "value": 90, "unit": "percent", "quote": "90 days",
          "count": 1}], [])
    assert list(got) == ["wrong kind"]
    assert (got["wrong kind"]["cases"][0]["gold"], got["wrong kind"]["cases"][0]["found"]) == (
        "duration", "rate")


def test_text_and_json_reports_carry_the_classes():
    r, got = classes()
    text = format_report(r, "text")
    block = text.split("errors by class:\n", 1)[1]
    assert "wrong imposer (1)\n  a1  rate 25 percent: gold US, found VN" in block
    assert "extra claim (1)\n  a1  rate 40 percent: found x2  \"a 40% rate on socks\"" in block
    assert "missed claim (1)\n  a1  duration 90 day: gold [pause_length], not found" in block
    assert 'wrong value (1)\n  a1  date 2025-08-12 date: gold 2025-08-12, found 2024-08-12  ' \
           '"on August 12" / found "August 12"' in block
    data = json.loads(format_report(r, "json"))
    assert data["errors_by_class"] == json.loads(json.dumps(got))
