"""Where an extraction pass goes, by Python function: calls per pass and shares of CPU time.

    python benchmarks/profile_extract.py --kb 200 --passes 3 --samples 20 --top 40

The instruction counts of count_extract.py say how much a pass costs but not where
(callgrind cannot name Python functions in Python 3.11), and a cProfile on wall time is
useless on a machine shared by eight helpers: a function is charged for every moment its
process waits for a core (docs/benchmarks.md, h230). After a warm-up on `--warm` source
articles and on the slice itself (no rule compiled inside what is measured), this script
reads `--kb` KB of the benchmark corpus (corpus.py) in two ways, each on CPU time only:
- a sampler: `--samples` passes under a CPU-time interval timer (SIGPROF), each sample
  noting the Python functions on the stack: a function's share of the samples with its
  callees ("with callees") and at the top of the stack ("own", the C calls it makes, such
  as regex matches, included). No cost is added per call, but Python runs a signal
  handler only between bytecodes, so a sample taken inside a long C call lands on the
  next function entered: own shares are a little shifted, shares with callees much less.
- cProfile with the thread's CPU time as its clock, over `--passes` passes, for the exact
  number of calls a pass of each function (the load and the profiler do not move them).
One table per ranking (own share, share with callees), a line per function.
"""

from __future__ import annotations

import argparse
import cProfile
import hashlib
import signal
import sys
import time
from collections import Counter
from pathlib import Path
from types import FrameType
from typing import Any, NamedTuple

sys.path.insert(0, str(Path(__file__).resolve().parent))  # run as a script: find corpus.py

import corpus  # noqa: E402

#: the sampler's interval, CPU seconds (the kernel may deliver fewer: a tick is 1 to 4 ms)
INTERVAL = 0.001


class Row(NamedTuple):
    """One function: where it is, calls a pass, its share of the samples at the top of the
    stack (own) and anywhere on it (with callees), in per cent."""

    where: str
    calls: float
    own: float
    total: float


def _name(path: str, line: int, func: str) -> str:
    """'tracker/extract/status.py:444(_status)': the repository's files by their path from
    the package, others by file name."""
    cut = path.find("tracker/")
    short = path[cut:] if cut >= 0 else Path(path).name
    return f"{short}:{line}({func})"


def sampled(read: Any, passes: int) -> tuple[int, Counter[str], Counter[str]]:
    """`read()` run `passes` times under a CPU-time interval timer: (samples, samples per
    function at the top of the stack, samples per function anywhere on it)."""
    own: Counter[str] = Counter()
    anywhere: Counter[str] = Counter()
    names: dict[Any, str] = {}

    def on_tick(_sig: int, frame: FrameType | None) -> None:
        seen = set()
        top = True
        while frame is not None:
            code = frame.f_code
            name = names.get(code)
            if name is None:
                name = names[code] = _name(code.co_filename, code.co_firstlineno,
                                           code.co_name)  # (cProfile's name of it)
            if top:
                own[name] += 1
                top = False
            if name not in seen:
                seen.add(name)
                anywhere[name] += 1
            frame = frame.f_back

    old = signal.signal(signal.SIGPROF, on_tick)
    signal.setitimer(signal.ITIMER_PROF, INTERVAL, INTERVAL)
    try:
        for _ in range(passes):
            read()
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0, 0)
        signal.signal(signal.SIGPROF, old)
    return sum(own.values()), own, anywhere


def profiled_passes(kb: int, passes: int, samples: int, warm: int,
                    shared: Path = corpus.SHARED) -> tuple[dict[str, Any], list[Row]]:
    """Warm up, time one pass alone, sample `samples` passes, then count the calls of
    `passes` passes: (figures of the run, one Row per function sampled or called)."""
    from tracker.extract.engine import extract_article

    base = corpus.load_articles(corpus.source_paths(shared)[0])
    articles = corpus.repeat_to(base, kb * 1000)
    for article in [*base[:warm], *articles]:
        extract_article(article)
    c0 = time.thread_time()
    out = [extract_article(a) for a in articles]
    plain = time.thread_time() - c0

    def read() -> None:
        for article in articles:
            extract_article(article)

    n, own, anywhere = sampled(read, samples)
    prof = cProfile.Profile(time.thread_time)
    prof.enable()
    for _ in range(passes):
        read()
    prof.disable()
    calls: Counter[str] = Counter()
    for entry in prof.getstats():  # (one entry a code object: every dataclass's __init__
        code = entry.code  # is "<string>:2(__init__)", and their calls are summed here)
        calls[code if isinstance(code, str) else _name(
            code.co_filename, code.co_firstlineno, code.co_name)] += entry.callcount
    total = max(n, 1)
    harness = Path(__file__).name  # (its own frames, on every sample's stack)
    rows = [Row(name, calls[name] / passes, 100 * own[name] / total,
                100 * anywhere[name] / total) for name in {*anywhere, *calls}
            if not name.startswith(harness)]
    digest = hashlib.md5(repr(out).encode("utf-8")).hexdigest()  # noqa: S324 - a checksum
    run = {"articles": len(articles), "claims": sum(map(len, out)), "md5": digest,
           "pass_cpu_s": plain, "samples": n}
    return run, rows


def table(rows: list[Row], top: int, by: str = "own") -> str:
    """The `top` rows by own share (or total share, or calls), as a Markdown table."""
    key = {"own": lambda r: (-r.own, -r.calls, r.where),
           "total": lambda r: (-r.total, -r.calls, r.where),
           "calls": lambda r: (-r.calls, r.where)}[by]
    lines = ["| function | calls a pass | own % | with callees % |", "|---|---:|---:|---:|"]
    lines += [f"| `{r.where}` | {r.calls:,.0f} | {r.own:.2f} | {r.total:.2f} |"
              for r in sorted(rows, key=key)[:top]]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--kb", type=int, default=200, help="KB of text in a pass")
    ap.add_argument("--passes", type=int, default=3, help="passes whose calls are counted")
    ap.add_argument("--samples", type=int, default=20, help="passes sampled")
    ap.add_argument("--warm", type=int, default=40, help="source articles read first")
    ap.add_argument("--top", type=int, default=40, help="rows of each table")
    ap.add_argument("--shared", type=Path, default=corpus.SHARED)
    args = ap.parse_args(argv)
    run, rows = profiled_passes(args.kb, args.passes, args.samples, args.warm, args.shared)
    print(f"articles {run['articles']} claims {run['claims']} md5 {run['md5']}; a pass "
          f"{run['pass_cpu_s']:.3f} CPU s; {run['samples']} samples")
    for by in ("own", "total"):
        print(f"\nby {by} share:\n{table(rows, args.top, by)}")


if __name__ == "__main__":
    main()
