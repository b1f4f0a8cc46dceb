"""How cost grows: time and peak memory of ingest, reconciliation and the reports by size.

    python benchmarks/bench_growth.py                          # small: 1k articles, 100k claims
    python benchmarks/bench_growth.py --all --work /big/tmp    # item 7's sizes (hours on 2 cores)
    python benchmarks/bench_growth.py --articles 1000,10000 --claims 100000,1000000
    python benchmarks/bench_growth.py --articles 0 --claims 5000000 --memory-limit 3GB \
        --max-temp-size 30GB --work /big/tmp
    python benchmarks/bench_growth.py --table run1.json run2.json   # the table of saved runs

At the end it prints one table of every size run (time, peak memory, the machine's cores
and load), as docs/benchmarks.md keeps it.

Every step runs as its own process, so that each peak is that step's alone (Linux
VmHWM, the resident-set high-water mark, reported by the process as it exits; DuckDB
allocates outside Python, where tracemalloc would not see it):

- ingest (`--articles`): N articles into a new database, one worker, as a feed arrives:
  in batches of at most `--batch` articles (default 10,000), each batch one process
  (`tracker.ingest.ingest` of a JSONL file, as `tracker ingest FEED --db DB` runs it),
  so that memory stays bounded by the batch and every batch prints its figures as it
  ends (progress of a long size). Each batch reports its CPU seconds by stage (read and
  clean, fingerprints, duplicate search, extraction, store writes, reconciliation):
  exclusive times, from timers wrapped around those functions. The articles are made of
  real news: each is 10 paragraphs drawn at random (fixed seed) from the paragraphs of
  the dev feed and the seeds (benchmarks/corpus.py; data/sample/articles without
  ../shared), every second one undated. Repeating whole articles would make every copy
  a duplicate of the first, which dedup would have to compare with every earlier copy: a
  cost no real feed has. (Drawn from ~780 paragraphs, about one article in eight shares
  a paragraph with any other, so many articles are near-duplicate candidates of many
  others: a heavier duplicate search than a real feed's.)
- reconciliation (`--claims`): bench_reconcile.generate writes N synthetic claims into a
  new database (not timed), then one process runs `reconcile.rebuild` (timed inside,
  timed_rebuild: each stage's wall and CPU seconds, RSS, peak and spill on stderr as it
  ends, so that a run stopped midway still says which stage it was in).
- reports: on that database, each command of bench_reports.REPORTS, fastest of
  `--repeat` runs, whole process (start-up included).

Wall seconds are the fastest run's; CPU seconds are user + system of the process
(DuckDB's threads included).
"""

from __future__ import annotations

import argparse
import datetime
import functools
import itertools
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_reports import REPORTS, best_of, time_reports  # noqa: E402

#: the sizes of issue 14 item 7 (--all); the default run is the first of each (CI's sake)
ARTICLES = (1_000, 10_000, 100_000)
BATCH = 10_000
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

#: one process: the full rebuild, timed inside (timed_rebuild); prints its figures as JSON
REBUILD = """
import json, sys
sys.path.insert(0, {bench!r})
import bench_growth
print(json.dumps(bench_growth.timed_rebuild({db!r})))
"""


def _status_mb(key: str) -> float:
    """A /proc/self/status figure in MB (VmHWM: the peak so far; VmRSS: now)."""
    with open("/proc/self/status", encoding="ascii") as f:
        return next(int(x.split()[1]) / 1e3 for x in f if x.startswith(key + ":"))


def _folder_mb(path: str) -> float:
    """Bytes under a folder (DuckDB's spill files), in MB; 0 when it does not exist."""
    total = 0
    for root, _, names in os.walk(path):
        for name in names:
            try:
                total += os.stat(os.path.join(root, name)).st_size
            except OSError:  # a spill file removed while walking
                pass
    return total / 1e6


