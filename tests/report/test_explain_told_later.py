"""report.explain (h96): a value told by a report after the date is not called the latest
report by then."""

from tracker import report


def _row(rule: str | None) -> dict:
    return {"unit": "percent", "value": 10.0, "sources": 1, "status": "in_effect",
            "source": "Ruritania Daily", "article": "a", "rule": rule, "conflict": False}


def test_a_value_told_later_says_so():
    line = report.explain(_row("a later report has this value from a start that came by "
                               "this date, after the latest report by then: in effect"),
                          10.0, None, [], None)
    assert line.startswith("10%: a report after this date (Ruritania Daily)")


def test_the_latest_report_otherwise():
    assert report.explain(_row(None), 10.0, None, [], None).startswith(
        "10%: latest report (Ruritania Daily)")
