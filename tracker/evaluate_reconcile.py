"""Score reconciliation against a truth file, as `tracker eval` scores extraction.

The truth (SPEC "Reconciliation truth") names facts by their key fields and says, for a set
of articles as a whole, which values genuinely conflict, which differences are updates or
consistent figures (never conflicts), and what the current value was on given dates.
``score_reconcile`` compares it with a reconciled database (pure: reads, never writes);
``evaluate_reconcile`` ingests the articles into a temporary database first, so a score is
always of exactly the articles given, never of whatever a working database holds.

A fact field that is null in the truth matches any value; truth fields go through the same
lexicon as claims ("Korea" and "KR" meet). Values agree within the claim tolerance: rates
(and day counts) 0.01, amounts 0.5 % of the larger, dates exactly.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd

from tracker import lexicon
from tracker.errors import TrackerError
from tracker.evaluate import AMOUNT_TOLERANCE, RATE_TOLERANCE, ratio
from tracker.evaluate_causes import Causes, sub_summary, summary, summary_lines

TRUTH_TYPES = ("conflict", "update", "consistent", "current")
FACT_FIELDS = ("metric", "imposer", "target", "product", "measure")
#: units whose values are compared absolutely (the others are currency amounts)
ABSOLUTE_UNITS = ("percent", "day")
MAX_CLAIMS_SHOWN = 12  # claims listed as evidence for one missed conflict

Value = float | dt.date


# --------------------------------------------------------------------------- result


@dataclass
class ReconcileResult:
    """Counts behind the reconciliation scores, and each miss with its evidence."""

    conflicts: int = 0  # truth conflicts
    conflicts_found: int = 0
    raised: int = 0  # conflicts the tool raised between sources (kind 'conflict')
    raised_matching: int = 0  # ... that match a truth conflict
    official_mismatches: int = 0  # raised against the official table: listed, not scored
    updates: int = 0
    updates_raised: int = 0  # truth updates the tool raised as conflicts (should be 0)
    consistent: int = 0
    consistent_raised: int = 0  # truth consistent pairs raised as conflicts (should be 0)
    current: int = 0
    current_right: int = 0  # value (and status where the truth gives one) right
    current_value_right: int = 0  # value right, status aside
    #: each miss: what (conflict missed, conflict not in the truth, update raised as a
    #: conflict, consistent raised as a conflict, current value wrong), fact, truth, tool
    misses: list[dict[str, Any]] = field(default_factory=list)
    articles: list[str] = field(default_factory=list)  # articles in the scored database
    problems: list[str] = field(default_factory=list)  # articles the ingest skipped
    #: counts of the misses' causes: kind of miss -> metric -> cause (evaluate_causes.py)
    miss_causes: dict[str, dict[str, dict[str, int]]] = field(default_factory=dict)
    #: ... and of "cause: kind" per kind of miss (which fields differ, why never paired...)
    miss_kinds: dict[str, dict[str, int]] = field(default_factory=dict)
    truth_skipped: int = 0  # truth records left out by --ids

    @property
    def conflict_recall(self) -> float:
        return ratio(self.conflicts_found, self.conflicts)

    @property
    def conflict_precision(self) -> float:
        return ratio(self.raised_matching, self.raised)

    @property
    def updates_kept(self) -> float:
        """Share of truth updates not raised as conflicts."""
        return ratio(self.updates - self.updates_raised, self.updates)

    @property
    def consistent_kept(self) -> float:
        """Share of truth consistent pairs not raised as conflicts."""
        return ratio(self.consistent - self.consistent_raised, self.consistent)

    @property
    def current_accuracy(self) -> float:
        return ratio(self.current_right, self.current)

    @property
    def current_value_accuracy(self) -> float:
        return ratio(self.current_value_right, self.current)

    def figures(self) -> dict[str, float]:
        """The scores, each higher-is-better (what tests/score_floors.json pins)."""
        return {"conflict_recall": self.conflict_recall,
                "conflict_precision": self.conflict_precision,
                "updates_kept": self.updates_kept, "consistent_kept": self.consistent_kept,
                "current_accuracy": self.current_accuracy,
                "current_value_accuracy": self.current_value_accuracy}

    def to_dict(self) -> dict[str, Any]:
        counts = {k: getattr(self, k) for k in (
            "conflicts", "conflicts_found", "raised", "raised_matching", "official_mismatches",
            "updates", "updates_raised", "consistent", "consistent_raised", "current",
            "current_right", "current_value_right", "truth_skipped")}
        return {**self.figures(), **counts, "articles": self.articles,
                "problems": self.problems, "misses": self.misses,
                "miss_causes": self.miss_causes, "miss_kinds": self.miss_kinds}


# --------------------------------------------------------------------------- values


def _value(v: Any) -> Value | None:
    """A truth or tool value as a number or a date (dates: "YYYY-MM-DD" or date objects)."""
    if v is None or v is pd.NaT:
        return None
    if isinstance(v, pd.Timestamp):
        return v.date()
    if isinstance(v, dt.datetime):
        return v.date()
    if isinstance(v, dt.date):
        return v
    if isinstance(v, str):
        try:
            return dt.date.fromisoformat(v.strip()[:10])
        except ValueError:
            try:
                return float(v)
            except ValueError:
                return None
    if isinstance(v, bool):
        return None
    try:
        f = float(v)
    except (TypeError, ValueError):
        return None
    return None if f != f else f  # NaN: no value


def same_value(truth: Any, tool: Any, unit: str | None) -> bool:
    """Whether a tool value states the truth value, within the claim tolerance."""
    t, x = _value(truth), _value(tool)
    if t is None or x is None:
        return False
    if isinstance(t, dt.date) or isinstance(x, dt.date):
        return isinstance(t, dt.date) and isinstance(x, dt.date) and t == x
    if unit in ABSOLUTE_UNITS:
        return abs(t - x) <= RATE_TOLERANCE + 1e-9
    return abs(t - x) <= AMOUNT_TOLERANCE * max(abs(t), abs(x)) + 1e-9


def truth_fact(rec: dict[str, Any]) -> dict[str, str | None]:
    """The fact a truth record names, its fields normalised as the claims' are."""
    norm = {"metric": lambda s: s.strip().lower(), "imposer": lexicon.country_code,
            "target": lexicon.country_code, "product": lexicon.product,
            "measure": lexicon.measure}
    return {f: (norm[f](rec[f]) if isinstance(rec.get(f), str) else None)
            for f in FACT_FIELDS}


