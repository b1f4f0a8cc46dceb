"""Reconciliation: claims -> facts, timelines, current values, updates and conflicts.

Set-based DuckDB SQL over the ``claims`` and ``articles`` tables, one readable ``.sql`` file
per stage under ``tracker/reconcile/sql`` (run in order by ``driver.py``, parameters bound).
The rules (fact key, null attributes, periods, updates vs conflicts, precision, the official
cross-check, current values) and the stage files are described once, in
docs/reconciliation.md.

``rebuild(con)`` (re)creates ``fact_claims``, ``facts``, ``conflicts``, ``consistent``,
``updates``, ``fact_timeline`` (a view), ``current_values`` and ``reference`` inside the
caller's transaction; ``current(con, as_of=...)`` computes the current values for any date.
"""

from __future__ import annotations

from typing import Any

from tracker.models import FLOW_METRICS
from tracker.reconcile.driver import (
    CONFLICT_METRICS,
    CURRENT_COLUMNS,
    LEVY_METRICS,
    PARAMS,
    REF_LEAD_DAYS,
    REF_SLACK_DAYS,
    STAGES,
    STOCK_METRICS,
    TOTAL_DAYS,
    WINDOW_DAYS,
    current,
    has_tables,
    rebuild,
    run_stage,
)

#: a country, product or measure as facts key it (the one lexicon: tracker/lexicon.py), and
#: the official table: loaded when first named (the lexicon loads pycountry, ~0.1 s that
#: `tracker rates` does not need)
_LAZY = {"norm_country": ("tracker.lexicon", "country_code"),
         "norm_product": ("tracker.lexicon", "product"),
         "norm_measure": ("tracker.lexicon", "measure"),
         "country_aliases": ("tracker.lexicon", "country_aliases"),
         "REFERENCE_COLUMNS": ("tracker.reconcile.reference", "REFERENCE_COLUMNS"),
         "reference_frame": ("tracker.reconcile.reference", "reference_frame")}


def __getattr__(name: str) -> Any:
    if name not in _LAZY:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    module, attr = _LAZY[name]
    value = getattr(importlib.import_module(module), attr)
    globals()[name] = value
    return value

__all__ = [
    "CONFLICT_METRICS", "CURRENT_COLUMNS", "FLOW_METRICS", "LEVY_METRICS", "PARAMS",
    "REFERENCE_COLUMNS", "REF_LEAD_DAYS", "REF_SLACK_DAYS", "STAGES",
    "STOCK_METRICS", "TOTAL_DAYS", "WINDOW_DAYS", "country_aliases", "current", "has_tables",
    "norm_country", "norm_measure", "norm_product", "rebuild", "reference_frame", "run_stage",
]
