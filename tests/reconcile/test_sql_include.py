"""Shared SQL fragments (driver.sql's INCLUDE mark): the pauses the current values' rules
read and 15b's breakpoints of them are one text, put into both queries."""

from tracker.reconcile import driver


def test_the_pause_fragments_are_put_into_the_rules_and_their_breakpoints() -> None:
    for fragment in ("pause_claims.sql", "held_claims.sql"):
        body = driver.sql(fragment)
        for file in (driver.CURRENT_FILE, driver.INTERVALS_FILE):
            text = driver.sql(file)
            assert body in text, (fragment, file)
            assert "/*INCLUDE" not in text


def test_an_include_mark_is_replaced_by_the_fragment_text() -> None:
    marked = "WITH p AS (\n/*INCLUDE held_claims.sql*/\n) SELECT * FROM p"
    got = driver.INCLUDE_MARK.sub(lambda m: driver.sql(m.group(1)), marked)
    assert got == "WITH p AS (\n" + driver.sql("held_claims.sql") + "\n) SELECT * FROM p"
