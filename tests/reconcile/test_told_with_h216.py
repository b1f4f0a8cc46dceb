"""Session 27 (h216): a previous value is the old side of the change its own sentence tells,
so two articles' previous values tie (`same_new`, `same_step` in 07_claim_pairs.sql) only
through the new values their sentences move them to. Hand-made rows; the sentences are
ours."""

from tests.reconcile.stage import D, insert, run

PREV = {"fact_id": "f", "status": "previous", "is_prev": True, "in_seq": False,
        "epoch": None}
NEW = {"fact_id": "f", "is_change": True, "change_word": "cut", "status": "in_effect"}


def _ties(con):
    return {(r["ca"], r["cb"]): r["tie"] for r in run(con, "07_claim_pairs.sql") if r["tie"]}


def _told(con, article: str, **sentences: list[str]) -> None:
    """Give an article's hand-made claims their sentences (05's `sentence_key`):
    ``s1=["pa", "na"]`` puts both in one sentence."""
    for n, ids in enumerate(sentences.values(), start=1):
        con.execute("UPDATE fact_claims SET sentence_key = ? WHERE article = ? AND "
                    "list_contains(?, claim_id)", [ord(article) * 100 + n, article, ids])


def _wire(con):
    """Article b, a wire of Nov. 5: "Washington halves the levy from Nov. 10, which takes the
    total down to 20% from 30%." (both on the fact's key, one sentence; the new value
    scheduled)."""
    insert(con, "fact_claims",
           {"claim_id": "pb", "article": "b", "value": 30, "seq_date": D("2025-11-05"), **PREV},
           {"claim_id": "nb", "article": "b", "value": 20, "seq_date": D("2025-11-05"),
            "epoch": 1, **{**NEW, "status": "scheduled"}})
    _told(con, "b", s1=["pb", "nb"])


def test_an_old_value_whose_sentence_moves_it_nowhere_on_the_fact_ties_nothing(con):
    """Article a, a live blog: "The levy is now 10%, down from 20%." keys its "from 20%" to
    the total too (the 10% went to the levy's own key), and its next sentence says "the
    total is now 20%". A move from 20% to 20% is none: a's 20% is another fact's old value,
    no second account of the total before the wire's change."""
    _wire(con)
    insert(con, "fact_claims",
           {"claim_id": "pa", "article": "a", "value": 20, "seq_date": D("2025-11-10"), **PREV},
           {"claim_id": "na", "article": "a", "value": 20, "seq_date": D("2025-11-10"),
            "epoch": 1, **NEW})
    _told(con, "a", s1=["pa"], s2=["na"])
    assert _ties(con) == {}


def test_an_old_value_ties_through_its_own_sentences_new_value(con):
    """The same blog telling "the total is now 20%, down from 25%" in one sentence: 25% and
    the wire's 30% are two accounts of the total before one change to 20%."""
    _wire(con)
    insert(con, "fact_claims",
           {"claim_id": "pa", "article": "a", "value": 25, "seq_date": D("2025-11-10"), **PREV},
           {"claim_id": "na", "article": "a", "value": 20, "seq_date": D("2025-11-10"),
            "epoch": 1, **NEW})
    _told(con, "a", s1=["pa", "na"])
    assert _ties(con) == {("pa", "pb"): "same_new"}


def test_an_old_value_of_another_move_does_not_tie_through_a_later_sentence(con):
    """A column: "the older duties run from 7.5% to 25%" (read as a move from 7.5% to 25%)
    and, paragraphs on, "the levy's total drops to 20%". Its 7.5% is the old side of the
    move to 25%, which the wire does not tell: no account of the wire's period before 20%."""
    _wire(con)
    insert(con, "fact_claims",
           {"claim_id": "pa", "article": "a", "value": 7.5, "seq_date": D("2025-11-08"),
            **PREV},
           {"claim_id": "na", "article": "a", "value": 25, "seq_date": D("2025-11-08"),
            "epoch": 1, **NEW},
           {"claim_id": "na2", "article": "a", "value": 20, "seq_date": D("2025-11-08"),
            "epoch": 1, **NEW})
    _told(con, "a", s1=["pa", "na"], s2=["na2"])
    assert _ties(con) == {}


def test_an_old_value_whose_own_move_is_paused_ties_through_the_state_kept(con):
    """A notice: "the rise from 10% to 34% is suspended for a year" and, in its next
    sentence, "the 10% stays". Its sentence's one move did not come, so the 10% kept is the
    state after the change; the wire's "cut from 34% to 10%" tells the same change, and its
    34% and the notice's 10% are two accounts of the rate before it."""
    insert(con, "fact_claims",
           {"claim_id": "pb", "article": "b", "value": 34, "seq_date": D("2025-11-04"), **PREV},
           {"claim_id": "nb", "article": "b", "value": 10, "seq_date": D("2025-11-04"),
            "epoch": 1, **{**NEW, "status": "agreed"}},
           {"claim_id": "pa", "article": "a", "value": 10, "seq_date": D("2025-11-06"), **PREV},
           {"claim_id": "na", "article": "a", "value": 34, "seq_date": D("2025-11-06"),
            "epoch": 1, **{**NEW, "status": "paused"}},
           {"claim_id": "na2", "article": "a", "value": 10, "seq_date": D("2025-11-06"),
            "epoch": 1, **NEW})
    _told(con, "b", s1=["pb", "nb"])
    _told(con, "a", s1=["pa", "na"], s2=["na2"])
    assert _ties(con) == {("pa", "pb"): "same_new"}
