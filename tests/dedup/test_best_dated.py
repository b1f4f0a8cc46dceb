"""The best-dated copy of a story stands for it, whichever copy came first.

An undated copy's claims never take part in comparisons (they have no date), so when a
dated copy of the same story exists it is the original and the undated one its duplicate:
within one batch, and across batches (the stored undated original is re-pointed in the
new batch's transaction). The stories are made up for these tests; their texts state no
date, so no date is inferred for the copy without one.
"""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pytest

from tests.reconcile.test_incremental import assert_same_as_full
from tracker import dedup, store
from tracker.ingest import ingest

_BODY = [
    "The United States raised its tariff on copper tubing from Peru to 18% from 9%, trade "
    "officials said, citing a surge of shipments that domestic mills say undercut them.",
    "Lima called the increase unjustified and said it would ask for consultations at the "
    "World Trade Organization. Peruvian exporters shipped about $640 million of tubing to "
    "American buyers last year, most of it to plumbing wholesalers in the southern states.",
    "Mill owners in Ohio and Pennsylvania welcomed the decision, saying cheap imports had "
    "forced two plants to close their tube lines. Importers warned that builders would pay "
    "more for fittings at a time when housing starts are already weak.",
    "The higher duty does not apply to refined copper cathodes, which the administration "
    "left untouched after lobbying by wire and cable makers who depend on them. Chile "
    "kept its 7% tariff on Argentine copper scrap in place, its finance ministry said.",
]
WIRE = "\n\n".join(["Peru copper tubing faces higher US duty", "By Coastline Wire staff",
                    *_BODY])
REPRINT = "\n\n".join(["US doubles levy on Peruvian copper tubes", "Share: Email | Print",
                       *_BODY[:3], "Related: Steel quotas under review"])
EXCERPT = "\n\n".join(["Copper tubing duty rises", *_BODY[:2], "Read the full story"])
OTHER = ("Norway trims coffee duty\n\nNorway cut its tariff on Brazilian coffee to 4% from 6%, "
         "its trade ministry said, a move roasters in Bergen had lobbied for.")


def _feed(folder: Path, name: str, records: list[tuple[str, str, str | None]]) -> Path:
    """A JSONL feed of (id, text, published) records."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.jsonl"
    path.write_text("".join(json.dumps({"id": i, "source": f"outlet {i}", "published": p,
                                        "text": t}) + "\n" for i, t, p in records),
                    encoding="utf-8")
    return path


def _dups(db: Path) -> dict[str, str | None]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return dict(con.execute("SELECT id, duplicate_of FROM articles").fetchall())
    finally:
        con.close()


def _dup_claims(db: Path) -> dict[str, set[bool]]:
    """For each article, whether its claims count as a duplicate's in reconciliation."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        out: dict[str, set[bool]] = {}
        for art, dup in con.execute("SELECT article, is_dup FROM fact_claims"
                                    ).fetchall():
            out.setdefault(art, set()).add(bool(dup))
        return out
    finally:
        con.close()


def _check_same_as_full(db: Path) -> None:
    con = store.connect(db)
    try:
        assert_same_as_full(con)
    finally:
        con.close()


def test_date_rank_orders_given_over_inferred_over_none():
    import datetime as dt

    day = dt.date(2025, 3, 1)
    assert dedup.date_rank(None, None) == 0
    assert dedup.date_rank(day, "inferred") == 1
    assert dedup.date_rank(day, "given") == dedup.date_rank(day, "dateline") == 2


@pytest.mark.parametrize("undated_first", [True, False], ids=["undated-first", "dated-first"])
def test_within_a_batch_the_dated_copy_is_the_original(tmp_path, undated_first):
    recs = [("u_wire", WIRE, None), ("d_reprint", REPRINT, "2025-06-02")]
    db = tmp_path / "t.duckdb"
    res = ingest([_feed(tmp_path, "in", recs if undated_first else recs[::-1])], db=db)
    assert res.duplicates == [("u_wire", "d_reprint")]
    assert _dups(db) == {"u_wire": "d_reprint", "d_reprint": None}
    flags = _dup_claims(db)
    assert flags["d_reprint"] == {False} and flags["u_wire"] == {True}


def test_within_a_batch_every_copy_follows_the_dated_one(tmp_path):
    recs = [("a_wire", WIRE, None), ("b_excerpt", EXCERPT, None),
            ("c_reprint", REPRINT, "2025-06-02")]
    db = tmp_path / "t.duckdb"
    res = ingest([_feed(tmp_path, "in", recs)], db=db)
    assert sorted(res.duplicates) == [("a_wire", "c_reprint"), ("b_excerpt", "c_reprint")]
    assert _dups(db) == {"a_wire": "c_reprint", "b_excerpt": "c_reprint", "c_reprint": None}


def test_two_dated_copies_keep_the_first_seen(tmp_path):
    recs = [("a_wire", WIRE, "2025-06-01"), ("b_reprint", REPRINT, "2025-06-02")]
    res = ingest([_feed(tmp_path, "in", recs)], db=tmp_path / "t.duckdb")
    assert res.duplicates == [("b_reprint", "a_wire")]


def test_a_later_dated_copy_takes_over_a_stored_undated_original(tmp_path, modes):
    db = tmp_path / "t.duckdb"
    # a later-dated story too: the next batch is reconciled incrementally, and its date
    # moves no group into the recomputed ones
    ingest([_feed(tmp_path / "1", "in", [("u_wire", WIRE, None), ("u_excerpt", EXCERPT, None),
                                         ("d_other", OTHER, "2025-07-01")])], db=db)
    assert _dups(db) == {"u_wire": None, "u_excerpt": "u_wire", "d_other": None}
    assert _dup_claims(db)["u_wire"] == {False}
    res = ingest([_feed(tmp_path / "2", "in", [("d_reprint", REPRINT, "2025-06-02")])], db=db)
    assert res.new == ["d_reprint"] and res.duplicates == []
    assert res.repointed == [("u_wire", "d_reprint")]
    # the stored original and its stored copy both point at the dated copy now
    assert _dups(db) == {"u_wire": "d_reprint", "u_excerpt": "d_reprint", "d_reprint": None,
                         "d_other": None}
    flags = _dup_claims(db)
    # u_wire's Chilean figure is in a group no claim of the batch touches: it leaves the
    # comparisons only because the re-pointed article's facts are recomputed too
    assert flags["d_reprint"] == {False} and flags["u_wire"] == {True}
    _check_same_as_full(db)
    assert modes == ["full", "incremental"]
    # one more undated copy later: a duplicate of the dated one, not of the demoted one
    res = ingest([_feed(tmp_path / "3", "in", [("u_late", EXCERPT + "\n\nMore soon.", None)])],
                 db=db)
    assert res.duplicates == [("u_late", "d_reprint")] and res.repointed == []
    _check_same_as_full(db)


def test_a_later_undated_copy_of_a_stored_dated_original_is_its_duplicate(tmp_path):
    db = tmp_path / "t.duckdb"
    ingest([_feed(tmp_path / "1", "in", [("d_wire", WIRE, "2025-06-01")])], db=db)
    res = ingest([_feed(tmp_path / "2", "in", [("u_reprint", REPRINT, None)])], db=db)
    assert res.duplicates == [("u_reprint", "d_wire")] and res.repointed == []
    assert _dups(db) == {"d_wire": None, "u_reprint": "d_wire"}
    _check_same_as_full(db)
