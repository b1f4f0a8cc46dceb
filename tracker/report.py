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
from typing import TYPE_CHECKING, Any

from tracker import reconcile
from tracker.reconcile.driver import as_of_scope, bind, current_query
from tracker.render import FORMATS, jsonable, records, scalar  # noqa: F401 - re-exported

if TYPE_CHECKING:  # the DataFrame API imports pandas where it builds one: the command
    import duckdb  # line reads rows (tracker rates answers without loading pandas)
    import pandas as pd

KEY = ["metric", "imposer", "target", "product", "measure"]
RATES_COLUMNS = KEY + ["value", "unit", "status", "since", "sources", "last_confirmed",
                       "conflict", "article", "source", "url", "quote", "evidence", "why"]
CONFLICTS_COLUMNS = KEY + ["unit", "kind", "values", "articles", "sources", "urls", "dates",
                           "quotes", "gap", "reason", "sides"]
TIMELINE_COLUMNS = KEY + ["date", "value", "unit", "status", "article", "source", "url",
                          "published", "quote", "role"]
EVIDENCE_FIELDS = ["article", "source", "url", "published", "date", "status", "quote"]
#: the order of the rates: by fact key, a missing part last ('~' sorts after every name),
#: ties in the current values' own order
RATES_ORDER = ", ".join([*(f"coalesce(cur.{k}, '~')" for k in KEY),
                         *(f"cur.{k} NULLS LAST" for k in KEY), "cur.fact_id"])


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
    if target or product or measure:  # (the lexicon loads pycountry: only when needed)
        from tracker import lexicon
    if target:
        out["target"] = lexicon.country_code(target) or target
    if product:
        out["product"] = lexicon.product(product) or product
    if measure:
        out["measure"] = lexicon.measure(measure) or measure
    if metric:
        out["metric"] = metric.strip().lower()
    return out


def _filter_params(filters: dict[str, str]) -> dict[str, str | None]:
    """$f_<column> for every column a report can be filtered on: the value a row's column
    must equal (as text, a missing value as ''), or NULL for no filter."""
    return {f"f_{c}": filters.get(c) for c in KEY}


def _execute(con: duckdb.DuckDBPyConnection, text: str,
             values: dict[str, Any]) -> duckdb.DuckDBPyConnection:
    """Run `text` with the parameters it uses bound from `values`."""
    return con.execute(text, bind(text, values))


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
    import pandas as pd

    return pd.DataFrame({c: pd.Series(dtype="object") for c in columns})


def frame(rows: list[dict[str, Any]], columns: list[str]) -> pd.DataFrame:
    """Report rows as the library's DataFrame (empty: typed object columns)."""
    import pandas as pd

    return pd.DataFrame(rows, columns=columns) if rows else _empty(columns)


def _fetch(con: duckdb.DuckDBPyConnection, text: str,
           values: dict[str, Any]) -> Iterator[Any]:
    """The rows of a query (its parameters bound from `values`) as named tuples of
    DuckDB's own Python values: no pandas."""
    cursor = _execute(con, text, values)
    row = namedtuple("Row", [c[0] for c in cursor.description], rename=True)
    return map(row._make, cursor.fetchall())


# --------------------------------------------------------------------------- rates


def rates(con: duckdb.DuckDBPyConnection, target: str | None = None,
          product: str | None = None, measure: str | None = None,
          metric: str | None = "tariff_rate",
          as_of: dt.date | str | None = None, detail: bool = True) -> pd.DataFrame:
    """One row per fact: status-aware current value as of `as_of` (default: latest), who
    states it (evidence, with URLs and quotes) and why it is the current value.

    `detail=False` leaves out what only the machine formats and --explain show (url,
    evidence and why stay empty): the table of a large database then costs no evidence
    queries (tracker rates without --explain). Rows: rates_rows.
    """
    return frame(rates_rows(con, target, product, measure, metric, as_of, detail),
                 RATES_COLUMNS)