def fact_matches(fact: dict[str, str | None], row: dict[str, Any]) -> bool:
    """A tool row is about the truth's fact (a null truth field matches anything)."""
    return all(fact[f] is None or row.get(f) == fact[f] for f in FACT_FIELDS)


def _sides(row: dict[str, Any]) -> tuple[Value | None, Value | None]:
    a = row.get("date_value_a") if _value(row.get("date_value_a")) else row.get("value_a")
    b = row.get("date_value_b") if _value(row.get("date_value_b")) else row.get("value_b")
    return _value(a), _value(b)


def holds(values: Sequence[Any], row: dict[str, Any]) -> bool:
    """A raised conflict holds at least two of the truth's values: its two sides state two
    different ones."""
    a, b = _sides(row)
    unit = row.get("unit")
    match_a = {i for i, v in enumerate(values) if same_value(v, a, unit)}
    match_b = {i for i, v in enumerate(values) if same_value(v, b, unit)}
    return any(i != j for i in match_a for j in match_b)


# --------------------------------------------------------------------------- tool side


def _plain(v: Any) -> Any:
    """A cell as JSON-ready Python (dates as text, NaN as None, lists as lists)."""
    from tracker.render import jsonable

    return jsonable(v)


def _rows(con: duckdb.DuckDBPyConnection, sql: str, params: list[Any] | None = None
          ) -> list[dict[str, Any]]:
    cur = con.execute(sql, params or [])
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, r, strict=True)) for r in cur.fetchall()]


