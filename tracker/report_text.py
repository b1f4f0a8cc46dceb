"""The reports (rates, conflicts, timeline) as text people read at a terminal.

Machine formats (json, jsonl, csv, markdown) print every column through
``tracker.render``; the table format lays each report out for reading at a given width
(80 columns by default): rates with the leading source and a count, conflicts as one
block per disagreement with both sides' sources, quotes and links, the timeline with
the fact as a heading line so that source names keep their room.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from tracker.render import Col, clip, jsonable, records, render_rows, scalar, table, wrap

if TYPE_CHECKING:  # only render() takes a DataFrame: render_records needs no pandas
    import pandas as pd

MEASURE_ABBR = {"reciprocal": "recip", "section_232": "s232", "section_301": "s301",
                 "retaliatory": "retal", "fentanyl": "fent", "baseline": "base"}
_STATUS = {"in_effect": "in effect"}
PRODUCT_ABBR = {"pharmaceuticals": "pharma", "semiconductors": "chips",
                 "shipbuilding": "ships", "agriculture": "agri"}
_ROLE = {"official_mismatch": "mismatch"}


def fmt_value(value: Any, unit: str | None) -> str:
    """25 -> '25%', 55.7e9 USD -> '$55.7 bn', a date -> '2025-08-01'."""
    value = scalar(value)
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


def fact_label(r: dict[str, Any], with_metric: bool = False) -> str:
    """'US→KR all recip' (with the metric first when reports mix metrics)."""
    get = r.get
    product = get("product") or ""
    measure = get("measure") or ""
    parts = (get("metric") or "" if with_metric else "",
             f"{get('imposer') or '?'}→{get('target') or '?'}",
             PRODUCT_ABBR.get(product, product), MEASURE_ABBR.get(measure, measure))
    return " ".join(p for p in parts if p)


def _text(v: Any) -> str:
    """A date cell as a table shows it: ISO text (from a date or a JSON-ready row)."""
    return jsonable(v) or ""


def _status(s: str | None) -> str:
    return _STATUS.get(s or "", s or "")


def _lead(r: dict[str, Any]) -> str:
    """The source that gave the current value, '+N' for the others stating it."""
    name = r.get("source") or r.get("article") or ""
    n = int(r.get("sources") or 0)
    return f"{name} +{n - 1}" if n > 1 else name


#: the columns of the rates table
RATES_COLS = (Col("Fact", min_width=10), Col("Value", "right", 4), Col("Status", min_width=9),
              Col("Since", min_width=10), Col("Source", min_width=14))
#: the conflict mark's note under the rates table
CONFLICT_NOTE = "! = sources disagree (see tracker conflicts)"


def rates_table(recs: list[dict[str, Any]], title: str, width: int,
                explain: bool = False) -> str:
    """Fact, value (! marks an open conflict), status, since, and who says so: the source
    that gave the value, '+N' for the other articles stating it."""
    many = len({r["metric"] for r in recs}) > 1
    cols = RATES_COLS
    shown: dict[tuple[Any, Any], str] = {}  # each distinct value is formatted once

    def value(v: Any, unit: Any) -> str:
        if not v:  # (0.0 and -0.0 are equal keys but print apart)
            return fmt_value(v, unit)
        try:
            return shown[v, unit]
        except KeyError:
            text = shown[v, unit] = fmt_value(v, unit)
            return text
        except TypeError:  # (unhashable: a value of an unexpected kind)
            return fmt_value(v, unit)

    dates: dict[Any, str] = {}

    def day(d: Any) -> str:
        try:
            return dates[d]
        except KeyError:
            text = dates[d] = _text(d)
            return text

    rows = [[fact_label(r), value(r["value"], r["unit"]) + (" !" if r["conflict"] else ""),
             _status(r["status"]), day(r["since"]), _lead(r)] for r in recs]
    notes = []
    if any(r["conflict"] for r in recs):
        notes.append(CONFLICT_NOTE)
    if explain:
        notes += [f"{fact_label(r, with_metric=many)}: {r.get('why') or ''}" for r in recs]
    groups = [r["metric"] for r in recs] if many else None
    return table(rows, cols, width, title, groups=groups, notes=notes)


def rates_cells_table(found: list[tuple[Any, ...]], title: str, width: int) -> str:
    """rates_table (one metric, no --explain) of rows whose cells DuckDB made
    (report_sql/rates_table.sql: label, value, date_value, unit, conflict, status, since,
    lead): the same text, with only the value formatted here, once per distinct value."""
    if not found:
        return f"{title}: none"
    shown: dict[tuple[Any, Any, Any], str] = {}
    rows: list[tuple[str, str, str, str, str]] = []
    add = rows.append
    marked = False
    for label, num, date, unit, conflict, status, since, lead in found:
        key = (num, date, unit)
        try:
            text = shown[key]
        except KeyError:
            text = fmt_value(date if date is not None else scalar(num), unit)
            if num or date is not None:  # (0.0 and -0.0 are equal keys but print apart)
                shown[key] = text
        except TypeError:  # (unhashable: a value of an unexpected kind)
            text = fmt_value(date if date is not None else scalar(num), unit)
        if conflict:
            text += " !"
            marked = True
        add((label, text, status, since, lead))
    return table(rows, RATES_COLS, width, title, notes=[CONFLICT_NOTE] if marked else [])


def _side_lines(side: dict[str, Any], unit: str | None, width: int) -> list[str]:
    """One side of a conflict: value, sources and date; its quote; its links (whole:
    a link cut to fit is no link)."""
    value = side.get("value")
    value = value if isinstance(value, str) else fmt_value(value, unit)
    head = f"  {value}: {', '.join(str(s) for s in side.get('sources') or []) or '?'}"
    if side.get("date"):
        head += f", {side['date']}"
    lines = wrap(head, width, indent="      ")
    if side.get("quote"):
        lines += ["      " + x for x in wrap(f'"{side["quote"]}"', width - 6)]
    lines += ["      " + u for u in side.get("urls") or [] if u]
    return lines


def conflicts_text(recs: list[dict[str, Any]], title: str, width: int) -> str:
    """A summary table, then one block per conflict: each side's value, sources, date,
    quote and links, and the reason."""
    cols = [Col("#", "right", 1), Col("Fact", min_width=10), Col("Kind", min_width=8),
            Col("Values", min_width=10)]
    rows = []
    for i, r in enumerate(recs, 1):
        rows.append([str(i), fact_label(r, with_metric=r["metric"] != "tariff_rate"),
                     "official" if r["kind"] == "official_mismatch" else r["kind"],
                     " vs ".join(fmt_value(v, r["unit"]) for v in r["values"])])
    lines = [table(rows, cols, width, title), ""]
    for i, r in enumerate(recs, 1):
        lines.append(clip(f"{i}. {fact_label(r, with_metric=True)} ({r['kind']})", width))
        for side in r.get("sides") or []:
            lines += _side_lines(side, r["unit"], width)
        lines += wrap(f"  Why: {r['reason']}.", width, indent="       ")
    return "\n".join(lines).rstrip()


def timeline_table(recs: list[dict[str, Any]], title: str, width: int) -> str:
    cols = [Col("Date", min_width=10), Col("Value", "right", 5), Col("Status", min_width=6),
            Col("Source", min_width=16), Col("Role", min_width=6)]
    rows, groups = [], []
    for r in recs:
        groups.append(fact_label(r, with_metric=True))
        rows.append([_text(r["date"]), fmt_value(r["value"], r["unit"]), _status(r["status"]),
                     r["source"] or r["article"] or "", _ROLE.get(r["role"] or "", r["role"]
                                                            or "")])
    return table(rows, cols, width, title, groups=groups)


def _kind(cols: set[str]) -> str:
    if {"last_confirmed", "conflict", "since"} <= cols:
        return "rates"
    if {"kind", "reason", "values"} <= cols:
        return "conflicts"
    if {"role", "date", "value"} <= cols:
        return "timeline"
    return "rows"


def render(df: pd.DataFrame, fmt: str = "table", title: str = "", width: int = 80,
           explain: bool = False) -> str:
    """A report as text: table (fits `width`), json (one array), jsonl, csv or markdown."""
    return render_records(records(df), list(df.columns), fmt, title, width, explain)


def render_records(recs: list[dict[str, Any]], columns: list[str], fmt: str = "table",
                   title: str = "", width: int = 80, explain: bool = False) -> str:
    """Report rows as text, as render() prints them. The machine formats take JSON-ready
    rows (render.records, or jsonable cells); a table may also take the plain values the
    report functions give (dates, floats), as it turns each cell into text itself."""
    fmt = (fmt or "table").lower()
    if fmt != "table":
        return render_rows(recs, columns, fmt, title, width)
    if not recs:
        return f"{title}: none"
    kind = _kind(set(columns))
    if kind == "rates":
        return rates_table(recs, title, width, explain)
    if kind == "conflicts":
        return conflicts_text(recs, title, width)
    if kind == "timeline":
        return timeline_table(recs, title, width)
    return render_rows(recs, columns, "table", title, width)


__all__ = ["fmt_value", "fact_label", "rates_cells_table", "render", "render_records",
           "jsonable"]
