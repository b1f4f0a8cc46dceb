"""Rows as text: one set of formats (table, json, jsonl, csv, markdown) for every command.

Every command that prints rows (rates, conflicts, timeline, sql, extract) goes through
``render_rows`` so that ``--format`` means the same everywhere. Tables are plain text
that fit a given terminal width: columns that are too wide are cut with an ellipsis,
and rows with too many columns to fit at all switch to a vertical layout (one
``column = value`` line each, as ``duckdb -line`` and ``psql \\x`` do).
JSON never contains ``NaN`` or ``Infinity``: such values become null.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import math
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import starmap
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # imported where a value needs them: rows read from DuckDB do not
    import pandas as pd

FORMATS = ("table", "json", "jsonl", "csv", "markdown")
ELLIPSIS = "…"
GAP = 2  # spaces between table columns


# --------------------------------------------------------------------------- values


def scalar(v: Any) -> Any:
    """A cell as a plain Python value (dates as date, NaN/NaT/inf as None)."""
    t = type(v)  # the plain values first: reports hold millions of them
    if t is str or t is int or t is bool or t is dt.date or v is None:
        return v
    if t is float:
        return v if math.isfinite(v) else None
    if t is list or t is tuple:  # (what DuckDB gives for lists: no pandas needed)
        return [scalar(x) for x in v]
    if t is dict:
        return {k: scalar(x) for k, x in v.items()}
    if t is dt.datetime:
        return v.date() if v.time() == dt.time() and v.tzinfo is None else v
    return _scalar_other(v)


def _scalar_other(v: Any) -> Any:
    """scalar() of pandas' and numpy's values (and anything else pandas calls missing)."""
    import numpy as np
    import pandas as pd

    if type(v) is pd.Timestamp:  # (never NA: that is NaT)
        v = v.to_pydatetime()
        return v.date() if v.time() == dt.time() and v.tzinfo is None else v
    if v is pd.NaT or v is np.ma.masked:
        return None
    if isinstance(v, np.ma.MaskedArray):  # a DuckDB list holding NULLs (e.g. a missing date)
        mask = np.ma.getmaskarray(v)
        return [None if m else scalar(x) for x, m in zip(v.data, mask, strict=True)]
    if isinstance(v, np.ndarray) and v.dtype.kind == "M":
        return [scalar(pd.Timestamp(x)) for x in v]
    if isinstance(v, np.datetime64):
        return scalar(pd.Timestamp(v))
    if hasattr(v, "tolist") and not isinstance(v, str | pd.Timestamp):  # numpy values
        v = v.tolist()
    if isinstance(v, list | tuple):
        return [scalar(x) for x in v]
    if isinstance(v, dict):
        return {k: scalar(x) for k, x in v.items()}
    if isinstance(v, float) and not math.isfinite(v):
        return None
    try:
        if pd.isna(v) is True:
            return None
    except (TypeError, ValueError):
        pass
    if isinstance(v, pd.Timestamp):
        v = v.to_pydatetime()
    if isinstance(v, dt.datetime):  # DATE columns arrive from pandas as midnight timestamps
        return v.date() if v.time() == dt.time() and v.tzinfo is None else v
    return v


def jsonable(v: Any) -> Any:
    """A cell (from pandas or DuckDB) as JSON-ready Python: dates as ISO text, NaN and
    infinities as None, lists and structs kept, whole floats as ints, anything else
    (Decimal, UUID) as text."""
    t = type(v)
    if t is str or t is int or t is bool or v is None:
        return v
    if t is list:  # (scalar is idempotent: the items need not go through it twice)
        return [jsonable(x) for x in v]
    if t is dict:
        return {str(k): jsonable(x) for k, x in v.items()}
    if t is float:  # (as below, without the detour: a report holds ~10^5 of them)
        if not math.isfinite(v):
            return None
        return int(v) if v.is_integer() and abs(v) < 2 ** 53 else v
    if t is dt.date:
        return v.isoformat()
    v = scalar(v)
    if isinstance(v, list):
        return [jsonable(x) for x in v]
    if isinstance(v, dict):
        return {str(k): jsonable(x) for k, x in v.items()}
    if isinstance(v, dt.datetime):
        return v.isoformat(sep=" ")
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
    if not cols:
        return [{} for _ in range(len(df))]
    # each column read whole (as df.itertuples would give them, but pandas' Arrow-backed
    # strings cost ~1 µs a cell when read one at a time)
    rows = zip(*(df.iloc[:, i].tolist() for i in range(len(cols))), strict=True)
    return [{c: jsonable(v) for c, v in zip(cols, row, strict=True)} for row in rows]


def text(v: Any, nested_json: bool = False) -> str:
    """A JSON-ready cell as one line of text for people: lists joined with '; ', objects
    as JSON (with `nested_json`, lists as JSON too: what CSV readers can parse back)."""
    if v is None:
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, dict) or (isinstance(v, list) and nested_json):
        return json.dumps(v, ensure_ascii=False)
    if isinstance(v, list):
        return "; ".join(text(x) for x in v)
    return " ".join(str(v).split()) if "\n" in str(v) else str(v)


# --------------------------------------------------------------------------- fitting


def clip(s: str, width: int) -> str:
    """`s` cut to `width` characters, the last one an ellipsis when anything was cut."""
    if width <= 0:
        return ""
    return s if len(s) <= width else s[: width - 1] + ELLIPSIS


@dataclass(frozen=True)
class Col:
    """A table column: header, alignment, and the narrowest it may be cut to."""

    name: str
    align: str = "left"  # left | right
    min_width: int = 6


def fit_widths(natural: Sequence[int], mins: Sequence[int], width: int) -> list[int] | None:
    """Column widths whose sum (with gaps) fits `width`: the widest column gives a
    character up first, never below its minimum. None when even the minimums overflow."""
    widths = list(natural)
    lows = [min(n, m) for n, m in zip(natural, mins, strict=True)]
    budget = width - GAP * (len(widths) - 1)
    if sum(lows) > budget:
        return None
    while sum(widths) > budget:
        i = max((j for j in range(len(widths)) if widths[j] > lows[j]),
                key=lambda j: widths[j] - lows[j] / 1000)
        widths[i] -= 1
    return widths


def table(rows: Sequence[Sequence[str]], cols: Sequence[Col], width: int = 80,
          title: str | None = None, groups: Sequence[str | None] | None = None,
          notes: Sequence[str] = ()) -> str:
    """Plain-text table fitting `width`: cells cut with an ellipsis; a row of `groups`
    (e.g. the fact of a timeline) is printed as its own line when it changes, so it
    needs no column; `notes` are wrapped under the table. Falls back to `vertical`
    when the columns cannot fit."""
    columns = list(zip(*rows, strict=True)) or [()] * len(cols)  # (lengths read at C speed)
    natural = [max(len(c.name), max(map(len, cells), default=0))
               for c, cells in zip(cols, columns, strict=False)]
    mins = [max(min(len(c.name), c.min_width), min(c.min_width, 3)) for c in cols]
    widths = fit_widths(natural, mins, width)
    if widths is None:
        return vertical(rows, [c.name for c in cols], width, title, groups, notes)

    # one format string pads a row (str.ljust / rjust); only a column with a cell wider
    # than its width is clipped (a table may have ~10^5 rows)
    template = (" " * GAP).join(f"{{:{'>' if c.align == 'right' else '<'}{w}}}"
                                for c, w in zip(cols, widths, strict=True))
    cut = [(i, w) for i, (n, w) in enumerate(zip(natural, widths, strict=True)) if n > w]

    def line(cells: Sequence[str]) -> str:
        if cut:
            cells = list(cells)
            for i, w in cut:
                cells[i] = clip(cells[i], w)
        return template.format(*cells).rstrip()

    lines = [title.center(min(width, sum(widths) + GAP * (len(widths) - 1))).rstrip()] \
        if title else []
    lines += [line([c.name for c in cols]),
              clip("─" * (sum(widths) + GAP * (len(widths) - 1)), width)]
    if not groups and not cut:  # (a table may have ~10^5 rows: no Python call per row)
        lines += [x.rstrip() for x in starmap(template.format, rows)]
        rows = ()
    last = None
    for i, r in enumerate(rows):
        g = groups[i] if groups else None
        if g is not None and g != last:
            lines.append(clip(g, width))
            last = g
        lines.append(line(r))
    for n in notes:
        lines.extend(wrap(n, width))
    return "\n".join(lines)


def wrap(s: str, width: int, indent: str = "") -> list[str]:
    """`s` wrapped to `width` (long words such as URLs are broken, never cut off)."""
    return textwrap.wrap(s, width=width, subsequent_indent=indent or "",
                         break_on_hyphens=False) or [""]


def vertical(rows: Sequence[Sequence[str]], names: Sequence[str], width: int = 80,
             title: str | None = None, groups: Sequence[str | None] | None = None,
             notes: Sequence[str] = ()) -> str:
    """One block per row, one ``name = value`` line per column, long values wrapped
    under themselves: for rows with too many columns for the terminal."""
    label = min(max((len(n) for n in names), default=0), max(8, width // 3))
    lines = [title] if title else []
    for i, r in enumerate(rows, 1):
        head = f"-[ row {i} ]"
        if groups and groups[i - 1]:
            head += f" {groups[i - 1]} "
        lines.append(clip(head + "-" * max(0, width - len(head)), width))
        for name, value in zip(names, r, strict=True):
            prefix = f"{clip(name, label).ljust(label)} = "
            body = wrap(value, max(10, width - len(prefix)), indent="")
            lines.append((prefix + body[0]).rstrip())
            lines.extend((" " * len(prefix) + b).rstrip() for b in body[1:])
    for n in notes:
        lines.extend(wrap(n, width))
    return "\n".join(lines)


# --------------------------------------------------------------------------- formats


def to_json(recs: list[dict[str, Any]]) -> str:
    return json.dumps(recs, ensure_ascii=False, indent=2, allow_nan=False)


def to_jsonl(recs: list[dict[str, Any]]) -> str:
    return "\n".join(json.dumps(r, ensure_ascii=False, allow_nan=False) for r in recs)


def to_csv(recs: list[dict[str, Any]], columns: Sequence[str]) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(list(columns))
    for r in recs:
        w.writerow([text(r.get(c), nested_json=True) for c in columns])
    return buf.getvalue().rstrip("\n")


def to_markdown(recs: list[dict[str, Any]], columns: Sequence[str], title: str = "") -> str:
    def cell(v: Any) -> str:
        return text(v).replace("|", "\\|").replace("\n", " ")

    lines = [f"**{title}**", ""] if title else []
    lines += ["| " + " | ".join(columns) + " |",
              "|" + "|".join(" --- " for _ in columns) + "|"]
    for r in recs:
        lines.append("| " + " | ".join(cell(r.get(c)) for c in columns) + " |")
    return "\n".join(lines)


def generic_table(recs: list[dict[str, Any]], columns: Sequence[str], width: int = 80,
                  title: str | None = None) -> str:
    """Any rows (e.g. `tracker sql`) as a table, numbers right-aligned."""
    if not recs:
        return f"{title}: none" if title else "(no rows)"
    cols = [Col(c, "right" if all(isinstance(r.get(c), int | float) and
                                  not isinstance(r.get(c), bool)
                                  for r in recs if r.get(c) is not None) else "left",
                min_width=min(12, max(6, len(c))))
            for c in columns]
    rows = [[text(r.get(c)) for c in columns] for r in recs]
    return table(rows, cols, width, title)


def render_rows(recs: list[dict[str, Any]], columns: Sequence[str], fmt: str = "table",
                title: str = "", width: int = 80) -> str:
    """Rows (JSON-ready dicts) in one of FORMATS; tables use the generic layout."""
    fmt = (fmt or "table").lower()
    if fmt == "json":
        return to_json(recs)
    if fmt == "jsonl":
        return to_jsonl(recs)
    if fmt == "csv":
        return to_csv(recs, columns)
    if fmt in ("markdown", "md"):
        return to_markdown(recs, columns, title)
    if fmt == "table":
        return generic_table(recs, columns, width, title or None)
    raise ValueError(f"unknown format {fmt!r}: use one of {', '.join(FORMATS)}")
