"""Near-duplicate search cost per new article as the store grows (docs/dedup.md).

    python benchmarks/bench_dedup.py                  # 1k, 10k and 100k stored articles
    python benchmarks/bench_dedup.py --sizes 1000 5000

For each size, a fresh DuckDB file gets that many stored articles with random MinHash
signatures (random signatures share no band with a real text, so the lookups measure
the index, not verification work) plus the real sample articles, indexed the way
ingest indexes them. Each sample article, lightly edited so it is new, is then looked
up as ingest looks it up: fingerprint, band lookup, exact comparison of the candidates.
The old way (compare with every stored signature) is timed on the same articles.
Building, the index lookups and the old scan each run in a fresh process: each peak memory
(resident set, DuckDB's included) is that step's own.
"""

from __future__ import annotations

import argparse
import datetime as dt
import multiprocessing as mp
import os
import resource
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import numpy as np
import pandas as pd

from tracker import dedup, store
from tracker.read import read_paths

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO / "data" / "sample" / "articles"


def build_store(path: Path, n: int, texts: dict[str, str], seed: int = 0) -> float:
    """A database of n synthetic articles plus the sample's; seconds it took."""
    t0 = time.perf_counter()
    con = store.connect(path)
    dedup.ensure_index(con)
    rng = np.random.default_rng(seed)
    stamp = dt.datetime(2025, 1, 1)
    for start in range(0, n, 10_000):
        ids = [f"syn{i:07d}" for i in range(start, min(n, start + 10_000))]
        sigs = rng.integers(1, (1 << 61) - 1, (len(ids), dedup.NUM_PERM), dtype=np.uint64)
        counts = rng.integers(150, 400, len(ids))
        _insert(con, ids, [[int(v) for v in s] for s in sigs], stamp)
        entries = [(i, dedup.Fingerprint([int(v) for v in s], int(c)))
                   for i, s, c in zip(ids, sigs, counts, strict=True)]
        con.execute("BEGIN TRANSACTION")
        dedup.write_index(con, entries)
        con.execute("COMMIT")
    fps = {i: dedup.fingerprint(t) for i, t in texts.items()}
    _insert(con, list(fps), [fp.signature for fp in fps.values()], stamp)
    con.execute("BEGIN TRANSACTION")
    dedup.write_index(con, list(fps.items()))
    con.execute("COMMIT")
    con.close()
    return time.perf_counter() - t0


def _insert(con, ids: list[str], sigs: list[list[int]], stamp: dt.datetime) -> None:
    frame = pd.DataFrame({"id": ids, "clean_text": "", "signature": sigs, "ingested_at": stamp})
    con.register("_bench", frame)
    con.execute("INSERT INTO articles (id, clean_text, signature, ingested_at) "
                "SELECT id, clean_text, signature::UBIGINT[], ingested_at FROM _bench")
    con.unregister("_bench")


def edited(text: str) -> str:
    """The same story with another headline and a dropped last paragraph: a near-duplicate."""
    paras = [p for p in text.split("\n") if p.strip()]
    return "\n".join(["Breaking: a new headline"] + paras[1:-1] if len(paras) > 3 else paras)


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def by_index(path: Path, queries: list[str], passes: int) -> dict[str, float]:
    """Lookups as ingest does them; ms per article, fastest of `passes` passes."""
    con = store.connect(path, read_only=True)
    best = float("inf")
    for _ in range(passes):
        found = cands = 0
        t0 = time.perf_counter()
        for text in queries:
            fp = dedup.fingerprint(text)
            got = dedup.candidates(con, fp.signature)
            cands += len(got)
            found += dedup.find_original(fp.signature, got, n_shingles=fp.n_shingles) is not None
        best = min(best, (time.perf_counter() - t0) * 1000 / len(queries))
    con.close()
    return {"ms": best, "cands": cands / len(queries), "found": found / len(queries),
            "peak": _peak_mb()}


def by_scan(path: Path, queries: list[str]) -> dict[str, float]:
    """The old way: every stored signature loaded, each new article compared with all."""
    con = store.connect(path, read_only=True)
    stored = store.stored_articles(con)
    con.close()
    every = [(i, list(s)) for i, s in zip(stored["id"], stored["signature"], strict=True)]
    t0 = time.perf_counter()
    for text in queries:
        dedup.find_original(dedup.signature(text), every)
    return {"ms": (time.perf_counter() - t0) * 1000 / len(queries), "peak": _peak_mb()}


def isolated(fn, *args):
    """fn(*args) in a fresh process, so that each peak memory is its own."""
    with ProcessPoolExecutor(1, mp_context=mp.get_context("spawn")) as pool:
        return pool.submit(fn, *args).result()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000, 100_000])
    ap.add_argument("--scan", type=int, default=5, help="articles timed with the old scan")
    ap.add_argument("--passes", type=int, default=3, help="index lookups: fastest pass counts")
    args = ap.parse_args(argv)
    articles, _ = read_paths([str(SAMPLE)])
    texts = {a.id: a.clean_text for a in articles}
    queries = [edited(t) for t in texts.values()]
    print(f"tracker.dedup: NUM_PERM={dedup.NUM_PERM}, {dedup.BANDS} bands x {dedup.ROWS} rows, "
          f"containment >= {dedup.THRESHOLD}; {len(queries)} new articles per size; "
          f"nproc={os.cpu_count()}, load {os.getloadavg()[0]:.1f}, {dt.date.today()}")
    print(f"{'stored':>8} {'index ms/art':>13} {'cands/art':>10} {'found':>6} {'peak MB':>8}"
          f" {'scan ms/art':>12} {'peak MB':>8} {'file MB':>8} {'build s':>8}")
    for n in args.sizes:
        with tempfile.TemporaryDirectory() as tmp:
            db = Path(tmp) / "bench.duckdb"
            build = isolated(build_store, db, n, texts)
            idx = isolated(by_index, db, queries, args.passes)
            scan = isolated(by_scan, db, queries[:args.scan])
            print(f"{n:>8} {idx['ms']:>13.2f} {idx['cands']:>10.2f} {idx['found']:>6.0%} "
                  f"{idx['peak']:>8.0f} {scan['ms']:>12.1f} {scan['peak']:>8.0f} "
                  f"{db.stat().st_size / 1e6:>8.1f} {build:>8.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
