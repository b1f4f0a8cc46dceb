"""A small database for the report and CLI tests, built from claims written by us (no corpus).

Test modules define their fixtures from `db_file` and `read_only` (a conftest.py here
would shadow tests/conftest.py for the tests that `from conftest import ...`).

Scenario (US tariff on Korea, on India, on copper), articles with and without URLs:
- KR: a 25% rate in April, cut to 15% by a deal in July (an update);
- IN (the oil penalty: no official row): two publishers say 50%, a third says 45% for the
  same days (a conflict that 50% wins 2:1);
- copper: 50% scheduled for Aug 1 (in effect after that day).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import duckdb
import pytest

from tracker import store
from tracker.models import Article, Claim

KR = {"imposer": "US", "target": "KR", "product": "all", "measure": "reciprocal"}
IN = {"imposer": "US", "target": "IN", "product": "all", "measure": "penalty"}

ARTICLES = [
    {"id": "a1", "published": "2025-04-03", "source": "Han River Times",
     "url": "https://hanriver.example/kr-25"},
    {"id": "a2", "published": "2025-07-31", "source": "Harbor Wire",
     "url": "https://harborwire.example/kr-deal"},
    {"id": "b1", "published": "2025-08-27", "source": "Continental Business Daily",
     "url": "https://cbd.example/india-50"},
    {"id": "b2", "published": "2025-08-28", "source": "Rio Grande Business Journal",
     "url": None},
    {"id": "b3", "published": "2025-08-29", "source": "Atlas <Freight> & Monitor",
     "url": "javascript:alert(1)"},
    {"id": "c1", "published": "2025-07-26", "source": "Great Lakes Courier",
     "url": "https://glc.example/copper"},
]

CLAIMS = [
    {"article": "a1", "value": 25, "status": "in_effect", "quote": "a 25% duty", **KR},
    {"article": "a2", "value": 25, "status": "previous", "quote": "from 25% to 15%", **KR},
    {"article": "a2", "value": 15, "status": "agreed", "quote": "from 25% to 15%", **KR},
    {"article": "b1", "value": 50, "status": "in_effect", "quote": "a 50 per cent tariff",
     **IN},
    {"article": "b2", "value": 50, "status": "in_effect", "quote": "50% on Indian goods",
     **IN},
    {"article": "b3", "value": 45, "status": "in_effect", "quote": "a <b>45</b> pct duty",
     **IN},
    {"article": "c1", "value": 50, "status": "scheduled", "effective": "2025-08-01",
     "imposer": "US", "target": "*", "product": "copper", "measure": "section_232",
     "quote": "a 50 percent tariff on copper"},
]


def build_db(path: Path, articles: list[dict[str, Any]] = ARTICLES,
             claims: list[dict[str, Any]] = CLAIMS):
    con = store.connect(path)
    arts = [(Article(id=a["id"], text="", source=a["source"], url=a.get("url"),
                     published=dt.date.fromisoformat(a["published"]) if a["published"]
                     else None), "h-" + a["id"], None)
            for a in articles]
    pub = {a["id"]: a["published"] for a in articles}
    cs = []
    for i, c in enumerate(claims):
        c = dict(c)
        art = c.pop("article")
        metric = c.pop("metric", "tariff_rate")
        kind, unit = ("date", "date") if metric == "effective_date" else ("rate", "percent")
        cs.append(Claim(article=art, kind=kind, metric=metric, value=c.pop("value"),
                        unit=unit, as_of=pub[art], start=i * 10, end=i * 10 + 5,
                        quote=c.pop("quote"), **c))
    store.write_batch(con, store.articles_frame(arts), store.claims_frame(cs), [])
    return con


def db_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The scenario's database file in a fresh temporary folder (tests only read it)."""
    path = tmp_path_factory.mktemp("report") / "r.duckdb"
    build_db(path).close()
    return path


@contextmanager
def read_only(path: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    con = store.connect(path, read_only=True)
    try:
        yield con
    finally:
        con.close()
