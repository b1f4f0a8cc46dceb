"""Incremental reconciliation gives the tables the full rebuild gives.

After every step of a sequence of ingests, re-ingests (replacements), removals and
duplicates, every object the driver stores or views (read from driver.STAGES, so stages
added later are compared too) holds the same rows, sorted, as `tracker reconcile --full`
makes from the same claims. The sequences run at the store level (write_batch with the
sample corpus's stored articles and claims, changed by hand to reach each link the closure
follows: combined figures, pauses for every partner, a new latest date, a moved country),
through `tracker ingest` on the sample articles and on hand-made ones, and on the dev feed
in batches.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pandas as pd
import pytest
from conftest import SAMPLE, need_shared
from typer.testing import CliRunner

from tracker import store
from tracker.cli import app
from tracker.errors import TrackerError
from tracker.ingest import ingest
from tracker.reconcile import driver, incremental

OBJECTS = sorted({s.name for s in driver.STAGES
                  if s.keep in ("table", "arrow+table", "append", "view")})


def rows(con: duckdb.DuckDBPyConnection) -> dict[str, list[str]]:
    """Every reconciliation object's rows, columns by name, sorted."""
    out = {}
    for name in OBJECTS:
        cols = sorted(r[0] for r in con.execute(f"DESCRIBE {name}").fetchall())
        got = con.execute(f"SELECT {', '.join(repr(c).replace(chr(39), chr(34)) for c in cols)}"
                          f" FROM {name}").fetchall()
        out[name] = sorted(map(repr, got))
    return out


def assert_same_as_full(con: duckdb.DuckDBPyConnection) -> None:
    """The stored (incremental) tables equal a full rebuild's, which is then rolled back."""
    mine = rows(con)
    con.execute("BEGIN TRANSACTION")
    driver.rebuild(con)
    full = rows(con)
    con.execute("ROLLBACK")
    for name in OBJECTS:
        only_mine = sorted(set(mine[name]) - set(full[name]))[:3]
        only_full = sorted(set(full[name]) - set(mine[name]))[:3]
        assert mine[name] == full[name], (name, only_mine, only_full)


# ------------------------------------------------------------------ store-level sequences
@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The sample corpus as stored: its articles and claims rows."""
    db = tmp_path_factory.mktemp("corpus") / "c.duckdb"
    ingest([SAMPLE / "articles"], db=db)
    con = duckdb.connect(str(db), read_only=True)
    arts = con.execute(f"SELECT {', '.join(store.ARTICLE_COLUMNS)} FROM articles").df()
    claims = con.execute(f"SELECT {', '.join(store.CLAIM_COLUMNS)} FROM claims").df()
    con.close()
    return arts, claims


def _claims(df: pd.DataFrame) -> pd.DataFrame:
    out = df.copy()
    for col in ("date_value", "as_of", "effective"):
        out[col] = out[col].astype("object").where(out[col].notna(), None)
    return out


def _memory() -> duckdb.DuckDBPyConnection:
    """An in-memory tracker database (no file to sync: the sequences run fast)."""
    con = duckdb.connect()
    store.migrate(con)
    return con


def _write(con: duckdb.DuckDBPyConnection, arts: pd.DataFrame, claims: pd.DataFrame,
           replace: list[str], reconcile: bool = True) -> None:
    store.write_batch(con, arts.reset_index(drop=True), _claims(claims).reset_index(drop=True),
                      replace, reconcile=reconcile)


def _changed(arts: pd.DataFrame, claims: pd.DataFrame, how: str
             ) -> tuple[pd.DataFrame, pd.DataFrame]:
    """One article's rows changed to reach one link the incremental closure follows."""
    a, c = arts.copy(), claims.copy()
    aid = a["id"].iloc[0]
    if how == "value":
        c["value"] = c["value"] + 5
    elif how == "country":  # the claims move to another group
        c["target"] = c["target"].map(lambda t: "Brazil" if t not in ("Brazil", None) else "EU")
    elif how == "combined":  # a combined figure: the same figure of the pair is combined too
        c["combined"] = c["metric"] == "tariff_rate"
    elif how == "later":  # the latest evidence date moves
        a["published"] = [dt.date(2026, 6, 1)]
        c["as_of"] = dt.date(2026, 6, 1)
    elif how == "pause":  # a pause for every partner of the US
        extra = c.iloc[:1].copy()
        extra["claim_id"] = f"{aid}:90000:90010:date:date"
        extra["kind"], extra["metric"], extra["unit"] = "date", "effective_date", "date"
        extra["value"], extra["date_value"] = None, dt.date(2025, 12, 31)
        extra["imposer"], extra["target"], extra["status"] = "United States", None, "paused"
        extra["pause_word"] = True
        c = pd.concat([c, extra], ignore_index=True)
    return a, c


