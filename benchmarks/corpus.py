"""Real text for the benchmarks: the dev feed and the seeds, repeated up to a size.

Made-up text says little about speed: how long extraction takes depends on how many
figures, countries and dates a sentence carries, and real news has its own mix. So the
benchmarks read real articles (`../shared/dev/articles.jsonl` and `../shared/seeds/*.txt`),
or the repository's own sample articles when ../shared is absent, and repeat them with
new ids. Every second copy is made undated (`published=None`), as about half of a real
scraped feed is (40 of the 78 dev articles): the extractor then has to guess the year from
the text, which costs time.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from tracker.extract.engine import infer_reference
from tracker.models import Article
from tracker.read import read_paths

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SAMPLE = REPO / "data" / "sample" / "articles"


def source_paths(shared: Path = SHARED, required: bool = False) -> tuple[list[Path], str]:
    """The real articles to read and a line saying which ones they are.

    Without `shared` the sample articles stand in (a checkout alone still runs the
    benchmarks); `required` refuses that fallback with a one-line error instead, for runs
    whose figures are kept (h107's 1,000-article run read the sample pool unnoticed)."""
    feed, seeds = shared / "dev" / "articles.jsonl", shared / "seeds"
    if feed.exists() and seeds.is_dir():
        return [feed, seeds], f"{feed} and {seeds}/*.txt"
    if required:
        raise SystemExit(f"no real articles: {feed} or {seeds}/ not found (give --shared DIR); "
                         "these sizes refuse the repository's sample articles")
    return [SAMPLE], f"{SAMPLE} ({shared} not found: the repository's sample articles)"


def load_articles(paths: list[Path]) -> list[Article]:
    """Read and prepare (clean, date line) the articles, as `tracker ingest` does."""
    articles, problems = read_paths([str(p) for p in paths])
    if problems:
        raise SystemExit("could not read: " + "; ".join(str(p) for p in problems))
    if not articles:
        raise SystemExit(f"no articles under {', '.join(map(str, paths))}")
    return articles


def size(article: Article) -> int:
    """Bytes of UTF-8 text: the unit of every MB/s and KB/s in the benchmarks."""
    return len(article.text.encode("utf-8"))


def repeat_to(articles: list[Article], target_bytes: int) -> list[Article]:
    """The articles over and over, each copy with its own id, until `target_bytes`.

    Copies alternate undated/dated (the i-th copy overall is undated when i is odd), so
    half of the corpus has no publication date whatever the sources had. A dated copy of
    a source without a date gets the date its text points to (what the extractor would
    guess itself), so that it is read as a dated article.
    """
    out: list[Article] = []
    total = 0
    while total < target_bytes:
        for article in articles:
            if total >= target_bytes:
                break
            n = len(out)
            copy = dataclasses.replace(article, id=f"{article.id}#{n}")
            if n % 2:
                copy = dataclasses.replace(copy, published=None, date_method=None,
                                           date_confidence=None)
            elif copy.published is None:
                copy = dataclasses.replace(copy, published=infer_reference(copy.text),
                                           date_method="given", date_confidence=1.0)
            out.append(copy)
            total += size(copy)
    return out


def even_sample(corpus: list[Article], target_bytes: int) -> list[Article]:
    """About `target_bytes` of articles spread evenly over `corpus` (for a slow reader).

    Taking the first articles would favour whichever sources come first; picking at even
    (fractional) strides gives the slow reader the same mix of articles as the corpus.
    """
    if not corpus:
        return []
    mean = sum(size(a) for a in corpus) / len(corpus)
    n = max(1, min(len(corpus), round(target_bytes / mean)))
    step = len(corpus) / n
    return [corpus[int((j + 0.5) * step)] for j in range(n)]
