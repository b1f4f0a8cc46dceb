"""The reports on a large store, each a whole `tracker` process: start-up included.

    python benchmarks/bench_reports.py                     # 1,000,000 claims
    python benchmarks/bench_reports.py --claims 100000 --repeat 5 --json out.json
    python benchmarks/bench_reports.py --db big.duckdb     # reuse (or keep) the database
    BENCH_TRACKER_SOURCE=old/ python benchmarks/bench_reports.py --db big.duckdb
                                   # the reports of old/tracker (e.g. `git archive` of a commit)

The database is made as bench_reconcile.py makes it (synthetic claims written with SQL,
then one full rebuild). Each report command in REPORTS then runs `--repeat` times in a
child process (`python -m tracker ...`, its output read and counted, not printed); the
figures are the fastest run's wall seconds, its CPU seconds (user + system of the child)
and the child's own peak resident memory (Linux VmHWM, reported by the child as it exits:
ru_maxrss would carry the parent's peak into the child). The aim is under 0.5 s for
`tracker rates` and `tracker rates --as-of` at a million claims; nothing is asserted.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_reconcile import generate  # noqa: E402

#: the commands timed: the table of current rates, the same as of a date, and the
#: conflicts and timeline of one partner
REPORTS: dict[str, tuple[str, ...]] = {
    "rates": ("rates",),
    "rates_as_of": ("rates", "--as-of", "2025-06-01"),
    "conflicts_kr": ("conflicts", "--target", "KR"),
    "timeline_kr_steel": ("timeline", "--target", "KR", "--product", "steel"),
}

#: a `tracker` process that reports its own peak memory on stderr as it exits (Linux
#: VmHWM, as bench_reconcile.own_peak_mb reads it: that module is not imported here, as
#: it imports tracker.reconcile and the store, which `tracker --version` does not need)
CHILD = "\n".join([
    "import os, sys",
    "sys.argv[0] = 'tracker'",
    "old = os.environ.get('BENCH_TRACKER_SOURCE')",  # another checkout's tracker/ (a 'before')
    "if old:",
    "    sys.meta_path[:] = [f for f in sys.meta_path if '__editable__' not in repr(f)]",
    "    sys.path.insert(0, old)",
    "def peak():",
    "    try:",
    "        with open('/proc/self/status', encoding='ascii') as f:",
    "            return next(int(x.split()[1]) / 1e3 for x in f if x.startswith('VmHWM:'))",
    "    except (OSError, StopIteration):",
    "        import resource",
    "        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e3",
    "try:",
    "    try:",
    "        from tracker.quick import main",  # the `tracker` entry point
    "    except ImportError:",  # (a tracker from before it: PYTHONPATH=old/ for a 'before')
    "        from tracker.cli import app as main",
    "    main()",
    "finally:",
    "    print(f'peak_mb={peak()}', file=sys.stderr)",
])


def run_tracker(*args: str) -> dict[str, Any]:
    """One `tracker ARGS` process: wall and CPU seconds, output lines, its peak MB."""
    before = os.times()
    t0 = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", CHILD, *args], capture_output=True,
                          text=True, check=False)
    wall = time.perf_counter() - t0
    after = os.times()
    if done.returncode != 0:
        raise SystemExit(f"tracker {' '.join(args)} failed:\n{done.stderr}")
    cpu = (after.children_user - before.children_user
           + after.children_system - before.children_system)
    peak = float(done.stderr.strip().splitlines()[-1].removeprefix("peak_mb="))
    return {"seconds": wall, "cpu_seconds": cpu, "lines": done.stdout.count("\n"),
            "peak_mb": peak}


def best_of(args: tuple[str, ...], repeat: int) -> dict[str, Any]:
    """The fastest (wall) of `repeat` runs: the others were slowed by other work."""
    runs = [run_tracker(*args) for _ in range(max(1, repeat))]
    best = min(runs, key=lambda r: r["seconds"])
    return {**best, "runs": repeat, "median_seconds": sorted(r["seconds"] for r in runs)[
        len(runs) // 2], "min_cpu_seconds": min(r["cpu_seconds"] for r in runs)}


def build(db: Path, n_claims: int) -> dict[str, Any]:
    """A reconciled database of `n_claims` synthetic claims (bench_reconcile.generate)."""
    from tracker import reconcile, store

    con = store.connect(db)
    try:
        t0 = time.perf_counter()
        generate(con, n_claims, max(1, n_claims // 20))
        made = time.perf_counter() - t0
        t0 = time.perf_counter()
        con.execute("BEGIN TRANSACTION")
        reconcile.rebuild(con)
        con.execute("COMMIT")
        rebuilt = time.perf_counter() - t0
        facts = con.execute("SELECT count(*) FROM facts").fetchone()[0]
    finally:
        con.close()
    return {"generate_seconds": made, "rebuild_seconds": rebuilt, "facts": facts}


def time_reports(db: Path, repeat: int = 3) -> dict[str, dict[str, Any]]:
    """Every command of REPORTS on `db`, the fastest of `repeat` runs each."""
    return {name: best_of((*args, "--db", str(db)), repeat) for name, args in REPORTS.items()}


def run(n_claims: int = 1_000_000, repeat: int = 3, db: Path | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {"claims": n_claims, "repeat": repeat}
    with tempfile.TemporaryDirectory() as tmp:
        path = db or Path(tmp) / "bench.duckdb"
        if not path.exists():
            out.update(build(path, n_claims))
        else:
            out["reused"] = str(path)
        out["reports"] = time_reports(path, repeat)
        out["version"] = run_tracker("--version")
    return out


def summary(r: dict[str, Any]) -> str:
    lines = [f"{r['claims']:,} claims" + (f", {r['facts']:,} facts (rebuild "
                                          f"{r['rebuild_seconds']:.1f} s)" if "facts" in r
                                          else f" ({r.get('reused')})"),
             f"{'command':<48} {'wall s':>7} {'CPU s':>6} {'lines':>8} {'peak MB':>8}"]
    for name, args in {**REPORTS, "version": ("--version",)}.items():
        x = r["reports"].get(name) or r["version"]
        lines.append(f"{'tracker ' + ' '.join(args):<48} {x['seconds']:>7.2f} "
                     f"{x['cpu_seconds']:>6.2f} {x['lines']:>8,} {x['peak_mb']:>8.0f}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> dict[str, Any]:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--claims", type=int, default=1_000_000, help="claims to generate")
    ap.add_argument("--repeat", type=int, default=3, help="runs of each command (fastest)")
    ap.add_argument("--db", type=Path, help="database to use (made there when missing)")
    ap.add_argument("--json", type=Path, metavar="FILE", help="also write the figures here")
    a = ap.parse_args(argv)
    r = run(a.claims, a.repeat, a.db)
    print(summary(r))
    if a.json:
        a.json.write_text(json.dumps(r, indent=2) + "\n", encoding="utf-8")
    return r


if __name__ == "__main__":
    main()
