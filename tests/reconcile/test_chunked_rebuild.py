"""The pair stages over slices of the facts (driver.run_chunked) make the tables one pass
makes: every table and view of the rebuild is compared with EXCEPT ALL both ways, on
hand-made claims (made-up sentences) whose facts fall in several slices, and on the dev
feed. An incremental update after a chunked rebuild still gives the full rebuild's tables.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import duckdb
import pytest
from conftest import need_shared

from tests.reconcile.test_incremental import assert_same_as_full
from tests.reconcile.test_reconcile import make_db
from tracker import store
from tracker.extract import judgments
from tracker.ingest import ingest
from tracker.models import Article, Claim
from tracker.reconcile import driver

#: every object of the rebuild: the stored tables and the timeline view
OBJECTS = [*driver.stored(), "fact_timeline"]

KR = {"imposer": "US", "target": "KR", "product": "all", "measure": "reciprocal"}
JP_CARS = {"imposer": "US", "target": "JP", "product": "autos", "measure": "section_232"}
SECTOR = {"imposer": "US", "target": "*", "product": "steel", "measure": "section_232",
          "metric": "effective_date"}
ARTICLES = [{"id": i, "published": d} for i, d in (
    ("a", "2026-03-02"), ("b", "2026-03-05"), ("c", "2026-03-09"), ("d", "2026-07-20"),
    ("e", "2026-03-06"))]
CLAIMS: list[dict[str, Any]] = [
    # two rates of one fact a few days apart: a conflict
    {"article": "a", "value": 25, "status": "in_effect", **KR,
     "sentence": "Korean goods pay a 25% duty at the border."},
    {"article": "b", "value": 20, "status": "in_effect", **KR,
     "sentence": "Korean goods pay a 20% duty at the border."},
    {"article": "c", "value": 25, "status": "in_effect", **KR,
     "sentence": "The duty on Korean goods stands at 25%."},
    # one change told from two bases (a tie of values before a change)
    {"article": "a", "value": 25, "status": "previous", **JP_CARS,
     "sentence": "The duty on Japanese cars was cut from 25% to 10%."},
    {"article": "a", "value": 10, "status": "in_effect", **JP_CARS,
     "sentence": "The duty on Japanese cars was cut from 25% to 10%."},
    {"article": "e", "value": 27.5, "status": "previous", **JP_CARS,
     "sentence": "Japanese car makers saw the levy lowered from 27.5% to 12.5%."},
    {"article": "e", "value": 12.5, "status": "in_effect", **JP_CARS,
     "sentence": "Japanese car makers saw the levy lowered from 27.5% to 12.5%."},
    # a sector's start for every partner, and one partner's telling of it (another fact)
    {"article": "a", "value": "2026-03-12", "status": "scheduled", **SECTOR,
     "sentence": "The sector duty on all imported steel will take effect on March 12."},
    {"article": "d", "value": "2026-03-11", "status": "in_effect", **SECTOR, "target": "KR",
     "sentence": "Since March 11, Korean steel has paid the sector duty."},
    # an amount in two currencies, and another article's figure
    {"article": "b", "metric": "investment", "value": 550e9, "unit": "USD", "status": "agreed",
     "imposer": "JP", "target": "US",
     "sentence": "Tokyo pledged $550 billion, or 80 trillion yen, in US projects."},
    {"article": "b", "metric": "investment", "value": 80e12, "unit": "JPY", "status": "agreed",
     "imposer": "JP", "target": "US",
     "sentence": "Tokyo pledged $550 billion, or 80 trillion yen, in US projects."},
    {"article": "c", "metric": "investment", "value": 500e9, "unit": "USD", "status": "agreed",
     "imposer": "JP", "target": "US",
     "sentence": "Japan will put $500 billion into American projects."},
]


def _rebuild(con: duckdb.DuckDBPyConnection, chunks: int | None) -> None:
    con.execute("BEGIN TRANSACTION")
    driver.rebuild(con, chunks=chunks)
    con.execute("COMMIT")


def _differences(con: duckdb.DuckDBPyConnection, chunks: int) -> dict[str, tuple[int, int]]:
    """Rows (counted with their repeats) only one pass has, and only `chunks` slices have,
    per object; both rebuilds of the same claims."""
    _rebuild(con, 1)
    for name in OBJECTS:
        con.execute(f"CREATE OR REPLACE TEMP TABLE _one_{name} AS SELECT * FROM main.{name}")
    _rebuild(con, chunks)
    out = {}
    try:
        for name in OBJECTS:
            def only(x: str, y: str) -> int:
                return con.execute(f"SELECT count(*) FROM (SELECT * FROM {x} EXCEPT ALL "
                                   f"SELECT * FROM {y})").fetchall()[0][0]
            got = (only(f"_one_{name}", f"main.{name}"), only(f"main.{name}", f"_one_{name}"))
            if got != (0, 0):
                out[name] = got
    finally:
        for name in OBJECTS:
            con.execute(f"DROP TABLE IF EXISTS temp.main._one_{name}")
    return out


def _slices(con: duckdb.DuckDBPyConnection, chunks: int) -> int:
    return con.execute(f"SELECT count(DISTINCT {driver.CHUNK_KEY} % {chunks}) "
                       "FROM fact_claims").fetchall()[0][0]


@pytest.mark.parametrize("chunks", [2, 3, 7])
def test_hand_made_claims_in_slices_make_the_same_tables(tmp_path: Path, chunks: int) -> None:
    con = make_db(tmp_path, ARTICLES, CLAIMS)
    assert _slices(con, chunks) >= 2  # the facts really are split
    assert _differences(con, chunks) == {}
    kinds = {r[0] for r in con.execute("SELECT kind FROM conflicts").fetchall()}
    assert "conflict" in kinds
    # the sector's start met one partner's telling of it across the slices' facts
    assert con.execute("SELECT count(*) FROM conflicts WHERE metric = 'effective_date' "
                       "AND target = '*'").fetchall()[0][0] == 1


def test_chunked_rebuild_then_incremental_update_matches_full(tmp_path: Path) -> None:
    """A chunked rebuild, then one more article written incrementally: the full tables."""
    con = make_db(tmp_path, ARTICLES, CLAIMS)
    _rebuild(con, 3)
    assert driver.up_to_date(con)
    art = Article(id="f", text="", source="f", published=driver.dt.date(2026, 3, 7))
    claim = judgments.annotate(Claim(
        article="f", kind="rate", metric="tariff_rate", value=22, unit="percent",
        as_of=driver.dt.date(2026, 3, 7), start=0, end=5, quote="q", status="in_effect",
        sentence="Korean goods now pay 22%.", **KR))
    store.write_batch(con, store.articles_frame([(art, "hash-f", None)]),
                      store.claims_frame([claim]), [])
    assert con.execute("SELECT count(*) FROM fact_claims WHERE article = 'f'"
                       ).fetchall()[0][0] == 1
    assert_same_as_full(con)


def test_small_databases_run_one_pass(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    con = make_db(tmp_path, ARTICLES, CLAIMS)
    assert driver.chunk_count(con) == 1
    # past the threshold, slices grow with the claims and shrink with the memory limit
    monkeypatch.setattr(driver, "CHUNK_MIN_CLAIMS", 0)
    monkeypatch.setattr(driver, "CHUNK_BYTES_PER_CLAIM", 10**8)
    con.execute("SET memory_limit = '1GB'")
    n = con.execute("SELECT count(*) FROM fact_claims").fetchall()[0][0]
    assert driver.chunk_count(con) == -(-n * 3 // 10) > 1
    con.execute("SET memory_limit = '100GB'")
    assert driver.chunk_count(con) == 1


@pytest.mark.parametrize(("text", "got"), [("2.7 GiB", int(2.7 * 2**30)), ("3.0 GB", 3 * 10**9),
                                          ("512 bytes", 512), ("", None), ("lots", None)])
def test_memory_limit_in_bytes(text: str, got: int | None) -> None:
    assert driver.memory_bytes(text) == got


def test_only_the_tied_pairs_are_read_after_the_chunked_stages() -> None:
    """run_chunked keeps of the pairs only CHUNK_KEPT's rows: the stages after the chunked
    ones must read no other (17_different_basis.sql: the `same_step` ties)."""
    files = [s.file for s in driver.STAGES]
    after = driver.STAGES[files.index(driver.CHUNKED_FILES[-1]) + 1:]
    readers = [s.file for s in after if "_rc_pairs" in driver.sql(s.file)]
    assert readers == ["17_different_basis.sql"]
    assert "p.tie = 'same_step'" in driver.sql("17_different_basis.sql")
    assert driver.CHUNK_KEPT["_rc_pairs"] == "tie IS NOT NULL"


@pytest.mark.slow
def test_dev_feed_in_slices_makes_the_same_tables(tmp_path: Path) -> None:
    db = tmp_path / "dev.duckdb"
    ingest([str(need_shared("dev", "articles.jsonl"))], db=db)
    con = store.connect(db)
    assert _slices(con, 5) == 5
    assert _interval_slices(con, 5) == 5  # the intervals' slices too
    assert _differences(con, 5) == {}


# The current intervals (15b_current_intervals.sql) over slices of the facts
# (driver.run_intervals_chunked): made-up claims whose current values read other facts' —
# a pause of a measure for every partner (and one its article holds for a threat, which
# pauses nothing), a suspension of a countermeasure package with no partner named, a
# penalty on a partner, a stated total whose components changed, an agreed rate dated by
# its article.
PAUSE_ARTICLES = [{"id": i, "published": d} for i, d in (
    ("p1", "2026-04-01"), ("p2", "2026-04-10"), ("p3", "2026-05-02"), ("p4", "2026-05-20"),
    ("p5", "2026-05-22"), ("p6", "2026-06-03"))]
US_ALL = {"imposer": "US", "product": "all"}
PAUSE_CLAIMS: list[dict[str, Any]] = [
    # two partners' country rates due April 9, then a hold on them for every partner
    {"article": "p1", "value": 46, "status": "scheduled", "effective": "2026-04-09",
     **US_ALL, "target": "VN", "measure": "reciprocal",
     "sentence": "Vietnamese exports face a 46% levy from April 9."},
    {"article": "p1", "value": 24, "status": "scheduled", "effective": "2026-04-09",
     **US_ALL, "target": "MY", "measure": "reciprocal",
     "sentence": "Malaysian exports face a 24% levy from April 9."},
    {"article": "p2", "metric": "effective_date", "value": "2026-07-09", "status": "scheduled",
     **US_ALL, "target": None, "measure": "reciprocal",
     "sentence": "The suspension of the country levies runs until July 9."},
    # a fentanyl duty in force; a later deadline for every partner beside a threat
    {"article": "p1", "value": 25, "status": "in_effect", **US_ALL, "target": "MX",
     "measure": "fentanyl", "sentence": "Mexican shipments pay a 25% fentanyl levy."},
    {"article": "p3", "metric": "effective_date", "value": "2026-08-01", "status": "scheduled",
     **US_ALL, "target": None, "measure": "fentanyl",
     "sentence": "The fentanyl levy talks were extended until August 1."},
    {"article": "p3", "value": 35, "status": "proposed", **US_ALL, "target": "CA",
     "measure": "fentanyl", "sentence": "Canadian shipments could pay 35% under the threat."},
    # a countermeasure package, then its suspension with no partner named
    {"article": "p1", "metric": "other_amount", "value": 21e9, "unit": "EUR",
     "status": "proposed", "imposer": "EU", "target": "US", "product": None,
     "measure": "retaliatory",
     "sentence": "Brussels readied counter-duties on EUR 21 billion of goods."},
    {"article": "p2", "metric": "pause_length", "value": 90, "status": "paused",
     "imposer": "EU", "target": None, "product": None, "measure": "retaliatory",
     "sentence": "Brussels suspended its counter-duties for 90 days."},
    # a partner's reciprocal rate, a rate on all its goods with no measure in two
    # articles, and a penalty on it spoken of
    {"article": "p1", "value": 25, "status": "in_effect", **US_ALL, "target": "IN",
     "measure": "reciprocal", "sentence": "Indian goods pay a 25% reciprocal levy."},
    {"article": "p4", "value": 50, "status": "in_effect", **US_ALL, "target": "IN",
     "measure": None, "sentence": "Indian goods now pay 50% at the border."},
    {"article": "p5", "value": 50, "status": "in_effect", **US_ALL, "target": "IN",
     "measure": None, "sentence": "Shipments from India now meet a 50% levy."},
    {"article": "p5", "value": 25, "status": "in_effect", **US_ALL, "target": "IN",
     "measure": "penalty",
     "sentence": "India pays an extra 25% as a penalty for buying Russian oil."},
    # a stated total, then a change of one of its components
    {"article": "p1", "value": 60, "status": "in_effect", **US_ALL, "target": "BR",
     "measure": None, "sentence": "Brazilian goods now pay duties totalling 60%."},
    {"article": "p1", "value": 20, "status": "in_effect", **US_ALL, "target": "BR",
     "measure": "fentanyl", "sentence": "Brazilian goods pay a 20% fentanyl levy."},
    {"article": "p1", "value": 40, "status": "in_effect", **US_ALL, "target": "BR",
     "measure": "reciprocal", "sentence": "Brazilian goods pay a 40% reciprocal levy."},
    {"article": "p6", "value": 10, "status": "in_effect", **US_ALL, "target": "BR",
     "measure": "reciprocal",
     "sentence": "The reciprocal levy on Brazilian goods was cut from 40% to 10%."},
    # an agreed rate whose article states the day it takes effect
    {"article": "p4", "value": 15, "status": "agreed", "effective": "2026-06-01", **US_ALL,
     "target": "KR", "measure": "reciprocal",
     "sentence": "Under the pact Korean goods will pay 15% from June 1."},
    {"article": "p4", "metric": "effective_date", "value": "2026-06-01",
     "status": "in_effect", **US_ALL, "target": "KR", "measure": "reciprocal",
     "sentence": "The lower levy takes effect on June 1."},
]


def _interval_slices(con: duckdb.DuckDBPyConnection, chunks: int) -> int:
    return con.execute(f"SELECT count(DISTINCT {driver.INTERVALS_KEY} % {chunks}) "
                       "FROM fact_claims").fetchall()[0][0]


def _statuses(con: duckdb.DuckDBPyConnection, target: str | None, metric: str,
              measure: str | None) -> set[str]:
    """The statuses a fact's current value takes in its stored intervals."""
    return {r[0] for r in con.execute(
        "SELECT status FROM current_intervals WHERE target IS NOT DISTINCT FROM ? "
        "AND metric = ? AND measure IS NOT DISTINCT FROM ?", [target, metric, measure]
    ).fetchall()}



