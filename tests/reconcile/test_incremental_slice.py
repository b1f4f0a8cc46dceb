"""The slice an incremental update reads (incremental._slice) is exactly the claims its
definition names, however its scans are narrowed for speed.

The scans read fewer rows first (fact_claims by imposer, claims by article) and apply the
exact conditions after: these tests compute the definition plainly in Python (the claims of
F, the dates and pause lengths of the groups without a partner of F's countries, every claim
sharing a sentence with a claim of F, the changed articles whole, every claim called
combined) and compare, for every group of the sample corpus and for unions of groups; and a
pause whose imposer is missing, which a narrowing to the named countries would lose.
"""

from __future__ import annotations

from pathlib import Path

import duckdb
import pandas as pd
import pytest
from conftest import SAMPLE

from tests.reconcile.test_incremental import _article, _claim, _memory, _write
from tracker.ingest import ingest
from tracker.reconcile import incremental


def expected(con: duckdb.DuckDBPyConnection, f: set[str], changed: set[str]) -> set[str]:
    """The slice's claim ids, by its definition (incremental's docstring), in Python."""
    wild = {incremental.group(c, w) for g in f for c in incremental.countries(g)
            for w in incremental.WILD} - f
    facts = con.execute("SELECT claim_id, imposer, target, metric FROM main.fact_claims"
                        ).fetchall()
    of_f = {c for c, i, t, _ in facts if incremental.group(i, t) in f}
    dates = {c for c, i, t, metric in facts if incremental.group(i, t) in wild
             and metric in ("effective_date", "pause_length")}
    claims = con.execute("SELECT claim_id, article, sentence, combined FROM main.claims"
                         ).fetchall()
    said = {(a, s or "") for c, a, s, _ in claims if c in of_f}
    return {c for c, a, s, comb in claims
            if c in of_f | dates or comb or a in changed or (a, s or "") in said}


def sliced(con: duckdb.DuckDBPyConnection, f: set[str], changed: set[str]) -> set[str]:
    """The claim ids incremental._slice gives for the groups `f`."""
    db = con.execute("SELECT current_database()").fetchall()[0][0]
    names = incremental._Names(con)
    try:
        names.add("_inc_changed", incremental._strings(changed))
        part = incremental._slice(con, f'"{db}".main', f, names)
        return set(part.column("claim_id").to_pylist())
    finally:
        names.close()


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("slice") / "s.duckdb"
    ingest([SAMPLE / "articles"], db=db)
    return db


def test_the_slice_is_its_definition_for_every_group(sample: Path) -> None:
    con = duckdb.connect(str(sample), read_only=True)
    try:
        groups = sorted(r[0] for r in con.execute(
            f"SELECT DISTINCT {incremental.group_sql()} FROM fact_claims").fetchall())
        article = con.execute("SELECT min(id) FROM articles").fetchall()[0][0]
        assert len(groups) > 5
        cases = [{g} for g in groups] + [set(groups[::3]), set(groups)]
        for f in cases:
            for changed in (set(), {article}):
                want = expected(con, f, changed)
                assert sliced(con, f, changed) == want, (f, changed)
    finally:
        con.close()


def test_a_pause_with_no_imposer_named_is_in_the_slice() -> None:
    """A date of a pause stated for the US with the imposer missing (group {'', US}) is read
    when a group of the US is recomputed: the imposer filter keeps the missing side."""
    rate = _claim("p1", 1, "tariff_rate", 34, "United States", "China")
    pause = _claim("p2", 1, "effective_date", "2025-07-09", None, "United States",
                   sentence="the pause ends")
    pause["pause_word"] = True
    other = _claim("p2", 2, "tariff_rate", 10, "Japan", "Brazil", sentence="elsewhere")
    con = _memory()
    try:
        _write(con, pd.DataFrame([_article("p1", "2025-04-01")]), pd.DataFrame([rate]), [])
        _write(con, pd.DataFrame([_article("p2", "2025-04-02")]),
               pd.DataFrame([pause, other]), [])
        group = incremental.group("US", "CN")
        got = sliced(con, {group}, set())
        assert pause["claim_id"] in got and rate["claim_id"] in got
        assert other["claim_id"] not in got
        assert got == expected(con, {group}, set())
    finally:
        con.close()
