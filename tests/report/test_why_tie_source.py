"""report.explain: a value chosen in a tie of sources that the official table breaks names
its own report, as the other readings of `why` do (issue 13 item 6; h256)."""

from tracker import report


def test_an_official_tie_break_names_the_chosen_report():
    """One article says 25%, another 20%; the official table has 25%: the line names the
    25%'s article and date, not only the outranked one's."""
    row = {"unit": "percent", "value": 25, "sources": 1, "status": "in_effect",
           "source": "Harbor Wire", "article": "a1", "rule": None, "conflict": True}
    deciding = {"source": "Harbor Wire", "published": "2025-11-04", "status": "in_effect"}
    rivals = [{"rv": 25, "n": 1, "official": True, "sources": ["Harbor Wire"]},
              {"rv": 20, "n": 1, "official": False, "sources": ["Pacific Ledger"]}]
    why = report.explain(row, 25.0, deciding, rivals, None)
    assert "broken by the official table (Harbor Wire, 2025-11-04)" in why
    assert "outranked 20% from 1 (Pacific Ledger)" in why
