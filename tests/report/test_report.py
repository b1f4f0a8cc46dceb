"""Reports (rates, conflicts, timeline) and their renderings: table, json, csv, markdown."""

from __future__ import annotations

import csv
import io
import json

import pytest

from tests.reconcile.test_reconcile import KR, make_db
from tracker import report


@pytest.fixture
def con(tmp_path):
    return make_db(tmp_path, [
        {"id": "a", "published": "2025-04-03", "source": "Han River Times"},
        {"id": "b", "published": "2025-04-03", "source": "Pacific Ledger"},
        {"id": "c", "published": "2025-07-31", "source": "Harbor Wire"},
        {"id": "d", "published": "2025-07-26", "source": "Meridian | Trade"},
    ], [
        {"article": "a", "value": 26, "status": "scheduled", "quote": "a 26 percent rate",
         **KR},
        {"article": "b", "value": 25, "status": "scheduled", "quote": "South Korea 25%", **KR},
        {"article": "c", "value": 25, "status": "previous", "quote": "from 25% to 15%", **KR},
        {"article": "c", "value": 15, "status": "agreed", "quote": "from 25% to 15%", **KR},
        {"article": "c", "value": 25, "status": "in_effect", "imposer": "US", "target": "KR",
         "product": "autos", "measure": "section_232", "quote": "a 25% duty on cars"},
        {"article": "d", "value": 50, "status": "scheduled", "effective": "2025-08-01",
         "imposer": "US", "target": "*", "product": "copper", "measure": "section_232",
         "quote": "a 50 percent tariff | on copper"},
        {"article": "c", "metric": "investment", "unit": "USD", "value": 350e9,
         "imposer": "KR", "target": "US", "quote": "$350 billion"},
        {"article": "a", "metric": "effective_date", "value": "2025-04-09", **KR},
    ])


def test_rates_rows(con):
    df = report.rates(con)
    assert list(df.columns) == report.RATES_COLUMNS
    assert set(df["metric"]) == {"tariff_rate"}
    kr = df[(df.target == "KR") & (df["product"] == "all")].iloc[0]
    assert (kr.value, kr.unit, kr.status, kr.sources, bool(kr.conflict)) == \
        (15, "percent", "agreed", 1, False)
    # filters: country names normalise, products and measures too
    assert len(report.rates(con, target="South Korea")) == 2
    assert list(report.rates(con, target="kr", product="Cars")["product"]) == ["autos"]
    assert list(report.rates(con, measure="Section 232")["measure"]) == ["section_232"] * 2
    # as of a date: before the deal the disputed April rate is current, with its conflict
    apr = report.rates(con, target="KR", product="all", as_of="2025-04-05").iloc[0]
    assert apr.status == "scheduled" and bool(apr.conflict)
    # all metrics
    assert "investment" in set(report.rates(con, metric=None)["metric"])


@pytest.mark.parametrize("product", ["autos", "cars", "automotive", "Automobiles"])
@pytest.mark.parametrize("target", ["KR", "Korean", "South Korea", "Seoul", "ROK"])
def test_filters_read_names_through_the_lexicon(con, target, product):
    """Any name the extractor reads as autos / KR filters to the same rows (before, the report
    kept its own aliases: --product automotive and --target Korean found nothing)."""
    rates = report.rates(con, target=target, product=product)
    assert [(r.target, r.product, r.measure) for r in rates.itertuples()] == \
        [("KR", "autos", "section_232")]
    tl = report.timeline(con, target=target, product=product)
    assert list(tl["quote"]) == ["a 25% duty on cars"]


def test_measure_filter_reads_the_lexicon(con):
    for name in ("section 232", "Section-232", "national security", "s232"):
        assert sorted(report.rates(con, measure=name)["product"]) == ["autos", "copper"], name


def test_rates_as_of_around_scheduled_date(con):
    before = report.rates(con, product="copper", as_of="2025-07-30").iloc[0]
    after = report.rates(con, product="copper", as_of="2025-08-02").iloc[0]
    assert (before.status, after.status) == ("scheduled", "in_effect")
    assert str(after.since) == "2025-08-01"


def test_conflicts_rows(con):
    df = report.conflicts(con)
    assert set(df["kind"]) == {"conflict", "official_mismatch"}
    c = report.conflicts(con, kind="conflict").iloc[0]
    assert c["values"] == [25, 26]
    assert set(c["articles"]) == {"a", "b"}
    assert len(c["quotes"]) == 2 and len(c["dates"]) == 2 and c["gap"] == 1
    assert c["reason"]
    assert report.conflicts(con, target="JP").empty


@pytest.mark.parametrize(("filters", "some"), [
    ({"kind": "conflict"}, True), ({"kind": "official_mismatch"}, True),
    ({"kind": "Conflict "}, True), ({"target": "KR"}, True), ({"target": "South Korea"}, True),
    ({"product": "all"}, True), ({"measure": "reciprocal"}, True),
    ({"metric": "tariff_rate"}, True), ({"target": "KR", "kind": "conflict"}, True),
    ({"target": "*"}, False), ({"product": "copper"}, False), ({"measure": "Section 232"}, False),
    ({"target": "JP"}, False), ({"metric": "investment"}, False),
])
def test_conflicts_filtered_in_the_query_as_in_the_full_report(con, filters, some):
    """The filters run in conflicts.sql (at 5M claims fetching every conflict took 43 s): a
    filtered report is the unfiltered one's rows whose columns equal the filter values (names
    read through the lexicon), in the same order."""
    from tracker import lexicon

    want = {"kind": filters.get("kind", "").strip().lower() or None,
            "target": lexicon.country_code(filters["target"]) or filters["target"]
            if "target" in filters else None,
            "product": lexicon.product(filters["product"]) or filters["product"]
            if "product" in filters else None,
            "measure": lexicon.measure(filters["measure"]) if "measure" in filters else None,
            "metric": filters.get("metric")}
    full = report.conflicts_rows(con)
    expected = [r for r in full
                if all(v is None or (r[k] or "") == v for k, v in want.items())]
    got = report.conflicts_rows(con, **filters)
    assert got == expected
    assert bool(got) == some


