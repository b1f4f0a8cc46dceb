"""The pipeline, top to bottom: read -> clean -> dedup -> extract -> store -> reconcile.

`ingest` is what `tracker ingest` runs and what notebooks call. Reading and
cleaning happen in tracker.read; extraction is a pure function per article, so
a large batch can be spread over worker processes, and an article it fails on is
skipped, not the batch. All of that happens before the database is opened for
writing; the whole batch is then written in one transaction
(tracker.store.write_batch), which also rebuilds the reconciliation tables.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import signal
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from tracker.errors import EXIT_ERROR, EXIT_OK, EXIT_PARTIAL, TrackerError, is_interrupt
from tracker.extract.engine import extract
from tracker.extract.judgments import period as judged_period
from tracker.models import FLOW_METRICS, Article, Claim
from tracker.read import ReadProblem, read_paths, without_inferred_date
from tracker.read.date_inference import text_year

if TYPE_CHECKING:  # dedup and store bring pandas and DuckDB: `tracker extract` needs neither
    import duckdb
    import numpy as np

    from tracker import dedup

PROGRESS_MIN = 50  # show a progress bar from this many articles on


@dataclass
class IngestResult:
    """What one ingest did, for the summary line and for tests."""

    new: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    duplicates: list[tuple[str, str]] = field(default_factory=list)  # (copy, original)
    #: stored originals that a better-dated copy in this batch replaced: (stored, new)
    repointed: list[tuple[str, str]] = field(default_factory=list)
    skipped: list[ReadProblem] = field(default_factory=list)
    claims: int = 0
    #: articles read with no date given or stated on a date line, and how many of them got
    #: one inferred from their text (tracker.read.date_inference)
    undated: int = 0
    inferred: int = 0
    #: articles stored without their reconciliation after this ingest (--no-reconcile)
    pending: int = 0

    @property
    def stored_any(self) -> bool:
        """Whether any input ended up in the database (new, updated or already there)."""
        return bool(self.new or self.updated or self.unchanged)

    @property
    def exit_code(self) -> int:
        """0 all stored; 3 stored but some inputs skipped; 1 every input skipped."""
        if not self.skipped:
            return EXIT_OK
        return EXIT_PARTIAL if self.stored_any else EXIT_ERROR

    def summary(self) -> str:
        return (f"articles: {len(self.new)} new, {len(self.updated)} updated, "
                f"{len(self.unchanged)} unchanged, {len(self.duplicates)} duplicate, "
                f"{len(self.skipped)} skipped; claims stored: {self.claims}"
                + (f"; no date given: {self.undated} ({self.inferred} inferred from the text, "
                   f"{self.undated - self.inferred} unknown)" if self.undated else "")
                + (f"; reconciliation pending for {self.pending} articles (`tracker "
                   "reconcile` or the next ingest completes it)" if self.pending else ""))


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def extract_one(article: Article) -> list[Claim] | str:
    """Claims of one article, or why extraction failed (one line).

    A failure on one article (a pathological figure, a date out of range) must not
    stop the others: the caller skips the article and lists the message.
    """
    try:
        claims = extract(without_inferred_date(article))
        if article.date_method == "inferred" and article.published is not None:
            claims = flow_periods(claims, article.published)
        elif article.published is None:
            body = article.clean.text if article.clean is not None else article.text
            claims = flow_periods(claims, None, text_year(body))
        return claims
    except Exception as exc:  # any failure is this article's problem, not the batch's
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
        return f"extraction failed ({type(exc).__name__}{': ' + first if first else ''})"


def flow_periods(claims: list[Claim], day: dt.date | None,
                 year: int | None = None) -> list[Claim]:
    """The claims, each flow without a period given the one its sentence names relative to
    `day` ("last year", "in October"): the article's inferred publication date; for an
    article with no date at all, relative to `year`, the year its text is about
    (date_inference.text_year), so that its flows are not left out for want of a period.

    The extractor is handed no inferred date (without_inferred_date: it would decide
    statuses), so "$35 billion last year" kept no period and was left out of every
    comparison, though reconciliation places the article by that very date. A period
    named outright ("in 2024") needs no date and was read already.
    """
    for c in claims:
        if c.period is None and (c.metric or "").strip().lower() in FLOW_METRICS:
            c.period = judged_period(c.sentence if c.sentence is not None else (c.quote or ""),
                                     day, year)
    return claims


def _ignore_sigint() -> None:
    """Worker processes leave Ctrl-C to the main process (no traceback from each worker)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def extract_each(articles: list[Article], workers: int = 1,
                 progress: Callable[[int], None] | None = None) -> list[list[Claim] | str]:
    """extract_one of each article, in order; with workers > 1 in separate processes."""
    if workers > 1 and len(articles) >= 2 * workers:
        from concurrent.futures import ProcessPoolExecutor  # (~35 ms of imports: only here)

        out: list[list[Claim] | str] = []
        pool = ProcessPoolExecutor(max_workers=workers, initializer=_ignore_sigint)
        try:
            for got in pool.map(extract_one, articles, chunksize=16):
                out.append(got)
                if progress:
                    progress(1)
        except BaseException:
            procs = list((getattr(pool, "_processes", None) or {}).values())
            pool.shutdown(wait=False, cancel_futures=True)
            for proc in procs:
                proc.terminate()  # do not wait for their current chunk on Ctrl-C
            raise
        pool.shutdown()
        return out
    out = []
    for art in articles:
        out.append(extract_one(art))
        if progress:
            progress(1)
    return out


