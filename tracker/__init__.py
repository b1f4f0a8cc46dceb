"""tracker: read trade news once, then ask what the tariff is now, who said so,
since when, and which sources disagree.

The library API (the CLI is a thin layer over it):

- ``ingest_paths(paths, db=...)``: read, clean, deduplicate, extract and store articles.
- ``extract_claims(paths)``: claims of files or folders, no database.
- ``extract_article(article)``, ``extract_text(text)``: claims of one Article or text.
- ``read_paths(paths)``: Articles and reading problems.
- ``reconcile_database(db)``: reconcile batches ingested with ``reconcile=False``.
- ``connect(db)``: the DuckDB connection (tables articles, claims, facts, ...).
- ``rates``, ``conflicts``, ``timeline``: the reports, as pandas DataFrames.
- ``evaluate_gold(gold, paths)``: score extraction against a gold file.

The modules keep their own names: ``tracker.ingest``, ``tracker.extract`` (a package)
and ``tracker.evaluate`` are modules, imported as usual. The API functions import
their heavy modules when called, and ``tracker`` imports each of them on first use
(module ``__getattr__``), so ``import tracker`` stays quick.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the names as a type checker sees them; at run time see __getattr__
    from tracker.api import (
        conflicts,
        connect,
        evaluate_gold,
        extract_article,
        extract_claims,
        extract_text,
        ingest_paths,
        rates,
        reconcile_database,
        timeline,
    )
    from tracker.errors import TrackerError
    from tracker.models import Article, Claim
    from tracker.read import read_paths

__version__ = "0.1.0"

#: where each name of the API lives: imported on first use (PEP 562), so that
#: ``import tracker.cli`` (every command, ``--help`` included) loads only what it runs
_HOMES = {
    "Article": "tracker.models",
    "Claim": "tracker.models",
    "TrackerError": "tracker.errors",
    "conflicts": "tracker.api",
    "connect": "tracker.api",
    "evaluate_gold": "tracker.api",
    "extract_article": "tracker.api",
    "extract_claims": "tracker.api",
    "extract_text": "tracker.api",
    "ingest_paths": "tracker.api",
    "rates": "tracker.api",
    "reconcile_database": "tracker.api",
    "read_paths": "tracker.read",
    "timeline": "tracker.api",
}

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
    "reconcile_database",
    "timeline",
]


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'tracker' has no attribute {name!r}")
    value = getattr(importlib.import_module(home), name)
    globals()[name] = value  # once: later look-ups find it directly
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_HOMES})