@pytest.mark.parametrize("chunks", [2, 3, 7])
def test_intervals_in_slices_make_the_same_tables(tmp_path: Path, chunks: int) -> None:
    con = make_db(tmp_path, [*ARTICLES, *PAUSE_ARTICLES], [*CLAIMS, *PAUSE_CLAIMS])
    assert _interval_slices(con, chunks) >= 2
    assert _differences(con, chunks) == {}
    # the cross-fact reads took place (in the sliced rebuild, the last one)
    assert "paused" in _statuses(con, "VN", "tariff_rate", "reciprocal")
    assert "paused" in _statuses(con, "MY", "tariff_rate", "reciprocal")
    assert "paused" not in _statuses(con, "MX", "tariff_rate", "fentanyl")
    assert "paused" in _statuses(con, "US", "other_amount", "retaliatory")
    assert con.execute("SELECT count(*) FROM current_intervals WHERE rule LIKE "
                       "'the stated total%'").fetchall()[0][0] >= 1


@pytest.mark.parametrize(("what", "value"), [("INTERVALS_SHARED", "false"),
                                             ("INTERVALS_KEY", "hash(fact_id)")])
def test_slices_without_the_shared_claims_or_the_key_differ(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, what: str, value: str) -> None:
    """The comparison can fail: without the claims every slice shares, or with slices by
    fact, some slicing of the same claims changes the intervals."""
    con = make_db(tmp_path, [*ARTICLES, *PAUSE_ARTICLES], [*CLAIMS, *PAUSE_CLAIMS])
    monkeypatch.setattr(driver, what, value)
    assert any("current_intervals" in _differences(con, n) for n in (2, 3, 5, 7))
