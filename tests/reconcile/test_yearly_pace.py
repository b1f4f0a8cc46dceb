"""A yearly pace beside a total (h186-1 again, h200-3, carried as a column by h208-3).

04_claim_flags.sql (`pace`, rules/lexicon.toml [per_year]) reads once whether an amount is
told as a yearly pace right after the figure ("roughly $40 billion a year"); in
07_claim_pairs.sql (`paces`) such an amount is neither a part of the total its article also
states nor a figure that agrees or disagrees with a plain one: another article's plain
figure equal to the pace does not excuse its disagreement with the total.

15_current_rules.sql (`sided`): once that conflict is open, an article on one side of it
votes for that side only, so the pace does not vote for the other side's value.
"""

from typing import Any

from tests.reconcile.stage import D, insert, run

KEY = {"fact_id": "f", "metric": "purchase_pledge", "imposer": "EU", "target": "US",
       "product": "energy", "measure": None, "unit": "USD", "kind": "amount",
       "h": 0.5e9}
TOTAL = ("The bloc will buy $120 billion of American fuel over three years, roughly "
         "$40 billion a year.")
PLAIN = "Brussels pledged to buy $40 billion of US fuel."


def _rows(con: Any) -> None:
    insert(con, "facts", {k: KEY[k] for k in ("fact_id", "metric", "imposer", "target",
                                              "product", "measure", "unit")})
    insert(con, "fact_claims",
           {**KEY, "claim_id": "a1", "article": "a", "value": 120e9, "quote": "$120 billion",
            "seq_date": D("2025-08-01"), "quote_start": 13},
           {**KEY, "claim_id": "a2", "article": "a", "value": 40e9, "quote": "$40 billion",
            "seq_date": D("2025-08-01"), "quote_start": 70, "h": 1e9, "hedge": "roughly",
            "pace": True},
           {**KEY, "claim_id": "b1", "article": "b", "value": 40e9, "quote": "$40 billion",
            "seq_date": D("2025-08-05")})
    insert(con, "claims",
           {"claim_id": "a1", "article": "a", "metric": "purchase_pledge",
            "quote": "$120 billion", "sentence": TOTAL},
           {"claim_id": "a2", "article": "a", "metric": "purchase_pledge", "quote": "$40 billion",
            "sentence": TOTAL},
           {"claim_id": "b1", "article": "b", "metric": "purchase_pledge", "quote": "$40 billion",
            "sentence": PLAIN})


def test_a_pace_excuses_no_disagreement_about_the_total(con: Any) -> None:
    _rows(con)
    run(con, "07_claim_pairs.sql")
    got = {(r["value_a"], r["value_b"]) for r in run(con, "08_pair_groups.sql")
           if r["kind"] == "conflict"}
    assert got == {(40e9, 120e9)}


def test_the_pace_casts_no_vote_for_the_other_side(con: Any) -> None:
    """The plain $40 billion told three weeks before the total with its pace, the two in
    an open conflict: the total stands, one article against one, the latest (the pace's
    article is on the total's side, so its pace is no second vote for $40 billion)."""
    _rows(con)
    con.execute("UPDATE fact_claims SET seq_date = DATE '2025-07-10', seq_key = DATE "
                "'2025-07-10', date = DATE '2025-07-10', as_of = DATE '2025-07-10' "
                "WHERE article = 'b'")
    insert(con, "conflicts",
           {"kind": "conflict", "fact_id": "f", "metric": "purchase_pledge", "unit": "USD",
            "value_a": 40e9, "value_b": 120e9, "claim_ids": ["b1", "a1"],
            "first_date": D("2025-07-10"), "last_date": D("2025-08-01")})
    (cur,) = run(con, "15_current_values.sql", as_of=D("2025-09-01"))
    assert (cur["value"], cur["article"]) == (120e9, "a")


def test_the_pace_is_read_once_from_the_words_after_the_figure(con: Any) -> None:
    """04 marks the amount followed by "a year", not the total before "over three years",
    nor a rate."""
    row = {"kind": "amount", "metric": "purchase_pledge", "unit": "USD", "imposer": "EU",
           "target": "US", "product": "energy", "article": "a", "sentence": TOTAL}
    insert(con, "_rc_totalled",
           {**row, "claim_id": "a1", "value": 120e9, "quote": "$120 billion"},
           {**row, "claim_id": "a2", "value": 40e9, "quote": "$40 billion"},
           {**row, "claim_id": "r", "kind": "rate", "metric": "tariff_rate",
            "unit": "percent", "value": 15, "quote": "15%",
            "sentence": "Fuel pays 15% a year after the deal."})
    got = {r["claim_id"]: r["pace"] for r in run(con, "04_claim_flags.sql")}
    assert got == {"a1": False, "a2": True, "r": False}
