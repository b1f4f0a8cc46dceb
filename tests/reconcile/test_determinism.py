"""The same input gives the same reconciliation, row for row (reports must not flicker).

Every table and view the reconciliation builds is compared, sorted, between runs that
differ only in what must not matter: the order the articles arrive in, the physical order
of the stored rows, and DuckDB's number of threads. Ties in arg_min / arg_max / window
keys (claims of the same date, the same article position, reference rows of the same
start) once let parallel aggregation pick a different quote, source or claim from run to
run ("9 of 1,013 conflict rows"); every such key now ends on a unique column
(docs/reconciliation.md, "Tie-breaking").
"""

from __future__ import annotations

import json
import random
import shutil
from pathlib import Path

import duckdb
import pytest
from conftest import SAMPLE, need_shared

from tests.reconcile.stage import D, insert, run
from tracker import reconcile
from tracker.ingest import ingest

#: input tables (and the near-duplicate index), not the reconciliation's
STORED = {"articles", "claims", "meta", "article_bands", "article_shingles"}


def _objects(con: duckdb.DuckDBPyConnection) -> list[str]:
    rows = con.execute(
        "SELECT table_name FROM information_schema.tables "
        "WHERE table_catalog = current_database() AND table_schema = 'main' ORDER BY 1"
    ).fetchall()
    return [r[0] for r in rows if r[0] not in STORED]