def extract_many(articles: list[Article], workers: int = 1,
                 progress: Callable[[int], None] | None = None) -> list[Claim]:
    """Claims of many articles, in order; TrackerError if one of them cannot be extracted."""
    out: list[Claim] = []
    for art, got in zip(articles, extract_each(articles, workers, progress), strict=True):
        if isinstance(got, str):
            raise TrackerError(f"{art.path or art.id}: {got}")
        out.extend(got)
    return out


def _progress_bar(total: int, enabled: bool):
    if not enabled or total < PROGRESS_MIN:
        return None
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

    return Progress("[progress.description]{task.description}", BarColumn(),
                    MofNCompleteColumn(), TimeRemainingColumn(),
                    console=Console(file=sys.stderr), transient=True)


@dataclass(frozen=True)
class _Stored:
    """What the database holds, as dedup needs it (a snapshot, or read under the lock):
    the stored content hashes, the stored articles that may be the same story as an input
    (from the band index) as dedup.Rows, and for each input position whose text is not
    stored as it is, the row numbers of its candidates, earliest stored first."""

    hashes: dict[str, str]
    near: dict[int, np.ndarray]
    rows: dedup.Rows | None = None  # None: no candidates
    #: what tells another writer's change apart (_stamp): an empty store's by default
    stamp: tuple[int, int | None] = (0, None)


_NOTHING_STORED = _Stored({}, {})


def _read_stored(con: duckdb.DuckDBPyConnection, articles: list[Article],
                 fps: dict[int, dedup.Fingerprint]) -> _Stored:
    """Hashes of every stored article the plan looks up and the near-duplicate candidates
    of each input.

    Candidates come from the band index, so the cost per input does not grow with the
    store. A database whose index is not complete yet (written before it existed) is
    scanned instead; the writer completes the index under its lock (dedup.ensure_index).
    """
    import numpy as np

    from tracker import dedup

    hashes = _stored_hashes(con, articles)
    todo: dict[int, list[int]] = {}
    for pos, art in enumerate(articles):
        if hashes.get(art.id) == content_hash(art.text):
            continue  # unchanged: no duplicate search
        if pos not in fps:
            fps[pos] = dedup.fingerprint(art.clean_text)
        todo[pos] = fps[pos].signature
    if dedup.index_ready(con):
        rows, near = dedup.stored_rows(con, todo)
        return _Stored(hashes, near, rows, _stamp(con))
    rows = dedup.Rows(1)
    if todo:
        for i, s, pub, how, dup in con.execute(
                "SELECT id, signature, published, date_method, duplicate_of FROM articles "
                "ORDER BY ingested_at, id").fetchall():
            rows.append(i, s, None, dedup.date_rank(pub, how), dup)
    every = np.arange(len(rows), dtype=np.int64)
    return _Stored(hashes, {pos: every for pos in todo}, rows, _stamp(con))


