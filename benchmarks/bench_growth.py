"""How cost grows: time and peak memory of ingest, reconciliation and the reports by size.

    python benchmarks/bench_growth.py                          # the sizes of docs/benchmarks.md
    python benchmarks/bench_growth.py --articles 1000,10000 --claims 100000,1000000
    python benchmarks/bench_growth.py --articles 0 --claims 5000000 --json out.json

Every step runs as its own process, so that each peak is that step's alone (Linux
VmHWM, the resident-set high-water mark, reported by the process as it exits; DuckDB
allocates outside Python, where tracemalloc would not see it):

- ingest (`--articles`): `tracker ingest FEED --db NEW` on a JSONL feed of N articles,
  one worker. The articles are made of real news: each is 10 paragraphs drawn at random
  (fixed seed) from the paragraphs of the dev feed and the seeds (benchmarks/corpus.py;
  data/sample/articles without ../shared), every second one undated. Repeating whole
  articles would make every copy a duplicate of the first, which dedup would have to
  compare with every earlier copy: a cost no real feed has.
- reconciliation (`--claims`): bench_reconcile.generate writes N synthetic claims into a
  new database (not timed), then one process runs `reconcile.rebuild` (timed inside).
- reports: on that database, each command of bench_reports.REPORTS, fastest of
  `--repeat` runs, whole process (start-up included).

Wall seconds are the fastest run's; CPU seconds are user + system of the process
(DuckDB's threads included).
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_reports import REPORTS, best_of, run_tracker, time_reports  # noqa: E402

ARTICLES = (1_000, 10_000, 100_000)
CLAIMS = (100_000, 1_000_000, 5_000_000)

#: one process: make N synthetic claims in a new database (bench_reconcile.generate)
GENERATE = """
import sys
sys.path.insert(0, {bench!r})
from bench_reconcile import generate
from tracker import store
con = store.connect({db!r})
con.execute("SET enable_progress_bar = false")
generate(con, {n}, max(1, {n} // 20))
con.close()
"""

#: one process: the full rebuild, timed inside; prints its figures as JSON
REBUILD = """
import json, os, time
from tracker import reconcile, store
con = store.connect({db!r})
t0, c0 = time.perf_counter(), os.times()
con.execute("BEGIN TRANSACTION")
reconcile.rebuild(con)
con.execute("COMMIT")
wall, c1 = time.perf_counter() - t0, os.times()
facts = con.execute("SELECT count(*) FROM facts").fetchone()[0]
con.close()
with open("/proc/self/status", encoding="ascii") as f:
    peak = next(int(x.split()[1]) / 1e3 for x in f if x.startswith("VmHWM:"))
print(json.dumps({{"seconds": wall, "cpu_seconds": c1.user - c0.user + c1.system - c0.system,
                  "facts": facts, "peak_mb": peak}}))
"""


def paragraphs() -> tuple[list[tuple[str, str]], str]:
    """(source, paragraph) of every real article paragraph, and where they come from."""
    from corpus import load_articles, source_paths

    paths, label = source_paths()
    pool = [(a.source or "unknown", p.strip()) for a in load_articles(paths)
            for p in a.text.split("\n") if len(p.strip()) >= 40]
    return pool, label


def write_feed(path: Path, n: int, pool: list[tuple[str, str]], seed: int = 7) -> int:
    """A JSONL feed of `n` articles of 10 random paragraphs each; returns its bytes."""
    rnd = random.Random(seed)
    size = 0
    with path.open("w", encoding="utf-8") as f:
        for i in range(n):
            picked = rnd.sample(pool, min(10, len(pool)))
            day = f"2025-{1 + i % 12:02d}-{1 + i % 28:02d}"
            rec = {"id": f"g{i}", "url": None, "source": picked[0][0],
                   "published": None if i % 2 else day, "title": None,
                   "text": "\n".join(p for _, p in picked)}
            line = json.dumps(rec, ensure_ascii=False) + "\n"
            size += len(line.encode("utf-8"))
            f.write(line)
    return size


def ingest(n: int, pool: list[tuple[str, str]], tmp: Path) -> dict[str, Any]:
    """`tracker ingest` of n articles into a new database, one process."""
    feed, db = tmp / f"feed{n}.jsonl", tmp / f"ingest{n}.duckdb"
    size = write_feed(feed, n, pool)
    r = run_tracker("ingest", str(feed), "--db", str(db))
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    claims = con.execute("SELECT count(*) FROM claims").fetchone()[0]
    con.close()
    db.unlink()
    feed.unlink()
    return {"articles": n, "mb": size / 1e6, "claims": claims, "seconds": r["seconds"],
            "cpu_seconds": r["cpu_seconds"], "peak_mb": r["peak_mb"]}


def reconcile_and_report(n: int, tmp: Path, repeat: int) -> dict[str, Any]:
    """Generate n claims, rebuild (timed, own process), then the reports."""
    db = tmp / f"claims{n}.duckdb"
    bench = str(Path(__file__).resolve().parent)
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-c", GENERATE.format(bench=bench, db=str(db), n=n)],
                   check=True)
    made = time.perf_counter() - t0
    done = subprocess.run([sys.executable, "-c", REBUILD.format(db=str(db))], check=True,
                          capture_output=True, text=True)
    rebuild = json.loads(done.stdout.strip().splitlines()[-1])
    out = {"claims": n, "generate_seconds": made, "rebuild": rebuild,
           "db_mb": db.stat().st_size / 1e6, "reports": time_reports(db, repeat)}
    db.unlink()
    return out


def run(articles: list[int], claims: list[int], repeat: int = 3) -> dict[str, Any]:
    out: dict[str, Any] = {"ingest": [], "reconcile": [], "repeat": repeat}
    with tempfile.TemporaryDirectory() as t:
        tmp = Path(t)
        if articles:
            pool, label = paragraphs()
            out["paragraphs"] = {"count": len(pool), "source": label}
            out["version"] = best_of(("--version",), repeat)
            for n in articles:
                out["ingest"].append(ingest(n, pool, tmp))
                print(ingest_line(out["ingest"][-1]), flush=True)
        for n in claims:
            out["reconcile"].append(reconcile_and_report(n, tmp, repeat))
            print(reconcile_lines(out["reconcile"][-1]), flush=True)
    return out


def ingest_line(x: dict[str, Any]) -> str:
    return (f"ingest {x['articles']:>9,} articles ({x['mb']:.1f} MB, {x['claims']:,} claims): "
            f"{x['seconds']:.1f} s wall, {x['cpu_seconds']:.1f} s CPU, "
            f"peak {x['peak_mb']:.0f} MB")


def reconcile_lines(x: dict[str, Any]) -> str:
    b = x["rebuild"]
    lines = [f"rebuild {x['claims']:>10,} claims ({b['facts']:,} facts, {x['db_mb']:.0f} MB "
             f"file): {b['seconds']:.1f} s wall, {b['cpu_seconds']:.1f} s CPU, "
             f"peak {b['peak_mb']:.0f} MB"]
    for name, args in REPORTS.items():
        r = x["reports"][name]
        lines.append(f"  tracker {' '.join(args):<42} {r['seconds']:6.2f} s wall "
                     f"{r['cpu_seconds']:6.2f} s CPU  peak {r['peak_mb']:5.0f} MB")
    return "\n".join(lines)


def sizes(text: str) -> list[int]:
    return [int(x) for x in text.replace("_", "").split(",") if x.strip() and int(x) > 0]


def main(argv: list[str] | None = None) -> dict[str, Any]:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=sizes, default=list(ARTICLES),
                    help="ingest sizes, comma-separated (0: none)")
    ap.add_argument("--claims", type=sizes, default=list(CLAIMS),
                    help="reconciliation and report sizes, comma-separated (0: none)")
    ap.add_argument("--repeat", type=int, default=3, help="runs of each report (fastest)")
    ap.add_argument("--json", type=Path, metavar="FILE", help="also write the figures here")
    a = ap.parse_args(argv)
    r = run(a.articles, a.claims, a.repeat)
    if a.json:
        a.json.write_text(json.dumps(r, indent=2) + "\n", encoding="utf-8")
    return r


if __name__ == "__main__":
    main()
