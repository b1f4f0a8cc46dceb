"""Extraction throughput benchmark: tracker vs quantulum3 on the same text.

    python benchmarks/bench_extract.py                  # 3000 articles, human summary
    python benchmarks/bench_extract.py --articles 500 --json

What it does, in one process:

1. builds a varied corpus of N articles (default 3000) from the sample articles in
   data/sample/articles: paragraphs shuffled and mixed across articles, figures
   perturbed (25% -> 27%, $350 billion -> $371 billion), country names swapped,
   dates shifted; seeded, so the same N and seed give the same corpus. Every text is
   distinct (reported);
2. times `tracker.extract.engine.extract_article` over the whole corpus in plain
   loops on one core (the process is pinned to one CPU where the OS allows it), after
   one warm-up article (import and rule compilation are timed and reported apart), and
   quantulum3's `parser.parse` on an even sample of the same corpus (every k-th
   article, ~1 MB by default: it manages about 10-30 KB/s). The two take turns: three
   passes each (`--passes`), a quantulum3 pass after each tracker pass, so that both
   meet the shared machine's slow and quick spells; each side's fastest pass counts,
   as timeit advises. A tracker pass keeps every claim. It reports which extraction
   modules ran compiled (setup.py; TRACKER_PURE_PYTHON=1 times the Python source);
3. measures peak memory of extraction with tracemalloc (a further, untimed pass,
   since tracing slows Python down) and reports the process's maxrss;
4. times extracting the sample articles themselves once (target: under a second);
5. reports the ratio of tracker's whole-corpus MB/s to quantulum3's (target: at least
   50), and of tracker's MB/s on exactly the sampled articles (their times in its
   fastest pass) to it.

MB is 10**6 bytes of UTF-8 article text (`Article.text`), KB is 10**3 bytes.
The exit code is 0 whatever the numbers; `--check` makes a missed target exit 1.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import gc
import json
import os
import random
import re
import resource
import sys
import time
import tracemalloc
import warnings
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path

from tracker.clean import clean
from tracker.models import Article

REPO = Path(__file__).resolve().parents[1]
SAMPLE_DIR = REPO / "data" / "sample" / "articles"
#: used only while data/sample/articles is absent or empty (both already in the repo)
FALLBACK_DIRS = (REPO / "tests" / "fixtures",)

TARGET_RATIO = 50.0
TARGET_SAMPLE_SECONDS = 1.0
DEFAULT_Q3_BYTES = 1_000_000

# --------------------------------------------------------------------------- corpus

#: (noun, adjective) pairs swapped among each other; "the EU" keeps its article.
COUNTRIES: tuple[tuple[str, str], ...] = (
    ("Japan", "Japanese"),
    ("South Korea", "South Korean"),
    ("Vietnam", "Vietnamese"),
    ("India", "Indian"),
    ("Canada", "Canadian"),
    ("Mexico", "Mexican"),
    ("the EU", "European"),
    ("China", "Chinese"),
    ("Brazil", "Brazilian"),
    ("Switzerland", "Swiss"),
    ("Taiwan", "Taiwanese"),
    ("Indonesia", "Indonesian"),
    ("Thailand", "Thai"),
    ("Australia", "Australian"),
    ("the UK", "British"),
)
_COUNTRY_FORMS = {}
for _i, (_noun, _adj) in enumerate(COUNTRIES):
    _COUNTRY_FORMS[_noun] = (_i, 0)
    _COUNTRY_FORMS[_adj] = (_i, 1)
    if _noun.startswith("the "):
        _COUNTRY_FORMS["The " + _noun[4:]] = (_i, 0)
COUNTRY_RE = re.compile(
    r"\b(?:" + "|".join(re.escape(f) for f in sorted(_COUNTRY_FORMS, key=len, reverse=True))
    + r")\b"
)

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
DATE_RE = re.compile(r"\b(" + "|".join(MONTHS) + r")\s+(\d{1,2})\b(?!\s*(?:%|percent))")

#: a number that states a figure: after a currency sign, or before %/percent/a magnitude
FIGURE_RE = re.compile(
    r"(?P<pre>(?:US)?[$€£¥₩]\s?)?"
    r"(?<![\w.,])(?P<num>\d{1,3}(?:,\d{3})+|\d+)(?:\.(?P<dec>\d+))?"
    r"(?P<post>\s?(?:%|percent\b|per cent\b|percentage points?\b|billion\b|million\b"
    r"|trillion\b|bn\b|mn\b))?"
)
YEAR_LIKE = range(1900, 2101)


SENTENCE_END_RE = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"'’”]))\s+(?=[\"'‘“A-Z])")


def _lines(text: str, longest: int = 800) -> tuple[list[str], str]:
    """The paragraphs (non-empty lines) of `text` and the separator it mostly uses.

    A line longer than `longest` characters is cut at sentence ends into pieces of a few
    hundred characters, so that one long line does not dominate what gets mixed.
    """
    lines: list[str] = []
    for line in text.splitlines():
        line = line.strip()
        if len(line) <= longest:
            if line:
                lines.append(line)
            continue
        chunk = ""
        for sent in SENTENCE_END_RE.split(line):
            chunk = f"{chunk} {sent}" if chunk else sent
            if len(chunk) >= longest // 2:
                lines.append(chunk)
                chunk = ""
        if chunk:
            lines.append(chunk)
    gaps = re.findall(r"\n[ \t\n]*", text.strip())
    blank = sum(1 for g in gaps if g.count("\n") > 1)
    return lines, "\n\n" if blank > len(gaps) - blank else "\n"


class _Source:
    """A sample article cut into header lines (headline, byline, date line) and body."""

    __slots__ = ("article", "header", "body", "sep", "title_at")

    def __init__(self, article: Article) -> None:
        lines, self.sep = _lines(article.text)
        title = (article.title or "").strip()
        n = 0
        while n < min(5, len(lines) - 1) and (len(lines[n].split()) < 14 or lines[n] == title):
            n += 1
        self.article = article
        self.header, self.body = lines[:n], lines[n:]
        self.title_at = self.header.index(title) if title in self.header else None


def _perturb_figures(text: str, rng: random.Random, p: float = 0.6) -> str:
    def repl(m: re.Match[str]) -> str:
        if not (m["pre"] or m["post"]) or rng.random() > p:
            return m[0]
        digits = m["num"].replace(",", "")
        value = float(digits + ("." + m["dec"] if m["dec"] else ""))
        if not m["dec"] and int(digits) in YEAR_LIKE and not m["post"]:
            return m[0]
        for _ in range(5):
            new = value * rng.uniform(0.7, 1.3)
            if m["dec"]:
                new_s = f"{new:.{len(m['dec'])}f}"
            else:
                new_s = str(max(1, round(new)))
            if float(new_s) != value:
                break
        if "," in m["num"] and "." not in new_s:
            new_s = f"{int(new_s):,}"
        return (m["pre"] or "") + new_s + (m["post"] or "")

    return FIGURE_RE.sub(repl, text)


def _swap_countries(text: str, mapping: list[int]) -> str:
    def repl(m: re.Match[str]) -> str:
        i, form = _COUNTRY_FORMS[m[0]]
        new = COUNTRIES[mapping[i]][form]
        if m[0].startswith("The ") and new.startswith("the "):
            new = "The " + new[4:]
        return new

    return COUNTRY_RE.sub(repl, text)


def _shift_dates(text: str, months: int, rng: random.Random) -> str:
    def repl(m: re.Match[str]) -> str:
        month = (MONTHS.index(m[1]) + months) % 12
        day = min(28, max(1, int(m[2]) + rng.randint(-3, 3)))
        return f"{MONTHS[month]} {day}"

    return DATE_RE.sub(repl, text) if months else text


def _shift_month(d: dt.date, months: int) -> dt.date:
    m = d.month - 1 + months
    return dt.date(d.year + m // 12, m % 12 + 1, min(d.day, 28))


def sample_paths() -> list[Path]:
    """data/sample/articles, or the repo's test fixtures while that folder is empty."""
    from tracker.read import iter_paths

    if SAMPLE_DIR.is_dir() and iter_paths([str(SAMPLE_DIR)]):
        return [SAMPLE_DIR]
    return [p for p in FALLBACK_DIRS if p.is_dir()]