@dataclass
class _Plan:
    """What to store: rows (article, hash, signature) by input position, and the verdicts."""

    rows: list[tuple[int, Article, str, dedup.Fingerprint]] = field(default_factory=list)
    replace: list[str] = field(default_factory=list)
    result: IngestResult = field(default_factory=IngestResult)
    #: stored originals a better-dated copy in this batch takes over from: (stored, new)
    repoint: list[tuple[str, str]] = field(default_factory=list)

    #: by original: the rows copying it, and the places in result.duplicates and repoint
    #: naming it (a demotion then touches those, not every row: the batch is large)
    _copies: dict[str, list[int]] = field(default_factory=dict)
    _dups: dict[str, list[int]] = field(default_factory=dict)
    _repoints: dict[str, list[int]] = field(default_factory=dict)

    def add_row(self, row: tuple[int, Article, str, dedup.Fingerprint]) -> None:
        if row[1].duplicate_of:
            self._copies.setdefault(row[1].duplicate_of, []).append(len(self.rows))
        self.rows.append(row)

    def add_duplicate(self, copy: str, original: str) -> None:
        self._dups.setdefault(original, []).append(len(self.result.duplicates))
        self.result.duplicates.append((copy, original))

    def demote(self, old: str, new: str, at: dict[str, int]) -> None:
        """`new` stands for the story instead of `old`: old and its copies point at new."""
        rows = self._copies.pop(old, [])
        if old in at:
            rows = sorted({at[old], *rows})
        for i in rows:
            pos, art, h, fp = self.rows[i]
            self.rows[i] = (pos, replace(art, duplicate_of=new), h, fp)
        self._copies.setdefault(new, []).extend(rows)
        for j in self._dups.get(old, []):
            self.result.duplicates[j] = (self.result.duplicates[j][0], new)
        self._dups.setdefault(new, []).extend(self._dups.pop(old, []))
        for j in self._repoints.get(old, []):
            self.repoint[j] = (self.repoint[j][0], new)
        self._repoints.setdefault(new, []).extend(self._repoints.pop(old, []))
        if old in at:
            self.add_duplicate(old, new)
        else:
            self._repoints.setdefault(new, []).append(len(self.repoint))
            self.repoint.append((old, new))