def test_timeline_rows(con):
    df = report.timeline(con, target="KR", product="all", metric="tariff_rate")
    assert list(df.columns) == report.TIMELINE_COLUMNS
    # article a states April 9 for the rate: its 26% speaks about April 9
    assert list(df["value"]) == [25, 26, 25, 15]
    assert [str(d) for d in df["date"]][:2] == ["2025-04-03", "2025-04-09"]
    assert list(df["role"])[-2:] == ["previous", "update"]
    eff = report.timeline(con, metric="effective_date").iloc[0]
    assert str(eff.value) == "2025-04-09"


def test_json_is_one_array_of_rows(con):
    out = json.loads(report.render(report.rates(con), "json", "x"))
    assert isinstance(out, list) and out
    need = {"metric", "imposer", "target", "product", "measure", "value", "unit", "status",
            "since", "sources", "conflict"}
    assert all(need <= set(r) for r in out)
    kr = next(r for r in out if r["target"] == "KR" and r["product"] == "all")
    assert kr["value"] == 15 and kr["since"] == "2025-07-31" and kr["conflict"] is False
    confl = json.loads(report.render(report.conflicts(con), "json", "x"))
    need = {"metric", "imposer", "target", "product", "measure", "values", "articles", "kind"}
    assert all(need <= set(r) for r in confl)
    assert all(isinstance(r["values"], list) and isinstance(r["articles"], list) for r in confl)
    tl = json.loads(report.render(report.timeline(con), "json", "x"))
    need = {"metric", "imposer", "target", "product", "measure", "date", "value", "status",
            "article"}
    assert all(need <= set(r) for r in tl)
    dates = [r["value"] for r in tl if r["metric"] == "effective_date"]
    assert dates == ["2025-04-09"]
    assert json.loads(report.render(report.conflicts(con, target="JP"), "json", "x")) == []


def test_json_has_no_nan(con):
    text = report.render(report.rates(con, metric=None), "json", "x")
    assert "NaN" not in text and "NaT" not in text
    assert any(r["measure"] is None for r in json.loads(text))


def test_csv(con):
    out = report.render(report.rates(con), "csv", "x")
    rows = list(csv.reader(io.StringIO(out)))
    assert rows[0] == report.RATES_COLUMNS
    assert len(rows) == 1 + len(report.rates(con))
    conf = list(csv.DictReader(io.StringIO(report.render(report.conflicts(con), "csv", "x"))))
    assert conf[0]["values"] and "; " in conf[0]["articles"] or conf[0]["articles"]


def test_markdown(con):
    out = report.render(report.timeline(con), "markdown", "Timeline")
    lines = out.splitlines()
    header = next(i for i, line in enumerate(lines) if line.startswith("| metric"))
    assert set(lines[header + 1].replace("|", "").split()) == {"---"}
    ncols = len(report.TIMELINE_COLUMNS)
    body = lines[header + 2:]
    assert len(body) == len(report.timeline(con))
    # a '|' inside a quote is escaped, so every row has the same number of cells
    assert all(line.replace("\\|", "").count("|") == ncols + 1 for line in body)


@pytest.mark.parametrize("kind", ["rates", "conflicts", "timeline"])
def test_table_fits_80_columns(con, kind):
    df = getattr(report, kind)(con)
    out = report.render(df, "table", f"The {kind}")
    assert out.strip()
    assert max(len(line) for line in out.splitlines()) <= 80
    assert "\x1b[" not in out  # no terminal escapes in the string
    assert f"The {kind}" in out


def test_table_content(con):
    out = report.render(report.rates(con), "table", "Current rates")
    assert "15%" in out and "agreed" in out and "KR" in out
    out = report.render(report.conflicts(con), "table", "Conflicts")
    assert "25% vs 26%" in out and "Han River Times" in out


def test_empty_reports_render(tmp_path):
    con = make_db(tmp_path, [], [])
    for kind in ("rates", "conflicts", "timeline"):
        df = getattr(report, kind)(con)
        assert df.empty
        assert json.loads(report.render(df, "json", kind)) == []
        assert report.render(df, "csv", kind).splitlines()[0].startswith("metric")
        assert "none" in report.render(df, "table", kind)
        assert "| metric" in report.render(df, "markdown", kind)


def test_unknown_format(con):
    with pytest.raises(ValueError):
        report.render(report.rates(con), "xml", "x")


def test_fmt_value():
    assert report.fmt_value(25.0, "percent") == "25%"
    assert report.fmt_value(3.5, "percent") == "3.5%"
    assert report.fmt_value(55.7e9, "USD") == "$55.7 bn"
    assert report.fmt_value(15e12, "KRW") == "15 tn KRW"
    assert report.fmt_value(90, "day") == "90 d"
