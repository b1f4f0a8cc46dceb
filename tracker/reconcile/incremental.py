"""Incremental reconciliation: after a batch, recompute only the country groups it touches.

A full rebuild (driver.rebuild) runs every stage over all claims: ~10 s at a million. A batch
changes a few articles, and their claims can only change the facts of their own *country
group* (the unordered pair {imposer, target}; a missing country is its own value '') and of
a few groups joined to them. `refresh` runs the SAME stage files (driver.STAGES, whatever
they become) over a *slice* of the claims that holds everything those groups' rows depend
on, then, inside the caller's transaction, replaces those groups' rows in every stored table.
Each stored table tells a row's group by its imposer and target columns.

What links claims of different groups in the stages (the closure below rests on this list;
a stage that adds another link must extend it, and tests/reconcile/test_incremental.py
compares the incremental and the full tables, with hand-made articles for each link):

- one sentence: the other end of a combined figure's change in the same sentence of the
  same article (02), whatever its pair; every other article-level rule (the `articles` row
  in 01, an article's effective date and previous values in 05 and 13) stays in one group;
- combined figures (02): a figure a source calls combined makes the same figure of the same
  pair combined too, and with it the other end of that claim's change;
- pauses for every partner (15's pauses: an effective date whose sentence speaks of a pause,
  target NULL or '*') change the status of that imposer's rates towards each partner (and
  their dates are breakpoints of those rates' intervals, 15b); so does a stated length of a
  pause with no partner named (15's held) for that imposer's amounts;
- the latest evidence date (15's `p`): one date for all facts.

Stages that read across groups as a whole (Stage.scope "all": the all-in rates take the
every-partner baseline) are not run on the slice: `whole_stages` recomputes them from the
stored tables after the group stages (at a million claims ~0.05 s). The basis pairs stay
in one group: an all-in figure and its component share the pair, and a mirror pair's two
sides ({A, B} and {B, A}) are the same unordered group.

F, the groups whose rows are replaced: the groups of the changed claims (new claims, and the
stored claims of replaced or removed articles); every group holding X when a changed claim
is a pause for every partner of X; for a changed tariff rate called combined, every group of
a claim sharing a sentence with a rate of the same figure in its group (02's other end of
a change: the sentence, not the whole article, which may name every group).
S, the slice the stages read: the changed articles whole, every claim of F, every claim
sharing a sentence with a claim of F, every date of the groups {X, ''} and {X, '*'} of
the countries X of F (their pauses, and the dates a pause's missing measure is filled
from), and every claim called combined. So each row of F is computed from all
it depends on; rows of other groups (their claims are in the slice only in part) are
dropped.

The full rebuild also runs when the groups F hold most of a large store's claims
(most_of_store: FULL_SHARE or more of a store of FULL_MIN_CLAIMS or more): recomputing
nearly every group in place costs more than the rebuild and holds every stage's rows of
the slice at once.
It runs instead, too, when the tables are not up to date (none yet, or made by
another driver.version(): other stage files, parameters, official table or lexicon), when a
stored table has no imposer and target columns (a new stage whose rows no group names), or
when a changed claim's group is not the one its raw countries give through the lexicon (a
stage deriving countries some other way). When the batch moves the latest evidence date from
d0 to d1, the groups with a claim or an official row dated between the two (a scheduled
rate falls due, a pause ends, an official start is reached; every group of a country whose
pause for every partner is so dated) join F (`dated`), and every other current value is
only re-dated (its `as_of` set to d1): nothing else in it depends on the date. A stored
group stage after the current values that reads them then forces the full rebuild.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import duckdb
import pyarrow as pa

from tracker import lexicon, store
from tracker.reconcile import driver

#: CPU seconds of this process (DuckDB's threads included) each step of the last refresh
#: took (the stages by file name), while TIMING is on: what benchmarks/bench_incremental.py
#: prints; reset by every refresh
TIMES: dict[str, float] = {}
TIMING = False


@contextmanager
def _timed(step: str) -> Iterator[None]:
    if not TIMING:  # (the process's CPU clock sums every thread's: not free)
        yield
        return
    t0 = time.process_time()
    try:
        yield
    finally:
        TIMES[step] = TIMES.get(step, 0.0) + time.process_time() - t0


#: the sides of a group that name no single country: none given, or every partner
WILD = ("", "*")


def group_sql(alias: str = "") -> str:
    """SQL for a row's country group: 'A|B' with A <= B, a missing country as ''."""
    p = f"{alias}." if alias else ""
    i, t = f"coalesce({p}imposer, '')", f"coalesce({p}target, '')"
    return f"(least({i}, {t}) || '|' || greatest({i}, {t}))"


