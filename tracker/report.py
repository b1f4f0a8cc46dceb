"""Reports over the reconciliation tables: rates, conflicts, timeline (queries -> DataFrames).

Each report is a pandas DataFrame (the library API); ``render(df, fmt, title)`` turns it
into text (``tracker.report_text``). The SQL lives in ``tracker/report_sql/*.sql``.
Rows carry:

- rates: metric, imposer, target, product, measure, value, unit, status, since,
  sources (independent articles stating the current value), last_confirmed, conflict,
  and who says so: article, source, url, quote (the claim that gave the current value),
  evidence (one object per article stating it: article, source, url, published, date,
  status, quote) and why (one line: the rule, the evidence, what it outranked)
- conflicts: metric, imposer, target, product, measure, unit, kind (conflict |
  official_mismatch), values, articles, sources, urls, dates, quotes, gap, reason, sides
  (each side: value, articles, sources, urls, date, quote)
- timeline: metric, imposer, target, product, measure, date, value, unit, status,
  article, source, url, published, quote, role

Values are numbers (percent, currency units, days) or, for effective dates,
"YYYY-MM-DD" dates.
"""

from __future__ import annotations

import datetime as dt
from collections import namedtuple
from collections.abc import Iterator
from functools import cache
from importlib import resources
from typing import Any

import duckdb
import pandas as pd

from tracker import lexicon, reconcile
from tracker.render import FORMATS, jsonable, records, scalar  # noqa: F401 - re-exported

KEY = ["metric", "imposer", "target", "product", "measure"]
RATES_COLUMNS = KEY + ["value", "unit", "status", "since", "sources", "last_confirmed",
                       "conflict", "article", "source", "url", "quote", "evidence", "why"]
CONFLICTS_COLUMNS = KEY + ["unit", "kind", "values", "articles", "sources", "urls", "dates",
                           "quotes", "gap", "reason", "sides"]
TIMELINE_COLUMNS = KEY + ["date", "value", "unit", "status", "article", "source", "url",
                          "published", "quote", "role"]
EVIDENCE_FIELDS = ["article", "source", "url", "published", "date", "status", "quote"]


# --------------------------------------------------------------------------- helpers


@cache
def sql(name: str) -> str:
    """A query of tracker/report_sql/ (claims_as_of.sql is spliced in where named)."""
    text = resources.files("tracker").joinpath("report_sql", f"{name}.sql").read_text("utf-8")
    if "/*CLAIMS_AS_OF*/" in text:
        text = text.replace("/*CLAIMS_AS_OF*/", sql("claims_as_of"))
    return text


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


def _value(num: Any, date: Any) -> Any:
    d = scalar(date)
    if d is not None:
        return d
    return scalar(num)


def _number(num: Any, date: Any) -> float | None:
    """A value as the one number the SQL compares: days since 1970 for dates."""
    d = scalar(date)
    if isinstance(d, dt.date):
        return float((d - dt.date(1970, 1, 1)).days)
    n = scalar(num)
    return None if n is None else float(n)


def _empty(columns: list[str]) -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series(dtype="object") for c in columns})


def _query(con: duckdb.DuckDBPyConnection, name: str, params: dict[str, Any],
           facts: pd.DataFrame | None = None) -> pd.DataFrame:
    """Run report_sql/<name>.sql (with `facts` visible as _rp_facts) as a DataFrame."""
    if facts is None:
        return con.execute(sql(name), params).df()
    con.register("_rp_facts", facts)
    try:
        return con.execute(sql(name), params).df()
    finally:
        con.unregister("_rp_facts")


# --------------------------------------------------------------------------- rates


