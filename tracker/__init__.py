"""tracker: read trade news once, then ask what the tariff is now, who said so,
since when, and which sources disagree.

The library API (the CLI is a thin layer over it):

- ``ingest(paths, db=...)``: read, clean, deduplicate, extract and store articles.
- ``extract(paths)``: claims of files or folders, no database.
- ``extract_article(article)``: claims of one Article (pure function).
- ``read_paths(paths)``: Articles and reading problems.
- ``connect(db)``: the DuckDB connection (tables articles, claims, facts, ...).
- ``rates``, ``conflicts``, ``timeline``: the reports, as pandas DataFrames.
- ``evaluate(gold, paths)``: score extraction against a gold file.
"""

from __future__ import annotations

import sys
import types
from typing import Any

__version__ = "0.1.0"

_API = {
    "ingest": ("tracker.ingest", "ingest"),
    "extract": ("tracker.api", "extract"),
    "extract_article": ("tracker.extract.engine", "extract"),
    "extract_text": ("tracker.extract.engine", "extract_text"),
    "read_paths": ("tracker.read", "read_paths"),
    "connect": ("tracker.store", "connect"),
    "rates": ("tracker.api", "rates"),
    "conflicts": ("tracker.api", "conflicts"),
    "timeline": ("tracker.api", "timeline"),
    "evaluate": ("tracker.evaluate", "evaluate"),
    "Article": ("tracker.models", "Article"),
    "Claim": ("tracker.models", "Claim"),
    "TrackerError": ("tracker.errors", "TrackerError"),
}

__all__ = sorted(_API)


class _Package(types.ModuleType):
    """Keeps the API names bound to the API: importing the submodule ``tracker.ingest``
    (or ``tracker.extract``, ``tracker.evaluate``) must not replace the function
    ``tracker.ingest`` with the module of the same name. Import those modules with
    ``from tracker.ingest import ...`` or ``importlib.import_module``."""

    def __setattr__(self, name: str, value: Any) -> None:
        if name in _API and isinstance(value, types.ModuleType):
            return
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package


def __getattr__(name: str) -> Any:
    # Imported on first use so that `import tracker` stays fast for the CLI.
    if name in _API:
        import importlib

        module, attr = _API[name]
        return getattr(importlib.import_module(module), attr)
    raise AttributeError(f"module 'tracker' has no attribute {name!r}")
