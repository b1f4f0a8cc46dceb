"""tracker: read trade news once, then ask what the tariff is now, who said so,
since when, and which sources disagree.

The library API (the CLI is a thin layer over it):

- ``ingest_paths(paths, db=...)``: read, clean, deduplicate, extract and store articles.
- ``extract_claims(paths)``: claims of files or folders, no database.
- ``extract_article(article)``, ``extract_text(text)``: claims of one Article or text.
- ``read_paths(paths)``: Articles and reading problems.
- ``connect(db)``: the DuckDB connection (tables articles, claims, facts, ...).
- ``rates``, ``conflicts``, ``timeline``: the reports, as pandas DataFrames.
- ``evaluate_gold(gold, paths)``: score extraction against a gold file.

The modules keep their own names: ``tracker.ingest``, ``tracker.extract`` (a package)
and ``tracker.evaluate`` are modules, imported as usual. The API functions import
their heavy modules when called, so ``import tracker`` stays quick.
"""

from __future__ import annotations

from tracker.api import (
    conflicts,
    connect,
    evaluate_gold,
    extract_article,
    extract_claims,
    extract_text,
    ingest_paths,
    rates,
    timeline,
)
from tracker.errors import TrackerError
from tracker.models import Article, Claim
from tracker.read import read_paths

__version__ = "0.1.0"

__all__ = [
    "Article",
    "Claim",
    "TrackerError",
    "conflicts",
    "connect",
    "evaluate_gold",
    "extract_article",
    "extract_claims",
    "extract_text",
    "ingest_paths",
    "rates",
    "read_paths",
    "timeline",
]
