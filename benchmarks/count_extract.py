"""One extraction pass over a fixed slice of the benchmark corpus, for an instruction counter.

    valgrind --tool=callgrind --toggle-collect=functools_reduce \\
        python benchmarks/count_extract.py --kb 40          # PYTHONHASHSEED=0 beside it

CPU time on a machine shared by eight helpers spreads by 10 % between passes of one code
(docs/benchmarks.md, h222), more than most throughput changes save; an instruction count
does not move with the load. This script reads the corpus of bench_extract.py (corpus.py),
warms the extractor on its first `--warm` articles (rules compiled on first use), then runs
one pass over `--kb` KB inside `functools.reduce`, so that callgrind's
`--toggle-collect=functools_reduce` counts that pass alone (`--warm-slice`: after a first
pass over the same KB, so that no rule first used in the slice is compiled inside the
count, which would count a code's compile work as its extraction work). It prints the articles, the
claims and an md5 of every claim's repr: two codes whose counts are compared must print the
same line (byte-identical output).
"""

from __future__ import annotations

import argparse
import functools
import hashlib
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))  # run as a script: find corpus.py

import corpus  # noqa: E402


def counted_pass(kb: int, warm: int, shared: Path = corpus.SHARED,
                 warm_slice: bool = False) -> tuple[int, int, str]:
    """Warm up on `warm` source articles (and, with `warm_slice`, on the counted slice
    itself), then one pass over `kb` KB inside functools.reduce: (articles, claims, md5 of
    the claims' repr)."""
    from tracker.extract.engine import extract_article

    base = corpus.load_articles(corpus.source_paths(shared)[0])
    articles = corpus.repeat_to(base, kb * 1000)
    for article in [*base[:warm], *(articles if warm_slice else [])]:
        extract_article(article)

    def step(acc: list[Any], article: Any) -> list[Any]:
        acc.append(extract_article(article))
        return acc

    out: list[Any] = functools.reduce(step, articles, [])
    digest = hashlib.md5(repr(out).encode("utf-8")).hexdigest()  # noqa: S324 - a checksum
    return len(articles), sum(map(len, out)), digest


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--kb", type=int, default=40, help="KB of text in the counted pass")
    ap.add_argument("--warm", type=int, default=40, help="source articles read first")
    ap.add_argument("--shared", type=Path, default=corpus.SHARED)
    ap.add_argument("--warm-slice", action="store_true",
                    help="warm on the counted slice too: no rule is compiled inside the "
                         "counted pass (h239: 19 were, on first use, in a 200 KB pass)")
    args = ap.parse_args(argv)
    n, claims, digest = counted_pass(args.kb, args.warm, args.shared, args.warm_slice)
    print(f"articles {n} claims {claims} md5 {digest}")


if __name__ == "__main__":
    main()
