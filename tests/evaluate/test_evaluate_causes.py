"""Why each reconciliation miss happened (tracker/evaluate_causes.py), on hand-made rows of a
reconciled database (the stage fixture of tests/reconcile): one test per cause of a missed
conflict's side and of a wrong current value, and the counts the summary gives."""

from __future__ import annotations

import json

from tests.reconcile.stage import D, con, insert  # noqa: F401  (con: the stage fixture)
from tracker import evaluate_causes as ec
from tracker.evaluate_reconcile import (
    fact_matches,
    format_report,
    same_value,
    score_reconcile,
    truth_fact,
)

KR = {"metric": "tariff_rate", "imposer": "US", "target": "KR", "product": "all",
      "measure": "reciprocal"}
CLAIM = {**KR, "fact_id": "kr", "unit": "percent"}


def sides(con, values, articles, **fact):  # noqa: F811
    """The causes of a missed conflict's sides, as (value, cause) pairs."""
    truth = truth_fact({**KR, "product": None, **fact})
    found = ec.Causes(con, same_value, fact_matches).conflict_sides(truth, values, articles)
    return [(s["value"], s["cause"]) for s in found], found


def test_a_value_no_claim_states_is_not_extracted(con):  # noqa: F811
    insert(con, "fact_claims",
           {**CLAIM, "claim_id": "a", "article": "b1", "value": 25, "seq_date": D("2025-05-01")},
           {**CLAIM, "metric": "pause_length", "unit": "day", "fact_id": "p",
            "claim_id": "p", "article": "b2", "value": 30, "seq_date": D("2025-05-01")})
    got, found = sides(con, [25, 30], ["b1", "b2"])
    assert got == [("25", ec.ON_FACT), ("30", ec.NOT_EXTRACTED)]
    assert "read as pause_length in b2" in found[1]["detail"]  # another metric says it


def test_a_value_keyed_to_another_partner_names_the_attributes_that_differ(con):  # noqa: F811
    insert(con, "fact_claims",
           {**CLAIM, "claim_id": "a", "article": "b1", "value": 25, "seq_date": D("2025-05-01")},
           {**CLAIM, "target": "JP", "fact_id": "jp", "claim_id": "j", "article": "b2",
            "value": 24, "seq_date": D("2025-05-01")})
    got, found = sides(con, [25, 24], ["b1", "b2"])
    assert got[1] == ("24", ec.OTHER_FACT)
    assert found[1]["detail"] == "target: KR vs JP (b2)"
    assert found[1]["sub"] == "target differs"


def test_a_value_only_given_as_previous_or_left_out(con):  # noqa: F811
    insert(con, "fact_claims",
           {**CLAIM, "claim_id": "p", "article": "b1", "value": 30, "status": "previous",
            "is_prev": True, "in_seq": False, "left_out": "previous value: history"},
           {**CLAIM, "claim_id": "u", "article": "b2", "value": 40, "in_seq": False,
            "left_out": "no date: no publication date (given or inferred) and no "
                        "effective date"})
    got, found = sides(con, [30, 40], ["b1", "b2"])
    assert got == [("30", ec.PREVIOUS), ("40", ec.LEFT_OUT)]
    assert found[1]["detail"].startswith("no date")
    assert (found[0]["sub"], found[1]["sub"]) == ("previous", "no date")


def test_a_pair_of_a_guessed_date_cannot_start_a_conflict(con):  # noqa: F811
    insert(con, "fact_claims",
           {**CLAIM, "claim_id": "g", "article": "b3", "value": 45, "date_inferred": True,
            "status": "proposed", "seq_date": D("2025-05-01")},
           {**CLAIM, "claim_id": "c", "article": "b4", "value": 50, "status": "proposed",
            "seq_date": D("2025-05-02")})
    got, found = sides(con, [45, 50], ["b3", "b4"])
    assert got == [("45", ec.INFERRED), ("50", ec.INFERRED)]
    assert found[0]["detail"].startswith("b3 dated by an inferred date")


