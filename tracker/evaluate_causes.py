"""Why a reconciliation miss happened, in a fixed vocabulary (issue 13: each miss listed with
its evidence), so that a blind set can be judged by counts of causes without its passages.

A missed truth conflict gets one cause per side (each truth value, in the truth's articles):
the value is not extracted at all, extracted but keyed to another fact (the attributes that
differ, both values), extracted only as history, left out of comparisons (no date, ...), or
on the fact. Where two sides are on the fact, both get what the reconciliation made of them:
paired and judged (consistent, explained by status, excused, update, different basis, a
guess that cannot start a conflict alone) or never paired (the reason 07's pairing rules
give: one article, two facts, two periods, a change between them, dates too far apart).
A wrong current value gets one cause: the truth value not extracted, extracted on another
fact, extracted on the fact but not chosen (what was chosen, from which article and by which
rule, and where the truth's claim stands), or the value right with the status wrong.

Reads only: the claim pairs (07_claim_pairs.sql, kept in memory by the rebuild) are
recomputed from the stored fact_claims, never written.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

import duckdb

FACT_FIELDS = ("metric", "imposer", "target", "product", "measure")

# --------------------------------------------------------------------------- vocabulary

#: the causes of one side (truth value) of a missed conflict
NOT_EXTRACTED = "not extracted"
OTHER_FACT = "extracted on another fact"
PREVIOUS = "extracted as previous/restated"
LEFT_OUT = "left out of comparisons"
INFERRED = "placed only by an inferred date"
DOUBTFUL = "paired, a doubtful lone attribution"
SEVERAL = "paired, one of several parts"
ON_FACT = "on the fact"  # this side is in comparisons; the other side is the miss
JUDGED_CONSISTENT = "paired, judged consistent"
JUDGED_STATUS = "paired, judged explained by status"
JUDGED_EXCUSED = "paired, excused by an agreeing value"
JUDGED_MILESTONES = "paired, judged different milestones"
JUDGED_UPDATE = "paired, judged update"
JUDGED_BASIS = "paired, judged different_basis"
JUDGED_CONFLICT = "paired, judged conflict"
NEVER_PAIRED = "never paired"
SIDE_CAUSES = (NOT_EXTRACTED, OTHER_FACT, PREVIOUS, LEFT_OUT, INFERRED, DOUBTFUL, SEVERAL,
               JUDGED_CONSISTENT, JUDGED_STATUS, JUDGED_EXCUSED, JUDGED_MILESTONES,
               JUDGED_UPDATE, JUDGED_BASIS, JUDGED_CONFLICT, NEVER_PAIRED, ON_FACT)

#: the causes of a wrong current value
CUR_NOT_EXTRACTED = "truth value not extracted"
CUR_OTHER_FACT = "extracted on another fact"
CUR_NOT_CHOSEN = "extracted on the fact but not chosen"
CUR_STATUS = "value right, status wrong"
CURRENT_CAUSES = (CUR_NOT_EXTRACTED, CUR_OTHER_FACT, CUR_NOT_CHOSEN, CUR_STATUS)

#: how close a pair of claims came to a conflict (the verdict shown is the closest pair's)
_CLOSENESS = (JUDGED_CONSISTENT, JUDGED_MILESTONES, JUDGED_STATUS, JUDGED_EXCUSED, SEVERAL,
              DOUBTFUL, INFERRED, JUDGED_CONFLICT)

#: the kinds of "never paired", by how close the two claims came to a pair (07's rules)
UNPAIRED = ("one article", "two facts of the key", "two periods", "a change between them",
            "different effective dates", "dated too far apart", "other pairing rules")

_CLAIM_COLUMNS = ("claim_id, article, fact_id, metric, imposer, target, product, measure, "
                  "unit, value, date_value, status, in_seq, date_inferred, doubtful, is_prev, "
                  "is_restated, is_dup, left_out, undated_pledge, epoch, part, effective, "
                  "seq_date, quote")


def _day(v: Any) -> dt.date | None:
    """A date, datetime or ISO text as a date (else None: numbers, NaT, None)."""
    if v is None or isinstance(v, (int, float)):
        return None
    if isinstance(v, str):
        try:
            return dt.date.fromisoformat(v.strip()[:10])
        except ValueError:
            return None
    if isinstance(v, dt.datetime):
        return v.date() if v == v else None  # (pandas NaT is a datetime unequal to itself)
    if isinstance(v, dt.date):
        return v
    return None


def _text(v: Any) -> str:
    """A value as the misses show it: dates as ISO text, whole numbers without '.0'."""
    d = _day(v)
    if d is not None:
        return d.isoformat()
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v)


def _left_kind(left_out: Any) -> str:
    """05's reason a claim takes no part in comparisons, without the article it names."""
    text = str(left_out)
    return "duplicate" if text.startswith("duplicate") else text.split(":")[0]


