"""Made-up car-tariff articles ingested end to end, shared by the tests that read back the
conflicts a feed of our own sentences raises (values before a change, previous values held)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import duckdb

from tracker.ingest import ingest

KEY = {"metric": "tariff_rate", "imposer": "US", "target": "NO", "product": "autos"}


def article(ident: str, published: str, text: str) -> dict[str, Any]:
    """One feed record; the outlet differs per article so sources count apart."""
    return {"id": ident, "url": f"https://example.org/{ident}", "source": f"Outlet {ident}",
            "published": published, "title": "Car tariffs", "text": text}


def reconcile(tmp_path: Path, *articles: dict[str, Any]) -> duckdb.DuckDBPyConnection:
    """Ingest the articles into a fresh database and open it read-only."""
    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(json.dumps(a) + "\n" for a in articles), encoding="utf-8")
    db = tmp_path / "t.duckdb"
    ingest([str(feed)], db=db)
    return duckdb.connect(str(db), read_only=True)


def conflicts(con: duckdb.DuckDBPyConnection) -> dict[tuple[float, float], str]:
    """The conflicts raised on KEY's fact, by their pair of values, with their reason."""
    rows = con.execute(
        "SELECT value_a, value_b, reason FROM conflicts WHERE kind = 'conflict' AND metric = ?"
        " AND imposer = ? AND target = ? AND product = ?", list(KEY.values())).fetchall()
    return {(a, b): reason for a, b, reason in rows}
