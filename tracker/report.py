"""Reports over the reconciliation tables: rates, conflicts, timeline; and their rendering.

Each report is a pandas DataFrame (the library API), rendered by ``render(df, fmt,
title)`` as a rich table that fits an 80-column terminal, one JSON array, CSV or a
Markdown table. Rows carry:

- rates: metric, imposer, target, product, measure, value, unit, status, since,
  sources (independent articles stating the current value), last_confirmed, conflict
- conflicts: metric, imposer, target, product, measure, unit, kind (conflict |
  official_mismatch), values, articles, sources, dates, quotes, gap, reason
- timeline: metric, imposer, target, product, measure, date, value, unit, status,
  article, source, quote, role

Values are numbers (percent, currency units, days) or, for effective dates,
"YYYY-MM-DD" dates.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from typing import Any

import duckdb
import numpy as np
import pandas as pd

from tracker import lexicon, reconcile

KEY = ["metric", "imposer", "target", "product", "measure"]
RATES_COLUMNS = KEY + ["value", "unit", "status", "since", "sources", "last_confirmed",
                       "conflict"]
CONFLICTS_COLUMNS = KEY + ["unit", "kind", "values", "articles", "sources", "dates", "quotes",
                           "gap", "reason", "sides"]
TIMELINE_COLUMNS = KEY + ["date", "value", "unit", "status", "article", "source", "quote",
                          "role"]
FORMATS = ("table", "json", "csv", "markdown")


# --------------------------------------------------------------------------- helpers


def _date(value: dt.date | str | None) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


def _filters(target: str | None, product: str | None, measure: str | None,
             metric: str | None = None) -> dict[str, str]:
    """Filter values as facts key them, through the one lexicon the extractor and the fact
    keys use: --product cars / automotive / autos, --target Korean / ROK / Seoul / KR."""
    out: dict[str, str] = {}
    if target:
        out["target"] = lexicon.country_code(target) or target
    if product:
        out["product"] = lexicon.product(product) or product
    if measure:
        out["measure"] = lexicon.measure(measure) or measure
    if metric:
        out["metric"] = metric.strip().lower()
    return out


def _apply(df: pd.DataFrame, filters: dict[str, str]) -> pd.DataFrame:
    for col, val in filters.items():
        df = df[df[col].fillna("").astype(str) == val]
    return df.reset_index(drop=True)


def _scalar(v: Any) -> Any:
    """A cell as a plain Python value (dates as date, NaN/NaT as None)."""
    if v is None or v is pd.NaT:
        return None
    if isinstance(v, np.ndarray) and v.dtype.kind == "M":
        return [_scalar(pd.Timestamp(x)) for x in v]
    if isinstance(v, np.datetime64):
        return _scalar(pd.Timestamp(v))
    if hasattr(v, "tolist") and not isinstance(v, str | pd.Timestamp):  # numpy values
        v = v.tolist()
    if isinstance(v, list | tuple):
        return [_scalar(x) for x in v]
    if isinstance(v, dict):
        return {k: _scalar(x) for k, x in v.items()}
    try:
        if pd.isna(v) is True:
            return None
    except (TypeError, ValueError):
        pass
    if isinstance(v, pd.Timestamp | dt.datetime):
        return v.date()
    return v


def _value(num: Any, date: Any) -> Any:
    d = _scalar(date)
    if d is not None:
        return d
    return _scalar(num)


def _empty(columns: list[str]) -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series(dtype="object") for c in columns})


# --------------------------------------------------------------------------- reports


def rates(con: duckdb.DuckDBPyConnection, target: str | None = None,
          product: str | None = None, measure: str | None = None,
          metric: str | None = "tariff_rate",
          as_of: dt.date | str | None = None) -> pd.DataFrame:
    """One row per fact: status-aware current value as of `as_of` (default: latest)."""
    cur = reconcile.current(con, _date(as_of))
    if cur.empty:
        return _empty(RATES_COLUMNS)
    cur = _apply(cur, _filters(target, product, measure, metric))
    rows = []
    for r in cur.itertuples(index=False):
        rows.append({
            "metric": r.metric, "imposer": _scalar(r.imposer), "target": _scalar(r.target),
            "product": _scalar(r.product), "measure": _scalar(r.measure),
            "value": _value(r.value, r.date_value), "unit": r.unit,
            "status": _scalar(r.status), "since": _scalar(r.since),
            "sources": int(r.sources), "last_confirmed": _scalar(r.last_confirmed),
            "conflict": bool(r.conflict),
        })
    df = pd.DataFrame(rows, columns=RATES_COLUMNS)
    return df.sort_values(["metric", "imposer", "target", "product", "measure"],
                          na_position="last", key=lambda s: s.fillna("~")).reset_index(drop=True)


def conflicts(con: duckdb.DuckDBPyConnection, target: str | None = None,
              product: str | None = None, measure: str | None = None,
              kind: str | None = None, metric: str | None = None) -> pd.DataFrame:
    """Both sides of every disagreement, and claims contradicting the official table."""
    if not reconcile.has_tables(con):
        return _empty(CONFLICTS_COLUMNS)
    df = con.execute(
        "SELECT * FROM conflicts ORDER BY kind, metric, imposer, target, product, measure, "
        "first_date"
    ).df()
    filters = _filters(target, product, measure, metric)
    if kind:
        filters["kind"] = kind.strip().lower()
    df = _apply(df, filters)
    rows = []
    for r in df.itertuples(index=False):
        rows.append({
            "metric": r.metric, "imposer": _scalar(r.imposer), "target": _scalar(r.target),
            "product": _scalar(r.product), "measure": _scalar(r.measure), "unit": r.unit,
            "kind": r.kind,
            "values": [_value(r.value_a, r.date_value_a), _value(r.value_b, r.date_value_b)],
            "articles": _scalar(r.articles) or [], "sources": _scalar(r.sources) or [],
            "dates": _scalar(r.dates) or [], "quotes": _scalar(r.quotes) or [],
            "gap": _scalar(r.gap), "reason": r.reason, "sides": _scalar(r.sides) or [],
        })
    return pd.DataFrame(rows, columns=CONFLICTS_COLUMNS)


def timeline(con: duckdb.DuckDBPyConnection, target: str | None = None,
             product: str | None = None, measure: str | None = None,
             metric: str | None = None) -> pd.DataFrame:
    """Every value each fact has had (duplicates left out), by the date it speaks about."""
    if not reconcile.has_tables(con):
        return _empty(TIMELINE_COLUMNS)
    df = con.execute(
        "SELECT * FROM fact_timeline WHERE role <> 'duplicate' "
        "ORDER BY metric, imposer NULLS LAST, target NULLS LAST, product NULLS LAST, "
        "measure NULLS LAST, date NULLS FIRST, role <> 'previous', as_of, article, quote_start"
    ).df()
    df = _apply(df, _filters(target, product, measure, metric))
    rows = []
    for r in df.itertuples(index=False):
        rows.append({
            "metric": r.metric, "imposer": _scalar(r.imposer), "target": _scalar(r.target),
            "product": _scalar(r.product), "measure": _scalar(r.measure),
            "date": _scalar(r.date), "value": _value(r.value, r.date_value), "unit": r.unit,
            "status": _scalar(r.status), "article": r.article, "source": _scalar(r.source),
            "quote": _scalar(r.quote), "role": r.role,
        })
    return pd.DataFrame(rows, columns=TIMELINE_COLUMNS)


# --------------------------------------------------------------------------- rendering


def jsonable(v: Any) -> Any:
    """A cell (from pandas or DuckDB) as JSON-ready Python: dates as ISO text, NaN as None,
    lists and structs kept, whole floats as ints, anything else (Decimal, UUID) as text."""
    v = _scalar(v)
    if isinstance(v, list):
        return [jsonable(x) for x in v]
    if isinstance(v, dict):
        return {str(k): jsonable(x) for k, x in v.items()}
    if isinstance(v, dt.date | dt.time):
        return v.isoformat()
    if isinstance(v, float) and v.is_integer() and abs(v) < 2 ** 53:
        return int(v)
    if v is None or isinstance(v, bool | int | float | str):
        return v
    return str(v)


def records(df: pd.DataFrame) -> list[dict[str, Any]]:
    """Rows as JSON-ready dicts: dates "YYYY-MM-DD", NaN -> None, lists as lists."""
    cols = list(df.columns)
    return [{c: jsonable(v) for c, v in zip(cols, row, strict=True)}
            for row in df.itertuples(index=False, name=None)]


def _text(v: Any) -> str:
    v = jsonable(v)
    if v is None:
        return ""
    if isinstance(v, list):
        return "; ".join(_text(x) for x in v)
    if isinstance(v, dict):
        return json.dumps(v, ensure_ascii=False)
    if isinstance(v, bool):
        return "true" if v else "false"
    return str(v)


def fmt_value(value: Any, unit: str | None) -> str:
    """25 -> '25%', 55.7e9 USD -> '$55.7 bn', a date -> '2025-08-01'."""
    value = _scalar(value)
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()
    if not isinstance(value, int | float):
        return str(value)
    num = f"{value:.3f}".rstrip("0").rstrip(".")
    if unit == "percent":
        return f"{num}%"
    if unit == "day":
        return f"{num} d"
    for mag, word in ((1e12, "tn"), (1e9, "bn"), (1e6, "m")):
        if abs(value) >= mag:
            num = f"{value / mag:.2f}".rstrip("0").rstrip(".") + f" {word}"
            break
    sym = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥"}.get(unit or "")
    return f"{sym}{num}" if sym else f"{num} {unit or ''}".strip()


_MEASURE_ABBR = {"reciprocal": "recip", "section_232": "s232", "section_301": "s301",
                 "retaliatory": "retal", "fentanyl": "fent", "baseline": "base"}
_STATUS = {"in_effect": "in effect"}
_PRODUCT_ABBR = {"pharmaceuticals": "pharma", "semiconductors": "chips",
                 "shipbuilding": "ships", "agriculture": "agri"}


def _fact(r: dict[str, Any], with_metric: bool = False) -> str:
    who = f"{r.get('imposer') or '?'}→{r.get('target') or '?'}"
    parts = [who, r.get("product") or "", _MEASURE_ABBR.get(r.get("measure") or "",
                                                           r.get("measure") or "")]
    if with_metric:
        parts.insert(0, r.get("metric") or "")
    return " ".join(p for p in parts if p)


def _console():
    from rich.console import Console

    return Console(width=80, file=io.StringIO(), force_terminal=False, color_system=None,
                   no_color=True, highlight=False, emoji=False, legacy_windows=False)


def _table_rates(df: pd.DataFrame, title: str):
    from rich import box
    from rich.table import Table

    recs = records(df)
    many = len({r["metric"] for r in recs}) > 1
    t = Table(title=title, box=box.SIMPLE_HEAD, pad_edge=False, padding=(0, 1),
              collapse_padding=True,
              caption="! = open conflict between sources" if any(r["conflict"] for r in recs)
              else None)
    t.add_column("Fact", overflow="fold", max_width=24 if many else 16)
    for name in ("Product", "Measure"):
        if not many:
            t.add_column(name, overflow="fold", max_width=11)
    t.add_column("Value", justify="right", no_wrap=True)
    t.add_column("Status", no_wrap=True)
    t.add_column("Since", no_wrap=True)
    t.add_column("Src", justify="right", no_wrap=True)
    t.add_column("Last seen", no_wrap=True)
    t.add_column("!", no_wrap=True)
    for r in recs:
        cells = [_fact(r, with_metric=True) if many else
                 f"{r['imposer'] or '?'}→{r['target'] or '?'}"]
        if not many:
            cells += [_PRODUCT_ABBR.get(r["product"] or "", r["product"] or ""),
                      _MEASURE_ABBR.get(r["measure"] or "", r["measure"] or "")]
        cells += [fmt_value(r["value"], r["unit"]),
                  _STATUS.get(r["status"] or "", r["status"] or ""),
                  r["since"] or "", str(r["sources"]), r["last_confirmed"] or "",
                  "!" if r["conflict"] else ""]
        t.add_row(*cells)
    return t, []


def _table_conflicts(df: pd.DataFrame, title: str):
    from rich import box
    from rich.table import Table

    t = Table(title=title, box=box.SIMPLE_HEAD, pad_edge=False, padding=(0, 1),
              collapse_padding=True)
    t.add_column("#", justify="right", no_wrap=True)
    t.add_column("Fact", overflow="fold", max_width=18)
    t.add_column("Kind", overflow="fold", max_width=9)
    t.add_column("Values", overflow="fold", max_width=22)
    t.add_column("Sources and dates", overflow="fold")
    notes = []
    for i, r in enumerate(records(df), 1):
        vals = [fmt_value(v, r["unit"]) for v in r["values"]]
        sides = []
        for side in r.get("sides") or []:
            srcs = side.get("sources") or []
            more = f" +{len(srcs) - 1}" if len(srcs) > 1 else ""
            sides.append(f"{srcs[0] if srcs else '?'}{more} {side.get('date') or ''}".strip())
        t.add_row(str(i), _fact(r, with_metric=r["metric"] != "tariff_rate"),
                  "official" if r["kind"] == "official_mismatch" else r["kind"],
                  " vs ".join(vals), " / ".join(sides))
        quotes = " / ".join(f'"{q}"' for q in (r["quotes"] or []) if q)
        notes.append(f"{i}. {r['reason']}." + (f" Quotes: {quotes}." if quotes else ""))
    return t, notes


def _table_timeline(df: pd.DataFrame, title: str):
    from rich import box
    from rich.table import Table

    t = Table(title=title, box=box.SIMPLE_HEAD, pad_edge=False, padding=(0, 1),
              collapse_padding=True)
    t.add_column("Fact", overflow="fold", max_width=20)
    t.add_column("Date", no_wrap=True)
    t.add_column("Value", justify="right", no_wrap=True)
    t.add_column("Status", overflow="fold", max_width=9)
    t.add_column("Source", overflow="ellipsis", no_wrap=True, max_width=16)
    t.add_column("Role", overflow="fold", max_width=9)
    last = None
    for r in records(df):
        fact = _fact(r, with_metric=True)
        t.add_row(fact if fact != last else "", r["date"] or "",
                  fmt_value(r["value"], r["unit"]),
                  _STATUS.get(r["status"] or "", r["status"] or ""),
                  r["source"] or r["article"] or "", r["role"] or "")
        last = fact
    return t, []


def _table_generic(df: pd.DataFrame, title: str):
    from rich import box
    from rich.table import Table

    t = Table(title=title, box=box.SIMPLE_HEAD, pad_edge=False, padding=(0, 1),
              collapse_padding=True)
    for c in df.columns:
        t.add_column(str(c), overflow="fold")
    for r in records(df):
        t.add_row(*[_text(r[c]) for c in df.columns])
    return t, []


def _render_table(df: pd.DataFrame, title: str) -> str:
    cols = set(df.columns)
    console = _console()
    if df.empty:
        console.print(f"{title}: none", soft_wrap=False)
        return console.file.getvalue().rstrip("\n")
    if {"last_confirmed", "conflict", "since"} <= cols:
        table, notes = _table_rates(df, title)
    elif {"kind", "reason", "values"} <= cols:
        table, notes = _table_conflicts(df, title)
    elif {"role", "date", "value"} <= cols:
        table, notes = _table_timeline(df, title)
    else:
        table, notes = _table_generic(df, title)
    console.print(table)
    for n in notes:
        console.print(n, overflow="fold")
    return console.file.getvalue().rstrip("\n")


def _render_markdown(df: pd.DataFrame, title: str) -> str:
    def cell(v: Any) -> str:
        return _text(v).replace("|", "\\|").replace("\n", " ")

    cols = list(df.columns)
    lines = [f"**{title}**", "", "| " + " | ".join(cols) + " |",
             "|" + "|".join(" --- " for _ in cols) + "|"]
    for r in records(df):
        lines.append("| " + " | ".join(cell(r[c]) for c in cols) + " |")
    return "\n".join(lines)


def _render_csv(df: pd.DataFrame) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(list(df.columns))
    for r in records(df):
        w.writerow([_text(r[c]) for c in df.columns])
    return buf.getvalue().rstrip("\n")


def render(df: pd.DataFrame, fmt: str = "table", title: str = "") -> str:
    """The report as text: table (80 columns), json (one array), csv or markdown."""
    fmt = (fmt or "table").lower()
    if fmt == "json":
        return json.dumps(records(df), ensure_ascii=False, indent=2)
    if fmt == "csv":
        return _render_csv(df)
    if fmt in ("markdown", "md"):
        return _render_markdown(df, title)
    if fmt == "table":
        return _render_table(df, title)
    raise ValueError(f"unknown format {fmt!r}: use one of {', '.join(FORMATS)}")