def in_groups(name: str) -> str:
    """SQL: the row's country pair is one of the groups registered as `name` (pairs_table):
    a two-column IN is several times cheaper over a million rows than group_sql()."""
    return f"((coalesce(imposer, ''), coalesce(target, '')) IN (SELECT i, t FROM {name}))"


def pairs_table(groups: Iterable[str]) -> pa.Table:
    """Both orders of every group's pair, as in_groups() reads them."""
    pairs = sorted({p for g in groups for a, b in [g.split("|", 1)] for p in ((a, b), (b, a))})
    return pa.table({"i": pa.array([a for a, _ in pairs], pa.string()),
                     "t": pa.array([b for _, b in pairs], pa.string())})


def group(imposer: str | None, target: str | None) -> str:
    """The country group of an (imposer, target) pair, as group_sql() makes it."""
    a, b = imposer or "", target or ""
    return f"{min(a, b)}|{max(a, b)}"


def countries(g: str) -> set[str]:
    """The named countries of a group ('*' and '' name none)."""
    return {c for c in g.split("|") if c not in WILD}


#: SQL for the claims of a group without a partner that the slice needs: its dates (a pause
#: among them, and the dates 03 fills a pause's missing measure from) and the stated lengths
#: of a pause (15's `held`: a suspension with no partner named holds every partner's goods)
PAUSE_SQL = "(metric IN ('effective_date', 'pause_length'))"


def wide(imposer: str | None, target: str | None, metric: str | None,
         pause_word: bool | None) -> set[str]:
    """The country a pause for every partner (a date whose sentence speaks of a pause, a side
    missing or '*': 15's pauses) speaks for: that country's every group may change."""
    sides = [imposer or "", target or ""]
    pause = (metric == "effective_date" and pause_word) or metric == "pause_length"
    if not pause or not any(s in WILD for s in sides):
        return set()
    return {s for s in sides if s not in WILD}


@dataclass(frozen=True)
class Outcome:
    """What a refresh did: `mode` incremental, full or unchanged; for an incremental update,
    the groups replaced, the claims the stages read, and whether the latest evidence date
    moved (the other current values re-dated)."""

    mode: str
    groups: int = 0
    claims: int = 0
    moved: bool = False


class _Names:
    """Python objects registered on the connection for one update, unregistered at the end."""

    def __init__(self, con: duckdb.DuckDBPyConnection) -> None:
        self.con, self.names = con, set()

    def add(self, name: str, obj: Any) -> None:
        if name in self.names:
            self.con.unregister(name)
        self.con.register(name, obj)
        self.names.add(name)

    def close(self) -> None:
        for name in self.names:
            self.con.unregister(name)
        self.names.clear()


def _strings(values: Iterable[str]) -> pa.Table:
    return pa.table({"v": pa.array(sorted(values), pa.string())})


def _one(con: duckdb.DuckDBPyConnection, query: str) -> Any:
    rows = con.execute(query).fetchall()  # fetched to the end: the connection is free again
    return rows[0][0] if rows else None


def changed_claims(con: duckdb.DuckDBPyConnection, m: str) -> list[tuple[Any, ...]]:
    """(imposer, target, metric, pause_word, combined, value, as_of) of every changed claim:
    the stored (old) rows of the changed articles' claims and their claims now, countries
    through the lexicon and as_of from the article's date as 01_claim_keys.sql maps them."""
    cols = "imposer, target, metric, pause_word, combined, value, as_of"
    old = con.execute(f"SELECT {cols} FROM {m}.fact_claims "
                      "WHERE article IN (SELECT v FROM _inc_changed)").fetchall()
    new = con.execute(
        "SELECT c.imposer, c.target, lower(trim(c.metric)), c.pause_word, c.combined, "
        f"c.value, coalesce(c.as_of, a.published) FROM {m}.claims c "
        f"LEFT JOIN {m}.articles a ON a.id = c.article "
        "WHERE c.metric IS NOT NULL AND c.article IN (SELECT v FROM _inc_changed)").fetchall()
    code = lexicon.country_code
    return old + [(code(i) if i is not None else None, code(t) if t is not None else None,
                   *rest) for i, t, *rest in new]