def _compared_undated(row: dict[str, Any]) -> bool:
    """An agreed pledge with no date that 07 compares all the same (05's flag, which 07
    reads too: no reason text to match)."""
    return bool(row.get("undated_pledge"))


def _of_metric(row: dict[str, Any], fact: dict[str, Any]) -> bool:
    """A claim of the fact's metric (a truth record may leave the metric null: any)."""
    return fact["metric"] is None or row["metric"] == fact["metric"]


def claim_value(row: dict[str, Any]) -> Any:
    """A claim's value: its date for dates, else its number."""
    return row["date_value"] if _day(row.get("date_value")) else row.get("value")


def fact_diffs(want: dict[str, Any], row: dict[str, Any], fields: Sequence[str] = FACT_FIELDS
               ) -> list[str]:
    """The key fields where a claim differs from a fact ("target: US vs CN", the wanted
    value first); a null wanted field differs from nothing."""
    return [f"{f}: {want.get(f)} vs {row.get(f)}" for f in fields
            if want.get(f) is not None and row.get(f) != want.get(f)]


class Causes:
    """The cause finder of one reconciled database: its claims, pairs, updates and
    different-basis rows read once, on first use."""

    def __init__(self, con: duckdb.DuckDBPyConnection,
                 same_value: Callable[[Any, Any, str | None], bool],
                 fact_matches: Callable[[dict[str, Any], dict[str, Any]], bool]) -> None:
        self.con = con
        self.same_value = same_value
        self.fact_matches = fact_matches
        self._claims: list[dict[str, Any]] | None = None
        self._pairs: list[dict[str, Any]] | None = None
        self._by_id: dict[str, dict[str, Any]] = {}
        self._tables: dict[str, list[dict[str, Any]]] = {}
        self.pairs_error: str | None = None  # why 07 could not be rerun, if it could not

    # ------------------------------------------------------------------ reading

    def _rows(self, sql: str, params: list[Any] | None = None) -> list[dict[str, Any]]:
        cur = self.con.execute(sql, params or [])
        cols = [d[0] for d in cur.description]
        return [dict(zip(cols, r, strict=True)) for r in cur.fetchall()]

    def claims(self) -> list[dict[str, Any]]:
        if self._claims is None:
            self._claims = self._rows(f"SELECT {_CLAIM_COLUMNS} FROM fact_claims "
                                      "ORDER BY article, claim_id")
            self._by_id = {c["claim_id"]: c for c in self._claims}
        return self._claims

    def pairs(self) -> list[dict[str, Any]]:
        """07's claim pairs, recomputed from the stored claims (the rebuild keeps them in
        memory only)."""
        if self._pairs is None:
            from tracker.reconcile.driver import PARAMS, bind, fetch_arrow, sql

            text = sql("07_claim_pairs.sql")
            try:
                self._pairs = fetch_arrow(self.con, text, bind(text, PARAMS)).to_pylist()
            except duckdb.Error as exc:  # a diagnosis never breaks the score it explains
                self._pairs, self.pairs_error = [], str(exc).splitlines()[0]
        return self._pairs

    def _table(self, name: str) -> list[dict[str, Any]]:
        if name not in self._tables:
            try:
                self._tables[name] = self._rows(f"SELECT * FROM {name}")
            except duckdb.Error:
                self._tables[name] = []
        return self._tables[name]

    def _in(self, articles: Sequence[str]) -> list[dict[str, Any]]:
        arts = set(articles)
        return [c for c in self.claims() if not arts or c["article"] in arts]

    # ------------------------------------------------------------------ one value

    def _standing(self, fact: dict[str, Any], value: Any, articles: Sequence[str]
                  ) -> tuple[str, str, list[dict[str, Any]], str]:
        """Where one truth value stands among the claims of the articles: a cause, its
        detail, (on the fact) the claims in comparisons, and the kind of cause (`sub`)."""
        pool = self._in(articles)
        same = [c for c in pool if self.same_value(value, claim_value(c), c["unit"])]
        of_metric = [c for c in same if _of_metric(c, fact)]
        if not of_metric:
            others = sorted({f"{c['metric']} in {c['article']}" for c in same})
            where = ", ".join(articles) or "any article"
            kind = fact["metric"] or "matching"
            return NOT_EXTRACTED, (f"no {kind} claim of {_text(value)} in {where}"
                                   + (f" (read as {'; '.join(others[:4])})" if others else "")
                                   ), [], "read as another metric" if others else "absent"
        on = [c for c in of_metric if self.fact_matches(fact, c)]
        if not on:
            # the nearest keys first: fewest fields apart
            diffs = sorted({(len(fact_diffs(fact, c)),
                             f"{', '.join(fact_diffs(fact, c))} ({c['article']})",
                             "+".join(d.split(":")[0] for d in fact_diffs(fact, c)))
                            for c in of_metric})
            return (OTHER_FACT, "; ".join(d for _, d, _ in diffs[:4]), [],
                    f"{diffs[0][2]} differs")
        # (h112) an undated pledge 07 still compares (05's undated_pledge) is on the fact
        live = [c for c in on if c["in_seq"] or _compared_undated(c)]
        if live:
            return ON_FACT, ", ".join(sorted({c["article"] for c in live})), live, ""
        if any(c["is_prev"] or c["is_restated"] for c in on):
            arts = sorted({c["article"] for c in on if c["is_prev"] or c["is_restated"]})
            return (PREVIOUS, f"status {on[0]['status'] or '-'} in {', '.join(arts)}", [],
                    "previous" if any(c["is_prev"] for c in on) else "restated")
        why = sorted({f"{c['left_out']} ({c['article']})" for c in on})
        return LEFT_OUT, "; ".join(why[:3]), [], _left_kind(on[0]["left_out"])

    # ------------------------------------------------------------------ two values

    def _pair_verdict(self, p: dict[str, Any]) -> tuple[str, str]:
        """What 08 made of one pair of claims (the group's other pairs read as 08 reads
        them)."""
        from tracker.reconcile.driver import MILESTONE_DAYS

        va, vb = _text(p["dv_a"] or p["va"]), _text(p["dv_b"] or p["vb"])
        dates = p["dv_a"] is not None and p["dv_b"] is not None
        if p["agree"]:
            return JUDGED_CONSISTENT, (f"{va} ({p['art_a']}) and {vb} ({p['art_b']}) agree "
                                       f"within the stated precision ({p['tol'] or 0:g}; "
                                       "07/08)")
        if p["explained"]:
            a, b = self._by_id.get(p["ca"], {}), self._by_id.get(p["cb"], {})
            return JUDGED_STATUS, (f"{va} {a.get('status')} ({p['art_a']}) vs {vb} "
                                   f"{b.get('status')} ({p['art_b']}): 08 `explained`")
        if dates and abs(p["va"] - p["vb"]) > MILESTONE_DAYS:
            return JUDGED_MILESTONES, (f"{va} and {vb} are {abs(p['va'] - p['vb']):g} days "
                                       f"apart (> {MILESTONE_DAYS}: two milestones, 08)")
        for q in self.pairs():
            if (q["agree"] and q["fact_id"] == p["fact_id"] and q["part"] == p["part"]
                    and q["art_a"] == p["art_a"] and q["art_b"] == p["art_b"]
                    and (q["tie"] is None) == (p["tie"] is None)
                    and (not dates or q["dv_a"] is not None and (
                        abs(q["va"] - p["va"]) <= MILESTONE_DAYS
                        or abs(q["va"] - p["vb"]) <= MILESTONE_DAYS))):
                return JUDGED_EXCUSED, (f"{p['art_a']} and {p['art_b']} also agree on "
                                        f"{_text(q['dv_a'] or q['va'])} (08 `any_agree`)")
        lo, hi = min(p["va"], p["vb"]), max(p["va"], p["vb"])
        group = [q for q in self.pairs() if q["fact_id"] == p["fact_id"]
                 and q["part"] == p["part"] and min(q["va"], q["vb"]) == lo
                 and max(q["va"], q["vb"]) == hi]
        if not any(not q["guess"] or q["steady"] for q in group):
            a, b = self._by_id.get(p["ca"], {}), self._by_id.get(p["cb"], {})
            if a.get("doubtful") or b.get("doubtful"):
                who = [c["article"] for c in (a, b) if c.get("doubtful")]
                return DOUBTFUL, (f"the claim in {', '.join(who)} does not name its party "
                                  "in its sentence: a guess cannot make a conflict alone (08)")
            if a.get("date_inferred") or b.get("date_inferred"):
                who = [c["article"] for c in (a, b) if c.get("date_inferred")]
                return INFERRED, (f"{', '.join(who)} dated by an inferred date: a guess "
                                  "cannot make a conflict alone (07 `guess`, 08)")
            return SEVERAL, ("an article states several values of the fact in the period: "
                             "parts, not the whole (07 `several`)")
        return JUDGED_CONFLICT, (f"raised as {va} vs {vb}; the raised row's values or "
                                 "fact differ from the truth's")

    def _unpaired(self, a: dict[str, Any], b: dict[str, Any]) -> tuple[int, str]:
        # (the rank indexes UNPAIRED, the kinds of "never paired")
        """Why 07 made no pair of two claims in comparisons, and how close they came
        (higher: closer)."""
        from tracker.reconcile.driver import INFERRED_DAYS, WINDOW_DAYS

        if a["article"] == b["article"]:
            return 0, f"both values only in {a['article']} (pairs join two articles)"
        if a["fact_id"] != b["fact_id"]:
            diffs = fact_diffs(a, b, FACT_FIELDS[1:]) or ["the key differs"]
            return 1, f"two facts of the key: {'; '.join(diffs)}"
        if a["part"] != b["part"]:
            return 2, f"different periods: {a['part'] or '-'} vs {b['part'] or '-'}"
        if a["epoch"] != b["epoch"]:
            return 3, (f"a change told between them (epochs {_text(a['epoch'])} and "
                       f"{_text(b['epoch'])}: 07 pairs within an epoch)")
        ea, eb = _day(a["effective"]), _day(b["effective"])
        if ea and eb and abs((ea - eb).days) > 1:
            return 4, f"different effective dates: {ea} vs {eb}"
        sa, sb = _day(a["seq_date"]), _day(b["seq_date"])
        if sa and sb:
            slack = INFERRED_DAYS if a["date_inferred"] or b["date_inferred"] else 0
            gap = abs((sa - sb).days)
            if gap > WINDOW_DAYS + slack:
                return 5, (f"dated {gap} days apart ({sa} vs {sb}; window {WINDOW_DAYS} "
                           f"days{' + inferred ' + str(slack) if slack else ''}: 07)")
        return 6, "not paired by 07's rules (a sector copy or a moved milestone)"

    def _judge(self, fact: dict[str, Any], side_a: tuple[Any, list[dict[str, Any]]],
               side_b: tuple[Any, list[dict[str, Any]]]) -> tuple[str, str, str]:
        """What the reconciliation made of two truth values both on the fact: cause,
        detail and kind."""
        (v_a, ca), (v_b, cb) = side_a, side_b
        ids_a, ids_b = {c["claim_id"] for c in ca}, {c["claim_id"] for c in cb}
        pairs = [p for p in self.pairs()
                 if (p["ca"] in ids_a and p["cb"] in ids_b)
                 or (p["ca"] in ids_b and p["cb"] in ids_a)]
        if pairs:
            verdicts = [self._pair_verdict(p) for p in pairs]
            return (*max(verdicts, key=lambda v: _CLOSENESS.index(v[0])), "")
        arts = {c["article"] for c in ca + cb}
        facts = {c["fact_id"] for c in ca + cb}

        def both(r: dict[str, Any], x: Any, y: Any) -> bool:
            u = r.get("unit")
            return ((self.same_value(v_a, x, u) and self.same_value(v_b, y, u))
                    or (self.same_value(v_b, x, u) and self.same_value(v_a, y, u)))

        for u in self._table("updates"):
            if u["fact_id"] in facts and {u["from_article"], u["to_article"]} & arts and both(
                    u, u["from_date_value"] or u["from_value"],
                    u["to_date_value"] or u["to_value"]):
                return (JUDGED_UPDATE, f"{u['reason']} ({u['from_article']} -> "
                                       f"{u['to_article']}; 13_updates)", "")
        for r in self._table("different_basis"):
            if ({r["fact_id"], r["fact_id_b"]} & facts
                    and (set(r["articles_a"] or []) | set(r["articles_b"] or [])) & arts
                    and both(r, r["value_a"], r["value_b"])):
                return (JUDGED_BASIS, f"{r['kind']}: {r['reason']} (17_different_basis)",
                        str(r["kind"]))
        best = max((self._unpaired(a, b) for a in ca for b in cb), key=lambda t: t[0])
        if self.pairs_error:
            return NEVER_PAIRED, f"claim pairs unavailable ({self.pairs_error})", "unknown"
        return NEVER_PAIRED, best[1], UNPAIRED[best[0]]

    # ------------------------------------------------------------------ the misses

    def conflict_sides(self, fact: dict[str, Any], values: Sequence[Any],
                       articles: Sequence[str]) -> list[dict[str, Any]]:
        """One cause per truth value of a missed conflict (see the module's docstring)."""
        sides = []
        for v in values:
            cause, detail, live, sub = self._standing(fact, v, articles)
            said = sorted({c["article"] for c in self._in(articles)
                           if _of_metric(c, fact)
                           and self.same_value(v, claim_value(c), c["unit"])})
            sides.append({"value": _text(v), "articles": said, "cause": cause, "sub": sub,
                          "detail": detail, "_v": v, "_live": live})
        on = [s for s in sides if s["cause"] == ON_FACT]
        for i, s in enumerate(on):
            other = on[1] if i == 0 and len(on) > 1 else on[0] if i > 0 else None
            if other is None:
                continue
            s["cause"], s["detail"], s["sub"] = self._judge(fact, (s["_v"], s["_live"]),
                                                  (other["_v"], other["_live"]))
        for s in sides:
            del s["_v"], s["_live"]
        return sides

    def current_cause(self, fact: dict[str, Any], rec: dict[str, Any], day: dt.date,
                      cands: Sequence[dict[str, Any]]) -> dict[str, str]:
        """Why a current value is wrong: one cause and its detail."""
        value, status = rec.get("value"), rec.get("status")
        right = [c for c in cands if self.same_value(value, claim_value(c), c.get("unit"))]
        if right:
            r = right[0]
            rule = r.get("rule") or "the latest report (15)"
            return {"cause": CUR_STATUS, "sub": f"{status} vs {r.get('status')}",
                    "detail": f"truth {status} vs tool {r.get('status')} "
                              f"({r.get('article')}; {rule})"}
        arts = list(rec.get("articles") or [])
        cause, detail, _, sub = self._standing(fact, value, arts)
        if cause == NOT_EXTRACTED:
            return {"cause": CUR_NOT_EXTRACTED, "sub": sub,
                    "detail": detail + "; " + self._chosen(cands)}
        if cause == OTHER_FACT:
            return {"cause": CUR_OTHER_FACT, "sub": sub, "detail": detail}
        pool = [c for c in self._in(arts) if _of_metric(c, fact)
                and self.fact_matches(fact, c) and self.same_value(value, claim_value(c),
                                                                   c["unit"])]
        pool.sort(key=lambda c: (not c["in_seq"], (_day(c["seq_date"]) or dt.date.max) > day,
                                 c["article"]))
        t = pool[0]
        when = _day(t["seq_date"])
        where = ("in comparisons" if t["in_seq"] else f"left out: {t['left_out']}")
        late = f", after {day}" if when and when > day else ""
        mine = [c for c in cands if c.get("fact_id") == t["fact_id"]] or list(cands)
        if late:
            sub = "truth's claim after the as-of date"
        elif not t["in_seq"]:
            sub = f"truth's claim left out ({_left_kind(t['left_out'])})"
        elif not cands:
            sub = "no current value on the fact"
        else:
            sub = "another claim chosen"
        return {"cause": CUR_NOT_CHOSEN, "sub": sub,
                "detail": f"{self._chosen(mine)}; the truth's claim: {_text(value)} "
                          f"{t['status'] or '-'} in {t['article']} ({when or 'undated'}"
                          f"{late}; {where})"}

    def _chosen(self, cands: Sequence[dict[str, Any]]) -> str:
        """What the tool chose on the fact, from which article and date, by which rule."""
        if not cands:
            return "the tool has no current value on the fact"
        out = []
        for c in cands[:3]:
            said = [x for x in self.claims() if x["article"] == c.get("article")
                    and x["fact_id"] == c.get("fact_id")
                    and self.same_value(claim_value(c), claim_value(x), x["unit"])]
            when = _day(said[0]["seq_date"]) if said else None
            out.append(f"tool chose {_text(claim_value(c))} {c.get('status') or '-'} from "
                       f"{c.get('article')} ({when or 'undated'}) by "
                       f"{c.get('rule') or 'the latest report (15)'}")
        return "; ".join(out)


