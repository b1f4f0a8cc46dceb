"""05_fact_claims.sql (h201): a rate its sentence tells in effect as a state already holding
("the 22% charged since March", "still pays 22%") does not take its article's one start
when that start is after the article appeared: the start is the new rate's ("will pay 12%
from Oct. 3"). A rate told in effect with no such word keeps taking it (a present "face"
of a total that starts with the new rate)."""

from tests.reconcile.stage import D, insert, run

F = {"fact_id": "f", "metric": "tariff_rate", "imposer": "US", "target": "PE",
     "product": "autos", "measure": "section_232"}
DAY = D("2025-09-05")
NEW = "Peruvian cars will pay 12% from Oct. 3."


def _article(con, kept: str) -> dict[str, dict]:
    """The new rate, its start and a sentence about the old one (`kept`)."""
    insert(con, "_rc_flags",
           {"claim_id": "new", "article": "a", "value": 12, "status": "scheduled",
            "sentence": NEW, "quote_start": 20, "as_of": DAY, **F},
           {"claim_id": "start", "article": "a", "metric": "effective_date", "unit": "date",
            "date_value": D("2025-10-03"), "v": 20364.0, "status": "scheduled",
            "sentence": NEW, "quote_start": 30, "as_of": DAY,
            **{k: v for k, v in F.items() if k not in ("metric", "fact_id")},
            "fact_id": "g"},
           {"claim_id": "old", "article": "a", "value": 22, "status": "in_effect",
            "sentence": kept, "quote_start": 60, "as_of": DAY, **F})
    return {r["claim_id"]: r for r in run(con, "05_fact_claims.sql")}


def test_a_rate_told_holding_keeps_no_later_start(con):
    got = _article(con, "The new rate replaces the 22% charged since March.")
    assert got["old"]["effective"] is None and got["old"]["date"] == DAY
    assert got["new"]["effective"] == D("2025-10-03")


def test_a_rate_told_in_effect_without_a_holding_word_takes_the_start(con):
    got = _article(con, "With the other duty, Peruvian cars face 22% at the border.")
    assert got["old"]["effective"] == D("2025-10-03")