def _plan(articles: list[Article], excluded: set[int], stored: _Stored,
          fps: dict[int, dedup.Fingerprint]) -> _Plan:
    """New, changed, unchanged and duplicate articles against what is stored.

    `excluded` are input positions already skipped (extraction failed); `fps` caches
    MinHash fingerprints by position across re-plans.
    """
    from tracker import dedup

    plan = _Plan()
    hashes = stored.hashes
    batch = dedup.BatchIndex()  # this batch's articles, not yet stored
    by_hash = {h: i for i, h in hashes.items()}
    seen: set[str] = set()
    known = stored.rows or dedup.Rows(1)  # the stored candidates of every input
    at: dict[str, int] = {}  # this batch's stored-to-be articles: id -> index in plan.rows
    moved: dict[str, str] = {}  # stored originals demoted by this plan -> their successor

    def root(aid: str) -> str:
        """The article standing for aid's story (aid itself, or what it is a copy of)."""
        for _ in range(4):  # one step by construction; a bound against a stored cycle
            if aid in at:
                nxt = plan.rows[at[aid]][1].duplicate_of
            elif aid in moved:
                nxt = moved[aid]
            else:
                row = known.row_of.get(aid)
                nxt = None if row is None else known.duplicate_of[row]
            if not nxt or nxt == aid:
                break
            aid = nxt
        return aid

    def rank(aid: str) -> int | None:
        if aid in at:
            a = plan.rows[at[aid]][1]
            return dedup.date_rank(a.published, a.date_method)
        row = known.row_of.get(aid)
        return None if row is None else known.date_rank[row]

    for pos, art in enumerate(articles):
        if pos in excluded:
            continue
        h = content_hash(art.text)
        if art.id in seen:
            where = art.path or art.id
            plan.result.skipped.append(
                ReadProblem(where, None, f"duplicate article id {art.id!r}"))
            continue
        seen.add(art.id)
        if hashes.get(art.id) == h:
            plan.result.unchanged.append(art.id)
            continue
        if art.id in hashes:
            plan.replace.append(art.id)
            plan.result.updated.append(art.id)
        else:
            plan.result.new.append(art.id)
        if pos not in fps:
            fps[pos] = dedup.fingerprint(art.clean_text)
        fp = fps[pos]
        buckets = dedup.bands(fp.signature)
        original = by_hash.get(h) if by_hash.get(h) != art.id else None
        if not original:  # stored articles first (earliest first), then the batch's earlier
            near = stored.near.get(pos)
            own = known.row_of.get(art.id)
            if near is not None and own is not None:
                near = near[near != own]
            original = (known.first(fp.signature, near, fp.n_shingles)
                        or batch.rows.first(fp.signature,
                                            batch.candidate_rows(fp.signature, buckets),
                                            fp.n_shingles))
        if original:
            original = root(original)
            theirs = rank(original)
            if original == art.id:
                original = None
            elif theirs is not None and dedup.date_rank(art.published, art.date_method) > theirs:
                # the better-dated copy stands for the story (docs/dedup.md "Which copy")
                plan.demote(original, art.id, at)
                if original not in at:
                    moved[original] = art.id
                original = None
        if original:
            plan.add_duplicate(art.id, original)
        batch.add(art.id, fp, buckets)
        by_hash.setdefault(h, art.id)
        at[art.id] = len(plan.rows)
        plan.add_row((pos, replace(art, duplicate_of=original), h, fp))
    return plan


def _settle(articles: list[Article], stored: _Stored, claims: dict[int, list[Claim]],
            failed: dict[int, str], fps: dict[int, dedup.Fingerprint],
            extract_todo: Callable[[list[Article]], list[list[Claim] | str]]) -> _Plan:
    """Plan, extract what the plan stores and is not extracted yet, drop what fails; repeat.

    Dropping an article can change the plan (a copy of it is no longer a duplicate, a
    second file with its id is no longer a repeat), hence the loop; each round drops at
    least one article or ends. `claims` and `failed` are filled in place (they are this
    ingest's own caches).
    """
    from tracker import store

    while True:
        plan = _plan(articles, set(failed), stored, fps)
        todo = [pos for pos, *_ in plan.rows if pos not in claims]
        for pos, got in zip(todo, extract_todo([articles[p] for p in todo]), strict=True):
            if isinstance(got, str):
                failed[pos] = got
                continue
            why = store.unstorable(articles[pos], got)
            if why is not None:
                failed[pos] = why
            else:
                claims[pos] = got
        if not any(pos in failed for pos, *_ in plan.rows):
            return plan


def _stored_hashes(con: duckdb.DuckDBPyConnection, articles: list[Article]) -> dict[str, str]:
    """The stored content hash of every stored article the plan looks up: those with an
    input's id or an input's content (a large store's every hash took ~0.15 s to read)."""
    return dict(con.execute(
        "SELECT id, content_hash FROM articles WHERE id IN (SELECT unnest($1)) "
        "OR content_hash IN (SELECT unnest($2))",
        [sorted({a.id for a in articles}), sorted({content_hash(a.text) for a in articles})]
    ).fetchall())


def _stamp(con: duckdb.DuckDBPyConnection) -> tuple[int, int | None]:
    """How many articles are stored and a hash of every (id, content hash): it changes
    when another process adds, replaces or removes an article."""
    row = con.execute("SELECT count(*), bit_xor(hash(id, content_hash)) FROM articles"
                      ).fetchone()
    return (int(row[0]), None if row[1] is None else int(row[1])) if row else (0, None)


