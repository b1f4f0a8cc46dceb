"""Ingesting one article into a large database: the incremental reconciliation.

    python benchmarks/bench_incremental.py                    # 1,000,000 claims
    python benchmarks/bench_incremental.py --claims 100000 --json out.json
    python benchmarks/bench_incremental.py --db base.duckdb  # keep (or reuse) the database

Builds a database of N synthetic claims as bench_reconcile.py does (`generate`: 31
countries, 8 claims per article, dated through 2025), reconciles it in full once (timed: the
`tracker reconcile --full` figure) and indexes its articles for near-duplicate search (as a
database `tracker ingest` wrote would be). Then it times whole `tracker.ingest.ingest` calls
(read, clean, deduplicate, extract, store and reconcile, in wall seconds) of real-looking
articles, one per call: the repository's sample articles (data/sample/articles), each
dated inside the synthetic range, so the latest evidence date stays; and one more
published after every other article, which moves it (the groups dated between the old and
the new date are recomputed too, the other current values re-dated). For each it reports
how reconciliation went (incremental or full), how many
country groups it replaced and how many claims the stages read.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_reconcile import generate, maxrss_mb  # noqa: E402
from corpus import SAMPLE  # noqa: E402

from tracker import dedup, store  # noqa: E402
from tracker.ingest import ingest  # noqa: E402
from tracker.reconcile import driver, incremental  # noqa: E402

#: the sample articles ingested one by one (every other one: a mix of countries and pauses),
#: and the one published after all others
_ALL = sorted(p for p in SAMPLE.iterdir() if p.suffix in (".txt", ".html"))
ARTICLES, NEWEST = _ALL[::2], next(p for p in _ALL if p.stem == "s13_mx_extension")


def timed_ingest(path: Path, db: Path, published: dt.date | None = None
                 ) -> dict[str, Any]:
    """One whole ingest call; with what the reconciliation did (refresh's Outcome)."""
    seen: list[incremental.Outcome] = []
    real = incremental.refresh

    def spy(con: Any, articles: list[str]) -> incremental.Outcome:
        t0 = time.perf_counter()
        out = real(con, articles)
        seen.append(out)
        spy.seconds = time.perf_counter() - t0  # type: ignore[attr-defined]
        return out

    incremental.refresh = spy  # type: ignore[assignment]
    try:
        t0, c0 = time.perf_counter(), time.process_time()
        result = ingest([path], db=db, published=published)
        seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
    finally:
        incremental.refresh = real  # type: ignore[assignment]
    how = seen[-1] if seen else incremental.Outcome("none")
    return {"article": path.name, "published": str(published or ""), "seconds": seconds,
            "cpu_seconds": cpu,
            "reconcile_seconds": getattr(spy, "seconds", 0.0), "claims": result.claims,
            "mode": how.mode, "groups": how.groups, "slice_claims": how.claims,
            "moved": how.moved, "steps": dict(incremental.TIMES)}


def build(db: Path, n_claims: int) -> dict[str, Any]:
    """Generate `n_claims`, rebuild in full (timed) and index the articles for dedup."""
    out: dict[str, Any] = {}
    con = store.connect(db)
    try:
        t0 = time.perf_counter()
        generate(con, n_claims, max(1, n_claims // 20))
        out["generate_seconds"] = time.perf_counter() - t0
        t0, c0 = time.perf_counter(), time.process_time()
        con.execute("BEGIN TRANSACTION")
        driver.rebuild(con)
        con.execute("COMMIT")
        out["full_rebuild_seconds"] = time.perf_counter() - t0
        out["full_rebuild_cpu_seconds"] = time.process_time() - c0
        dedup.ensure_index(con)
    finally:
        con.close()
    return out


def run(n_claims: int = 1_000_000, base: Path | None = None) -> dict[str, Any]:
    """Generate, rebuild in full, then ingest the articles one at a time. With `base`, the
    database is made there once (kept) and each run ingests into a copy of it."""
    incremental.TIMING = True  # CPU seconds of each step (incremental.TIMES)
    out: dict[str, Any] = {"claims": n_claims, "cpus": os.cpu_count()}
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.duckdb"
        if base is not None and base.exists():
            shutil.copyfile(base, db)
            out["reused"] = str(base)
        else:
            out.update(build(base or db, n_claims))
            if base is not None:
                shutil.copyfile(base, db)
        con = store.connect(db, read_only=True)
        latest = con.execute("SELECT max(published) FROM articles").fetchone()[0]
        out["claims"] = con.execute("SELECT count(*) FROM claims").fetchone()[0]
        con.close()
        # the first call pays for imports and the extractor's start-up: timed apart
        out["first"] = timed_ingest(ARTICLES[0], db)
        out["runs"] = [timed_ingest(p, db) for p in ARTICLES[1:]]
        newest = latest + dt.timedelta(days=30)
        out["newest"] = timed_ingest(NEWEST, db, published=newest)
        out["maxrss_mb"] = maxrss_mb()
    for key in ("seconds", "cpu_seconds"):
        got = [r[key] for r in out["runs"]]
        out[f"median_{key}"], out[f"max_{key}"] = statistics.median(got), max(got)
    return out


def _line(r: dict[str, Any]) -> str:
    return (f"  {r['article']:<22} {r['seconds']:5.2f} s wall, {r['cpu_seconds']:5.2f} s CPU "
            f"(reconcile {r['reconcile_seconds']:.2f}"
            f" s, {r['mode']}, {r['groups']} groups, {r['slice_claims']:,} claims read"
            f"{', latest date moved' if r['moved'] else ''}); "
            f"{r['claims']} claims"
            + ("\n    " + ", ".join(f"{k} {v:.2f}" for k, v in sorted(
                r.get("steps", {}).items(), key=lambda kv: -kv[1]) if v >= 0.01)
               if r.get("steps") else ""))


def summary(r: dict[str, Any]) -> str:
    made = [f"{r['claims']:,} claims of {r['reused']} ({r['cpus']} cores)"] if "reused" in r \
        else [f"{r['claims']:,} claims generated in {r['generate_seconds']:.1f} s "
              f"({r['cpus']} cores)",
              f"full rebuild (tracker reconcile --full): {r['full_rebuild_seconds']:.2f} s "
              f"wall, {r['full_rebuild_cpu_seconds']:.2f} s CPU"]
    return "\n".join([
        *made,
        "ingest of one article (read, extract, store, reconcile), first call:",
        _line(r["first"]),
        "then one at a time:",
        *(_line(x) for x in r["runs"]),
        f"  median {r['median_seconds']:.2f} s wall ({r['median_cpu_seconds']:.2f} s CPU), "
        f"max {r['max_seconds']:.2f} s wall ({r['max_cpu_seconds']:.2f} s CPU)",
        "an article published after every other one (the latest date moves):",
        _line(r["newest"]),
        f"peak RSS {r['maxrss_mb']:.0f} MB",
    ])


def main(argv: list[str] | None = None) -> dict[str, Any]:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--claims", type=int, default=1_000_000, help="claims to generate")
    ap.add_argument("--db", type=Path, metavar="FILE",
                    help="the reconciled database: made there when missing, else reused; "
                         "the articles are ingested into a copy")
    ap.add_argument("--json", type=Path, metavar="FILE", help="also write the figures here")
    a = ap.parse_args(argv)
    r = run(a.claims, a.db)
    print(summary(r))
    if a.json:
        a.json.write_text(json.dumps(r, indent=2, default=str) + "\n", encoding="utf-8")
    return r


if __name__ == "__main__":
    main()