def rates(con: duckdb.DuckDBPyConnection, target: str | None = None,
          product: str | None = None, measure: str | None = None,
          metric: str | None = "tariff_rate",
          as_of: dt.date | str | None = None, detail: bool = True) -> pd.DataFrame:
    """One row per fact: status-aware current value as of `as_of` (default: latest), who
    states it (evidence, with URLs and quotes) and why it is the current value.

    `detail=False` leaves out what only the machine formats and --explain show (url,
    evidence and why stay empty): the table of a large database then costs no evidence
    queries (tracker rates without --explain).
    """
    d = _date(as_of)
    cur = reconcile.current(con, d)
    if cur.empty:
        return _empty(RATES_COLUMNS)
    cur = _apply(cur, _filters(target, product, measure, metric))
    if cur.empty:
        return _empty(RATES_COLUMNS)
    facts = pd.DataFrame({
        "fact_id": cur["fact_id"].astype(str),
        "v": [_number(v, dv) for v, dv in zip(cur["value"], cur["date_value"], strict=True)],
        "article": cur["article"].astype(object), "quote": cur["quote"].astype(object),
    })
    evidence: dict[str, list[tuple[dict[str, Any], bool]]] = {}
    rivals: dict[str, list[dict[str, Any]]] = {}
    replaced: dict[str, list[dict[str, Any]]] = {}
    if detail:
        evidence = _evidence(_rows(con, "evidence", {"d": d}, facts))
        rivals = _by_fact(_rows(con, "rivals", {"d": d}, facts))
        replaced = _by_fact(_rows(con, "replaced", {"d": d}, facts))
    urls = {e["article"]: e["url"] for rows in evidence.values() for e, _ in rows}
    rows = []
    for r, v in zip(_tuples(cur), facts["v"], strict=True):
        stated = evidence.get(r.fact_id, [])
        row = {
            "metric": r.metric, "imposer": scalar(r.imposer), "target": scalar(r.target),
            "product": scalar(r.product), "measure": scalar(r.measure),
            "value": _value(r.value, r.date_value), "unit": r.unit,
            "status": scalar(r.status), "since": scalar(r.since),
            "sources": int(r.sources), "last_confirmed": scalar(r.last_confirmed),
            "conflict": bool(r.conflict), "article": scalar(r.article),
            "source": scalar(r.source), "url": urls.get(r.article),
            "quote": scalar(r.quote), "evidence": [e for e, _ in stated],
            "rule": scalar(getattr(r, "rule", None)),  # explain() only: not a column
        }
        if detail:
            deciding = next((e for e, yes in stated if yes), None)
            row["why"] = explain(row, v, deciding, rivals.get(r.fact_id, []),
                                 (replaced.get(r.fact_id) or [None])[0],
                                 bool(scalar(r.official_mismatch)))
        else:
            row["why"] = None
        rows.append(row)
    df = pd.DataFrame(rows, columns=RATES_COLUMNS)
    return df.sort_values(["metric", "imposer", "target", "product", "measure"],
                          na_position="last", key=lambda s: s.fillna("~")).reset_index(drop=True)


def _tuples(df: pd.DataFrame) -> Iterator[Any]:
    """df.itertuples(index=False), each column read as a whole: DuckDB's string columns
    arrive Arrow-backed, and reading those one cell at a time costs ~1 µs a cell."""
    row = namedtuple("Row", list(df.columns), rename=True)
    return map(row._make, zip(*(df[c].tolist() for c in df.columns), strict=True))


def _rows(con: duckdb.DuckDBPyConnection, name: str, params: dict[str, Any],
          facts: pd.DataFrame) -> list[dict[str, Any]]:
    """report_sql/<name>.sql (with `facts` visible as _rp_facts) as plain Python rows.

    Rows, not a DataFrame: the evidence of a million claims is half a million rows, and
    DuckDB's own Python values (str, date, bool, float, None, lists) need no conversion
    back from pandas' (scalar() is applied all the same, as to a DataFrame's cells).
    """
    con.register("_rp_facts", facts)
    try:
        cursor = con.execute(sql(name), params)
        cols = [c[0] for c in cursor.description]
        return [{c: scalar(x) for c, x in zip(cols, row, strict=True)}
                for row in cursor.fetchall()]
    finally:
        con.unregister("_rp_facts")


def _evidence(rows: list[dict[str, Any]]) -> dict[str, list[tuple[dict[str, Any], bool]]]:
    """Per fact: each evidence object as the report shows it (JSON-ready), and whether it
    is the deciding claim's. explain() reads the same objects (dates as ISO text, which
    it prints as they are)."""
    out: dict[str, list[tuple[dict[str, Any], bool]]] = {}
    for rec in rows:
        e = {k: jsonable(rec.get(k)) for k in EVIDENCE_FIELDS}
        out.setdefault(rec["fact_id"], []).append((e, bool(rec.get("deciding"))))
    return out