def _brief_conflict(row: dict[str, Any]) -> dict[str, Any]:
    return {"kind": row["kind"], "fact": {f: row.get(f) for f in FACT_FIELDS},
            "values": _plain(row.get("values")), "articles_a": _plain(row.get("articles_a")),
            "articles_b": _plain(row.get("articles_b")), "reason": row.get("reason")}


def _brief_current(row: dict[str, Any]) -> dict[str, Any]:
    value = row.get("date_value") if _value(row.get("date_value")) else row.get("value")
    return {"fact": {f: row.get(f) for f in FACT_FIELDS}, "value": _plain(value),
            "unit": row.get("unit"), "status": row.get("status"),
            "article": row.get("article"), "source": row.get("source"),
            "quote": row.get("quote")}


def _claims_of(con: duckdb.DuckDBPyConnection, fact: dict[str, str | None],
               articles: Sequence[str]) -> list[dict[str, Any]]:
    """What the tool holds on a fact in the truth's articles: the timeline rows."""
    if not articles:
        return []
    rows = _rows(con, "SELECT * FROM fact_timeline WHERE list_contains(?, article) "
                      "ORDER BY date NULLS LAST, article, quote_start", [list(articles)])
    out = []
    for r in rows:
        if fact_matches(fact, r):
            value = r["date_value"] if _value(r.get("date_value")) else r.get("value")
            out.append({"article": r["article"], "fact": {f: r.get(f) for f in FACT_FIELDS},
                        "value": _plain(value), "status": r.get("status"), "role": r["role"],
                        "quote": r.get("quote")})
    return out[:MAX_CLAIMS_SHOWN]


def conflict_cause(con: duckdb.DuckDBPyConnection, fact: dict[str, str | None],
                   values: Sequence[Any], articles: Sequence[str]) -> str:
    """Why a truth conflict was missed, one cause per value in the fixed vocabulary of
    tracker/evaluate_causes.py ("34: extracted as previous/restated (...)")."""
    return cause_text(Causes(con, same_value, fact_matches).conflict_sides(
        fact, values, articles))


def cause_text(sides: Sequence[dict[str, Any]]) -> str:
    """A missed conflict's sides as one line: each value, its cause and detail."""
    return "; ".join(f"{s['value']}: {s['cause']}" + (f" ({s['detail']})" if s["detail"]
                                                       else "") for s in sides)


# --------------------------------------------------------------------------- scoring


def _pair_of(rec: dict[str, Any], row: dict[str, Any]) -> bool:
    """Whether a raised row compares the record's own articles: each side holds one of
    them. A truth conflict and a truth update can share a fact and its two values (a late
    article repeating the old date against the new one, beside the real change); the row
    that pits the late article against the new one is the conflict, not the update."""
    arts = set(rec.get("articles") or [])
    sides = [set(row.get("articles_a") or []), set(row.get("articles_b") or [])]
    return bool(arts) and all(side & arts for side in sides)


