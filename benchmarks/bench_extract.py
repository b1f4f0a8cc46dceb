"""Extraction throughput of tracker and of quantulum3 on the same real text, with the ratio.

    python benchmarks/bench_extract.py                     # 5 MB for tracker, 300 KB for q3
    python benchmarks/bench_extract.py --mb 1 --q-kb 50 --rounds 1 --json out.json
    python benchmarks/bench_extract.py --no-quantulum      # tracker alone

Both read real news (see benchmarks/corpus.py): tracker the whole corpus, quantulum3 (which
reads only about 20 KB per second) an even sample of it. Speed is MB of UTF-8
article text per second of CPU time (`time.process_time`), which other processes on a shared
machine disturb much less than wall time, but not entirely: so the two readers take turns
(`--rounds`, default 3: tracker's pass, quantulum3's pass, tracker's ...) and each reader's
fastest pass counts, the one least disturbed. Loading and the first call of each library
(rule compilation, quantulum3's data) are timed apart. Method and figures: docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import sys
import time
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))  # run as a script: find corpus.py

import corpus  # noqa: E402

WARMUP = "The tariff on steel rose from 10% to 25% on March 12, 2025, on $20 billion of goods."


def load_reader(load: Callable[[], Callable[[Any], int]]) -> tuple[Callable[[Any], int], float]:
    """Load a reader and warm it up; its function and the CPU seconds that took.

    `load` returns a function that reads one item and returns how many things it found
    (claims for tracker, quantities for quantulum3).
    """
    c0 = time.process_time()
    read_one = load()
    return read_one, time.process_time() - c0


def time_pass(read_one: Callable[[Any], int], items: list[Any]) -> tuple[float, int]:
    """One pass over `items`: CPU seconds and how many things were found."""
    found = 0
    c0 = time.process_time()
    for item in items:
        found += read_one(item)
    return time.process_time() - c0, found


def figures(name: str, items: list[Any], sizes: list[int], load_s: float,
            passes: list[tuple[float, int]]) -> dict[str, Any]:
    """A reader's figures from its passes: the fastest pass counts."""
    cpu = min(c for c, _ in passes)
    nbytes = sum(sizes)
    return {
        "reader": name,
        "available": True,
        "articles": len(items),
        "bytes": nbytes,
        "found": passes[0][1],
        "load_cpu_seconds": load_s,
        "passes": len(passes),
        "pass_cpu_seconds": [c for c, _ in passes],
        "cpu_seconds": cpu,
        "mb_per_cpu_s": nbytes / 1e6 / cpu if cpu > 0 else float("inf"),
        "kb_per_cpu_s": nbytes / 1e3 / cpu if cpu > 0 else float("inf"),
        # the whole process's view: loading and warming up counted once, with one pass
        "mb_per_cpu_s_with_load": nbytes / 1e6 / (cpu + load_s) if cpu + load_s > 0
        else float("inf"),
    }


def load_tracker() -> Callable[[Any], int]:
    """tracker's extractor, with its rules compiled by one first article."""
    from tracker.extract.engine import extract_article
    from tracker.models import Article

    extract_article(Article(id="warmup", text=WARMUP))
    return lambda article: len(extract_article(article))


def load_quantulum() -> Callable[[Any], int]:
    """quantulum3's parser (it warns once that its optional classifier is missing)."""
    from quantulum3 import parser

    parser.parse(WARMUP)
    return lambda article: len(parser.parse(article.text))


def _load() -> float | None:
    """The 1-minute load average (None where the system does not tell): CPU time too
    grows with the load on a shared machine, so the figures say at which load they were
    taken."""
    try:
        return round(os.getloadavg()[0], 2)
    except OSError:
        return None


