"""Session 26 (h208): pairs 07_claim_pairs.sql and 08_pair_groups.sql no longer take for a
disagreement, each on a few hand-made rows."""

from tests.reconcile.stage import D, insert, run

PREV = {"fact_id": "f", "status": "previous", "is_prev": True, "in_seq": False,
        "epoch": None}
NEW = {"fact_id": "f", "is_change": True, "change_word": "cut", "status": "in_effect"}


def _ties(con):
    return {(r["ca"], r["cb"]): r["tie"] for r in run(con, "07_claim_pairs.sql") if r["tie"]}


def test_an_old_value_that_is_the_other_articles_new_value_is_no_rival(con):
    """Article a tells the levy dropping to 10% and (a slip of its key) a total "to 20% from
    30%"; article b says it rose "from 10% to 20%". They share the new value 20%, but b's
    old 10% is a's new value: b tells the change the other way round, so its 10% and a's 30%
    are not two accounts of the value before one change."""
    insert(con, "fact_claims",
           {"claim_id": "na1", "article": "a", "value": 10, "seq_date": D("2025-11-10"), **NEW},
           {"claim_id": "na2", "article": "a", "value": 20, "seq_date": D("2025-11-10"), **NEW},
           {"claim_id": "pa", "article": "a", "value": 30, "seq_date": D("2025-11-10"), **PREV},
           {"claim_id": "pb", "article": "b", "value": 10, "seq_date": D("2025-11-14"), **PREV},
           {"claim_id": "nb", "article": "b", "value": 20, "seq_date": D("2025-11-14"),
            "epoch": 1, **NEW})
    assert _ties(con) == {}


def test_a_new_value_in_common_still_ties_two_old_values(con):
    """The same two articles without a's second new value: 30% and 10% before one change
    to 20% are two accounts of the period before it (`same_new`)."""
    insert(con, "fact_claims",
           {"claim_id": "na", "article": "a", "value": 20, "seq_date": D("2025-11-10"), **NEW},
           {"claim_id": "pa", "article": "a", "value": 30, "seq_date": D("2025-11-10"), **PREV},
           {"claim_id": "pb", "article": "b", "value": 10, "seq_date": D("2025-11-14"), **PREV},
           {"claim_id": "nb", "article": "b", "value": 20, "seq_date": D("2025-11-14"),
            "epoch": 1, **NEW})
    assert _ties(con) == {("pa", "pb"): "same_new"}


LUMBER = {"imposer": "US", "target": "*", "product": "lumber", "measure": "section_232"}


def _claims(con, *rows):
    """Rows of `claims` (article, sentence, key) for the sentence check of 08."""
    insert(con, "claims", *({"kind": "rate", "metric": "tariff_rate", "unit": "percent",
                             **r} for r in rows))


def _lumber_pair(con, mate_value):
    """Article a says timber is charged 10% under the duty; article b's sentence gives 30%
    of other duties (read as that duty) "on top of" a charge of it, keyed to one partner and
    no goods."""
    b_says = ("Timber owes some 30% in dumping and subsidy duties on top of a "
              f"{mate_value}% Section 232 charge.")
    insert(con, "facts", {"fact_id": "f", "metric": "tariff_rate", "unit": "percent",
                          **LUMBER})
    insert(con, "fact_claims",
           {"claim_id": "a", "article": "a", "value": 10, "fact_id": "f",
            "status": "in_effect", "seq_date": D("2025-10-20"), **LUMBER},
           {"claim_id": "b", "article": "b", "value": 30, "fact_id": "f",
            "status": "in_effect", "seq_date": D("2025-10-22"), **LUMBER},
           {"claim_id": "m", "article": "b", "value": mate_value, "fact_id": "g",
            "status": "in_effect", "seq_date": D("2025-10-22"), "imposer": "US",
            "target": "PE", "product": None, "measure": "section_232"})
    _claims(con,
            {"claim_id": "a", "article": "a", "value": 10,
             "sentence": "Sawn timber is charged 10% under the duty.", **LUMBER},
            {"claim_id": "b", "article": "b", "value": 30, "sentence": b_says, **LUMBER},
            {"claim_id": "m", "article": "b", "value": mate_value, "sentence": b_says,
             "imposer": "US", "target": "PE", "measure": "section_232"})
    run(con, "07_claim_pairs.sql")
    return {r["kind"] for r in run(con, "08_pair_groups.sql")}


def test_a_sentence_that_states_the_other_sides_value_beside_its_own_is_no_rival(con):
    assert _lumber_pair(con, 10) == set()


def test_a_sentence_with_another_value_beside_its_own_still_disagrees(con):
    assert _lumber_pair(con, 12) == {"conflict"}


def test_an_old_value_the_other_article_gives_pending_or_paused_still_ties(con):
    """"From 34% to 10%" (agreed) and "from 10%, kept at 10%, the 34% still suspended": b's
    old 10% is a's agreed new value and a's old 34% is b's paused one, but neither is a
    state in effect to move from: the two old values are two accounts of the rate before
    the change."""
    insert(con, "fact_claims",
           {"claim_id": "na", "article": "a", "value": 10, "seq_date": D("2025-11-04"),
            **{**NEW, "status": "agreed"}},
           {"claim_id": "pa", "article": "a", "value": 34, "seq_date": D("2025-11-04"), **PREV},
           {"claim_id": "pb", "article": "b", "value": 10, "seq_date": D("2025-11-06"), **PREV},
           {"claim_id": "nb", "article": "b", "value": 10, "seq_date": D("2025-11-06"),
            "epoch": 1, **NEW},
           {"claim_id": "nb2", "article": "b", "value": 34, "seq_date": D("2025-11-06"),
            "epoch": 1, **{**NEW, "status": "paused"}})
    assert _ties(con) == {("pa", "pb"): "same_new"}