def _dump(db: Path) -> dict[str, list[tuple[str, ...]]]:
    """Every reconciliation object as sorted rows of text (ingested_at never enters them)."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        out = {}
        for name in _objects(con):
            rel = con.execute(f'SELECT * FROM "{name}"')
            cols = [d[0] for d in rel.description]
            out[name] = sorted(tuple(repr(v) for v in row) for row in rel.fetchall())
            out[name].insert(0, tuple(cols))
        return out
    finally:
        con.close()


def _differences(a: dict, b: dict) -> list[str]:
    diffs = []
    for name in sorted(set(a) | set(b)):
        ra, rb = a.get(name, []), b.get(name, [])
        if ra != rb:
            only_a = len(set(ra) - set(rb))
            diffs.append(f"{name}: {only_a} of {len(ra) - 1} rows differ")
    return diffs


def _rebuild(db: Path, threads: int, reorder: str | None = None) -> None:
    """Reconcile a database again with `threads` threads, after rewriting its claims and
    articles in another physical order (`reorder`: an ORDER BY expression)."""
    con = duckdb.connect(str(db))
    try:
        con.execute(f"SET threads = {threads}")
        if reorder:
            for table, key in (("claims", "claim_id"), ("articles", "id")):
                con.execute(f"CREATE TEMP TABLE _copy AS SELECT * FROM {table} "
                            f"ORDER BY {reorder.format(key=key)}")
                con.execute(f"DELETE FROM {table}")
                con.execute(f"INSERT INTO {table} SELECT * FROM _copy")
                con.execute("DROP TABLE _copy")
        con.execute("BEGIN TRANSACTION")
        reconcile.rebuild(con)
        con.execute("COMMIT")
    finally:
        con.close()


@pytest.fixture(scope="module")
def ingested(tmp_path_factory) -> Path:
    """The sample and the dev feed, ingested once."""
    feed = need_shared("dev", "articles.jsonl")
    db = tmp_path_factory.mktemp("det") / "once.duckdb"
    ingest([str(SAMPLE / "articles"), str(feed)], db=db)
    return db


@pytest.mark.slow
def test_row_order_and_threads_do_not_change_the_reconciliation(ingested, tmp_path):
    one, other = tmp_path / "one.duckdb", tmp_path / "other.duckdb"
    shutil.copy(ingested, one)
    shutil.copy(ingested, other)
    _rebuild(one, threads=1, reorder="{key} DESC")
    _rebuild(other, threads=8, reorder="md5({key})")
    a, b = _dump(one), _dump(other)
    assert {"facts", "conflicts", "updates", "current_values", "consistent"} <= set(a)
    assert _differences(a, b) == []
    assert _differences(_dump(ingested), a) == []


@pytest.mark.slow
def test_shuffled_feed_reconciles_like_the_feed_in_order(ingested, tmp_path):
    """Articles in another order (a fixed shuffle) give the same tables. Reprints are left
    out: which of two copies is the original is first come, first served (dedup)."""
    con = duckdb.connect(str(ingested), read_only=True)
    copies = {r[0] for r in con.execute(
        "SELECT id FROM articles WHERE duplicate_of IS NOT NULL").fetchall()}
    con.close()
    lines = [ln for ln in need_shared("dev", "articles.jsonl").read_text(
        encoding="utf-8").splitlines() if ln.strip() and json.loads(ln)["id"] not in copies]
    shuffled = lines[:]
    random.Random(15).shuffle(shuffled)
    assert shuffled != lines
    dbs = []
    for name, feed in (("in_order", lines), ("shuffled", shuffled)):
        path = tmp_path / f"{name}.jsonl"
        path.write_text("\n".join(feed) + "\n", encoding="utf-8")
        dbs.append(tmp_path / f"{name}.duckdb")
        ingest([str(path)], db=dbs[-1])
    a, b = _dump(dbs[0]), _dump(dbs[1])
    assert len(a["conflicts"]) > 1
    assert _differences(a, b) == []


# ------------------------------------------------------------- tie-breaks, hand-made rows

F = {"fact_id": "f", "imposer": "US", "target": "KR", "product": "all",
     "measure": "reciprocal"}


def _pair(ca, cb, art_a, qs_a):
    """Two claims of one article (art_a) against one of article z, all on one day."""
    day = D("2025-04-01")
    return {"fact_id": "f", "part": "", "ca": ca, "cb": cb, "art_a": art_a, "art_b": "z",
            "va": 20, "vb": 25, "tol": 0.01, "src_a": f"S-{ca}", "src_b": "S-z",
            "q_a": f"quote {ca}", "q_b": "quote z", "sd_a": day, "sd_b": day, "sk_a": day,
            "sk_b": day, "qs_a": qs_a, "qs_b": 0, "agree": False, "explained": False}


@pytest.mark.parametrize("order", [(0, 1, 2), (2, 1, 0), (1, 2, 0)])
def test_a_sides_quote_is_its_first_claim_whatever_the_row_order(con, order):
    insert(con, "facts", {**F, "metric": "tariff_rate", "unit": "percent"})
    pairs = [_pair("m:100", "z:5", "m", 100), _pair("m:40", "z:5", "m", 40),
             _pair("p:7", "z:5", "p", 7)]
    insert(con, "_rc_pairs", *[pairs[i] for i in order])
    (g,) = run(con, "08_pair_groups.sql")
    # same day: article m before p; in m the earlier position (40), though "m:100" < "m:40"
    assert (g["quote_a"], g["source1_a"]) == ("quote m:40", "S-m:40")


@pytest.mark.parametrize("reverse", [False, True])
def test_an_articles_headline_ties_break_on_claim_id(con, reverse):
    """Two claims at the same position with the same status: the smaller claim_id leads."""
    day = D("2025-05-01")
    rows = [{**F, "claim_id": f"a:10:{end}", "article": "a", "value": 30, "quote_start": 10,
             "status_rank": 5, "seq_date": day, "change_word": "raised"} for end in (14, 13)]
    rows.append({**F, "claim_id": "b:1", "article": "b", "value": 10, "quote_start": 1,
                 "status_rank": 5, "seq_date": D("2025-04-01")})
    insert(con, "facts", {**F, "metric": "tariff_rate", "unit": "percent"})
    insert(con, "fact_claims", *(reversed(rows) if reverse else rows))
    (u,) = run(con, "13_updates.sql")
    assert (u["from_claim"], u["to_claim"]) == ("b:1", "a:10:13")