def plan(con: duckdb.DuckDBPyConnection, m: str) -> set[str]:
    """F: the groups whose rows the changed articles (registered as _inc_changed) may change."""
    rows = changed_claims(con, m)
    f = {group(r[0], r[1]) for r in rows}
    spoken = set().union(*(wide(*r[:4]) for r in rows)) if rows else set()
    if spoken:  # pauses for every partner: every group of those countries
        found = con.execute(f"SELECT DISTINCT {group_sql()} FROM {m}.fact_claims "
                            "WHERE imposer IN (SELECT unnest($1)) OR target IN "
                            "(SELECT unnest($1))", [sorted(spoken)]).fetchall()
        f |= {r[0] for r in found}
    totals = {(group(r[0], r[1]), r[5], r[6]) for r in rows
              if r[4] and r[2] == "tariff_rate" and r[5] is not None}
    if totals:  # combined rates: every group of the sentences stating the same rate
        f |= _totalled(con, m, totals)
    return f


def totalled_sql(alias: str = "") -> str:
    """SQL: the claim may be one 02_combined_totals.sql makes combined (its `same_figure`,
    and the other end of their change, `totalled`): a tariff rate of a reciprocal or
    baseline measure not named before the figure, as fact_claims keeps it (02 drops the
    measure of those it makes combined, so a missing measure counts too)."""
    p = f"{alias}." if alias else ""
    return (f"({p}metric = 'tariff_rate' AND NOT coalesce({p}measure_named, false) "
            f"AND ({p}measure IS NULL OR {p}measure IN ('reciprocal', 'baseline')))")


def _totalled(con: duckdb.DuckDBPyConnection, m: str,
              totals: set[tuple[str, Any, Any]]) -> set[str]:
    """The groups a combined rate (group, value, as_of) reaches through
    02_combined_totals.sql: the same figure in its group within $total_days of it becomes
    combined, and with it the other end of that claim's change, which 02 looks for in the
    same sentence of the same article (a NULL sentence is in none), whatever its pair.
    Sentences, not whole articles: a common rate of a busy pair is stated in thousands of
    articles, whose other sentences name every other group (at a million claims one
    combined 15 %, through its articles, reached 457 of the 496 groups)."""
    ordered = sorted(totals, key=repr)
    found = con.execute(f"""
        WITH t AS (
          SELECT unnest($1) AS g, unnest($2) AS v, CAST(unnest($3) AS DATE) AS a
        ),
        v AS (  -- the stored claims that state the figure in its group, near enough
          SELECT c.claim_id, c.article FROM {m}.fact_claims c
          JOIN t ON t.g = {group_sql('c')} AND t.v = c.value
           AND (t.a IS NULL OR abs(date_diff('day', t.a, c.as_of)) <= $4)
          WHERE {totalled_sql('c')}
        ),
        said AS (  -- their sentences (claims keep the sentence, fact_claims do not)
          SELECT DISTINCT article, sentence FROM {m}.claims
          WHERE claim_id IN (SELECT claim_id FROM v) AND sentence IS NOT NULL
        ),
        mates AS (
          SELECT claim_id FROM {m}.claims
          WHERE article IN (SELECT article FROM v)
            AND (article, sentence) IN (SELECT article, sentence FROM said)
        )
        SELECT DISTINCT {group_sql()} FROM {m}.fact_claims
        WHERE claim_id IN (SELECT claim_id FROM mates) AND {totalled_sql()}""",
        [[g for g, _, _ in ordered], [v for _, v, _ in ordered],
         [a for _, _, a in ordered], driver.TOTAL_DAYS]).fetchall()
    return {g for g, _, _ in totals} | {r[0] for r in found}