def rates_rows(con: duckdb.DuckDBPyConnection, target: str | None = None,
               product: str | None = None, measure: str | None = None,
               metric: str | None = "tariff_rate", as_of: dt.date | str | None = None,
               detail: bool = True) -> list[dict[str, Any]]:
    """The rows of `rates` as plain dicts (RATES_COLUMNS), read without pandas.

    The current values are filtered and ordered in SQL, as a subquery of
    reconcile's current-values query (the stored table without a date); with `detail`
    they are kept in a temporary table, `_rp_facts`, which the evidence, rivals and
    replaced queries join.
    """
    d = _date(as_of)
    if not reconcile.has_tables(con):
        return []
    current, params = current_query(d, con)
    query = sql("rates").replace("/*CURRENT_VALUES*/", current)
    filters = _filters(target, product, measure, metric)
    params.update(_filter_params(filters))
    # with a date: the stored intervals are read, else the query runs over the facts of the
    # metric asked for only
    scope = as_of_scope(con, d, filters.get("metric"))
    if not detail:
        with scope:
            cursor = _execute(con, f"{query}\nORDER BY {RATES_ORDER}", params)
            if tuple(c[0] for c in cursor.description) != _RATES_SQL_COLUMNS:
                raise RuntimeError("report_sql/rates.sql: columns not as _plain_rates reads them")
            found = cursor.fetchall()
        return _plain_rates(found)
    with scope:
        _execute(con, f"CREATE OR REPLACE TEMP TABLE _rp_facts AS {query}", params)
    try:
        cur = list(_fetch(con, f"SELECT * FROM _rp_facts AS cur ORDER BY {RATES_ORDER}", {}))
        if not cur:
            return []
        evidence = _evidence(_rows(con, "evidence", {"d": d}))
        rivals = _by_fact(_rows(con, "rivals", {"d": d}))
        replaced = _by_fact(_rows(con, "replaced", {"d": d}))
    finally:
        con.execute("DROP TABLE IF EXISTS temp._rp_facts")
    urls = {e["article"]: e["url"] for rows in evidence.values() for e, _ in rows}
    return [_rate(r, True, evidence, rivals, replaced, urls) for r in cur]


def rates_table_text(con: duckdb.DuckDBPyConnection, title: str, width: int = 80,
                     target: str | None = None, product: str | None = None,
                     measure: str | None = None, metric: str | None = "tariff_rate",
                     as_of: dt.date | str | None = None) -> str:
    """The rates table (`tracker rates` without --explain), exactly as
    render_report(rates_rows(..., detail=False), RATES_COLUMNS, "table", ...) prints it.

    DuckDB makes the cells (report_sql/rates_table.sql): a million claims' ~36,000 rates
    then cost one short tuple each in Python, not 20 typed values, a dict and a label.
    Without a metric (rows of several metrics, grouped by metric) it prints through
    rates_rows.
    """
    from tracker import report_text

    if metric is None:
        rows = rates_rows(con, target, product, measure, metric, as_of, detail=False)
        return render_report(rows, RATES_COLUMNS, "table", title, width=width)
    d = _date(as_of)
    if not reconcile.has_tables(con):
        return f"{title}: none"
    current, params = current_query(d, con)
    query = sql("rates_table").replace(
        "/*RATES*/", sql("rates").replace("/*CURRENT_VALUES*/", current))
    filters = _filters(target, product, measure, metric)
    params.update(_filter_params(filters))
    params.update(_abbreviations())
    with as_of_scope(con, d, filters["metric"]):
        found = _execute(con, f"{query}\nORDER BY {RATES_ORDER}", params).fetchall()
    return report_text.rates_cells_table(found, title, width)


def _abbreviations() -> dict[str, list[str]]:
    """report_text's abbreviations of products and measures, as rates_table.sql binds them."""
    from tracker import report_text

    prod, meas = report_text.PRODUCT_ABBR, report_text.MEASURE_ABBR
    return {"product_raw": list(prod), "product_abbr": list(prod.values()),
            "measure_raw": list(meas), "measure_abbr": list(meas.values())}