def _sequence(con: duckdb.DuckDBPyConnection, arts: pd.DataFrame, claims: pd.DataFrame,
              seed: int, defer: float = 0.0) -> Iterator[str]:
    """Ingest the corpus in random batches, replacing and removing articles on the way;
    each write with its reconciliation deferred (--no-reconcile) with probability `defer`
    (the step's name then ends in "(deferred)")."""
    rng = random.Random(seed)
    ids = list(arts["id"])
    rng.shuffle(ids)
    stored: list[str] = []

    def write(a: pd.DataFrame, c: pd.DataFrame, replace: list[str]) -> str:
        now = rng.random() >= defer
        _write(con, a, c, replace, reconcile=now)
        return "" if now else " (deferred)"

    while ids:
        n = rng.randint(2, 8)
        batch, ids = ids[:n], ids[n:]
        how = write(arts[arts["id"].isin(batch)], claims[claims["article"].isin(batch)], [])
        stored += batch
        yield f"add {batch}{how}"
        if len(stored) > 3:
            aid = rng.choice(stored)
            how = rng.choice(["value", "country", "combined", "later", "pause", "remove"])
            if how == "remove":
                late = write(arts.iloc[:0], claims.iloc[:0], [aid])
                stored.remove(aid)
            else:
                a, c = _changed(arts[arts["id"] == aid], claims[claims["article"] == aid], how)
                late = write(a, c, [aid])
            yield f"{how} {aid}{late}"


@pytest.mark.slow
@pytest.mark.parametrize("seed", range(3))
def test_random_sequences_match_full(corpus, modes: list[str],
                                     seed: int) -> None:
    arts, claims = corpus
    con = _memory()
    try:
        for step in _sequence(con, arts, claims, seed):
            try:
                assert_same_as_full(con)
            except AssertionError as exc:
                raise AssertionError(f"after {step}: {exc}") from None
    finally:
        con.close()
    assert modes[0] == "full" and "incremental" in modes


@pytest.mark.slow
def test_deferred_sequences_match_full(corpus, modes: list[str], seed: int = 0) -> None:
    """Batches stored with their reconciliation deferred (half of them, at random: adds,
    replacements of every kind, removals, the same article changed twice while pending):
    each batch reconciled afterwards brings every pending one with it, and the tables are
    then the full rebuild's; while batches are pending, the database says so."""
    arts, claims = corpus
    con = _memory()
    try:
        waiting = 0
        for step in _sequence(con, arts, claims, seed, defer=0.5):
            if step.endswith("(deferred)"):
                waiting += 1
                assert store.pending_count(con) > 0, step
                assert store.pending_note(con), step
                continue
            assert store.pending_count(con) == 0 and not store.table_exists(
                con, store.PENDING_TABLE), step
            try:
                assert_same_as_full(con)
            except AssertionError as exc:
                raise AssertionError(f"after {step}: {exc}") from None
        if store.pending_count(con):  # the sequence ended on deferred batches
            assert incremental.reconcile_database(con) == "pending"
            assert store.pending_count(con) == 0
            assert_same_as_full(con)
    finally:
        con.close()
    assert waiting >= 3 and modes[0] == "full" and "incremental" in modes


@pytest.mark.parametrize("how", ["value", "country", "combined", "later", "pause"])
def test_each_link_matches_full(corpus, modes: list[str], how: str) -> None:
    """Every article of the corpus replaced in turn by a copy changed one way."""
    arts, claims = corpus
    con = _memory()
    try:
        _write(con, arts, claims, [])
        for aid in sorted(arts["id"])[::4]:
            a, c = _changed(arts[arts["id"] == aid], claims[claims["article"] == aid], how)
            _write(con, a, c, [aid])
        assert_same_as_full(con)
    finally:
        con.close()
    assert modes[0] == "full" and set(modes[1:]) == {"incremental"}