def score_reconcile(truth: Sequence[dict[str, Any]],
                    con: duckdb.DuckDBPyConnection) -> ReconcileResult:
    """Score the reconciliation in `con` (a reconciled tracker database) against truth
    records; reads only."""
    from tracker.reconcile import current, has_tables

    result = ReconcileResult()
    reconciled = has_tables(con)
    causes = Causes(con, same_value, fact_matches) if reconciled else None
    raised_all = _rows(con, "SELECT * FROM conflicts ORDER BY kind, fact_id, first_date") \
        if reconciled else []
    raised = [r for r in raised_all if r["kind"] == "conflict"]
    result.raised = len(raised)
    result.official_mismatches = len(raised_all) - len(raised)
    result.articles = [r[0] for r in con.execute("SELECT id FROM articles ORDER BY id")
                       .fetchall()] if reconciled else []
    conflicts = [r for r in truth if r.get("type") == "conflict"]
    matched_rows: set[int] = set()
    told_conflicts: set[int] = set()  # raised rows that are a truth conflict's own pair

    for rec in conflicts:
        fact = truth_fact(rec)
        hits = [i for i, row in enumerate(raised)
                if fact_matches(fact, row) and holds(rec.get("values") or [], row)]
        result.conflicts += 1
        matched_rows.update(hits)
        told_conflicts.update(i for i in hits if _pair_of(rec, raised[i]))
        if hits:
            result.conflicts_found += 1
            continue
        on_fact = [_brief_conflict(r) for r in raised_all if fact_matches(fact, r)]
        sides = causes.conflict_sides(fact, rec.get("values") or [],
                                      rec.get("articles") or []) if causes else []
        result.misses.append({
            "what": "conflict missed", "fact": fact,
            "cause": cause_text(sides) if causes else None, "sides": sides,
            "truth": {"values": rec.get("values"), "articles": rec.get("articles"),
                      "note": rec.get("note")},
            "tool": {"conflicts": on_fact,
                     "claims": _claims_of(con, fact, rec.get("articles") or [])
                     if reconciled else []}})
    result.raised_matching = len(matched_rows)
    for i, row in enumerate(raised):
        if i not in matched_rows:
            result.misses.append({"what": "conflict not in the truth",
                                  "fact": {f: row.get(f) for f in FACT_FIELDS},
                                  "truth": None, "tool": {"conflicts": [_brief_conflict(row)]}})

    for kind, values_of in (("update", lambda r: [r.get("from"), r.get("to")]),
                            ("consistent", lambda r: r.get("values") or [])):
        for rec in (r for r in truth if r.get("type") == kind):
            fact = truth_fact(rec)
            hits = [r for i, r in enumerate(raised) if i not in told_conflicts
                    and fact_matches(fact, r) and holds(values_of(rec), r)]
            if kind == "update":
                result.updates += 1
                result.updates_raised += bool(hits)
            else:
                result.consistent += 1
                result.consistent_raised += bool(hits)
            if hits:
                result.misses.append({
                    "what": f"{kind} raised as a conflict", "fact": fact,
                    "truth": {k: rec.get(k) for k in ("from", "to", "values", "articles", "note")
                              if k in rec},
                    "tool": {"conflicts": [_brief_conflict(r) for r in hits]}})

    by_day: dict[dt.date, list[dict[str, Any]]] = {}
    for rec in (r for r in truth if r.get("type") == "current"):
        fact = truth_fact(rec)
        day = _value(rec.get("as_of"))
        if not isinstance(day, dt.date):
            raise TrackerError(f"current record without a valid as_of date: {rec}")
        if day not in by_day:
            rows = current(con, as_of=day).to_dict("records") if reconciled else []
            by_day[day] = [{k: _plain(v) for k, v in r.items()} for r in rows]
        cands = [r for r in by_day[day] if fact_matches(fact, r)]
        value_ok = [r for r in cands if same_value(
            rec.get("value"), r.get("date_value") if _value(r.get("date_value"))
            else r.get("value"), r.get("unit"))]
        status_ok = [r for r in value_ok
                     if rec.get("status") is None or r.get("status") == rec.get("status")]
        result.current += 1
        result.current_value_right += bool(value_ok)
        result.current_right += bool(status_ok)
        if not status_ok:
            why = causes.current_cause(fact, rec, day, cands) if causes else {}
            result.misses.append({
                "what": "current value wrong", "fact": fact,
                "cause": why.get("cause"), "sub": why.get("sub"), "detail": why.get("detail"),
                "truth": {"as_of": day.isoformat(), "value": rec.get("value"),
                          "status": rec.get("status"), "articles": rec.get("articles"),
                          "note": rec.get("note")},
                "tool": {"current": [_brief_current(r) for r in cands]}})
    result.miss_causes = summary(result.misses)
    result.miss_kinds = sub_summary(result.misses)
    return result


# --------------------------------------------------------------------------- truth file