def _repointed_ids(con: duckdb.DuckDBPyConnection, repoint: list[tuple[str, str]],
                   batch: set[str]) -> list[str]:
    """Stored articles (not rewritten by the batch) whose duplicate_of _repoint changes:
    reconciliation must recompute their claims' facts."""
    if not repoint:
        return []
    olds = [old for old, _ in repoint]
    ids = {r[0] for r in con.execute(
        "SELECT id FROM articles WHERE id IN (SELECT unnest($1)) "
        "OR duplicate_of IN (SELECT unnest($1))", [olds]).fetchall()}
    return sorted(ids - batch)


def _repoint(con: duckdb.DuckDBPyConnection, repoint: list[tuple[str, str]]) -> None:
    """A stored original and its stored copies become copies of the batch's better-dated
    copy (inside the batch's transaction, before reconciliation is refreshed)."""
    for old, new in repoint:
        con.execute("UPDATE articles SET duplicate_of = $1 "
                    "WHERE (id = $2 OR duplicate_of = $2) AND id <> $1", [new, old])


def _snapshot(db: str | os.PathLike[str] | None, articles: list[Article],
              fps: dict[int, dedup.Fingerprint], wait: float, init: bool,
              on_wait: Callable[[str], None] | None) -> _Stored:
    """What dedup needs of the store, read with a short read-only connection.

    Also refuses a file the tracker must not touch before any extraction work is done.
    """
    from tracker import store

    path = store.db_path(db)
    if path.is_dir():
        raise TrackerError(f"{path}: is a directory, not a database file")
    if store.check_file(path, init=init) != "duckdb":
        return _NOTHING_STORED
    con = store.connect(db, read_only=True, wait=wait, init=init, on_wait=on_wait)
    try:
        if not store.is_tracker_database(con):
            return _NOTHING_STORED
        return _read_stored(con, articles, fps)
    finally:
        con.close()


def _problem_of(art: Article, message: str) -> ReadProblem:
    if art.fmt == "feed":  # the path is the feed file: name the article too
        message = f"article {art.id!r}: {message}"
    return ReadProblem(art.path or art.id, None, message)


def _strict_error(problems: list[ReadProblem]) -> TrackerError:
    p = problems[0]
    where = f"{p.path}:{p.line}" if p.line else p.path
    more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
    return TrackerError(f"{where}: {p.message}{more}; --strict: nothing was written")


def _or_ready(ready: dict[int, list[Claim] | str],
              run: Callable[[list[Article]], list[list[Claim] | str]]
              ) -> Callable[[list[Article]], list[list[Claim] | str]]:
    """`run` for the articles whose claims are not `ready` (keyed by id() of the article)."""
    if not ready:
        return run

    def each(todo: list[Article]) -> list[list[Claim] | str]:
        fresh = iter(run([a for a in todo if id(a) not in ready]))
        return [ready[id(a)] if id(a) in ready else next(fresh) for a in todo]

    return each