def _article(aid: str, day: str) -> dict[str, object]:
    row: dict[str, object] = dict.fromkeys(store.ARTICLE_COLUMNS)
    row.update(id=aid, fmt="txt", source=f"src-{aid}", published=dt.date.fromisoformat(day),
               date_method="given", date_confidence=1.0, text="", clean_text="")
    return row


def _claim(aid: str, n: int, metric: str, value: float | str, imposer: str | None,
           target: str | None, measure: str | None = "reciprocal", **more: object
           ) -> dict[str, object]:
    row: dict[str, object] = dict.fromkeys(store.CLAIM_COLUMNS)
    is_date = metric == "effective_date"
    row.update(claim_id=f"{aid}:{n}", article=aid, kind="date" if is_date else "rate",
               metric=metric, unit="date" if is_date else "percent",
               value=None if is_date else float(value),
               date_value=dt.date.fromisoformat(str(value)) if is_date else None,
               imposer=imposer, target=target, product="all", measure=measure,
               status="in_effect", quote=f"quote {n}", quote_start=n, quote_end=n + 3,
               sentence=f"sentence {n}", combined=False, pause_word=False, penalty=False,
               measure_named=False, change=None)
    row.update(more)
    return row


#: hand-made articles, each reaching one link between country groups
LINKS: dict[str, tuple[str, list[dict[str, object]]]] = {
    # one sentence states the US rates on China and Canada ...
    "l1": ("2025-04-01", [_claim("l1", 1, "tariff_rate", 145, "United States", "China",
                                 sentence="one sentence"),
                          _claim("l1", 2, "tariff_rate", 25, "United States", "Canada",
                                 sentence="one sentence")]),
    # ... another source calls 145% on China combined: both of l1's rates are totals now
    "l2": ("2025-04-05", [_claim("l2", 1, "tariff_rate", 145, "United States", "China",
                                 measure=None, combined=True)]),
    # a new claim on Canada: its group is recomputed, with l2 in the slice
    "l3": ("2025-04-20", [_claim("l3", 1, "tariff_rate", 25, "United States", "Canada")]),
    # a US rate on Japan, then a pause of that measure for every partner
    "l4": ("2025-04-08", [_claim("l4", 1, "tariff_rate", 20, "United States", "Japan")]),
    # (the pause names no measure: 03 fills it from the one dated US measure, l4b's)
    "l4b": ("2025-04-02", [_claim("l4b", 1, "effective_date", "2025-04-09", "United States",
                                  None)]),
    "l5": ("2025-04-09", [_claim("l5", 1, "effective_date", "2025-07-09", "United States",
                                 None, measure=None, pause_word=True, status="paused")]),
    # a new claim on Japan: its group is recomputed, with the pause in the slice
    "l6": ("2025-04-07", [_claim("l6", 1, "tariff_rate", 20, "United States", "Japan")]),
    # a rate on India scheduled for May 1; a later article on Brazil moves the latest date
    # past it: India's rate is in effect now, though no claim of its group changed
    "l7": ("2025-04-25", [_claim("l7", 1, "tariff_rate", 30, "United States", "India",
                                 status="scheduled", effective=dt.date(2025, 5, 1))]),
    "l8": ("2025-05-10", [_claim("l8", 1, "tariff_rate", 10, "United States", "Brazil")]),
}


def test_links_between_groups_match_full(modes: list[str]) -> None:
    """Each hand-made article reaches one link: a combined figure changing another group's
    claim (l2), a group whose totals live in another article (l3), a pause for every
    partner (l5), a group whose pause lives in another group (l6) and a later date making
    a scheduled rate of another group due (l8)."""
    con = _memory()
    try:
        for aid, (day, claims) in LINKS.items():
            _write(con, pd.DataFrame([_article(aid, day)]), pd.DataFrame(claims), [])
            assert_same_as_full(con)
        combined = con.execute("SELECT count(*) FROM fact_claims WHERE combined").fetchone()
        paused = con.execute("SELECT count(*) FROM current_values WHERE target = 'JP' AND "
                             "status = 'paused'").fetchone()
        due = con.execute("SELECT status FROM current_values WHERE target = 'IN'").fetchall()
        assert combined and combined[0] >= 3 and paused and paused[0] == 1
        assert due == [("in_effect",)]
    finally:
        con.close()
    assert modes[0] == "full" and set(modes[1:]) == {"incremental"}