def _by_fact(rows: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = {}
    for rec in rows:
        out.setdefault(rec["fact_id"], []).append(rec)
    return out


def _show(value: Any, unit: str | None) -> str:
    from tracker.report_text import fmt_value

    return fmt_value(value, unit)


def _who(names: list[Any], limit: int = 3) -> str:
    """'Harbor Wire x2, Pacific Ledger +1 more': each name once, in order of appearance."""
    counts: dict[str, int] = {}
    for n in names:
        if n:
            counts[str(n)] = counts.get(str(n), 0) + 1
    shown = [f"{n} x{k}" if k > 1 else n for n, k in list(counts.items())[:limit]]
    more = f" +{len(counts) - limit} more" if len(counts) > limit else ""
    return ", ".join(shown) + more


def explain(row: dict[str, Any], v: float | None, deciding: dict[str, Any] | None,
            rivals: list[dict[str, Any]], replaced: dict[str, Any] | None,
            official_mismatch: bool = False) -> str:
    """One line saying why the current value is what it is: the rule that chose it, the
    evidence, what it outranked or replaced, and how the status was read."""
    unit = row["unit"]
    value = _show(row["value"], unit)
    lead = deciding or {}
    said = f"{lead.get('source') or row.get('source') or row.get('article') or '?'}"
    when = jsonable(lead.get("published") or lead.get("date"))
    said += f", {when}" if when else ""
    parts: list[str] = []
    # rivals count only when the current value is one side of the open conflicts
    mine = next((x for x in rivals if v is not None and abs(float(x["rv"]) - v) <= 1e-6), None)
    others = [x for x in rivals if x is not mine] if mine else []
    if others:
        n = int(mine["n"])
        best = max(int(x["n"]) for x in others)
        beaten = "; ".join(
            f"{_show(_rival_value(x['rv'], unit, row['value']), unit)} from {int(x['n'])} "
            f"({_who(x['sources'] or [])})" for x in others)
        if n > best:
            rule = f"most independent sources: {n} vs {best}"
        elif mine.get("official") and not any(x.get("official") for x in others):
            rule = f"tie at {n} sources, broken by the official table"
        else:
            rule = f"tie at {n} sources, broken by the latest report ({said})"
        parts.append(f"{value}: {rule}; outranked {beaten}")
    else:
        parts.append(f"{value}: latest report ({said})")
    if row["sources"] and int(row["sources"]) > 1:
        names = [e.get("source") or e.get("article") for e in row.get("evidence") or []]
        parts.append(f"{int(row['sources'])} articles state it ({_who(names)})")
    if replaced:
        old = _value(replaced.get("from_value"), replaced.get("from_date_value"))
        src = replaced.get("from_source")
        frm = jsonable(replaced.get("from_date"))
        parts.append(f"replaced {_show(old, unit)}" +
                     (f" ({', '.join(str(x) for x in (src, frm) if x)})" if src or frm else ""))
    claimed = lead.get("status")
    status = row.get("status")
    if status == "in_effect" and claimed == "scheduled":
        parts.append(f"reported as scheduled; in effect since {jsonable(row['since'])}")
    elif status == "paused" and claimed != "paused":
        parts.append("reported before a pause of this measure for every partner: paused")
    if row.get("rule"):  # a rule of the current-value stage set "latest report" aside
        parts.append(str(row["rule"]))
    if row.get("conflict"):
        parts.append("sources still disagree (open conflict)")
    if official_mismatch:
        parts.append("contradicts the official table")
    return "; ".join(parts)


def _rival_value(rv: Any, unit: str | None, like: Any) -> Any:
    """A rival's number back as a value of the fact's kind (a date for effective dates)."""
    if isinstance(scalar(like), dt.date):
        return dt.date(1970, 1, 1) + dt.timedelta(days=int(rv))
    return rv


# --------------------------------------------------------------------------- conflicts


def conflicts(con: duckdb.DuckDBPyConnection, target: str | None = None,
              product: str | None = None, measure: str | None = None,
              kind: str | None = None, metric: str | None = None,
              date_from: dt.date | str | None = None,
              date_to: dt.date | str | None = None) -> pd.DataFrame:
    """Both sides of every disagreement (with the articles' URLs), and claims
    contradicting the official table; `date_from`/`date_to` keep the conflicts whose
    dates reach into that range."""
    if not reconcile.has_tables(con):
        return _empty(CONFLICTS_COLUMNS)
    df = _query(con, "conflicts", {"from": _date(date_from), "to": _date(date_to)})
    filters = _filters(target, product, measure, metric)
    if kind:
        filters["kind"] = kind.strip().lower()
    df = _apply(df, filters)
    urls = dict(con.execute(sql("article_urls")).fetchall()) if not df.empty else {}
    rows = []
    for r in df.itertuples(index=False):
        articles = scalar(r.articles) or []
        sides = []
        for side in scalar(r.sides) or []:
            side = dict(side)
            side["urls"] = [urls.get(a) for a in side.get("articles") or []]
            sides.append(side)
        rows.append({
            "metric": r.metric, "imposer": scalar(r.imposer), "target": scalar(r.target),
            "product": scalar(r.product), "measure": scalar(r.measure), "unit": r.unit,
            "kind": r.kind,
            "values": [_value(r.value_a, r.date_value_a), _value(r.value_b, r.date_value_b)],
            "articles": articles, "sources": scalar(r.sources) or [],
            "urls": [urls.get(a) for a in articles],
            "dates": scalar(r.dates) or [], "quotes": scalar(r.quotes) or [],
            "gap": scalar(r.gap), "reason": r.reason, "sides": sides,
        })
    return pd.DataFrame(rows, columns=CONFLICTS_COLUMNS)


# --------------------------------------------------------------------------- timeline


def timeline(con: duckdb.DuckDBPyConnection, target: str | None = None,
             product: str | None = None, measure: str | None = None,
             metric: str | None = None, date_from: dt.date | str | None = None,
             date_to: dt.date | str | None = None) -> pd.DataFrame:
    """Every value each fact has had (duplicates left out), by the date it speaks about,
    optionally only dates in [date_from, date_to]."""
    if not reconcile.has_tables(con):
        return _empty(TIMELINE_COLUMNS)
    df = _query(con, "timeline", {"from": _date(date_from), "to": _date(date_to)})
    df = _apply(df, _filters(target, product, measure, metric))
    rows = []
    for r in df.itertuples(index=False):
        rows.append({
            "metric": r.metric, "imposer": scalar(r.imposer), "target": scalar(r.target),
            "product": scalar(r.product), "measure": scalar(r.measure),
            "date": scalar(r.date), "value": _value(r.value, r.date_value), "unit": r.unit,
            "status": scalar(r.status), "article": r.article, "source": scalar(r.source),
            "url": scalar(r.url), "published": scalar(r.published),
            "quote": scalar(r.quote), "role": r.role,
        })
    return pd.DataFrame(rows, columns=TIMELINE_COLUMNS)


def last_updated(con: duckdb.DuckDBPyConnection) -> dict[str, Any]:
    """When the data last changed: latest ingest time, latest publication, article count."""
    row = con.execute(sql("last_updated")).fetchone()
    return {"ingested_at": scalar(row[0]), "published": scalar(row[1]),
            "articles": int(row[2] or 0)}


# --------------------------------------------------------------------------- rendering


def render(df: pd.DataFrame, fmt: str = "table", title: str = "", width: int = 80,
           explain: bool = False) -> str:
    """The report as text: table (fits `width`), json (one array), jsonl, csv or
    markdown. See tracker.report_text."""
    from tracker import report_text

    return report_text.render(df, fmt, title, width=width, explain=explain)


def fmt_value(value: Any, unit: str | None) -> str:
    """25 -> '25%', 55.7e9 USD -> '$55.7 bn', a date -> '2025-08-01'."""
    from tracker.report_text import fmt_value as fmt

    return fmt(value, unit)
