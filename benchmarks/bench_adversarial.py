"""Benchmark: extraction time on adversarial text grows linearly with its length.

Long runs of figures with no sentence end ("$1 $1 $1 ...", a table flattened into one
line) once made extraction cost the square of their length (40 KB of "$1 " took three
minutes). Each pattern below is fed to ``tracker.extract.engine.extract_text`` at 5, 10,
20 and 40 KB, and a 1 MB article of ordinary sentences once; the CPU time of each is
printed with the growth ratio time(40 KB) / time(5 KB): linear growth gives about 8,
quadratic about 64. The target is at most 0.5 s for any 10 KB text.

    python benchmarks/bench_adversarial.py [--sizes 5 10 20 40] [--article-kb 1024] [--since]

A plain script: it prints and exits 0 (timings are the machine's, never a test).
"""

from __future__ import annotations

import argparse
import random
import time
from collections.abc import Callable

from tracker.extract.engine import extract_text

PUBLISHED = "2025-05-01"

#: pieces of the random mixture: figures of every kind and the words around them
MIXTURE = ["$1", "¥25", "3.5%", "€4bn", "15 percent", "$2.3 billion", "May 1", "2025",
           "1,250", "one hundred and five", "40 per cent", "-7%", "C$30 billion", "0.5",
           "tariff", "duty", "of", "on", "from", "to", "and", "rose", "exports", "Japan",
           "steel", ",", ";", "up", "about", "12/31/2025", "Aug. 1", "half", "bps", "£"]

#: an ordinary article, written for this benchmark, repeated to reach a size
ARTICLE = (
    "Officials said on Monday that the new duty of 25% on imported steel would take "
    "effect on June 1, after talks with Japan stalled. Exports to the United States "
    "fell 4.2 percent to $31.5 billion last year, the ministry said. The government "
    "plans a 10% levy on cars from Aug. 1 and will pause the rest for 90 days. "
    "Canada answered with counter-tariffs on C$30 billion of goods.\n"
)

#: (--since) every rate here is a status quo compared with every rate of the article: the
#: article-level pass that does so looks within a bounded reach of claims (linear)
SINCE = (
    "Japanese carmakers have paid 27.5% tariffs since April, and Washington agreed a 15% "
    "tariff on Japanese cars. The 20% fentanyl tariff on China stays in place.\n"
)


def repeated(unit: str) -> Callable[[int], str]:
    """A text of `unit` repeated to n characters, with no sentence end."""
    return lambda n: (unit * (n // len(unit) + 1))[:n]


def mixture(n: int, seed: int = 0) -> str:
    """Random figures and words with a fixed seed: the same text on every run."""
    rng = random.Random(seed)
    parts: list[str] = []
    size = 0
    while size < n:
        parts.append(rng.choice(MIXTURE))
        size += len(parts[-1]) + 1
    return " ".join(parts)[:n]


def digit_run(n: int) -> str:
    """One long run of digits after a currency sign and before a magnitude."""
    return "$" + "9" * max(0, n - 4) + " bn"


PATTERNS: dict[str, Callable[[int], str]] = {
    "$1 ": repeated("$1 "),
    "¥1 ": repeated("¥1 "),
    "1% ": repeated("1% "),
    "mixture": mixture,
    "digit run": digit_run,
}


def cpu_time(text: str) -> tuple[float, int]:
    """CPU seconds to extract `text`, and how many claims it gave."""
    t0 = time.process_time()
    claims = extract_text(text, published=PUBLISHED)
    return time.process_time() - t0, len(claims)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[5, 10, 20, 40],
                    help="text sizes in KB (default 5 10 20 40)")
    ap.add_argument("--article-kb", type=int, default=1024,
                    help="size of the ordinary article in KB (default 1024)")
    ap.add_argument("--since", action="store_true",
                    help="make the article of status-quo rates (SINCE) instead")
    args = ap.parse_args()
    extract_text(ARTICLE, published=PUBLISHED)  # load the rules before timing
    header = f"{'pattern':<10}" + "".join(f"{str(kb) + ' KB':>10}" for kb in args.sizes)
    print(header + f"{'ratio':>8}")
    worst10 = 0.0
    for name, make in PATTERNS.items():
        times = []
        for kb in args.sizes:
            seconds, _ = cpu_time(make(kb * 1000))
            times.append(seconds)
            if kb == 10:
                worst10 = max(worst10, seconds)
        ratio = times[-1] / times[0] if times[0] > 0 else float("nan")
        print(f"{name!r:<10}" + "".join(f"{t:>10.3f}" for t in times) + f"{ratio:>8.1f}")
    print(f"slowest 10 KB text: {worst10:.3f} s (target: at most 0.5 s)")
    article = repeated(SINCE if args.since else ARTICLE)(args.article_kb * 1000)
    seconds, n = cpu_time(article)
    print(f"{args.article_kb} KB article: {seconds:.2f} s, {n} claims, "
          f"{args.article_kb / 1000 / seconds:.2f} MB/s")


if __name__ == "__main__":
    main()