def test_out_of_date_tables_rebuild_in_full(corpus, modes: list[str]) -> None:
    arts, claims = corpus
    con = _memory()
    try:
        first = arts["id"].iloc[:5]
        _write(con, arts[arts["id"].isin(first)], claims[claims["article"].isin(first)], [])
        con.execute("UPDATE meta SET value = 'other' WHERE key = ?", [driver.VERSION_KEY])
        rest = arts[~arts["id"].isin(first)]
        _write(con, rest.iloc[:2], claims[claims["article"].isin(rest["id"].iloc[:2])], [])
        _write(con, rest.iloc[2:4], claims[claims["article"].isin(rest["id"].iloc[2:4])], [])
        assert_same_as_full(con)
    finally:
        con.close()
    assert modes == ["full", "full", "incremental"]


# ------------------------------------------------------------------ through `tracker ingest`
HANDMADE = {
    "h1_combined": ("2025-04-10", "Beijing faces a combined 145% US tariff\n\n"
                    "The United States now charges a combined 145% tariff on goods from China, "
                    "officials in Washington said on Thursday. Canada kept its 25% levy on US "
                    "steel in place."),
    "h2_pause": ("2025-04-12", "US pauses its new duties\n\n"
                 "The United States paused its reciprocal tariffs for every partner until "
                 "July 9, 2025, the White House said. Japan still faces a 24% rate after "
                 "the pause ends."),
    "h3_many": ("2025-05-02", "Levies across three partners\n\n"
                "The US set a 25% tariff on Mexican autos, a 10% tariff on British steel and a "
                "20% tariff on goods from the European Union, effective June 1, 2025."),
    "h4_latest": ("2025-09-30", "China rate cut\n\n"
                  "The United States cut its tariff on Chinese products from 145% to 30% under a "
                  "truce, officials said."),
}


def _handmade(folder: Path, name: str, text: str | None = None) -> Path:
    body = HANDMADE[name][1]
    p = folder / f"{name}.txt"
    p.write_text((text or body) + "\n", encoding="utf-8")
    return p


@pytest.mark.slow
def test_ingests_reingests_and_copies_match_full(tmp_path: Path, modes: list[str]) -> None:
    db = tmp_path / "t.duckdb"
    files = sorted((SAMPLE / "articles").iterdir())
    ingest(files[::2], db=db)
    ingest(files[1::2], db=db)
    own = tmp_path / "own"
    own.mkdir()
    for name in HANDMADE:
        ingest([_handmade(own, name)], db=db, published=dt.date.fromisoformat(HANDMADE[name][0]))
        con = store.connect(db)
        assert_same_as_full(con)
        con.close()
    # a changed article replaces its old claims; a copy under another name is a duplicate
    changed = HANDMADE["h3_many"][1].replace("25% tariff on Mexican", "30% tariff on Canadian")
    ingest([_handmade(own, "h3_many", changed)], db=db, published=dt.date(2025, 5, 2))
    copy = own / "h1_copy.txt"
    copy.write_text((own / "h1_combined.txt").read_text(encoding="utf-8"), encoding="utf-8")
    result = ingest([copy], db=db, published=dt.date(2025, 4, 11))
    assert result.duplicates
    con = store.connect(db)
    try:
        assert_same_as_full(con)
    finally:
        con.close()
    assert modes[0] == "full" and modes.count("incremental") >= 6


@pytest.mark.slow
def test_dev_feed_in_batches_matches_full(tmp_path: Path, modes: list[str]) -> None:
    lines = need_shared("dev", "articles.jsonl").read_text(encoding="utf-8").splitlines()
    db = tmp_path / "t.duckdb"
    for i in range(4):
        part = tmp_path / f"part{i}.jsonl"
        part.write_text("\n".join(lines[i::4]) + "\n", encoding="utf-8")
        ingest([part], db=db)
        con = store.connect(db)
        try:
            assert_same_as_full(con)
        finally:
            con.close()
    assert modes == ["full", "incremental", "incremental", "incremental"]


def _pending_ids(db: Path) -> list[str]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return store.pending_articles(con)
    finally:
        con.close()