def test_a_doubtful_attribution_cannot_start_a_conflict(con):  # noqa: F811
    insert(con, "fact_claims",
           {**CLAIM, "claim_id": "g", "article": "b3", "value": 45, "doubtful": True,
            "seq_date": D("2025-05-01")},
           {**CLAIM, "claim_id": "c", "article": "b4", "value": 50, "seq_date": D("2025-05-02")})
    assert sides(con, [45, 50], ["b3", "b4"])[0] == [("45", ec.DOUBTFUL), ("50", ec.DOUBTFUL)]


def test_a_pair_explained_by_status_or_raised(con):  # noqa: F811
    insert(con, "fact_claims",
           {**CLAIM, "claim_id": "s", "article": "b3", "value": 45, "status": "scheduled",
            "seq_date": D("2025-05-01")},
           {**CLAIM, "claim_id": "e", "article": "b4", "value": 50, "status": "in_effect",
            "seq_date": D("2025-05-02")},
           {**CLAIM, "claim_id": "f", "article": "b5", "value": 55, "status": "in_effect",
            "seq_date": D("2025-05-02")})
    got, found = sides(con, [45, 50], ["b3", "b4"])
    assert got == [("45", ec.JUDGED_STATUS), ("50", ec.JUDGED_STATUS)]
    assert "scheduled (b3) vs 50 in_effect (b4)" in found[0]["detail"]
    # a pair 08 would raise: the truth's fact or values differ from the raised row's
    assert sides(con, [50, 55], ["b4", "b5"])[0][0] == ("50", ec.JUDGED_CONFLICT)


def test_values_on_the_fact_never_paired_say_why(con):  # noqa: F811
    insert(con, "fact_claims",
           {**CLAIM, "claim_id": "a", "article": "b1", "value": 25, "seq_date": D("2025-03-01")},
           {**CLAIM, "claim_id": "b", "article": "b2", "value": 26, "seq_date": D("2025-06-01")},
           {**CLAIM, "claim_id": "c", "article": "b3", "value": 27, "epoch": 1,
            "seq_date": D("2025-06-02")},
           {**CLAIM, "claim_id": "d", "article": "b3", "value": 28, "seq_date": D("2025-06-02")})
    got, found = sides(con, [25, 26], ["b1", "b2"])
    assert got == [("25", ec.NEVER_PAIRED), ("26", ec.NEVER_PAIRED)]
    assert found[0]["detail"].startswith("dated 92 days apart")
    assert found[0]["sub"] == "dated too far apart"
    assert "a change told between them" in sides(con, [26, 27], ["b2", "b3"])[1][0]["detail"]
    assert sides(con, [27, 28], ["b3"])[1][0]["detail"].startswith("both values only in b3")


def test_values_judged_an_update_or_a_different_basis(con):  # noqa: F811
    insert(con, "fact_claims",
           {**CLAIM, "claim_id": "a", "article": "b1", "value": 25, "seq_date": D("2025-03-01")},
           {**CLAIM, "claim_id": "b", "article": "b2", "value": 15, "epoch": 1,
            "seq_date": D("2025-03-02")},
           {**CLAIM, "measure": "fentanyl", "fact_id": "kf", "claim_id": "f", "article": "b3",
            "value": 10, "seq_date": D("2025-03-02")})
    insert(con, "updates", {**KR, "fact_id": "kr", "unit": "percent", "from_value": 25,
                            "to_value": 15, "from_article": "b1", "to_article": "b2",
                            "reason": "25% -> 15%: the text states a change ('cut')"})
    insert(con, "different_basis", {**KR, "kind": "all_in_vs_component", "fact_id": "kr",
                                    "fact_id_b": "kf", "unit": "percent", "value_a": 25,
                                    "value_b": 10, "articles_a": ["b1"], "articles_b": ["b3"],
                                    "reason": "the all-in figure includes the component"})
    got, found = sides(con, [25, 15], ["b1", "b2"])
    assert got == [("25", ec.JUDGED_UPDATE), ("15", ec.JUDGED_UPDATE)]
    assert "the text states a change" in found[0]["detail"]
    got, _ = sides(con, [25, 10], ["b1", "b3"], measure=None)
    assert got == [("25", ec.JUDGED_BASIS), ("10", ec.JUDGED_BASIS)]


