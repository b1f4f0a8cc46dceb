"""Extraction on a Dask cluster: the engine behind `--dask ADDRESS`.

Extraction is a pure function per article (tracker.ingest.extract_one), so batches of
articles go to the workers and their claims come back; this process stays the one
writer. `local` starts a distributed.LocalCluster on this machine; any other address
(tcp://host:8786) is a running scheduler, whose workers have the tracker installed
(docs/cluster.md). Dask is imported only here, inside the functions: without the
`cluster` extra, the rest of the tracker neither needs nor loads it.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator
from typing import Any

from tracker.errors import TrackerError, is_interrupt
from tracker.models import Article, Claim

#: articles per task: large enough that scheduling costs little next to extraction,
#: small enough that the progress display moves and the workers share the load
BATCH = 16
MISSING = "--dask needs the cluster extra: pip install 'tracker[cluster]'"


def extract_batch(articles: list[Article]) -> list[list[Claim] | str]:
    """extract_one of each article of a batch (runs on a worker)."""
    from tracker.ingest import extract_one

    return [extract_one(a) for a in articles]


def _distributed():
    try:
        import distributed
    except ImportError:
        raise TrackerError(MISSING) from None
    return distributed


@contextlib.contextmanager
def client(address: str, workers: int | None = None, timeout: float = 30) -> Iterator[Any]:
    """A Dask client of `address`; `local` starts (and afterwards stops) a LocalCluster of
    `workers` processes (default: one per CPU), one thread each (extraction is CPU-bound)."""
    distributed = _distributed()
    if address == "local":
        n = workers if workers and workers > 1 else (os.cpu_count() or 1)
        with distributed.LocalCluster(n_workers=n, threads_per_worker=1, processes=True,
                                      dashboard_address=":0") as cluster, \
                distributed.Client(cluster) as c:
            yield c
        return
    try:
        c = distributed.Client(address, timeout=timeout)
    except (OSError, TimeoutError, ValueError) as exc:
        raise TrackerError(f"--dask {address}: cannot reach the scheduler ({exc})") from None
    with c:
        yield c


def batches(items: list[Any], size: int) -> list[list[Any]]:
    return [items[i:i + size] for i in range(0, len(items), size)]


def run_ordered(c: Any, fn: Callable[..., Any], parts: list[Any], *args: Any,
                progress: Callable[[Any], None] | None = None) -> list[Any]:
    """fn(part, *args) for each part on the cluster; the results in the order of `parts`.

    `progress` is told of each part as it completes (in any order). On any failure or
    Ctrl-C the remaining tasks are cancelled.
    """
    distributed = _distributed()
    futures = [c.submit(fn, part, *args, pure=False) for part in parts]
    where = {f.key: i for i, f in enumerate(futures)}
    out: list[Any] = [None] * len(parts)
    try:
        for fut in distributed.as_completed(futures):
            i = where[fut.key]
            out[i] = fut.result()
            if progress:
                progress(parts[i])
    except BaseException as exc:
        c.cancel(futures)
        if isinstance(exc, Exception) and not is_interrupt(exc):
            # extract_one keeps an article's own failure in its result: this is the
            # cluster's (a worker without the tracker installed, a worker that died)
            first = (str(exc).strip().splitlines() or [""])[0]
            raise TrackerError(f"--dask: the cluster failed ({type(exc).__name__}"
                               f"{': ' + first if first else ''}); nothing was written") from exc
        raise
    return out


def dask_extract_each(articles: list[Article], address: str,
                      progress: Callable[[int], None] | None = None,
                      workers: int | None = None) -> list[list[Claim] | str]:
    """extract_one of each article, in order, on the cluster at `address`."""
    if not articles:
        return []
    parts = batches(articles, BATCH)
    with client(address, workers) as c:
        done = run_ordered(c, extract_batch, parts,
                           progress=(lambda part: progress(len(part))) if progress else None)
    return [got for part in done for got in part]


def dask_write_partitions(parts: list[list[Article]], out: str, address: str,
                          workers: int | None = None) -> list[tuple[int, int]]:
    """Each list of articles extracted and written as one partition by a worker
    (tracker.partitions.write_partition); (articles, claims) of each, in order."""
    if not parts:
        return []
    with client(address, workers) as c:
        return run_ordered(c, _write, list(enumerate(parts)), out)


def _write(item: tuple[int, list[Article]], out: str) -> tuple[int, int]:
    from tracker.partitions import write_partition

    index, articles = item
    return write_partition(articles, out, index)
