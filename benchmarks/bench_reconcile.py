"""Benchmark: reconcile 1,000,000 synthetic claims (about 50,000 facts) in DuckDB.

The claims are generated with SQL straight into a temporary database (about 125,000
articles, 5 % of them marked as duplicates; rates, effective dates, flows with named
periods and pledges; statuses, hedges, change sentences, 'previous' values and
NULL measures mixed in), then ``tracker.reconcile.rebuild`` is timed inside one
transaction, as ``tracker ingest`` runs it.

    python benchmarks/bench_reconcile.py [--claims N] [--facts F] [--repeat R]

Prints the rebuild time in seconds and claims per second.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

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
    nc, np_, nm, ns = len(COUNTRIES), len(PRODUCTS), len(MEASURES), len(SENTENCES)
    con.execute(f"""
        INSERT INTO claims
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
            {s}[1 + CAST(r % {ns} AS INTEGER)] AS sentence
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
               ELSE 1e8 END AS precision
        FROM k
    """)


def run(n_claims: int = 1_000_000, n_facts: int = 50_000, repeat: int = 1) -> float:
    with tempfile.TemporaryDirectory() as tmp:
        con = store.connect(Path(tmp) / "bench.duckdb")
        t0 = time.perf_counter()
        generate(con, n_claims, n_facts)
        gen = time.perf_counter() - t0
        n = con.execute("SELECT count(*) FROM claims").fetchone()[0]
        print(f"generated {n:,} claims in {gen:.1f} s")
        best = float("inf")
        for _ in range(repeat):
            t0 = time.perf_counter()
            con.execute("BEGIN TRANSACTION")
            reconcile.rebuild(con)
            con.execute("COMMIT")
            best = min(best, time.perf_counter() - t0)
        counts = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                  for t in ("facts", "updates", "conflicts", "consistent", "current_values")}
        t0 = time.perf_counter()
        cur = reconcile.current(con, "2025-06-30")
        as_of_s = time.perf_counter() - t0
        con.close()
    print(f"reconcile.rebuild: {best:.2f} s for {n:,} claims = {n / best:,.0f} claims/s")
    print("  " + ", ".join(f"{k}: {v:,}" for k, v in counts.items()))
    print(f"reconcile.current(as_of=2025-06-30): {as_of_s:.2f} s ({len(cur):,} facts)")
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--claims", type=int, default=1_000_000)
    ap.add_argument("--facts", type=int, default=50_000)
    ap.add_argument("--repeat", type=int, default=1)
    a = ap.parse_args()
    run(a.claims, a.facts, a.repeat)


if __name__ == "__main__":
    main()