def test_each_wrong_current_value_has_one_cause_and_the_summary_counts_them(con):  # noqa: F811
    insert(con, "articles", {"id": "a1"}, {"id": "a3"})
    insert(con, "fact_claims",
           {**CLAIM, "claim_id": "a1:1", "article": "a1", "value": 26, "status": "in_effect",
            "status_rank": 5, "seq_date": D("2025-04-03"), "quote": "a 26% rate"},
           {**CLAIM, "claim_id": "a3:1", "article": "a3", "value": 15, "status": "agreed",
            "status_rank": 3, "seq_date": D("2025-07-31"), "quote": "cut to 15%"})
    base = {**KR, "type": "current", "as_of": "2025-08-05"}
    truth = [
        {**base, "value": 15, "status": "in_effect", "articles": ["a3"]},  # status wrong
        {**base, "value": 26, "status": "in_effect", "articles": ["a1"]},  # not chosen
        {**base, "value": 99, "status": "in_effect", "articles": ["a1"]},  # not extracted
        {**base, "target": "JP", "value": 26, "status": "in_effect", "articles": ["a1"]},
        {**base, "as_of": "2025-05-01", "value": 15, "status": "agreed", "articles": ["a3"]},
        {**base, "type": "conflict", "values": [26, 99], "articles": ["a1", "a3"]},
    ]
    r = score_reconcile(truth, con)
    assert (r.current_right, r.current_value_right) == (0, 1)  # scores: as before
    wrong = [m for m in r.misses if m["what"] == "current value wrong"]
    assert [m["cause"] for m in wrong] == [ec.CUR_STATUS, ec.CUR_NOT_CHOSEN,
                                           ec.CUR_NOT_EXTRACTED, ec.CUR_OTHER_FACT,
                                           ec.CUR_NOT_CHOSEN]
    assert "15 agreed in a3 (2025-07-31, after 2025-05-01" in wrong[4]["detail"]
    assert wrong[0]["detail"].startswith("truth in_effect vs tool agreed (a3")
    assert wrong[1]["detail"].startswith("tool chose 15 agreed from a3 (2025-07-31) by")
    assert "the truth's claim: 26 in_effect in a1 (2025-04-03; in comparisons)" \
        in wrong[1]["detail"]
    assert wrong[3]["detail"] == "target: JP vs KR (a1)"
    assert r.miss_causes == {
        "conflict missed": {"tariff_rate": {ec.NOT_EXTRACTED: 1}},
        "current value wrong": {"tariff_rate": {ec.CUR_NOT_CHOSEN: 2, ec.CUR_NOT_EXTRACTED: 1,
                                                ec.CUR_OTHER_FACT: 1, ec.CUR_STATUS: 1}}}
    assert r.miss_kinds["current value wrong"] == {
        f"{ec.CUR_STATUS}: in_effect vs agreed": 1,
        f"{ec.CUR_NOT_CHOSEN}: another claim chosen": 1,
        f"{ec.CUR_NOT_CHOSEN}: truth's claim after the as-of date": 1,
        f"{ec.CUR_NOT_EXTRACTED}: absent": 1, f"{ec.CUR_OTHER_FACT}: target differs": 1}
    text = format_report(r)
    assert "causes of the misses" in text and f"  1  {ec.CUR_STATUS} (tariff_rate 1)" in text
    assert "why 99: not extracted [absent]" in text and "  1  in_effect vs agreed" in text
    assert json.loads(format_report(r, "json"))["miss_causes"] == r.miss_causes


def test_an_undated_pledge_07_compares_is_on_the_fact(con):  # noqa: F811
    """(h112) An agreed pledge with no date that 07 compares all the same (05's
    `undated_pledge` flag, h121: not its reason text) is on the fact, not 'left out of
    comparisons'."""
    pledge = {"metric": "investment", "imposer": "KR", "target": "US", "product": None,
              "measure": None, "fact_id": "kp", "unit": "USD", "kind": "amount",
              "status": "agreed"}
    insert(con, "fact_claims",
           {**pledge, "claim_id": "a", "article": "b1", "value": 350e9,
            "seq_date": D("2025-08-01")},
           {**pledge, "claim_id": "u", "article": "b2", "value": 300e9, "in_seq": False,
            "undated_pledge": True, "left_out": "(any reason text)"})
    got, _ = sides(con, [350e9, 300e9], ["b1", "b2"], metric="investment", imposer="KR",
                   target="US", measure=None)
    assert ec.LEFT_OUT not in [c for _, c in got]
