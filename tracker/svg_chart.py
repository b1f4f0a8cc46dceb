"""A fact's timeline as an inline SVG chart, drawn in Python (no scripts, no network).

Points are the values each report gave, placed at the date they speak about and
coloured by the status the report stated; a faint step line joins them in date order;
a dashed line marks the current value. Every piece of text is escaped.
"""

from __future__ import annotations

import datetime as dt
import html
import math
from collections.abc import Sequence
from dataclasses import dataclass

STATUS_COLORS = {
    "in_effect": "#1b7f3b", "scheduled": "#1f5fbf", "agreed": "#7b3fbf",
    "proposed": "#c77800", "paused": "#7a7a7a", "previous": "#b0b0b0", None: "#333333",
}


@dataclass(frozen=True)
class Point:
    """One report of a value: when it speaks about, the value, its status and source."""

    date: dt.date
    value: float
    status: str | None
    label: str  # shown as the point's tooltip (source, date, quote)
    conflict: bool = False


def color(status: str | None) -> str:
    return STATUS_COLORS.get(status, STATUS_COLORS[None])


def nice_ticks(low: float, high: float, n: int = 5) -> list[float]:
    """Round tick values covering [low, high] (1, 2, 2.5 or 5 times a power of ten)."""
    span = max(high - low, 1e-9)
    raw = span / max(n - 1, 1)
    mag = 10 ** math.floor(math.log10(raw))
    step = next(m * mag for m in (1, 2, 2.5, 5, 10) if m * mag >= raw)
    first = math.floor(low / step + 1e-9)
    last = math.ceil(high / step - 1e-9)
    return [round(i * step, 10) for i in range(first, last + 1)]


def month_ticks(first: dt.date, last: dt.date) -> list[dt.date]:
    """The first day of each month between two dates (every other one when many)."""
    out = []
    d = dt.date(first.year, first.month, 1)
    if d < first:
        d = dt.date(d.year + (d.month == 12), d.month % 12 + 1, 1)
    while d <= last:
        out.append(d)
        d = dt.date(d.year + (d.month == 12), d.month % 12 + 1, 1)
    step = max(1, math.ceil(len(out) / 7))
    return out[::step]


def date_ticks(first: dt.date, last: dt.date,
               points: Sequence[dt.date]) -> list[tuple[dt.date, str]]:
    """Labelled ticks of the time axis: month starts ("Apr 2025"), or, where the points span
    less than two of them, the first and last point's own dates ("9 Apr 2025"), so that no
    chart is left without dates."""
    months = month_ticks(first, last)
    if len(months) >= 2:
        return [(m, m.strftime("%b %Y")) for m in months]
    days = sorted({min(points), max(points)})
    return [(d, f"{d.day} {d.strftime('%b %Y')}") for d in days]


def chart(points: Sequence[Point], title: str, unit_suffix: str = "%",
          current: float | None = None, width: int = 520, height: int = 240) -> str:
    """An <svg> element: the points over time, coloured by status, with axes."""
    esc = html.escape
    left, right, top, bottom = 48, 30, 28, 36
    pw, ph = width - left - right, height - top - bottom
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" width="{width}" '
             f'height="{height}" viewBox="0 0 {width} {height}" role="img" '
             f'aria-label="{esc(title, quote=True)}">',
             f"<title>{esc(title)}</title>",
             f'<text x="{left}" y="16" class="ct">{esc(title)}</text>']
    if not points:
        parts.append(f'<text x="{width / 2}" y="{height / 2}" text-anchor="middle">'
                     "no values</text></svg>")
        return "".join(parts)
    pts = sorted(points, key=lambda p: (p.date, p.value))
    d0, d1 = pts[0].date, pts[-1].date
    pad = dt.timedelta(days=max(3, round((d1 - d0).days * 0.04)))  # points off the axes
    d0, d1 = d0 - pad, d1 + pad
    values = [p.value for p in pts] + ([current] if current is not None else [])
    ticks = nice_ticks(0.0, max(values) * 1.1 or 1.0)
    vmax = ticks[-1] or 1.0

    def x(d: dt.date) -> float:
        return left + pw * (d - d0).days / max((d1 - d0).days, 1)

    def y(v: float) -> float:
        return top + ph * (1 - v / vmax)

    for t in ticks:  # horizontal grid and value labels
        parts.append(f'<line x1="{left}" x2="{left + pw}" y1="{y(t):.1f}" y2="{y(t):.1f}" '
                     'class="grid"/>')
        parts.append(f'<text x="{left - 6}" y="{y(t) + 4:.1f}" text-anchor="end" class="ax">'
                     f"{esc(_num(t) + unit_suffix)}</text>")
    for m, label in date_ticks(d0, d1, [p.date for p in pts]):
        parts.append(f'<line x1="{x(m):.1f}" x2="{x(m):.1f}" y1="{top + ph}" '
                     f'y2="{top + ph + 4}" class="axis"/>')
        parts.append(f'<text x="{x(m):.1f}" y="{top + ph + 18}" text-anchor="middle" '
                     f'class="ax">{esc(label)}</text>')
    parts.append(f'<line x1="{left}" x2="{left + pw}" y1="{top + ph}" y2="{top + ph}" '
                 'class="axis"/>')
    parts.append(f'<line x1="{left}" x2="{left}" y1="{top}" y2="{top + ph}" class="axis"/>')
    if current is not None:
        parts.append(f'<line x1="{left}" x2="{left + pw}" y1="{y(current):.1f}" '
                     f'y2="{y(current):.1f}" class="cur"/>')
        parts.append(f'<text x="{left + 4}" y="{y(current) - 4:.1f}" '
                     'class="curl" paint-order="stroke" stroke="#fff" stroke-width="3">'
                     f"current {esc(_num(current) + unit_suffix)}</text>")
    path = [f"M{x(pts[0].date):.1f},{y(pts[0].value):.1f}"]
    for b in pts[1:]:
        path.append(f"H{x(b.date):.1f}V{y(b.value):.1f}")
    parts.append(f'<path d="{"".join(path)}" class="step"/>')
    for p in pts:
        ring = ' stroke="#d62728" stroke-width="2.5"' if p.conflict else \
            ' stroke="#fff" stroke-width="1"'
        parts.append(f'<circle cx="{x(p.date):.1f}" cy="{y(p.value):.1f}" r="5" '
                     f'fill="{color(p.status)}"{ring}><title>{esc(p.label)}</title></circle>')
    parts.append("</svg>")
    return "".join(parts)


def legend(statuses: Sequence[str | None]) -> str:
    """HTML legend of the status colours (and the ring that marks a disputed value)."""
    items = []
    for s in statuses:
        name = (s or "unstated").replace("_", " ")
        items.append(f'<span class="lg"><span class="dot" style="background:{color(s)}">'
                     f"</span>{html.escape(name)}</span>")
    items.append('<span class="lg"><span class="dot ring"></span>disputed</span>')
    return '<p class="legend">' + " ".join(items) + "</p>"


def _num(v: float) -> str:
    return f"{v:.2f}".rstrip("0").rstrip(".")