def run(mb: float, q_kb: float, quantulum: bool = True,
        shared: Path = corpus.SHARED, rounds: int = 3) -> dict[str, Any]:
    """Build the corpus, time both readers on it, taking turns `rounds` times, and return
    every figure as a dict."""
    paths, described = corpus.source_paths(shared)
    base = corpus.load_articles(paths)
    articles = corpus.repeat_to(base, int(mb * 1e6))
    sizes = [corpus.size(a) for a in articles]
    result: dict[str, Any] = {
        "date": dt.date.today().isoformat(),
        "cores": os.cpu_count(),
        "python": platform.python_version(),
        "rounds": rounds,
        "corpus": {
            "source": described,
            "source_articles": len(base),
            "articles": len(articles),
            "bytes": sum(sizes),
            "undated": sum(a.published is None for a in articles),
        },
        "load": {"start": _load(), "end": None},
        "tracker": {},
        "quantulum3": {"reader": "quantulum3", "available": False},
        "ratio": None,
    }
    # (reader, its function, load seconds, items, sizes): tracker first, then quantulum3
    readers = [("tracker", *load_reader(load_tracker), articles, sizes)]
    sample = corpus.even_sample(articles, int(q_kb * 1e3))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # quantulum3 warns once that its classifier is missing
        if not quantulum:
            result["quantulum3"]["reason"] = "skipped (--no-quantulum)"
        else:
            try:
                readers.append(("quantulum3", *load_reader(load_quantulum), sample,
                                [corpus.size(a) for a in sample]))
            except ImportError as exc:
                result["quantulum3"]["reason"] = (
                    f"not installed ({exc}); pip install -e '.[bench]' to compare")
        passes: dict[str, list[tuple[float, int]]] = {name: [] for name, *_ in readers}
        for _ in range(rounds):  # take turns, so that a busy spell slows both alike
            for name, read_one, _load_s, items, _sizes in readers:
                passes[name].append(time_pass(read_one, items))
    result["load"]["end"] = _load()
    for name, _read_one, load_s, items, item_sizes in readers:
        result[name] = figures(name, items, item_sizes, load_s, passes[name])
    if result["quantulum3"]["available"]:
        result["ratio"] = (result["tracker"]["mb_per_cpu_s"]
                           / result["quantulum3"]["mb_per_cpu_s"])
    return result


def summary(r: dict[str, Any]) -> str:
    """The figures as a short table a reader can paste into docs/benchmarks.md."""
    c = r["corpus"]
    lines = [
        f"corpus: {c['articles']} articles, {c['bytes'] / 1e6:.2f} MB "
        f"({c['undated']} undated), from {c['source_articles']} articles of {c['source']}",
        f"machine: {r['cores']} cores, Python {r['python']}, {r['date']}",
        f"rounds: {r['rounds']} (the readers take turns; each reader's fastest pass counts)",
        f"load average (1 min): {r['load']['start']} at the start, {r['load']['end']} at the end",
        "",
        f"{'reader':<11} {'articles':>8} {'KB':>9} {'CPU s':>8} {'KB/CPU s':>9} "
        f"{'found':>7} {'load s':>7}  CPU s of each pass",
    ]
    for side in (r["tracker"], r["quantulum3"]):
        if not side["available"]:
            lines.append(f"{side['reader']:<11} {side['reason']}")
            continue
        lines.append(
            f"{side['reader']:<11} {side['articles']:>8} {side['bytes'] / 1e3:>9.0f} "
            f"{side['cpu_seconds']:>8.2f} {side['kb_per_cpu_s']:>9.1f} "
            f"{side['found']:>7} {side['load_cpu_seconds']:>7.2f}  "
            + " ".join(f"{c:.2f}" for c in side["pass_cpu_seconds"]))
    lines += ["", "with loading counted once (load s + fastest pass): " + ", ".join(
        f"{side['reader']} {side['mb_per_cpu_s_with_load'] * 1e3:.1f} KB/CPU s"
        for side in (r["tracker"], r["quantulum3"]) if side["available"])]
    if r["ratio"] is not None:
        lines += [f"ratio tracker / quantulum3 (MB per CPU second): {r['ratio']:.1f}x"]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> dict[str, Any]:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=5.0,
                    help="MB of text for tracker (default 5)")
    ap.add_argument("--q-kb", type=float, default=300.0,
                    help="KB of text for quantulum3, an even sample of the same corpus "
                         "(default 300; it reads about 20 KB per second)")
    ap.add_argument("--rounds", type=int, default=3,
                    help="how many times the readers take turns; each one's fastest pass "
                         "counts (default 3)")
    ap.add_argument("--no-quantulum", action="store_true", help="time tracker alone")
    ap.add_argument("--shared", type=Path, default=corpus.SHARED,
                    help="the shared folder with dev/articles.jsonl and seeds/")
    ap.add_argument("--json", type=Path, metavar="FILE", help="also write the figures here")
    a = ap.parse_args(argv)
    if a.rounds < 1:
        ap.error("--rounds must be at least 1")
    r = run(a.mb, a.q_kb, quantulum=not a.no_quantulum, shared=a.shared, rounds=a.rounds)
    print(summary(r))
    if a.json:
        a.json.write_text(json.dumps(r, indent=2) + "\n", encoding="utf-8")
    return r


if __name__ == "__main__":
    main()