def _slice(con: duckdb.DuckDBPyConnection, m: str, f: set[str], names: _Names) -> pa.Table:
    """S: the claims the stages need to recompute every row of the groups F: the changed
    articles whole, the claims of F, the dates of the groups without a partner of F's
    countries, the claims sharing a sentence with a claim of F, and the claims called
    combined."""
    wild = {group(c, w) for g in f for c in countries(g) for w in WILD} - f
    names.add("_inc_f", pairs_table(f))
    names.add("_inc_w", pairs_table(wild))
    names.add("_inc_sides", _strings({c for g in f | wild for c in g.split("|")}))
    # of the groups without a partner: pauses. The imposer first (a one-column semi-join
    # DuckDB pushes into the scan; every row of F or of those groups has an imposer among
    # their sides), then the pair: 2 to 3 times cheaper than the pair alone over 1M rows
    names.add("_inc_ids", driver.fetch_arrow(con, f"""
        SELECT claim_id, article, {in_groups('_inc_f')} AS in_f
        FROM (SELECT * FROM {m}.fact_claims
              WHERE coalesce(imposer, '') IN (SELECT v FROM _inc_sides))
        WHERE {in_groups('_inc_f')} OR ({in_groups('_inc_w')} AND {PAUSE_SQL})"""))
    # narrow columns first, then the rows by rowid: a scan of every column costs 3x more.
    # One semi-join on the article (every article of those claims, and the changed ones)
    # that DuckDB pushes into the scan, so the sentences are read for those rows only; the
    # exact conditions are `keep`'s (three ORed subqueries made it read every sentence)
    names.add("_inc_cand", driver.fetch_arrow(con, f"""
        SELECT rowid AS r, claim_id, article, coalesce(sentence, '') AS s,
               coalesce(combined, false) AS comb
        FROM {m}.claims
        WHERE article IN (SELECT article FROM _inc_ids UNION ALL SELECT v FROM _inc_changed)
           OR coalesce(combined, false)"""))
    return driver.fetch_arrow(con, f"""
        WITH said AS (  -- the sentences of F's claims
          SELECT DISTINCT article, s FROM _inc_cand
          WHERE claim_id IN (SELECT claim_id FROM _inc_ids WHERE in_f)
        ),
        keep AS (
          SELECT r FROM _inc_cand
          WHERE claim_id IN (SELECT claim_id FROM _inc_ids) OR comb
             OR article IN (SELECT v FROM _inc_changed)
             OR (article, s) IN (SELECT article, s FROM said)
        )
        SELECT * FROM {m}.claims WHERE rowid IN (SELECT r FROM keep)""")


def _latest(con: duckdb.DuckDBPyConnection, m: str) -> tuple[Any, Any]:
    """The latest evidence date before the batch and after it (stored rows of the other
    groups, the slice's rows of F)."""
    before, kept = con.execute(  # one scan for both: all the rows, the other groups' rows
        f"SELECT max(seq_date), max(seq_date) FILTER (WHERE NOT {in_groups('_inc_f')}) "
        f"FROM {m}.fact_claims WHERE {driver.LATEST_EVIDENCE}").fetchall()[0]
    fresh = _one(con, driver.LATEST_SQL.format(table="fact_claims", where=in_groups("_inc_f")))
    after = max((d for d in (kept, fresh) if d is not None), default=None)
    return before, after


#: the column of the current values that holds the date they are read at (15's `as_of`)
READ_AT = "as_of"