def test_deferred_ingests_crash_and_the_next_ingest_completes_them(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, modes: list[str]) -> None:
    """`--no-reconcile` batches stay pending through a failed batch (rolled back whole,
    the pending list with it), reports say so, and the next ingest reconciles them all once:
    the tables are then the full rebuild's."""
    db = tmp_path / "t.duckdb"
    files = sorted((SAMPLE / "articles").iterdir())
    ingest(files[:4], db=db)
    first = ingest(files[4:8], db=db, reconcile=False)
    second = ingest(files[8:12], db=db, reconcile=False)
    assert modes == ["full"]  # the deferred batches reconciled nothing
    assert first.pending and second.pending > first.pending
    assert "reconciliation pending" in second.summary()
    waiting = _pending_ids(db)
    assert set(second.new) <= set(waiting)

    def boom(con: duckdb.DuckDBPyConnection, articles: list[str]) -> None:
        raise RuntimeError("disk full (simulated)")

    for fn, reconcile in (("refresh", True), ("defer", False)):  # a crash while reconciling
        with monkeypatch.context() as m:  # or while recording the batch pending
            m.setattr(incremental, fn, boom)
            with pytest.raises(TrackerError, match="nothing was written"):
                ingest(files[12:14], db=db, reconcile=reconcile)
        assert _pending_ids(db) == waiting
        con = duckdb.connect(str(db), read_only=True)
        stored = {r[0] for r in con.execute("SELECT id FROM articles").fetchall()}
        con.close()
        assert not {p.stem for p in files[12:14]} & stored

    r = CliRunner().invoke(app, ["conflicts", "--db", str(db)])
    assert r.exit_code == 0 and "reconciliation is pending" in r.stderr, r.output
    modes.clear()
    done = ingest(files[12:14], db=db)
    assert modes == ["incremental"] and not done.pending and not _pending_ids(db)
    con = store.connect(db)
    try:
        assert not store.table_exists(con, store.PENDING_TABLE)
        assert_same_as_full(con)
    finally:
        con.close()
    r = CliRunner().invoke(app, ["conflicts", "--db", str(db)])
    assert r.exit_code == 0 and "pending" not in r.stderr


def test_reconcile_command_completes_pending_batches(tmp_path: Path) -> None:
    db = tmp_path / "t.duckdb"
    files = sorted((SAMPLE / "articles").iterdir())
    runner = CliRunner()
    assert runner.invoke(app, ["ingest", *map(str, files[:3]), "--db", str(db)]).exit_code == 0
    r = runner.invoke(app, ["ingest", *map(str, files[3:6]), "--db", str(db), "--no-reconcile"])
    assert r.exit_code == 0 and "reconciliation pending for" in r.stdout, r.output
    for report in (["rates"], ["timeline"], ["basis"], ["export", str(tmp_path / "out")]):
        r = runner.invoke(app, [*report, "--db", str(db)])
        assert r.exit_code == 0 and "reconciliation is pending" in r.stderr, (report, r.output)
    r = runner.invoke(app, ["reconcile", "--db", str(db)])
    assert r.exit_code == 0 and "pending articles done" in r.stdout, r.output
    assert not _pending_ids(db)
    con = store.connect(db)
    try:
        assert_same_as_full(con)
    finally:
        con.close()
    r = runner.invoke(app, ["reconcile", "--db", str(db)])
    assert r.exit_code == 0 and "up to date" in r.stdout


def test_the_api_defers_and_reconciles(tmp_path: Path, modes: list[str]) -> None:
    import tracker

    db = tmp_path / "t.duckdb"
    files = sorted((SAMPLE / "articles").iterdir())
    for part in (files[:3], files[3:6]):
        assert tracker.ingest_paths(part, db=db, reconcile=False).pending
    assert modes == [] and len(_pending_ids(db)) >= 6
    assert tracker.reconcile_database(db) == "full"  # no tables yet: the rebuild
    assert modes == [] and not _pending_ids(db)
    assert tracker.reconcile_database(db) == "up to date"
    con = store.connect(db)
    try:
        assert_same_as_full(con)
    finally:
        con.close()


def test_reconcile_command(tmp_path: Path) -> None:
    db = tmp_path / "t.duckdb"
    ingest([SAMPLE / "articles" / "s03_pause.txt"], db=db)
    runner = CliRunner()
    up = runner.invoke(app, ["reconcile", "--db", str(db)])
    assert up.exit_code == 0 and "up to date" in up.output
    con = store.connect(db)
    before = rows(con)
    con.execute("DELETE FROM meta WHERE key = ?", [driver.VERSION_KEY])
    con.close()
    for args in ([], ["--full"]):  # tables of no known version; --full always
        done = runner.invoke(app, ["reconcile", *args, "--db", str(db)])
        assert done.exit_code == 0 and "rebuilt" in done.output, done.output
    con = store.connect(db)
    try:
        assert rows(con) == before and driver.up_to_date(con)
    finally:
        con.close()


