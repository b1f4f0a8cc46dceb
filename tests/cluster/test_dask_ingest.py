"""`--dask`: extraction on a Dask cluster stores what one process stores."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.cluster.tables import assert_same_tables
from tracker.cli import app
from tracker.errors import TrackerError
from tracker.ingest import extract_each, ingest
from tracker.read import read_paths
from tracker.resources import sample_articles

distributed = pytest.importorskip("distributed")
runner = CliRunner()


@pytest.fixture(scope="module")
def scheduler():
    """A LocalCluster of two worker processes, shared by the tests of this module."""
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=":0") as cluster:
        yield cluster.scheduler_address


@pytest.mark.slow
def test_claims_come_back_in_order_as_one_process_gives_them(scheduler: str) -> None:
    from tracker.cluster import dask_extract_each

    articles, _ = read_paths([str(sample_articles())])
    told: list[int] = []
    got = dask_extract_each(articles, scheduler, told.append)
    assert got == extract_each(articles)
    assert sum(told) == len(articles) and len(told) > 1


@pytest.mark.slow
def test_ingest_on_the_cluster_stores_the_same_tables(scheduler: str, tmp_path: Path) -> None:
    one = ingest([sample_articles()], db=tmp_path / "one.duckdb")
    out = runner.invoke(app, ["ingest", str(sample_articles()), "--db",
                              str(tmp_path / "dask.duckdb"), "--dask", scheduler])
    assert out.exit_code == 0, out.output
    assert one.summary() in out.output
    assert_same_tables(tmp_path / "one.duckdb", tmp_path / "dask.duckdb")


@pytest.mark.slow
def test_parquet_partitions_written_by_the_workers(scheduler: str, tmp_path: Path) -> None:
    out = tmp_path / "claims"
    got = runner.invoke(app, ["extract", str(sample_articles()), "--format", "parquet",
                              "--out", str(out), "--partition-size", "4", "--dask", scheduler])
    assert got.exit_code == 0, got.output
    ingest([out], db=tmp_path / "loaded.duckdb")
    ingest([sample_articles()], db=tmp_path / "one.duckdb")
    assert_same_tables(tmp_path / "one.duckdb", tmp_path / "loaded.duckdb")


@pytest.mark.slow
def test_local_starts_and_stops_a_cluster_of_its_own(tmp_path: Path) -> None:
    from tracker.cluster import dask_extract_each

    articles = read_paths([str(sample_articles())])[0][:3]
    assert dask_extract_each(articles, "local", workers=2) == extract_each(articles)


def _broken(articles):
    raise ModuleNotFoundError("No module named 'tracker'")


@pytest.mark.slow
def test_a_failing_worker_is_one_line(scheduler: str) -> None:
    from tracker import cluster

    with cluster.client(scheduler) as c, pytest.raises(TrackerError, match=(
            r"^--dask: the cluster failed \(ModuleNotFoundError: No module named 'tracker'\)")):
        cluster.run_ordered(c, _broken, [[1], [2]])


def test_missing_dask_is_one_line(monkeypatch) -> None:
    import sys

    from tracker import cluster

    monkeypatch.setitem(sys.modules, "distributed", None)  # import distributed fails
    with pytest.raises(TrackerError, match=r"^--dask needs the cluster extra: "
                                           r"pip install 'tracker\[cluster\]'$"):
        cluster.dask_extract_each(read_paths([str(sample_articles())])[0], "local")


def test_unreachable_scheduler_is_one_line(tmp_path: Path) -> None:
    from tracker import cluster

    with pytest.raises(TrackerError, match="cannot reach the scheduler"):
        with cluster.client("tcp://127.0.0.1:9", timeout=1):
            pass
