"""Reconciliation at scale: a full rebuild and `tracker rates` over N synthetic claims.

    python benchmarks/bench_reconcile.py                 # 100,000 claims
    python benchmarks/bench_reconcile.py --claims 1000000 --json out.json

The claims are generated with SQL straight into a temporary database (one article per 8
claims, 5 % of articles marked as duplicates; rates, effective dates, flows and pledges;
statuses, hedges, change sentences, 'previous' values and NULL measures mixed in; about 20
claims per fact). Then it times, in wall seconds:

- `tracker.reconcile.rebuild` inside one transaction, as `tracker ingest` runs it;
- `tracker.reconcile.current` (the status-aware current values `tracker rates` shows);
- the `tracker rates` command itself, in a child process (start-up included): the table,
  the table as of a date, and JSON (every column: the evidence objects make it ~125 MB
  at a million claims), each in wall and CPU seconds.

Peak memory is the resident set size high-water mark (DuckDB allocates outside Python, so
tracemalloc would miss it): `ru_maxrss` of this process after generating and after the
rebuild, and the `tracker rates` child's own peak (`own_peak_mb`).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from tracker import reconcile, store

COUNTRIES = ["US", "KR", "JP", "CN", "EU", "VN", "IN", "TW", "CA", "MX", "GB", "CH", "BR",
             "TH", "ID", "MY", "PH", "KH", "AU", "SG", "ZA", "TR", "IL", "NO", "NZ", "CL",
             "CO", "PE", "AR", "SA", "*"]
PRODUCTS = ["all", "autos", "auto parts", "steel", "aluminum", "copper", "lumber",
            "pharmaceuticals", "semiconductors", "agriculture"]
MEASURES = ["reciprocal", "section_232", "baseline", "fentanyl", "retaliatory", "fta"]
SENTENCES = [
    "The tariff stays at the current level, officials said.",
    "Washington raised the duty sharply this week.",
    "The rate was lowered under the new deal.",
    "Exports to the US reached a record in 2024.",
    "The trade surplus widened last year.",
    "The levy will take effect next month.",
    "The deadline was pushed back again.",
    "Shipments fell in the first half.",
]


def _lst(xs: list[str]) -> str:
    return "[" + ", ".join("'" + x + "'" for x in xs) + "]"


def generate(con, n_claims: int, n_facts: int) -> None:
    """Fill `articles` and `claims` with synthetic data, all in SQL."""
    n_articles = max(1, n_claims // 8)
    con.execute(f"""
        INSERT INTO articles (id, source, published, duplicate_of, fmt, text)
        SELECT 'a' || i, 'source' || (hash(i) % 400),
               DATE '2025-01-01' + CAST(hash(i * 7) % 365 AS INTEGER),
               CASE WHEN i > 0 AND hash(i * 13) % 20 = 0 THEN 'a' || (i - 1) END,
               'feed', ''
        FROM range({n_articles}) t(i)
    """)
    c, p, m, s = _lst(COUNTRIES), _lst(PRODUCTS), _lst(MEASURES), _lst(SENTENCES)
    from tracker.extract import judgments  # what the extractor records of each sentence
    chg = _lst([judgments.change_cue(x) or "" for x in SENTENCES])
    prd = _lst([judgments.period(x, "2025-06-30") or "" for x in SENTENCES])
    nc, np_, nm, ns = len(COUNTRIES), len(PRODUCTS), len(MEASURES), len(SENTENCES)
    con.execute(f"""
        INSERT INTO claims BY NAME
        WITH g AS (
          SELECT i, hash(i) % {n_facts} AS f, i // 8 AS art, hash(i * 31) AS r
          FROM range({n_claims}) t(i)
        ), k AS (
          SELECT g.*,
            CASE WHEN f % 10 < 6 THEN 'tariff_rate' WHEN f % 10 = 6 THEN 'effective_date'
                 WHEN f % 10 = 7 THEN 'exports' WHEN f % 10 = 8 THEN 'trade_surplus'
                 ELSE 'investment' END AS metric,
            {c}[1 + CAST(f % {nc} AS INTEGER)] AS imposer,
            {c}[1 + CAST((f // {nc}) % {nc} AS INTEGER)] AS target,
            {p}[1 + CAST((f // {nc * nc}) % {np_} AS INTEGER)] AS product,
            {m}[1 + CAST((f // {nc * nc * np_}) % {nm} AS INTEGER)] AS measure,
            {s}[1 + CAST(r % {ns} AS INTEGER)] AS sentence,
            {chg}[1 + CAST(r % {ns} AS INTEGER)] AS sentence_change,
            {prd}[1 + CAST(r % {ns} AS INTEGER)] AS sentence_period
          FROM g
        )
        SELECT 'a' || art || ':' || i || ':' || (i + 3) || ':x:y' AS claim_id,
          'a' || art AS article,
          CASE WHEN metric = 'tariff_rate' THEN 'rate' WHEN metric = 'effective_date'
               THEN 'date' ELSE 'amount' END AS kind,
          metric,
          CASE WHEN metric = 'tariff_rate' THEN 10 + (f % 5) * 5 + (CASE WHEN r % 97 = 0
                    THEN 1 ELSE 0 END) + (CASE WHEN r % 199 = 0 THEN 10 ELSE 0 END)
               WHEN metric = 'effective_date' THEN NULL
               ELSE (1 + f % 300) * 1e9
                    + (CASE WHEN r % 89 = 0 THEN (r % 3) * 1e8 ELSE 0 END) END AS value,
          CASE WHEN metric = 'effective_date'
               THEN DATE '2025-04-01' + CAST((f % 90) + (r % 23 = 0)::INT * 30 AS INTEGER)
               END AS date_value,
          CASE WHEN metric = 'tariff_rate' THEN 'percent' WHEN metric = 'effective_date'
               THEN 'date' ELSE 'USD' END AS unit,
          imposer, target,
          CASE WHEN metric IN ('tariff_rate', 'effective_date') THEN product END AS product,
          CASE WHEN metric IN ('tariff_rate', 'effective_date') AND r % 11 <> 0
               THEN measure END AS measure,
          ['in_effect', 'scheduled', 'agreed', 'paused', NULL, NULL,
           'previous'][1 + CAST(r % 7 AS INTEGER)] AS status,
          'quote ' || i AS quote,
          DATE '2025-01-01' + CAST(hash(art * 7) % 365 AS INTEGER) AS as_of,
          CASE WHEN metric = 'tariff_rate' AND r % 5 = 0
               THEN DATE '2025-04-01' + CAST(r % 200 AS INTEGER) END AS effective,
          CAST(i % 1000 AS INTEGER) AS quote_start, CAST(i % 1000 + 3 AS INTEGER) AS quote_end,
          sentence, 'bench' AS rule_id,
          CASE WHEN r % 13 = 0 THEN 'about' END AS hedge,
          CASE WHEN metric = 'tariff_rate' THEN 1 WHEN metric = 'effective_date' THEN NULL
               ELSE 1e8 END AS precision,
          nullif(sentence_change, '') AS change,
          CASE WHEN metric IN ('exports', 'trade_surplus') THEN nullif(sentence_period, '')
               END AS period
        FROM k
    """)


def maxrss_mb() -> float:
    """This process's peak resident set size so far, in MB (Linux reports KB, macOS bytes)."""
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / 1e6 if sys.platform == "darwin" else rss / 1e3


def own_peak_mb() -> float:
    """Peak RSS of this program alone: Linux's VmHWM, which starts afresh at exec.

    ru_maxrss would not do for a child process: Linux carries the parent's peak over
    the fork and exec that start it. Elsewhere it is the best there is.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1e3
    except OSError:
        pass
    return maxrss_mb()


#: `tracker rates`, reporting its own peak memory on stderr as it exits
RATES_CHILD = "\n".join([
    "import sys",
    f"sys.path.insert(0, {str(Path(__file__).resolve().parent)!r})",
    "from bench_reconcile import own_peak_mb",
    "from tracker.cli import app",
    "try:",
    "    app()",
    "finally:",
    "    print(f'peak_mb={own_peak_mb()}', file=sys.stderr)",
])


def time_rates_command(db: Path, *args: str) -> tuple[float, float, int, float]:
    """`tracker rates --db DB ARGS` in a child process: wall seconds, the child's CPU
    seconds, output lines (rows for json), peak MB."""
    cmd = [sys.executable, "-c", RATES_CHILD, "rates", "--db", str(db), *args]
    before = os.times()
    t0 = time.perf_counter()
    done = subprocess.run(cmd, capture_output=True, text=True, check=True)
    seconds = time.perf_counter() - t0
    after = os.times()
    cpu = (after.children_user - before.children_user
           + after.children_system - before.children_system)
    peak = float(done.stderr.strip().splitlines()[-1].removeprefix("peak_mb="))
    rows = len(json.loads(done.stdout)) if "json" in args else len(done.stdout.splitlines())
    return seconds, cpu, rows, peak


#: the `tracker rates` commands timed: the default table, the same as of a date, and
#: every column as JSON (evidence objects for each article stating each value)
RATES_RUNS = {
    "table": (),
    "table_as_of": ("--as-of", "2025-06-30"),
    "json": ("--format", "json"),
}


def run(n_claims: int = 100_000, n_facts: int | None = None) -> dict[str, Any]:
    """Generate, rebuild, ask for the current values; every figure in one dict."""
    n_facts = n_facts or max(1, n_claims // 20)
    out: dict[str, Any] = {"claims": n_claims, "facts_generated": n_facts}
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.duckdb"
        con = store.connect(db)
        t0 = time.perf_counter()
        generate(con, n_claims, n_facts)
        out["generate_seconds"] = time.perf_counter() - t0
        out["maxrss_mb_after_generate"] = maxrss_mb()
        t0 = time.perf_counter()
        con.execute("BEGIN TRANSACTION")
        reconcile.rebuild(con)
        con.execute("COMMIT")
        out["rebuild_seconds"] = time.perf_counter() - t0
        out["maxrss_mb_after_rebuild"] = maxrss_mb()
        out["tables"] = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                         for t in ("facts", "updates", "conflicts", "consistent",
                                   "current_values")}
        t0 = time.perf_counter()
        cur = reconcile.current(con, "2025-06-30")
        out["current_seconds"] = time.perf_counter() - t0
        out["current_rows"] = len(cur)
        con.close()
        for name, args in RATES_RUNS.items():
            secs, cpu, rows, peak = time_rates_command(db, *args)
            out[f"rates_{name}_seconds"] = secs
            out[f"rates_{name}_cpu_seconds"] = cpu
            out[f"rates_{name}_rows"] = rows
            out[f"rates_{name}_peak_mb"] = peak
        # the names earlier versions printed (JSON output)
        out["rates_command_seconds"] = out["rates_json_seconds"]
        out["rates_rows"] = out["rates_json_rows"]
        out["rates_command_peak_mb"] = out["rates_json_peak_mb"]
    out["claims_per_second"] = n_claims / out["rebuild_seconds"]
    return out


def summary(r: dict[str, Any]) -> str:
    tables = ", ".join(f"{k}: {v:,}" for k, v in r["tables"].items())
    return "\n".join([
        f"generated {r['claims']:,} claims in {r['generate_seconds']:.1f} s",
        f"reconcile.rebuild: {r['rebuild_seconds']:.2f} s "
        f"({r['claims_per_second']:,.0f} claims/s), peak RSS {r['maxrss_mb_after_rebuild']:.0f} MB",
        f"  {tables}",
        f"reconcile.current(as_of=2025-06-30): {r['current_seconds']:.2f} s "
        f"({r['current_rows']:,} facts)",
        *(f"tracker rates {' '.join(RATES_RUNS[k]) or '(table)'} (child process): "
          f"{r[f'rates_{k}_seconds']:.2f} s wall, {r[f'rates_{k}_cpu_seconds']:.2f} s CPU "
          f"({r[f'rates_{k}_rows']:,} {'rows' if k == 'json' else 'lines'}), "
          f"peak RSS {r[f'rates_{k}_peak_mb']:.0f} MB" for k in RATES_RUNS),
    ])


def main(argv: list[str] | None = None) -> dict[str, Any]:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--claims", type=int, default=100_000, help="claims to generate")
    ap.add_argument("--facts", type=int, default=None,
                    help="distinct facts they speak about (default: claims / 20)")
    ap.add_argument("--json", type=Path, metavar="FILE", help="also write the figures here")
    a = ap.parse_args(argv)
    r = run(a.claims, a.facts)
    print(summary(r))
    if a.json:
        a.json.write_text(json.dumps(r, indent=2) + "\n", encoding="utf-8")
    return r


if __name__ == "__main__":
    main()