def timed_rebuild(db: str, tell: Callable[[str], None] | None = None) -> dict[str, Any]:
    """The full rebuild of `db` in one transaction, each stage timed as it runs: wall and CPU
    seconds (every thread's), the process's RSS and peak after it, and the most DuckDB had
    spilled to its temp_directory during it (sampled every 0.25 s). Each stage's line goes
    to `tell` (default stderr) as it ends, so a run stopped midway still says where it was."""
    import threading

    import duckdb

    from tracker import reconcile, store
    from tracker.reconcile import driver

    say = tell or (lambda line: print(line, file=sys.stderr, flush=True))
    con = store.connect(db)
    temp = str(con.execute("SELECT current_setting('temp_directory')").fetchall()[0][0])
    spill = {"now": 0.0, "max": 0.0}
    stop = threading.Event()

    def watch() -> None:
        while not stop.wait(0.25):
            spill["now"] = _folder_mb(temp)
            spill["max"] = max(spill["max"], spill["now"])

    stages: list[dict[str, Any]] = []
    depth = [0]
    slices: dict[str, int] = {}  # each chunked stage's slices run so far (run_stage_chunk)

    def wrap(name: str) -> None:
        fn = getattr(driver, name)

        @functools.wraps(fn)
        def timed(con: Any, stage: Any, *args: Any, **kwargs: Any) -> Any:
            depth[0] += 1
            if depth[0] > 1:  # run_stage_bounded calls run_stage: time the outer one
                try:
                    return fn(con, stage, *args, **kwargs)
                finally:
                    depth[0] -= 1
            spill["max"] = spill["now"]
            t0, c0 = time.perf_counter(), time.process_time()
            try:
                return fn(con, stage, *args, **kwargs)
            finally:
                depth[0] -= 1
                row = {"stage": stage.file, "seconds": time.perf_counter() - t0,
                       "cpu_seconds": time.process_time() - c0, "rss_mb": _status_mb("VmRSS"),
                       "peak_mb": _status_mb("VmHWM"), "spill_mb": max(spill["max"],
                                                                       _folder_mb(temp))}
                label = stage.file
                if name == "run_stage_chunk":  # one slice of the facts (driver.run_chunked)
                    row["slice"] = slices[stage.file] = slices.get(stage.file, 0) + 1
                    label = f"{stage.file} #{row['slice']}"
                stages.append(row)
                say(f"  {label:<28} {row['seconds']:8.1f} s wall {row['cpu_seconds']:8.1f}"
                    f" s CPU  RSS {row['rss_mb']:6.0f} MB  peak {row['peak_mb']:6.0f} MB  "
                    f"spill {row['spill_mb']:8.0f} MB")

        setattr(driver, name, timed)

    wrap("run_stage")
    wrap("run_stage_bounded")
    wrap("run_stage_chunk")
    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    t0, c0 = time.perf_counter(), os.times()
    failed = None
    try:
        con.execute("BEGIN TRANSACTION")
        reconcile.rebuild(con)
        con.execute("COMMIT")
    except duckdb.Error as exc:  # e.g. the spill bound reached: the figures up to there
        failed = store.friendly_error(exc)
    finally:
        stop.set()
    wall, c1 = time.perf_counter() - t0, os.times()
    facts = None if failed else con.execute("SELECT count(*) FROM facts").fetchall()[0][0]
    con.close()
    cpu = c1.user - c0.user + c1.system - c0.system
    return {"seconds": wall, "cpu_seconds": cpu, "facts": facts, "peak_mb": _status_mb("VmHWM"),
            "failed": failed,
            "spill_mb": max([s["spill_mb"] for s in stages] or [0.0]), "stages": stages,
            "slices": max(slices.values(), default=1), "per_stage": per_stage(stages),
            "untimed_cpu_seconds": cpu - sum(s["cpu_seconds"] for s in stages)}


def paragraphs(shared: Path | None = None, required: bool = False
               ) -> tuple[list[tuple[str, str]], str]:
    """(source, paragraph) of every real article paragraph, and where they come from
    (`shared`, default ../shared; `required`: refuse the sample articles' fallback)."""
    from corpus import SHARED, load_articles, source_paths

    paths, label = source_paths(shared or SHARED, required)
    pool = [(a.source or "unknown", p.strip()) for a in load_articles(paths)
            for p in a.text.split("\n") if len(p.strip()) >= 40]
    return pool, label


