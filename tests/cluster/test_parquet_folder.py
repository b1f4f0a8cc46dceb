"""A claims folder (tracker extract --format parquet --out DIR) ingests exactly as the
articles it was extracted from."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from tests.cluster.tables import assert_same_tables
from tracker import partitions
from tracker.cli import app
from tracker.ingest import extract_paths, ingest
from tracker.resources import sample_articles

runner = CliRunner()


def _folder(tmp_path: Path, *extra: str) -> Path:
    out = tmp_path / "claims"
    got = runner.invoke(app, ["extract", str(sample_articles()), "--format", "parquet",
                              "--out", str(out), "--partition-size", "3", *extra])
    assert got.exit_code == 0, got.output
    return out


@pytest.mark.slow
def test_round_trip_stores_what_a_direct_ingest_stores(tmp_path: Path) -> None:
    out = _folder(tmp_path)
    direct = ingest([sample_articles()], db=tmp_path / "direct.duckdb")
    loaded = ingest([out], db=tmp_path / "loaded.duckdb")
    assert loaded.summary() == direct.summary()
    assert loaded.duplicates == direct.duplicates
    assert_same_tables(tmp_path / "direct.duckdb", tmp_path / "loaded.duckdb")


def test_folder_holds_one_file_per_partition_that_duckdb_reads(tmp_path: Path) -> None:
    out = _folder(tmp_path)
    info = json.loads((out / partitions.MARKER).read_text())
    n_articles = len(extract_paths([sample_articles()])[2])
    assert info["articles"] == n_articles
    assert len(info["partitions"]) == -(-n_articles // 3) > 1
    claims, _, _ = extract_paths([sample_articles()])
    con = duckdb.connect()
    n = con.execute(f"SELECT count(*) FROM read_parquet('{out}/*.parquet')").fetchone()[0]
    assert n == info["claims"] == len({(c.article, c.start, c.end, c.kind, c.unit)
                                       for c in claims})
    cols = [r[0] for r in con.execute(
        f"DESCRIBE SELECT * FROM read_parquet('{out}/*.parquet')").fetchall()]
    from tracker.store import CLAIM_COLUMNS

    assert cols == CLAIM_COLUMNS


@pytest.mark.slow
def test_reingesting_the_folder_changes_nothing(tmp_path: Path) -> None:
    out = _folder(tmp_path)
    db = tmp_path / "t.duckdb"
    first = ingest([out], db=db)
    again = ingest([out], db=db)
    assert not again.new and not again.updated
    assert len(again.unchanged) == len(first.new)


@pytest.mark.slow
def test_extraction_failures_come_back_as_skips(tmp_path: Path, monkeypatch) -> None:
    import tracker.ingest as mod

    real = mod.extract

    def fussy(article):
        if article.id.startswith(sorted(p.stem for p in sample_articles().iterdir())[0]):
            raise ValueError("no good\nsecond line")
        return real(article)

    monkeypatch.setattr(mod, "extract", fussy)
    out = tmp_path / "claims"
    partitions.extract_to_folder([str(sample_articles())], out, size=4)
    direct = ingest([sample_articles()], db=tmp_path / "direct.duckdb")
    monkeypatch.setattr(mod, "extract", real)
    loaded = ingest([out], db=tmp_path / "loaded.duckdb")
    assert direct.skipped and [str(p) for p in loaded.skipped] == [str(p) for p in direct.skipped]
    assert_same_tables(tmp_path / "direct.duckdb", tmp_path / "loaded.duckdb")


def test_out_must_be_new_or_empty(tmp_path: Path) -> None:
    out = _folder(tmp_path)
    got = runner.invoke(app, ["extract", str(sample_articles()), "--format", "parquet",
                              "--out", str(out)])
    assert got.exit_code == 1
    assert "not an empty folder" in got.output


@pytest.mark.parametrize("args", [["--format", "parquet"], ["--out", "x"]])
def test_parquet_and_out_go_together(tmp_path: Path, args: list[str]) -> None:
    got = runner.invoke(app, ["extract", str(sample_articles()), *args])
    assert got.exit_code == 1
    assert "--out goes with --format parquet" in got.output


def test_folder_without_marker_is_not_a_claims_folder(tmp_path: Path) -> None:
    out = _folder(tmp_path)
    (out / partitions.MARKER).unlink()
    assert not partitions.is_claims_folder(out)


def test_jsonl_stays_the_claims_own_record(corpus: Path) -> None:
    """--format gained parquet; jsonl still prints each claim's SPEC record as json.dumps
    gives it (a rate of 15 prints as 15.0, as it always did)."""
    got = runner.invoke(app, ["extract", str(corpus)])
    assert got.exit_code == 0, got.output
    claims, _, _ = extract_paths([corpus])
    assert got.stdout.splitlines() == [json.dumps(c.to_spec(), ensure_ascii=False)
                                       for c in claims]