def load_truth(path: str | Path) -> list[dict[str, Any]]:
    """The truth records of a JSONL file; a bad line is an error naming it."""
    out = []
    p = Path(path)
    for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except ValueError as exc:
            raise TrackerError(f"{p}:{n}: invalid JSON ({exc})") from None
        if not isinstance(rec, dict) or rec.get("type") not in TRUTH_TYPES:
            raise TrackerError(f"{p}:{n}: not a truth record (type one of "
                               f"{', '.join(TRUTH_TYPES)})")
        bad = [f for f in FACT_FIELDS if rec.get(f) is not None and not isinstance(rec[f], str)]
        if bad:
            # the SPEC lets a fact field be null (it then matches any value), never a number
            raise TrackerError(f"{p}:{n}: fact field {bad[0]} must be text or null")
        out.append(rec)
    return out


def keep_ids(truth: Sequence[dict[str, Any]], ids: str | None) -> list[dict[str, Any]]:
    """The records about articles with the prefix only (all their articles match it)."""
    if ids is None:
        return list(truth)
    return [r for r in truth if r.get("articles")
            and all(str(a).startswith(ids) for a in r["articles"])]


# --------------------------------------------------------------------------- runner


def _copy_inputs(paths: Sequence[str | Path], ids: str, into: Path) -> None:
    """Copy the articles whose id starts with `ids` into `into`: feed lines by their "id",
    files by their name (an article file's id is its name without the extension)."""
    from tracker.read import iter_paths

    for n, path in enumerate(iter_paths([str(p) for p in paths])):
        if path.suffix.lower() == ".jsonl":
            kept = []
            for line in path.read_text(encoding="utf-8").splitlines():
                try:
                    ident = json.loads(line).get("id")
                except (ValueError, AttributeError):
                    continue
                if str(ident).startswith(ids):
                    kept.append(line)
            if kept:
                (into / f"{n:04d}_{path.name}").write_text("\n".join(kept) + "\n",
                                                          encoding="utf-8")
        elif path.stem.startswith(ids):
            (into / f"{n:04d}").mkdir()
            shutil.copyfile(path, into / f"{n:04d}" / path.name)


def evaluate_reconcile(truth_path: str | Path, paths: Sequence[str | Path],
                       ids: str | None = None) -> ReconcileResult:
    """Ingest the articles at `paths` into a temporary database and score its
    reconciliation against the truth file. `ids` keeps only the articles whose id starts
    with it, and the truth records all of whose articles do."""
    from tracker.ingest import ingest

    truth = load_truth(truth_path)
    kept = keep_ids(truth, ids)
    with tempfile.TemporaryDirectory(prefix="tracker-eval-") as tmp:
        inputs: list[str | Path] = list(paths)
        if ids is not None:
            chosen = Path(tmp) / "articles"
            chosen.mkdir()
            _copy_inputs(paths, ids, chosen)
            inputs = [chosen]
        db = Path(tmp) / "reconcile.duckdb"
        done = ingest([str(p) for p in inputs], db=db)
        if not db.exists():
            raise TrackerError("no article could be read and stored: nothing to score")
        con = duckdb.connect(str(db), read_only=True)
        try:
            result = score_reconcile(kept, con)
        finally:
            con.close()
    result.problems = [str(p) for p in done.skipped]
    result.truth_skipped = len(truth) - len(kept)
    return result


# --------------------------------------------------------------------------- report


def format_report(result: ReconcileResult, fmt: str = "text") -> str:
    """The scores and misses as "text" (for people) or "json"."""
    if fmt == "json":
        return json.dumps(result.to_dict(), indent=2, ensure_ascii=False, default=str)
    if fmt != "text":
        raise TrackerError(f"unknown report format {fmt!r}: use text or json")
    r = result
    out = [
        f"reconciliation: {len(r.articles)} articles; truth: {r.conflicts} conflicts, "
        f"{r.updates} updates, {r.consistent} consistent, {r.current} current values"
        + (f" ({r.truth_skipped} records of other articles left out)" if r.truth_skipped
           else ""),
        f"conflicts: recall {r.conflict_recall:.3f} ({r.conflicts_found}/{r.conflicts} "
        f"found), precision {r.conflict_precision:.3f} ({r.raised_matching}/{r.raised} "
        f"raised match the truth); {r.official_mismatches} official mismatches (not scored)",
        f"updates raised as conflicts: {r.updates_raised}/{r.updates}; consistent pairs "
        f"raised as conflicts: {r.consistent_raised}/{r.consistent}",
        f"current values: {r.current_right}/{r.current} right ({r.current_accuracy:.3f}); "
        f"value right, status aside: {r.current_value_right}/{r.current}",
    ]
    if r.problems:
        out.append("ingest problems: " + "; ".join(r.problems))
    if r.misses:
        out += ["", "misses:"]
        for m in r.misses:
            out += _miss_lines(m)
    if r.miss_causes:
        out += ["", "causes of the misses (a missed conflict once per cause of its sides):"]
        out += summary_lines(r.miss_causes, r.miss_kinds)
    return "\n".join(out)


