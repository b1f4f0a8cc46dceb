"""report.rates_table_text (the cells made by DuckDB: report_sql/rates_table.sql) prints the
rates table exactly as render_report prints rates_rows(detail=False), at every width (cut
cells included), filter and date, on a database with missing key parts, a date value, an
amount, a conflict and several metrics."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.report import scenario
from tests.report.test_report_rows import mixed, rdb  # noqa: F401 - fixtures
from tracker import report

CALLS = [
    {}, {"as_of": "2025-05-01"}, {"as_of": "2025-09-01"}, {"as_of": "1899-06-01"},
    {"target": "South Korea"}, {"product": "cars"}, {"measure": "reciprocal"},
    {"target": "Narnia"}, {"metric": "investment"}, {"metric": "effective_date"},
    {"metric": None}, {"metric": None, "as_of": "2025-06-01"},
]


@pytest.mark.parametrize("db", ["rdb", "mixed"])
@pytest.mark.parametrize("width", [40, 62, 80, 200])
def test_the_cells_table_is_the_rows_table(request, db: str, width: int) -> None:
    path: Path = request.getfixturevalue(db)
    shown = 0
    with scenario.read_only(path) as con:
        for call in CALLS:
            want = report.render_report(report.rates_rows(con, detail=False, **call),
                                        report.RATES_COLUMNS, "table", "Rates", width=width)
            got = report.rates_table_text(con, "Rates", width, **call)
            assert got == want, call
            shown += got.count("\n")
    assert shown > 20
