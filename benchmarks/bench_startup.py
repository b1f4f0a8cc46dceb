"""Start-up: `tracker --help` and `tracker extract ONE_ARTICLE`, each a whole process.

    python benchmarks/bench_startup.py                 # fastest and median of 7 runs each
    python benchmarks/bench_startup.py --repeat 11 --json out.json
    python benchmarks/bench_startup.py --before /tmp/old   # old checkout, side by side

Issue 14 item 1 asks for `tracker --help` under 0.3 s and one article extracted under 1 s,
whole process: what a user waits for at the terminal. Each run is a new interpreter
running the console script's entry point (bench_reports.run_tracker), timed by wall clock
and by the child's user + system CPU; the fastest run is the least disturbed by other processes on a
shared machine, the median says what a user usually sees. The article is the first seed
of `../shared/seeds/` (real news, 12 KB), else the first article of `data/sample/articles`.

With `--before DIR` each command is also timed in another checkout (DIR holds its
`tracker/` and `rules/`, as `git archive` unpacks it); the two take turns, so both see the
same load. Whether the modules' bytecode is cached (`__pycache__`) changes
the figures by about 0.15 s (with PYTHONDONTWRITEBYTECODE=1 every run compiles every
module anew): the script says which it saw.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_reports import run_tracker  # noqa: E402  (one `tracker` process, timed)

REPO = Path(__file__).resolve().parents[1]
TARGETS = {"help": 0.3, "extract_one": 1.0}  # seconds, whole process (issue 14 item 1)


def article() -> Path:
    """A real news article if ../shared is beside the repository, else our own sample."""
    seeds = sorted((REPO.parent / "shared" / "seeds").glob("*.txt"))
    return seeds[0] if seeds else sorted((REPO / "data" / "sample" / "articles").glob("*"))[0]


def summary(runs: list[dict[str, float]]) -> dict[str, float]:
    walls, cpus = [r["seconds"] for r in runs], [r["cpu_seconds"] for r in runs]
    return {"wall_fastest": min(walls), "wall_median": statistics.median(walls),
            "cpu_fastest": min(cpus), "cpu_median": statistics.median(cpus), "runs": len(runs)}


def variants(before: Path | None) -> dict[str, dict[str, str]]:
    """The processes timed, by name -> the environment they add: this checkout, and the
    other checkout (its rule files too: its tracker.rulebook is not installed)."""
    out: dict[str, dict[str, str]] = {"after": {}}
    if before is not None:
        out["before"] = {"BENCH_TRACKER_SOURCE": str(before),
                         "TRACKER_RULES": str(before / "rules")}
    return out


def measure(args: list[str], repeat: int, envs: dict[str, dict[str, str]]) -> dict[str, dict]:
    """The runs of each variant, taking turns (so that all see the same load)."""
    run_tracker(*args)  # (one untimed run: the files are then in the page cache)
    runs: dict[str, list] = {name: [] for name in envs}
    for _ in range(repeat):
        for name, env in envs.items():
            saved = {k: os.environ.get(k) for k in env}
            os.environ.update(env)
            try:
                runs[name].append(run_tracker(*args))
            finally:
                for k, v in saved.items():
                    if v is None:
                        del os.environ[k]
                    else:
                        os.environ[k] = v
    return {k: summary(v) for k, v in runs.items()}


def bytecode_cached(root: Path) -> bool:
    """Are the tracker modules' compiled forms there to load (tracker/extract/__pycache__)?"""
    return any((root / "tracker" / "extract" / "__pycache__").glob("engine.*.pyc"))


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=7, help="runs of each command")
    ap.add_argument("--json", type=Path, metavar="FILE", help="also write the figures here")
    ap.add_argument("--before", type=Path, metavar="DIR",
                    help="another checkout (its tracker/ and rules/) to time side by side")
    opts = ap.parse_args(argv)
    one = article()
    load = os.getloadavg()[0]
    out: dict = {"article": one.name, "article_bytes": one.stat().st_size,
                 "cores": os.cpu_count(), "load": load, "bytecode_cached": bytecode_cached(REPO)}
    envs = variants(opts.before)
    runs = {"help": measure(["--help"], opts.repeat, envs),
            "extract_one": measure(["extract", str(one), "--format", "jsonl"], opts.repeat,
                                   envs)}
    out["load_after"] = os.getloadavg()[0]
    out.update((name, r["after"]) for name, r in runs.items())
    if opts.before is not None:  # the other checkout's figures, under "before"
        out["before"] = {"dir": str(opts.before), "bytecode_cached": bytecode_cached(opts.before),
                         **{name: r["before"] for name, r in runs.items()}}
    print(f"start-up, {out['cores']} cores, load {load:.1f} to {out['load_after']:.1f}, "
          f"fastest / median of {opts.repeat} runs, whole process; bytecode cached: "
          f"{out['bytecode_cached']}" + (f" (before: {out['before']['bytecode_cached']})"
                                         if opts.before is not None else ""))
    for name, label in (("help", "tracker --help"),
                        ("extract_one", f"tracker extract {one.name} ({out['article_bytes']} B)")):
        target = TARGETS[name]
        for which, m in runs[name].items():
            verdict = "met" if m["wall_fastest"] < target else "NOT met"
            tag = "" if which == "after" and opts.before is None else f" [{which}]"
            print(f"  {label + tag:70} wall {m['wall_fastest']:.2f} / {m['wall_median']:.2f} s, "
                  f"CPU {m['cpu_fastest']:.2f} / {m['cpu_median']:.2f} s "
                  f"(target < {target} s: {verdict})")
            m["target"], m["met"] = target, m["wall_fastest"] < target
    if opts.json:
        opts.json.write_text(json.dumps(out, indent=2), encoding="utf-8")
    return out


if __name__ == "__main__":
    main()
