"""05_fact_claims.sql (h201): a change cue that is a word of a name ("the chart shown in the
Rose Garden put Ruritania at 36%") tells no change: the rate is not a later epoch than the
figures of its article, so it does not outrank them as the latest state."""

from tests.reconcile.stage import D, insert, run

F = {"fact_id": "f", "metric": "tariff_rate", "imposer": "US", "target": "RU",
     "product": "all", "measure": "reciprocal"}
DAY = D("2025-10-27")


def _claim(con, sentence: str, quote: str) -> dict:
    insert(con, "_rc_flags",
           {"claim_id": "c", "article": "a", "value": 36, "status": "in_effect",
            "change_word": "rose", "sentence": sentence, "quote": quote,
            "quote_start": sentence.find(quote), "as_of": DAY, **F})
    (row,) = run(con, "05_fact_claims.sql")
    return row


def test_a_cue_inside_a_name_is_no_change(con):
    text = "The chart shown in the Rose Garden put Ruritania at 36%."
    assert not _claim(con, text, "Ruritania at 36%")["is_change"]


def test_the_verb_is_still_a_change(con):
    text = "The levy on Ruritanian goods rose sharply, and they pay 36% now."
    assert _claim(con, text, "36%")["is_change"]