#: the feed's first publication date, and how many articles it publishes a day: its dates
#: advance with the article number as a real feed's do, so that a fortnight's window (the
#: claim pairs', driver.WINDOW_DAYS) holds about the same number of articles at every size.
#: (Until h107 the dates cycled through one year whatever the size: the 100,000 articles
#: crowded ten times the 10,000's into each window, and the pairs grew with the square.)
FEED_START = datetime.date(2025, 1, 1)
ARTICLES_PER_DAY = 300


def feed_day(i: int) -> str:
    """The publication date of the feed's i-th article (ARTICLES_PER_DAY a day)."""
    return (FEED_START + datetime.timedelta(days=i // ARTICLES_PER_DAY)).isoformat()


def feed_records(n: int, pool: list[tuple[str, str]], seed: int = 7
                 ) -> Iterator[dict[str, Any]]:
    """n feed records of 10 random paragraphs each (the same records whatever the batches),
    every second one undated, the others dated by their number (feed_day)."""
    rnd = random.Random(seed)
    for i in range(n):
        picked = rnd.sample(pool, min(10, len(pool)))
        day = feed_day(i)
        yield {"id": f"g{i}", "url": None, "source": picked[0][0],
               "published": None if i % 2 else day, "title": None,
               "text": "\n".join(p for _, p in picked)}


def write_feed(path: Path, n: int, pool: list[tuple[str, str]], seed: int = 7,
               records: Iterator[dict[str, Any]] | None = None) -> int:
    """A JSONL feed of `n` articles of 10 random paragraphs each (the next `n` of
    `records` when given); returns its bytes."""
    size = 0
    recs = records if records is not None else feed_records(n, pool, seed)
    with path.open("w", encoding="utf-8") as f:
        for rec in itertools.islice(recs, n):
            line = json.dumps(rec, ensure_ascii=False) + "\n"
            size += len(line.encode("utf-8"))
            f.write(line)
    return size


#: one process: one batch of the feed into the database, each stage timed (timed_ingest)
INGEST = """
import json, sys
sys.path.insert(0, {bench!r})
import bench_growth
print(json.dumps(bench_growth.timed_ingest({feed!r}, {db!r}, {reconcile!r})))
"""

#: (module, function, stage): the functions whose exclusive CPU time makes each stage
STAGES = (
    ("tracker.partitions", "read_inputs", "read and clean"),
    ("tracker.dedup", "fingerprint", "fingerprints"),
    ("tracker.dedup", "bands", "duplicate search"),
    ("tracker.dedup", "stored_rows", "duplicate search"),
    ("tracker.dedup", "BatchIndex.candidate_rows", "duplicate search"),
    ("tracker.dedup", "Rows.first", "duplicate search"),
    ("tracker.ingest", "_plan", "duplicate search"),
    ("tracker.ingest", "_read_stored", "duplicate search"),
    ("tracker.ingest", "extract_each", "extract"),
    ("tracker.store", "unstorable", "extract"),
    ("tracker.store", "connect", "store"),
    ("tracker.store", "articles_frame", "store"),
    ("tracker.store", "claims_frame", "store"),
    ("tracker.store", "write_batch", "store"),
    ("tracker.dedup", "write_index", "store"),
    ("tracker.reconcile.incremental", "refresh", "reconcile"),
)


def timed_ingest(feed: str, db: str, reconcile: bool = True) -> dict[str, Any]:
    """tracker.ingest.ingest of one feed file, with the exclusive CPU seconds of each stage
    (STAGES; "other": the rest, start-up included) and the process's peak RSS; without
    `reconcile`, as `tracker ingest --no-reconcile` stores it (reconciliation pending)."""
    import importlib

    times: dict[str, float] = {}
    inner: list[float] = []  # CPU seconds of timed calls made inside the running one

    def wrap(owner: Any, name: str, stage: str) -> None:
        fn = getattr(owner, name)

        @functools.wraps(fn)
        def timed(*args: Any, **kwargs: Any) -> Any:
            t0 = time.process_time()
            inner.append(0.0)
            try:
                return fn(*args, **kwargs)
            finally:
                spent = time.process_time() - t0
                times[stage] = times.get(stage, 0.0) + spent - inner.pop()
                if inner:
                    inner[-1] += spent

        setattr(owner, name, timed)

    for module, name, stage in STAGES:
        owner: Any = importlib.import_module(module)
        *path, attr = name.split(".")
        for part in path:
            owner = getattr(owner, part)
        wrap(owner, attr, stage)
    from tracker import ingest
    from tracker.reconcile import incremental

    incremental.TIMING = True
    result = ingest.ingest([feed], db=db, reconcile=reconcile)
    c = os.times()
    cpu = c.user + c.system
    times["other"] = cpu - sum(times.values())
    with open("/proc/self/status", encoding="ascii") as f:
        peak = next(int(x.split()[1]) / 1e3 for x in f if x.startswith("VmHWM:"))
    return {"summary": result.summary(), "duplicates": len(result.duplicates),
            "claims_stored": result.claims, "cpu_seconds": cpu, "peak_mb": peak,
            "reconciled": reconcile, "pending": result.pending,
            "stages": times, "reconcile_steps": dict(incremental.TIMES)}


def reconciled(i: int, batches: int, every: int) -> bool:
    """Whether the i-th batch (0-based) of `batches` is reconciled as it is stored: every
    `every`-th one and the last (every 0: the last only); the others are stored with
    reconciliation pending (`tracker ingest --no-reconcile`), for the next to complete."""
    return i == batches - 1 or (every > 0 and (i + 1) % every == 0)


def ingest(n: int, pool: list[tuple[str, str]], tmp: Path, batch: int = BATCH,
           tell: Callable[[list[dict[str, Any]]], None] | None = None,
           every: int = 1) -> dict[str, Any]:
    """n articles into a new database, in batches of at most `batch`, one process each,
    reconciled every `every` batches and at the last (reconciled()); `tell` gets the
    batches done so far after each one (a long size's progress)."""
    db = tmp / f"ingest{n}.duckdb"
    records = feed_records(n, pool)
    bench = str(Path(__file__).resolve().parent)
    batches: list[dict[str, Any]] = []
    starts = range(0, n, max(1, batch))
    for i, start in enumerate(starts):
        size = min(batch, n - start)
        feed = tmp / f"feed{n}_{start}.jsonl"
        mb = write_feed(feed, size, pool, records=records) / 1e6
        before, t0 = os.times(), time.perf_counter()
        done = subprocess.run([sys.executable, "-c", INGEST.format(
            bench=bench, feed=str(feed), db=str(db),
            reconcile=reconciled(i, len(starts), every))], capture_output=True, text=True)
        wall, after = time.perf_counter() - t0, os.times()
        feed.unlink()
        if done.returncode != 0:
            raise SystemExit(f"ingest of articles {start}-{start + size - 1} failed:\n"
                             f"{done.stderr}")
        got = json.loads(done.stdout.strip().splitlines()[-1])
        got.update(start=start, articles=size, mb=mb, seconds=wall, cpu_seconds=(
            after.children_user - before.children_user
            + after.children_system - before.children_system),
            db_mb=db.stat().st_size / 1e6, load=os.getloadavg()[0])
        batches.append(got)
        if tell is not None:
            tell(batches)
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    claims = con.execute("SELECT count(*) FROM claims").fetchall()[0][0]
    dups = con.execute("SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL"
                       ).fetchall()[0][0]
    con.close()
    db.unlink()
    stages: dict[str, float] = {}
    for b in batches:
        for k, v in b["stages"].items():
            stages[k] = stages.get(k, 0.0) + v
    return {"articles": n, "batch": batch, "reconcile_every": every,
            "mb": sum(b["mb"] for b in batches),
            "claims": claims, "duplicates": dups,
            "seconds": sum(b["seconds"] for b in batches),
            "cpu_seconds": sum(b["cpu_seconds"] for b in batches),
            "peak_mb": max(b["peak_mb"] for b in batches), "stages": stages,
            "batches": batches}


def reconcile_and_report(n: int, tmp: Path, repeat: int) -> dict[str, Any]:
    """Generate n claims, rebuild (timed, own process), then the reports."""
    db = tmp / f"claims{n}.duckdb"
    bench = str(Path(__file__).resolve().parent)
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-c", GENERATE.format(bench=bench, db=str(db), n=n)],
                   check=True)
    made = time.perf_counter() - t0
    done = subprocess.run([sys.executable, "-c", REBUILD.format(bench=bench, db=str(db))],
                          check=True, stdout=subprocess.PIPE, text=True)  # stages: stderr
    rebuild = json.loads(done.stdout.strip().splitlines()[-1])
    out = {"claims": n, "generate_seconds": made, "rebuild": rebuild,
           "db_mb": db.stat().st_size / 1e6,
           "reports": {} if rebuild["failed"] else time_reports(db, repeat)}
    db.unlink()
    return out


def real_articles_needed(articles: list[int]) -> bool:
    """Whether an ingest size is one of item 7's (ARTICLES): their figures are kept in
    docs/benchmarks.md, so they must be measured on the real articles, never the sample."""
    return bool(set(articles) & set(ARTICLES))


def run(articles: list[int], claims: list[int], repeat: int = 3, batch: int = BATCH,
        save: Callable[[dict[str, Any]], None] | None = None,
        work: Path | None = None, shared: Path | None = None,
        every: int = 1) -> dict[str, Any]:
    """Every size in turn; `save` gets the figures so far after each step. The databases
    (and DuckDB's spill, DB.tmp, unless $TRACKER_TEMP_DIR says) go under `work`; the
    articles' paragraphs come from `shared` (default ../shared)."""
    out: dict[str, Any] = {"ingest": [], "reconcile": [], "repeat": repeat, "batch": batch,
                           "cores": os.cpu_count(), "load_start": os.getloadavg(),
                           "memory_limit": os.environ.get("TRACKER_MEMORY_LIMIT"),
                           "max_temp_size": os.environ.get("TRACKER_MAX_TEMP_SIZE"),
                           "temp_directory": os.environ.get("TRACKER_TEMP_DIR")}
    keep = save or (lambda _: None)
    with tempfile.TemporaryDirectory(dir=work) as t:
        tmp = Path(t)
        if articles:
            pool, label = paragraphs(shared, real_articles_needed(articles))
            out["paragraphs"] = {"count": len(pool), "source": label}
            out["version"] = best_of(("--version",), repeat)
            for n in articles:

                def progress(done: list[dict[str, Any]], n: int = n) -> None:
                    if n > batch:
                        print(batch_line(n, done[-1]), flush=True)
                    keep({**out, "ingest_running": {"articles": n, "batches": done}})

                out["ingest"].append(ingest(n, pool, tmp, batch, progress, every))
                print(ingest_line(out["ingest"][-1]), flush=True)
                keep(out)
        for n in claims:
            out["reconcile"].append(reconcile_and_report(n, tmp, repeat))
            out["reconcile"][-1]["load_after"] = os.getloadavg()
            print(reconcile_lines(out["reconcile"][-1]), flush=True)
            keep(out)
    out["load_end"] = os.getloadavg()
    return out


def _load(x: dict[str, Any], key: str) -> str:
    got = x.get(key)
    return f"{got[0]:.1f}" if got else "-"


def table(runs: list[dict[str, Any]]) -> str:
    """One Markdown table of every size in `runs` (results of run()): time, peak memory and
    the machine (cores, 1-minute load before and after), ingest sizes first."""
    lines = ["| size | step | wall s | CPU s | peak MB | spill MB | cores | load before, after |",
             "|---|---|---|---|---|---|---|---|"]
    for r in runs:
        start = r.get("load_start")
        for x in r.get("ingest", []):
            # after: the load as the size's last batch ended (the run's end said the same
            # for every size, hours apart on a long run)
            last = x.get("batches", [{}])[-1].get("load")
            after = f"{last:.1f}" if last is not None else _load(r, "load_end")
            lines.append(f"| {x['articles']:,} articles | ingest ({x['claims']:,} claims, "
                         f"batches of {x['batch']:,}{every_text(x)}) | {x['seconds']:.1f} | "
                         f"{x['cpu_seconds']:.1f} | {x['peak_mb']:,.0f} | - | {r['cores']} | "
                         f"{start[0]:.1f}, {after} |")
        for x in r.get("reconcile", []):
            b = x["rebuild"]
            after = _load(x, "load_after")
            if b.get("failed"):
                lines.append(f"| {x['claims']:,} claims | rebuild FAILED in "
                             f"{b['stages'][-1]['stage'] if b['stages'] else '-'} | "
                             f"{b['seconds']:.1f} | {b['cpu_seconds']:.1f} | "
                             f"{b['peak_mb']:,.0f} | {b.get('spill_mb', 0):,.0f} | "
                             f"{r['cores']} | {start[0]:.1f}, {after} |")
                continue
            lines.append(f"| {x['claims']:,} claims | rebuild ({b['facts']:,} facts) | "
                         f"{b['seconds']:.1f} | {b['cpu_seconds']:.1f} | {b['peak_mb']:,.0f} | "
                         f"{b.get('spill_mb', 0):,.0f} | {r['cores']} | {start[0]:.1f}, "
                         f"{after} |")
            for name, args in REPORTS.items():
                q = x["reports"][name]
                lines.append(f"| {x['claims']:,} claims | `tracker {' '.join(args)}` | "
                             f"{q['seconds']:.2f} | {q['cpu_seconds']:.2f} | "
                             f"{q['peak_mb']:,.0f} | - | {r['cores']} | {start[0]:.1f}, "
                             f"{after} |")
    return "\n".join(lines)


def every_text(x: dict[str, Any]) -> str:
    """How often a size's batches were reconciled, when not each one (--reconcile-every)."""
    every = x.get("reconcile_every", 1)
    if every == 1:
        return ""
    return ", reconciled at the last" if every == 0 else f", reconciled every {every}"


def stage_text(stages: dict[str, float]) -> str:
    return ", ".join(f"{k} {v:.1f}" for k, v in sorted(stages.items(), key=lambda kv: -kv[1]))


def batch_line(n: int, b: dict[str, Any]) -> str:
    """One batch of a size ingested in several: its figures (progress of a long size)."""
    return (f"  articles {b['start'] + 1:,}-{b['start'] + b['articles']:,} of {n:,} "
            f"(into {b['start']:,} stored): {b['seconds']:.1f} s wall, "
            f"{b['cpu_seconds']:.1f} s CPU, peak {b['peak_mb']:.0f} MB, "
            f"{b['claims_stored']:,} claims, {b['duplicates']:,} duplicates, "
            f"{'reconciled' if b.get('reconciled', True) else 'reconciliation pending'}, database "
            f"{b.get('db_mb', 0):,.0f} MB, load {b.get('load', 0):.1f}; "
            f"CPU s by stage: {stage_text(b['stages'])}")


def ingest_line(x: dict[str, Any]) -> str:
    return (f"ingest {x['articles']:>9,} articles ({x['mb']:.1f} MB, {x['claims']:,} claims, "
            f"{x['duplicates']:,} duplicates, batches of {x['batch']:,}{every_text(x)}): "
            f"{x['seconds']:.1f} s wall, {x['cpu_seconds']:.1f} s CPU, "
            f"peak {x['peak_mb']:.0f} MB\n  CPU s by stage: {stage_text(x['stages'])}")


def reconcile_lines(x: dict[str, Any]) -> str:
    b = x["rebuild"]
    if b.get("failed"):
        return (f"rebuild {x['claims']:>10,} claims FAILED after {b['seconds']:.1f} s wall, "
                f"{b['cpu_seconds']:.1f} s CPU, peak {b['peak_mb']:.0f} MB, in "
                f"{b['stages'][-1]['stage'] if b['stages'] else '-'}: {b['failed']}")
    lines = [f"rebuild {x['claims']:>10,} claims ({b['facts']:,} facts, {x['db_mb']:.0f} MB "
             f"file): {b['seconds']:.1f} s wall, {b['cpu_seconds']:.1f} s CPU, "
             f"peak {b['peak_mb']:.0f} MB"]
    for name, args in REPORTS.items():
        r = x["reports"][name]
        lines.append(f"  tracker {' '.join(args):<42} {r['seconds']:6.2f} s wall "
                     f"{r['cpu_seconds']:6.2f} s CPU  peak {r['peak_mb']:5.0f} MB")
    return "\n".join(lines)


def per_stage(stages: list[dict[str, Any]]) -> dict[str, dict[str, float]]:
    """Each stage file's figures over its slices (a chunked stage runs once a slice): wall
    and CPU seconds summed, the peak and spill the largest."""
    out: dict[str, dict[str, float]] = {}
    for s in stages:
        t = out.setdefault(s["stage"], {"seconds": 0.0, "cpu_seconds": 0.0, "peak_mb": 0.0,
                                        "spill_mb": 0.0})
        t["seconds"] += s["seconds"]
        t["cpu_seconds"] += s["cpu_seconds"]
        t["peak_mb"] = max(t["peak_mb"], s["peak_mb"])
        t["spill_mb"] = max(t["spill_mb"], s["spill_mb"])
    return out


def sizes(text: str) -> list[int]:
    return [int(x) for x in text.replace("_", "").split(",") if x.strip() and int(x) > 0]


def main(argv: list[str] | None = None) -> dict[str, Any]:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=sizes, default=list(ARTICLES[:1]),
                    help="ingest sizes, comma-separated (0: none; default 1,000)")
    ap.add_argument("--claims", type=sizes, default=list(CLAIMS[:1]),
                    help="reconciliation and report sizes, comma-separated (0: none; default "
                         "100,000)")
    ap.add_argument("--all", action="store_true",
                    help="every size of issue 14 item 7: 1k/10k/100k articles, 100k/1M/5M "
                         "claims (hours on 2 cores; give --work on a disk with room)")
    ap.add_argument("--work", type=Path, metavar="DIR",
                    help="where the databases (and DuckDB's spill) go; default the system's "
                         "temporary folder")
    ap.add_argument("--max-temp-size", metavar="SIZE",
                    help="bound DuckDB's spill to disk ($TRACKER_MAX_TEMP_SIZE, e.g. 30GB): "
                         "beyond it a step fails with one line instead of filling the disk")
    ap.add_argument("--shared", type=Path, metavar="DIR",
                    help="the folder of the real articles (DIR/dev/articles.jsonl and "
                         "DIR/seeds/); default ../shared beside the repository. Item 7's "
                         "ingest sizes refuse to run without it")
    ap.add_argument("--table", type=Path, nargs="+", metavar="JSON",
                    help="print the table of runs saved with --json, and run nothing")
    ap.add_argument("--batch", type=int, default=BATCH,
                    help="articles per ingest process (memory grows with it)")
    ap.add_argument("--reconcile-every", type=int, default=1, metavar="K",
                    help="reconcile every K-th ingest batch and the last; the others are "
                         "stored with `--no-reconcile` (0: the last batch only; default 1: "
                         "every batch, as a feed ingested batch by batch)")
    ap.add_argument("--repeat", type=int, default=3, help="runs of each report (fastest)")
    ap.add_argument("--memory-limit", metavar="SIZE",
                    help="bound DuckDB's memory in every step (e.g. 4GB; $TRACKER_MEMORY_LIMIT, "
                         "spilling to $TRACKER_TEMP_DIR or DB.tmp); default DuckDB's 80%% of RAM")
    ap.add_argument("--json", type=Path, metavar="FILE",
                    help="also write the figures here (after every size)")
    a = ap.parse_args(argv)
    if a.table:
        saved = [json.loads(f.read_text(encoding="utf-8")) for f in a.table]
        print(table(saved))
        return {"runs": saved}
    if a.all:
        a.articles, a.claims = list(ARTICLES), list(CLAIMS)
    if a.articles and real_articles_needed(a.articles):  # fail now, not after the claims
        from corpus import SHARED, source_paths

        source_paths(a.shared or SHARED, required=True)
    if a.memory_limit:  # every step is a child process: each inherits the bound
        os.environ["TRACKER_MEMORY_LIMIT"] = a.memory_limit
    if a.max_temp_size:
        os.environ["TRACKER_MAX_TEMP_SIZE"] = a.max_temp_size

    def save(r: dict[str, Any]) -> None:
        if a.json:
            a.json.write_text(json.dumps(r, indent=2) + "\n", encoding="utf-8")

    r = run(a.articles, a.claims, a.repeat, max(1, a.batch), save, a.work, a.shared,
            max(0, a.reconcile_every))
    save(r)
    print(table([r]), flush=True)
    return r


if __name__ == "__main__":
    main()