def _kinds(m: dict[str, Any]) -> set[tuple[str, str]]:
    """The (cause, kind) pairs a miss counts under: a missed conflict once under each of
    its sides' (a side merely on the fact is none), a wrong current value once."""
    if m["what"] == "conflict missed":
        return {(s["cause"], s.get("sub") or "") for s in m.get("sides") or []
                if s["cause"] != ON_FACT}
    if m["what"] == "current value wrong" and m.get("cause"):
        return {(m["cause"], m.get("sub") or "")}
    return set()


def summary(misses: Sequence[dict[str, Any]]) -> dict[str, dict[str, dict[str, int]]]:
    """Counts of causes per kind of miss, metric and cause (a missed conflict counts once
    under each cause its sides have)."""
    out: dict[str, dict[str, dict[str, int]]] = {}
    for m in misses:
        causes = {c for c, _ in _kinds(m)}
        if not causes:
            continue
        metric = str((m.get("fact") or {}).get("metric"))
        per = out.setdefault(m["what"], {}).setdefault(metric, {})
        for c in sorted(causes):
            per[c] = per.get(c, 0) + 1
    return out


def sub_summary(misses: Sequence[dict[str, Any]]) -> dict[str, dict[str, int]]:
    """Counts per kind of miss of "cause: kind" (which attributes differ, why never paired,
    which statuses, where the truth's claim stands), all metrics together."""
    out: dict[str, dict[str, int]] = {}
    for m in misses:
        per = out.setdefault(m["what"], {}) if _kinds(m) else {}
        for c, k in sorted(_kinds(m)):
            if k:
                per[f"{c}: {k}"] = per.get(f"{c}: {k}", 0) + 1
    return {w: c for w, c in out.items() if c}


def summary_lines(causes: dict[str, dict[str, dict[str, int]]],
                  subs: dict[str, dict[str, int]] | None = None) -> list[str]:
    """The summary as text: per kind of miss, each cause's total and its metrics, then its
    kinds."""
    lines = []
    for what in ("conflict missed", "current value wrong"):
        per_metric = causes.get(what) or {}
        totals: dict[str, int] = {}
        for counts in per_metric.values():
            for c, n in counts.items():
                totals[c] = totals.get(c, 0) + n
        if not totals:
            continue
        lines.append(f"  {what}:")
        kinds = (subs or {}).get(what) or {}
        for c, n in sorted(totals.items(), key=lambda t: (-t[1], t[0])):
            by = ", ".join(f"{m} {per_metric[m][c]}" for m in sorted(per_metric)
                           if c in per_metric[m])
            lines.append(f"    {n:3d}  {c} ({by})")
            for k, kn in sorted(kinds.items(), key=lambda t: (-t[1], t[0])):
                if k.startswith(c + ": "):
                    lines.append(f"           {kn:3d}  {k[len(c) + 2:]}")
    return lines
