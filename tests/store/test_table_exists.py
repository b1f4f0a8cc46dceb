"""store.table_exists: the stored tables and views of the open database, not a connection's
temporary objects (as_of_scope shadows the stored evidence order with a temporary one)."""

import duckdb

from tracker.store import table_exists


def test_stored_tables_and_views_exist_temporary_ones_do_not(tmp_path):
    con = duckdb.connect(str(tmp_path / "t.duckdb"))
    con.execute("CREATE TABLE kept (x INTEGER)")
    con.execute("CREATE VIEW shown AS SELECT * FROM kept")
    con.execute("CREATE TEMP TABLE scratch (x INTEGER)")
    assert table_exists(con, "kept") and table_exists(con, "shown")
    assert not table_exists(con, "scratch")
    assert not table_exists(con, "missing")
