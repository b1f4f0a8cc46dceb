"""Run every rule file's own examples (Duckling-style corpus per rule).

Each module that owns a rule file exposes `check_rules() -> tuple[int, list[str]]`:
how many examples it ran and a message per failing example. `tracker rules check`
and tests/test_rules.py run them all.
"""

from __future__ import annotations

import importlib

#: rule file stem -> module that owns it and checks its examples
CHECKERS: dict[str, str] = {
    "numbers": "tracker.extract.numbers",
    "quantities": "tracker.extract.quantities",
    "dates": "tracker.extract.dates",
    "furniture": "tracker.clean",
    "metadata": "tracker.read.metadata",
    "lexicon": "tracker.extract.context",
    "claims": "tracker.extract.engine",
    "judgments": "tracker.extract.judgments",
    "status": "tracker.extract.status_rules",
}


def check_all() -> dict[str, tuple[int, list[str]]]:
    """Examples run and failures, per rule file."""
    results: dict[str, tuple[int, list[str]]] = {}
    for name, module in CHECKERS.items():
        mod = importlib.import_module(module)
        results[name] = mod.check_rules()
    return results