def test_the_current_intervals_are_compared() -> None:
    """The stored intervals of the current values (15b_current_intervals.sql, what `tracker
    rates --as-of` reads) are one of the tables every sequence above compares."""
    assert driver.INTERVALS_TABLE in OBJECTS
    assert driver.stage(driver.INTERVALS_FILE).scope == "group"


def test_a_pause_length_for_every_partner_reaches_every_group() -> None:
    """A stated length of a pause with no partner named (15's held) may hold an amount of
    any of that imposer's groups: like a pause for every partner, it widens the plan."""
    assert incremental.wide("EU", None, "pause_length", False) == {"EU"}
    assert incremental.wide("EU", "US", "pause_length", False) == set()
    assert incremental.wide("EU", None, "tariff_rate", True) == set()



    con = duckdb.connect()
    pairs = [("US", "CN"), ("CN", "US"), ("US", None), (None, "US"), ("US", "*"), (None, None)]
    got = con.execute(f"SELECT {incremental.group_sql()} FROM (SELECT unnest($1) AS imposer, "
                      f"unnest($2) AS target)", [[p[0] for p in pairs], [p[1] for p in pairs]]
                      ).fetchall()
    assert [r[0] for r in got] == [incremental.group(*p) for p in pairs]
    assert incremental.group("US", "CN") == incremental.group("CN", "US") == "CN|US"
    assert incremental.countries("*|US") == {"US"} and not incremental.countries("|")



@pytest.mark.slow
def test_bench_incremental_runs(tmp_path: Path) -> None:
    """benchmarks/bench_incremental.py on a tiny database: every ingest after the full
    rebuild is incremental and reports its figures (no speed is asserted)."""
    bench = Path(__file__).resolve().parents[2] / "benchmarks"
    out = tmp_path / "out.json"
    code = (f"import sys; sys.path.insert(0, {str(bench)!r}); import bench_incremental; "
            f"bench_incremental.main(['--claims', '2000', '--json', {str(out)!r}])")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=600, cwd=bench.parent)
    assert done.returncode == 0, done.stderr
    r = json.loads(out.read_text(encoding="utf-8"))
    assert r["claims"] == 2000 and r["full_rebuild_seconds"] > 0
    assert {x["mode"] for x in r["runs"]} == {"incremental"}
    assert all(x["claims"] > 0 and x["slice_claims"] > 0 for x in r["runs"])
    assert r["newest"]["mode"] == "incremental" and r["newest"]["moved"]


