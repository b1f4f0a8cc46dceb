"""Session 28 (h224): a previous value told as a proposal ("instead of the 30% threatened
for Aug. 1", "against the 20% announced in April") is one of several stages that may come
before a settlement, so two articles' old values of one new value tie (`same_new`,
`lone_prev` in 07_claim_pairs.sql) only when neither is told so. Hand-made rows; the
sentences are ours."""

import pytest

from tests.reconcile.stage import D, insert, run

PREV = {"fact_id": "f", "status": "previous", "is_prev": True, "in_seq": False,
        "epoch": None}
NEW = {"fact_id": "f", "is_change": True, "change_word": "cut", "status": "agreed"}


def _ties(con):
    return {(r["ca"], r["cb"]): r["tie"] for r in run(con, "07_claim_pairs.sql") if r["tie"]}


def _article(con, art: str, day: str, old: float, sentence: str, old_quote: str) -> None:
    """An article telling Peru's rate settled at 12% from `old`, both in `sentence`."""
    insert(con, "fact_claims",
           {"claim_id": "p" + art, "article": art, "value": old, "seq_date": D(day),
            "sentence_key": ord(art), **PREV},
           {"claim_id": "n" + art, "article": art, "value": 12, "seq_date": D(day),
            "sentence_key": ord(art), "epoch": 1, **NEW})
    insert(con, "claims",
           {"claim_id": "p" + art, "article": art, "kind": "rate", "status": "previous",
            "sentence": sentence, "quote": old_quote},
           {"claim_id": "n" + art, "article": art, "kind": "rate", "status": "agreed",
            "sentence": sentence, "quote": "12%"})


@pytest.mark.parametrize(("old", "sentence"), [
    # a wire: the threat and the rate charged (the digest) are two stages before the deal,
    # not two accounts of one
    (25, "Peruvian goods will pay 12% under the deal, instead of the 25% threatened for June 1."),
    # "... against the 20% Washington had announced in March" is a proposal too
    (20, "Peru's goods face 12% from July, against the 20% Washington had announced in March."),
], ids=["threatened", "announced"])
def test_an_old_value_told_as_a_proposal_ties_nothing(con, old: float, sentence: str):
    """An old value told as a threat or an announcement ties no other report's old value of
    the same new value (a digest: "Peru settles at 12%, down from the 18% it was charged")."""
    _article(con, "a", "2025-06-20", old, sentence, f"{old}%")
    _article(con, "b", "2025-06-22",
             18, "Peru settles at 12%, down from the 18% it was charged.", "18%")
    assert _ties(con) == {}


def test_two_old_values_told_as_rates_charged_still_tie(con):
    """"cut to 12% from 25%" beside "down from the 18% it was charged": two accounts of the
    rate before one change, which may disagree."""
    _article(con, "a", "2025-06-20",
             25, "Washington cut the duty on Peruvian goods to 12% from 25%.", "25%")
    _article(con, "b", "2025-06-22",
             18, "Peru settles at 12%, down from the 18% it was charged.", "18%")
    assert _ties(con) == {("pa", "pb"): "same_new"}