def dated(con: duckdb.DuckDBPyConnection, m: str, d0: Any, d1: Any) -> set[str]:
    """The groups whose current values may change when the latest evidence date moves from
    d0 to d1, besides the date they are read at: those of a claim or an official row with a
    date between the two (a scheduled rate falls due, a pause ends, an official start is
    reached), and every group of a country whose pause for every partner has such a date."""
    lo, hi = min(d0, d1), max(d0, d1)

    def between(table: str) -> str:
        cols = [r[0] for r in con.execute(f"DESCRIBE {table}").fetchall() if r[1] == "DATE"]
        return " OR ".join(f'("{c}" > $1 AND "{c}" <= $2)' for c in cols) or "false"

    rows = con.execute(f"SELECT DISTINCT imposer, target, metric, pause_word FROM "
                       f"{m}.fact_claims WHERE {between(f'{m}.fact_claims')}", [lo, hi]
                       ).fetchall()
    rows += [(i, t, "effective_date", t in WILD) for i, t in con.execute(
        f"SELECT DISTINCT imposer, target FROM {m}.reference WHERE {between(f'{m}.reference')}",
        [lo, hi]).fetchall()]
    out = {group(r[0], r[1]) for r in rows}
    spoken = set().union(*(wide(*r) for r in rows)) if rows else set()
    if spoken:
        out |= {r[0] for r in con.execute(
            f"SELECT DISTINCT {group_sql()} FROM {m}.fact_claims WHERE imposer IN "
            "(SELECT unnest($1)) OR target IN (SELECT unnest($1))", [sorted(spoken)]).fetchall()}
    return out


def _run_slice(con: duckdb.DuckDBPyConnection, m: str, f: set[str], names: _Names
               ) -> tuple[dict[str, pa.Table], Any] | set[str] | None:
    """Every stage over the slice (registered as `claims`), its objects kept as Arrow tables
    that shadow the stored ones. Returns the stored objects' slice rows and the new latest
    evidence date when it moved (else None); or, when that move reaches groups outside F,
    those groups (to run again with them); or None when only a full rebuild can do."""
    stored = driver.stored()
    out: dict[str, pa.Table] = {}
    moved_to = None
    with _timed("key tables"):
        for name, table in driver.key_tables(con).items():
            names.add(name, table)
    for s in driver.STAGES:
        if s.scope == "all":  # recomputed whole afterwards (whole_stages)
            continue
        text = driver.sql(s.file)
        if s.keep == "script":
            con.execute(text)
            continue
        if s.keep == "view":  # views read the stored tables: nothing to recompute
            continue
        params: dict[str, Any] = {}
        if s.file == driver.CURRENT_FILE:
            with _timed("latest date"):
                before, after = _latest(con, m)
            if before != after:
                if before is None or after is None:
                    return None
                more = dated(con, m, before, after) - f
                if more:
                    return more
                moved_to = after
            params["as_of"] = after  # the whole database's date, not the slice's
        values = driver.bind(text, {**driver.PARAMS, **params})
        if s.file == driver.CURRENT_FILE:  # read from the slice's intervals (15b, just made)
            text, values = driver.current_from_intervals(con, after) or (text, values)
        with _timed(s.file):
            table = driver.fetch_arrow(con, text, values)
            if s.keep == "append" and s.name in out:
                names.add("_inc_prev", out[s.name])
                names.add("_inc_more", table)
                table = driver._arrow(con.sql(
                    "SELECT * FROM _inc_prev UNION ALL BY NAME SELECT * FROM _inc_more"))
        if s.file == driver.ORDER_FILE:
            # the current values (15b, 15) are wanted for F's facts only, and read no other
            # fact's evidence but that of the same pair of countries: the slice's other facts
            # (the dates of F's countries' groups without a partner, sentences shared) are
            # left out of their points (the merge keeps F's rows of it alone anyway)
            names.add("_inc_order", table)
            table = driver._arrow(con.sql(
                f"SELECT * FROM _inc_order WHERE {in_groups('_inc_f')}"))
        names.add(s.name, table)
        if s.name in stored:
            out[s.name] = table
    if any(not {"imposer", "target"} <= set(t.column_names) for t in out.values()):
        return None
    current = driver.stage(driver.CURRENT_FILE).name
    if moved_to is not None and (READ_AT not in out[current].column_names or any(
            s.name in stored and s.scope != "all" and current in driver.sql(s.file)
            for s in driver.STAGES[driver.STAGES.index(driver.stage(driver.CURRENT_FILE)) + 1:])):
        # (a later group stage that reads the current values would need every group redone)
        return None  # the other groups' rows cannot just be re-dated
    return out, moved_to


@contextmanager
def _one_thread(con: duckdb.DuckDBPyConnection) -> Iterator[None]:
    """DuckDB on one thread while the stages run over the slice: a few thousand claims gain
    nothing from a second thread but its start-up (~15 % more CPU time at a million claims,
    benchmarks/bench_incremental.py); the scans of the stored tables keep every thread."""
    threads = _one(con, "SELECT current_setting('threads')")
    con.execute("SET threads = 1")
    try:
        yield
    finally:
        con.execute(f"SET threads = {int(threads)}")


