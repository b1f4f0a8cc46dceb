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

from tracker import lexicon
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
from tracker.reconcile.reference import REFERENCE_COLUMNS, reference_frame

#: a country, product or measure as facts key it (the one lexicon: tracker/lexicon.py)
norm_country = lexicon.country_code
norm_product = lexicon.product
norm_measure = lexicon.measure
country_aliases = lexicon.country_aliases

__all__ = [
    "CONFLICT_METRICS", "CURRENT_COLUMNS", "FLOW_METRICS", "LEVY_METRICS", "PARAMS",
    "REFERENCE_COLUMNS", "REF_LEAD_DAYS", "REF_SLACK_DAYS", "STAGES",
    "STOCK_METRICS", "TOTAL_DAYS", "WINDOW_DAYS", "country_aliases", "current", "has_tables",
    "norm_country", "norm_measure", "norm_product", "rebuild", "reference_frame", "run_stage",
]
