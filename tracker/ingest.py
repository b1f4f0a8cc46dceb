"""The pipeline, top to bottom: read -> clean -> dedup -> extract -> store -> reconcile.

`ingest` is what `tracker ingest` runs and what notebooks call. Reading and
cleaning happen in tracker.read; extraction is a pure function per article, so
a large batch can be spread over worker processes; the whole batch is written
in one transaction (tracker.store.write_batch), which also rebuilds the
reconciliation tables.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import sys
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field

from tracker import dedup, store
from tracker.errors import TrackerError
from tracker.extract.engine import extract
from tracker.models import Article, Claim
from tracker.read import ReadProblem, read_paths

PROGRESS_MIN = 50  # show a progress bar from this many articles on


@dataclass
class IngestResult:
    """What one ingest did, for the summary line and for tests."""

    new: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    duplicates: list[tuple[str, str]] = field(default_factory=list)  # (copy, original)
    skipped: list[ReadProblem] = field(default_factory=list)
    claims: int = 0

    def summary(self) -> str:
        return (f"articles: {len(self.new)} new, {len(self.updated)} updated, "
                f"{len(self.unchanged)} unchanged, {len(self.duplicates)} duplicate, "
                f"{len(self.skipped)} skipped; claims stored: {self.claims}")


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def extract_many(articles: list[Article], workers: int = 1,
                 progress: Callable[[int], None] | None = None) -> list[Claim]:
    """Claims of many articles, in order; with workers > 1 in separate processes."""
    out: list[Claim] = []
    if workers > 1 and len(articles) >= 2 * workers:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            for claims in pool.map(extract, articles, chunksize=16):
                out.extend(claims)
                if progress:
                    progress(1)
        return out
    for art in articles:
        out.extend(extract(art))
        if progress:
            progress(1)
    return out


def _progress_bar(total: int, enabled: bool):
    if not enabled or total < PROGRESS_MIN:
        return None
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

    return Progress("[progress.description]{task.description}", BarColumn(),
                    MofNCompleteColumn(), TimeRemainingColumn(),
                    console=Console(file=sys.stderr), transient=True)


def ingest(paths: Iterable[str | os.PathLike[str]], db: str | os.PathLike[str] | None = None,
           published: dt.date | None = None, source: str | None = None, strict: bool = False,
           workers: int = 1, progress: bool = False) -> IngestResult:
    """Read, clean, deduplicate, extract and store articles; returns what happened.

    Bad records are skipped and listed in the result (with `strict`, the first one
    aborts the batch before anything is written). Re-ingesting an unchanged
    article changes nothing; a changed one replaces its old row and claims.
    """
    articles, problems = read_paths([str(p) for p in paths], published=published, source=source)
    if strict and problems:
        p = problems[0]
        where = f"{p.path}:{p.line}" if p.line else p.path
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        raise TrackerError(f"{where}: {p.message}{more}; --strict: nothing was written")
    result = IngestResult(skipped=list(problems))
    con = store.connect(db)
    try:
        stored = store.stored_articles(con)
        hashes = dict(zip(stored["id"], stored["content_hash"], strict=True))
        dedup.ensure_index(con)
        batch = dedup.BatchIndex()  # this batch's articles, not yet stored
        by_hash = {h: i for i, h in hashes.items()}
        rows: list[tuple[Article, str, list[int]]] = []
        replace: list[str] = []
        seen: set[str] = set()
        for art in articles:
            h = content_hash(art.text)
            if art.id in seen:
                where = art.path or art.id
                result.skipped.append(ReadProblem(where, None, f"duplicate article id {art.id!r}"))
                continue
            seen.add(art.id)
            if hashes.get(art.id) == h:
                result.unchanged.append(art.id)
                continue
            if art.id in hashes:
                replace.append(art.id)
                result.updated.append(art.id)
            else:
                result.new.append(art.id)
            fp = dedup.fingerprint(art.clean_text)
            others = [c for c in dedup.candidates(con, fp.signature) if c.id != art.id]
            others += batch.candidates(fp.signature)
            original = by_hash.get(h) if by_hash.get(h) != art.id else None
            original = original or dedup.find_original(fp.signature, others,
                                                       n_shingles=fp.n_shingles)
            art.duplicate_of = original
            if original:
                result.duplicates.append((art.id, original))
            batch.add(art.id, fp)
            by_hash.setdefault(h, art.id)
            rows.append((art, h, fp.signature))
        todo = [a for a, _, _ in rows]
        bar = _progress_bar(len(todo), progress)
        if bar is not None:
            with bar:
                task = bar.add_task("extracting", total=len(todo))
                claims = extract_many(todo, workers, lambda n: bar.advance(task, n))
        else:
            claims = extract_many(todo, workers)
        result.claims = len(claims)
        entries = batch.entries()
        store.write_batch(con, store.articles_frame(rows), store.claims_frame(claims), replace,
                          also=lambda c: dedup.write_index(c, entries, replace))
    except TrackerError:
        raise
    except Exception as exc:  # the batch was rolled back: say so in one line
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise TrackerError(f"ingest failed, nothing was written: {first}") from exc
    finally:
        con.close()
    return result


def extract_paths(paths: Iterable[str | os.PathLike[str]], published: dt.date | None = None,
                  source: str | None = None,
                  workers: int = 1) -> tuple[list[Claim], list[ReadProblem], list[Article]]:
    """Claims of files or folders without touching any database."""
    articles, problems = read_paths([str(p) for p in paths], published=published, source=source)
    return extract_many(articles, workers), problems, articles