def _rate(r: Any, detail: bool, evidence: dict[str, list[tuple[dict[str, Any], bool]]],
          rivals: dict[str, list[dict[str, Any]]], replaced: dict[str, list[dict[str, Any]]],
          urls: dict[str, Any]) -> dict[str, Any]:
    """One rates row from a current value; `why` only with `detail`."""
    stated = evidence.get(r.fact_id, [])
    row = {  # (DuckDB's values are plain already: text, dates, bools, ints, None)
        "metric": r.metric, "imposer": r.imposer, "target": r.target,
        "product": r.product, "measure": r.measure,
        "value": _value(r.value, r.date_value), "unit": r.unit,
        "status": r.status, "since": r.since,
        "sources": int(r.sources), "last_confirmed": r.last_confirmed,
        "conflict": bool(r.conflict), "article": r.article,
        "source": r.source, "url": urls.get(r.article),
        "quote": r.quote, "evidence": [e for e, _ in stated], "why": None,
    }
    if detail:
        deciding = next((e for e, yes in stated if yes), None)
        # the current-value stage's own rule, for explain() only: not a column
        row["why"] = explain({**row, "rule": getattr(r, "rule", None)},
                             _number(r.value, r.date_value), deciding,
                             rivals.get(r.fact_id, []),
                             (replaced.get(r.fact_id) or [None])[0],
                             bool(scalar(r.official_mismatch)))
    return row


#: the columns of report_sql/rates.sql, in order
_RATES_SQL_COLUMNS = ("fact_id", "metric", "imposer", "target", "product", "measure", "unit",
                      "value", "date_value", "status", "since", "sources", "last_confirmed",
                      "conflict", "official_mismatch", "article", "source", "quote", "rule", "v")


def _plain_rates(found: list[tuple[Any, ...]]) -> list[dict[str, Any]]:
    """_rate(r, False, ...) of every row of rates.sql, read by position: the same dicts
    without a named tuple per row (a table of a million claims' rates has ~36,000)."""
    value = _value
    return [{
        "metric": metric, "imposer": imposer, "target": target, "product": product,
        "measure": measure, "value": value(num, date), "unit": unit, "status": status,
        "since": since, "sources": int(sources), "last_confirmed": last_confirmed,
        "conflict": bool(conflict), "article": article, "source": source, "url": None,
        "quote": quote, "evidence": [], "why": None,
    } for (_, metric, imposer, target, product, measure, unit, num, date, status, since,
           sources, last_confirmed, conflict, _, article, source, quote, _, _) in found]


