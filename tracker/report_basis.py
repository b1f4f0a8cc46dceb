"""Reports over the statistics kept apart (docs/reconciliation.md, "Statistics kept apart").

- all_in: per US partner and product, the stacked additional rate, its components and
  where each comes from (news or an official row), and the latest stated all-in figure
  against the official sum on its date (table ``all_in_rates``);
- different_basis: pairs of figures that measure different things (an all-in rate and one
  of its components; a deficit and the mirror surplus), side by side (``different_basis``).

Databases reconciled before these tables existed give empty reports (run ``tracker
reconcile`` to make them).
"""

from __future__ import annotations

from typing import Any

import duckdb
import pandas as pd

from tracker import lexicon
from tracker.render import records, scalar, text, vertical
from tracker.store import table_exists

ALL_IN_COLUMNS = ["imposer", "target", "product", "all_in", "basis", "as_of", "components",
                  "stated_value", "stated_date", "stated_article", "stated_source",
                  "stated_official", "agrees", "reason"]
BASIS_COLUMNS = ["kind", "metric", "imposer", "target", "product", "unit", "period", "values",
                 "basis_a", "basis_b", "articles_a", "articles_b", "sources_a", "sources_b",
                 "first_date", "last_date", "agrees", "reason"]
#: the columns a terminal table shows (the machine formats print them all)
TABLE_COLUMNS = {
    "all_in": ["target", "product", "all_in", "stated_value", "agrees", "reason"],
    "different_basis": ["kind", "target", "product", "values", "articles_a", "articles_b",
                        "reason"],
}


def _select(con: duckdb.DuckDBPyConnection, table: str, columns: list[str],
            filters: dict[str, str | None]) -> pd.DataFrame:
    if not table_exists(con, table):
        return pd.DataFrame({c: pd.Series(dtype="object") for c in columns})
    where = [(c, v) for c, v in filters.items() if v]
    sql = "SELECT " + ", ".join(f'"{c}"' for c in columns) + f" FROM {table}"
    if where:
        sql += " WHERE " + " AND ".join(f"{c} = ?" for c, _ in where)
    df = con.execute(sql + " ORDER BY ALL", [v for _, v in where]).df()
    return df.map(scalar) if not df.empty else df


def all_in(con: duckdb.DuckDBPyConnection, target: str | None = None,
           product: str | None = None) -> pd.DataFrame:
    """The stacked US rate per partner and product (filters go through the lexicon)."""
    return _select(con, "all_in_rates", ALL_IN_COLUMNS,
                   {"target": lexicon.country_code(target), "product": lexicon.product(product)})


def different_basis(con: duckdb.DuckDBPyConnection, target: str | None = None,
                    product: str | None = None, kind: str | None = None) -> pd.DataFrame:
    """Pairs of figures on different bases, each side with its articles."""
    return _select(con, "different_basis", BASIS_COLUMNS,
                   {"target": lexicon.country_code(target), "product": lexicon.product(product),
                    "kind": kind.strip().lower() if kind else None})


def as_text(df: pd.DataFrame, report: str, title: str, width: int = 80) -> str:
    """The terminal form: one block per row (the reasons are long sentences, which a
    one-line table would cut), the columns of TABLE_COLUMNS."""
    if df.empty:
        return f"{title}: none"
    cols: list[Any] = TABLE_COLUMNS[report]
    rows = [[text(r.get(c)) for c in cols] for r in records(df[cols])]
    return vertical(rows, cols, width, title)