def ingest(paths: Iterable[str | os.PathLike[str]], db: str | os.PathLike[str] | None = None,
           published: dt.date | None = None, source: str | None = None, strict: bool = False,
           workers: int = 1, progress: bool = False, wait: float = 0.0, init: bool = False,
           on_wait: Callable[[str], None] | None = None, dask: str | None = None,
           reconcile: bool = True) -> IngestResult:
    """Read, clean, deduplicate, extract and store articles; returns what happened.

    Bad records (unreadable files, bad feed lines, articles whose extraction fails)
    are skipped and listed in the result; with `strict`, the first one aborts the
    batch before anything is written. When every input is skipped, the database is
    not touched. Re-ingesting an unchanged article changes nothing; a changed one
    replaces its old row and claims.

    Extraction runs before the database is opened for writing, so the write lock is
    held only while the batch is stored and reconciled; another process's lock is
    waited for up to `wait` seconds (`on_wait` is told once). `init` allows an empty
    file that the tracker did not create.

    `dask` is the address of a Dask scheduler (or `local`) to extract on instead of worker
    processes (tracker.cluster). A claims folder among `paths` (tracker.partitions, written
    by `tracker extract --format parquet`) gives its articles with their claims ready.

    Without `reconcile`, the batch is stored and its reconciliation left pending (the
    reports say so) for the next ingest with it, or `tracker reconcile`: many batches in a
    row, each touching most of the store, then cost one reconciliation instead of one each.
    """
    from tracker import dedup, store
    from tracker.partitions import read_inputs

    articles, problems, ready = read_inputs([str(p) for p in paths], published, source)
    if strict and problems:
        raise _strict_error(problems)
    if problems and not articles:
        return IngestResult(skipped=list(problems))
    fps: dict[int, dedup.Fingerprint] = {}
    snapshot = _snapshot(db, articles, fps, wait, init, on_wait)
    claims: dict[int, list[Claim]] = {}
    failed: dict[int, str] = {}

    def engine(todo: list[Article], tell: Callable[[int], None] | None = None
               ) -> list[list[Claim] | str]:
        if dask:
            from tracker.cluster import dask_extract_each

            return dask_extract_each(todo, dask, tell, workers)
        return extract_each(todo, workers, tell)

    def run_extract(todo: list[Article]) -> list[list[Claim] | str]:
        bar = _progress_bar(len(todo), progress)
        if bar is None:
            return engine(todo)
        with bar:
            task = bar.add_task("extracting", total=len(todo))
            return engine(todo, lambda n: bar.advance(task, n))

    plan = _settle(articles, snapshot, claims, failed, fps, _or_ready(ready, run_extract))
    bad = [_problem_of(articles[pos], msg) for pos, msg in sorted(failed.items())]
    if strict and bad:
        raise _strict_error(bad)
    if not plan.rows and not plan.result.unchanged and (problems or bad or plan.result.skipped):
        return IngestResult(skipped=[*problems, *bad, *plan.result.skipped])
    con = store.connect(db, wait=wait, init=init, on_wait=on_wait)
    try:
        indexed = dedup.ensure_index(con)  # an older file's articles join the band index
        if indexed or _stamp(con) != snapshot.stamp:
            # another process wrote in between, or the candidates came from a scan: plan again
            stored = _read_stored(con, articles, fps)
            plan = _settle(articles, stored, claims, failed, fps,
                           _or_ready(ready, lambda todo: extract_each(todo, 1)))
            bad = [_problem_of(articles[pos], msg) for pos, msg in sorted(failed.items())]
            if strict and bad:
                raise _strict_error(bad)
        found = [c for pos, *_ in plan.rows for c in claims[pos]]
        rows = [(art, h, fp.signature) for _, art, h, fp in plan.rows]
        entries = [(art.id, fp) for _, art, _, fp in plan.rows]
        touched = _repointed_ids(con, plan.repoint, {art.id for _, art, *_ in plan.rows})

        def also(c: duckdb.DuckDBPyConnection) -> None:
            dedup.write_index(c, entries, plan.replace)
            _repoint(c, plan.repoint)

        store.write_batch(con, store.articles_frame(rows), store.claims_frame(found),
                          plan.replace, also=also, touched=touched, reconcile=reconcile)
        waiting = store.pending_count(con)
    except TrackerError:
        raise
    except Exception as exc:  # the batch was rolled back: say so in one line
        if is_interrupt(exc):
            raise KeyboardInterrupt from exc
        raise TrackerError(
            f"ingest failed, nothing was written: {store.friendly_error(exc)}") from exc
    finally:
        con.close()
    result = plan.result
    result.repointed = list(plan.repoint)
    result.skipped = [*problems, *bad, *result.skipped]
    result.claims = len(found)
    result.pending = waiting
    result.inferred = sum(a.date_method == "inferred" for a in articles)
    result.undated = result.inferred + sum(a.published is None for a in articles)
    return result


def extract_paths(paths: Iterable[str | os.PathLike[str]], published: dt.date | None = None,
                  source: str | None = None,
                  workers: int = 1) -> tuple[list[Claim], list[ReadProblem], list[Article]]:
    """Claims of files or folders without touching any database."""
    articles, problems = read_paths([str(p) for p in paths], published=published, source=source)
    return extract_many(articles, workers), problems, articles