def _rows(con: duckdb.DuckDBPyConnection, name: str,
          params: dict[str, Any]) -> list[dict[str, Any]]:
    """report_sql/<name>.sql (joining the temporary table _rp_facts) as plain Python rows.

    Rows, not a DataFrame: the evidence of a million claims is half a million rows, and
    DuckDB's own Python values (str, date, bool, float, None, lists) need no conversion
    (scalar() is applied all the same, as to a DataFrame's cells).
    """
    cursor = con.execute(sql(name), params)
    cols = [c[0] for c in cursor.description]
    return [{c: scalar(x) for c, x in zip(cols, row, strict=True)}
            for row in cursor.fetchall()]


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
            # (h256) the chosen value's own report too: with one source, no other part
            # of the line names it
            rule = f"tie at {n} sources, broken by the official table ({said})"
        else:
            rule = f"tie at {n} sources, broken by the latest report ({said})"
        parts.append(f"{value}: {rule}; outranked {beaten}")
    else:
        parts.append(f"{value}: latest report ({said})")
    if row["sources"] and int(row["sources"]) > 1:
        names = [e.get("source") or e.get("article") for e in row.get("evidence") or []]
        who = _who(names)  # none when the value comes from another fact (the rule says whose)
        parts.append(f"{int(row['sources'])} articles state it" + (f" ({who})" if who else ""))
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
    dates reach into that range. Rows: conflicts_rows."""
    return frame(conflicts_rows(con, target, product, measure, kind, metric, date_from,
                                date_to), CONFLICTS_COLUMNS)


def conflicts_rows(con: duckdb.DuckDBPyConnection, target: str | None = None,
                   product: str | None = None, measure: str | None = None,
                   kind: str | None = None, metric: str | None = None,
                   date_from: dt.date | str | None = None,
                   date_to: dt.date | str | None = None) -> list[dict[str, Any]]:
    """The rows of `conflicts` as plain dicts (CONFLICTS_COLUMNS), read without pandas."""
    if not reconcile.has_tables(con):
        return []
    filters = _filters(target, product, measure, metric)
    params = {"from": _date(date_from), "to": _date(date_to), **_filter_params(filters),
              "f_kind": kind.strip().lower() if kind else None}
    found = list(_fetch(con, sql("conflicts"), params))
    ids = sorted({a for r in found
                  for a in [*(r.articles or []),
                            *(x for side in r.sides or [] for x in side["articles"] or [])]})
    urls = dict(_execute(con, sql("article_urls"), {"ids": ids}).fetchall()) if ids else {}
    rows = []
    for r in found:
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
    return rows


# --------------------------------------------------------------------------- timeline


def timeline(con: duckdb.DuckDBPyConnection, target: str | None = None,
             product: str | None = None, measure: str | None = None,
             metric: str | None = None, date_from: dt.date | str | None = None,
             date_to: dt.date | str | None = None) -> pd.DataFrame:
    """Every value each fact has had (duplicates left out), by the date it speaks about,
    optionally only dates in [date_from, date_to]. Rows: timeline_rows."""
    return frame(timeline_rows(con, target, product, measure, metric, date_from, date_to),
                 TIMELINE_COLUMNS)


def timeline_rows(con: duckdb.DuckDBPyConnection, target: str | None = None,
                  product: str | None = None, measure: str | None = None,
                  metric: str | None = None, date_from: dt.date | str | None = None,
                  date_to: dt.date | str | None = None) -> list[dict[str, Any]]:
    """The rows of `timeline` as plain dicts (TIMELINE_COLUMNS), read without pandas."""
    if not reconcile.has_tables(con):
        return []
    params = {"from": _date(date_from), "to": _date(date_to),
              **_filter_params(_filters(target, product, measure, metric))}
    return [{
        "metric": r.metric, "imposer": scalar(r.imposer), "target": scalar(r.target),
        "product": scalar(r.product), "measure": scalar(r.measure),
        "date": scalar(r.date), "value": _value(r.value, r.date_value), "unit": r.unit,
        "status": scalar(r.status), "article": r.article, "source": scalar(r.source),
        "url": scalar(r.url), "published": scalar(r.published),
        "quote": scalar(r.quote), "role": r.role,
    } for r in _fetch(con, sql("timeline"), params)]


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


def render_report(rows: list[dict[str, Any]], columns: list[str], fmt: str = "table",
                  title: str = "", width: int = 80, explain: bool = False) -> str:
    """Report rows (rates_rows, conflicts_rows, timeline_rows) as text, exactly as
    render() prints the same report's DataFrame, without pandas."""
    from tracker import report_text

    if (fmt or "table").lower() != "table":  # (a table turns each cell into text itself)
        rows = [{c: jsonable(r.get(c)) for c in columns} for r in rows]
    return report_text.render_records(rows, columns, fmt, title, width=width, explain=explain)


def fmt_value(value: Any, unit: str | None) -> str:
    """25 -> '25%', 55.7e9 USD -> '$55.7 bn', a date -> '2025-08-01'."""
    from tracker.report_text import fmt_value as fmt

    return fmt(value, unit)