def _fact_text(fact: dict[str, Any]) -> str:
    f = {k: (v if v is not None else "?") for k, v in fact.items()}
    return (f"{f['metric']} {f['imposer']}->{f['target']} {f['product']} {f['measure']}")


def _conflict_text(c: dict[str, Any]) -> str:
    values = " | ".join(str(v) for v in c.get("values") or [])
    side_b = ", ".join(c.get("articles_b") or []) or "the official table"
    arts = f"{', '.join(c.get('articles_a') or [])} vs {side_b}"
    kind = "" if c["kind"] == "conflict" else f"{c['kind']} "
    return f"{kind}{values} ({arts}) on {_fact_text(c['fact'])}"


def _miss_lines(m: dict[str, Any]) -> list[str]:
    t, tool = m.get("truth") or {}, m.get("tool") or {}
    head = f"  {m['what']}: {_fact_text(m['fact'])}"
    lines = []
    if m["what"] == "conflict missed":
        lines.append(f"{head}: truth {' | '.join(map(str, t.get('values') or []))} "
                     f"({', '.join(t.get('articles') or [])})")
        for c in tool.get("conflicts") or []:
            lines.append(f"      tool raised {_conflict_text(c)}")
        if not tool.get("conflicts"):
            lines.append("      tool raised no conflict on this fact")
        for s in m.get("sides") or []:
            kind = f" [{s['sub']}]" if s.get("sub") else ""
            lines.append(f"      why {s['value']}: {s['cause']}{kind}"
                         + (f" ({s['detail']})" if s["detail"] else ""))
        if m.get("cause") and not m.get("sides"):
            lines.append(f"      why: {m['cause']}")
        for c in tool.get("claims") or []:
            lines.append(f"      {c['article']}: {c['value']} {c['status'] or '-'} "
                         f"[{c['role']}] {_fact_text(c['fact'])} \"{c['quote']}\"")
    elif m["what"] == "conflict not in the truth":
        for c in tool.get("conflicts") or []:
            lines.append(f"  conflict not in the truth: {_conflict_text(c)}")
    elif m["what"] == "current value wrong":
        lines.append(f"{head} as of {t.get('as_of')}: truth {t.get('value')} "
                     f"{t.get('status') or ''} ({', '.join(t.get('articles') or [])})")
        for c in tool.get("current") or []:
            lines.append(f"      tool: {c['value']} {c['status'] or '-'} on "
                         f"{_fact_text(c['fact'])} from {c['article']} \"{c['quote']}\"")
        if not tool.get("current"):
            lines.append("      tool: no current value for this fact")
        if m.get("cause"):
            kind = f" [{m['sub']}]" if m.get("sub") else ""
            lines.append(f"      why: {m['cause']}{kind} ({m.get('detail')})")
    else:  # an update or consistent pair raised as a conflict
        said = (f"{t.get('from')} -> {t.get('to')}" if "from" in t
                else " ~ ".join(map(str, t.get("values") or [])))
        lines.append(f"{head}: truth {said} ({', '.join(t.get('articles') or [])})")
        for c in tool.get("conflicts") or []:
            lines.append(f"      tool raised {_conflict_text(c)}")
    return lines