def test_a_combined_rate_reaches_the_groups_of_its_figures_sentences(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A rate called combined (02_combined_totals.sql) reaches the other end of a change in
    the same sentence as the same figure of its pair: that group is recomputed, not the
    groups the article names in its other sentences nor a rate of a named measure (a busy
    pair's common rate is stated in thousands of articles, whose other sentences name
    every group)."""
    seen: list[incremental.Outcome] = []
    real = incremental.update

    def spy(con: duckdb.DuckDBPyConnection, articles: list[str]) -> incremental.Outcome | None:
        out = real(con, articles)
        if out is not None:
            seen.append(out)
        return out

    monkeypatch.setattr(incremental, "update", spy)
    c1 = _claim("c1", 1, "tariff_rate", 145, "United States", "China", sentence="cut")
    c2 = _claim("c1", 2, "tariff_rate", 30, "United States", "China", sentence="cut",
                status="previous")
    c3 = _claim("c1", 3, "tariff_rate", 25, "United States", "Canada", sentence="cut")
    elsewhere = _claim("c1", 4, "tariff_rate", 25, "United States", "Mexico",
                       sentence="another sentence")
    named = _claim("c1", 5, "tariff_rate", 50, "United States", "Japan", sentence="cut",
                   measure="section_232", measure_named=True)  # no component of a total
    total = _claim("c2", 1, "tariff_rate", 145, "United States", "China", measure=None,
                   combined=True)
    con = _memory()
    try:
        _write(con, pd.DataFrame([_article("c1", "2025-04-01")]),
               pd.DataFrame([c1, c2, c3, elsewhere, named]), [])
        _write(con, pd.DataFrame([_article("c2", "2025-03-30")]), pd.DataFrame([total]), [])
        assert_same_as_full(con)
        assert [o.groups for o in seen] == [2]  # China's and Canada's: not Mexico, Japan
        combined = con.execute("SELECT count(*) FROM fact_claims WHERE combined AND "
                               "target = 'CA'").fetchone()
        assert combined == (1,)
    finally:
        con.close()


def test_a_batch_holding_most_of_a_large_store_rebuilds_in_full(
        corpus, modes: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """A batch whose country groups hold FULL_SHARE of the stored claims or more, once the
    store holds FULL_MIN_CLAIMS, is reconciled by the full rebuild (cheaper than
    recomputing nearly every group in place); a batch of one group stays incremental. The
    tables are the full rebuild's either way."""
    arts, claims = corpus
    monkeypatch.setattr(incremental, "FULL_MIN_CLAIMS", 1)
    con = _memory()
    try:
        _write(con, arts, claims, [])
        ids = list(arts["id"])
        _write(con, arts, claims, ids)  # every article again: every group
        assert_same_as_full(con)
        one = next(a for a in ids if claims[claims["article"] == a]["target"].notna().any())
        a, c = _changed(arts[arts["id"] == one], claims[claims["article"] == one], "value")
        _write(con, a, c, [one])
        assert_same_as_full(con)
        monkeypatch.setattr(incremental, "FULL_MIN_CLAIMS", 10**9)  # a small store: in place
        _write(con, arts, claims, ids)
        assert_same_as_full(con)
    finally:
        con.close()
    assert modes == ["full", "full", "incremental", "incremental"]


def test_most_of_store_counts_the_facts_claims() -> None:
    """most_of_store reads facts.n_claims of the groups (both orders of a pair) against all
    of them, against FULL_SHARE (0.9) once the store holds FULL_MIN_CLAIMS."""
    con = duckdb.connect()
    con.execute("CREATE TABLE facts AS SELECT * FROM (VALUES ('US', 'CN', 85), "
                "('CN', 'US', 10), ('US', NULL, 5)) t(imposer, target, n_claims)")
    names = incremental._Names(con)
    try:
        m = "memory.main"
        assert incremental.most_of_store(con, m, {"CN|US"}, names) == (
            incremental.FULL_MIN_CLAIMS <= 100)
        old = incremental.FULL_MIN_CLAIMS
        incremental.FULL_MIN_CLAIMS = 100
        try:
            assert incremental.most_of_store(con, m, {"CN|US"}, names)  # 95 of 100
            assert not incremental.most_of_store(con, m, {"|US"}, names)  # 5 of 100
            assert incremental.most_of_store(con, m, {"CN|US", "|US"}, names)
            assert not incremental.most_of_store(con, m, set(), names)
        finally:
            incremental.FULL_MIN_CLAIMS = old
    finally:
        names.close()
        con.close()


def test_a_later_date_ending_an_agreed_window_reaches_its_group(modes: list[str]) -> None:
    """(h103) A deal lowering Korea's rate from 25% to 15% (no start told) leaves the 25% in
    effect for 14 days (14b's agreed_until); a later article on another partner moving the
    latest date past that window must redo Korea's group: the 15% reads agreed then."""
    con = _memory()
    try:
        _write(con, pd.DataFrame([_article("k1", "2025-05-01")]), pd.DataFrame([
            _claim("k1", 1, "tariff_rate", 25, "United States", "South Korea",
                   status="previous", sentence="cut from 25% to 15%"),
            _claim("k1", 2, "tariff_rate", 15, "United States", "South Korea",
                   status="agreed", sentence="cut from 25% to 15%")]), [])
        assert_same_as_full(con)
        assert con.execute("SELECT value FROM current_values WHERE target = 'KR'"
                           ).fetchall() == [(25,)]
        _write(con, pd.DataFrame([_article("k2", "2025-06-01")]), pd.DataFrame([
            _claim("k2", 1, "tariff_rate", 10, "United States", "Brazil")]), [])
        assert_same_as_full(con)
        assert con.execute("SELECT value, status FROM current_values WHERE target = 'KR'"
                           ).fetchall() == [(15, "agreed")]
    finally:
        con.close()
    assert modes[0] == "full" and set(modes[1:]) == {"incremental"}