#: a batch whose groups hold at least this share of the stored claims (facts.n_claims) is
#: reconciled by the full rebuild instead: the update in place would recompute nearly every
#: group anyway, on one thread, holding every stage's rows of the slice as Arrow tables to
#: the end (a batch's peak grew 1.8 -> 2.9 -> 4.4 GB on a feed that touches every fact),
#: then delete and insert every row; the rebuild frees each stage's rows once read. With
#: every group touched the update in place cost 1.07 times the rebuild's CPU and 1.33 times
#: its wall: under ~0.9 of the store it is the cheaper way (docs/benchmarks.md, h100)
FULL_SHARE = 0.9
#: ... once the store holds this many claims: below it either way costs little, and a small
#: store's batches (the tests') keep exercising the update in place
FULL_MIN_CLAIMS = 20_000


def most_of_store(con: duckdb.DuckDBPyConnection, m: str, f: set[str], names: _Names) -> bool:
    """Whether the groups F hold FULL_SHARE or more of the stored claims (one scan of the
    facts, ~1 row per 20 claims; not of the claims)."""
    if not f:
        return False
    names.add("_inc_f", pairs_table(f))
    mine, total = con.execute(
        f"SELECT coalesce(sum(n_claims) FILTER (WHERE {in_groups('_inc_f')}), 0), "
        f"coalesce(sum(n_claims), 0) FROM {m}.facts").fetchall()[0]
    return total >= FULL_MIN_CLAIMS and mine >= FULL_SHARE * total


def update(con: duckdb.DuckDBPyConnection, articles: Iterable[str]) -> Outcome | None:
    """Recompute the groups the changed `articles` touch, in place (the caller's transaction).

    `articles`: ids of every article added, replaced or removed since the stored tables were
    made (claims and articles already hold the new state). None, with nothing written, when
    only a full rebuild can do (see the module docstring), or when it is the cheaper way: the
    batch's groups hold most of a large store's claims (most_of_store).
    """
    db = _one(con, "SELECT current_database()")
    m = '"' + str(db).replace('"', '""') + '".main'  # stored tables: temp objects shadow main.x
    setting = _one(con, "SELECT current_setting('preserve_insertion_order')")
    con.execute("SET preserve_insertion_order = false")
    try:
        f: set[str] | None = None
        for _ in range(3):  # a moved latest date may add groups once; then they are in F
            names = _Names(con)
            try:
                names.add("_inc_changed", _strings(set(articles)))
                with _timed("plan"):
                    if f is None:
                        f = plan(con, m)
                        if most_of_store(con, m, f, names):
                            return None  # the full rebuild (refresh) is the cheaper way
                with _timed("slice"):
                    part = _slice(con, m, f, names)
                names.add("claims", part)
                con.execute("CREATE OR REPLACE TEMP VIEW articles AS SELECT * FROM "
                            f"{m}.articles WHERE id IN (SELECT DISTINCT article FROM claims)")
                with _one_thread(con):
                    ran = _run_slice(con, m, f, names)
                if isinstance(ran, set):
                    f |= ran
                    continue
                if ran is None:
                    return None
                with _timed("merge"):
                    return _merge(con, m, f, part.num_rows, *ran)
            finally:
                names.close()
                con.execute("DROP VIEW IF EXISTS temp.main.articles")
        return None
    finally:
        if setting is not None and str(setting).lower() in ("true", "1"):
            con.execute("SET preserve_insertion_order = true")