def load_sources(paths: Sequence[str | Path] | None = None) -> tuple[list[Article], list[str]]:
    """The sample articles (read with tracker.read.read_paths) and any read problems."""
    from tracker.read import read_paths

    paths = list(paths) if paths else sample_paths()
    articles, problems = read_paths([str(p) for p in paths])
    return articles, [str(p) for p in problems]


def build_corpus(n: int = 3000, seed: int = 0,
                 sources: Iterable[Article] | Sequence[str | Path] | None = None,
                 min_kb: float = 0.0) -> list[Article]:
    """`n` distinct articles recombined from the sample articles (reproducible per seed).

    `sources` may be Article objects or paths to read; by default data/sample/articles.
    Each new article: a base article's headline and body, paragraphs partly shuffled and
    thinned, one to three paragraphs from other articles mixed in; then about 60% of its
    figures perturbed by up to +-30%, country names swapped among COUNTRIES (per article,
    consistently), month names shifted with the publication date. `clean` is filled with
    tracker.clean.clean.

    With `min_kb` > 0 each article is padded with further paragraphs of other sample
    articles up to a length drawn between min_kb and 2.25 * min_kb: real news articles
    (the seeds: 2.6 to 16 KB as scraped, 2.6 to 4.8 KB of article text once cleaned)
    are longer and less dense with figures than our short sample articles, and
    quantulum3's cost per KB grows with article length.
    """
    if sources is None:
        arts, _ = load_sources()
    else:
        items = list(sources)
        if items and all(isinstance(a, Article) for a in items):
            arts = items
        else:
            arts, _ = load_sources(items)
    srcs = [_Source(a) for a in arts if a.text and a.text.strip()]
    srcs = [s for s in srcs if s.body or s.header]
    if not srcs:
        raise ValueError("no sample articles with text to build a corpus from")
    # paragraphs that carry figures are the ones worth mixing in
    pool = [(k, p) for k, s in enumerate(srcs) for p in s.body if re.search(r"\d", p)]
    pool = pool or [(k, p) for k, s in enumerate(srcs) for p in s.body]
    rng = random.Random(seed)
    base_date = dt.date(2025, 6, 1)
    corpus: list[Article] = []
    seen: set[str] = set()
    for i in range(n):
        text = ""
        for attempt in range(20):
            k = rng.randrange(len(srcs))
            src = srcs[k]
            body = list(src.body)
            if len(body) > 3:
                keep = max(2, round(len(body) * rng.uniform(0.6, 1.0)))
                idx = sorted(rng.sample(range(len(body)), keep))
                body = [body[j] for j in idx]
            for _ in range(rng.randint(0, max(1, len(body) // 4))):  # local shuffles
                if len(body) > 1:
                    a = rng.randrange(len(body))
                    b = min(len(body) - 1, a + rng.randint(1, 3))
                    body[a], body[b] = body[b], body[a]
            others = [p for kk, p in pool if kk != k] or [p for _, p in pool]
            for _ in range(rng.randint(1, 3)):
                if others:
                    body.insert(rng.randint(0, len(body)), rng.choice(others))
            if min_kb > 0:
                prose = [p for kk, s2 in enumerate(srcs) if kk != k for p in s2.body]
                goal = rng.uniform(min_kb, 2.25 * min_kb) * 1000
                while prose and sum(len(p) for p in body) < goal:
                    body.insert(rng.randint(1, len(body)), rng.choice(prose))
            mapping = list(range(len(COUNTRIES)))
            if rng.random() < 0.75:
                rng.shuffle(mapping)
            months = rng.choice((0, 0, 1, 2, -1, -2, 3))
            head = "\n".join(src.header)
            text = (head + "\n\n" if head else "") + src.sep.join(body) + "\n"
            text = _perturb_figures(text, rng)
            text = _swap_countries(text, mapping)
            text = _shift_dates(text, months, rng)
            if attempt == 19 and text in seen:
                text += f"\nFiled as story {i}.\n"
            if text not in seen:
                break
        seen.add(text)
        base = src.article
        published = _shift_month(base.published or base_date, months)
        published += dt.timedelta(days=rng.randint(-5, 5))
        title = None
        if src.title_at is not None:  # the headline as perturbed in the text
            title = [ln for ln in text.splitlines() if ln.strip()][src.title_at].strip()
        elif base.title:
            title = _swap_countries(base.title, mapping)
        corpus.append(Article(
            id=f"bench-{seed}-{i:05d}", text=text, fmt="txt", source=base.source,
            title=title, published=published, date_confidence=1.0, date_method="given",
            clean=clean(text),
        ))
    return corpus


def corpus_stats(articles: Sequence[Article], sources: int | None = None) -> dict:
    sizes = [len(a.text.encode("utf-8")) for a in articles]
    return {
        "articles": len(articles),
        "distinct_texts": len({a.text for a in articles}),
        "distinct_ids": len({a.id for a in articles}),
        "source_articles": sources,
        "bytes": sum(sizes),
        "mean_bytes": round(sum(sizes) / len(sizes)) if sizes else 0,
        "min_bytes": min(sizes, default=0),
        "max_bytes": max(sizes, default=0),
    }


# ------------------------------------------------------------------------- timing


def _nbytes(articles: Iterable[Article]) -> int:
    return sum(len(a.text.encode("utf-8")) for a in articles)


def _maxrss_mb() -> float:
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KB on Linux, bytes on macOS
    return rss / 1e6 if sys.platform == "darwin" else rss / 1e3


def time_extraction(articles: Sequence[Article], *, memory: bool = True,
                    times: list[float] | None = None, passes: int = 3,
                    between: Callable[[], object] | None = None) -> dict:
    """Whole-corpus extraction on one core: plain loops after one warm-up article.

    Each of `passes` passes extracts the whole corpus and keeps every claim (as a
    pipeline collecting results would). The fastest pass counts, as in timeit (slower
    passes are the machine's doing, not the code's), and every pass's MB/s is reported
    beside it. `between`, if given, runs after each pass, its claims freed: run() puts
    a quantulum3 pass there, so that both take turns through the machine's slow and
    quick spells. With `memory`, a further, untimed pass runs under tracemalloc for the
    peak. `times`, if given, receives each article's seconds in the fastest pass.
    """
    if not articles:
        raise ValueError("no articles to time")
    if passes < 1:
        raise ValueError("passes must be at least 1")
    t0 = time.perf_counter()
    already = "tracker.extract.engine" in sys.modules
    from tracker.extract import engine

    import_s = None if already else time.perf_counter() - t0
    warm = articles[0]
    t0 = time.perf_counter()
    engine.claim_rules()
    engine.extract_article(warm)
    warmup_s = time.perf_counter() - t0

    nbytes = _nbytes(articles)
    clock = time.perf_counter
    runs: list[tuple[float, float, int, list[float]]] = []  # (seconds, cpu, claims, times)
    for _ in range(passes):
        gc.collect()
        claims: list = []
        each: list[float] = []
        c0 = time.process_time()
        t0 = clock()
        t = t0
        for article in articles:
            claims.extend(engine.extract_article(article))
            now = clock()
            each.append(now - t)
            t = now
        runs.append((t - t0, time.process_time() - c0, len(claims), each))
        del claims
        if between is not None:
            between()
    seconds, cpu, n_claims, each = min(runs, key=lambda r: r[0])
    if times is not None:
        times[:] = each

    out = {
        "articles": len(articles),
        "bytes": nbytes,
        "seconds": seconds,
        "cpu_seconds": cpu,
        "articles_per_s": len(articles) / seconds if seconds else float("inf"),
        "mb_per_s": nbytes / 1e6 / seconds if seconds else float("inf"),
        "mb_per_cpu_s": nbytes / 1e6 / cpu if cpu else float("inf"),
        "claims": n_claims,
        "claims_per_article": n_claims / len(articles),
        "passes": passes,
        "passes_mb_per_s": [nbytes / 1e6 / r[0] if r[0] else float("inf") for r in runs],
        "import_seconds": import_s,
        "warmup_seconds": warmup_s,
        "maxrss_mb": _maxrss_mb(),
    }
    if memory:
        gc.collect()
        t0 = time.perf_counter()
        tracemalloc.start()
        kept: list = []
        for article in articles:
            kept.extend(engine.extract_article(article))
        current, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        del kept
        out["tracemalloc_peak_mb"] = peak / 1e6
        out["memory_pass_seconds"] = time.perf_counter() - t0
        out["maxrss_mb"] = _maxrss_mb()
    return out


def time_sample(paths: Sequence[str | Path] | None = None) -> dict:
    """Read the sample articles and extract them all once (after a warm-up elsewhere)."""
    from tracker.extract import engine
    from tracker.read import read_paths

    paths = list(paths) if paths else sample_paths()
    t0 = time.perf_counter()
    articles, problems = read_paths([str(p) for p in paths])
    read_s = time.perf_counter() - t0
    if articles:
        engine.extract_article(articles[0])  # warm-up, in case nothing ran before
    t0 = time.perf_counter()
    n_claims = sum(len(engine.extract_article(a)) for a in articles)
    seconds = time.perf_counter() - t0
    return {
        "paths": [str(p) for p in paths],
        "articles": len(articles),
        "problems": len(problems),
        "bytes": _nbytes(articles),
        "read_seconds": read_s,
        "seconds": seconds,
        "claims": n_claims,
    }


class Quantulum:
    """quantulum3's parser.parse over the same texts, one timed pass per call of
    `run_pass`, after loading and one warm-up call (both reported apart). Errors (a
    missing data file, a broken install) end up in `result()["error"]`, not raised."""

    def __init__(self, texts: Sequence[str]) -> None:
        self.texts = list(texts)
        self.runs: list[tuple[float, float, int]] = []  # (seconds, cpu, quantities)
        self.parse: Callable[[str], list] | None = None
        self.out: dict = {"available": False, "articles": len(self.texts),
                          "bytes": sum(len(t.encode("utf-8")) for t in self.texts),
                          "error": None, "warnings": []}
        self._warnings: set[str] = set()
        with self._recording():
            t0 = time.perf_counter()
            from quantulum3 import parser

            self.out["import_seconds"] = time.perf_counter() - t0
            t0 = time.perf_counter()
            parser.parse("The tariff rose from 10% to 25% on $20 billion of goods.")
            self.out["warmup_seconds"] = time.perf_counter() - t0
            self.parse = parser.parse

    @contextlib.contextmanager
    def _recording(self) -> Iterator[None]:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            try:
                yield
            except Exception as exc:  # reported; no more passes run
                self.out["error"] = f"{type(exc).__name__}: {exc}"
                self.parse = None
            finally:
                self._warnings.update(str(w.message).splitlines()[0] for w in caught)

    def run_pass(self) -> None:
        """One timed pass over every text (nothing once an error happened)."""
        parse = self.parse
        if parse is None:
            return
        with self._recording():
            n = 0
            c0 = time.process_time()
            t0 = time.perf_counter()
            for text in self.texts:
                n += len(parse(text))
            self.runs.append((time.perf_counter() - t0, time.process_time() - c0, n))

    def result(self) -> dict:
        """The fastest pass, with every pass's KB/s beside it."""
        out = dict(self.out, warnings=sorted(self._warnings))
        if out["error"] is not None or not self.runs:
            return out
        seconds, cpu, n = min(self.runs, key=lambda r: r[0])
        out.update({
            "available": True,
            "seconds": seconds,
            "cpu_seconds": cpu,
            "quantities": n,
            "articles_per_s": len(self.texts) / seconds if seconds else float("inf"),
            "kb_per_s": out["bytes"] / 1e3 / seconds if seconds else float("inf"),
            "mb_per_s": out["bytes"] / 1e6 / seconds if seconds else float("inf"),
            "mb_per_cpu_s": out["bytes"] / 1e6 / cpu if cpu else float("inf"),
            "passes": len(self.runs),
            "passes_kb_per_s": [out["bytes"] / 1e3 / r[0] if r[0] else float("inf")
                                for r in self.runs],
        })
        return out


def time_quantulum(texts: Sequence[str], passes: int = 3) -> dict:
    """quantulum3 alone over `texts`: `passes` passes, the fastest counting."""
    if passes < 1:
        raise ValueError("passes must be at least 1")
    q3 = Quantulum(texts)
    for _ in range(passes):
        q3.run_pass()
    return q3.result()


def q3_sample(articles: Sequence[Article], min_bytes: int = DEFAULT_Q3_BYTES,
              count: int | None = None) -> list[int]:
    """Indices of an even sample of the corpus for quantulum3: every k-th article from
    the middle of the first stride, `count` of them or enough for `min_bytes` of text.

    Even, not the first articles: articles differ in how many figures they carry, and
    tracker's speed (not quantulum3's) follows that, so the first few dozen articles can
    be 20% lighter or heavier than the corpus.
    """
    n = len(articles)
    if n == 0:
        return []
    if count is None:
        mean = max(1, _nbytes(articles) // n)
        count = -(-min_bytes // mean)  # ceil
    count = max(1, min(count, n))
    stride = n / count
    return sorted({min(n - 1, int(stride / 2 + j * stride)) for j in range(count)})


def _idle_ticks() -> dict[int, int]:
    """Idle + iowait ticks per CPU from /proc/stat (Linux), {} elsewhere."""
    out: dict[int, int] = {}
    try:
        with open("/proc/stat", encoding="ascii") as f:
            for line in f:
                parts = line.split()
                if parts and parts[0].startswith("cpu") and parts[0][3:].isdigit():
                    out[int(parts[0][3:])] = int(parts[4]) + int(parts[5])
    except (OSError, IndexError, ValueError):
        return {}
    return out


def pin_one_core() -> int | None:
    """Pin this process to one CPU (Linux): the idlest one over a quarter second.

    Returns the CPU number, or None where affinity is unsupported.
    """
    if not hasattr(os, "sched_setaffinity"):
        return None
    try:
        allowed = sorted(os.sched_getaffinity(0))
        cpu = allowed[0]
        before = _idle_ticks()
        if len(allowed) > 1 and before:
            time.sleep(0.25)
            after = _idle_ticks()
            cpu = max(allowed, key=lambda c: after.get(c, 0) - before.get(c, 0))
        os.sched_setaffinity(0, {cpu})
        return cpu
    except OSError:
        return None


# -------------------------------------------------------------------------- main


def run(n: int = 3000, seed: int = 0, q3_articles: int | None = None,
        sample: Sequence[str | Path] | None = None, pin: bool = True,
        memory: bool = True, min_kb: float = 4.0, passes: int = 3) -> dict:
    """Every measurement of the benchmark, as one dict."""
    cpu = pin_one_core() if pin else None
    paths = list(sample) if sample else sample_paths()
    sources, problems = load_sources(paths)
    t0 = time.perf_counter()
    corpus = build_corpus(n, seed, sources, min_kb=min_kb)
    build_s = time.perf_counter() - t0
    stats = corpus_stats(corpus, len(sources))
    stats.update({"seed": seed, "min_kb": min_kb, "build_seconds": build_s,
                  "sample_paths": [str(p) for p in paths],
                  "sample_problems": len(problems)})
    picked = q3_sample(corpus, count=q3_articles)
    subset = [corpus[i] for i in picked]
    quantulum = Quantulum([a.text for a in subset])  # (a failure to load is reported)
    times: list[float] = []
    # tracker and quantulum3 take turns, pass after pass (each side's fastest counts)
    extraction = time_extraction(corpus, memory=memory, times=times, passes=passes,
                                 between=quantulum.run_pass)
    q3 = quantulum.result()
    sample_res = time_sample(paths)
    # tracker on exactly the quantulum3 sample: those articles' times in the timed loop
    sub_s = sum(times[i] for i in picked)
    sub_mb_s = _nbytes(subset) / 1e6 / sub_s if sub_s else float("inf")
    # the headline is the whole corpus: a full garbage collection (about 0.1 s, some ten
    # a run) lands on one article, so 150 articles' times carry none or one or two of
    # them, while quantulum3's speed hardly depends on which articles it reads
    ratio = ratio_same = ratio_cpu = None
    if q3.get("available") and q3.get("mb_per_s"):
        ratio = extraction["mb_per_s"] / q3["mb_per_s"]
        ratio_same = sub_mb_s / q3["mb_per_s"]
        ratio_cpu = extraction["mb_per_cpu_s"] / q3["mb_per_cpu_s"]
    targets = {
        "ratio_min": TARGET_RATIO,
        "ratio_ok": ratio is not None and ratio >= TARGET_RATIO,
        "sample_seconds_max": TARGET_SAMPLE_SECONDS,
        "sample_ok": sample_res["seconds"] < TARGET_SAMPLE_SECONDS,
    }
    from tracker.extract import compiled

    return {
        "python": sys.version.split()[0],
        "pinned_cpu": cpu,
        # which extraction modules ran compiled (setup.py) and which as Python source
        "compiled_modules": compiled(),
        "corpus": stats,
        "extraction": extraction,
        "sample": sample_res,
        "quantulum3": q3,
        "tracker_on_q3_sample": {"articles": len(subset), "bytes": _nbytes(subset),
                                 "seconds": sub_s, "mb_per_s": sub_mb_s,
                                 "every": round(len(corpus) / len(subset), 2)},
        "ratio": ratio,
        "ratio_same_articles": ratio_same,
        "ratio_cpu": ratio_cpu,
        "targets": targets,
        "maxrss_mb": _maxrss_mb(),
    }


def _modules_line(state: dict[str, bool]) -> str:
    """"5 of 5 extraction modules compiled", or which ran as Python source."""
    done = [n for n, c in state.items() if c]
    line = f"{len(done)} of {len(state)} extraction modules compiled"
    if 0 < len(done) < len(state):
        line += " (source: " + ", ".join(n for n, c in state.items() if not c) + ")"
    return line


def _passes_note(speeds: list[float], fmt: str) -> str:
    """"the fastest of 3 passes: 1.512, 1.492, 1.474 MB/s; " ("" for a single pass)."""
    if len(speeds) < 2:
        return ""
    value, unit = fmt.split(" ", 1)
    return (f"the fastest of {len(speeds)} passes: "
            + ", ".join(value.format(v) for v in speeds) + f" {unit}; ")


def summary(r: dict) -> str:
    c, e, s, q = r["corpus"], r["extraction"], r["sample"], r["quantulum3"]
    ok = {True: "ok", False: "MISSED"}
    lines = [
        f"corpus: {c['articles']} articles ({c['distinct_texts']} distinct texts) built from "
        f"{c['source_articles']} sample articles in {', '.join(c['sample_paths'])}; "
        f"{c['bytes'] / 1e6:.2f} MB, {c['mean_bytes']} B/article "
        f"({c['min_bytes']}-{c['max_bytes']}; padded to >= {c.get('min_kb', 0)} KB); "
        f"seed {c['seed']}, built in "
        f"{c['build_seconds']:.2f} s",
        f"tracker: {e['articles']} articles in {e['seconds']:.3f} s "
        + "(" + _passes_note(e.get("passes_mb_per_s", []), "{:.3f} MB/s")
        + f"cpu {e['cpu_seconds']:.3f} s, one core"
        + (f", pinned to CPU {r['pinned_cpu']}" if r["pinned_cpu"] is not None else "") + "; "
        + _modules_line(r.get("compiled_modules", {})) + ")",
        f"  {e['articles_per_s']:,.0f} articles/s, {e['mb_per_s']:.3f} MB/s "
        f"({e['mb_per_cpu_s']:.3f} MB per CPU second), "
        f"{e['claims']} claims ({e['claims_per_article']:.1f}/article)",
        "  import " + (f"{e['import_seconds']:.3f} s" if e["import_seconds"] is not None
                       else "(already imported)")
        + f", warm-up article (rule compilation) {e['warmup_seconds']:.3f} s",
    ]
    if "tracemalloc_peak_mb" in e:
        lines.append(f"  peak memory during extraction (tracemalloc): "
                     f"{e['tracemalloc_peak_mb']:.1f} MB; maxrss after extraction "
                     f"{e['maxrss_mb']:.1f} MB")
    lines.append(
        f"sample corpus: {s['articles']} articles, {s['bytes'] / 1e3:.1f} KB, extracted in "
        f"{s['seconds']:.3f} s ({s['claims']} claims; read in {s['read_seconds']:.3f} s) "
        f"[target < {TARGET_SAMPLE_SECONDS:g} s: {ok[r['targets']['sample_ok']]}]")
    if q["available"]:
        lines.append(
            f"quantulum3: {q['articles']} articles, {q['bytes'] / 1e3:.0f} KB in "
            f"{q['seconds']:.2f} s "
            + "(" + _passes_note(q.get("passes_kb_per_s", []), "{:.1f} KB/s")
            + f"cpu {q['cpu_seconds']:.2f} s): {q['kb_per_s']:.1f} KB/s "
            f"({q['mb_per_s']:.4f} MB/s), "
            f"{q['quantities']} quantities; load {q['import_seconds'] + q['warmup_seconds']:.2f} s")
        if q["warnings"]:
            lines.append("  quantulum3 warnings: " + "; ".join(q["warnings"]))
        t = r["tracker_on_q3_sample"]
        lines.append(
            f"ratio tracker/quantulum3 (MB/s): {r['ratio']:.1f}x "
            f"[target >= {TARGET_RATIO:g}x: {ok[r['targets']['ratio_ok']]}]; by CPU time "
            f"{r['ratio_cpu']:.1f}x; tracker on the {t['articles']} articles quantulum3 read "
            f"(1 in {t['every']:.0f}): {t['mb_per_s']:.3f} MB/s, {r['ratio_same_articles']:.1f}x")
    else:
        lines.append(f"quantulum3: unavailable ({q['error']}); no ratio")
        if q["warnings"]:
            lines.append("  quantulum3 warnings: " + "; ".join(q["warnings"]))
    lines.append(f"process maxrss: {r['maxrss_mb']:.1f} MB")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=3000, help="corpus size (default 3000)")
    ap.add_argument("--seed", type=int, default=0, help="RNG seed of the corpus (default 0)")
    ap.add_argument("--q3-articles", type=int, default=None,
                    help="articles given to quantulum3, spread evenly over the corpus "
                         "(default: enough for ~1 MB)")
    ap.add_argument("--sample", action="append", default=None, metavar="PATH",
                    help="sample article file/folder (repeatable; default data/sample/articles)")
    ap.add_argument("--min-kb", type=float, default=4.0,
                    help="pad articles to real-news length, min KB (0: short sample articles)")
    ap.add_argument("--no-pin", action="store_true", help="do not pin the process to one CPU")
    ap.add_argument("--no-memory", action="store_true", help="skip the tracemalloc pass")
    ap.add_argument("--passes", type=int, default=3,
                    help="timed passes, for tracker and quantulum3 alike; the fastest "
                         "counts (default 3)")
    ap.add_argument("--json", action="store_true", help="print one JSON object instead")
    ap.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    args = ap.parse_args(argv)
    if args.articles < 1:
        ap.error("--articles must be at least 1")
    if args.passes < 1:
        ap.error("--passes must be at least 1")
    r = run(args.articles, args.seed, args.q3_articles, args.sample, pin=not args.no_pin,
            min_kb=args.min_kb, memory=not args.no_memory, passes=args.passes)
    print(json.dumps(r, indent=None, default=str) if args.json else summary(r))
    if args.check and not (r["targets"]["ratio_ok"] and r["targets"]["sample_ok"]):
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
