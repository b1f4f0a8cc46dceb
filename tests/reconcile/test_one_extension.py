"""07_claim_pairs.sql (h133): one extension of a pause told twice with two lengths.

Each article states the extension as a change, so each starts an epoch of its own and the
publication window never paired them: "extended the truce by 90 days" and, days later,
"the truce was extended for another 60 days" are two lengths of the same extension, a
disagreement, not a second extension.
"""

from tests.reconcile.stage import D, conflict_values, insert

PAUSE = {"fact_id": "p", "metric": "pause_length", "unit": "day", "kind": "duration",
         "status": "in_effect", "is_change": True, "change_word": "extended", "h": 0.5}


def _two(con, second_day, **extra_b):
    insert(con, "facts", {"fact_id": "p", "metric": "pause_length", "unit": "day",
                          "imposer": "US", "target": "PE", "product": "all",
                          "measure": "reciprocal"})
    insert(con, "fact_claims",
           {**PAUSE, "claim_id": "a", "article": "a", "value": 90, "epoch": 1,
            "seq_date": D("2025-08-12")},
           {**PAUSE, "claim_id": "b", "article": "b", "value": 60, "epoch": 2,
            "seq_date": D(second_day), **extra_b})


def test_one_extension_told_with_two_lengths_is_a_conflict(con):
    _two(con, "2025-08-16", date_inferred=True)
    assert conflict_values(con) == {(60, 90)}


def test_extensions_months_apart_are_two_extensions(con):
    _two(con, "2025-11-10")
    assert conflict_values(con) == set()


def test_an_article_telling_both_lengths_tells_two_extensions(con):
    _two(con, "2025-08-16")
    insert(con, "fact_claims",
           {**PAUSE, "claim_id": "b2", "article": "b", "value": 90, "epoch": 1,
            "is_change": False, "seq_date": D("2025-08-16")})
    assert (60, 90) not in conflict_values(con)