def _merge(con: duckdb.DuckDBPyConnection, m: str, f: set[str], read: int,
           out: dict[str, pa.Table], moved_to: Any) -> Outcome | None:
    """Replace the rows of the groups F in every stored table by the slice's; re-date the
    other current values when the latest evidence date moved."""
    stray = _one(con, f"SELECT count(*) FROM fact_claims WHERE article IN (SELECT v FROM "
                      f"_inc_changed) AND NOT {in_groups('_inc_f')}")
    if stray:
        return None
    for name, table in out.items():
        con.execute(f"DELETE FROM {m}.{name} WHERE {in_groups('_inc_f')}")
        con.register("_inc_rows", table)
        try:
            con.execute(f"INSERT INTO {m}.{name} BY NAME SELECT * FROM _inc_rows "
                        f"WHERE {in_groups('_inc_f')}")
        finally:
            con.unregister("_inc_rows")
    if moved_to is not None:
        current = driver.stage(driver.CURRENT_FILE).name
        con.execute(f'UPDATE {m}.{current} SET "{READ_AT}" = $1 '
                    f"WHERE NOT {in_groups('_inc_f')}", [moved_to])
    return Outcome("incremental", len(f), read, moved_to is not None)


def whole_stages(con: duckdb.DuckDBPyConnection) -> None:
    """Run the stages that read across country groups (Stage.scope "all") over the stored
    tables the group stages have just updated: they read only stored tables (current
    values, the official table, combined figures), small beside the claims."""
    for s in driver.STAGES:
        if s.scope == "all":
            driver.run_stage(con, s)


def refresh(con: duckdb.DuckDBPyConnection, articles: Iterable[str]) -> Outcome:
    """Bring the reconciliation tables up to date after a batch changed `articles`, inside
    the caller's transaction (Outcome.mode: incremental, full or unchanged).

    Incremental when the stored tables are up to date (driver.up_to_date) and the update
    can be made in place; else the full rebuild.
    """
    changed = sorted(set(articles))
    TIMES.clear()
    with _timed("up to date"):
        ready = driver.up_to_date(con)
    if ready:
        if not changed:
            return Outcome("unchanged")
        done = update(con, changed)
        if done is not None:
            with _timed("whole stages"):
                whole_stages(con)
            return done
    driver.rebuild(con)
    return Outcome("full")


#: the articles stored without their reconciliation: the table and its readers live in
#: tracker.store (the reports read them too)
PENDING_TABLE = store.PENDING_TABLE


def defer(con: duckdb.DuckDBPyConnection, articles: Iterable[str]) -> None:
    """Record that `articles` changed without their reconciliation, inside the caller's
    transaction (with the claims it stores): a crash loses both or neither, and the next
    refresh (finish) reconciles them with whatever it is given."""
    ids = sorted(set(articles))
    if not ids:
        return
    con.execute(f"CREATE TABLE IF NOT EXISTS {PENDING_TABLE} (article VARCHAR)")
    con.register("_inc_defer", _strings(ids))
    try:
        con.execute(f"INSERT INTO {PENDING_TABLE} SELECT v FROM _inc_defer")
    finally:
        con.unregister("_inc_defer")


def finish(con: duckdb.DuckDBPyConnection, articles: Iterable[str] = ()) -> Outcome:
    """refresh() of `articles` and of every pending one, then no article is pending (inside
    the caller's transaction): deferred batches reconciled as the one batch they add up to
    (the stored tables are still those of before the first), so the tables are the full
    rebuild's, and batches that touch most of the store take the rebuild once, not once a
    batch."""
    waiting = store.table_exists(con, PENDING_TABLE)
    done = refresh(con, [*store.pending_articles(con), *articles] if waiting else articles)
    if waiting:
        con.execute(f"DROP TABLE {PENDING_TABLE}")
    return done


def reconcile_database(con: duckdb.DuckDBPyConnection, full: bool = False) -> str:
    """`tracker reconcile`: in one transaction, the full rebuild (with `full`, or when the
    tables are out of date), else the reconciliation of the pending articles (--no-reconcile
    batches); returns 'full', 'pending' or 'up to date'."""
    con.execute("BEGIN TRANSACTION")
    try:
        how = "up to date"
        if full or not driver.up_to_date(con):
            driver.rebuild(con)
            con.execute(f"DROP TABLE IF EXISTS {PENDING_TABLE}")
            how = "full"
        elif store.pending_count(con):
            finish(con)
            how = "pending"
        con.execute("COMMIT")
    except BaseException:
        from tracker.store import rollback

        rollback(con)
        raise
    return how


__all__ = ["Outcome", "defer", "finish", "group", "group_sql", "plan", "reconcile_database",
           "refresh", "update"]
