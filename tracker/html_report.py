"""One self-contained HTML page about what the database knows.

The page opens offline and runs no scripts: CSS is inline, charts are inline SVG drawn
in Python (tracker.svg_chart). It shows the current tariff rates per partner with their
sources as links, a chart of each major fact's timeline, the conflicts with both quotes
and links, and when the data was last updated. All text goes through html.escape; links
are only made of http(s) URLs.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Iterable
from typing import Any

import duckdb
import pandas as pd

from tracker import report
from tracker.render import jsonable, records
from tracker.report_text import fact_label, fmt_value
from tracker.svg_chart import STATUS_COLORS, Point, chart, legend

#: charts drawn at most (the facts with the most reports first)
MAX_CHARTS = 12
#: a fact gets a chart when this many reports state its values
MIN_POINTS = 2

CSS = """
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1d1d1f;
 margin:0;background:#f6f7f9}
main{max-width:1120px;margin:0 auto;padding:24px}
h1{font-size:26px;margin:0 0 4px} h2{font-size:20px;margin:32px 0 8px;
 border-bottom:2px solid #d9dde3;padding-bottom:4px} h3{font-size:16px;margin:18px 0 6px}
.meta{color:#555;margin:0} nav a{margin-right:14px}
table{border-collapse:collapse;width:100%;background:#fff;margin-bottom:8px}
th,td{border:1px solid #e1e4e8;padding:5px 8px;text-align:left;vertical-align:top}
th{background:#eef1f5;font-weight:600} td.num{text-align:right;white-space:nowrap}
td.why{color:#444;font-size:13px} td.date,.nw{white-space:nowrap}
.muted{color:#666;font-size:12px} .q{font-style:italic;color:#444;font-size:13px}
table.rates{table-layout:fixed}
.badge{display:inline-block;padding:1px 7px;border-radius:9px;color:#fff;font-size:12px;
 white-space:nowrap}
.flag{color:#d62728;font-weight:700}
.charts{display:flex;flex-wrap:wrap;gap:16px}
figure{background:#fff;border:1px solid #e1e4e8;margin:0;padding:8px}
figcaption{font-size:12px;color:#555;max-width:520px}
svg.chart{display:block} svg .grid{stroke:#e8e8e8} svg .axis{stroke:#888}
svg .ax{font-size:11px;fill:#555} svg .ct{font-size:13px;font-weight:600;fill:#222}
svg .step{fill:none;stroke:#9aa3ad;stroke-width:1.5} svg .cur{stroke:#1d1d1f;
 stroke-dasharray:5 4} svg .curl{font-size:11px;fill:#1d1d1f}
.legend .lg{margin-right:12px;font-size:13px;white-space:nowrap}
.dot{display:inline-block;width:10px;height:10px;border-radius:50%;margin-right:4px;
 vertical-align:middle} .dot.ring{border:2.5px solid #d62728;width:6px;height:6px}
.conflict{background:#fff;border:1px solid #e1e4e8;border-left:4px solid #d62728;
 padding:8px 12px;margin:10px 0}
.sides{display:flex;flex-wrap:wrap;gap:12px} .side{flex:1 1 300px}
.side .val{font-size:18px;font-weight:700}
blockquote{margin:4px 0;padding:2px 10px;border-left:3px solid #ccc;color:#333}
.reason{color:#444;font-size:13px}
"""


def esc(v: Any) -> str:
    """Any cell as escaped HTML text."""
    v = jsonable(v)
    if v is None:
        return ""
    if isinstance(v, list):
        return esc("; ".join(str(x) for x in v if x is not None))
    return html.escape(str(v), quote=True)


def link(text: Any, url: Any) -> str:
    """`text` as a link to `url` when that is an http(s) URL, else plain text."""
    u = str(url or "")
    if u.lower().startswith(("http://", "https://")):
        return f'<a href="{html.escape(u, quote=True)}">{esc(text)}</a>'
    return esc(text)


def badge(status: Any) -> str:
    s = jsonable(status)
    if not s:
        return ""
    col = STATUS_COLORS.get(s, STATUS_COLORS[None])
    return f'<span class="badge" style="background:{col}">{esc(str(s).replace("_", " "))}</span>'


def _partner(code: Any) -> str:
    code = jsonable(code)
    if code in (None, ""):
        return "?"
    if code == "*":
        return "all partners"
    if code == "EU":
        return "European Union"
    try:
        import pycountry

        c = pycountry.countries.get(alpha_2=str(code))
        return f"{getattr(c, 'common_name', None) or c.name}" if c else str(code)
    except (ImportError, LookupError, KeyError):  # pragma: no cover - pycountry is a dep
        return str(code)


# --------------------------------------------------------------------------- sections


def _sources(evidence: Iterable[dict[str, Any]]) -> str:
    """Each source as a link (with its date); the first one, which gave the value, with
    its quote."""
    out = []
    for i, e in enumerate(evidence):
        name = e.get("source") or e.get("article")
        quote = f"<div class='q'>“{esc(e.get('quote'))}”</div>" if i == 0 and e.get("quote") \
            else ""
        date = f" <span class='muted nw'>{esc(e.get('published'))}</span>" \
            if e.get("published") else ""
        out.append(link(name, e.get("url")) + date + quote)
    return "<br>".join(out)


def rates_section(rates: pd.DataFrame) -> str:
    """Current rates grouped by imposer → partner, each with its sources as links."""
    recs = records(rates)
    if not recs:
        return "<h2 id='rates'>Current tariff rates</h2><p>No tariff rates yet.</p>"
    groups: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for r in recs:
        groups.setdefault((r["imposer"] or "?", r["target"] or "?"), []).append(r)
    parts = ["<h2 id='rates'>Current tariff rates by partner</h2>",
             "<p class='meta'>The value each fact has now, since when, who says so (the "
             "first source gave the value), and why it was chosen. "
             "<span class='flag'>!</span> marks an open conflict.</p>"]
    for (imp, tgt), rows in sorted(groups.items(), key=lambda kv: (kv[0][0] != "US", kv[0])):
        parts.append(f"<h3>{esc(imp)} → {esc(tgt)} <small>({esc(_partner(tgt))})</small></h3>")
        parts.append("<table class='rates'><colgroup><col style='width:13%'>"
                     "<col style='width:11%'><col style='width:7%'><col style='width:9%'>"
                     "<col style='width:10%'><col style='width:22%'><col></colgroup>"
                     "<thead><tr><th>Product</th><th>Measure</th><th>Rate</th>"
                     "<th>Status</th><th>Since</th><th>Sources</th><th>Why</th></tr>"
                     "</thead><tbody>")
        for r in rows:
            flag = " <span class='flag' title='sources disagree'>!</span>" \
                if r["conflict"] else ""
            parts.append(
                f"<tr><td>{esc(r['product'])}</td><td>{esc(r['measure'])}</td>"
                f"<td class='num'>{esc(fmt_value(r['value'], r['unit']))}{flag}</td>"
                f"<td>{badge(r['status'])}</td><td class='date'>{esc(r['since'])}</td>"
                f"<td>{_sources(r['evidence'] or [])}</td>"
                f"<td class='why'>{esc(r['why'])}</td></tr>")
        parts.append("</tbody></table>")
    return "\n".join(parts)


def major_facts(timeline: pd.DataFrame, rates: pd.DataFrame,
                limit: int = MAX_CHARTS) -> list[tuple[dict[str, Any], list[dict[str, Any]]]]:
    """The facts worth a chart: tariff rates with at least MIN_POINTS reports (values
    given as previous left out), the most reported first."""
    tl = [r for r in records(timeline) if r["role"] != "previous" and r["value"] is not None
          and r["unit"] == "percent" and r["date"]]
    by_fact: dict[tuple, list[dict[str, Any]]] = {}
    for r in tl:
        by_fact.setdefault(tuple(r[k] for k in report.KEY), []).append(r)
    current = {tuple(r[k] for k in report.KEY): r for r in records(rates)}
    major = [(k, v) for k, v in by_fact.items() if len(v) >= MIN_POINTS]
    major.sort(key=lambda kv: (-len({r["article"] for r in kv[1]}), -len(kv[1]),
                               [str(x) for x in kv[0]]))
    return [(current.get(k) or dict(zip(report.KEY, k, strict=True)), v)
            for k, v in major[:limit]]


def charts_section(timeline: pd.DataFrame, rates: pd.DataFrame) -> str:
    facts = major_facts(timeline, rates)
    parts = ["<h2 id='charts'>How the main rates moved</h2>"]
    if not facts:
        return parts[0] + "<p>No fact has been reported often enough to chart yet.</p>"
    statuses: list[str | None] = []
    figs = []
    for fact, rows in facts:
        points = []
        for r in rows:
            statuses.append(r["status"])
            quote = f' "{r["quote"]}"' if r["quote"] else ""
            points.append(Point(
                date=dt.date.fromisoformat(r["date"]), value=float(r["value"]),
                status=r["status"], conflict=r["role"] == "conflict",
                label=f"{fmt_value(r['value'], r['unit'])} ({(r['status'] or 'unstated')}) - "
                      f"{r['source'] or r['article']}, {r['published'] or r['date']}{quote}"))
        cur = fact.get("value") if isinstance(fact.get("value"), int | float) else None
        title = f"{fact_label(fact)}: tariff rate"
        caption = (f"Now {fmt_value(fact['value'], fact.get('unit'))}"
                   f" ({(fact.get('status') or 'unstated').replace('_', ' ')})"
                   f" since {fact.get('since')}" if fact.get("value") is not None else "")
        figs.append(f"<figure>{chart(points, title, current=cur)}"
                    f"<figcaption>{esc(caption)} · {len(points)} reports</figcaption></figure>")
    order = [s for s in STATUS_COLORS if s in set(statuses)]
    parts.append(legend(order))
    parts.append("<div class='charts'>" + "".join(figs) + "</div>")
    return "\n".join(parts)


def conflicts_section(conflicts: pd.DataFrame) -> str:
    recs = records(conflicts)
    parts = ["<h2 id='conflicts'>Where sources disagree</h2>"]
    if not recs:
        return parts[0] + "<p>No conflicts.</p>"
    for r in recs:
        kind = "contradicts the official table" if r["kind"] == "official_mismatch" \
            else "sources disagree"
        parts.append(f"<div class='conflict'><h3>{esc(fact_label(r, with_metric=True))} "
                     f"<small>({esc(kind)})</small></h3><div class='sides'>")
        for side in r.get("sides") or []:
            value = side.get("value")
            value = value if isinstance(value, str) else fmt_value(value, r["unit"])
            names = side.get("sources") or []
            urls = side.get("urls") or []
            who = ", ".join(link(n, urls[i] if i < len(urls) else None)
                            for i, n in enumerate(names)) or "?"
            quote = f"<blockquote>{esc(side.get('quote'))}</blockquote>" \
                if side.get("quote") else ""
            parts.append(f"<div class='side'><div class='val'>{esc(value)}</div>"
                         f"<div>{who} · {esc(side.get('date'))}</div>{quote}</div>")
        parts.append(f"</div><p class='reason'>{esc(r['reason'])}.</p></div>")
    return "\n".join(parts)


# --------------------------------------------------------------------------- page


def build(con: duckdb.DuckDBPyConnection, title: str = "Tariff tracker report",
          now: dt.datetime | None = None) -> str:
    """The whole page as one string."""
    rates = report.rates(con)
    timeline = report.timeline(con, metric="tariff_rate")
    conflicts = report.conflicts(con)
    upd = report.last_updated(con)
    now = now or dt.datetime.now(dt.UTC).replace(microsecond=0, tzinfo=None)
    ingested = upd["ingested_at"]
    if isinstance(ingested, dt.datetime):
        ingested = ingested.strftime("%Y-%m-%d %H:%M")
    updated = (f"Data last updated {esc(ingested)} UTC; latest article published "
               f"{esc(upd['published'])}; {upd['articles']} articles. "
               f"Page generated {esc(now.strftime('%Y-%m-%d %H:%M'))} UTC.")
    body = "\n".join([
        f"<header><h1>{esc(title)}</h1><p class='meta' id='updated'>{updated}</p>",
        "<nav><a href='#charts'>Charts</a><a href='#rates'>Current rates</a>"
        "<a href='#conflicts'>Conflicts</a></nav></header>",
        charts_section(timeline, rates), rates_section(rates), conflicts_section(conflicts),
    ])
    return ("<!DOCTYPE html>\n<html lang='en'><head><meta charset='utf-8'>"
            "<meta name='viewport' content='width=device-width, initial-scale=1'>"
            f"<title>{esc(title)}</title><style>{CSS}</style></head>"
            f"<body><main>\n{body}\n</main></body></html>\n")
