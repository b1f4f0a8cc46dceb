"""A change cue a sentence spends on a rate before an amount tells no change of the pledge
(05_fact_claims.sql `changed`, h291), and a yearly cap named right after an amount is a
pace (04_claim_flags.sql `pace`, h291).

"Car duties drop to 15%, and the $400 billion splits into $250 billion of cash and $150
billion for yards" tells the rate's move, not a change of the pledge, so an undated
article's same pledge is still compared with the dated ones (05 `undated_pledge` reads
whether any article tells the pledge changed; the amounts' epochs are left as they
were). A figure named as "the $25 billion annual limit" is a yearly cap, so it pairs with
no plain total (07 `paces`).
"""

from tests.reconcile.stage import D, insert, run

PLEDGE = {"fact_id": "f", "metric": "investment", "imposer": "RU", "target": "US",
          "product": None, "measure": None, "unit": "USD", "kind": "amount",
          "status": "agreed", "as_of": D("2025-11-14")}


def _undated(con, sentence: str, quote: str, change: str) -> bool:
    """The dated article's amount told in `sentence`; whether the undated article's same
    pledge is still compared (`undated_pledge`)."""
    insert(con, "_rc_flags",
           {**PLEDGE, "claim_id": "c", "article": "a", "value": 150e9,
            "change_word": change, "sentence": sentence, "quote": quote,
            "quote_start": sentence.find(quote)},
           {**PLEDGE, "claim_id": "u", "article": "u", "value": 200e9, "as_of": None,
            "change_word": "", "sentence": "Ruritania puts $200 billion into the fund.",
            "quote": "$200 billion", "quote_start": 17})
    got = {r["claim_id"]: r for r in run(con, "05_fact_claims.sql")}
    return got["u"]["undated_pledge"]


def test_a_rate_cue_before_an_amount_tells_no_change_of_the_pledge(con):
    text = ("Car duties drop to 15 per cent from Monday, and the $400 billion splits into "
            "$250 billion of cash and $150 billion for yards.")
    assert _undated(con, text, "$150 billion", "drop")


def test_the_amounts_own_cue_still_tells_a_change(con):
    """Guards: the cue leads the figure in ("raised ... to"), or no rate stands between."""
    text = "Ruritania raised its pledge to $150 billion, officials said."
    assert not _undated(con, text, "$150 billion", "raised")


def test_a_cue_with_no_rate_between_still_tells_a_change(con):
    text = "The fund was cut sharply this week: $150 billion now remains."
    assert not _undated(con, text, "$150 billion", "cut")


def _pace(con, sentence: str, quote: str) -> bool:
    insert(con, "_rc_totalled",
           {"claim_id": "p", "article": "a", "kind": "amount", "metric": "investment",
            "unit": "USD", "value": 25e9, "imposer": "RU", "target": "US",
            "as_of": D("2025-12-01"), "quote": quote, "sentence": sentence})
    (row,) = run(con, "04_claim_flags.sql")
    return row["pace"]


def test_an_annual_limit_named_after_the_figure_is_a_pace(con):
    assert _pace(con, "Payments start next year, within the $25 billion annual limit.",
                 "$25 billion")


def test_an_annual_figure_of_another_kind_is_no_pace(con):
    """Guard: "annual" before another noun ("$25 billion annual exports") is a flow's
    year, left to the flow's period."""
    assert not _pace(con, "It counts $25 billion annual exports to the US.", "$25 billion")
